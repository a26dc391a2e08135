// Finds every mention of a recognised actor in the text, with its offsets. A capital city is the
// country's government when the text makes it act ("Kyiv wants", "talks with London", "Washington's
// priorities") and a place when it is where something happens ("in London on February 8").
import { COUNTRY_BY_CODE, countryCodesIn } from "./lexicon/countries";
import type { ActorIndex, Surface } from "./actor-index";
import { sentenceAt } from "./text";
import type { ActorMention, PlaceMention, Sentence } from "./types";

const LOCATIVE = new Set(["in", "at", "near", "from", "outside", "around", "into", "inside", "across", "via", "within", "throughout"]);
const MOTION = /\b(?:visit(?:ed|s|ing)?|trip|travel(?:l?ed|s|ling)?|went|gone|flew|fly|arriv(?:ed|es|al)|journey|came|come|return(?:ed|s)?|moved?|headed|summit|meeting|conference)\b[^.]{0,40}$/i;

export interface ScanResult {
  mentions: ActorMention[];
  places: PlaceMention[];
}

function previousWords(text: string, at: number, n: number): string[] {
  return text
    .slice(Math.max(0, at - 60), at)
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean)
    .slice(-n)
    .map((w) => w.toLowerCase());
}

/** True when a capital at [start, end) names a place rather than the government. */
function isPlaceUse(text: string, start: number, end: number, sentence: Sentence | undefined): boolean {
  const before = previousWords(text, start, 3);
  const last = before.at(-1);
  const after = text.slice(end, end + 12);
  if (/^['’]s\b/.test(after)) return false; // "Kyiv's expectations"
  if (/^-based\b/.test(after)) return true;
  // A dateline: "BERLIN, Feb 17 (Wire) -", "OSLO —" at the start of a paragraph.
  if (sentence && start === sentence.start && /^(?:,\s*(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+\d|\s*[—–-]\s)/.test(after)) return true;
  if (last && LOCATIVE.has(last)) return true;
  if (last === "to" && MOTION.test(text.slice(Math.max(0, start - 80), start))) return true;
  return false;
}

function caseAllows(surface: Surface, original: string): boolean {
  if (surface.caseSensitive) return original === surface.form;
  // "Ukrainian defence industry" (a generic group) is not the company "Ukrainian Defense Industry".
  const formWords = surface.form.split(/\s+/);
  const textWords = original.split(/\s+/);
  if (formWords.length === textWords.length && formWords.some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && /^\p{Lu}/u.test(textWords[i]!) && !/^\p{Lu}+$/u.test(original))) return false;
  const first = original[0]!;
  if (first === first.toUpperCase() && first !== first.toLowerCase()) return true;
  // A lower-case alias as the database records it ("kyiv" in an article that writes it so).
  return surface.form === original;
}

export function scanActors(text: string, folded: string, index: ActorIndex, sentences: Sentence[]): ScanResult {
  const countries = countryCodesIn(text);
  const mentions: ActorMention[] = [];
  const places: PlaceMention[] = [];
  index.pattern.lastIndex = 0;
  for (let m = index.pattern.exec(folded); m; m = index.pattern.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    const original = text.slice(start, end);
    const sentence = sentenceAt(sentences, start);
    if (!sentence) continue; // boilerplate paragraphs are not read
    // "Ministry of Defence" is the French one only in an article that speaks of France.
    const surface = (index.surfaces.get(m[0]) ?? []).find((s) => {
      const country = index.targets.get(s.target)?.countryCode;
      return caseAllows(s, original) && !(s.genericBody && country && !countries.has(country));
    });
    if (!surface) {
      // "the Telegraph": the longest form failed on case; a shorter one may start further on.
      index.pattern.lastIndex = start + 1;
      continue;
    }
    const target = index.targets.get(surface.target);
    if (!target) continue;
    if (/(?:©|\b(?:photo|credit|image)s?:)\s*$/i.test(text.slice(Math.max(0, start - 10), start))) continue; // a photo credit
    if (surface.capital) {
      if (isPlaceUse(text, start, end, sentence)) {
        const dateline = start === sentence.start && /^,?\s*(?:\d{1,2}\s+)?[A-Z]?[a-z]*\.?\s*\d|^\s*[—–-]\s/.test(text.slice(end, end + 12));
        places.push({ start, end, quote: original, sentence: sentence.index, name: original, countryCode: target.countryCode, ...(dateline ? { dateline: true } : {}) });
        continue;
      }
      mentions.push({ start, end, quote: original, sentence: sentence.index, actor: target.key, metonymy: true });
      continue;
    }
    if (target.kind === "COUNTRY") {
      const last = previousWords(text, start, 1)[0];
      if ((last && LOCATIVE.has(last)) || (last === "to" && MOTION.test(text.slice(Math.max(0, start - 80), start)))) {
        places.push({ start, end, quote: original, sentence: sentence.index, name: COUNTRY_BY_CODE.get(target.countryCode ?? "")?.name ?? original, countryCode: target.countryCode });
      }
    }
    mentions.push({ start, end, quote: original, sentence: sentence.index, actor: target.key });
  }
  return { mentions, places };
}
