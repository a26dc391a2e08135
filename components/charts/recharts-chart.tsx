"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartData } from "@/lib/charts/types";

const tick = { fill: "currentColor", fontSize: 12 };
const tooltipStyle = {
  contentStyle: { background: "var(--chart-tooltip-bg)", border: "1px solid var(--chart-tooltip-border)", borderRadius: 6, fontSize: 12 },
  labelStyle: { color: "var(--chart-tooltip-fg)", fontWeight: 600 },
  itemStyle: { color: "var(--chart-tooltip-fg)" },
};

/** Draws an already-shaped chart with recharts. Clicking a bar opens the list it counts. */
export default function RechartsChart({ chart, height }: { chart: ChartData; height: number }) {
  const router = useRouter();
  const data = chart.rows.map((r) => ({ label: r.label, ...r.values }));
  const open = (index: number, seriesKey: string) => {
    const row = chart.rows[index];
    const href = row?.cellHrefs?.[seriesKey] ?? row?.href;
    if (href) router.push(href);
  };
  const wrapper =
    "h-full w-full [--chart-tooltip-bg:#ffffff] [--chart-tooltip-border:#cbd5e1] [--chart-tooltip-fg:#0f172a] dark:[--chart-tooltip-bg:#0f172a] dark:[--chart-tooltip-border:#334155] dark:[--chart-tooltip-fg:#f1f5f9]";

  if (chart.kind === "line") {
    return (
      <div className={wrapper}>
        <ResponsiveContainer width="100%" height={height}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
            <XAxis dataKey="label" tick={tick} stroke="currentColor" strokeOpacity={0.4} interval="preserveStartEnd" minTickGap={16} />
            <YAxis allowDecimals={false} tick={tick} stroke="currentColor" strokeOpacity={0.4} width={32} />
            <Tooltip {...tooltipStyle} />
            <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
            {chart.series.map((s) => (
              <Line key={s.key} type="linear" dataKey={s.key} name={s.label} stroke={s.color} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    );
  }

  const longest = Math.max(...chart.rows.map((r) => r.label.length), 4);
  return (
    <div className={wrapper}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={tick} stroke="currentColor" strokeOpacity={0.4} />
          <YAxis type="category" dataKey="label" tick={tick} stroke="currentColor" strokeOpacity={0.4} width={Math.min(150, longest * 7 + 8)} />
          <Tooltip {...tooltipStyle} cursor={{ fill: "currentColor", fillOpacity: 0.08 }} />
          {chart.series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} /> : null}
          {chart.series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.color}
              stackId={chart.kind === "stacked-bar" ? "stack" : undefined}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(_, index) => open(index, s.key)}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
