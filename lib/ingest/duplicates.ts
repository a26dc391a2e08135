// Is this article already a source? The same address (after dropping tracking parameters, "www.",
// the scheme and trailing slashes) or nearly the same text (word 5-gram shingles: Jaccard similarity,
// or containment when one text is the other plus page furniture). Different articles on the same story
// share phrases but not most of their shingles.
import { fold } from "./text";

export interface KnownSource {
  slug: string;
  title?: string;
  url?: string | null;
  text: string;
}

export interface DuplicateMatch {
  slug: string;
  title?: string;
  reason: "url" | "text";
  /** 0–1; 1 for the same address. */
  similarity: number;
}

const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|cmpid|xtor|at_medium|at_campaign)$/i;

/** A canonical form of an article's address, or null when it is not an http(s) URL. */
export function normaliseUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : "";
  const host = u.hostname.toLowerCase().replace(/^(?:www|m|amp)\./, "");
  const path = decodeURIComponent(u.pathname).replace(/\/(?:amp\/?)?$/, "").replace(/\/+$/, "") || "/";
  return `${host}${path}${query}`;
}

/** Word 5-grams of the folded text (case, accents and punctuation ignored). */
export function shingles(text: string, size = 5): Set<string> {
  const words = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(" "));
  if (out.size === 0 && words.length > 0) out.add(words.join(" "));
  return out;
}

/** Jaccard similarity and containment (share of the smaller set inside the larger) of two texts. */
export function textSimilarity(a: string, b: string): { jaccard: number; containment: number } {
  const sa = shingles(a);
  const sb = shingles(b);
  if (sa.size === 0 || sb.size === 0) return { jaccard: 0, containment: 0 };
  let both = 0;
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  for (const s of small) if (large.has(s)) both++;
  return { jaccard: both / (sa.size + sb.size - both), containment: both / small.size };
}

export const DUPLICATE_JACCARD = 0.8;
export const DUPLICATE_CONTAINMENT = 0.9;

/** The existing source this article duplicates, by address first, then by text; null if none. */
export function findDuplicateSource(candidate: { url?: string | null; text: string }, existing: KnownSource[]): DuplicateMatch | null {
  const url = candidate.url ? normaliseUrl(candidate.url) : null;
  if (url) {
    const same = existing.find((s) => s.url && normaliseUrl(s.url) === url);
    if (same) return { slug: same.slug, title: same.title, reason: "url", similarity: 1 };
  }
  let best: DuplicateMatch | null = null;
  const minWords = 40; // a short brief's containment in a long article proves little
  for (const s of existing) {
    const { jaccard, containment } = textSimilarity(candidate.text, s.text);
    const shortest = Math.min(shingles(candidate.text).size, shingles(s.text).size);
    const score = jaccard >= DUPLICATE_JACCARD ? jaccard : containment >= DUPLICATE_CONTAINMENT && shortest >= minWords ? containment : 0;
    if (score > 0 && (!best || score > best.similarity)) best = { slug: s.slug, title: s.title, reason: "text", similarity: Math.round(score * 1000) / 1000 };
  }
  return best;
}
