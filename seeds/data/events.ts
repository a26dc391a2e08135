import type { EventSeed } from "@/lib/schemas/event";

export default [
  {
    slug: "zelensky-london-visit-2023-02-08",
    title: "Zelensky visits London; joint press conference with Rishi Sunak",
    description: "Ukrainian President Volodymyr Zelensky made a surprise visit to London and held a joint press conference with Prime Minister Rishi Sunak.",
    kind: "VISIT",
    date: "2023-02-08",
    dateInferred: true,
    place: "London",
    placeCountryCode: "GB",
    confidence: "CONFIRMED",
    actors: [
      { actor: "ukraine", role: "VISITOR" },
      { actor: "united-kingdom", role: "HOST" },
    ],
    agreements: ["uk-ukraine-licensed-production-talks"],
    citations: [{ source: "france24-uk-ukraine-licensed-production-2023", quote: "Behind the warm diplomatic accolades between Ukrainian President Volodymyr Zelensky and British Prime Minister Rishi Sunak in London on February 8, serious arms talks are being played out behind the scenes." }],
  },
] satisfies EventSeed[];
