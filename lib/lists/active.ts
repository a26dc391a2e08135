// The chips above a list that name each filter in force and link to the list without it.
import { hrefWith } from "./params";

export interface ActiveFilter {
  /** The URL parameter it comes from. */
  param: string;
  label: string;
  removeHref: string;
}

/** One chip per value (a status=A,B filter gives two chips, each removing only its own value). */
export function activeFilters(pathname: string, raw: Record<string, string[]>, describe: Record<string, (value: string) => string>): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  for (const [key, label] of Object.entries(describe)) {
    const values = (raw[key] ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
    for (const value of values) {
      const rest = values.filter((v) => v !== value);
      out.push({ param: key, label: label(value), removeHref: hrefWith(pathname, raw, { [key]: rest.length > 0 ? rest : undefined }) });
    }
  }
  return out;
}
