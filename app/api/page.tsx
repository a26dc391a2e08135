import type { Metadata } from "next";
import { Suspense } from "react";
import { CodeBlock, Code } from "@/components/api-docs/code-block";
import { CsvColumnList } from "@/components/api-docs/csv-columns";
import { ExampleItems } from "@/components/api-docs/example-list";
import { ParameterTable } from "@/components/api-docs/parameter-table";
import { ActorFeedExample, RecordExampleItems } from "@/components/api-docs/record-examples";
import { exampleError, queryExamples } from "@/lib/api/examples";
import { API_CACHE_CONTROL } from "@/lib/api/handlers";
import { collections } from "@/lib/api/openapi";
import { env } from "@/lib/env";
import { siteFeedTypes } from "@/lib/feeds/links";
import { EXPORT_SCHEMA_VERSION } from "@/lib/schemas/export";

// Record examples use slugs from the database, so the page is rendered on request. The page itself
// does not wait for the database (only the record examples stream in), so it reads without JavaScript.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Open data and API",
  description: "Read every actor, deal, pledge, event and source as JSON or CSV, download the whole dataset, or follow the Atom feeds.",
  alternates: { canonical: "/api", types: siteFeedTypes },
};

const link = "font-medium text-accent-600 underline dark:text-sky-400";

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default function ApiPage() {
  const error = exampleError();
  const origin = env.SITE_URL.replace(/\/$/, "");
  const limit = env.API_RATE_LIMIT_PER_MINUTE;
  return (
    <div className="max-w-4xl space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Open data and API</h1>
        <p className="text-lg text-slate-700 dark:text-slate-300">
          Everything in the tracker can be reused: a read-only JSON API, the whole dataset as one JSON file or as CSV tables, and
          Atom feeds. No key is needed and any website may call the API from the browser. Each fact comes with its verbatim
          quotes and source, so please cite the sources along with the tracker.
        </p>
        <p>
          Machine-readable description: <a className={link} href="/api/v1/openapi.json">OpenAPI 3.1 document</a>.
        </p>
      </header>

      <Section id="examples" title="Examples">
        <p>Each link opens the live answer. From a terminal:</p>
        <CodeBlock label="Example with curl">{`curl '${origin}/api/v1/agreements?country=GB&q=licensed%20production'`}</CodeBlock>
        <ul className="space-y-3">
          <ExampleItems examples={queryExamples} />
          <Suspense fallback={null}>
            <RecordExampleItems />
          </Suspense>
        </ul>
      </Section>

      <Section id="endpoints" title="Endpoints">
        <ul className="list-disc space-y-2 pl-5">
          {collections.map((c) => (
            <li key={c.name}>
              <Code>GET /api/v1/{c.name}</Code> and <Code>GET /api/v1/{c.name}/&lt;slug&gt;</Code> — {c.summary}
            </li>
          ))}
          <li>
            <Code>GET /api/v1/map</Code> — the figures behind{" "}
            <a className={link} href="/map">
              the map
            </a>
            : per country, agreements and pledges with Ukraine, the value pledged where known and where production, repair and
            training happen, answered as <Code>{"{ data: { ukraine, countries } }"}</Code>. Filters as on the map:{" "}
            <Code>type</Code> (industrial, pledges, financing, political), <Code>status</Code> (discussed, committed, underway,
            stopped), <Code>from</Code>, <Code>to</Code> (years) and <Code>category</Code>. The same as CSV:{" "}
            <a className={link} href="/exports/map.csv">
              /exports/map.csv
            </a>
            .
          </li>
        </ul>
        <p>
          A list answers <Code>{"{ data: [...], nextCursor }"}</Code>, ordered by id; pass <Code>nextCursor</Code> back as{" "}
          <Code>cursor</Code> for the next page. One record answers <Code>{"{ data: {...} }"}</Code>. Records embed their
          citations as <Code>{"{ source, quote, field, note }"}</Code> and other actors as{" "}
          <Code>{"{ slug, name, kind, countryCode }"}</Code>. Dates carry their precision (
          <Code>{'{ date: "2023-02-01", precision: "MONTH" }'}</Code> means February 2023); money is{" "}
          <Code>{"{ disclosure, amount, currency }"}</Code> with the amount as a decimal string, and an undisclosed value is never 0.
        </p>
        <ParameterTable />
      </Section>

      <Section id="bulk" title="Bulk downloads">
        <p>
          <a className={link} href="/api/v1/export.json">
            export.json
          </a>{" "}
          holds every public record with its citations, plus <Code>schemaVersion</Code> (now {EXPORT_SCHEMA_VERSION}) and{" "}
          <Code>generatedAt</Code>. Records refer to each other by slug; optional values that are absent are left out. The CSV
          files are UTF-8, comma-separated with CRLF line ends and quotes where needed, one row per record; several values in
          one cell are separated by <Code>;</Code>. Both are streamed, so they start at once however large the data grows.
        </p>
        <CsvColumnList />
      </Section>

      <Section id="import" title="Import">
        <p>
          An export can be loaded into another copy of the tracker. The whole file is checked first — every field, every
          reference, every quote against its article (read from <Code>seeds/articles/</Code> or <Code>--articles</Code>) — and
          refused with the record and field named if anything is wrong; otherwise every record is added or updated in one
          transaction. Nothing is deleted.
        </p>
        <CodeBlock label="Import command">{"npm run data:import -- export.json [--articles <folder>]"}</CodeBlock>
      </Section>

      <Section id="feeds" title="Feeds">
        <p>
          <a className={link} href="/feed.xml">
            /feed.xml
          </a>{" "}
          is an Atom feed of new and updated deals and events. Each actor has its own at <Code>/actors/&lt;slug&gt;/feed.xml</Code>
          <Suspense fallback={null}>
            <ActorFeedExample />
          </Suspense>
          .
        </p>
      </Section>

      <Section id="limits" title="Caching, limits and errors">
        <ul className="list-disc space-y-2 pl-5">
          <li>
            Every answer carries an <Code>ETag</Code> and <Code>Cache-Control: {API_CACHE_CONTROL}</Code>; send the ETag back
            in <Code>If-None-Match</Code> and you get <Code>304 Not Modified</Code> when nothing changed.
          </li>
          <li>
            {limit > 0 ? (
              <>
                At most <strong>{limit} requests a minute</strong> from one address (short bursts allowed).
              </>
            ) : (
              <>No request limit is set on this server.</>
            )}{" "}
            Beyond it the answer is <Code>429</Code> with a <Code>Retry-After</Code> header in seconds. For everything at once,
            use the bulk downloads.
          </li>
          <li>
            CORS is open for reading: <Code>Access-Control-Allow-Origin: *</Code>.
          </li>
          <li>
            Errors are JSON: <Code>400</Code> names each bad or unknown parameter, <Code>404</Code> an unknown slug or route,{" "}
            <Code>503</Code> a database that is not answering. For example, <Code>?limit=0&amp;colour=blue</Code> gives:
          </li>
        </ul>
        <CodeBlock label="Example error response">{error}</CodeBlock>
      </Section>

      <Section id="versioning" title="Versioning">
        <p>
          The API lives under <Code>/api/v1</Code> and the export carries <Code>schemaVersion</Code>. New fields may be added at
          any time; a field is never renamed, removed or given a different meaning within a version — that would mean{" "}
          <Code>/api/v2</Code> and <Code>schemaVersion</Code> {EXPORT_SCHEMA_VERSION + 1}, announced here.
        </p>
      </Section>
    </div>
  );
}
