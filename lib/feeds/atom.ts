// Atom feeds of new and updated deals and events, written with the `feed` package. Entry ids are the
// records' permanent URLs, so a reader sees an edited record as an update of the same entry.
import { Feed } from "feed";
import type { FeedEntry } from "@/lib/data/feed";
import { etagMatches, strongEtag } from "@/lib/api/handlers";

export const FEED_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

/** Where an entry points: a deal's page; an event's JSON record (events have no page of their own yet). */
export function entryPath(entry: Pick<FeedEntry, "kind" | "slug">): string {
  return entry.kind === "deal" ? `/deals/${entry.slug}` : `/api/v1/events/${entry.slug}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function entryHtml(entry: FeedEntry): string {
  const facts = entry.facts.map((f) => `<li>${escapeHtml(f)}</li>`).join("");
  const quote = entry.citation
    ? `<blockquote>${escapeHtml(entry.citation.quote)}</blockquote><p>Source: ${escapeHtml(
        [entry.citation.source.title, entry.citation.source.publisher].filter(Boolean).join(" — "),
      )}</p>`
    : "";
  return `<p>${escapeHtml(entry.summary)}</p><ul>${facts}</ul>${quote}`;
}

export interface AtomOptions {
  origin: string;
  /** Path of the feed itself, e.g. /feed.xml. */
  selfPath: string;
  /** Page the feed is about, e.g. / or /actors/ukraine. */
  pagePath: string;
  title: string;
  description: string;
}

export function atomFeed(entries: FeedEntry[], options: AtomOptions): string {
  const { origin } = options;
  const updated = entries.reduce((latest, e) => (e.updatedAt > latest ? e.updatedAt : latest), new Date(0));
  const feed = new Feed({
    id: `${origin}${options.selfPath}`,
    title: options.title,
    description: options.description,
    link: `${origin}${options.pagePath}`,
    language: "en",
    updated,
    generator: "Ukraine Defence Cooperation Tracker",
    feedLinks: { atom: `${origin}${options.selfPath}` },
    copyright: "Facts drawn from the cited sources; quotes belong to their publishers.",
  });
  for (const entry of entries) {
    const url = `${origin}${entryPath(entry)}`;
    feed.addItem({
      id: url,
      link: url,
      // The package writes title and summary as type="html", so plain text is escaped first.
      title: escapeHtml(`${entry.kind === "deal" ? "Deal" : "Event"}: ${entry.title}`),
      description: escapeHtml(entry.summary),
      content: entryHtml(entry),
      date: entry.updatedAt,
      published: entry.createdAt,
      category: entry.categories.map((name) => ({ name, term: name })),
    });
  }
  return feed.atom1();
}

/** The feed as a response, with an ETag (304 on If-None-Match) and a few minutes of caching. */
export function atomResponse(request: Request, xml: string): Response {
  const etag = strongEtag(xml);
  const headers = { "Content-Type": FEED_CONTENT_TYPE, ETag: etag, "Cache-Control": "public, no-cache" };
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(xml, { headers });
}
