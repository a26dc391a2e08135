// The one CSV writer for every CSV the tracker sends — the API's bulk files (/api/v1/<entity>.csv), the
// lists' selections (/exports/deals.csv, /exports/pledges.csv) and the charts' numbers
// (/exports/charts/<id>.csv). It is csv-stringify (a streaming writer), with one set of options:
// RFC 4180 (comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote or a line
// break, inner quotes doubled), UTF-8, and ONE formula policy: a text cell that starts with =, +, -, @,
// a tab or a carriage return (or their full-width forms) is prefixed with an apostrophe, so that a
// spreadsheet shows it as text instead of running it (CSV or formula injection). Numbers are written as
// they are. See docs/decisions/075-one-csv-policy.md.
import { stringify, type Options } from "csv-stringify";
import { stringify as stringifySync } from "csv-stringify/sync";

export type CsvValue = string | number | boolean | null | undefined;

/** A documented column: the CSV's header, the /api page and the OpenAPI document read the same list. */
export interface CsvColumn<T> {
  name: string;
  description: string;
  value: (row: T) => CsvValue;
}

export const csvOptions = {
  record_delimiter: "\r\n",
  // csv-stringify stops quoting a lone \n or \r once record_delimiter is set; a cell's line breaks must stay inside quotes.
  quote_record_delimiter: true,
  escape_formulas: true,
  cast: { boolean: (value: boolean) => (value ? "true" : "false") },
} satisfies Options;

/** Several values in one cell (slugs, enum values), separated by a semicolon. */
export function csvList(values: readonly string[] | undefined): string {
  return (values ?? []).join(";");
}

/** One CSV line, with its CRLF. */
export function csvLine(values: CsvValue[]): string {
  return stringifySync([values], csvOptions);
}

/** A small CSV held in memory (a chart's table): the header row, then the rows. */
export function csvString(header: string[], rows: CsvValue[][]): string {
  return stringifySync([header, ...rows], csvOptions);
}

/**
 * A large CSV, streamed: the header, then one line per row as the rows arrive. The writer's buffer
 * applies back-pressure, so rows are read from the database only as fast as the client downloads.
 */
export async function* csvStream<T>(columns: CsvColumn<T>[], rows: AsyncIterable<T> | Iterable<T>): AsyncGenerator<string> {
  const writer = stringify({ ...csvOptions, header: true, columns: columns.map((c) => c.name) });
  const feed = (async () => {
    try {
      for await (const row of rows) {
        if (!writer.write(columns.map((c) => c.value(row)))) await new Promise<void>((resolve) => writer.once("drain", resolve));
      }
      writer.end();
    } catch (error) {
      writer.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  try {
    for await (const chunk of writer) yield String(chunk);
  } finally {
    if (!writer.writableEnded) writer.destroy();
    await feed;
  }
}

/** The headers every CSV download is sent with; the file name says what it holds. */
export function csvHeaders(fileName: string): Record<string, string> {
  return { "Content-Type": "text/csv; charset=utf-8; header=present", "Content-Disposition": `attachment; filename="${fileName}"` };
}
