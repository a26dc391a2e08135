"use client";

import { ValueDisclosure } from "@/lib/generated/prisma/enums";
import { SelectField, TextField } from "./inputs";

const disclosureOptions = [
  { value: ValueDisclosure.UNDISCLOSED, label: "Undisclosed (not public — never shown as 0)" },
  { value: ValueDisclosure.DISCLOSED, label: "Disclosed: amount and currency" },
  { value: ValueDisclosure.NOT_APPLICABLE, label: "Not applicable" },
];

/** A value with its currency, or an explicit "undisclosed". */
export function MoneyFields({ name, legend = "Value" }: { name: string; legend?: string }) {
  return (
    <fieldset className="grid gap-2 rounded border border-slate-200 p-3 sm:grid-cols-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      <SelectField name={`${name}.disclosure`} label="Disclosure" options={disclosureOptions} required />
      <TextField name={`${name}.amount`} label="Amount" hint="Digits with a dot for decimals, e.g. 2200000000" />
      <TextField name={`${name}.currency`} label="Currency" hint="ISO 4217, e.g. USD, EUR, GBP" />
    </fieldset>
  );
}
