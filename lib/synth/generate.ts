// Synthetic data at N× the seed, written with set-based SQL (generate_series) in batches, so 100×
// (≥ 20,000 agreements, 100,000 pledges, 5,000 actors, 30,000 events, with citations) takes seconds.
// Every synthetic row is marked: slugs start with "synth-", names with "Synthetic", and every citation
// quotes the one synthetic source. Real seed records are never modified.
import type { SqlRunner } from "@/lib/db/sql";

export const SYNTH_SOURCE_TEXT =
  "Synthetic record generated for load testing. It describes no real agreement, pledge, event or actor.";
const QUOTE = "Synthetic record generated for load testing.";

export interface SynthPlan {
  actors: number;
  agreements: number;
  pledges: number;
  events: number;
}

export function planFor(scale: number): SynthPlan {
  return { actors: 50 * scale, agreements: 200 * scale, pledges: 1000 * scale, events: 300 * scale };
}

/** ISO codes the synthetic actors are spread over (Ukraine first: most cooperation involves it). */
const CODES = ["UA", "GB", "US", "FR", "DE", "PL", "IT", "ES", "NL", "SE", "NO", "FI", "DK", "CZ", "SK", "RO", "LT", "LV", "EE", "CA", "KR", "JP", "AU", "TR", "BE", "PT", "GR", "HU", "BG", "HR"];
const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(",")}]`;

export type Progress = (step: string, done: number, total: number) => void;

async function batched(total: number, size: number, step: string, progress: Progress, write: (from: number, to: number) => Promise<void>) {
  for (let from = 1; from <= total; from += size) {
    const to = Math.min(total, from + size - 1);
    await write(from, to);
    progress(step, to, total);
  }
}

export async function generateSynthetic(sql: SqlRunner, scale: number, progress: Progress): Promise<SynthPlan> {
  const plan = planFor(scale);
  await sql.exec(`SELECT setseed(0.42)`);
  await sql.exec(`DELETE FROM "Citation" WHERE "sourceId" IN (SELECT id FROM "Source" WHERE slug = 'synth-source');
    DELETE FROM "Event" WHERE slug LIKE 'synth-%'; DELETE FROM "Pledge" WHERE slug LIKE 'synth-%';
    DELETE FROM "Agreement" WHERE slug LIKE 'synth-%'; DELETE FROM "Actor" WHERE slug LIKE 'synth-%';
    DELETE FROM "Source" WHERE slug = 'synth-source';`);
  const [source] = await sql.query<{ id: number }>(
    `INSERT INTO "Source" (slug, title, publisher, language, "fullText", "contentSha256", "updatedAt", "publishedAt", "publishedPrecision")
     VALUES ('synth-source', 'Synthetic benchmark data', 'Synthetic', 'en', $1, repeat('0', 64), now(), '2024-01-01', 'YEAR') RETURNING id`,
    [SYNTH_SOURCE_TEXT],
  );
  const sourceId = source!.id;
  const codes = sqlArray(CODES);

  await batched(plan.actors, 5000, "actors", progress, (from, to) =>
    sql.exec(`INSERT INTO "Actor" (slug, name, kind, "countryCode", aliases, description, "updatedAt")
      SELECT 'synth-actor-' || g, 'Synthetic actor ' || g,
        (ARRAY['COMPANY','COMPANY','COMPANY','GOVERNMENT_BODY','ORGANISATION','PERSON'])[1 + g % 6]::"ActorKind",
        (${codes})[1 + (g * 7) % ${CODES.length}], ARRAY['SA' || g], 'Synthetic actor for load testing.', now()
      FROM generate_series(${from}, ${to}) g`),
  );
  const [{ base: actorBase } = { base: 0 }] = await sql.query<{ base: number }>(`SELECT min(id) AS base FROM "Actor" WHERE slug LIKE 'synth-actor-%'`);
  const actorOf = (expr: string) => `(${actorBase} + ((${expr}) % ${plan.actors}))`;

  await batched(plan.agreements, 5000, "agreements", progress, async (from, to) => {
    await sql.exec(`INSERT INTO "Agreement" (slug, title, summary, type, status, confidence, categories, "workCountryCodes",
        "valueDisclosure", "valueAmount", "valueCurrency", "startDate", "startDatePrecision", "updatedAt")
      SELECT 'synth-agreement-' || g,
        'Synthetic ' || lower(replace(t::text, '_', ' ')) || ' agreement ' || g,
        'Synthetic agreement for load testing: ' || lower(replace(t::text, '_', ' ')) || ' of ' || lower(replace(c::text, '_', ' ')) || ' equipment.',
        t, (enum_range(NULL::"AgreementStatus"))[1 + (g * 3) % 8], (enum_range(NULL::"Confidence"))[1 + g % 3],
        ARRAY[c], ARRAY[(${codes})[1 + (g * 11) % ${CODES.length}]],
        CASE WHEN g % 4 = 0 THEN 'DISCLOSED'::"ValueDisclosure" ELSE 'UNDISCLOSED'::"ValueDisclosure" END,
        CASE WHEN g % 4 = 0 THEN (1 + g % 500) * 1000000 END, CASE WHEN g % 4 = 0 THEN 'USD' END,
        DATE '2022-02-24' + (g * 37) % 1400, 'DAY', now()
      FROM generate_series(${from}, ${to}) g,
        LATERAL (SELECT (enum_range(NULL::"AgreementType"))[1 + g % 10] AS t, (enum_range(NULL::"EquipmentCategory"))[1 + (g * 5) % 9] AS c) x`);
    await sql.exec(`INSERT INTO "AgreementParty" ("agreementId", "actorId", role)
      SELECT a.id, ${actorOf("n * 7919 + p * 104729")}, (ARRAY['PARTNER','LICENSOR','LICENSEE','HOST','FINANCIER'])[1 + (n + p) % 5]::"PartyRole"
      FROM "Agreement" a, LATERAL (SELECT substring(a.slug from 17)::int AS n) s, generate_series(1, 2 + (substring(a.slug from 17)::int % 2)) p
      WHERE a.slug LIKE 'synth-agreement-%' AND substring(a.slug from 17)::int BETWEEN ${from} AND ${to}
      ON CONFLICT DO NOTHING`);
    await sql.exec(`INSERT INTO "AgreementStatusEntry" ("agreementId", status, date, "datePrecision")
      SELECT a.id, a.status, a."startDate", 'DAY' FROM "Agreement" a
      WHERE a.slug LIKE 'synth-agreement-%' AND substring(a.slug from 17)::int BETWEEN ${from} AND ${to}`);
    await sql.exec(`INSERT INTO "Citation" ("sourceId", quote, "agreementId")
      SELECT ${sourceId}, '${QUOTE}', a.id FROM "Agreement" a
      WHERE a.slug LIKE 'synth-agreement-%' AND substring(a.slug from 17)::int BETWEEN ${from} AND ${to}`);
  });

  await batched(plan.pledges, 10000, "pledges", progress, async (from, to) => {
    await sql.exec(`INSERT INTO "Pledge" (slug, title, "donorId", kind, item, category, quantity, unit, "valueDisclosure", "valueAmount",
        "valueCurrency", "usdAmount", "usdRate", "usdRateDate", "usdRateSource", status, confidence, date, "datePrecision", "updatedAt")
      SELECT 'synth-pledge-' || g, 'Synthetic pledge ' || g, ${actorOf("g * 31")},
        (enum_range(NULL::"PledgeKind"))[1 + g % 5], 'Synthetic item ' || (g % 97), (enum_range(NULL::"EquipmentCategory"))[1 + g % 9],
        1 + g % 300, 'units',
        CASE WHEN g % 3 = 0 THEN 'DISCLOSED'::"ValueDisclosure" ELSE 'UNDISCLOSED'::"ValueDisclosure" END,
        CASE WHEN g % 3 = 0 THEN (1 + g % 900) * 100000 END, CASE WHEN g % 3 = 0 THEN 'USD' END,
        CASE WHEN g % 3 = 0 THEN (1 + g % 900) * 100000 END, CASE WHEN g % 3 = 0 THEN 1 END,
        CASE WHEN g % 3 = 0 THEN DATE '2024-01-01' END, CASE WHEN g % 3 = 0 THEN 'same currency' END,
        (enum_range(NULL::"PledgeStatus"))[1 + (g * 7) % 5], (enum_range(NULL::"Confidence"))[1 + g % 3],
        DATE '2022-02-24' + (g * 13) % 1400, 'DAY', now()
      FROM generate_series(${from}, ${to}) g`);
    await sql.exec(`INSERT INTO "PledgeRecipient" ("pledgeId", "actorId")
      SELECT p.id, ${actorOf(`substring(p.slug from 14)::int * 17 + 1`)} FROM "Pledge" p
      WHERE p.slug LIKE 'synth-pledge-%' AND substring(p.slug from 14)::int BETWEEN ${from} AND ${to}
      ON CONFLICT DO NOTHING`);
    await sql.exec(`INSERT INTO "Citation" ("sourceId", quote, "pledgeId")
      SELECT ${sourceId}, '${QUOTE}', p.id FROM "Pledge" p
      WHERE p.slug LIKE 'synth-pledge-%' AND substring(p.slug from 14)::int BETWEEN ${from} AND ${to}`);
  });

  await batched(plan.events, 10000, "events", progress, async (from, to) => {
    await sql.exec(`INSERT INTO "Event" (slug, title, description, kind, date, "datePrecision", "placeCountryCode", "updatedAt")
      SELECT 'synth-event-' || g, 'Synthetic event ' || g, 'Synthetic event for load testing.',
        (ARRAY['VISIT','MEETING','ANNOUNCEMENT','REPORT','DECISION'])[1 + g % 5]::"EventKind",
        DATE '2022-02-24' + (g * 29) % 1400, (enum_range(NULL::"DatePrecision"))[1 + (g % 10) / 8],
        (${codes})[1 + (g * 3) % ${CODES.length}], now()
      FROM generate_series(${from}, ${to}) g`);
    await sql.exec(`INSERT INTO "EventActor" ("eventId", "actorId", role)
      SELECT e.id, ${actorOf(`substring(e.slug from 13)::int * 7 + r`)}, 'PARTICIPANT'
      FROM "Event" e, generate_series(1, 2) r
      WHERE e.slug LIKE 'synth-event-%' AND substring(e.slug from 13)::int BETWEEN ${from} AND ${to}
      ON CONFLICT DO NOTHING`);
    await sql.exec(`INSERT INTO "Citation" ("sourceId", quote, "eventId")
      SELECT ${sourceId}, '${QUOTE}', e.id FROM "Event" e
      WHERE e.slug LIKE 'synth-event-%' AND substring(e.slug from 13)::int BETWEEN ${from} AND ${to}`);
  });
  await sql.exec(`ANALYZE`);
  return plan;
}
