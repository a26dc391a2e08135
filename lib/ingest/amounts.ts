// Amounts of money (value, ISO currency, and how exact: "more than $700 million" is AT_LEAST),
// percentages (ownership shares "51%", "55 percent of whose shares"), and counted items with their
// units ("18 Bohdana self-propelled howitzers", "tens of thousands of 155 mm artillery rounds").
import nlp from "compromise";
import { categoryOf, EQUIPMENT_NOUN_FORMS, SYSTEM_NAMES } from "./lexicon/equipment";
import { escapeRe, quoteOf } from "./text";
import type { MoneyMention, Qualifier, QuantityMention, Sentence, ShareMention } from "./types";

const SCALE: Record<string, number> = { trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, mn: 1e6, m: 1e6, thousand: 1e3, k: 1e3 };
const SYMBOLS: Record<string, string> = { "US$": "USD", $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", C$: "CAD", A$: "AUD", "zł": "PLN" };
const CODES = "USD|EUR|GBP|NOK|SEK|DKK|PLN|CZK|CHF|CAD|AUD|JPY|UAH|KRW|TRY|RON|HUF";
const CURRENCY_WORDS: [RegExp, string][] = [
  [/^(?:canadian dollars?)$/i, "CAD"],
  [/^(?:australian dollars?)$/i, "AUD"],
  [/^(?:(?:us |u\.s\. |american )?dollars?)$/i, "USD"],
  [/^euros?$/i, "EUR"],
  [/^(?:pounds?(?: sterling)?|sterling)$/i, "GBP"],
  [/^(?:norwegian (?:kroner|krone|crowns))$/i, "NOK"],
  [/^(?:swedish (?:kronor|krona|crowns))$/i, "SEK"],
  [/^(?:danish (?:kroner|krone|crowns))$/i, "DKK"],
  [/^(?:zlotys?|zloty)$/i, "PLN"],
  [/^(?:czech (?:korunas?|crowns))$/i, "CZK"],
  [/^(?:hryvnias?|hryvnas?)$/i, "UAH"],
  [/^(?:swiss francs?)$/i, "CHF"],
  [/^yen$/i, "JPY"],
];
const CURRENCY_WORD = String.raw`(?:(?:US|U\.S\.|American|Canadian|Australian)\s+)?dollars?|euros?|pounds?(?:\s+sterling)?|(?:Norwegian|Swedish|Danish)\s+(?:kroner|krone|kronor|krona|crowns)|Czech\s+(?:korunas?|crowns)|zlotys?|hryvnias?|Swiss\s+francs?|yen`;
const WORD_NUMBER = String.raw`(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred|two hundred|three hundred|five hundred|half a)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const NUMBER = String.raw`(?:${DIGITS}|${WORD_NUMBER})`;
const SCALE_WORD = String.raw`trillion|billion|million|thousand|bn|mn|tn|m|k|b`;

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/\b(?:more than|over|above|at least|upwards of|in excess of|exceeding|no less than|a minimum of|beyond)\s*$/i, "AT_LEAST"],
  [/\b(?:about|around|some|roughly|approximately|nearly|almost|close to|an estimated|estimated|circa|just under|just over|c\.)\s*$/i, "ABOUT"],
  [/\b(?:up to|as much as|as many as|no more than|less than|under|below|at most|a maximum of|a ceiling of)\s*$/i, "UP_TO"],
];
const QUALIFIER_WORDS = String.raw`more than|over|above|at least|upwards of|in excess of|exceeding|no less than|a minimum of|about|around|some|roughly|approximately|nearly|almost|close to|an estimated|estimated|circa|just under|just over|up to|as much as|as many as|no more than|less than|under|below|at most|a maximum of`;

function qualifierBefore(text: string, at: number): Qualifier {
  const lead = text.slice(Math.max(0, at - 24), at);
  return QUALIFIERS.find(([re]) => re.test(lead))?.[1] ?? "EXACT";
}

/** "2.2", "1,600", "two", "a hundred" → number. */
export function parseNumber(raw: string): number | undefined {
  const s = raw.trim();
  if (/^[\d,.]+$/.test(s)) {
    const n = Number(s.replace(/,/g, ""));
    return Number.isFinite(n) ? n : undefined;
  }
  if (/^(?:a|one)$/i.test(s)) return 1;
  if (/^half a$/i.test(s)) return 0.5;
  const values = nlp(s).numbers().get() as number[];
  return typeof values[0] === "number" ? values[0] : undefined;
}

function decimal(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return Number.isInteger(rounded) ? BigInt(Math.round(rounded)).toString() : rounded.toFixed(2).replace(/0+$/, "");
}

function scaled(num: string, scale: string | undefined): number | undefined {
  const n = parseNumber(num);
  if (n === undefined) return undefined;
  return scale ? n * (SCALE[scale.toLowerCase()] ?? 1) : n;
}

export function findMoney(text: string, sentences: Sentence[]): MoneyMention[] {
  const out: MoneyMention[] = [];
  const symbol = String.raw`US\$|C\$|A\$|\$|€|£|¥|₴`;
  const patterns: RegExp[] = [
    // $2.2 billion, € 1.4bn, £2.3bn, $1-2 billion, $300 to $500 million
    new RegExp(String.raw`(?<sym>${symbol})\s?(?<num>${DIGITS})(?:\s?(?:-|–|to)\s?(?:${symbol})?\s?(?<num2>${DIGITS}))?(?:\s?(?<scale>${SCALE_WORD}))?(?![\p{L}\d])`, "gu"),
    // EUR 4.5 billion, NOK 1 billion
    new RegExp(String.raw`\b(?<code>${CODES})\s?(?<num>${DIGITS})(?:\s?(?<scale>${SCALE_WORD}))?(?![\p{L}\d])`, "gu"),
    // 4.5 billion EUR, 2.29 billion euros, two billion dollars, 1 billion Norwegian kroner, 50 million euros
    new RegExp(String.raw`(?<![\p{L}\d])(?<num>${NUMBER}|a|an)(?:\s?(?:-|–|to|and)\s?(?<num2>${DIGITS}))?(?:\s+(?<scale>trillion|billion|million|thousand)|(?<short>bn|m))?\s+(?:(?<code2>${CODES})\b|(?<word>${CURRENCY_WORD})(?![\p{L}]))`, "giu"),
  ];
  for (const sentence of sentences) {
    const s = sentence.quote;
    const found: MoneyMention[] = [];
    for (const re of patterns) {
      for (const m of s.matchAll(re)) {
        const g = m.groups!;
        const scale = g.scale ?? g.short;
        let currency = g.sym ? SYMBOLS[g.sym] : g.code ?? g.code2?.toUpperCase();
        if (!currency && g.word) currency = CURRENCY_WORDS.find(([r]) => r.test(g.word!.replace(/\s+/g, " ")))?.[1];
        const value = scaled(g.num!, scale);
        if (!currency || value === undefined || value <= 0) continue;
        // "$ 2.2" with no scale and a small value is rarely a defence budget line; keep it anyway, exact.
        const start = sentence.start + m.index!;
        const end = start + m[0].length;
        if (found.some((f) => start < f.end && end > f.start)) continue;
        const lead = s.slice(0, m.index!);
        let qualifier = qualifierBefore(lead, lead.length);
        let amountMax: string | undefined;
        if (g.num2) {
          const max = scaled(g.num2, scale);
          if (max !== undefined && max > value) {
            amountMax = decimal(max);
            qualifier = "RANGE";
          }
        }
        const between = /\bbetween\s*$/i.test(lead);
        if (between) qualifier = "RANGE";
        found.push({ ...quoteOf(text, start, end, true), sentence: sentence.index, amount: decimal(value), amountMax, currency, qualifier });
      }
    }
    out.push(...found.sort((a, b) => a.start - b.start));
  }
  return out;
}

export function findShares(text: string, sentences: Sentence[]): ShareMention[] {
  const out: ShareMention[] = [];
  for (const sentence of sentences) {
    for (const m of sentence.quote.matchAll(/(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s?(?:%|percent\b|per cent\b)/g)) {
      const value = Number(m[1]!.replace(",", "."));
      if (!(value >= 0 && value <= 100)) continue;
      const start = sentence.start + m.index!;
      out.push({ ...quoteOf(text, start, start + m[0].length), sentence: sentence.index, percent: decimal(value) });
    }
  }
  return out;
}

const COUNT_NOUNS = [
  ...EQUIPMENT_NOUN_FORMS,
  "soldiers", "troops", "recruits", "personnel", "instructors", "servicemen", "employees", "workers", "staff", "jobs",
  "companies", "firms", "manufacturers", "factories", "plants", "units", "systems", "pieces", "kits", "sets", "batteries",
];
const SYSTEM_PLURALS = SYSTEM_NAMES.filter((n) => /^[A-Z]/.test(n)).map((n) => `${escapeRe(n)}s`);
const HEAD = String.raw`(?:${[...COUNT_NOUNS.map(escapeRe), ...SYSTEM_PLURALS].sort((a, b) => b.length - a.length).join("|")})`;
const MODIFIER = String.raw`(?:[\p{L}\d][\p{L}\d/'’-]*|\d+\s?mm)`;
const VAGUE_COUNTS: [RegExp, number, Qualifier][] = [
  [/^tens of thousands$/i, 10_000, "AT_LEAST"],
  [/^hundreds of thousands$/i, 100_000, "AT_LEAST"],
  [/^(?:several )?hundreds$/i, 100, "AT_LEAST"],
  [/^(?:several )?thousands$/i, 1_000, "AT_LEAST"],
  [/^(?:several )?dozens?$|^several dozen$/i, 12, "AT_LEAST"],
];

export function findQuantities(text: string, sentences: Sentence[], money: MoneyMention[], years: { start: number; end: number }[]): QuantityMention[] {
  const out: QuantityMention[] = [];
  const counted = new RegExp(
    String.raw`(?<![\p{L}\d.,$€£-])(?<num>${DIGITS}(?:\s+(?:million|thousand))?|${WORD_NUMBER}(?:\s+(?:million|thousand))?|tens of thousands|hundreds of thousands|(?:several )?hundreds|(?:several )?thousands|several dozen|dozens)(?:\s+of)?\s+(?<item>(?:(?:more|additional|new|further|other)\s+)?(?:${MODIFIER}\s+){0,4}?(?:(?:and|or)\s+(?:${MODIFIER}\s+){0,2})?(?<head>${HEAD})(?:\s+of\s+(?:${MODIFIER}\s+){0,2}?(?:${HEAD}))?)(?![\p{L}])`,
    "giu",
  );
  // Items named without a number: "155mm shells", "CV90 infantry fighting vehicles", "Storm Shadow missiles".
  const named = new RegExp(
    String.raw`(?<item>(?:\d{2,3}\s?mm(?:\s+and\s+\d{2,3}\s?mm)?|(?:${SYSTEM_NAMES.map(escapeRe).join("|")})|\p{Lu}+-?\d+[\p{L}\d]*|\p{Lu}\d+)(?:\s+${MODIFIER}){0,3}?\s+(?<head>${HEAD}))(?![\p{L}])`,
    "gu",
  );
  const taken = (start: number, end: number) =>
    money.some((m) => start < m.end && end > m.start) || out.some((q) => start < q.end && end > q.start) || years.some((y) => start === y.start);
  for (const sentence of sentences) {
    const s = sentence.quote;
    for (const m of s.matchAll(counted)) {
      const g = m.groups!;
      const start = sentence.start + m.index!;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      // "Leopard 2 tanks": the 2 belongs to the name before it.
      if (/\p{Lu}[\p{L}-]*\s+$/u.test(s.slice(Math.max(0, m.index! - 20), m.index!)) && /^\d$/.test(g.num!)) continue;
      const vague = VAGUE_COUNTS.find(([re]) => re.test(g.num!));
      const n = vague ? vague[1] : scaledCount(g.num!);
      if (n === undefined || n <= 0) continue;
      const qualifier = vague ? vague[2] : qualifierBefore(s, m.index!);
      const item = g.item!.replace(/^(?:more|additional|new|further|other)\s+/i, "");
      out.push({ ...quoteOf(text, start, end), sentence: sentence.index, quantity: decimal(n), qualifier, unit: g.head!, item, category: categoryOf(item) });
    }
    for (const m of s.matchAll(named)) {
      const start = sentence.start + m.index!;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      out.push({ ...quoteOf(text, start, end), sentence: sentence.index, qualifier: "EXACT", unit: m.groups!.head!, item: m.groups!.item!, category: categoryOf(m.groups!.item!) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function scaledCount(raw: string): number | undefined {
  const m = /^(.*?)\s+(million|thousand)$/i.exec(raw);
  return m ? scaled(m[1]!, m[2]) : parseNumber(raw);
}

export { QUALIFIER_WORDS };
