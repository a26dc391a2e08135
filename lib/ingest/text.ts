// Paragraphs and sentences with their offsets, web boilerplate left out, and a same-length "folded"
// copy of the text (lower case, no accents, straight quotes) so that matching ignores case and
// accents while every offset still points into the original.
import nlp from "compromise";
import type { Quoted, Sentence } from "./types";

/** Folds one character to one character: "É" → "e", "’" → "'", "–" → "-". Keeps the length. */
function foldChar(ch: string): string {
  if (ch === "’" || ch === "‘" || ch === "ʼ" || ch === "`") return "'";
  if (ch === "“" || ch === "”" || ch === "«" || ch === "»" || ch === "„") return '"';
  if (ch === "–" || ch === "—" || ch === "‑" || ch === "−") return "-";
  if (ch === "\u00a0" || ch === "\u202f") return " ";
  const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return (base.length === 1 ? base : ch).toLowerCase().slice(0, 1) || ch;
}

/** The text folded character by character; `fold(t).length === t.length` for BMP text. */
export function fold(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Surrogate pairs (emoji, rare scripts) stay as they are, two code units for two.
    out += code >= 0xd800 && code <= 0xdfff ? text[i]! : foldChar(text[i]!);
  }
  return out;
}

/** A quote of text[start, end) with surrounding whitespace and stray punctuation trimmed. */
export function quoteOf(text: string, start: number, end: number, trimPunctuation = false): Quoted {
  let s = start;
  let e = end;
  const strip = trimPunctuation ? /[\s,;:(]/ : /\s/;
  while (s < e && strip.test(text[s]!)) s++;
  while (e > s && (/\s/.test(text[e - 1]!) || (trimPunctuation && /[,;:)]/.test(text[e - 1]!)))) e--;
  return { start: s, end: e, quote: text.slice(s, e) };
}

// Web-page furniture that is not part of the article: paywall notes, newsletter and app prompts,
// cookie notices, comment and "read also" blocks, video timestamps, photo credits alone on a line.
const BOILERPLATE = [
  /\byou have \d+(?:[.,]\d+)?\s?% of (?:this|the) article\b/i,
  /\b(?:the )?(?:rest|continuation) is (?:reserved )?for subscribers\b/i,
  /\bsubscribers only\b/i,
  /^i subscribe$/i,
  /\bdownload the .{1,40}\bapp\b/i,
  /\b(?:sign up|subscribe) (?:to|for) (?:our|the) newsletter\b/i,
  /\bthis (?:site|website) uses cookies\b/i,
  /^(?:recent comments|related news\s*:?|related articles|read more|read also|open an account:?|share this article)$/i,
  /^>>\s*(?:to )?read also\b/i,
  /^\d{1,2}:\d{2}$/,
  /^©/,
];

function isBoilerplate(paragraph: string): boolean {
  const letters = paragraph.match(/\p{L}/gu) ?? [];
  const cyrillic = paragraph.match(/\p{Script=Cyrillic}/gu) ?? [];
  // An English article's footer in another script (a Ukrainian site's menu, its cookie notice).
  if (letters.length > 0 && cyrillic.length / letters.length > 0.3) return true;
  return BOILERPLATE.some((re) => re.test(paragraph.trim()));
}

export interface Segmented {
  sentences: Sentence[];
  /** Paragraphs left out as boilerplate. */
  skipped: Quoted[];
}

/** Splits the text into paragraphs (at line breaks) and sentences (compromise), with offsets. */
export function segment(text: string): Segmented {
  const sentences: Sentence[] = [];
  const skipped: Quoted[] = [];
  const paragraphRe = /[^\n]+/g;
  let paragraph = 0;
  for (let m = paragraphRe.exec(text); m; m = paragraphRe.exec(text)) {
    const para = quoteOf(text, m.index, m.index + m[0].length);
    if (para.quote.length === 0) continue;
    if (isBoilerplate(para.quote)) {
      skipped.push(para);
      continue;
    }
    const parts = nlp(para.quote).sentences().json({ offset: true, terms: { offset: false } }) as { offset: { start: number; length: number } }[];
    let covered = para.start;
    for (const part of parts) {
      const start = para.start + part.offset.start;
      const q = quoteOf(text, Math.max(start, covered), start + part.offset.length);
      if (q.quote.length === 0) continue;
      sentences.push({ ...q, index: sentences.length, paragraph });
      covered = q.end;
    }
    if (parts.length === 0) sentences.push({ ...para, index: sentences.length, paragraph });
    paragraph++;
  }
  return { sentences, skipped };
}

/** The sentence containing offset `at`, if any. */
export function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Lower-case words joined by hyphens, ASCII only, at most `max` characters. */
export function slugify(s: string, max = 80): string {
  const slug = fold(s)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, max).replace(/-+$/, "") || "item";
}
