// CSV as spreadsheets and scripts read it (RFC 4180): comma-separated, CRLF line ends, fields quoted
// when they hold a comma, quote or line break. Text that a spreadsheet would run as a formula
// (=, +, -, @ at the start) is prefixed with an apostrophe; plain numbers are left as they are.

export type CsvCell = string | number | null | undefined;

const NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value !== "number" && /^[=+\-@\t\r]/.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** A CSV download response; the file name says what it holds. */
export function csvResponse(fileName: string, body: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
