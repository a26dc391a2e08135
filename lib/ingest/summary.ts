// A readable summary of the proposals for the command line (without --json).
import type { ActorRef, Proposals } from "./types";

const ref = (r: ActorRef) => (typeof r === "string" ? r : `${r.name} (new ${r.kind.toLowerCase().replace("_", " ")}${r.countryCode ? `, ${r.countryCode}` : ""})`);
const q = (s: string, n = 140) => `“${s.length > n ? `${s.slice(0, n - 1)}…` : s}”`;

export function summarise(p: Proposals): string {
  const lines: string[] = [];
  const existing = p.actors.filter((a) => a.existing);
  const fresh = p.actors.filter((a) => !a.existing);
  lines.push(
    `Article: ${p.source.characters.toLocaleString("en")} characters, ${p.source.sentences} sentences${p.source.published ? `, published ${p.source.published}` : ""}; known actors and records from ${p.source.knownFrom}.`,
    "",
    `Actors (${p.actors.length}): ${existing.length} known, ${fresh.length} new`,
  );
  for (const a of existing) lines.push(`  = ${a.slug} — ${a.mentions.length} mention(s)${a.mentions.some((m) => m.metonymy) ? ", incl. by its capital" : ""}`);
  for (const a of fresh) lines.push(`  + ${a.name} [${a.kind}${a.countryCode ? `, ${a.countryCode}` : ""}]${a.title ? ` — ${a.title}` : ""}${a.notes.length ? ` (${a.notes.join(" ")})` : ""}`);
  lines.push("", `Agreements (${p.agreements.length})`);
  for (const a of p.agreements) {
    lines.push(`  • ${a.title} — ${a.type}, ${a.status}, ${a.confidence}, score ${a.score}`);
    lines.push(`    parties: ${a.parties.map((x) => `${ref(x.actor)} as ${x.role}`).join("; ")}`);
    if (a.startDate) lines.push(`    from ${a.startDate}${a.workLocation ? `, ${a.workLocation}` : ""}${a.value.disclosure === "DISCLOSED" ? `, ${a.value.qualifier} ${a.value.amount} ${a.value.currency}` : ""}`);
    lines.push(`    ${q(a.citations[0]!.quote)}`);
    for (const m of a.matches) lines.push(`    ↺ repeats ${m.slug} (${m.score}: ${m.reasons.join(", ")}) — add the quote as evidence instead`);
    for (const n of a.notes) lines.push(`    ! ${n}`);
  }
  lines.push("", `Pledges (${p.pledges.length})`);
  for (const x of p.pledges) {
    lines.push(`  • ${ref(x.donor)} → ${x.recipients.map(ref).join(", ")}: ${x.item}${x.quantity ? ` ×${x.quantity}` : ""}${x.value.disclosure === "DISCLOSED" ? `, ${x.value.qualifier} ${x.value.amount} ${x.value.currency}` : ""} — ${x.kind}, ${x.status}${x.date ? `, ${x.date}` : ""}`);
    lines.push(`    ${q(x.citations[0]!.quote)}`);
    for (const m of x.matches) lines.push(`    ↺ repeats ${m.slug} (${m.score})`);
    for (const n of x.notes) lines.push(`    ! ${n}`);
  }
  lines.push("", `Events (${p.events.length})`);
  for (const e of p.events) {
    lines.push(`  • ${e.date}${e.dateInferred ? " (inferred)" : ""} ${e.kind}${e.stance ? ` [${e.stance}]` : ""}: ${e.actors.map((a) => `${ref(a.actor)} as ${a.role}`).join("; ")}`);
    lines.push(`    ${q(e.citations[0]!.quote)}`);
    for (const m of e.matches) lines.push(`    ↺ repeats ${m.slug} (${m.score})`);
  }
  lines.push("", `Actor links (${p.actorLinks.length})`);
  for (const l of p.actorLinks) lines.push(`  • ${ref(l.from)} ${l.type}${l.sharePercent ? ` ${l.sharePercent} %` : ""}${l.role ? ` (${l.role})` : ""} ${ref(l.to)}`);
  const x = p.extracted;
  lines.push(
    "",
    `Dates (${x.dates.length}): ${x.dates.map((d) => `${d.quote} → ${d.date}${d.endDate ? `…${d.endDate}` : ""}${d.inferred ? "*" : ""}`).join("; ")}`,
    `Amounts (${x.amounts.length}): ${x.amounts.map((a) => `${a.quote} → ${a.qualifier} ${a.amount}${a.amountMax ? `–${a.amountMax}` : ""} ${a.currency}`).join("; ")}`,
    `Shares (${x.shares.length}): ${x.shares.map((s) => `${s.percent} %`).join(", ")}`,
    `Quantities (${x.quantities.length}): ${x.quantities.map((s) => `${s.quantity ? `${s.qualifier === "EXACT" ? "" : s.qualifier + " "}${s.quantity} ` : ""}${s.item}`).join("; ")}`,
  );
  if (p.warnings.length) lines.push("", ...p.warnings.map((w) => `Note: ${w}`));
  lines.push("", "* inferred (resolved against the publication date or the context). Nothing has been saved: review the proposals in the admin.");
  return lines.join("\n");
}
