import Link from "next/link";
import { Evidence } from "@/components/citations/citation-quote";
import { Badge } from "@/components/ui/badge";
import type { AgreementPageDto } from "@/lib/data/agreement-page";
import { Flag } from "@/components/ui/flag";
import { countryName, labelOf } from "@/lib/format";
import { EvidenceLink } from "./section";

/** The parties with their role and country, each with the quotes that name them. */
export function PartyList({ parties }: { parties: AgreementPageDto["parties"] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {parties.map((party) => (
        <li key={`${party.actor.slug}-${party.role}`} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <p className="flex flex-wrap items-center gap-2">
            <Flag code={party.actor.countryCode} />
            <Link href={`/actors/${party.actor.slug}`} className="font-medium text-accent-700 underline dark:text-sky-300">
              {party.actor.name}
            </Link>
            <Badge tone="blue">{labelOf(party.role)}</Badge>
          </p>
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            {labelOf(party.actor.kind)}
            {party.actor.countryCode ? ` · ${countryName(party.actor.countryCode)}` : ""}
          </p>
          {party.note ? <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{party.note}</p> : null}
          {party.citations.length > 0 ? <Evidence citations={party.citations} /> : (
            <p className="mt-1">
              <EvidenceLink />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
