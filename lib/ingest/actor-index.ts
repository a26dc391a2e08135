// The names the assistant recognises: the database's actors with their aliases first, then the
// domain gazetteer (countries, organisations, companies, government bodies, media) for actors the
// database does not hold yet. Each surface form points at one target actor.
import { COUNTRIES, COUNTRY_BY_CODE, countryCodesIn } from "./lexicon/countries";
import { KNOWN_ORGANISATIONS } from "./lexicon/organisations";
import { fold, slugify } from "./text";
import type { ActorKind } from "./types";

/** An actor the tracker already has (from the database, or the seed dataset when offline). */
export interface KnownActor {
  slug: string;
  name: string;
  kind: ActorKind;
  countryCode?: string | null;
  aliases: string[];
}

export interface Target {
  /** The existing slug, or the suggested slug of a new actor. */
  key: string;
  existing: boolean;
  name: string;
  kind: ActorKind;
  countryCode?: string;
  aliases: string[];
  /** From the gazetteer rather than the database or the text. */
  gazetteer: boolean;
}

export interface Surface {
  form: string;
  /** "Ministry of Defence": a name many countries' bodies share; only valid where its country is named. */
  genericBody: boolean;
  target: string;
  /** Short or all-capital forms ("US", "EU", "DCI") must match with their case. */
  caseSensitive: boolean;
  /** A capital city standing for its country's government when the text means it ("Kyiv wants…"). */
  capital: boolean;
}

export interface ActorIndex {
  targets: Map<string, Target>;
  /** Folded form → surfaces. */
  surfaces: Map<string, Surface[]>;
  pattern: RegExp;
  addSurface(form: string, target: string, capital?: boolean): void;
}

const norm = (s: string) => fold(s).replace(/^the\s+/, "").replace(/[^a-z0-9]+/g, " ").trim();

/** A form, without a trailing "(unnamed)"-style qualifier, in British and American spelling. */
function variants(form: string): string[] {
  const base = form.replace(/\s*\([^)]*\)\s*$/, "").trim();
  const out = new Set([form.trim(), base]);
  for (const f of [...out]) {
    out.add(f.replace(/defence/g, "defense").replace(/Defence/g, "Defense").replace(/armoured/g, "armored"));
    out.add(f.replace(/defense/g, "defence").replace(/Defense/g, "Defence").replace(/armored/g, "armoured"));
  }
  return [...out].filter((f) => f.length >= 2);
}

/** "Ministry of Defence", "the Department of State": no country in the name itself. */
export function isGenericBodyName(form: string): boolean {
  return /^(?:the\s+)?(?:ministry|department|secretariat|directorate|office)\s+(?:of|for)\b/i.test(form.trim()) && countryCodesIn(form).size === 0;
}

function caseSensitive(form: string): boolean {
  const letters = form.replace(/[^A-Za-z]/g, "");
  return letters.length <= 3 || (letters === letters.toUpperCase() && letters.length <= 5 && !/^[A-Z][a-z]/.test(form));
}

export interface IndexOptions {
  /** Leave the organisation gazetteer out (for measuring what the generic recognisers find alone). */
  noGazetteer?: boolean;
}

export function buildActorIndex(known: KnownActor[], options: IndexOptions = {}): ActorIndex {
  const targets = new Map<string, Target>();
  const byName = new Map<string, string>(); // normalised name or alias → key
  const countryKey = new Map<string, string>(); // ISO code → key of the COUNTRY actor
  const surfaces = new Map<string, Surface[]>();
  const capitals = new Set(COUNTRIES.flatMap((c) => c.capitals.map((x) => fold(x))));

  const addSurface = (form: string, target: string, capital = false) => {
    for (const variant of variants(form)) addOne(variant, target, capital);
  };
  const addOne = (form: string, target: string, capital: boolean) => {
    const f = fold(form.trim());
    if (f.length < 2) return;
    const list = surfaces.get(f) ?? [];
    if (list.some((s) => s.target === target)) return;
    // The first target to claim a form keeps it (database before gazetteer).
    if (list.length > 0 && !caseSensitive(form) && !isGenericBodyName(form)) return;
    list.push({ form: form.trim(), target, caseSensitive: caseSensitive(form.trim()), capital: capital || capitals.has(f), genericBody: isGenericBodyName(form) });
    surfaces.set(f, list);
  };

  for (const actor of known) {
    targets.set(actor.slug, {
      key: actor.slug,
      existing: true,
      name: actor.name,
      kind: actor.kind,
      countryCode: actor.countryCode ?? undefined,
      aliases: actor.aliases,
      gazetteer: false,
    });
    for (const n of [actor.name, ...actor.aliases]) {
      if (!byName.has(norm(n))) byName.set(norm(n), actor.slug);
      addSurface(n, actor.slug);
    }
    if (actor.kind === "COUNTRY" && actor.countryCode && !countryKey.has(actor.countryCode)) countryKey.set(actor.countryCode, actor.slug);
  }

  // Countries: every name, short form and capital points at the COUNTRY actor (existing or new).
  for (const c of COUNTRIES) {
    let key = countryKey.get(c.code) ?? c.names.map((n) => byName.get(norm(n))).find((k) => k && targets.get(k)?.kind === "COUNTRY");
    if (!key) {
      key = slugify(c.name);
      targets.set(key, { key, existing: false, name: c.name, kind: "COUNTRY", countryCode: c.code, aliases: c.names.slice(1), gazetteer: true });
      countryKey.set(c.code, key);
    }
    for (const n of c.names) addSurface(n, key);
    for (const cap of c.capitals) addSurface(cap, key, true);
  }

  if (!options.noGazetteer) {
    for (const org of KNOWN_ORGANISATIONS) {
      const key = [org.name, ...org.aliases].map((n) => byName.get(norm(n))).find(Boolean) ?? slugify(org.name);
      if (!targets.has(key)) {
        targets.set(key, { key, existing: false, name: org.name, kind: org.kind, countryCode: org.countryCode, aliases: org.aliases, gazetteer: true });
      }
      for (const n of [org.name, ...org.aliases]) addSurface(n, key);
    }
  }

  const index: ActorIndex = { targets, surfaces, pattern: surfacePattern(surfaces), addSurface };
  return index;
}

/** Adds the names and aliases of every target (those found in the text too) and rebuilds the pattern. */
export function refreshIndex(index: ActorIndex): void {
  for (const t of index.targets.values()) for (const n of [t.name, ...t.aliases]) index.addSurface(n, t.key);
  index.pattern = surfacePattern(index.surfaces);
}

function surfacePattern(surfaces: Map<string, Surface[]>): RegExp {
  const forms = [...surfaces.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![\\p{L}\\p{N}&])(?:${forms.join("|")})(?![\\p{L}\\p{N}]|\\.[\\p{L}])`, "gu");
}

/** Adds an actor found in the text (a new name) to the index, returning its key. */
export function addDiscovered(
  index: ActorIndex,
  target: Omit<Target, "key" | "existing" | "gazetteer">,
  forms: string[],
  lookup: (name: string) => string | undefined = (n) => findTargetByName(index, n),
): string {
  const existingKey = [target.name, ...forms].map(lookup).find(Boolean);
  if (existingKey) return existingKey;
  let key = slugify(target.name);
  while (index.targets.has(key)) key = `${key}-2`;
  index.targets.set(key, { ...target, key, existing: false, gazetteer: false });
  return key;
}

/**
 * A person's name as a transliteration-tolerant key: "Zelenskiy", "Zelenskyy" and "Zelensky" agree,
 * as do "Kuleba"/"Kouleba"-style vowel variants are not attempted (too loose).
 */
export function personKey(name: string): string {
  return norm(name)
    .replace(/(?:iy|yy|ii|ij|yi|ey)\b/g, "y")
    .replace(/kh/g, "h")
    .replace(/ck/g, "k")
    .replace(/\s+/g, " ");
}

/** The target whose name or alias equals `name` (ignoring case, accents and a leading "the"). */
export function findTargetByName(index: ActorIndex, name: string): string | undefined {
  const n = norm(name);
  for (const t of index.targets.values()) {
    if (norm(t.name) === n || t.aliases.some((a) => norm(a) === n)) return t.key;
  }
  const p = personKey(name);
  if (!p.includes(" ")) return undefined;
  for (const t of index.targets.values()) {
    if (t.kind === "PERSON" && (personKey(t.name) === p || t.aliases.some((a) => personKey(a) === p))) return t.key;
  }
  return undefined;
}

export function countryName(code: string | undefined): string | undefined {
  return code ? COUNTRY_BY_CODE.get(code)?.name : undefined;
}

export { norm as normaliseName };
