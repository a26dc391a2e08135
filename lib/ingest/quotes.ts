// Quotes for citations: always a verbatim slice of the article with its offsets. A long sentence is
// cut at clause boundaries around the part that matters, never paraphrased.
import { quoteOf } from "./text";
import type { Citation, Quoted, Sentence } from "./types";

const MAX_QUOTE = 320;

/** The sentence, or (when long) the clauses of it around `focus`. */
export function citationAround(text: string, sentence: Sentence, focus?: Quoted, field?: string): Citation {
  let quoted: Quoted = sentence;
  if (sentence.quote.length > MAX_QUOTE && focus) {
    let start = focus.start;
    let end = focus.end;
    // Grow clause by clause (commas, semicolons, dashes) while it fits.
    const boundaries = [...sentence.quote.matchAll(/[,;:–—]\s|\s[–—]\s/g)].map((m) => sentence.start + m.index! + 1);
    const before = boundaries.filter((b) => b <= start).reverse();
    const after = boundaries.filter((b) => b >= end);
    start = before.find((b) => end - b <= MAX_QUOTE) ?? sentence.start;
    if (end - start > MAX_QUOTE) start = Math.max(sentence.start, focus.start - 40);
    end = after.find((b) => b - start <= MAX_QUOTE) ?? Math.min(sentence.end, start + MAX_QUOTE);
    quoted = quoteOf(text, start, end, true);
    // Never cut a word in two.
    while (quoted.start > sentence.start && /\w/.test(text[quoted.start - 1]!) && /\w/.test(text[quoted.start]!)) quoted = quoteOf(text, quoted.start + 1, quoted.end);
    while (quoted.end < sentence.end && /\w/.test(text[quoted.end]!) && /\w/.test(text[quoted.end - 1]!)) quoted = quoteOf(text, quoted.start, quoted.end - 1);
  }
  return field ? { ...quoted, field } : { start: quoted.start, end: quoted.end, quote: quoted.quote };
}

export function citeSentence(sentence: Sentence, field?: string): Citation {
  return { start: sentence.start, end: sentence.end, quote: sentence.quote, ...(field ? { field } : {}) };
}

/** True when every citation's quote is exactly text[start, end). */
export function citationsAreVerbatim(text: string, citations: Citation[]): boolean {
  return citations.every((c) => text.slice(c.start, c.end) === c.quote && c.quote.length > 0);
}
