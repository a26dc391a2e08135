import type { AgreementSeed } from "@/lib/schemas/agreement";

export default [
  {
    slug: "uk-ukraine-licensed-production-talks",
    title: "British defence firms in talks to build British-designed weapons in Ukraine under licence",
    summary:
      "Executives of British defence companies are in talks with Kyiv to manufacture British-designed weapons and military vehicles on Ukrainian soil through joint ventures building under licence, the Telegraph reported on 11 February 2023.",
    type: "LICENSED_PRODUCTION",
    status: "IN_TALKS",
    confidence: "REPORTED",
    categories: ["ARTILLERY", "ARMOURED_VEHICLES"],
    workLocation: "On Ukrainian soil; possibly first in Poland near the border",
    workCountryCodes: ["UA", "PL"],
    value: { disclosure: "UNDISCLOSED" },
    startDate: "2023-02",
    parties: [
      { actor: "united-kingdom", role: "LICENSOR" },
      { actor: "ukraine", role: "LICENSEE" },
    ],
    statusHistory: [
      {
        status: "IN_TALKS",
        date: "2023-02-11",
        dateInferred: true,
        note: "Reported by the Telegraph in its 11 February edition; the year is inferred.",
        citations: [{ source: "france24-uk-ukraine-licensed-production-2023", quote: "Executives of British defense companies are currently in talks with Kyiv to allow the manufacture of British-designed weapons and military vehicles on Ukrainian soil, the Telegraph reported in its Feb. 11 edition." }],
      },
    ],
    citations: [{ source: "france24-uk-ukraine-licensed-production-2023", quote: "British emissaries have already gone there to study the creation of joint ventures which would build these materials under license, according to the British newspaper." }],
  },
] satisfies AgreementSeed[];
