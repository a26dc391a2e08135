// schema.org description of a deal page (JSON-LD): an Article about the deal's parties and places,
// citing the news articles it is drawn from.
import type { AgreementPageDto } from "@/lib/data/agreement-page";
import { SITE_NAME } from "@/lib/citation";
import { countryName, labelOf } from "@/lib/format";

const actorType: Record<string, string> = {
  COUNTRY: "Country",
  GOVERNMENT_BODY: "GovernmentOrganization",
  COMPANY: "Corporation",
  ORGANISATION: "Organization",
  ALLIANCE: "Organization",
  PERSON: "Person",
};

export function dealJsonLd(deal: AgreementPageDto, siteUrl: string) {
  const origin = siteUrl.replace(/\/$/, "");
  const url = `${origin}/deals/${deal.slug}`;
  const site = { "@type": "Organization", name: SITE_NAME, url: `${origin}/` };
  const seenActors = new Set<string>();
  const about = deal.parties
    .filter((p) => (seenActors.has(p.actor.slug) ? false : (seenActors.add(p.actor.slug), true)))
    .map((p) => ({ "@type": actorType[p.actor.kind] ?? "Thing", name: p.actor.name, url: `${origin}/actors/${p.actor.slug}` }));
  return [
    {
      "@context": "https://schema.org",
      "@type": "Article",
      "@id": `${url}#article`,
      headline: deal.title.length > 110 ? `${deal.title.slice(0, 109)}…` : deal.title,
      name: deal.title,
      description: deal.summary,
      url,
      mainEntityOfPage: url,
      identifier: `${origin}${deal.permalinkPath}`,
      image: `${url}/opengraph-image`,
      inLanguage: "en",
      datePublished: deal.createdAt,
      dateModified: deal.updatedAt,
      author: site,
      publisher: site,
      isPartOf: { "@type": "WebSite", name: SITE_NAME, url: `${origin}/` },
      genre: labelOf(deal.type),
      keywords: [labelOf(deal.type), labelOf(deal.status), ...deal.categories.map(labelOf)].join(", "),
      about,
      contentLocation: deal.workCountryCodes.map((code) => ({ "@type": "Country", name: countryName(code) })),
      citation: deal.sources.map(({ source }) => ({
        "@type": "NewsArticle",
        headline: source.title,
        ...(source.publisher ? { publisher: { "@type": "Organization", name: source.publisher } } : {}),
        ...(source.publishedAt ? { datePublished: source.publishedAt.date.slice(0, source.publishedAt.precision === "DAY" ? 10 : source.publishedAt.precision === "MONTH" ? 7 : 4) } : {}),
        url: source.url ?? `${origin}/sources/${source.slug}`,
      })),
    },
    {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Overview", item: `${origin}/` },
        { "@type": "ListItem", position: 2, name: "Deals", item: `${origin}/deals` },
        { "@type": "ListItem", position: 3, name: deal.title, item: url },
      ],
    },
  ];
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
