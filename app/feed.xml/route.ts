import { prisma } from "@/lib/db";
import { feedEntries } from "@/lib/data/feed";
import { env } from "@/lib/env";
import { atomFeed, atomResponse } from "@/lib/feeds/atom";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const xml = atomFeed(await feedEntries(prisma), {
      origin: env.SITE_URL.replace(/\/$/, ""),
      selfPath: "/feed.xml",
      pagePath: "/",
      title: "Ukraine Defence Cooperation Tracker: new and updated deals and events",
      description: "Licensed production, joint ventures, repair hubs, training and financing with Ukraine, each fact traced to its source.",
    });
    return atomResponse(request, xml);
  } catch (error) {
    console.error("Feed error:", error);
    return new Response("The feed cannot be built right now: the database is not answering. Please try again shortly.", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "30" },
    });
  }
}
