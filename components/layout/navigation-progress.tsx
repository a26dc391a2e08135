"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * Feedback while an in-app navigation loads (a link, a filter form): a bar along the top and the page
 * marked busy and dimmed. Pages are rendered whole on the server rather than streamed behind a
 * loading skeleton, so that they work without JavaScript and unknown slugs answer 404; this covers
 * the wait instead. It ends by itself when the address changes.
 */
export function NavigationProgress() {
  const url = `${usePathname()}?${useSearchParams().toString()}`;
  const [startedAt, setStartedAt] = useState<string | null>(null);
  const pending = startedAt === url;

  useEffect(() => {
    const start = () => setStartedAt(`${window.location.pathname}?${new URLSearchParams(window.location.search).toString()}`);
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute("download")) return;
      const next = new URL(link.href, window.location.href);
      const here = new URL(window.location.href);
      if (next.origin !== here.origin || next.pathname.startsWith("/api/") || next.pathname.startsWith("/exports/")) return;
      if (next.pathname === here.pathname && next.search === here.search) return;
      start();
    };
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      // Only forms that navigate to an address (GET with an action URL, as next/form renders them).
      // Forms handled in script (sign-in) or by server actions (React gives them a javascript: action)
      // stay on the page, so they must not dim it.
      const action = form instanceof HTMLFormElement ? form.getAttribute("action") : null;
      if (!(form instanceof HTMLFormElement) || !action || action.startsWith("javascript:") || form.method.toLowerCase() !== "get") return;
      start();
    };
    document.addEventListener("click", onClick, true);
    document.addEventListener("submit", onSubmit, true);
    return () => {
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("submit", onSubmit, true);
    };
  }, []);

  useEffect(() => {
    const main = document.getElementById("main");
    if (!main) return;
    if (pending) {
      main.setAttribute("aria-busy", "true");
      main.style.opacity = "0.55";
      main.style.transition = "opacity 150ms 150ms";
      // A navigation that never changes the address (the same filters again) must not stay pending.
      const timer = window.setTimeout(() => setStartedAt(null), 8000);
      return () => window.clearTimeout(timer);
    }
    main.removeAttribute("aria-busy");
    main.style.opacity = "";
  }, [pending]);

  return pending ? (
    <div aria-hidden="true" className="fixed inset-x-0 top-0 z-50 h-1 animate-pulse bg-accent-600 dark:bg-sky-400" />
  ) : null;
}
