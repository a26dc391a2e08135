// CSV in tests is read with csv-parse (the well-kept parser), never by splitting on commas.
import { parse } from "csv-parse/sync";

/** Rows of an RFC 4180 CSV text, the header row included. */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: false }) as string[][];
}
