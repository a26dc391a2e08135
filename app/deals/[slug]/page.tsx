import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { CitationQuote } from "@/components/citations/citation-quote";
import { Changelog, stamp } from "@/components/deals/changelog";
import { CiteBox } from "@/components/deals/cite-box";
import { DealFacts } from "@/components/deals/deal-facts";
import { LinkedEvents, LinkedPledges } from "@/components/deals/linked-records";
import { PartyList } from "@/components/deals/party-list";
import { RelatedDeals } from "@/components/deals/related-deals";
import { Section } from "@/components/deals/section";
import { SourceList } from "@/components/deals/source-list";
import { StatusTimeline } from "@/components/deals/status-timeline";
import { EnumBadge, Badge } from "@/components/ui/badge";
import { getAgreementPage, resolveAgreementSlug } from "@/lib/data/agreement-page";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { labelOf } from "@/lib/format";
import { dealJsonLd, serializeJsonLd } from "@/lib/seo/deal-json-ld";
import "./print.css";

// Rendered on request: the embedded database is owned by the server process, not by build workers.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const origin = env.SITE_URL.replace(/\/$/, "");

/**
 * The deal; for a former slug, a permanent redirect (308) to the current one; otherwise a 404.
 * Real status codes (and a page that is complete without JavaScript) need this to run before any HTML
 * is streamed, so no loading.tsx may sit above this route (docs/decisions/011-pages-render-whole-no-loading-boundary.md).
 */
async function load(slug: string) {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) notFound();
  const deal = await getAgreementPage(prisma, slug);
  if (deal) return deal;
  const moved = await resolveAgreementSlug(prisma, slug);
  if (moved?.kind === "moved") permanentRedirect(`/deals/${moved.slug}`);
  notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const deal = await load((await params).slug);
  const parties = [...new Set(deal.parties.map((p) => p.actor.name))].join(", ");
  const description = truncate(`${labelOf(deal.type)}, ${labelOf(deal.status).toLowerCase()}. ${parties ? `Parties: ${parties}. ` : ""}${deal.summary}`, 300);
  const canonical = `/deals/${deal.slug}`;
  return {
    title: deal.title,
    description,
    alternates: { canonical },
    openGraph: {
      type: "article",
      url: canonical,
      siteName: "Ukraine Defence Cooperation Tracker",
      title: deal.title,
      description,
      modifiedTime: deal.updatedAt,
      publishedTime: deal.createdAt,
    },
    twitter: { card: "summary_large_image", title: deal.title, description },
  };
}

export default async function DealPage({ params }: Props) {
  const deal = await load((await params).slug);
  const permalink = `${origin}${deal.permalinkPath}`;
  return (
    <article className="deal-page space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/" className="underline">Overview</Link> <span aria-hidden="true">/</span>
          </li>
          <li>
            <Link href="/deals" className="underline">Deals</Link> <span aria-hidden="true">/</span>
          </li>
          <li aria-current="page" className="truncate">{deal.title}</li>
        </ol>
      </nav>

      <header className="space-y-3">
        <p className="flex flex-wrap gap-2">
          <Badge>{labelOf(deal.type)}</Badge>
          <EnumBadge value={deal.status} />
          <EnumBadge value={deal.confidence} />
        </p>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{deal.title}</h1>
        <p className="max-w-3xl text-base text-slate-700 sm:text-lg dark:text-slate-300">
          {deal.summary}{" "}
          <a href="#record-evidence" className="whitespace-nowrap text-sm font-medium text-accent-600 hover:underline dark:text-sky-400">
            Evidence
          </a>
        </p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Last updated <time dateTime={deal.updatedAt}>{stamp(deal.updatedAt)}</time> · {deal.citationCount} quotes from {deal.sources.length}{" "}
          {deal.sources.length === 1 ? "source" : "sources"} ·{" "}
          <a href="#cite" className="underline">Cite this page</a>
        </p>
      </header>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-10">
          <Section id="facts" title="Key facts">
            <DealFacts deal={deal} />
          </Section>
          <Section id="status" title="Status history">
            <StatusTimeline deal={deal} />
          </Section>
          <Section id="parties" title="Parties">
            <PartyList parties={deal.parties} />
          </Section>
          <Section id="record-evidence" title="Evidence for the record">
            <p className="text-sm text-slate-600 dark:text-slate-400">Verbatim quotes supporting the summary, type, equipment, place and value above.</p>
            <div className="space-y-3">
              {deal.citations.map((c, i) => (
                <CitationQuote key={i} citation={c} />
              ))}
            </div>
          </Section>
          <Section id="pledges" title="Linked pledges">
            <LinkedPledges pledges={deal.pledges} />
          </Section>
          <Section id="events" title="Linked events">
            <LinkedEvents events={deal.events} />
          </Section>
          <Section id="related" title="Related deals">
            <RelatedDeals related={deal.related} />
          </Section>
          <Section id="sources" title="Sources">
            <SourceList sources={deal.sources} />
          </Section>
          <Section id="changelog" title="Changelog">
            <Changelog deal={deal} />
          </Section>
        </div>
        <aside className="self-start lg:sticky lg:top-4">
          <CiteBox
            title={deal.title}
            permalink={permalink}
            updatedAt={deal.updatedAt}
            embedUrl={`${origin}/embed/deals/${deal.slug}`}
          />
        </aside>
      </div>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(dealJsonLd(deal, origin)) }} />
    </article>
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}
