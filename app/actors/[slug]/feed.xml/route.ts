import { prisma } from "@/lib/db";
import { feedActor, feedEntries } from "@/lib/data/feed";
import { env } from "@/lib/env";
import { atomFeed, atomResponse } from "@/lib/feeds/atom";

export const dynamic = "force-dynamic";

const text = (status: number, message: string) => new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return text(404, `No actor has the slug "${slug}".`);
  try {
    const actor = await feedActor(prisma, slug);
    if (!actor) return text(404, `No actor has the slug "${slug}".`);
    const xml = atomFeed(await feedEntries(prisma, { actorSlug: slug }), {
      origin: env.SITE_URL.replace(/\/$/, ""),
      selfPath: `/actors/${slug}/feed.xml`,
      pagePath: `/actors/${slug}`,
      title: `${actor.name}: new and updated deals and events · Ukraine Defence Cooperation Tracker`,
      description: actor.description ?? `Deals and events involving ${actor.name}.`,
    });
    return atomResponse(request, xml);
  } catch (error) {
    console.error("Feed error:", error);
    return text(503, "The feed cannot be built right now: the database is not answering. Please try again shortly.");
  }
}
