"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { ChartData } from "@/lib/charts/types";

// recharts is loaded only when a chart scrolls into view, so pages (and the top of the overview) stay
// light; the numbers are always in the server-rendered table beside the chart.
const RechartsChart = dynamic(() => import("./recharts-chart"), { ssr: false, loading: () => null });

export function LazyChart({ chart, height }: { chart: ChartData; height: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      role="img"
      aria-label={`${chart.title} (${chart.unit}). The same numbers are in the table below.`}
      style={{ height }}
      className="relative w-full text-slate-600 dark:text-slate-300"
    >
      {visible ? <RechartsChart chart={chart} height={height} /> : <div className="h-full w-full animate-pulse rounded bg-slate-100 dark:bg-slate-900" />}
      <noscript>
        <p className="absolute inset-0 flex items-center justify-center p-4 text-center text-sm">The chart needs JavaScript; its numbers are in the table below.</p>
      </noscript>
    </div>
  );
}
