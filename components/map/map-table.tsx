// The map's numbers as a table: the accessible alternative to the drawing, with the same figures as
// the CSV and the API (lib/map/table.ts).
import Link from "next/link";
import { Flag } from "@/components/ui/flag";
import { SITE_KINDS, type CooperationMap } from "@/lib/map/cooperation";
import { isUkraine, mapRows } from "@/lib/map/table";
import { money } from "@/lib/map/text";

const th = "px-2 py-1.5 font-medium";
const td = "px-2 py-1.5 text-right tabular-nums";
const n = (value: number) => <span className={value === 0 ? "text-slate-500 dark:text-slate-400" : ""}>{value.toLocaleString("en-GB")}</span>;

export function MapTable({ map }: { map: CooperationMap }) {
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800"
      tabIndex={0}
      role="region"
      aria-labelledby="map-table-caption"
    >
      <table className="w-full min-w-[44rem] text-sm" data-testid="map-table">
        <caption id="map-table-caption" className="sr-only">
          Agreements and pledges with Ukraine by country, value pledged and where the work happens
        </caption>
        <thead className="bg-slate-50 text-left text-slate-700 dark:bg-slate-900 dark:text-slate-300">
          <tr>
            <th scope="col" rowSpan={2} className={`${th} text-left align-bottom`}>
              Country
            </th>
            <th scope="col" rowSpan={2} className={`${th} text-right align-bottom`}>
              Agreements
            </th>
            <th scope="colgroup" colSpan={3} className={`${th} border-b border-slate-200 text-center dark:border-slate-700`}>
              Pledges to Ukraine
            </th>
            <th scope="colgroup" colSpan={3} className={`${th} border-b border-slate-200 text-center dark:border-slate-700`}>
              Work located here
            </th>
          </tr>
          <tr>
            <th scope="col" className={`${th} text-right`}>
              Pledges
            </th>
            <th scope="col" className={`${th} text-right`}>
              Known value
            </th>
            <th scope="col" className={`${th} text-right`}>
              Undisclosed value
            </th>
            {SITE_KINDS.map((k) => (
              <th key={k} scope="col" className={`${th} text-right capitalize`}>
                {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {mapRows(map).map((c) => (
            <tr
              key={c.code}
              data-code={c.code}
              className={`border-t border-slate-100 dark:border-slate-800 ${isUkraine(c) ? "bg-amber-50 dark:bg-amber-950/40" : ""}`}
            >
              <th scope="row" className="px-2 py-1.5 text-left font-normal">
                <span className="inline-flex items-center gap-2">
                  <Flag code={c.code} nameShown />
                  {c.href ? (
                    <Link prefetch={false} href={c.href} className="text-accent-700 underline dark:text-sky-300">
                      {c.name}
                    </Link>
                  ) : (
                    c.name
                  )}
                  {isUkraine(c) ? <span className="text-xs text-slate-600 dark:text-slate-400">(all partners)</span> : null}
                </span>
              </th>
              <td className={td}>{n(c.agreements)}</td>
              <td className={td}>{n(c.pledges)}</td>
              <td className={td}>{c.pledgesValued > 0 ? money(c.usd) : <span className="text-slate-500 dark:text-slate-400">None known</span>}</td>
              <td className={td}>{n(c.pledgesUndisclosed)}</td>
              {SITE_KINDS.map((k) => (
                <td key={k} className={td}>
                  {n(c.sites[k])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
