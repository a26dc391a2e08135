import { countryName } from "@/lib/format";
import { flagUrl, hasFlag } from "@/lib/flags";

interface Props {
  code: string | null | undefined;
  /**
   * True where the country's name is written right beside the flag: the image then has an empty alt,
   * so a screen reader does not say the name twice. Otherwise the name is the image's alt text.
   */
  nameShown?: boolean;
  className?: string;
}

/** A country's flag as a small cached SVG file (lib/flags), the country's name as its text alternative. */
export function Flag({ code, nameShown = false, className = "" }: Props) {
  if (!hasFlag(code)) return null;
  return (
    // A plain <img>: a 4:3 vector file of a few hundred bytes needs no image optimisation.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={flagUrl(code)}
      alt={nameShown ? "" : countryName(code.toUpperCase())}
      width={16}
      height={12}
      loading="lazy"
      decoding="async"
      className={`inline-block h-3 w-4 shrink-0 rounded-[2px] object-cover align-[-1px] ring-1 ring-slate-900/10 dark:ring-white/20 ${className}`}
    />
  );
}
