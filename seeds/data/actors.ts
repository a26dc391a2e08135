import type { ActorSeed } from "@/lib/schemas/actor";

// Every actor the article bodies mention (the Ukrainian-language site footer of article 004 is
// boilerplate and is not a source of actors). Country codes are ISO 3166-1 alpha-2; for people and
// companies the home country; none for alliances, the EU and unnamed groups without one country.

const F24 = "france24-uk-ukraine-licensed-production-2023"; // 000
const LM22 = "lemonde-allied-armaments-directors-brussels-2022"; // 001
const LM24 = "lemonde-western-troops-private-contractors-ukraine-2024"; // 002
const NH26 = "newshub-france-ukraine-joint-production-2026"; // 003
const UA24 = "ukrainian-site-relays-le-monde-uk-france-hard-core-2024"; // 004

export default [
  // ===============================================================================================
  // Countries
  // ===============================================================================================
  {
    slug: "united-kingdom",
    name: "United Kingdom",
    kind: "COUNTRY",
    countryCode: "GB",
    aliases: ["UK", "Britain", "Great Britain", "London", "United Kingdom of Great Britain and Northern Ireland"],
    description:
      "The United Kingdom; Ukraine's privileged military partner in early 2023 (first European country to promise tanks, talks on licensed production in Ukraine) and, in November 2024, in talks with France on a 'hard core' of allies focused on Ukraine.",
    citations: [
      { source: F24, quote: "Since the beginning of the war in Ukraine, the United Kingdom has indeed spared no effort to show its support for Ukraine." },
      { source: F24, quote: "But it seems that the UK is preferred by the Ukrainian authorities." },
      { source: LM24, quote: "Discussions are underway between the UK and France on defense cooperation" },
      { source: UA24, quote: "Discussions are underway between Great Britain and France on defense cooperation" },
    ],
  },
  {
    slug: "ukraine",
    name: "Ukraine",
    kind: "COUNTRY",
    countryCode: "UA",
    aliases: ["Kyiv", "Kiev", "kyiv", "Ukrainian authorities"],
    description:
      "Ukraine, defending itself against Russia's full-scale invasion; seeks Western arms, licensed and joint production on its soil, and from February 2026 reopens exports of its own weapons.",
    citations: [
      { source: F24, quote: "Ukrainian territory is well suited for the manufacture of defense equipment." },
      { source: F24, quote: "The shortage of ammunition is one of kyiv's main concerns." },
      { source: NH26, quote: "Ukraine confirmed it is reopening exports of selected domestically produced weapon systems." },
    ],
  },
  {
    slug: "united-states",
    name: "United States",
    kind: "COUNTRY",
    countryCode: "US",
    aliases: ["US", "USA", "United States of America", "Washington", "America"],
    description:
      "The United States; Kyiv's most important military partner (Abrams tanks, billions in weapons), which refused ATACMS in 2022, convenes the Contact Group and in November 2024 allowed Ukraine to use long-range missiles on Russian territory.",
    citations: [
      { source: F24, quote: "there is no doubt that Washington remains kyiv's most important partner." },
      { source: F24, quote: "the American army is by far Ukraine's greatest military ally." },
      { source: LM22, quote: "then under the aegis of the United States between the countries of the “Contact Group”" },
      { source: UA24, quote: "The USA, Germany, Great Britain, Canada, Spain, the Czech Republic, Poland, etc. stated this." },
    ],
  },
  {
    slug: "france",
    name: "France",
    kind: "COUNTRY",
    countryCode: "FR",
    aliases: ["Paris", "French Republic", "French state"],
    description:
      "France; majority owner of DCI, in talks with the UK on a 'hard core' of allies (November 2024), and in February 2026 agreed joint weapons production with Ukraine.",
    citations: [
      { source: F24, quote: "It must be said that Paris and Berlin, also engaged in this arms race, have not shown the same eagerness." },
      { source: LM24, quote: "DCI is 55% owned by the French state." },
      { source: UA24, quote: "As reported, France has no \"red lines\" regarding support for Ukraine." },
      { source: NH26, quote: "France has agreed to begin joint weapons production with Ukraine" },
    ],
  },
  {
    slug: "germany",
    name: "Germany",
    kind: "COUNTRY",
    countryCode: "DE",
    aliases: ["Berlin", "Federal Republic of Germany"],
    description:
      "Germany; promised 14 Leopard 2 tanks in January 2023 after delaying, and led the opposition to Macron's February 2024 idea of sending troops to Ukraine.",
    citations: [
      { source: F24, quote: "By delaying in agreeing to the delivery of Leopard 2 tanks, Germany showed some reservations about the idea of greater involvement in the war in Ukraine." },
      { source: LM24, quote: "was strongly opposed by some European countries, led by Germany" },
      { source: UA24, quote: "but it provoked strong resistance from some European countries, led by Germany" },
    ],
  },
  {
    slug: "poland",
    name: "Poland",
    kind: "COUNTRY",
    countryCode: "PL",
    aliases: ["Warsaw", "Republic of Poland"],
    description:
      "Poland; bought hundreds of tanks and other equipment from South Korea (2022), hosts DCI's training of Ukrainian soldiers, and is a possible first site of Ukrainian licensed production near the border.",
    citations: [
      { source: F24, quote: "I expect Ukrainian production to start in Poland near the border" },
      { source: LM22, quote: "as demonstrated by the recent purchase by Poland of hundreds of tanks and other equipment in South Korea" },
      { source: LM24, quote: "as it is already doing in France and Poland" },
    ],
  },
  {
    slug: "south-korea",
    name: "South Korea",
    kind: "COUNTRY",
    countryCode: "KR",
    aliases: ["Republic of Korea", "ROK", "Seoul"],
    description: "South Korea; a source of artillery ammunition for Ukraine and its partners, and seller of hundreds of tanks and other equipment to Poland.",
    citations: [
      { source: F24, quote: "To obtain supplies of artillery ammunition, Ukraine and its partners have recourse to South Korea and Pakistan." },
      { source: LM22, quote: "the recent purchase by Poland of hundreds of tanks and other equipment in South Korea" },
    ],
  },
  {
    slug: "pakistan",
    name: "Pakistan",
    kind: "COUNTRY",
    countryCode: "PK",
    aliases: ["Islamabad"],
    description: "Pakistan; a source of artillery ammunition for Ukraine and its partners (early 2023).",
    citations: [{ source: F24, quote: "To obtain supplies of artillery ammunition, Ukraine and its partners have recourse to South Korea and Pakistan." }],
  },
  {
    slug: "russia",
    name: "Russia",
    kind: "COUNTRY",
    countryCode: "RU",
    aliases: ["Russian Federation", "Moscow"],
    description: "Russia, waging war on Ukraine; described in early 2023 as far ahead of Ukraine in tanks, armoured vehicles, helicopters and fighter jets.",
    citations: [
      { source: F24, quote: "Russia is still far ahead of Ukraine in the number of tanks, armored vehicles, helicopters and fighter jets." },
      { source: F24, quote: "Russia has a long tradition of using artillery barrages, a tactic dating back to the Tsarist era." },
      { source: NH26, quote: "It also sends a clear message to Moscow that Ukraine’s defence capacity is becoming institutionalised rather than improvised." },
    ],
  },
  {
    slug: "china",
    name: "China",
    kind: "COUNTRY",
    countryCode: "CN",
    aliases: ["People's Republic of China", "PRC", "Beijing"],
    description: "China; Russia can count on imports from China, though not at the level of the Western components it lacks.",
    citations: [{ source: F24, quote: "It can certainly count on imports from China, but they are not at the same level." }],
  },
  {
    slug: "lithuania",
    name: "Lithuania",
    kind: "COUNTRY",
    countryCode: "LT",
    aliases: ["Vilnius"],
    description: "Lithuania; a NATO country that said it was ready to consider sending troops or instructors to Ukraine.",
    citations: [
      { source: UA24, quote: "Some NATO countries, including Lithuania, Latvia, Estonia, and Canada, said they were ready to consider such an option." },
      { source: UA24, quote: "Lithuania's Minister of Foreign Affairs, Gabrielius Landsbergis" },
    ],
  },
  {
    slug: "latvia",
    name: "Latvia",
    kind: "COUNTRY",
    countryCode: "LV",
    aliases: ["Riga"],
    description: "Latvia; a NATO country that said it was ready to consider sending troops to Ukraine.",
    citations: [{ source: UA24, quote: "Some NATO countries, including Lithuania, Latvia, Estonia, and Canada, said they were ready to consider such an option." }],
  },
  {
    slug: "estonia",
    name: "Estonia",
    kind: "COUNTRY",
    countryCode: "EE",
    aliases: ["Tallinn"],
    description: "Estonia; a NATO country that said it was ready to consider sending troops to Ukraine.",
    citations: [{ source: UA24, quote: "Some NATO countries, including Lithuania, Latvia, Estonia, and Canada, said they were ready to consider such an option." }],
  },
  {
    slug: "canada",
    name: "Canada",
    kind: "COUNTRY",
    countryCode: "CA",
    aliases: ["Ottawa"],
    description:
      "Canada; named by article 004 both among NATO countries ready to consider sending troops to Ukraine and among those not considering it (a contradiction kept as two records).",
    citations: [
      { source: UA24, quote: "Some NATO countries, including Lithuania, Latvia, Estonia, and Canada, said they were ready to consider such an option." },
      { source: UA24, quote: "The USA, Germany, Great Britain, Canada, Spain, the Czech Republic, Poland, etc. stated this." },
    ],
  },
  {
    slug: "spain",
    name: "Spain",
    kind: "COUNTRY",
    countryCode: "ES",
    aliases: ["Madrid"],
    description: "Spain; a NATO member state that said it was not considering sending troops to Ukraine.",
    citations: [{ source: UA24, quote: "The USA, Germany, Great Britain, Canada, Spain, the Czech Republic, Poland, etc. stated this." }],
  },
  {
    slug: "czech-republic",
    name: "Czech Republic",
    kind: "COUNTRY",
    countryCode: "CZ",
    aliases: ["Czechia", "Prague"],
    description: "The Czech Republic; a NATO member state that said it was not considering sending troops to Ukraine.",
    citations: [{ source: UA24, quote: "The USA, Germany, Great Britain, Canada, Spain, the Czech Republic, Poland, etc. stated this." }],
  },

  // ===============================================================================================
  // Government bodies
  // ===============================================================================================
  {
    slug: "uk-government",
    name: "UK Government (Downing Street)",
    kind: "GOVERNMENT_BODY",
    countryCode: "GB",
    aliases: ["Downing Street", "Number 10", "British government", "His Majesty's Government"],
    description: "The British government, headed by the Prime Minister from Downing Street.",
    citations: [
      { source: F24, quote: "Then his successor, the current head of government Rishi Sunak, also made the trip shortly after his arrival in Downing Street." },
      { source: F24, quote: "The head of the British government is went further by paving the way for the possible supply of fighter planes" },
    ],
  },
  {
    slug: "white-house",
    name: "White House",
    kind: "GOVERNMENT_BODY",
    countryCode: "US",
    aliases: ["The White House", "US presidency"],
    description: "The US presidency, which set itself a red line on escalation and refused ATACMS during Zelensky's visit.",
    citations: [
      { source: F24, quote: "However, the White House has set itself a red line not to be crossed because Washington does not want to intensify the conflict to the point of risking a third world war." },
      { source: F24, quote: "During Volodymyr Zelensky's visit to the White House, President Joe Biden firmly refused to send long-range American ATACMS missiles," },
    ],
  },
  {
    slug: "us-state-department",
    name: "US State Department",
    kind: "GOVERNMENT_BODY",
    countryCode: "US",
    aliases: ["State Department", "US Department of State", "Department of State"],
    description: "The US foreign ministry; on 8 September 2022 it announced about $2.2 billion to help allies and neighbours of Ukraine buy American military equipment.",
    citations: [{ source: LM22, quote: "the State Department announced, on September 8, its intention to unlock some $ 2.2 billion (2.29 billion euros)" }],
  },
  {
    slug: "french-ministry-armed-forces",
    name: "French Ministry of the Armed Forces",
    kind: "GOVERNMENT_BODY",
    countryCode: "FR",
    aliases: ["Ministry of the Armed Forces", "Ministère des Armées", "French Ministry of Defence", "Ministry of Defense"],
    description:
      "France's defence ministry; DCI is its main operator for monitoring French arms export contracts. As of November 2024 it had not given the green light to deploying troops or private contractors to Ukraine.",
    citations: [
      { source: LM24, quote: "The French Ministry of the Armed Forces and the Elysée Palace have not as yet given the green light to the deployment of conventional troops – or private contractors." },
      { source: UA24, quote: "the main operator of the Ministry of Defense for monitoring French contracts for arms exports" },
    ],
  },
  {
    slug: "elysee-palace",
    name: "Élysée Palace",
    kind: "GOVERNMENT_BODY",
    countryCode: "FR",
    aliases: ["Elysée Palace", "Elysee Palace", "Élysée", "French presidency"],
    description: "The French presidency; as of November 2024 it had not given the official green light to send troops or private service providers to Ukraine.",
    citations: [
      { source: LM24, quote: "The French Ministry of the Armed Forces and the Elysée Palace have not as yet given the green light to the deployment of conventional troops – or private contractors." },
      { source: UA24, quote: "They stress that the Ministry of the Armed Forces and the Élysée Palace have not yet given the official green light to send troops or private service providers." },
    ],
  },

  // ===============================================================================================
  // Companies and groups of companies
  // ===============================================================================================
  {
    slug: "defense-conseil-international",
    name: "Défense Conseil International",
    kind: "COMPANY",
    countryCode: "FR",
    aliases: ["DCI", "Defense Conseil International"],
    description:
      "French company, 55% owned by the French state, the Ministry of the Armed Forces' main operator for monitoring French arms export contracts and transferring related military know-how; 80% ex-military staff; trains Ukrainian soldiers in France and Poland.",
    citations: [
      { source: LM24, quote: "One of these concerns Défense Conseil International (DCI), the Ministry of the Armed Forces’ main operator for monitoring French arms export contracts and transferring related military know-how." },
      { source: LM24, quote: "Composed of 80% ex-military personnel" },
      { source: UA24, quote: "Among them is Défense Conseil International (DCI), the main operator of the Ministry of Defense for monitoring French contracts for arms exports" },
    ],
  },
  {
    slug: "babcock",
    name: "Babcock",
    kind: "COMPANY",
    countryCode: "GB",
    aliases: ["Babcock International", "Babcock International Group"],
    description:
      "British defence company described as DCI's counterpart, already present in Ukraine; in May 2024 announced work to create a technical support site there for repair and overhaul of military vehicles.",
    citations: [
      { source: LM24, quote: "DCI has been approached by Babcock, its British counterpart already present in Ukraine, to share the latter’s local facilities." },
      { source: LM24, quote: "In May 2024, Babcock announced that work was “underway” to create a technical support site in Ukraine" },
    ],
  },
  {
    slug: "british-defence-companies",
    name: "British defence companies (unnamed)",
    kind: "COMPANY",
    countryCode: "GB",
    aliases: ["British defense companies", "British companies", "British emissaries"],
    description: "Unnamed British defence companies whose executives were in talks with Kyiv in February 2023 on building British-designed weapons and vehicles in Ukraine under licence.",
    citations: [
      { source: F24, quote: "Executives of British defense companies are currently in talks with Kyiv" },
      { source: F24, quote: "This agreement with British companies is the “kind of thing that Washington wants to see”, continues Jeff Hawn." },
    ],
  },
  {
    slug: "french-defence-firms",
    name: "French defence firms (unnamed)",
    kind: "COMPANY",
    countryCode: "FR",
    aliases: ["French defence companies", "French defense firms"],
    description: "Unnamed French defence companies that, under the February 2026 France–Ukraine agreement, are to manufacture military hardware with Ukrainian partners on Ukrainian soil.",
    citations: [
      { source: NH26, quote: "The agreement will see French defence firms collaborate directly with Ukrainian partners to manufacture military hardware on Ukrainian soil" },
    ],
  },
  {
    slug: "ukrainian-defence-industry",
    name: "Ukrainian defence manufacturers (unnamed)",
    kind: "COMPANY",
    countryCode: "UA",
    aliases: ["Ukrainian partners", "Ukrainian defence industry", "Ukrainian arms manufacturers"],
    description:
      "Unnamed Ukrainian manufacturers: partners of French firms in joint production (2026) and makers of the drones, electronic-warfare tools and artillery-related components offered for export.",
    citations: [
      { source: NH26, quote: "The agreement will see French defence firms collaborate directly with Ukrainian partners to manufacture military hardware on Ukrainian soil" },
      { source: NH26, quote: "Ukrainian-made drones, electronic warfare tools, and artillery-related components are expected to be among the first products offered to international partners." },
    ],
  },

  // ===============================================================================================
  // Unnamed groups of states
  // ===============================================================================================
  {
    slug: "ukraine-allies-and-neighbours",
    name: "Allies and neighbours of Ukraine that supplied it with weapons (unnamed group)",
    kind: "ORGANISATION",
    aliases: ["allies and neighbouring countries of Ukraine"],
    description:
      "Unnamed group of US allies and countries neighbouring Ukraine that have provided weapons against Russia; recipients of the US State Department's September 2022 financing to buy American military equipment. Not a formal organisation.",
    citations: [
      { source: LM22, quote: "to “help” allies and countries Neighbors of Ukraine having provided weapons against Russia, to buy American military equipment" },
    ],
  },

  // ===============================================================================================
  // Alliances and international organisations
  // ===============================================================================================
  {
    slug: "nato",
    name: "NATO",
    kind: "ALLIANCE",
    aliases: ["North Atlantic Treaty Organization", "OTAN", "the Alliance", "Atlantic Alliance"],
    description: "The North Atlantic alliance; its Secretary General warned in February 2023 that allies must increase ammunition production; its headquarters hosted the 27 September 2022 armaments directors' meeting.",
    citations: [
      { source: F24, quote: "NATO Secretary General Jens Stoltenberg, who warned on Monday that the Alliance must \"increase\" the production of ammunition" },
      { source: LM22, quote: "first at the NATO headquarters between Allies, on September 27" },
      { source: UA24, quote: "several other NATO member states have already stated that they are not considering sending their troops to Ukraine" },
    ],
  },
  {
    slug: "european-union",
    name: "European Union",
    kind: "ORGANISATION",
    aliases: ["EU"],
    description: "The European Union; hosted the 29 September 2022 armaments directors' session; 60% of EU acquisitions were then made outside Europe.",
    citations: [
      { source: LM22, quote: "under the leadership of the European Union (EU) on 29" },
      { source: LM22, quote: "60 % of EU acquisitions are now made outside Europe" },
    ],
  },
  {
    slug: "european-defence-agency",
    name: "European Defence Agency",
    kind: "ORGANISATION",
    aliases: ["EDA", "European Defense Agency", "AED", "Agence européenne de défense"],
    description: "The EU's defence agency, formerly directed by Claude-France Arnould.",
    citations: [{ source: LM22, quote: "former director of the European Defense Agency (AED)" }],
  },
  {
    slug: "ukraine-defense-contact-group",
    name: "Ukraine Defense Contact Group",
    kind: "ORGANISATION",
    aliases: ["Contact Group", "UDCG", "Ramstein group"],
    description: "Group of countries, convened under the aegis of the United States, that coordinates the logistics of arms deliveries to Ukraine.",
    citations: [
      { source: LM22, quote: "then under the aegis of the United States between the countries of the “Contact Group” which coordinates the Logistics of arms deliveries to Ukraine on the 28th" },
    ],
  },
  {
    slug: "new-lines-institute",
    name: "New Lines Institute",
    kind: "ORGANISATION",
    countryCode: "US",
    aliases: ["New Lines Institute for Strategy and Policy"],
    description: "American geopolitical research centre; Jeff Hawn is a non-permanent researcher there.",
    citations: [{ source: F24, quote: "non-permanent researcher at the American geopolitical research center New Lines Institute" }],
  },
  {
    slug: "ifri",
    name: "French Institute of International Relations",
    kind: "ORGANISATION",
    countryCode: "FR",
    aliases: ["IFRI", "Ifri", "Institut français des relations internationales"],
    description: "French think tank; Claude-France Arnould is an adviser there.",
    citations: [{ source: LM22, quote: "Advisor within the French Institute of International Relations" }],
  },
  {
    slug: "the-telegraph",
    name: "The Telegraph",
    kind: "ORGANISATION",
    countryCode: "GB",
    aliases: ["Telegraph", "The Daily Telegraph"],
    description: "British newspaper that reported on 11 February 2023 the talks on building British-designed weapons in Ukraine.",
    citations: [
      { source: F24, quote: "the Telegraph reported in its Feb. 11 edition" },
      { source: F24, quote: "according to the British newspaper" },
    ],
  },
  {
    slug: "breaking-defense",
    name: "Breaking Defense",
    kind: "ORGANISATION",
    countryCode: "US",
    aliases: [],
    description: "Specialised defence media outlet that quoted a senior US defence official on 23 September 2022.",
    citations: [{ source: LM22, quote: "quoted by the specialized media Breaking Defense" }],
  },
  {
    slug: "bbc",
    name: "BBC",
    kind: "ORGANISATION",
    countryCode: "GB",
    aliases: ["British Broadcasting Corporation"],
    description: "British public broadcaster that interviewed French foreign minister Jean-Noël Barrot on 23 November 2024.",
    citations: [{ source: LM24, quote: "In an interview with the BBC on November 23" }],
  },
  {
    slug: "le-monde",
    name: "Le Monde",
    kind: "ORGANISATION",
    countryCode: "FR",
    aliases: ["The World", "the publication"],
    description:
      "French daily newspaper; its November 2024 report on revived discussions of sending Western troops and private contractors to Ukraine was relayed by a Ukrainian site (article 004). 'The World' in article 002 is a literal translation of its name.",
    citations: [
      { source: UA24, quote: "Le Monde reports this, citing its own sources." },
      { source: LM24, quote: "The World has learned from corroborating sources" },
    ],
  },
  {
    slug: "france-24",
    name: "France 24",
    kind: "ORGANISATION",
    countryCode: "FR",
    aliases: ["France24"],
    description: "French international news channel; publisher of article 000 (from its footer).",
    citations: [{ source: F24, quote: "Download the France 24 app" }],
  },
  {
    slug: "newshub",
    name: "Newshub",
    kind: "ORGANISATION",
    aliases: ["Newshub Editorial in Europe"],
    description: "News site whose European editorial desk signed article 003 (10 February 2026).",
    citations: [{ source: NH26, quote: "Newshub Editorial in Europe – 10 February 2026" }],
  },

  // ===============================================================================================
  // People (title = their position at the time of the source)
  // ===============================================================================================
  {
    slug: "volodymyr-zelensky",
    name: "Volodymyr Zelensky",
    kind: "PERSON",
    countryCode: "UA",
    aliases: ["Zelensky", "Zelenskyy", "Volodymyr Zelenskyy"],
    title: "President of Ukraine",
    description: "President of Ukraine; visited London on 8 February 2023 and, earlier, the White House, where Biden refused him ATACMS; asked for fighter planes.",
    citations: [
      { source: F24, quote: "Ukrainian President Volodymyr Zelensky and British Prime Minister Rishi Sunak in London on February 8" },
      { source: F24, quote: "the possible supply of fighter planes, a big request from Volodymyr Zelensky" },
    ],
  },
  {
    slug: "rishi-sunak",
    name: "Rishi Sunak",
    kind: "PERSON",
    countryCode: "GB",
    aliases: ["Sunak"],
    title: "Prime Minister of the United Kingdom",
    description: "British Prime Minister (successor of Boris Johnson); visited Ukraine shortly after taking office and in February 2023 said 'nothing is ruled out', including aircraft.",
    citations: [
      { source: F24, quote: "British Prime Minister Rishi Sunak in London on February 8" },
      { source: F24, quote: "Then his successor, the current head of government Rishi Sunak, also made the trip shortly after his arrival in Downing Street." },
    ],
  },
  {
    slug: "boris-johnson",
    name: "Boris Johnson",
    kind: "PERSON",
    countryCode: "GB",
    aliases: ["Johnson"],
    title: "Former Prime Minister of the United Kingdom",
    description: "British Prime Minister before Rishi Sunak, who visited Ukraine twice while in office; the close UK–Ukraine military cooperation started under him and he remains very popular in Ukraine.",
    citations: [
      { source: F24, quote: "Boris Johnson, then Prime Minister, had visited Ukraine twice." },
      { source: F24, quote: "which started under Boris Johnson - who has remained very popular in Ukraine - and which continued under Rishi Sunak" },
    ],
  },
  {
    slug: "keir-starmer",
    name: "Keir Starmer",
    kind: "PERSON",
    countryCode: "GB",
    aliases: ["Starmer", "Sir Keir Starmer"],
    title: "Prime Minister of the United Kingdom",
    description: "British Prime Minister whose visit to France for the 11 November 2024 commemorations relaunched the debate on sending troops to Ukraine.",
    citations: [
      { source: LM24, quote: "thanks to the visit to France of the UK prime minister, Keir Starmer, for the November 11th commemorations" },
      { source: UA24, quote: "thanks to the visit to France of the Prime Minister of the United Kingdom, Keir Starmer, on November 11" },
    ],
  },
  {
    slug: "emmanuel-macron",
    name: "Emmanuel Macron",
    kind: "PERSON",
    countryCode: "FR",
    aliases: ["Macron"],
    title: "President of France",
    description: "French President; said in June 2022 that Russia should not be 'humiliated', and in February 2024 initiated the debate on sending troops to Ukraine at a meeting of allies in Paris.",
    citations: [
      { source: F24, quote: "As for France, Emmanuel Macron's remarks made in June that Russia should not be \"humiliated\" may have stung the Ukrainian president." },
      { source: LM24, quote: "The debate about sending troops to Ukraine, which French President Emmanuel Macron initiated at a meeting between Kyiv’s allies in Paris in February" },
    ],
  },
  {
    slug: "jean-noel-barrot",
    name: "Jean-Noël Barrot",
    kind: "PERSON",
    countryCode: "FR",
    aliases: ["Barrot", "Jean-Noel Barrot"],
    title: "French Minister of Foreign Affairs",
    description: "French foreign minister; visited London on 22 November 2024 and told the BBC on 23 November that France did 'not discard any option' on sending troops.",
    citations: [
      { source: LM24, quote: "the French foreign minister, Jean-Noël Barrot, on a visit to London on November 22" },
      { source: UA24, quote: "French Foreign Minister Jean-Noël Barrot indirectly confirmed that Ukraine could strike Russia with French long-range missiles" },
    ],
  },
  {
    slug: "joe-biden",
    name: "Joe Biden",
    kind: "PERSON",
    countryCode: "US",
    aliases: ["Biden", "Joseph R. Biden", "President Biden"],
    title: "President of the United States",
    description: "US President who firmly refused to send long-range ATACMS missiles during Zelensky's White House visit.",
    citations: [{ source: F24, quote: "President Joe Biden firmly refused to send long-range American ATACMS missiles" }],
  },
  {
    slug: "donald-trump",
    name: "Donald Trump",
    kind: "PERSON",
    countryCode: "US",
    aliases: ["Trump"],
    title: "US President-elect (took office on 20 January 2025)",
    description: "US President-elect at the time of article 002 ('One week after Trump’s election'); his taking office on 20 January 2025 raised the prospect of an American withdrawal of support for Kyiv.",
    citations: [
      { source: LM24, quote: "relaunched in light of a potential American withdrawal of support for Kyiv once Donald Trump takes office on January 20, 2025" },
    ],
  },
  {
    slug: "jens-stoltenberg",
    name: "Jens Stoltenberg",
    kind: "PERSON",
    countryCode: "NO",
    aliases: ["Stoltenberg"],
    title: "Secretary General of NATO",
    description: "NATO Secretary General who warned in February 2023 that the Alliance must increase ammunition production to cope with depleted stocks.",
    citations: [{ source: F24, quote: "NATO Secretary General Jens Stoltenberg, who warned on Monday that the Alliance must \"increase\" the production of ammunition to cope with the many depleted stocks" }],
  },
  {
    slug: "gabrielius-landsbergis",
    name: "Gabrielius Landsbergis",
    kind: "PERSON",
    countryCode: "LT",
    aliases: ["Landsbergis"],
    title: "Minister of Foreign Affairs of Lithuania",
    description: "Lithuanian foreign minister who said Western countries could send military instructors to Ukraine for training, possibly as a first step of Macron's initiative.",
    citations: [
      { source: UA24, quote: "Lithuania's Minister of Foreign Affairs, Gabrielius Landsbergis, noted that Western countries could send their military instructors to Ukraine for training." },
    ],
  },
  {
    slug: "claude-france-arnould",
    name: "Claude-France Arnould",
    kind: "PERSON",
    countryCode: "FR",
    aliases: ["Arnould"],
    title: "Former director of the European Defence Agency; adviser at IFRI",
    description: "Former director of the European Defence Agency and adviser at the French Institute of International Relations, who spoke of a real US–EU industrial rivalry (September 2022).",
    citations: [
      { source: LM22, quote: "said Claude-France Arnould, former director of the European Defense Agency (AED), Advisor within the French Institute of International Relations" },
    ],
  },
  {
    slug: "huseyn-aliyev",
    name: "Huseyn Aliyev",
    kind: "PERSON",
    aliases: ["Aliyev"],
    title: "Specialist in Russia (analyst)",
    description: "Specialist in Russia quoted by France 24 (February 2023) on UK–Ukraine licensed production, US approval, production in Poland and the arms race with Russia.",
    citations: [{ source: F24, quote: "opines Huseyn Aliyev, specialist in Russia" }],
  },
  {
    slug: "jeff-hawn",
    name: "Jeff Hawn",
    kind: "PERSON",
    aliases: ["Hawn"],
    title: "Non-permanent researcher, New Lines Institute",
    description: "Researcher at the New Lines Institute quoted by France 24 (February 2023) on the US–UK special relationship and Ukraine's military-industrial base.",
    citations: [{ source: F24, quote: "assures Jeff Hawn, non-permanent researcher at the American geopolitical research center New Lines Institute" }],
  },
  {
    slug: "aude-mazoue",
    name: "Aude Mazoué",
    kind: "PERSON",
    aliases: ["Aude Mazoue"],
    title: "Journalist (France 24)",
    description: "Journalist who adapted article 000 from an English original for France 24.",
    citations: [{ source: F24, quote: "A text adapted from the original in English by Aude Mazoué." }],
  },
] satisfies ActorSeed[];
