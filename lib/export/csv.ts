// CSV as RFC 4180 describes it: comma-separated, CRLF line ends, a field quoted when it holds a comma,
// a double quote, CR or LF, with inner double quotes doubled. Values are written as they are (no
// spreadsheet-formula escaping), so the data stays exactly the data.

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** Several values in one cell (slugs, enum values), separated by a semicolon. */
export function csvList(values: readonly string[] | undefined): string {
  return (values ?? []).join(";");
}
