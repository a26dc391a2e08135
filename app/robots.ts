import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const origin = env.SITE_URL.replace(/\/$/, "");
  return {
    // Embeds duplicate the deal pages; the admin area and the API are not for search engines.
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/admin", "/embed/"] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
