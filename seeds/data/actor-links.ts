import type { ActorLinkSeed } from "@/lib/schemas/actor";

// Relations between actors: ownership, offices, membership, headquarters, counterparts, affiliations.
// Each link cites the sentence that supports it; offices are those held at the time of the source.

const F24 = "france24-uk-ukraine-licensed-production-2023"; // 000
const LM22 = "lemonde-allied-armaments-directors-brussels-2022"; // 001
const LM24 = "lemonde-western-troops-private-contractors-ukraine-2024"; // 002
const UA24 = "ukrainian-site-relays-le-monde-uk-france-hard-core-2024"; // 004

export default [
  // ===============================================================================================
  // Ownership, counterparts, headquarters (companies)
  // ===============================================================================================
  {
    from: "france",
    to: "defense-conseil-international",
    type: "OWNS",
    sharePercent: "55",
    note: "Majority stake held by the French state (\"55%\" in article 002, \"55 percent\" in article 004).",
    citations: [
      { source: LM24, quote: "DCI is 55% owned by the French state." },
      { source: UA24, quote: "55 percent of whose shares belong to the French state" },
    ],
  },
  {
    from: "defense-conseil-international",
    to: "french-ministry-armed-forces",
    type: "AFFILIATED_WITH",
    role: "Main operator for monitoring French arms export contracts and transferring related military know-how",
    citations: [
      { source: LM24, quote: "the Ministry of the Armed Forces’ main operator for monitoring French arms export contracts and transferring related military know-how" },
      { source: UA24, quote: "the main operator of the Ministry of Defense for monitoring French contracts for arms exports" },
    ],
  },
  {
    from: "defense-conseil-international",
    to: "france",
    type: "HEADQUARTERED_IN",
    note: "Inferred: a French state-owned company operating for the French Ministry of the Armed Forces; the articles do not name its head office.",
    citations: [
      { source: LM24, quote: "DCI is 55% owned by the French state." },
      { source: UA24, quote: "the main operator of the Ministry of Defense for monitoring French contracts for arms exports" },
    ],
  },
  {
    from: "babcock",
    to: "defense-conseil-international",
    type: "COUNTERPART_OF",
    note: "Babcock is described as DCI's British counterpart.",
    citations: [{ source: LM24, quote: "DCI has been approached by Babcock, its British counterpart already present in Ukraine" }],
  },
  {
    from: "babcock",
    to: "united-kingdom",
    type: "HEADQUARTERED_IN",
    note: "Described as a British company (DCI's \"British counterpart\").",
    citations: [{ source: LM24, quote: "Babcock, its British counterpart already present in Ukraine" }],
  },
  {
    from: "british-defence-companies",
    to: "united-kingdom",
    type: "HEADQUARTERED_IN",
    citations: [{ source: F24, quote: "Executives of British defense companies are currently in talks with Kyiv" }],
  },
  {
    from: "french-defence-firms",
    to: "france",
    type: "HEADQUARTERED_IN",
    citations: [{ source: "newshub-france-ukraine-joint-production-2026", quote: "The agreement will see French defence firms collaborate directly with Ukrainian partners" }],
  },
  {
    from: "ukrainian-defence-industry",
    to: "ukraine",
    type: "HEADQUARTERED_IN",
    citations: [{ source: "newshub-france-ukraine-joint-production-2026", quote: "Ukrainian-made drones, electronic warfare tools, and artillery-related components" }],
  },

  // ===============================================================================================
  // Organisations: headquarters and affiliations
  // ===============================================================================================
  {
    from: "new-lines-institute",
    to: "united-states",
    type: "HEADQUARTERED_IN",
    note: "Described as an American research centre.",
    citations: [{ source: F24, quote: "the American geopolitical research center New Lines Institute" }],
  },
  {
    from: "ifri",
    to: "france",
    type: "HEADQUARTERED_IN",
    note: "French institute by name.",
    citations: [{ source: LM22, quote: "Advisor within the French Institute of International Relations" }],
  },
  {
    from: "the-telegraph",
    to: "united-kingdom",
    type: "HEADQUARTERED_IN",
    note: "Described as \"the British newspaper\".",
    citations: [{ source: F24, quote: "British emissaries have already gone there to study the creation of joint ventures which would build these materials under license, according to the British newspaper." }],
  },
  {
    from: "jeff-hawn",
    to: "new-lines-institute",
    type: "AFFILIATED_WITH",
    role: "Non-permanent researcher",
    citations: [{ source: F24, quote: "assures Jeff Hawn, non-permanent researcher at the American geopolitical research center New Lines Institute" }],
  },
  {
    from: "claude-france-arnould",
    to: "ifri",
    type: "AFFILIATED_WITH",
    role: "Adviser",
    note: "At the time of the source (September 2022).",
    citations: [{ source: LM22, quote: "Advisor within the French Institute of International Relations" }],
  },
  {
    from: "aude-mazoue",
    to: "france-24",
    type: "AFFILIATED_WITH",
    role: "Journalist (adapted article 000)",
    note: "Inferred from the adaptation credit followed by the France 24 footer.",
    citations: [
      { source: F24, quote: "A text adapted from the original in English by Aude Mazoué." },
      { source: F24, quote: "Download the France 24 app" },
    ],
  },

  // ===============================================================================================
  // Government bodies → their country
  // ===============================================================================================
  {
    from: "uk-government",
    to: "united-kingdom",
    type: "PART_OF",
    citations: [{ source: F24, quote: "The head of the British government is went further by paving the way for the possible supply of fighter planes" }],
  },
  {
    from: "white-house",
    to: "united-states",
    type: "PART_OF",
    citations: [{ source: F24, quote: "the White House has set itself a red line not to be crossed because Washington does not want to intensify the conflict" }],
  },
  {
    from: "us-state-department",
    to: "united-states",
    type: "PART_OF",
    citations: [{ source: LM22, quote: "the State Department announced, on September 8, its intention to unlock some $ 2.2 billion (2.29 billion euros) to “help” allies and countries Neighbors of Ukraine having provided weapons against Russia, to buy American military equipment" }],
  },
  {
    from: "french-ministry-armed-forces",
    to: "france",
    type: "PART_OF",
    citations: [{ source: LM24, quote: "The French Ministry of the Armed Forces and the Elysée Palace have not as yet given the green light" }],
  },
  {
    from: "elysee-palace",
    to: "france",
    type: "PART_OF",
    citations: [{ source: LM24, quote: "The French Ministry of the Armed Forces and the Elysée Palace have not as yet given the green light" }],
  },

  // ===============================================================================================
  // People → offices (at the time of the source)
  // ===============================================================================================
  {
    from: "volodymyr-zelensky",
    to: "ukraine",
    type: "HOLDS_OFFICE_IN",
    role: "President",
    citations: [{ source: F24, quote: "Ukrainian President Volodymyr Zelensky" }],
  },
  {
    from: "rishi-sunak",
    to: "uk-government",
    type: "HOLDS_OFFICE_IN",
    role: "Prime Minister",
    note: "At the time of article 000 (February 2023).",
    citations: [
      { source: F24, quote: "British Prime Minister Rishi Sunak" },
      { source: F24, quote: "Then his successor, the current head of government Rishi Sunak, also made the trip shortly after his arrival in Downing Street." },
    ],
  },
  {
    from: "boris-johnson",
    to: "uk-government",
    type: "HOLDS_OFFICE_IN",
    role: "Prime Minister",
    note: "Former: Prime Minister when he visited Ukraine; succeeded by Rishi Sunak before February 2023.",
    citations: [{ source: F24, quote: "Boris Johnson, then Prime Minister, had visited Ukraine twice." }],
  },
  {
    from: "keir-starmer",
    to: "uk-government",
    type: "HOLDS_OFFICE_IN",
    role: "Prime Minister",
    note: "At the time of articles 002 and 004 (November 2024).",
    citations: [
      { source: LM24, quote: "the UK prime minister, Keir Starmer" },
      { source: UA24, quote: "the Prime Minister of the United Kingdom, Keir Starmer" },
    ],
  },
  {
    from: "emmanuel-macron",
    to: "france",
    type: "HOLDS_OFFICE_IN",
    role: "President",
    citations: [
      { source: LM24, quote: "French President Emmanuel Macron" },
      { source: UA24, quote: "French President Emmanuel Macron initiated the discussion on the deployment of troops to Ukraine" },
    ],
  },
  {
    from: "jean-noel-barrot",
    to: "france",
    type: "HOLDS_OFFICE_IN",
    role: "Minister of Foreign Affairs",
    note: "At the time of articles 002 and 004 (November 2024).",
    citations: [
      { source: LM24, quote: "the French foreign minister, Jean-Noël Barrot" },
      { source: UA24, quote: "French Foreign Minister Jean-Noël Barrot" },
    ],
  },
  {
    from: "joe-biden",
    to: "united-states",
    type: "HOLDS_OFFICE_IN",
    role: "President",
    citations: [{ source: F24, quote: "President Joe Biden firmly refused to send long-range American ATACMS missiles" }],
  },
  {
    from: "donald-trump",
    to: "united-states",
    type: "HOLDS_OFFICE_IN",
    role: "President (from 20 January 2025)",
    note: "President-elect at the time of article 002; to take office on 20 January 2025.",
    citations: [{ source: LM24, quote: "once Donald Trump takes office on January 20, 2025" }],
  },
  {
    from: "jens-stoltenberg",
    to: "nato",
    type: "HOLDS_OFFICE_IN",
    role: "Secretary General",
    note: "At the time of article 000 (February 2023).",
    citations: [{ source: F24, quote: "NATO Secretary General Jens Stoltenberg" }],
  },
  {
    from: "gabrielius-landsbergis",
    to: "lithuania",
    type: "HOLDS_OFFICE_IN",
    role: "Minister of Foreign Affairs",
    citations: [{ source: UA24, quote: "Lithuania's Minister of Foreign Affairs, Gabrielius Landsbergis" }],
  },
  {
    from: "claude-france-arnould",
    to: "european-defence-agency",
    type: "HOLDS_OFFICE_IN",
    role: "Director",
    note: "Former director (not in office at the time of the source).",
    citations: [{ source: LM22, quote: "former director of the European Defense Agency (AED)" }],
  },

  // ===============================================================================================
  // Membership
  // ===============================================================================================
  // NATO, from article 004's two lists (Canada appears in both) and article 000.
  {
    from: "lithuania",
    to: "nato",
    type: "MEMBER_OF",
    citations: [{ source: UA24, quote: "Some NATO countries, including Lithuania, Latvia, Estonia, and Canada, said they were ready to consider such an option." }],
  },
  {
    from: "latvia",
    to: "nato",
    type: "MEMBER_OF",
    citations: [{ source: UA24, quote: "Some NATO countries, including Lithuania, Latvia, Estonia, and Canada, said they were ready to consider such an option." }],
  },
  {
    from: "estonia",
    to: "nato",
    type: "MEMBER_OF",
    citations: [{ source: UA24, quote: "Some NATO countries, including Lithuania, Latvia, Estonia, and Canada, said they were ready to consider such an option." }],
  },
  {
    from: "canada",
    to: "nato",
    type: "MEMBER_OF",
    note: "Named in both NATO lists of article 004.",
    citations: [
      { source: UA24, quote: "Some NATO countries, including Lithuania, Latvia, Estonia, and Canada, said they were ready to consider such an option." },
      { source: UA24, quote: "several other NATO member states have already stated that they are not considering sending their troops to Ukraine. The USA, Germany, Great Britain, Canada, Spain, the Czech Republic, Poland, etc. stated this." },
    ],
  },
  {
    from: "united-states",
    to: "nato",
    type: "MEMBER_OF",
    citations: [
      { source: F24, quote: "Like its NATO allies, the United States has run out of supplies to help Ukraine faster than its defense contractors can manufacture them." },
      { source: UA24, quote: "several other NATO member states have already stated that they are not considering sending their troops to Ukraine. The USA, Germany, Great Britain, Canada, Spain, the Czech Republic, Poland, etc. stated this." },
    ],
  },
  {
    from: "germany",
    to: "nato",
    type: "MEMBER_OF",
    citations: [{ source: UA24, quote: "several other NATO member states have already stated that they are not considering sending their troops to Ukraine. The USA, Germany, Great Britain, Canada, Spain, the Czech Republic, Poland, etc. stated this." }],
  },
  {
    from: "united-kingdom",
    to: "nato",
    type: "MEMBER_OF",
    citations: [{ source: UA24, quote: "several other NATO member states have already stated that they are not considering sending their troops to Ukraine. The USA, Germany, Great Britain, Canada, Spain, the Czech Republic, Poland, etc. stated this." }],
  },
  {
    from: "spain",
    to: "nato",
    type: "MEMBER_OF",
    citations: [{ source: UA24, quote: "several other NATO member states have already stated that they are not considering sending their troops to Ukraine. The USA, Germany, Great Britain, Canada, Spain, the Czech Republic, Poland, etc. stated this." }],
  },
  {
    from: "czech-republic",
    to: "nato",
    type: "MEMBER_OF",
    citations: [{ source: UA24, quote: "several other NATO member states have already stated that they are not considering sending their troops to Ukraine. The USA, Germany, Great Britain, Canada, Spain, the Czech Republic, Poland, etc. stated this." }],
  },
  {
    from: "poland",
    to: "nato",
    type: "MEMBER_OF",
    citations: [{ source: UA24, quote: "several other NATO member states have already stated that they are not considering sending their troops to Ukraine. The USA, Germany, Great Britain, Canada, Spain, the Czech Republic, Poland, etc. stated this." }],
  },
  // The Contact Group meets under US aegis.
  {
    from: "united-states",
    to: "ukraine-defense-contact-group",
    type: "MEMBER_OF",
    role: "Convener",
    note: "The Contact Group session is held under the aegis of the United States.",
    citations: [{ source: LM22, quote: "then under the aegis of the United States between the countries of the “Contact Group” which coordinates the Logistics of arms deliveries to Ukraine" }],
  },
] satisfies ActorLinkSeed[];
