// <link rel="alternate" type="application/atom+xml"> entries for page metadata. Next.js replaces a
// layout's `alternates` when a page sets its own, so a page that sets `alternates` (e.g. a canonical
// URL) spreads `types: siteFeedTypes` (or `actorFeedTypes(slug)`) into it to keep the feed link.

export const siteFeedTypes = {
  "application/atom+xml": [{ url: "/feed.xml", title: "New and updated deals and events (Atom)" }],
};

export function actorFeedTypes(slug: string, name: string) {
  return {
    "application/atom+xml": [
      { url: `/actors/${slug}/feed.xml`, title: `${name}: new and updated deals and events (Atom)` },
      ...siteFeedTypes["application/atom+xml"],
    ],
  };
}
