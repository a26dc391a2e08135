// Form values: the one shape a record takes in an admin form, in FormData, in the audit log's
// before/after snapshots and in a conflict's side-by-side view. Every leaf is a string ("" = empty,
// "yes"/"no" for a checkbox), a list of strings, or a list of rows.
import { slugify } from "./slug";

export type Leaf = string | string[];
export interface Values {
  [key: string]: Leaf | Values[] | Values | undefined;
}

/** FormData → Values. "parties.0.role" builds rows; a name sent several times becomes a list unless
 * the last part of the name is a checkbox pair ("no" hidden + "yes" box), where the last value wins. */
export function parseFormData(formData: FormData, lists: ReadonlySet<string> = new Set()): Values {
  const root: Values = {};
  for (const name of new Set(formData.keys())) {
    if (name.startsWith("_") || name.startsWith("$")) continue; // control fields and React's own
    const all = formData.getAll(name).filter((v): v is string => typeof v === "string");
    const path = name.split(".");
    const isList = lists.has(path.filter((p) => !/^\d+$/.test(p)).join("."));
    setPath(root, path, isList ? all : (all.at(-1) ?? ""));
  }
  return compactRows(root) as Values;
}

function setPath(target: Values, path: string[], value: Leaf) {
  let node: Record<string, unknown> = target;
  path.forEach((part, i) => {
    if (i === path.length - 1) {
      node[part] = value;
      return;
    }
    const nextIsIndex = /^\d+$/.test(path[i + 1]!);
    node[part] ??= nextIsIndex ? [] : {};
    node = node[part] as Record<string, unknown>;
  });
}

/** Rows removed in the browser leave gaps in the indexes; close them. */
function compactRows(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compactRows);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compactRows(v)]));
  return value;
}

/** "" and empty lists → undefined, so optional fields of the shared zod schemas accept an empty input.
 * A nested group left wholly empty (an unused USD normalisation) becomes undefined too; rows in a list
 * are kept, so that error paths still point at the row the user sees. */
export function pruneEmpty(value: unknown, inList = false): unknown {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map((v) => pruneEmpty(v, true)).filter((v) => v !== undefined);
    return value.length > 0 && items.length === 0 && value.every((v) => typeof v === "string") ? undefined : items;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => [k, pruneEmpty(v)] as const);
    if (!inList && entries.length > 0 && entries.every(([, v]) => v === undefined)) return undefined;
    return Object.fromEntries(entries);
  }
  return value;
}

/** Values → { "title": "…", "parties.0.role": "LICENSEE", "categories": "DRONES, MISSILES" }. */
export function flatten(values: Values | undefined, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (!values) return out;
  for (const [key, value] of Object.entries(values)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value === undefined) continue;
    if (typeof value === "string") out.set(path, value);
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) out.set(path, (value as string[]).join(", "));
    else if (Array.isArray(value)) (value as Values[]).forEach((row, i) => flatten(row, `${path}.${i}`).forEach((v, k) => out.set(k, v)));
    else flatten(value as Values, path).forEach((v, k) => out.set(k, v));
  }
  return out;
}

export interface Change {
  path: string;
  before: string;
  after: string;
}

/** Every field whose value differs; row ids ("….id") are bookkeeping, not content. */
export function diffValues(before: Values | undefined, after: Values | undefined): Change[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])].filter((p) => !/(^|\.)id$/.test(p));
  return paths
    .map((path) => ({ path, before: a.get(path) ?? "", after: b.get(path) ?? "" }))
    .filter((c) => c.before !== c.after)
    .sort((x, y) => comparePaths(x.path, y.path));
}

function comparePaths(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    const na = Number(pa[i]);
    const nb = Number(pb[i]);
    if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
    return pa[i]!.localeCompare(pb[i]!);
  }
  return pa.length - pb.length;
}

/** zod issues → { "parties.0.actorId": "Choose an actor." } (first message per field). */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

/** "parties.1.citations.0.quote" → "Party 2 · citation 1 · quote". */
export function labelPath(path: string, labels: Record<string, string> = {}): string {
  const parts = path.split(".");
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (next !== undefined && /^\d+$/.test(next)) {
      words.push(`${labels[part] ?? singular(part)} ${Number(next) + 1}`);
      i++;
    } else {
      words.push(labels[part] ?? humanise(part));
    }
  }
  return words.join(" · ");
}

function singular(word: string): string {
  const named: Record<string, string> = { parties: "Party", statusHistory: "Status entry", citations: "Citation", links: "Link", actors: "Actor", evidence: "Evidence" };
  return named[word] ?? humanise(word.replace(/s$/, ""));
}

function humanise(word: string): string {
  const spaced = word.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * A blank slug takes the one the form suggests from the title (or name) as it is typed — for a form
 * sent before its script ran, or from a browser without JavaScript.
 */
export function withSuggestedSlug(values: Values): Values {
  if (values.slug !== "") return values;
  const title = typeof values.title === "string" ? values.title : typeof values.name === "string" ? values.name : "";
  const slug = slugify(title);
  return slug ? { ...values, slug } : values;
}
