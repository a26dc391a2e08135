/** Collapses every run of whitespace (including no-break spaces) to one space, and trims. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, " ").trim();
}

/** True when `quote` occurs verbatim in `text`, up to whitespace. Nothing else is forgiven. */
export function quoteOccursIn(quote: string, text: string): boolean {
  const q = normaliseWhitespace(quote);
  return q.length > 0 && normaliseWhitespace(text).includes(q);
}
