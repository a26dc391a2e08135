import Link from "next/link";
import { SHADE_MEASURES, type ShadeMeasure } from "@/lib/map/scale";

const labels: Record<ShadeMeasure, string> = {
  records: "Agreements and pledges",
  usd: "Value pledged (USD)",
};

/** Two links that keep the filters and change what the shade counts (a URL parameter: works without JavaScript). */
export function ShadeSwitch({ current, hrefFor }: { current: ShadeMeasure; hrefFor: (measure: ShadeMeasure) => string }) {
  return (
    <nav aria-label="Shade countries by" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-700 dark:text-slate-300">Shade by</span>
      <ul className="inline-flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-700">
        {SHADE_MEASURES.map((m) => (
          <li key={m} className="border-l border-slate-300 first:border-l-0 dark:border-slate-700">
            <Link
              href={hrefFor(m)}
              aria-current={m === current ? "true" : undefined}
              className="block px-3 py-1.5 no-underline hover:bg-slate-100 aria-[current=true]:bg-accent-600 aria-[current=true]:font-medium aria-[current=true]:text-white dark:hover:bg-slate-800 dark:aria-[current=true]:bg-sky-400 dark:aria-[current=true]:text-slate-950"
            >
              {labels[m]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
