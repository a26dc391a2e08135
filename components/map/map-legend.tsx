// What shades and marks mean. The swatches are tiny SVGs with the map's own classes, so they take the
// same colours as the map in light and dark mode; the words carry the meaning, colour only repeats it.
import { SITE_KINDS } from "@/lib/map/cooperation";
import type { ShadeScale } from "@/lib/map/scale";
import { markPath } from "@/lib/map/svg";
import { mapText, siteKindLabel } from "@/lib/map/text";

function Swatch({ shade }: { shade: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 16" className="cm-map !w-6 shrink-0 rounded-sm">
      <rect className={shade} x="0.5" y="0.5" width="23" height="15" />
      {shade === "nv" ? <path className="nvh" d="M0 16L16 0M8 16L24 0M-8 16L8 0M16 16L32 0" /> : null}
    </svg>
  );
}

export function MapLegend({ scale }: { scale: ShadeScale }) {
  return (
    <div className="grid gap-4 text-sm sm:grid-cols-2">
      <div>
        <h3 className="mb-1.5 font-semibold">{scale.measure === "records" ? mapText.shadeRecords : mapText.shadeUsd}</h3>
        <ul className="space-y-1">
          {scale.classes.map((c) => (
            <li key={c.index} className="flex items-center gap-2">
              <Swatch shade={`s${c.index}`} />
              <span className="tabular-nums">{c.label}</span>
            </li>
          ))}
          {scale.measure === "usd" ? (
            <li className="flex items-center gap-2">
              <Swatch shade="nv" />
              {mapText.noKnownValue}
            </li>
          ) : null}
          <li className="flex items-center gap-2">
            <Swatch shade="none" />
            {mapText.noRecords}
          </li>
          <li className="flex items-center gap-2">
            <Swatch shade="ua" />
            {mapText.ukraine}
          </li>
        </ul>
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          {scale.measure === "records"
            ? "Agreements count for each country that is a party on the other side from Ukraine; pledges for the donor's country. Companies and government bodies count for their country."
            : "Pledges' values converted to US dollars at the rate each record states. Pledges of undisclosed value are counted in the table, never as zero."}
        </p>
      </div>
      <div>
        <h3 className="mb-1.5 font-semibold">Where the work happens</h3>
        <ul className="space-y-1">
          {SITE_KINDS.map((kind) => (
            <li key={kind} className="flex items-start gap-2">
              <svg aria-hidden="true" viewBox="0 0 16 16" className="cm-map mt-0.5 !w-4 shrink-0">
                <path className={kind} d={markPath(kind, 8, 8, 11)} />
              </svg>
              <span>
                <span className="font-medium">{siteKindLabel[kind].label}</span>
                <span className="text-slate-600 dark:text-slate-400"> — {siteKindLabel[kind].description}</span>
              </span>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-slate-600 dark:text-slate-400">{mapText.markerNote}</p>
      </div>
    </div>
  );
}
