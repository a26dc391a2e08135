// The JSON the read API returns, as zod schemas: the one description of the response shapes. The
// OpenAPI document (lib/api/openapi.ts) is generated from these, a compile-time check below ties them
// to the DTO types built in lib/data/*.ts, and tests/integration/openapi.test.ts parses real responses
// with them — so the documentation cannot drift from what the API sends.
import { z } from "zod";
import type { ActorDto } from "@/lib/data/actors";
import type { AgreementDto } from "@/lib/data/agreements";
import type { EventDto } from "@/lib/data/events";
import type { PledgeDto } from "@/lib/data/pledges";
import type { SourceDto } from "@/lib/data/sources";
import type { CooperationMap } from "@/lib/map/cooperation";
import {
  ActorKind,
  ActorLinkType,
  AgreementStatus,
  AgreementType,
  Confidence,
  DatePrecision,
  EquipmentCategory,
  EventActorRole,
  EventKind,
  PartyRole,
  PledgeKind,
  PledgeStatus,
  Stance,
  ValueDisclosure,
} from "@/lib/generated/prisma/enums";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: "ISO date, YYYY-MM-DD." });
const timestamp = z.string().meta({ description: "ISO 8601 timestamp (UTC).", format: "date-time" });
const decimal = z.string().regex(/^\d+(\.\d+)?$/).meta({ description: "A non-negative decimal number written as a string, so no precision is lost." });

export const dateValueSchema = z
  .strictObject({
    date: isoDate.meta({ description: "For MONTH or YEAR precision, the first day of that month or year." }),
    precision: z.enum(DatePrecision),
    inferred: z.boolean().optional().meta({ description: "True when the date (often the year) is inferred from context rather than stated." }),
  })
  .meta({ id: "DateValue", description: "A date known to day, month or year precision." });

export const citationSchema = z
  .strictObject({
    source: z.strictObject({
      slug: z.string(),
      title: z.string(),
      publisher: z.string().nullable(),
      publishedAt: dateValueSchema.nullable(),
      url: z.string().nullable(),
    }),
    quote: z.string().meta({ description: "Verbatim text from the source." }),
    field: z.string().nullable().meta({ description: "The field of the record the quote supports; null = the record as a whole." }),
    note: z.string().nullable(),
  })
  .meta({ id: "Citation", description: "A verbatim quote from a source supporting a record or one field of it." });

export const moneySchema = z
  .strictObject({
    disclosure: z.enum(ValueDisclosure),
    amount: decimal.nullable(),
    currency: z.string().nullable().meta({ description: "ISO 4217 code." }),
  })
  .meta({ id: "Money", description: "A money value; UNDISCLOSED means not public — never zero." });

export const actorRefSchema = z
  .strictObject({ slug: z.string(), name: z.string(), kind: z.enum(ActorKind), countryCode: z.string().nullable() })
  .meta({ id: "ActorRef", description: "An actor embedded in another record." });

const recordRefSchema = z.strictObject({ slug: z.string(), title: z.string() }).meta({ id: "RecordRef" });

export const actorSchema = z
  .strictObject({
    id: z.int(),
    slug: z.string(),
    name: z.string(),
    kind: z.enum(ActorKind),
    countryCode: z.string().nullable().meta({ description: "ISO 3166-1 alpha-2; null for alliances." }),
    aliases: z.array(z.string()),
    description: z.string().nullable(),
    title: z.string().nullable(),
    links: z.array(
      z.strictObject({
        type: z.enum(ActorLinkType),
        direction: z.enum(["outgoing", "incoming"]).meta({
          description: "outgoing: this actor OWNS / is MEMBER_OF … `actor`; incoming: `actor` OWNS / is MEMBER_OF … this actor.",
        }),
        sharePercent: decimal.nullable(),
        role: z.string().nullable(),
        note: z.string().nullable(),
        actor: actorRefSchema,
        citations: z.array(citationSchema),
      }),
    ),
    citations: z.array(citationSchema),
    updatedAt: timestamp,
  })
  .meta({ id: "Actor" });

export const agreementSchema = z
  .strictObject({
    id: z.int(),
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    type: z.enum(AgreementType),
    status: z.enum(AgreementStatus),
    confidence: z.enum(Confidence),
    categories: z.array(z.enum(EquipmentCategory)),
    workLocation: z.string().nullable(),
    workCountryCodes: z.array(z.string()),
    value: moneySchema,
    startDate: dateValueSchema.nullable(),
    parties: z.array(z.strictObject({ role: z.enum(PartyRole), note: z.string().nullable(), actor: actorRefSchema, citations: z.array(citationSchema) })),
    statusHistory: z.array(z.strictObject({ status: z.enum(AgreementStatus), date: dateValueSchema, note: z.string().nullable(), citations: z.array(citationSchema) })),
    citations: z.array(citationSchema),
    updatedAt: timestamp,
  })
  .meta({ id: "Agreement", description: "A deal: licensed production, joint venture, repair hub, financing…" });

export const pledgeSchema = z
  .strictObject({
    id: z.int(),
    slug: z.string(),
    title: z.string(),
    kind: z.enum(PledgeKind),
    item: z.string(),
    category: z.enum(EquipmentCategory).nullable(),
    quantity: z.strictObject({ amount: decimal, unit: z.string().nullable() }).nullable(),
    value: moneySchema,
    usd: z
      .strictObject({ amount: decimal, rate: decimal, rateDate: isoDate, rateSource: z.string().nullable() })
      .nullable()
      .meta({ description: "The value normalised to US dollars, with the rate, its date and its source." }),
    status: z.enum(PledgeStatus),
    confidence: z.enum(Confidence),
    date: dateValueSchema.nullable(),
    note: z.string().nullable(),
    donor: actorRefSchema,
    recipients: z.array(actorRefSchema),
    agreement: recordRefSchema.nullable(),
    events: z.array(recordRefSchema),
    citations: z.array(citationSchema),
    updatedAt: timestamp,
  })
  .meta({ id: "Pledge" });

export const eventSchema = z
  .strictObject({
    id: z.int(),
    slug: z.string(),
    title: z.string(),
    description: z.string(),
    kind: z.enum(EventKind),
    date: dateValueSchema,
    endDate: isoDate.nullable().meta({ description: "Last day of a multi-day event." }),
    place: z.string().nullable(),
    placeCountryCode: z.string().nullable(),
    stance: z.enum(Stance).nullable().meta({ description: "The position a STATEMENT takes on its topic." }),
    topic: z.string().nullable(),
    confidence: z.enum(Confidence),
    actors: z.array(z.strictObject({ role: z.enum(EventActorRole), actor: actorRefSchema })),
    agreements: z.array(recordRefSchema),
    pledges: z.array(recordRefSchema),
    citations: z.array(citationSchema),
    updatedAt: timestamp,
  })
  .meta({ id: "Event" });

export const sourceSchema = z
  .strictObject({
    id: z.int(),
    slug: z.string(),
    title: z.string(),
    publisher: z.string().nullable(),
    publisherInferred: z.boolean(),
    author: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: dateValueSchema.nullable(),
    inferenceNote: z.string().nullable(),
    language: z.string().meta({ description: "ISO 639-1 code." }),
    evidence: z.array(z.strictObject({ quote: z.string(), field: z.string().nullable(), note: z.string().nullable() })).meta({
      description: "Quotes from the article that support its inferred metadata.",
    }),
    citationCount: z.int(),
    updatedAt: timestamp,
  })
  .meta({ id: "Source", description: "An article; its full text is stored for verification but never republished." });

const siteCountsSchema = z.strictObject({
  production: z.int().meta({ description: "Agreements whose production (licensed, joint, co-production, technology transfer) is located in the country." }),
  repair: z.int().meta({ description: "Agreements whose maintenance or repair is located in the country." }),
  training: z.int().meta({ description: "Agreements whose training is located in the country." }),
});

export const mapCountrySchema = z
  .strictObject({
    code: z.string().meta({ description: "ISO 3166-1 alpha-2." }),
    name: z.string(),
    href: z.string().nullable().meta({ description: "The country's page on the tracker (a path), when it has one." }),
    agreements: z.int().meta({ description: "Agreements with Ukraine the country (its government, bodies or companies) is a party to, not on Ukraine's side." }),
    pledges: z.int().meta({ description: "Pledges to Ukraine the country made." }),
    usd: z.number().meta({ description: "Sum of those pledges' values in US dollars, where known (0 when none is)." }),
    pledgesValued: z.int().meta({ description: "Pledges with a known USD value." }),
    pledgesUndisclosed: z.int().meta({ description: "Pledges of undisclosed value (never counted as zero)." }),
    sites: siteCountsSchema,
  })
  .meta({ id: "MapCountry", description: "One country's cooperation with Ukraine, as the map shades it." });

export const mapSchema = z
  .strictObject({
    data: z.strictObject({
      ukraine: mapCountrySchema.meta({ description: "Ukraine: every record counted for the other countries, each once." }),
      countries: z.array(mapCountrySchema).meta({ description: "Countries with agreements, pledges or sites, most records first." }),
    }),
  })
  .meta({ id: "CooperationMap", description: "The figures behind /map." });

export const errorSchema = z
  .strictObject({
    error: z.string().meta({ description: "A sentence saying what went wrong and what to do." }),
    issues: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Error" });

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.strictObject({
    data: z.array(item),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` to get the next page; null on the last page." }),
  });
}

export function detailSchema<T extends z.ZodType>(item: T) {
  return z.strictObject({ data: item });
}

/** Every schema the OpenAPI document lists as a component (each has an `id` in its metadata). */
export const componentSchemas: z.ZodType[] = [
  dateValueSchema,
  citationSchema,
  moneySchema,
  actorRefSchema,
  recordRefSchema,
  actorSchema,
  agreementSchema,
  pledgeSchema,
  eventSchema,
  sourceSchema,
  mapCountrySchema,
  mapSchema,
  errorSchema,
];

/** The read API's collections and their record schemas. */
export const recordSchemas = {
  actors: actorSchema,
  agreements: agreementSchema,
  pledges: pledgeSchema,
  events: eventSchema,
  sources: sourceSchema,
} as const;

// Compile-time: each schema describes exactly its DTO (both directions must be assignable).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
  Same<z.output<typeof actorSchema>, ActorDto>,
  Same<z.output<typeof agreementSchema>, AgreementDto>,
  Same<z.output<typeof pledgeSchema>, PledgeDto>,
  Same<z.output<typeof eventSchema>, EventDto>,
  Same<z.output<typeof sourceSchema>, SourceDto>,
  Same<z.output<typeof mapSchema>["data"], CooperationMap>,
] = [true, true, true, true, true, true];
void sameShapes;
