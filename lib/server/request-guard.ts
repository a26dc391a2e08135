// Requests refused before they reach Next.js: a path whose percent-encoding does not decode ("/deals/%",
// "/actors/%E0%A4%A") makes Next's router throw, and it answers 500. Such an address can only be
// mistyped or forged, so the reader gets a 400 that says what is wrong.

/** Why the request target cannot be served, or null when it can. */
export function badRequestTarget(url: string): string | null {
  const pathname = url.split("?", 1)[0]!;
  try {
    decodeURIComponent(pathname);
  } catch {
    return "This address is not valid: its path has a broken percent-encoding (a % must be followed by two hexadecimal digits that encode UTF-8). Check the link and try again.";
  }
  return null;
}

/** The 400 answer, as JSON for the API and as plain text elsewhere. */
export function badRequestResponse(url: string, message: string): { status: 400; headers: Record<string, string>; body: string } {
  const api = url.startsWith("/api/");
  return {
    status: 400,
    headers: {
      "Content-Type": api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
    body: api ? JSON.stringify({ error: message }) : message,
  };
}
