import type { ActorSeed } from "@/lib/schemas/actor";

export default [
  {
    slug: "united-kingdom",
    name: "United Kingdom",
    kind: "COUNTRY",
    countryCode: "GB",
    aliases: ["UK", "Britain", "Great Britain", "London"],
    description: "The United Kingdom of Great Britain and Northern Ireland.",
    citations: [{ source: "france24-uk-ukraine-licensed-production-2023", quote: "Since the beginning of the war in Ukraine, the United Kingdom has indeed spared no effort to show its support for Ukraine." }],
  },
  {
    slug: "ukraine",
    name: "Ukraine",
    kind: "COUNTRY",
    countryCode: "UA",
    aliases: ["Kyiv", "Kiev"],
    description: "Ukraine, defending itself against Russia's full-scale invasion since February 2022.",
    citations: [{ source: "france24-uk-ukraine-licensed-production-2023", quote: "Ukrainian territory is well suited for the manufacture of defense equipment." }],
  },
] satisfies ActorSeed[];
