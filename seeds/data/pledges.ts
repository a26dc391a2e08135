import type { PledgeSeed } from "@/lib/schemas/pledge";

export default [
  {
    slug: "uk-challenger-2-tanks",
    title: "14 Challenger 2 tanks from the United Kingdom",
    donor: "united-kingdom",
    recipients: ["ukraine"],
    kind: "EQUIPMENT",
    item: "Challenger 2 main battle tank",
    category: "ARMOURED_VEHICLES",
    quantity: "14",
    unit: "tanks",
    value: { disclosure: "UNDISCLOSED" },
    status: "PLEDGED",
    confidence: "CONFIRMED",
    date: "2023-01",
    dateInferred: true,
    citations: [{ source: "france24-uk-ukraine-licensed-production-2023", quote: "London became the first European military contributor to Ukraine with a promise to deliver 14 Challenger 2 tanks in mid-January" }],
  },
] satisfies PledgeSeed[];
