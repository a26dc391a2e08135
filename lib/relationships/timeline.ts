// The small timeline of a pair page: every dated step of the relationship (an agreement's status
// changes, pledges, events), oldest first; undated steps last.
import type { AgreementDto } from "@/lib/data/agreements";
import type { EventDto } from "@/lib/data/events";
import type { PledgeDto } from "@/lib/data/pledges";
import type { DateDto } from "@/lib/data/shared";
import { labelOf } from "@/lib/format";
import { edgeKindOfAgreement, edgeKindOfPledge, type EdgeKind } from "./kinds";

export interface TimelineItem {
  key: string;
  date: DateDto | null;
  end: string | null;
  kind: EdgeKind | "event";
  title: string;
  /** "In talks", "Pledged", "Visit"… */
  what: string;
  /** Where the record is on the page (events share the events section). */
  href: string;
}

export function pairTimeline(agreements: AgreementDto[], pledges: PledgeDto[], events: EventDto[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const a of agreements) {
    const kind = edgeKindOfAgreement[a.type];
    if (a.statusHistory.length === 0) {
      items.push({ key: `a-${a.slug}`, date: a.startDate, end: null, kind, title: a.title, what: labelOf(a.status), href: `#agreement-${a.slug}` });
    }
    a.statusHistory.forEach((s, i) =>
      items.push({ key: `a-${a.slug}-${i}`, date: s.date, end: null, kind, title: a.title, what: labelOf(s.status), href: `#agreement-${a.slug}` }),
    );
  }
  for (const p of pledges) {
    items.push({
      key: `p-${p.slug}`,
      date: p.date,
      end: null,
      kind: edgeKindOfPledge[p.kind],
      title: p.title,
      what: labelOf(p.status),
      href: `#pledge-${p.slug}`,
    });
  }
  for (const e of events) {
    items.push({ key: `e-${e.slug}`, date: e.date, end: e.endDate, kind: "event", title: e.title, what: labelOf(e.kind), href: "#events" });
  }
  return items.sort((x, y) => {
    if (!x.date || !y.date) return (x.date ? 0 : 1) - (y.date ? 0 : 1);
    return x.date.date.localeCompare(y.date.date);
  });
}
