"use client";

import { useEffect, useRef } from "react";
import { slugify } from "@/lib/admin/slug";
import { Field, inputClass } from "./field";
import { stringAt, useFormValues } from "./form-context";

/** The record's address. While it is empty or was suggested, it follows the title as it is typed. */
export function SlugField({ titleName, hint }: { titleName: string; hint?: string }) {
  const { values, errors } = useFormValues();
  const ref = useRef<HTMLInputElement>(null);
  const initial = stringAt(values, "slug");
  useEffect(() => {
    const input = ref.current;
    const form = input?.form;
    if (!input || !form) return;
    let suggested = input.value === "" || input.value === slugify(stringAt(values, titleName));
    // A title typed before the page finished loading its scripts had no listener yet: suggest from it now.
    const title = form.elements.namedItem(titleName);
    if (suggested && input.value === "" && title instanceof HTMLInputElement && title.value) input.value = slugify(title.value);
    const onInput = (event: Event) => {
      const target = event.target as HTMLInputElement;
      if (target === input) suggested = input.value === "";
      else if (target.name === titleName && suggested) input.value = slugify(target.value);
    };
    form.addEventListener("input", onInput);
    return () => form.removeEventListener("input", onInput);
  }, [titleName, values]);
  return (
    <Field name="slug" label="Slug (address)" hint={hint ?? "Lower-case words joined by hyphens; suggested from the title."} required error={errors.slug}>
      {({ id, describedBy, invalid }) => (
        <input ref={ref} id={id} name="slug" defaultValue={initial} aria-describedby={describedBy} aria-invalid={invalid} required autoComplete="off" className={`${inputClass} font-mono`} />
      )}
    </Field>
  );
}
