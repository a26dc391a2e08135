// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the API itself uses: query
// parameters from lib/schemas/query.ts, response bodies from lib/schemas/api.ts, the export from
// lib/schemas/export.ts, CSV columns from lib/export/columns.ts. Nothing here restates a shape.
import { z } from "zod";
import { csvColumns, csvEntities } from "@/lib/export/columns";
import { componentSchemas as apiSchemas, recordSchemas } from "@/lib/schemas/api";
import { EXPORT_SCHEMA_VERSION, exportDocumentSchema } from "@/lib/schemas/export";
import { actorQuerySchema, agreementQuerySchema, eventQuerySchema, pledgeQuerySchema, sourceQuerySchema } from "@/lib/schemas/query";
import { env } from "@/lib/env";
import { filterParameters } from "@/lib/relationships/filters";

type Json = Record<string, unknown>;
export type Collection = keyof typeof recordSchemas;

export const collections: { name: Collection; schema: string; singular: string; query: z.ZodObject; summary: string }[] = [
  { name: "actors", schema: "Actor", singular: "actor", query: actorQuerySchema, summary: "Countries, government bodies, companies, organisations, alliances and people." },
  { name: "agreements", schema: "Agreement", singular: "agreement", query: agreementQuerySchema, summary: "Deals — licensed production, joint ventures, repair hubs, training, financing — with parties and dated status history." },
  { name: "pledges", schema: "Pledge", singular: "pledge", query: pledgeQuerySchema, summary: "What was promised, by whom, how much, and whether it was delivered." },
  { name: "events", schema: "Event", singular: "event", query: eventQuerySchema, summary: "Visits, meetings, announcements, reports, decisions and statements (with their stance)." },
  { name: "sources", schema: "Source", singular: "source", query: sourceQuerySchema, summary: "The articles every fact is quoted from (metadata only; full texts are never republished)." },
];

export const parameterDescriptions: Record<string, string> = {
  limit: "Records per page, 1–200.",
  cursor: "The nextCursor of the previous page.",
  q: "Search: full text over titles and descriptions, and actor names and aliases (\"Britain\", \"DCI\").",
  country: "ISO 3166-1 alpha-2 code (GB). Agreements: a party's country or where the work happens; pledges: donor or recipient; events: place or an actor.",
  type: "Actor kind, agreement type, pledge kind or event kind; several separated by commas.",
  status: "Status; several separated by commas.",
  category: "Equipment category; several separated by commas.",
  actor: "An actor's slug: records this actor takes part in.",
  from: "Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.",
  to: "Latest date: YYYY, YYYY-MM or YYYY-MM-DD (the whole month or year counts).",
};

/** Strips the keys that belong to a standalone JSON Schema document, not to an embedded one. */
function embedded(schema: Json): Json {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

/** One query parameter per key of a query schema; lists (type, status…) as comma-separated arrays. */
function queryParameters(query: z.ZodObject): Json[] {
  return Object.entries(query.shape).map(([name, schema]) => {
    const output = z.toJSONSchema(schema as z.ZodType, { io: "output", unrepresentable: "any" }) as Json;
    const isList = output.type === "array";
    const json = isList ? output : (z.toJSONSchema(schema as z.ZodType, { io: "input", unrepresentable: "any" }) as Json);
    return {
      name,
      in: "query",
      required: false,
      description: parameterDescriptions[name] ?? name,
      schema: embedded(json),
      ...(isList ? { style: "form", explode: false } : {}),
    };
  });
}

/** Component schemas: the API's record shapes and the export document, with $refs between them. */
function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const schema of [...apiSchemas, exportDocumentSchema]) {
    const id = z.globalRegistry.get(schema)?.id;
    if (!id) throw new Error("Every component schema needs an id in its metadata.");
    registry.add(schema, { id });
  }
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: "any" });
  if ("__shared" in schemas) throw new Error("A schema with an id is used but not listed in componentSchemas.");
  return Object.fromEntries(Object.keys(schemas).sort().map((id) => [id, embedded(schemas[id] as Json)]));
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: Json) => ({ "application/json": { schema } });
const cachingHeaders = { ETag: { $ref: "#/components/headers/ETag" }, "Cache-Control": { $ref: "#/components/headers/CacheControl" } };
const errors = {
  "304": { description: "Not modified: the ETag sent in If-None-Match is still current.", headers: cachingHeaders },
  "400": { description: "A query parameter is invalid; `issues` names each one.", content: json(ref("Error")) },
  "429": {
    description: "Too many requests from this address; wait `Retry-After` seconds.",
    headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } },
    content: json(ref("Error")),
  },
  "503": { description: "The database is not answering; try again shortly.", content: json(ref("Error")) },
};

function csvDescription(entity: (typeof csvEntities)[number]): string {
  const rows = csvColumns[entity].map((c) => `| \`${c.name}\` | ${c.description} |`).join("\n");
  return `UTF-8, RFC 4180 (comma-separated, CRLF line ends, quoted where needed), one row per record, streamed. Columns:\n\n| Column | Meaning |\n| --- | --- |\n${rows}`;
}

export function buildOpenApiDocument(serverUrl: string = env.SITE_URL): Json {
  const paths: Record<string, Json> = {};
  for (const c of collections) {
    paths[`/api/v1/${c.name}`] = {
      get: {
        operationId: `list${c.schema}s`,
        summary: `List ${c.name}`,
        description: `${c.summary} Ordered by id; page with \`limit\` and \`cursor\`.`,
        tags: [c.name],
        parameters: queryParameters(c.query),
        responses: {
          "200": {
            description: `A page of ${c.name}.`,
            headers: cachingHeaders,
            content: json({
              type: "object",
              properties: {
                data: { type: "array", items: ref(c.schema) },
                nextCursor: { type: ["string", "null"], description: "Pass as `cursor` for the next page; null on the last page." },
              },
              required: ["data", "nextCursor"],
              additionalProperties: false,
            }),
          },
          ...errors,
        },
      },
    };
    paths[`/api/v1/${c.name}/{slug}`] = {
      get: {
        operationId: `get${c.schema}`,
        summary: `One ${c.singular} by slug`,
        tags: [c.name],
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9-]{1,120}$" } }],
        responses: {
          "200": {
            description: `The ${c.singular}.`,
            headers: cachingHeaders,
            content: json({ type: "object", properties: { data: ref(c.schema) }, required: ["data"], additionalProperties: false }),
          },
          "304": errors["304"],
          "404": { description: `No ${c.singular} has this slug.`, content: json(ref("Error")) },
          "429": errors["429"],
          "503": errors["503"],
        },
      },
    };
  }
  paths["/api/v1/export.json"] = {
    get: {
      operationId: "exportDataset",
      summary: "The whole public dataset",
      description: `Every public record with its citations, in one JSON document (streamed). \`schemaVersion\` is ${EXPORT_SCHEMA_VERSION}; it changes only with a change that would break a reader. The same file can be imported with \`npm run data:import\`. The ETag is weak: it follows the data, not the \`generatedAt\` timestamp.`,
      tags: ["bulk"],
      responses: { "200": { description: "The export.", headers: cachingHeaders, content: json(ref("ExportDocument")) }, ...errors },
    },
  };
  for (const entity of csvEntities) {
    const header = `${csvColumns[entity].map((c) => c.name).join(",")}\r\n`;
    paths[`/api/v1/${entity}.csv`] = {
      get: {
        operationId: `${entity}Csv`,
        summary: `${entity[0]!.toUpperCase()}${entity.slice(1)} as CSV`,
        description: csvDescription(entity),
        tags: ["bulk"],
        responses: {
          "200": {
            description: `${entity}.csv`,
            headers: cachingHeaders,
            content: { "text/csv": { schema: { type: "string" }, example: header } },
          },
          ...errors,
        },
      },
    };
  }
  paths["/api/v1/map"] = {
    get: {
      operationId: "cooperationMap",
      summary: "Cooperation with Ukraine by country",
      description:
        "The figures behind /map: per country, agreements with Ukraine as a party, pledges to Ukraine as donor, the value pledged where known (USD) with undisclosed values counted apart, and the agreements whose production, repair or training is located there. The same filters as /map and /relationships. CSV of the same numbers: /exports/map.csv.",
      tags: ["map"],
      parameters: filterParameters.map((p) => ({
        name: p.name,
        in: "query",
        required: false,
        description: p.description,
        schema: p.values ? { type: "string", examples: [p.example], description: `Values: ${p.values.join(", ")}.` } : { type: "string", pattern: "^\\d{4}$" },
        example: p.example,
      })),
      responses: { "200": { description: "The map's figures.", headers: cachingHeaders, content: json(ref("CooperationMap")) }, ...errors },
    },
  };
  paths["/api/v1/openapi.json"] = {
    get: {
      operationId: "openApiDocument",
      summary: "This document",
      tags: ["meta"],
      responses: { "200": { description: "OpenAPI 3.1 document.", headers: cachingHeaders, content: json({ type: "object" }) }, "304": errors["304"], "429": errors["429"] },
    },
  };

  return {
    openapi: "3.1.0",
    info: {
      title: "Ukraine Defence Cooperation Tracker API",
      version: `1.${EXPORT_SCHEMA_VERSION}.0`,
      summary: "Read-only access to every actor, agreement, pledge, event and source, each fact with its verbatim quotes.",
      description: [
        "Read-only and open: no key, CORS allowed from any origin (`Access-Control-Allow-Origin: *`).",
        `Rate limit: ${env.API_RATE_LIMIT_PER_MINUTE > 0 ? `${env.API_RATE_LIMIT_PER_MINUTE} requests a minute` : "none"} per client address (token bucket; \`RateLimit-Limit\` and \`RateLimit-Remaining\` headers); beyond it, 429 with \`Retry-After\`.`,
        "Caching: every success carries an `ETag` and `Cache-Control`; send `If-None-Match` to get 304 when nothing changed.",
        "Errors are JSON `{ error, issues? }`: 400 for a bad parameter (unknown parameters are refused), 404 for an unknown slug or route, 503 when the database is down.",
        "Dates come with their precision (DAY, MONTH, YEAR); money is `{ disclosure, amount, currency }` with `amount` a decimal string and UNDISCLOSED never zero.",
        "Human-readable documentation with examples: /api.",
      ].join("\n\n"),
    },
    servers: [{ url: serverUrl }],
    tags: [
      ...collections.map((c) => ({ name: c.name, description: c.summary })),
      { name: "map", description: "Aggregates by country, as the map draws them." },
      { name: "bulk", description: "The whole dataset at once: JSON and CSV, streamed." },
      { name: "meta", description: "About the API." },
    ],
    paths,
    components: {
      schemas: componentSchemas(),
      headers: {
        ETag: { description: "Identifies this version of the body; send it back in If-None-Match.", schema: { type: "string" } },
        CacheControl: { description: "How long the response may be cached.", schema: { type: "string" } },
        RetryAfter: { description: "Seconds to wait before the next request.", schema: { type: "integer" } },
      },
    },
  };
}
