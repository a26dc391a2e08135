import Link from "next/link";
import { locatorSvg } from "@/lib/map/locator";
import { MAP_CSS } from "@/lib/map/svg";

/** A small map showing one or two countries (server-drawn SVG), with a caption and a link to the full map. */
export function LocatorMap({ codes, label, caption }: { codes: string[]; label: string; caption: string }) {
  const svg = locatorSvg(codes, label);
  if (!svg) return null;
  return (
    <figure className="space-y-1.5" data-testid="locator-map">
      <style dangerouslySetInnerHTML={{ __html: MAP_CSS }} />
      <div
        className="overflow-hidden rounded-lg border border-slate-200 bg-sky-50/60 dark:border-slate-800 dark:bg-slate-900"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption className="text-sm text-slate-600 dark:text-slate-400">
        {caption}{" "}
        <Link prefetch={false} href="/map" className="text-accent-600 underline dark:text-sky-400">
          Open the map of cooperation
        </Link>
      </figcaption>
    </figure>
  );
}
