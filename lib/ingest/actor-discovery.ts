// Names the database does not know yet: people introduced by a title or a role, companies introduced
// by what they are ("German arms maker X", "its subsidiary X") or by their legal suffix, government
// bodies ("Ukraine's Ministry of Strategic Industries"), institutes, media, acronyms in brackets, and
// compromise's person and organisation candidates. Each becomes a target in the index with its kind,
// its country where the text gives it, and the link hints (office, affiliation, headquarters) it implies.
import nlp from "compromise";
import { addDiscovered, findTargetByName, isGenericBodyName, normaliseName, type ActorIndex } from "./actor-index";
import { COUNTRIES, COUNTRY_BY_CODE, countryCodesIn, countryOfDemonym, DEMONYM_PATTERN } from "./lexicon/countries";
import { EXPERT_ROLES, HONORIFICS, TITLES } from "./lexicon/titles";
import { escapeRe, quoteOf, sentenceAt } from "./text";
import type { ActorKind, ActorLinkType, Quoted, Sentence } from "./types";

export interface LinkHint {
  from: string;
  to: string;
  type: ActorLinkType;
  role?: string;
  evidence: Quoted;
}

export interface DiscoveryResult {
  links: LinkHint[];
  /** Person titles as written, by actor key. */
  titles: Map<string, string>;
}

// Names never run across a line break, and a full stop ends them unless it closes an initial ("J.").
const CAP = String.raw`\p{Lu}(?:[\p{L}'’-]*\p{L}|\.)?`;
const PARTICLE = String.raw`(?:de|da|di|del|der|van|von|le|la|bin|al)`;
const PERSON_NAME = String.raw`${CAP}(?:[ \t]+(?:${PARTICLE}[ \t]+)?${CAP}){1,3}`;
const ORG_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}'’&-]*|\p{N}+)`;
const ORG_NAME = String.raw`${ORG_WORD}(?:[ \t]+${ORG_WORD}){0,3}`;
const COUNTRY_NAMES = COUNTRIES.flatMap((c) => c.names)
  .filter((n) => n.length > 3)
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join("|");
const OWNER = String.raw`(?:(?<demonym>${DEMONYM_PATTERN})|(?<country>${COUNTRY_NAMES})['’]s)`;
const TITLE_RE = TITLES.map(escapeRe).join("|");

/** Words that make a capitalised sequence an institution, not a person. */
const NOT_PERSON =
  /\b(?:Ministry|Department|Group|Systems|Agency|Office|Government|Army|Forces|Council|Commission|Union|Institute|House|Palace|Parliament|Company|Industries|Industry|Defen[cs]e|Bank|Fund|Times|Post|Journal|News|Press|Media|Conference|Summit|Street|Day|Week|Security|Programme|Program|Initiative|Centre|Center|University|Coalition|Contact|Staff|Navy|Air|Force|Guard|Brigade|Corps|Republic|State|States|Kingdom|Democrats|Republicans|Socialists|Greens|Party|Hotel|Hôtel|Palace|Square|Europe|European|Western|Eastern|Northern|Southern|Soviet|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

const COMPANY_SUFFIX = String.raw`Group|Systems|Industries|Industry|Dynamics|Aerospace|Technologies|Technology|Holding|Holdings|AG|GmbH|SE|S\.A\.|SA|Ltd|plc|PLC|Inc\.?|Corp\.?|Corporation|Robotics|Motors|Works|Shipyard|Arms|Munitions|Defence|Defense`;
const ORG_SUFFIX = String.raw`Institute|Center|Centre|Foundation|University|Council|Commission|Bank|Fund|Academy`;
const GOV_SUFFIX = String.raw`Agency|Administration|Directorate|Authority|Command|Parliament`;
const COMPANY_CUE = String.raw`arms maker|arms manufacturer|arms company|arms group|defen[cs]e group|defen[cs]e company|defen[cs]e firm|defen[cs]e contractor|drone maker|drone manufacturer|manufacturer|maker|company|firm|start-up|startup|contractor|subsidiary|conglomerate|producer|shipbuilder|holding|group|giant`;
const MEDIA_CUE = String.raw`newspaper|daily|weekly|magazine|broadcaster|news agency|outlet|news site|website|specialized media|specialised media|media`;

function ownerCountry(groups: Record<string, string | undefined> | undefined): string | undefined {
  if (!groups) return undefined;
  if (groups.demonym) return countryOfDemonym(groups.demonym);
  if (groups.country) return countryOfDemonym(groups.country);
  return undefined;
}

function cleanName(name: string): string {
  return name.replace(/['’]s$/, "").replace(/[.,;:]+$/, "").trim();
}

/** Canonical name of a ministry: "defence ministry" → "Ministry of Defence". */
function canonicalBody(body: string): string {
  const m = /^(\p{L}+(?:\s+\p{L}+)?)\s+ministry$/iu.exec(body.trim());
  const cap = (s: string) => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  if (m) return `Ministry of ${cap(m[1]!.toLowerCase().replace("defense", "defence"))}`;
  return body.trim().replace(/^the\s+/i, "");
}

export function discoverActors(text: string, sentences: Sentence[], index: ActorIndex): DiscoveryResult {
  const links: LinkHint[] = [];
  const titles = new Map<string, string>();
  const countries = countryCodesIn(text);
  const known = (name: string) => {
    const key = findTargetByName(index, name);
    const target = key ? index.targets.get(key) : undefined;
    // A shared name ("Ministry of Defence") of another country's body does not count here.
    if (target && isGenericBodyName(name) && target.countryCode && !countries.has(target.countryCode)) return undefined;
    return key;
  };
  const add = (name: string, kind: ActorKind, countryCode: string | undefined, forms: string[] = []) =>
    addDiscovered(index, { name, kind, countryCode, aliases: [...new Set(forms.filter((f) => normaliseName(f) !== normaliseName(name)))] }, forms, known);
  const looksLikePerson = (name: string) => {
    const tokens = name.split(/\s+/);
    if (tokens.length < 2 || tokens.length > 4 || NOT_PERSON.test(name)) return false;
    if (tokens.some((t) => !/^\p{Lu}/u.test(t) && !new RegExp(`^${PARTICLE}$`).test(t))) return false;
    if (tokens.some((t) => countryOfDemonym(t) !== undefined)) return false;
    return !known(name) || index.targets.get(known(name)!)?.kind === "PERSON";
  };
  const within = (at: number) => sentenceAt(sentences, at) !== undefined;
  const addPerson = (name: string, countryCode: string | undefined, title: string | undefined, at: number, _evidence: Quoted) => {
    if (!within(at) || !looksLikePerson(name)) return undefined;
    // "at the Hôtel de Brienne", "the Christian Democrats": places and groups, not people.
    if (/\b(?:the|at|in|into|from)\s+$/i.test(text.slice(Math.max(0, at - 12), at))) return undefined;
    const surname = name.split(/\s+/).at(-1)!;
    const key = known(name) ?? add(name, "PERSON", countryCode, [name, surname]);
    const target = index.targets.get(key)!;
    // "Zelenskiy" for a known "Zelensky": the spelling written here must be found too.
    index.addSurface(name, key);
    if (!target.existing && !target.countryCode && countryCode) target.countryCode = countryCode;
    if (!target.aliases.includes(surname) && !target.existing) target.aliases.push(surname);
    if (title && !HONORIFICS.has(title) && !titles.has(key)) titles.set(key, title);
    return key;
  };

  // People introduced by an office: "German Chancellor Olaf Scholz", "Rheinmetall Chief Executive
  // Armin Papperger", "The Minister of the Armed Forces, Sébastien Lecornu".
  const titled = new RegExp(
    String.raw`(?:${OWNER}\s+|(?<org>${ORG_NAME})\s+)?(?:(?:former|then|acting|deputy|current)\s+)?(?<title>${TITLE_RE})(?:\s+(?:of|for)\s+(?<of>${ORG_NAME}))?,?\s+(?<name>${PERSON_NAME})`,
    "gu",
  );
  for (const m of text.matchAll(titled)) {
    const g = m.groups!;
    const name = cleanName(g.name!);
    if (!name.includes(" ")) continue;
    let country = ownerCountry(g);
    let orgKey: string | undefined;
    let title = [g.title, g.of ? `of ${g.of}` : ""].join(" ").trim();
    if (!country && g.org) {
      const org = cleanName(g.org).replace(/^(?:The|A|An)\s+/, "");
      orgKey = known(org);
      if (orgKey && index.targets.get(orgKey)?.kind === "COUNTRY") {
        country = index.targets.get(orgKey)!.countryCode;
        orgKey = undefined;
      } else if (!orgKey) {
        country = countryOfDemonym(org);
        // "The Defence Secretary": the words before the office belong to it.
        if (!country && org && !/^(?:The|A|An)$/.test(org)) title = `${org} ${title}`;
      }
    }
    const at = m.index! + m[0].lastIndexOf(g.name!);
    const key = addPerson(name, country, title, at, quoteOf(text, m.index!, m.index! + m[0].length));
    if (!key) continue;
    const evidence = quoteOf(text, m.index!, m.index! + m[0].length);
    const countryKey = country ? [...index.targets.values()].find((t) => t.kind === "COUNTRY" && t.countryCode === country)?.key : undefined;
    if (countryKey && !HONORIFICS.has(g.title!)) links.push({ from: key, to: countryKey, type: "HOLDS_OFFICE_IN", role: title, evidence });
    if (orgKey) links.push({ from: key, to: orgKey, type: index.targets.get(orgKey)?.kind === "COMPANY" ? "AFFILIATED_WITH" : "HOLDS_OFFICE_IN", role: g.title, evidence });
  }

  // Government bodies: "Ukraine's Ministry of Strategic Industries", "the Norwegian Ministry of Defence",
  // "Germany's defence ministry", "the Ministry of Defence of Ukraine".
  const body = new RegExp(
    String.raw`(?:${OWNER}[ \t]+)?(?<body>(?:Ministry|Department|Secretariat|Directorate)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+(?:and[ \t]+)?\p{Lu}\p{Ll}+){0,3}|(?:[Dd]efen[cs]e|[Ff]oreign|[Ee]conomy|[Ff]inance|[Ii]nterior|[Aa]rmed [Ff]orces)[ \t]+[Mm]inistry)(?:[ \t]+of[ \t]+(?<of>${COUNTRY_NAMES}))?`,
    "gu",
  );
  for (const m of text.matchAll(body)) {
    const g = m.groups!;
    const country = ownerCountry(g) ?? (g.of ? countryOfDemonym(g.of) : undefined);
    if (!within(m.index!)) continue;
    const written = quoteOf(text, m.index!, m.index! + m[0].length).quote.replace(/^the\s+/i, "");
    const bodyName = canonicalBody(g.body!);
    if (/^(?:defen[cs]e|foreign)\s+ministry$/i.test(g.body!) && !country) continue; // "the defence ministry": whose?
    const name = country ? `${bodyName} of ${COUNTRY_BY_CODE.get(country)!.name}` : bodyName;
    const key = known(written) ?? known(name) ?? (country ? undefined : known(bodyName)) ?? add(name, "GOVERNMENT_BODY", country, [written, name]);
    const target = index.targets.get(key)!;
    if (!target.existing && !target.aliases.includes(written) && normaliseName(written) !== normaliseName(target.name)) target.aliases.push(written);
    const countryKey = country ? [...index.targets.values()].find((t) => t.kind === "COUNTRY" && t.countryCode === country)?.key : undefined;
    if (countryKey && !target.existing) links.push({ from: key, to: countryKey, type: "PART_OF", evidence: quoteOf(text, m.index!, m.index! + m[0].length) });
  }

  // Companies introduced by what they are: "German arms maker Rheinmetall", "its subsidiary Excalibur
  // Army", "the Ukrainian state company Ukroboronprom", "the American start-up Anduril".
  const cued = new RegExp(
    String.raw`(?:(?<demonym>${DEMONYM_PATTERN})\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:${COMPANY_CUE})\s+(?<name>${ORG_NAME})`,
    "gu",
  );
  for (const m of text.matchAll(cued)) {
    const g = m.groups!;
    const name = cleanName(g.name!.replace(/\s+(?:and|or|of)$/, ""));
    if (!within(m.index!) || name.length < 2 || countryOfDemonym(name.split(/\s+/)[0]!) || looksLikeDateOrTitle(name)) continue;
    const key = known(name) ?? add(name, "COMPANY", ownerCountry(g) ?? trailingCountry(name), [name]);
    const country = ownerCountry(g) ?? index.targets.get(key)?.countryCode;
    const countryKey = country ? [...index.targets.values()].find((t) => t.kind === "COUNTRY" && t.countryCode === country)?.key : undefined;
    if (countryKey && !index.targets.get(key)!.existing) links.push({ from: key, to: countryKey, type: "HEADQUARTERED_IN", evidence: quoteOf(text, m.index!, m.index! + m[0].length) });
  }

  // Companies and institutions by their suffix: "Czechoslovak Group", "Ukrainian Defense Industry",
  // "New Lines Institute", "Swedish Defence Research Agency".
  const suffixed = new RegExp(
    String.raw`(?<name>(?:\p{Lu}[\p{L}'’&-]*[ \t]+){1,4}(?<suffix>${COMPANY_SUFFIX}|${ORG_SUFFIX}|${GOV_SUFFIX}))(?![\p{L}])`,
    "gu",
  );
  for (const m of text.matchAll(suffixed)) {
    const g = m.groups!;
    let name = cleanName(g.name!).replace(/^(?:The|A|An|In|At|On|For|From|With|By|Under|After|Before|Since|And|But|Its|Their|His|Her)\s+/, "");
    // Drop leading words that are names of their own ("Rheinmetall Chief …", "Kyiv Defence …").
    while (name.includes(" ") && known(name.split(/\s+/)[0]!) && !countryOfDemonym(name.split(/\s+/)[0]!)) name = name.replace(/^\S+\s+/, "");
    const words = name.split(/\s+/);
    if (!within(m.index!) || words.length < 2 || known(name)) continue;
    // "Ukrainian Defense Industry" is a name; "British Defence" or "Ukrainian Industry" alone are not.
    const demonymFirst = countryOfDemonym(words[0]!);
    if (demonymFirst && words.length < 3) continue;
    if (looksLikeDateOrTitle(name) || (/^(?:Defen[cs]e|Security)\s/.test(name) && words.length < 3)) continue;
    // "Minister for Strategic Industries" names an office, not a company.
    if (/\b(?:Minister|Ministry|Department|Secretary|Commissioner)\s+(?:of|for)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.index! - 40), m.index! + m[0].indexOf(name)))) continue;
    const suffix = g.suffix!;
    const kind: ActorKind = new RegExp(`^(?:${GOV_SUFFIX})$`).test(suffix)
      ? demonymFirst ? "GOVERNMENT_BODY" : "ORGANISATION"
      : new RegExp(`^(?:${ORG_SUFFIX})$`).test(suffix) ? "ORGANISATION" : "COMPANY";
    name = name.replace(/\s+/g, " ");
    add(name, kind, demonymFirst ?? trailingCountry(name), [name]);
  }

  // Media: "the specialized media Breaking Defense", "the newspaper Le Monde".
  const media = new RegExp(String.raw`\b(?:${MEDIA_CUE})\s+(?<name>${ORG_NAME})`, "gu");
  for (const m of text.matchAll(media)) {
    const name = cleanName(m.groups!.name!);
    if (!within(m.index!) || known(name) || looksLikeDateOrTitle(name)) continue;
    add(name, "ORGANISATION", undefined, [name]);
  }

  // An appositive says what a name is: "Czechoslovak Group (CSG), the Czech industrial and technology
  // holding", "Defence Equipment and Support, the Ministry of Defence's procurement agency".
  const appositive = new RegExp(
    String.raw`(?<name>${ORG_WORD}(?:[ \t]+(?:(?:and|of|for|&)[ \t]+)?${ORG_WORD}){0,5})(?:[ \t]+\((?<acro>\p{Lu}[\p{Lu}&]{1,6})\))?,[ \t]+(?:the|a|an|its)[ \t]+(?<desc>(?:[\p{L}'’-]+[ \t]+){0,5}?)(?<head>agency|company|holding|group|manufacturer|maker|firm|producer|contractor|institute|think tank|think-tank|newspaper|daily|broadcaster|ministry|department|regulator|operator|parliament)\b`,
    "gu",
  );
  for (const m of text.matchAll(appositive)) {
    const g = m.groups!;
    const name = cleanName(g.name!).replace(/^(?:The|A|An|In|On|At|By)\s+/, "");
    if (!within(m.index!) || name.split(/\s+/).length > 6 || looksLikeDateOrTitle(name) || looksLikePerson(name)) continue;
    const demonym = (g.desc ?? "").split(/\s+/).map((w) => countryOfDemonym(w)).find(Boolean);
    const head = g.head!.toLowerCase();
    const kind: ActorKind = /agency|ministry|department|regulator|parliament/.test(head)
      ? "GOVERNMENT_BODY"
      : /institute|think|newspaper|daily|broadcaster/.test(head) ? "ORGANISATION" : "COMPANY";
    const existingKey = known(name);
    const key = existingKey ?? add(name, kind, demonym, [name, ...(g.acro ? [g.acro] : [])]);
    const target = index.targets.get(key)!;
    if (!target.existing && !target.gazetteer && !target.countryCode && demonym) target.countryCode = demonym;
    if (g.acro && !target.aliases.includes(g.acro)) target.aliases.push(g.acro);
  }

  // An acronym in brackets after a name: "Ukrainian Defense Industry (UDI)", "the EDA (AED)".
  const acronym = /(?<name>(?:\p{Lu}[\p{L}'’&-]*[ \t]+)*\p{Lu}[\p{L}'’&-]*)[ \t]+\((?<acro>\p{Lu}[\p{Lu}&]{1,6})\)/gu;
  for (const m of text.matchAll(acronym)) {
    const g = m.groups!;
    const words = g.name!.split(/\s+/);
    // The longest tail of the capitalised run that names a known actor.
    for (let i = 0; i < words.length; i++) {
      const key = known(words.slice(i).join(" "));
      if (!key) continue;
      const target = index.targets.get(key)!;
      if (!target.aliases.includes(g.acro!)) target.aliases.push(g.acro!);
      break;
    }
  }

  // People by reporting verbs and roles: "said Huseyn Aliyev", "Jeff Hawn, non-permanent researcher at…".
  const role = new RegExp(
    String.raw`(?<name>${PERSON_NAME}),\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?<role>${EXPERT_ROLES})\s+(?:at|of|with|within|for)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,4}?(?<org>${ORG_NAME})`,
    "giu",
  );
  for (const m of text.matchAll(role)) {
    const g = m.groups!;
    const name = cleanName(g.name!);
    const key = addPerson(name, undefined, undefined, m.index!, quoteOf(text, m.index!, m.index! + m[0].length));
    const orgKey = known(cleanName(g.org!));
    if (key && orgKey && index.targets.get(orgKey)?.kind !== "COUNTRY") links.push({ from: key, to: orgKey, type: "AFFILIATED_WITH", role: g.role, evidence: quoteOf(text, m.index!, m.index! + m[0].length) });
  }
  const reporting = new RegExp(
    String.raw`\b(?:said|says|told|added|noted|stressed|warned|explained|opines|assures|continues|underlines|believes|according to)\s+(?<name>${PERSON_NAME})|(?<name2>${PERSON_NAME})\s+(?:said|says|told|added|noted|stressed|warned|declared|announced)\b`,
    "gu",
  );
  for (const m of text.matchAll(reporting)) {
    const raw = m.groups!.name ?? m.groups!.name2!;
    const name = cleanName(raw);
    const at = m.index! + m[0].indexOf(raw);
    if (isPersonByNlp(name)) addPerson(name, undefined, undefined, at, quoteOf(text, at, at + raw.length));
  }

  // compromise's own person candidates, full names only.
  for (const p of nlp(text).people().json({ offset: true, terms: { offset: false } }) as { text: string; offset: { start: number } }[]) {
    const name = stripTitles(cleanName(p.text));
    if (name.split(/\s+/).length >= 2) addPerson(name, undefined, undefined, p.offset.start, quoteOf(text, p.offset.start, p.offset.start + p.text.length));
  }

  return { links, titles };
}

/** "KNDS France" → FR: a company named after its country. */
function trailingCountry(name: string): string | undefined {
  const last = name.split(/\s+/).at(-1)!;
  return name.includes(" ") && /^\p{Lu}\p{Ll}+$/u.test(last) ? COUNTRIES.find((c) => c.names.includes(last))?.code : undefined;
}

function stripTitles(name: string): string {
  let out = name;
  for (;;) {
    const next = out.replace(new RegExp(`^(?:${TITLE_RE})\\s+`, "u"), "");
    if (next === out) return out;
    out = next;
  }
}

function looksLikeDateOrTitle(name: string): boolean {
  return /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(name) || new RegExp(`^(?:${TITLE_RE})$`, "u").test(name);
}

function isPersonByNlp(name: string): boolean {
  if (NOT_PERSON.test(name)) return false;
  return nlp(name).people().found || /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name);
}
