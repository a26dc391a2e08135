"use client";

// An accessible combobox (WAI-ARIA 1.2 pattern) that finds an actor by name, alias or slug — "Britain"
// finds the United Kingdom — and sends the picked actor's id.
import { useId, useMemo, useRef, useState } from "react";
import { Field, inputClass } from "./field";
import { stringAt, useFormValues } from "./form-context";

export interface ActorOption {
  id: number;
  name: string;
  slug: string;
  aliases: string[];
  countryCode: string | null;
}

function matches(actor: ActorOption, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [actor.name, actor.slug, ...actor.aliases].some((s) => s.toLowerCase().includes(q));
}

export function ActorPicker({ name, label, actors, hint, required, defaultId }: { name: string; label: string; actors: ActorOption[]; hint?: string; required?: boolean; defaultId?: string }) {
  const { values, errors } = useFormValues();
  const initialId = defaultId ?? stringAt(values, name);
  const byId = useMemo(() => new Map(actors.map((a) => [String(a.id), a])), [actors]);
  const [selected, setSelected] = useState(initialId);
  const [text, setText] = useState(byId.get(initialId)?.name ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const results = useMemo(() => actors.filter((a) => matches(a, text)).slice(0, 8), [actors, text]);

  function pick(actor: ActorOption) {
    setSelected(String(actor.id));
    setText(actor.name);
    setOpen(false);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter" && open && results[active]) {
      event.preventDefault();
      pick(results[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  }

  function onBlur() {
    // Leave the choice consistent with the text: an exact name or alias picks that actor; anything else clears it.
    window.setTimeout(() => {
      setOpen(false);
      const current = byId.get(selected);
      if (current && current.name === text) return;
      const exact = actors.filter((a) => [a.name, ...a.aliases].some((s) => s.toLowerCase() === text.trim().toLowerCase()));
      if (exact.length === 1) pick(exact[0]!);
      else if (text.trim() === "") setSelected("");
      else if (!current || current.name !== text) setSelected("");
    }, 150);
  }

  const chosen = byId.get(selected);
  return (
    <Field name={name} label={label} hint={hint ?? "Type a name or another name for it (e.g. Britain, DCI)."} required={required} error={errors[name]}>
      {({ id, describedBy, invalid }) => (
        <div className="relative">
          <input type="hidden" name={name} value={selected} />
          <input
            ref={inputRef}
            id={id}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={open && results[active] ? `${listId}-${results[active].id}` : undefined}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            aria-required={required}
            autoComplete="off"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
              setActive(0);
            }}
            onFocus={() => setOpen(true)}
            onBlur={onBlur}
            onKeyDown={onKeyDown}
            className={inputClass}
          />
          {chosen && chosen.name === text ? (
            <span className="sr-only" aria-live="polite">
              {`${chosen.name} chosen`}
            </span>
          ) : null}
          <ul
            id={listId}
            role="listbox"
            aria-label={`${label}: matching actors`}
            hidden={!open || results.length === 0}
            className="absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded border border-slate-300 bg-white shadow-lg dark:border-slate-600 dark:bg-slate-900"
          >
            {results.map((a, i) => (
              <li
                key={a.id}
                id={`${listId}-${a.id}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(a);
                }}
                className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? "bg-accent-50 dark:bg-slate-700" : ""}`}
              >
                <span className="font-medium">{a.name}</span>
                {a.countryCode ? <span className="text-slate-600 dark:text-slate-400"> · {a.countryCode}</span> : null}
                {a.aliases.length > 0 ? <span className="block text-xs text-slate-600 dark:text-slate-400">also: {a.aliases.slice(0, 4).join(", ")}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Field>
  );
}
