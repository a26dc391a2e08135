import { Evidence } from "@/components/citations/citation-quote";
import { EnumBadge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import { MoneyText } from "@/components/ui/money-text";
import type { AgreementPageDto } from "@/lib/data/agreement-page";
import type { CitationDto } from "@/lib/data/shared";
import { Flag } from "@/components/ui/flag";
import { countryName, labelOf } from "@/lib/format";
import { EvidenceLink } from "./section";

/** Citations that support one field of the record, if the sources name it. */
function forField(citations: CitationDto[], ...fields: string[]) {
  return citations.filter((c) => c.field !== null && fields.includes(c.field));
}

function Fact({ term, children, evidence }: { term: string; children: React.ReactNode; evidence: CitationDto[] | "record" }) {
  return (
    <div className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{term}</dt>
      <dd>
        <div>
          {children}
          {evidence === "record" ? (
            <>
              {" "}
              <EvidenceLink />
            </>
          ) : null}
        </div>
        {evidence !== "record" ? <Evidence citations={evidence} /> : null}
      </dd>
    </div>
  );
}

/** The key facts of a deal, each with its evidence beside it or one click away. */
export function DealFacts({ deal }: { deal: AgreementPageDto }) {
  const first = deal.statusHistory[0];
  const latest = deal.statusHistory.at(-1);
  const own = (field: string, ...more: string[]) => {
    const cited = forField(deal.citations, field, ...more);
    return cited.length > 0 ? cited : ("record" as const);
  };
  return (
    <dl className="divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      <Fact term="Type" evidence={own("type")}>
        {labelOf(deal.type)}
      </Fact>
      <Fact term="Current status" evidence={latest ? latest.citations : "record"}>
        <EnumBadge value={deal.status} />
        {latest ? (
          <span className="ml-2 text-sm text-slate-700 dark:text-slate-300">
            since <DateText value={latest.date} />
          </span>
        ) : null}
      </Fact>
      <Fact term="Confidence" evidence={own("confidence")}>
        <EnumBadge value={deal.confidence} />
        <span className="ml-2 text-sm text-slate-600 dark:text-slate-400">{confidenceNote[deal.confidence]}</span>
      </Fact>
      <Fact term="Equipment" evidence={own("categories")}>
        {deal.categories.length > 0 ? deal.categories.map(labelOf).join(", ") : <span className="italic text-slate-600 dark:text-slate-400">Not specified</span>}
      </Fact>
      <Fact term="Where the work happens" evidence={own("workLocation", "workCountryCodes")}>
        {deal.workLocation ?? <span className="italic text-slate-600 dark:text-slate-400">Not specified</span>}
        {deal.workCountryCodes.length > 0 ? (
          <ul className="mt-1 flex flex-wrap gap-2 text-sm">
            {deal.workCountryCodes.map((code) => (
              <li key={code} className="inline-flex items-center gap-1.5 rounded bg-slate-100 px-1.5 py-0.5 dark:bg-slate-800">
                <Flag code={code} nameShown />
                {countryName(code)}
              </li>
            ))}
          </ul>
        ) : null}
      </Fact>
      <Fact term="Value" evidence={own("value", "valueAmount")}>
        <MoneyText value={deal.value} />
      </Fact>
      <Fact term="First reported" evidence={first ? first.citations : "record"}>
        {deal.startDate ? <DateText value={deal.startDate} /> : first ? <DateText value={first.date} /> : "Unknown"}
      </Fact>
    </dl>
  );
}

const confidenceNote: Record<string, string> = {
  CONFIRMED: "stated by the parties or an official source",
  REPORTED: "reported by the press, not confirmed by the parties",
  RUMOURED: "rumoured or expected by commentators",
};
