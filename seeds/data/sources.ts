import type { SourceSeed } from "@/lib/schemas/source";

export default [
  {
    slug: "france24-uk-ukraine-licensed-production-2023",
    file: "000_150f7d57632f3fce.txt",
    title: "Behind the accolades, British defence firms in talks to make weapons in Ukraine",
    publisher: "France 24",
    publisherInferred: true,
    author: "Aude Mazoué (adaptation)",
    publishedAt: "2023-02",
    publishedAtInferred: true,
    inferenceNote:
      "The text ends with a France 24 footer and names Aude Mazoué as adapter. No year is printed: Zelensky's London visit and the Telegraph's Feb. 11 edition date it to February 2023.",
    language: "en",
    evidence: [
      { field: "publisher", quote: "France 24 week invites you to come back to the news that marked the week" },
      { field: "author", quote: "A text adapted from the original in English by Aude Mazoué." },
      { field: "publishedAt", quote: "the Telegraph reported in its Feb. 11 edition" },
    ],
  },
] satisfies SourceSeed[];
