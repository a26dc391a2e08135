// Dates in the text, each with its real precision. chrono-node finds absolute and calendar dates;
// our rules give a year to "February 8" (the nearest one before the publication date, or after it when
// the sentence speaks of the future), resolve "on Saturday", "last week", "last year" against the
// publication date, keep vague positions vague ("end of April" is April), and read bare years.
import * as chrono from "chrono-node";
import { quoteOf } from "./text";
import type { DateMention, DatePrecision, Sentence } from "./types";

export type { Published } from "./published";
import type { Published } from "./published";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const FUTURE_MARK = /\b(?:will|shall|is to|are to|due|set to|expected|plans?|planned|intends?|scheduled|upcoming|must|to be held|next|until|till|by|from)\b|'ll\b/gi;
const PAST_MARK = /\b(?:[a-z]+ed|said|told|says|met|was|were|had|did|took|made|gave|sent|began|won|held|spoke|wrote|saw|came|went|last|since|ago)\b/gi;

/** Whether the words just before a date (same clause) speak of the future: the nearest marker decides. */
function futureBefore(sentence: string, at: number): boolean {
  const window = sentence.slice(0, at).split(/[;:]|,\s(?=\w+\s)/).at(-1)!.slice(-90);
  const last = (re: RegExp) => {
    let pos = -1;
    for (const m of window.matchAll(re)) {
      if (re === PAST_MARK && /^(?:expected|scheduled|planned|intended)$/i.test(m[0])) continue;
      pos = m.index!;
    }
    return pos;
  };
  return last(FUTURE_MARK) > last(PAST_MARK);
}
/** Relative expressions chrono finds that are anchored to something other than the publication date. */
const UNANCHORED = /\b(?:later|after|earlier|before|within|for|in the days|over the|during the|the following|the next|the previous)\b|^(?:a|one|two|three|several|few)\b|^now$|^(?:today's|tonight)$/i;

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 12));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

export function formatAt(date: Date, precision: DatePrecision): string {
  const s = iso(date);
  return precision === "DAY" ? s : precision === "MONTH" ? s.slice(0, 7) : s.slice(0, 4);
}

/** The coarser of a wanted precision and what the publication date allows. */
function capped(wanted: DatePrecision, published: Published): DatePrecision {
  const rank = { YEAR: 0, MONTH: 1, DAY: 2 } as const;
  return rank[wanted] <= rank[published.precision] ? wanted : published.precision;
}

interface Found {
  start: number;
  end: number;
  date: string;
  precision: DatePrecision;
  endDate?: string;
  inferred: boolean;
  relative: boolean;
  note?: string;
}

/** "on Saturday", "last week", "last year"…: resolved against the publication date. */
function resolveRelative(phrase: string, published: Published, future: boolean): Omit<Found, "start" | "end"> | null | undefined {
  const p = phrase.toLowerCase().replace(/^(?:on|at the|at|by the|by|in|since)\s+/, "").trim();
  const ref = published.date;
  const rel = (date: Date, precision: DatePrecision, note: string, endDate?: Date) => {
    const prec = capped(precision, published);
    return {
      date: formatAt(date, prec),
      precision: prec,
      endDate: endDate && prec === "DAY" ? iso(endDate) : undefined,
      inferred: true,
      relative: true,
      note: `${note}, counted from the publication date ${formatAt(ref, published.precision)}${prec !== precision ? " (known only to the " + published.precision.toLowerCase() + ")" : ""}`,
    };
  };
  const dayMatch = /^(?:(last|this|next|past)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/.exec(p);
  const dayScale = dayMatch || /^(?:yesterday|today|tomorrow|this morning|this afternoon|this evening|tonight)$|\b(?:week|weekend)$|\b(?:day|week)s?\s+ago$/.test(p);
  if (dayScale && published.precision !== "DAY") {
    // A weekday or "last week" in an article dated only to the month: that month (or year) is all we know.
    return {
      date: formatAt(ref, published.precision),
      precision: published.precision,
      inferred: true,
      relative: true,
      note: `"${phrase}" falls around the publication date, known only to the ${published.precision.toLowerCase()}`,
    };
  }
  if (dayMatch) {
    const target = WEEKDAYS.indexOf(dayMatch[2]!);
    const dow = ref.getUTCDay();
    const ahead = dayMatch[1] === "next" || (dayMatch[1] !== "last" && future);
    const delta = ahead ? (target - dow + 7) % 7 || 7 : -((dow - target + 7) % 7 || (dayMatch[1] === "last" ? 7 : 0));
    return rel(addDays(ref, delta), "DAY", `"${phrase}" read as the ${ahead ? "next" : "latest"} ${dayMatch[2]}`);
  }
  if (/^(?:yesterday)$/.test(p)) return rel(addDays(ref, -1), "DAY", "yesterday");
  if (/^(?:today|this morning|this afternoon|this evening|tonight)$/.test(p)) return rel(ref, "DAY", "today");
  if (/^(?:tomorrow)$/.test(p)) return rel(addDays(ref, 1), "DAY", "tomorrow");
  const period = /^(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+|(?:earlier|later)\s+)?(last|this|next|past)\s+(week|weekend|month|year)$/.exec(p);
  if (period) {
    const [, which, unit] = period;
    const step = which === "last" || which === "past" ? -1 : which === "next" ? 1 : 0;
    if (unit === "year") return rel(utc(ref.getUTCFullYear() + step, 1, 1), "YEAR", `"${phrase}"`);
    if (unit === "month") {
      const d = utc(ref.getUTCFullYear(), ref.getUTCMonth() + 1 + step, 1);
      return rel(d, "MONTH", `"${phrase}"`);
    }
    const monday = addDays(ref, -((ref.getUTCDay() + 6) % 7) + 7 * step);
    if (unit === "weekend") {
      const saturday = addDays(monday, step < 0 ? 5 : 5);
      return rel(saturday, "DAY", `"${phrase}" read as the weekend of ${iso(saturday)}`, addDays(saturday, 1));
    }
    const sunday = addDays(monday, 6);
    // A week inside one month is that month; a week across two months is only known to its year.
    const precision: DatePrecision = monday.getUTCMonth() === sunday.getUTCMonth() ? "MONTH" : "YEAR";
    return rel(monday, precision, `"${phrase}" = the week of ${iso(monday)}`);
  }
  const ago = /^(\d+|a|one|two|three|four|five|six|several)\s+(day|week|month|year)s?\s+ago$/.exec(p);
  if (ago) {
    const n = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, several: NaN }[ago[1] as "a"] ?? Number(ago[1]);
    if (Number.isNaN(n)) return null;
    const unit = ago[2]!;
    if (unit === "year") return rel(utc(ref.getUTCFullYear() - n, 1, 1), "YEAR", `"${phrase}"`);
    if (unit === "month") return rel(utc(ref.getUTCFullYear(), ref.getUTCMonth() + 1 - n, 1), "MONTH", `"${phrase}"`);
    return rel(addDays(ref, -(unit === "week" ? 7 : 1) * n), unit === "week" ? "MONTH" : "DAY", `"${phrase}"`);
  }
  return undefined; // not a relative expression we know
}

/** Gives a year to a month (and day) printed without one. */
function inferYear(month: number, day: number | undefined, weekday: number | undefined, published: Published, future: boolean): { year: number; note: string } {
  const ref = published.date;
  const y = ref.getUTCFullYear();
  const candidates = [y - 1, y, y + 1].map((year) => ({ year, date: utc(year, month, day ?? 1) }));
  if (weekday !== undefined && day !== undefined) {
    const byWeekday = candidates.find((c) => c.date.getUTCDay() === weekday && Math.abs(c.year - y) <= 1);
    if (byWeekday) return { year: byWeekday.year, note: "year inferred from the weekday printed with the date" };
  }
  const slack = 45 * 86_400_000;
  const pick = future
    ? candidates.find((c) => c.date.getTime() >= ref.getTime() - slack)
    : [...candidates].reverse().find((c) => c.date.getTime() <= ref.getTime() + slack);
  return { year: (pick ?? candidates[1]!).year, note: `year inferred: the ${future ? "next" : "latest"} such date around the publication date` };
}

export function findDates(text: string, sentences: Sentence[], published: Published | undefined): { dates: DateMention[]; warnings: string[] } {
  const dates: DateMention[] = [];
  const warnings: string[] = [];
  let unresolved = 0;
  for (const sentence of sentences) {
    const found: Found[] = [];
    const ref = published ? { instant: published.date, timezone: 0 } : undefined;
    for (const r of chrono.en.casual.parse(sentence.quote, ref)) {
      const start = sentence.start + r.index;
      const end = start + r.text.length;
      const s = r.start;
      const phrase = r.text.replace(/[,.]$/, "");
      const future = futureBefore(sentence.quote, r.index);
      const relative = published ? resolveRelative(phrase, published, future) : undefined;
      if (relative) {
        found.push({ start, end, ...relative });
        continue;
      }
      if (relative === null) continue;
      const hasMonth = s.isCertain("month");
      if (!hasMonth && !s.isCertain("year")) continue; // times, "now", "in the days", weekdays without a reference
      if (!hasMonth) continue; // a bare year is read below
      const vague = /\b(?:end|beginning|start|middle|mid|early|late)\b/i.test(sentence.quote.slice(Math.max(0, r.index - 16), r.index + r.text.length));
      if (UNANCHORED.test(phrase) && !/\d/.test(phrase)) continue;
      const month = s.get("month")!;
      const day = s.isCertain("day") && !vague ? s.get("day")! : undefined;
      let year = s.isCertain("year") ? s.get("year")! : undefined;
      let inferred = false;
      let note: string | undefined;
      if (year === undefined) {
        if (!published) {
          unresolved++;
          continue;
        }
        const weekday = s.isCertain("weekday") ? s.get("weekday")! : undefined;
        ({ year, note } = inferYear(month, day, weekday, published, future));
        inferred = true;
      }
      const precision: DatePrecision = day !== undefined ? "DAY" : "MONTH";
      let endDate: string | undefined;
      if (r.end && r.end.isCertain("day") && precision === "DAY") {
        const endMonth = r.end.get("month")!;
        const endYear = r.end.isCertain("year") ? r.end.get("year")! : year + (endMonth < month ? 1 : 0);
        endDate = iso(utc(endYear, endMonth, r.end.get("day")!));
      }
      found.push({ start, end, date: formatAt(utc(year, month, day ?? 1), precision), precision, endDate, inferred, relative: false, note });
    }
    // Bare years: "in 2024", "since 2022", "early 2025", "its 2025 budget".
    for (const m of sentence.quote.matchAll(/(?<![\d$€£.,/-])(?:19[5-9]\d|20[0-4]\d)(?![\d%]|\s*(?:million|billion|bn|m\b|troops|soldiers|tanks|units))/g)) {
      const start = sentence.start + m.index!;
      const end = start + 4;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ start, end, date: m[0], precision: "YEAR", inferred: false, relative: false });
    }
    // "on the 28th", "on 29" after a dated mention: that month's day.
    const anchor = [...found].sort((a, b) => a.start - b.start).find((f) => f.precision !== "YEAR") ?? dates.filter((d) => d.precision !== "YEAR").at(-1);
    if (anchor) {
      for (const m of sentence.quote.matchAll(/\bon\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[.,;)]|and\b|$))/g)) {
        const start = sentence.start + m.index!;
        const end = start + m[0].length;
        const day = Number(m[1]);
        if (found.some((f) => start < f.end && end > f.start) || day < 1 || day > 31) continue;
        const [y, mo] = anchor.date.split("-").map(Number);
        if (!y || !mo) continue;
        const d = utc(y, mo, day);
        if (d.getUTCMonth() !== mo - 1) continue;
        found.push({ start, end, date: iso(d), precision: "DAY", inferred: true, relative: false, note: `month and year taken from "${text.slice(anchor.start, anchor.end)}"` });
      }
    }
    for (const f of found) {
      const q = quoteOf(text, f.start, f.end, true);
      dates.push({ ...q, sentence: sentence.index, date: f.date, precision: f.precision, endDate: f.endDate, inferred: f.inferred, relative: f.relative, note: f.note });
    }
  }
  if (unresolved > 0) warnings.push(`${unresolved} date(s) without a year were left out: give the publication date (--published) to resolve them.`);
  dates.sort((a, b) => a.start - b.start);
  return { dates, warnings };
}
