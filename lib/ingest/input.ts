// Checks what an editor hands the assistant: text, not a binary file; not empty; not too long.
/** About 30,000 words: a long report, not a whole website. */
export const MAX_ARTICLE_CHARACTERS = 200_000;

export type CheckedText = { ok: true; text: string } | { ok: false; message: string };

export function checkArticleText(input: Buffer | string): CheckedText {
  const text = typeof input === "string" ? input : new TextDecoder("utf-8", { fatal: false }).decode(input);
  if (typeof input !== "string" && input.includes(0)) return { ok: false, message: "This looks like a binary file, not text: paste or save the article as plain text (UTF-8)." };
  const replacement = (text.match(/\uFFFD/g) ?? []).length;
  if (replacement > 20 && replacement > text.length / 100) return { ok: false, message: "This text is not valid UTF-8 (it may be a binary file or another encoding): save it as UTF-8 text and try again." };
  const controls = (text.match(/[\u0000-\u0008\u000E-\u001F]/g) ?? []).length;
  if (controls > text.length / 100) return { ok: false, message: "This text has many control characters, as binary files do: paste the article as plain text." };
  // The text is kept exactly as given (line endings included): every offset points into it.
  const clean = text;
  if (clean.trim().length === 0) return { ok: false, message: "The article is empty: paste its text." };
  if (clean.trim().length < 40) return { ok: false, message: "The article is too short to read (under 40 characters): paste the whole text." };
  if (clean.length > MAX_ARTICLE_CHARACTERS) {
    return { ok: false, message: `The article is ${clean.length.toLocaleString("en")} characters long; the assistant reads at most ${MAX_ARTICLE_CHARACTERS.toLocaleString("en")} (about 30,000 words). Paste the article alone, without the rest of the page.` };
  }
  return { ok: true, text: clean };
}
