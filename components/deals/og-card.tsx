// The share image of a deal (1200×630), drawn by next/og (Satori: flexbox and inline styles only).
import type { AgreementCardDto } from "@/lib/data/agreement-page";
import { formatMoney, formatPartialDate, labelOf } from "@/lib/format";

const BLUE = "#0057b7";
const YELLOW = "#ffd700";

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

export function OgCard({ deal }: { deal: AgreementCardDto }) {
  const names = [...new Set(deal.parties.map((p) => p.actor.name))];
  const parties = names.length > 4 ? `${names.slice(0, 4).join(" · ")} +${names.length - 4}` : names.join(" · ");
  const since = deal.statusSince ? ` since ${formatPartialDate(deal.statusSince.date, deal.statusSince.precision)}` : "";
  const title = clip(deal.title, 120);
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", background: "#0b1426", color: "#f8fafc", fontFamily: "Inter" }}>
      <div style={{ width: 24, height: "100%", display: "flex", flexDirection: "column" }}>
        <div style={{ flex: 1, background: BLUE }} />
        <div style={{ flex: 1, background: YELLOW }} />
      </div>
      <div style={{ flex: 1, display: "flex", flexDirection: "column", padding: "56px 64px 52px 60px" }}>
        <div style={{ display: "flex", alignItems: "center", fontSize: 26, color: "#cbd5e1" }}>
          <span>Ukraine Defence Cooperation Tracker</span>
          <span style={{ marginLeft: "auto", color: YELLOW, fontWeight: 700, textTransform: "uppercase", letterSpacing: 2, fontSize: 22 }}>
            {labelOf(deal.type)}
          </span>
        </div>
        <div style={{ display: "flex", marginTop: 40, fontSize: title.length > 80 ? 54 : 64, fontWeight: 700, lineHeight: 1.12, letterSpacing: -1 }}>{title}</div>
        <div style={{ display: "flex", marginTop: 28, fontSize: 30, color: "#e2e8f0" }}>{clip(parties, 90)}</div>
        <div style={{ display: "flex", marginTop: "auto", alignItems: "center", gap: 20, fontSize: 28 }}>
          <div style={{ display: "flex", background: BLUE, color: "#fff", padding: "10px 22px", borderRadius: 999, fontWeight: 700 }}>
            {labelOf(deal.status)}
            {since}
          </div>
          <div style={{ display: "flex", color: "#cbd5e1" }}>
            {`${labelOf(deal.confidence)} · Value: ${deal.value.disclosure === "UNDISCLOSED" ? "undisclosed" : formatMoney(deal.value)}`}
          </div>
        </div>
      </div>
    </div>
  );
}
