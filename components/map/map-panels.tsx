"use client";
// The map's panels with tooltips that follow the pointer, appear on keyboard focus and on a tap.
// Progressive enhancement: the server HTML already has each country's facts in its SVG <title> (the
// browser's own tooltip and the accessible name) and in the table below. Once this script runs, each
// <title> becomes an aria-label (so two tooltips never show at once) and this one takes over. On touch
// screens the first tap on a country shows its tooltip with a link to its page; a second tap opens it.
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from "react";

export interface PanelMarkup {
  id: string;
  title: string;
  svg: string;
}

interface Tip {
  lines: string[];
  href: string | null;
  x: number;
  y: number;
  /** Shown by a tap: stays until another tap, and offers the link. */
  pinned: boolean;
  /** The panels' width when shown, to keep the tooltip inside them. */
  width: number;
}

const text = {
  open: (name: string) => `Open the page of ${name} →`,
};

export function MapPanels({ panels, layout }: { panels: PanelMarkup[]; layout: string }) {
  const root = useRef<HTMLDivElement>(null);
  const lines = useRef(new WeakMap<Element, string[]>());
  const pointer = useRef("mouse");
  const active = useRef<Element | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    for (const shape of el.querySelectorAll(".cm-c")) {
      const title = shape.querySelector(":scope > title");
      if (!title) continue;
      const text = (title.textContent ?? "").split("\n");
      lines.current.set(shape, text);
      shape.setAttribute("aria-label", text.join(" "));
      title.remove();
    }
  }, [panels]);

  const shapeOf = (target: EventTarget | null) => (target instanceof Element ? target.closest(".cm-c") : null);

  const show = (shape: Element, x: number, y: number, pinned: boolean) => {
    const text = lines.current.get(shape);
    if (!text) return;
    active.current?.classList.remove("cm-on");
    active.current = shape;
    shape.classList.add("cm-on");
    setTip({
      lines: text,
      href: shape.getAttribute("href"),
      x,
      y,
      pinned,
      width: root.current?.clientWidth ?? 0,
    });
  };

  const hide = () => {
    active.current?.classList.remove("cm-on");
    active.current = null;
    setTip(null);
  };

  const at = (clientX: number, clientY: number) => {
    const box = root.current!.getBoundingClientRect();
    return [clientX - box.left, clientY - box.top] as const;
  };

  const onPointerMove = (event: PointerEvent) => {
    pointer.current = event.pointerType;
    if (event.pointerType === "touch" || tip?.pinned) return;
    const shape = shapeOf(event.target);
    if (!shape) return tip ? hide() : undefined;
    show(shape, ...at(event.clientX, event.clientY), false);
  };

  const onFocus = (event: FocusEvent) => {
    const shape = shapeOf(event.target);
    if (!shape) return;
    const box = shape.getBoundingClientRect();
    show(shape, ...at(box.left + box.width / 2, box.top + box.height / 2), false);
  };

  const onClick = (event: MouseEvent) => {
    const shape = shapeOf(event.target);
    if (pointer.current !== "touch") return;
    if (!shape) return hide();
    if (active.current === shape && tip?.pinned) return; // second tap: follow the link
    event.preventDefault();
    show(shape, ...at(event.clientX, event.clientY), true);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") hide();
  };

  const name = tip?.lines[0]?.replace(/:$/, "") ?? "";
  return (
    <div
      ref={root}
      className={`relative ${layout}`}
      onPointerDown={(e) => (pointer.current = e.pointerType)}
      onPointerMove={onPointerMove}
      onPointerLeave={() => (tip?.pinned ? undefined : hide())}
      onFocus={onFocus}
      onBlur={() => (tip?.pinned ? undefined : hide())}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      {panels.map((panel) => (
        <section key={panel.id} aria-label={panel.title} className="min-w-0 space-y-1">
          <h3 className="text-sm font-semibold text-slate-700 dark:text-slate-300">{panel.title}</h3>
          <div
            className="overflow-hidden rounded-lg border border-slate-200 bg-sky-50/60 dark:border-slate-800 dark:bg-slate-900"
            dangerouslySetInnerHTML={{ __html: panel.svg }}
          />
        </section>
      ))}
      {tip ? (
        <div
          aria-hidden="true"
          className="pointer-events-auto absolute z-10 w-max max-w-[min(20rem,calc(100%-1rem))] rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-900"
          style={{
            left: Math.min(Math.max(tip.x, 170), Math.max(170, tip.width - 170)),
            top: tip.y,
            transform: tip.y < 140 ? "translate(-50%, 16px)" : "translate(-50%, calc(-100% - 14px))",
          }}
        >
          <p className="font-semibold">{name}</p>
          {tip.lines.slice(1).map((line) => (
            <p key={line} className="text-slate-700 dark:text-slate-300">
              {line}
            </p>
          ))}
          {tip.pinned && tip.href ? (
            <a href={tip.href} tabIndex={-1} className="mt-1 inline-block font-medium text-accent-600 underline dark:text-sky-400">
              {text.open(name)}
            </a>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
