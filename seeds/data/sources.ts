import type { SourceSeed } from "@/lib/schemas/source";

// One record per article in seeds/articles/. Where the publisher, author or date is not printed
// outright, the field is marked inferred, the reasoning is given in inferenceNote and the evidence
// is quoted verbatim (field = "publisher" | "publishedAt" | "author").

export default [
  // --- 000 -----------------------------------------------------------------------------------------
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
      "No title, byline date or masthead is printed. The publisher is read off the France 24 footer (newsletter and app promotion); the text says it was adapted from an English original by Aude Mazoué. No year is printed: Zelensky's surprise London visit 'on February 8' and the Telegraph's 'Feb. 11 edition' date it to February 2023 (the visit took place on 8 February 2023); Stoltenberg's warning 'on Monday' suggests publication around 13–17 February 2023, so only the month is recorded. The title is a descriptive one written for the tracker.",
    language: "en",
    evidence: [
      { field: "publisher", quote: "France 24 week invites you to come back to the news that marked the week" },
      { field: "publisher", quote: "Download the France 24 app" },
      { field: "author", quote: "A text adapted from the original in English by Aude Mazoué." },
      {
        field: "publishedAt",
        quote:
          "Behind the warm diplomatic accolades between Ukrainian President Volodymyr Zelensky and British Prime Minister Rishi Sunak in London on February 8, serious arms talks are being played out behind the scenes.",
      },
      { field: "publishedAt", quote: "the Telegraph reported in its Feb. 11 edition" },
      {
        field: "publishedAt",
        quote: "London became the first European military contributor to Ukraine with a promise to deliver 14 Challenger 2 tanks in mid-January",
      },
      { field: "publishedAt", quote: "who warned on Monday that the Alliance must \"increase\" the production of ammunition" },
    ],
  },

  // --- 001 -----------------------------------------------------------------------------------------
  {
    slug: "lemonde-allied-armaments-directors-brussels-2022",
    file: "001_417ef4caace34bf6.txt",
    title: "Allied armaments directors meet in Brussels to coordinate their arms purchases, notably to resupply Kyiv",
    publisher: "Le Monde (inferred, uncertain; English translation of a French article)",
    publisherInferred: true,
    publishedAt: "2022-09",
    publishedAtInferred: true,
    inferenceNote:
      "No publisher, author or date is printed. The text is a (machine-like) English translation of a French article: it cites the French Institute of International Relations and uses the French acronym 'AED' for the European Defence Agency, and it ends with a subscriber paywall note in the style of Le Monde ('You have 64.29% of this article to read'); the publisher is therefore most likely Le Monde, but this is an inference and uncertain. No year is printed: the 27–29 September armaments directors' meeting in Brussels and the State Department's 8 September announcement of about $2.2 billion date it to 2022. The meeting 'must take place' (future) and an official is quoted 'on September 23', so it was published between 23 and 27 September 2022; only the month is recorded. The 2.2 billion dollars = 2.29 billion euros conversion (about 0.96 USD per EUR) is consistent with late-September 2022 exchange rates. The author is unknown.",
    language: "en",
    evidence: [
      { field: "publisher", quote: "You have 64.29% of this article to read. The continuation is reserved for subscribers." },
      {
        field: "publisher",
        quote: "said Claude-France Arnould, former director of the European Defense Agency (AED), Advisor within the French Institute of International Relations",
      },
      {
        field: "publishedAt",
        quote: "From September 27 to 29, in Brussels, a gathering as discreet as it is strategic must take place between the main officials of weapons acquisitions of Western countries.",
      },
      { field: "publishedAt", quote: "said a senior American defense on September 23, quoted by the specialized media Breaking Defense" },
      { field: "publishedAt", quote: "the State Department announced, on September 8, its intention to unlock some $ 2.2 billion (2.29 billion euros)" },
    ],
  },

  // --- 002 -----------------------------------------------------------------------------------------
  {
    slug: "lemonde-western-troops-private-contractors-ukraine-2024",
    file: "002_4ca84f07905ba047.txt",
    title: "Discussions on sending Western troops and private defence companies to Ukraine revived; UK and France discuss a 'hard core' of allies",
    publisher: "Le Monde (English translation)",
    publisherInferred: true,
    publishedAt: "2024-11",
    publishedAtInferred: true,
    inferenceNote:
      "No masthead, author or date is printed. 'The World has learned' and 'confided a British military source to The World' are literal translations of 'Le Monde', and the text ends with a Le Monde-style subscriber paywall note, so the publisher is inferred to be Le Monde (this is an English translation). The article is later than Barrot's BBC interview 'on November 23' and refers to Trump taking office 'on January 20, 2025' as still to come; a related column is headed 'One week after Trump's election'. It was therefore published in late November 2024 (month precision recorded). The author is not given.",
    language: "en",
    evidence: [
      { field: "publisher", quote: "The World has learned from corroborating sources" },
      { field: "publisher", quote: "confided a British military source to The World" },
      { field: "publisher", quote: "You have 70.82% of this article left to read. The rest is for subscribers only." },
      { field: "publishedAt", quote: "once Donald Trump takes office on January 20, 2025" },
      { field: "publishedAt", quote: "In an interview with the BBC on November 23, he called on Western allies to “not set and express red lines” in their support for Ukraine." },
      { field: "publishedAt", quote: "‘One week after Trump’s election, a new alignment is emerging in Europe’" },
    ],
  },

  // --- 003 -----------------------------------------------------------------------------------------
  {
    slug: "newshub-france-ukraine-joint-production-2026",
    file: "003_b5babc06f366aea3.txt",
    title: "France agrees joint weapons production with Ukraine as Kyiv reopens arms exports",
    publisher: "Newshub",
    publisherInferred: false,
    author: "Newshub Editorial in Europe",
    publishedAt: "2026-02-10",
    publishedAtInferred: false,
    inferenceNote:
      "Publisher, author and date are all stated in the closing signature 'Newshub Editorial in Europe – 10 February 2026'. The title is a descriptive one written for the tracker (none is printed).",
    language: "en",
    evidence: [
      { field: "publisher", quote: "Newshub Editorial in Europe – 10 February 2026" },
      { field: "publishedAt", quote: "Newshub Editorial in Europe – 10 February 2026" },
    ],
  },

  // --- 004 -----------------------------------------------------------------------------------------
  {
    slug: "ukrainian-site-relays-le-monde-uk-france-hard-core-2024",
    file: "004_878eddaab48aaff6.txt",
    title: "Le Monde: UK and France discuss a 'hard core' of allies as sending Western troops or private contractors to Ukraine is back on the table",
    publisher: "Ukrainian news site (name not given)",
    publisherInferred: true,
    publishedAt: "2024-11",
    publishedAtInferred: true,
    inferenceNote:
      "The page is an English-language report by a Ukrainian news site that relays Le Monde ('Le Monde reports this, citing its own sources'); the site's name is not given, only its Ukrainian-language footer ('Читати більше', cookie notice). No date is printed. The footer's news items mention 'Monday, 25 November' (25 November fell on a Monday in 2024) and a US president-elect Donald Trump; the body mentions Starmer's visit to France 'on November 11' and the US permission to strike Russian territory with long-range missiles. It was therefore published in late November 2024 (month precision recorded). The author is not given. The footer items are site boilerplate and are used only as dating evidence.",
    language: "en",
    evidence: [
      { field: "publisher", quote: "Le Monde reports this, citing its own sources." },
      { field: "publisher", quote: "Цей сайт використовує Cookies." },
      { field: "publishedAt", quote: "У Великій Британії в понеділок, 25 листопада, у віці 112 років помер найстаріший чоловік у…" },
      { field: "publishedAt", quote: "Федеральний канцлер Австрії Карл Негаммер запропонував обраному президенту США Дональду Трампу" },
      { field: "publishedAt", quote: "thanks to the visit to France of the Prime Minister of the United Kingdom, Keir Starmer, on November 11" },
      { field: "publishedAt", quote: "Ukraine has received permission from the United States to use long-range missiles on Russian territory" },
    ],
  },
] satisfies SourceSeed[];
