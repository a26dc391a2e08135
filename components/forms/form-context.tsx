"use client";

import { createContext, useContext } from "react";
import type { Values } from "@/lib/admin/values";

export interface FormContextValue {
  values: Values;
  errors: Record<string, string>;
}

export const FormContext = createContext<FormContextValue>({ values: {}, errors: {} });

export function useFormValues() {
  return useContext(FormContext);
}

/** The submitted (or stored) value at a dotted path. */
export function valueAt(values: Values, path: string): unknown {
  let node: unknown = values;
  for (const part of path.split(".")) {
    if (node === null || node === undefined) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export function stringAt(values: Values, path: string): string {
  const v = valueAt(values, path);
  return typeof v === "string" ? v : "";
}

export function listAt(values: Values, path: string): string[] {
  const v = valueAt(values, path);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" && v ? [v] : [];
}

export function rowsAt(values: Values, path: string): Values[] {
  const v = valueAt(values, path);
  return Array.isArray(v) ? (v.filter((x) => x && typeof x === "object") as Values[]) : [];
}

/** The first error at this path or inside it (for a group such as "value" or "usd"). */
export function errorAt(errors: Record<string, string>, path: string): string | undefined {
  return errors[path];
}
