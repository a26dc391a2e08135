import type { EventSeed } from "@/lib/schemas/event";

// The timeline: visits, meetings, announcements, decisions, reports and statements (with a stance
// where the statement takes a position). Dates carry their real precision; dateInferred is true
// where the year (or more) is not printed in the article and has been inferred from context.

const F24 = "france24-uk-ukraine-licensed-production-2023"; // 000
const LM22 = "lemonde-allied-armaments-directors-brussels-2022"; // 001
const LM24 = "lemonde-western-troops-private-contractors-ukraine-2024"; // 002
const NH26 = "newshub-france-ukraine-joint-production-2026"; // 003
const UA24 = "ukrainian-site-relays-le-monde-uk-france-hard-core-2024"; // 004

export default [
  // ===============================================================================================
  // Article 000 — France 24, February 2023 (and earlier events it recalls)
  // ===============================================================================================
  {
    slug: "macron-russia-not-humiliated-2022-06",
    title: "Macron says Russia should not be 'humiliated'",
    description:
      "In June (2022) Emmanuel Macron said Russia should not be 'humiliated' — remarks that, according to France 24, may have stung the Ukrainian president and help explain why Kyiv preferred the UK as an industrial partner.",
    kind: "STATEMENT",
    date: "2022-06",
    dateInferred: true,
    stance: "CAUTIOUS",
    topic: "Humiliating Russia / France's approach to the war",
    confidence: "CONFIRMED",
    actors: [
      { actor: "emmanuel-macron", role: "SPEAKER" },
      { actor: "france", role: "SPEAKER" },
      { actor: "russia", role: "SUBJECT" },
    ],
    citations: [
      { source: F24, quote: "As for France, Emmanuel Macron's remarks made in June that Russia should not be \"humiliated\" may have stung the Ukrainian president." },
    ],
  },
  {
    slug: "johnson-visits-ukraine-2022",
    title: "Boris Johnson visits Ukraine twice as Prime Minister",
    description:
      "Boris Johnson, then British Prime Minister, visited Ukraine twice as a sign of UK diplomatic support. The article gives no dates; the year 2022 is inferred (after the start of the full-scale war and before Sunak succeeded him).",
    kind: "VISIT",
    date: "2022",
    dateInferred: true,
    place: "Ukraine",
    placeCountryCode: "UA",
    confidence: "CONFIRMED",
    actors: [
      { actor: "boris-johnson", role: "VISITOR" },
      { actor: "united-kingdom", role: "VISITOR" },
      { actor: "ukraine", role: "HOST" },
    ],
    agreements: ["uk-ukraine-close-military-cooperation"],
    citations: [
      { source: F24, quote: "Diplomatic support first." },
      { source: F24, quote: "Boris Johnson, then Prime Minister, had visited Ukraine twice." },
    ],
  },
  {
    slug: "sunak-visit-ukraine-2022-11",
    title: "Rishi Sunak visits Ukraine shortly after taking office",
    description:
      "Rishi Sunak, Johnson's successor, travelled to Ukraine shortly after arriving in Downing Street. The article gives no date; Sunak took office in late October 2022 and visited Kyiv on 19 November 2022 (background knowledge), so November 2022 is recorded as inferred.",
    kind: "VISIT",
    date: "2022-11",
    dateInferred: true,
    place: "Ukraine",
    placeCountryCode: "UA",
    confidence: "CONFIRMED",
    actors: [
      { actor: "rishi-sunak", role: "VISITOR" },
      { actor: "united-kingdom", role: "VISITOR" },
      { actor: "ukraine", role: "HOST" },
    ],
    agreements: ["uk-ukraine-close-military-cooperation"],
    citations: [
      { source: F24, quote: "Then his successor, the current head of government Rishi Sunak, also made the trip shortly after his arrival in Downing Street." },
    ],
  },
  {
    slug: "zelensky-white-house-visit-2022-12",
    title: "Zelensky visits the White House",
    description:
      "Volodymyr Zelensky visited the White House, where President Joe Biden firmly refused to send long-range ATACMS missiles. The article gives no date; the visit took place on 21 December 2022 (background knowledge), recorded as December 2022, inferred.",
    kind: "VISIT",
    date: "2022-12",
    dateInferred: true,
    place: "White House, Washington",
    placeCountryCode: "US",
    confidence: "CONFIRMED",
    actors: [
      { actor: "volodymyr-zelensky", role: "VISITOR" },
      { actor: "ukraine", role: "VISITOR" },
      { actor: "joe-biden", role: "HOST" },
      { actor: "white-house", role: "HOST" },
    ],
    pledges: ["us-atacms-refused"],
    citations: [{ source: F24, quote: "During Volodymyr Zelensky's visit to the White House, President Joe Biden firmly refused to send long-range American ATACMS missiles," }],
  },
  {
    slug: "biden-refuses-atacms-2022-12",
    title: "Biden refuses to send long-range ATACMS missiles to Ukraine",
    description:
      "During Zelensky's White House visit, Biden firmly refused to send long-range American ATACMS missiles: the White House had set itself a red line, not wanting to intensify the conflict to the point of risking a third world war. Date inferred (December 2022, see the visit).",
    kind: "STATEMENT",
    date: "2022-12",
    dateInferred: true,
    place: "White House, Washington",
    placeCountryCode: "US",
    stance: "REFUSES",
    topic: "Sending long-range ATACMS missiles to Ukraine",
    confidence: "CONFIRMED",
    actors: [
      { actor: "joe-biden", role: "SPEAKER" },
      { actor: "white-house", role: "SPEAKER" },
      { actor: "united-states", role: "SPEAKER" },
      { actor: "volodymyr-zelensky", role: "PARTICIPANT" },
      { actor: "ukraine", role: "SUBJECT" },
    ],
    pledges: ["us-atacms-refused"],
    citations: [
      { source: F24, quote: "During Volodymyr Zelensky's visit to the White House, President Joe Biden firmly refused to send long-range American ATACMS missiles," },
      { source: F24, quote: "However, the White House has set itself a red line not to be crossed because Washington does not want to intensify the conflict to the point of risking a third world war." },
    ],
  },
  {
    slug: "uk-promises-challenger-2-tanks-2023-01",
    title: "UK promises 14 Challenger 2 tanks to Ukraine",
    description: "In mid-January (2023) London became the first European military contributor to promise tanks to Ukraine: 14 Challenger 2. Year inferred.",
    kind: "ANNOUNCEMENT",
    date: "2023-01",
    dateInferred: true,
    confidence: "CONFIRMED",
    actors: [
      { actor: "united-kingdom", role: "SPEAKER" },
      { actor: "ukraine", role: "SUBJECT" },
    ],
    pledges: ["uk-challenger-2-tanks"],
    citations: [{ source: F24, quote: "London became the first European military contributor to Ukraine with a promise to deliver 14 Challenger 2 tanks in mid-January" }],
  },
  {
    slug: "germany-announces-leopard-2-tanks-2023-01",
    title: "Germany announces 14 Leopard 2 tanks for Ukraine",
    description:
      "A week after the UK's mid-January promise, Germany announced it would deliver 14 Leopard 2 tanks — after delays that showed reservations about greater involvement in the war. Late January 2023, year inferred.",
    kind: "ANNOUNCEMENT",
    date: "2023-01",
    dateInferred: true,
    confidence: "CONFIRMED",
    actors: [
      { actor: "germany", role: "SPEAKER" },
      { actor: "ukraine", role: "SUBJECT" },
    ],
    pledges: ["germany-leopard-2-tanks"],
    citations: [
      { source: F24, quote: "before Germany announced a week later to deliver 14 Leopard 2 tanks" },
      { source: F24, quote: "By delaying in agreeing to the delivery of Leopard 2 tanks, Germany showed some reservations about the idea of greater involvement in the war in Ukraine." },
    ],
  },
  {
    slug: "zelensky-london-visit-2023-02-08",
    title: "Zelensky visits London; joint press conference with Rishi Sunak",
    description:
      "Ukrainian President Volodymyr Zelensky made a surprise visit to London and held a joint press conference with Prime Minister Rishi Sunak, who promised to continue supporting Ukraine; behind the scenes, serious arms talks were under way. Year (2023) inferred.",
    kind: "VISIT",
    date: "2023-02-08",
    dateInferred: true,
    place: "London",
    placeCountryCode: "GB",
    confidence: "CONFIRMED",
    actors: [
      { actor: "volodymyr-zelensky", role: "VISITOR" },
      { actor: "ukraine", role: "VISITOR" },
      { actor: "rishi-sunak", role: "HOST" },
      { actor: "united-kingdom", role: "HOST" },
    ],
    agreements: ["uk-ukraine-licensed-production-talks"],
    pledges: ["uk-fighter-jets-possible"],
    citations: [
      { source: F24, quote: "Behind the warm diplomatic accolades between Ukrainian President Volodymyr Zelensky and British Prime Minister Rishi Sunak in London on February 8, serious arms talks are being played out behind the scenes." },
      { source: F24, quote: "Zelensky's surprise visit to London: Rishi Sunak promises to continue supporting Ukraine © AFP" },
    ],
  },
  {
    slug: "zelensky-sunak-joint-press-conference-2023-02-08",
    title: "Joint press conference of Sunak and Zelensky in London",
    description:
      "At the joint press conference on 8 February (2023, year inferred) alongside Zelensky, Sunak promised continued support and said aircraft deliveries were part of the discussions.",
    kind: "ANNOUNCEMENT",
    date: "2023-02-08",
    dateInferred: true,
    place: "London",
    placeCountryCode: "GB",
    confidence: "CONFIRMED",
    actors: [
      { actor: "rishi-sunak", role: "SPEAKER" },
      { actor: "volodymyr-zelensky", role: "SPEAKER" },
      { actor: "uk-government", role: "HOST" },
    ],
    pledges: ["uk-fighter-jets-possible"],
    citations: [
      { source: F24, quote: "has declared the British leader during the joint press conference on February 8 alongside the Ukrainian president" },
      { source: F24, quote: "Zelensky's surprise visit to London: Rishi Sunak promises to continue supporting Ukraine © AFP" },
    ],
  },
  {
    slug: "sunak-nothing-ruled-out-fighter-aircraft-2023-02-08",
    title: "Sunak: 'nothing is ruled out', aircraft deliveries part of discussions",
    description:
      "Rishi Sunak said that when it comes to providing military aid to Ukraine 'nothing is ruled out' and that aircraft deliveries 'are of course part of our discussions', paving the way for the possible supply of fighter planes requested by Zelensky.",
    kind: "STATEMENT",
    date: "2023-02-08",
    dateInferred: true,
    place: "London",
    placeCountryCode: "GB",
    stance: "OPEN",
    topic: "Supplying fighter aircraft to Ukraine",
    confidence: "CONFIRMED",
    actors: [
      { actor: "rishi-sunak", role: "SPEAKER" },
      { actor: "united-kingdom", role: "SPEAKER" },
      { actor: "volodymyr-zelensky", role: "PARTICIPANT" },
    ],
    pledges: ["uk-fighter-jets-possible"],
    citations: [
      { source: F24, quote: "\"We have been clear for a long time that when it comes to providing military aid to Ukraine, nothing is ruled out\", and aircraft deliveries \"are of course part of our discussions\", has declared the British leader during the joint press conference on February 8 alongside the Ukrainian president." },
    ],
  },
  {
    slug: "telegraph-report-uk-ukraine-licensed-production-2023-02-11",
    title: "Telegraph reports UK–Ukraine talks on building British weapons in Ukraine",
    description:
      "The Telegraph reported in its 11 February (2023) edition that executives of British defence companies were in talks with Kyiv on manufacturing British-designed weapons and military vehicles in Ukraine through licensed joint ventures, and that similar negotiations with other European countries were in the pipeline.",
    kind: "REPORT",
    date: "2023-02-11",
    dateInferred: true,
    confidence: "REPORTED",
    actors: [
      { actor: "the-telegraph", role: "REPORTER" },
      { actor: "british-defence-companies", role: "SUBJECT" },
      { actor: "ukraine", role: "SUBJECT" },
    ],
    agreements: ["uk-ukraine-licensed-production-talks", "other-european-ukraine-production-negotiations"],
    citations: [
      { source: F24, quote: "Executives of British defense companies are currently in talks with Kyiv to allow the manufacture of British-designed weapons and military vehicles on Ukrainian soil, the Telegraph reported in its Feb. 11 edition." },
      { source: F24, quote: "Similar negotiations with other European countries are also in the pipeline, the daily abounds." },
    ],
  },
  {
    slug: "stoltenberg-increase-ammunition-production-2023-02",
    title: "Stoltenberg: NATO must increase ammunition production",
    description:
      "NATO Secretary General Jens Stoltenberg warned 'on Monday' that the Alliance must 'increase' ammunition production to cope with depleted stocks. The Monday is not dated; it falls in February 2023 (probably 13 February 2023, the Monday after the Telegraph report), recorded as February 2023, inferred.",
    kind: "STATEMENT",
    date: "2023-02",
    dateInferred: true,
    stance: "SUPPORTS",
    topic: "Increasing ammunition production",
    confidence: "CONFIRMED",
    actors: [
      { actor: "jens-stoltenberg", role: "SPEAKER" },
      { actor: "nato", role: "SPEAKER" },
    ],
    citations: [
      { source: F24, quote: "This decision is also in line with the words of NATO Secretary General Jens Stoltenberg, who warned on Monday that the Alliance must \"increase\" the production of ammunition to cope with the many depleted stocks." },
      { source: F24, quote: "Like its NATO allies, the United States has run out of supplies to help Ukraine faster than its defense contractors can manufacture them." },
    ],
  },
  // Analysts quoted by France 24 (statements made for the article, February 2023, inferred).
  {
    slug: "aliyev-uk-main-candidate-2023-02",
    title: "Huseyn Aliyev: the UK is Ukraine's main candidate for arms production",
    description:
      "Analyst Huseyn Aliyev says the UK is the main candidate because of the very close UK–Ukraine military cooperation begun under Boris Johnson and continued under Rishi Sunak.",
    kind: "STATEMENT",
    date: "2023-02",
    dateInferred: true,
    stance: "SUPPORTS",
    topic: "UK as Ukraine's preferred partner for licensed production",
    confidence: "REPORTED",
    actors: [
      { actor: "huseyn-aliyev", role: "SPEAKER" },
      { actor: "united-kingdom", role: "SUBJECT" },
      { actor: "ukraine", role: "SUBJECT" },
    ],
    agreements: ["uk-ukraine-licensed-production-talks", "uk-ukraine-close-military-cooperation"],
    citations: [
      { source: F24, quote: "\"It is the main candidate because of the very close military cooperation between Great Britain and Ukraine which started under Boris Johnson - who has remained very popular in Ukraine - and which continued under Rishi Sunak\", opines Huseyn Aliyev, specialist in Russia." },
    ],
  },
  {
    slug: "aliyev-french-armament-unmet-expectations-2023-02",
    title: "Huseyn Aliyev: the armament proposed by Paris did not meet Kyiv's expectations",
    description: "Huseyn Aliyev assures that the armament proposed by France did not meet Kyiv's expectations; Paris and Berlin did not show the UK's eagerness.",
    kind: "STATEMENT",
    date: "2023-02",
    dateInferred: true,
    topic: "France's arms offer to Ukraine",
    confidence: "REPORTED",
    actors: [
      { actor: "huseyn-aliyev", role: "SPEAKER" },
      { actor: "france", role: "SUBJECT" },
      { actor: "germany", role: "SUBJECT" },
    ],
    pledges: ["france-armament-proposal-unmet-expectations"],
    citations: [
      { source: F24, quote: "Moreover, the armament proposed by Paris did not meet kyiv's expectations, assures Huseyn Aliyev." },
      { source: F24, quote: "It must be said that Paris and Berlin, also engaged in this arms race, have not shown the same eagerness." },
    ],
  },
  {
    slug: "aliyev-us-approval-likely-2023-02",
    title: "Huseyn Aliyev: the US has likely 'already given its approval' to the UK–Ukraine licensing deal",
    description:
      "Aliyev considers it likely that the United States has already approved an arms licensing agreement between the UK and Ukraine; producing Western weapons closer to the front would ease the logistical burden of moving US weapons across Europe.",
    kind: "STATEMENT",
    date: "2023-02",
    dateInferred: true,
    stance: "SUPPORTS",
    topic: "US approval of UK–Ukraine licensed production",
    confidence: "RUMOURED",
    actors: [
      { actor: "huseyn-aliyev", role: "SPEAKER" },
      { actor: "united-states", role: "SUBJECT" },
    ],
    agreements: ["uk-ukraine-licensed-production-talks"],
    citations: [
      { source: F24, quote: "It is likely that the United States has \"already given its approval\" to an arms licensing agreement between the United Kingdom and Ukraine, continues Huseyn Aliyev." },
      { source: F24, quote: "Producing Western weapons closer to the front lines \"would also significantly ease the logistical burden inherent in the massive flow of US weapons across Europe,\" Huseyn Aliyev said." },
    ],
  },
  {
    slug: "aliyev-deal-artillery-armoured-no-classified-tech-2023-02",
    title: "Huseyn Aliyev: the deal would cover artillery and armoured vehicles, not classified US technology",
    description:
      "Aliyev warns the US is unlikely to share classified technology behind its most sophisticated weapons, such as military drones; the deal would instead be for artillery and armoured vehicles, and is a step to simplify logistics rather than an escalation.",
    kind: "STATEMENT",
    date: "2023-02",
    dateInferred: true,
    stance: "CAUTIOUS",
    topic: "Scope of the UK–Ukraine licensing deal and US technology sharing",
    confidence: "REPORTED",
    actors: [
      { actor: "huseyn-aliyev", role: "SPEAKER" },
      { actor: "united-states", role: "SUBJECT" },
    ],
    agreements: ["uk-ukraine-licensed-production-talks"],
    citations: [
      { source: F24, quote: "That said, \"the United States is unlikely to share classified technology behind some of its most sophisticated weapons, such as military drones, with Ukraine,\" warns Huseyn Aliyev." },
      { source: F24, quote: "\"The deal would instead be for artillery and armored vehicles.\"" },
      { source: F24, quote: "\"This should not necessarily be considered as an escalation of the conflict but above all as a step to simplify logistics.\"" },
    ],
  },
  {
    slug: "aliyev-licensing-not-decisive-great-opportunity-2023-02",
    title: "Huseyn Aliyev: the licence deal won't be decisive but is a great opportunity",
    description:
      "Aliyev believes the arms licence agreement will not be decisive but could offer serious advantages: Ukrainians could gain a lot from Western-quality weapons on their own soil, and it would be a 'great opportunity' for Ukraine's war-torn economy.",
    kind: "STATEMENT",
    date: "2023-02",
    dateInferred: true,
    stance: "SUPPORTS",
    topic: "Value of licensed arms production in Ukraine",
    confidence: "REPORTED",
    actors: [
      { actor: "huseyn-aliyev", role: "SPEAKER" },
      { actor: "ukraine", role: "SUBJECT" },
    ],
    agreements: ["uk-ukraine-licensed-production-talks"],
    citations: [
      { source: F24, quote: "This arms license agreement will not be decisive, believes Huseyn Aliyev." },
      { source: F24, quote: "There is no doubt that the Ukrainians \"could gain a lot from having Western-quality weapons on their own soil without having to depend on these infrequent deliveries from their Western partners\", underlines Huseyn Aliyev." },
      { source: F24, quote: "A licensing deal with a country like the UK would be a \"great opportunity\" for Ukraine's war-torn economy, Huseyn Aliyev said." },
    ],
  },
  {
    slug: "aliyev-production-start-poland-2023-02",
    title: "Huseyn Aliyev expects Ukrainian production to start in Poland",
    description:
      "Aliyev expects Ukrainian production to start in Poland near the border, with Ukrainian workers going to the allied neighbour, and to move to Ukraine when it becomes more secure; smaller-scale, concealable production on Ukrainian soil is possible now, and large-scale, more high-tech production later in the war.",
    kind: "STATEMENT",
    date: "2023-02",
    dateInferred: true,
    topic: "Location of licensed production",
    confidence: "REPORTED",
    actors: [
      { actor: "huseyn-aliyev", role: "SPEAKER" },
      { actor: "poland", role: "SUBJECT" },
      { actor: "ukraine", role: "SUBJECT" },
    ],
    agreements: ["uk-ukraine-licensed-production-talks"],
    citations: [
      { source: F24, quote: "\"I expect Ukrainian production to start in Poland near the border and then move to Ukraine when the country becomes more secure as the conflict nears an end,\" said Huseyn Aliyev." },
      { source: F24, quote: "The Ukrainian workers would then have to go to an allied neighbour." },
      { source: F24, quote: "\"At a later stage in the war, we can expect to see large-scale production scale and more high-tech on Ukrainian soil.\"" },
    ],
  },
  {
    slug: "aliyev-russia-ahead-arms-race-2023-02",
    title: "Huseyn Aliyev: Russia still far ahead of Ukraine in the arms race",
    description:
      "Aliyev notes Ukraine is still largely overtaken by Russia in the arms race — tanks, armoured vehicles, helicopters and fighter jets — though Russia lacks Western components and can count on lesser imports from China.",
    kind: "STATEMENT",
    date: "2023-02",
    dateInferred: true,
    topic: "Russia–Ukraine arms race",
    confidence: "REPORTED",
    actors: [
      { actor: "huseyn-aliyev", role: "SPEAKER" },
      { actor: "russia", role: "SUBJECT" },
      { actor: "ukraine", role: "SUBJECT" },
      { actor: "china", role: "SUBJECT" },
    ],
    pledges: ["china-imports-to-russia"],
    citations: [
      { source: F24, quote: "\"At the moment, Ukraine is still largely overtaken by Russia in the arms race\", notes the researcher." },
      { source: F24, quote: "Russia is still far ahead of Ukraine in the number of tanks, armored vehicles, helicopters and fighter jets." },
      { source: F24, quote: "It can certainly count on imports from China, but they are not at the same level." },
    ],
  },
  {
    slug: "hawn-special-relationship-us-involvement-2023-02",
    title: "Jeff Hawn: the US–UK special relationship weighed in Kyiv's choice of the UK",
    description:
      "Jeff Hawn (New Lines Institute) says the special relationship between the US and the UK was probably taken into account in Kyiv's calculations as a means of facilitating US involvement.",
    kind: "STATEMENT",
    date: "2023-02",
    dateInferred: true,
    topic: "Why Kyiv chose the UK for licensed production",
    confidence: "REPORTED",
    actors: [
      { actor: "jeff-hawn", role: "SPEAKER" },
      { actor: "united-states", role: "SUBJECT" },
      { actor: "united-kingdom", role: "SUBJECT" },
    ],
    agreements: ["uk-ukraine-licensed-production-talks"],
    citations: [
      { source: F24, quote: "\"The special relationship between the United States and the United Kingdom was probably taken into account in Kiev's calculations because it is also a means of facilitating the involvement of the United States\", assures Jeff Hawn" },
    ],
  },
  {
    slug: "hawn-washington-wants-to-see-2023-02",
    title: "Jeff Hawn: the deal is the 'kind of thing that Washington wants to see'",
    description:
      "Hawn says the agreement with British companies is what Washington wants, because it keeps Ukraine in the Western defence sphere and makes it more self-sufficient at a time when Kyiv has depleted US stocks more than expected.",
    kind: "STATEMENT",
    date: "2023-02",
    dateInferred: true,
    stance: "SUPPORTS",
    topic: "US view of UK–Ukraine licensed production",
    confidence: "REPORTED",
    actors: [
      { actor: "jeff-hawn", role: "SPEAKER" },
      { actor: "united-states", role: "SUBJECT" },
      { actor: "british-defence-companies", role: "SUBJECT" },
    ],
    agreements: ["uk-ukraine-licensed-production-talks"],
    citations: [
      { source: F24, quote: "This agreement with British companies is the “kind of thing that Washington wants to see”, continues Jeff Hawn." },
      { source: F24, quote: "\"Because it would allow Ukraine to remain in the Western sphere of defense and make it more self-sufficient at a time when Kiev has depleted US stocks more than they had expected.\"" },
    ],
  },
  {
    slug: "hawn-ukraine-military-industrial-base-2023-02",
    title: "Jeff Hawn: Ukraine still has the infrastructure for a long-term military-industrial base",
    description:
      "Hawn recalls Ukraine's vast Soviet-era military-industrial complex, which suffered after the Cold War and was plundered by Russian oligarchs, but says Ukraine still has good infrastructure for a long-term military-industrial base.",
    kind: "STATEMENT",
    date: "2023-02",
    dateInferred: true,
    stance: "SUPPORTS",
    topic: "Ukraine's capacity for arms manufacturing",
    confidence: "REPORTED",
    actors: [
      { actor: "jeff-hawn", role: "SPEAKER" },
      { actor: "ukraine", role: "SUBJECT" },
    ],
    agreements: ["uk-ukraine-licensed-production-talks"],
    citations: [
      { source: F24, quote: "But Ukraine still has good infrastructure to install a long-term military-industrial base,\" says Jeff Hawn." },
      { source: F24, quote: "Ukrainian territory is well suited for the manufacture of defense equipment." },
    ],
  },

  // ===============================================================================================
  // Article 001 — Le Monde (inferred), September 2022
  // ===============================================================================================
  {
    slug: "us-credit-line-opened-2022-04",
    title: "US opens a credit line of more than $700 million",
    description: "A credit line of more than $700 million was opened at the end of April (2022, year inferred); the September 2022 $2.2 billion was added to it.",
    kind: "DECISION",
    date: "2022-04",
    dateInferred: true,
    confidence: "REPORTED",
    actors: [
      { actor: "united-states", role: "ORGANISER" },
      { actor: "ukraine-allies-and-neighbours", role: "SUBJECT" },
    ],
    agreements: ["us-credit-line-700m-allies-2022-04"],
    pledges: ["us-credit-line-700m"],
    citations: [{ source: LM22, quote: "This aid is added to a credit line of more than $ 700 million opened at the end of April, or nearly 3 billion in total." }],
  },
  {
    slug: "us-state-department-2-2bn-announcement-2022-09-08",
    title: "State Department announces about $2.2 billion for allies and Ukraine's neighbours",
    description:
      "On 8 September (2022, year inferred) the US State Department announced its intention to unlock some $2.2 billion (2.29 billion euros) to help allies and neighbours of Ukraine that supplied it with weapons buy American military equipment.",
    kind: "ANNOUNCEMENT",
    date: "2022-09-08",
    dateInferred: true,
    confidence: "CONFIRMED",
    actors: [
      { actor: "us-state-department", role: "SPEAKER" },
      { actor: "ukraine-allies-and-neighbours", role: "SUBJECT" },
    ],
    agreements: ["us-state-department-2-2bn-financing-allies-neighbours-2022"],
    pledges: ["us-state-department-2-2bn-financing"],
    citations: [
      { source: LM22, quote: "the State Department announced, on September 8, its intention to unlock some $ 2.2 billion (2.29 billion euros) to “help” allies and countries Neighbors of Ukraine having provided weapons against Russia, to buy American military equipment" },
    ],
  },
  {
    slug: "us-official-interchangeable-systems-statement-2022-09-23",
    title: "Senior US defence official hopes allies will be 'much more ready and able to work together'",
    description:
      "A senior American defence official, quoted by Breaking Defense on 23 September (2022, year inferred), hoped the Brussels session would leave allies much more able to work together; the talks aim at acquiring 'interchangeable systems' and a support strategy to keep equipment working.",
    kind: "STATEMENT",
    date: "2022-09-23",
    dateInferred: true,
    stance: "SUPPORTS",
    topic: "Allied coordination of arms acquisition for Ukraine",
    confidence: "REPORTED",
    actors: [
      { actor: "united-states", role: "SPEAKER" },
      { actor: "breaking-defense", role: "REPORTER" },
    ],
    agreements: ["allied-armaments-directors-joint-procurement-coordination"],
    citations: [
      { source: LM22, quote: "“I hope that at the end of this session, we will be much more ready [and] able to work together,” said a senior American defense on September 23, quoted by the specialized media Breaking Defense ." },
      { source: LM22, quote: "The discussions aim at two priorities, according to this official: the acquisition of “interchangeable systems”" },
    ],
  },
  {
    slug: "armaments-directors-meetings-brussels-2022-09",
    title: "Allied armaments directors meet in Brussels (NATO, Contact Group, EU)",
    description:
      "Over three days in Brussels the main weapons-acquisition officials of Western countries meet in three formats — NATO headquarters (27 September), the US-led Contact Group (28th) and the EU (29th) — to better coordinate public arms purchases, notably to replenish Kyiv. Year (2022) inferred.",
    kind: "MEETING",
    date: "2022-09-27",
    endDate: "2022-09-29",
    dateInferred: true,
    place: "Brussels",
    placeCountryCode: "BE",
    confidence: "REPORTED",
    actors: [
      { actor: "nato", role: "HOST" },
      { actor: "united-states", role: "ORGANISER" },
      { actor: "ukraine-defense-contact-group", role: "PARTICIPANT" },
      { actor: "european-union", role: "ORGANISER" },
      { actor: "ukraine", role: "SUBJECT" },
    ],
    agreements: ["allied-armaments-directors-joint-procurement-coordination"],
    citations: [
      { source: LM22, quote: "The allied armaments directors meet from September 27 to 29 in Brussels to better coordinate their purchases, in particular to restore kyiv." },
      { source: LM22, quote: "From September 27 to 29, in Brussels, a gathering as discreet as it is strategic must take place between the main officials of weapons acquisitions of Western countries." },
    ],
  },
  {
    slug: "nato-armaments-directors-meeting-2022-09-27",
    title: "Armaments directors meet at NATO headquarters",
    description: "First of the three Brussels formats: a meeting between Allies at NATO headquarters on 27 September (2022, year inferred).",
    kind: "MEETING",
    date: "2022-09-27",
    dateInferred: true,
    place: "NATO headquarters, Brussels",
    placeCountryCode: "BE",
    confidence: "REPORTED",
    actors: [{ actor: "nato", role: "HOST" }],
    agreements: ["allied-armaments-directors-joint-procurement-coordination"],
    citations: [{ source: LM22, quote: "first at the NATO headquarters between Allies, on September 27" }],
  },
  {
    slug: "contact-group-armaments-directors-meeting-2022-09-28",
    title: "First meeting of Contact Group armaments directors under US aegis",
    description:
      "On 28 September (2022, year inferred) the countries of the Contact Group, which coordinates the logistics of arms deliveries to Ukraine, meet under US aegis — the first edition of this format, and the only one of the three officially announced (by the US).",
    kind: "MEETING",
    date: "2022-09-28",
    dateInferred: true,
    place: "Brussels",
    placeCountryCode: "BE",
    confidence: "CONFIRMED",
    actors: [
      { actor: "united-states", role: "ORGANISER" },
      { actor: "ukraine-defense-contact-group", role: "PARTICIPANT" },
    ],
    agreements: ["allied-armaments-directors-joint-procurement-coordination", "ukraine-defense-contact-group-delivery-coordination"],
    citations: [
      { source: LM22, quote: "then under the aegis of the United States between the countries of the “Contact Group” which coordinates the Logistics of arms deliveries to Ukraine on the 28th" },
      { source: LM22, quote: "Sign of ambient tightness, only the United States has, for the time being, officially announced the meeting of directors of armaments under their aegis in Brussels, of which this is the first edition." },
    ],
  },
  {
    slug: "eu-armaments-directors-meeting-2022-09-29",
    title: "Armaments directors meet under EU leadership",
    description: "Last of the three Brussels formats, under the leadership of the European Union, on 29 September (2022, year inferred).",
    kind: "MEETING",
    date: "2022-09-29",
    dateInferred: true,
    place: "Brussels",
    placeCountryCode: "BE",
    confidence: "REPORTED",
    actors: [{ actor: "european-union", role: "ORGANISER" }],
    agreements: ["allied-armaments-directors-joint-procurement-coordination"],
    citations: [{ source: LM22, quote: "and, finally, under the leadership of the European Union (EU) on 29" }],
  },
  {
    slug: "eu-acquisitions-60pct-outside-europe-2022-09",
    title: "60% of EU arms acquisitions now made outside Europe",
    description:
      "The war has rekindled the old US–EU rivalry in arms acquisition: 60% of EU acquisitions are now made outside Europe (reported September 2022, year inferred).",
    kind: "REPORT",
    date: "2022-09",
    dateInferred: true,
    confidence: "REPORTED",
    actors: [
      { actor: "european-union", role: "SUBJECT" },
      { actor: "united-states", role: "SUBJECT" },
      { actor: "le-monde", role: "REPORTER" },
    ],
    citations: [
      { source: LM22, quote: "the Ukrainian conflict has indeed rekindled the old United States-EU rivalry in armament acquisition; 60 % of EU acquisitions are now made outside Europe." },
    ],
  },
  {
    slug: "arnould-us-eu-industrial-rivalry-2022-09",
    title: "Claude-France Arnould: 'a real industrial rivalry' with the US",
    description:
      "Former EDA director Claude-France Arnould (IFRI) says there is a real US–EU industrial rivalry and that Europe must play all its assets without institutional quarrels (September 2022, year inferred).",
    kind: "STATEMENT",
    date: "2022-09",
    dateInferred: true,
    stance: "SUPPORTS",
    topic: "Backing European defence industry in arms acquisition",
    confidence: "REPORTED",
    actors: [
      { actor: "claude-france-arnould", role: "SPEAKER" },
      { actor: "european-union", role: "SUBJECT" },
      { actor: "united-states", role: "SUBJECT" },
    ],
    citations: [
      { source: LM22, quote: "“We must not hide that there is a real industrial rivalry, we must play all our European assets without institutional quarrels,” said Claude-France Arnould" },
    ],
  },
  {
    slug: "us-pushes-eu-defence-industrial-capacity-2022-09",
    title: "Diplomatic source: the US is pushing the EU to strengthen European defence industrial capacity",
    description:
      "According to a diplomatic source, the United States is pushing the EU to strengthen the industrial capacities (factories and personnel) of European defence, worried about the drying-up of armaments in Ukraine; American capacities are not necessarily in better condition, as Poland's purchase of tanks from South Korea shows (September 2022, year inferred).",
    kind: "STATEMENT",
    date: "2022-09",
    dateInferred: true,
    stance: "SUPPORTS",
    topic: "Strengthening European defence industrial capacity",
    confidence: "REPORTED",
    actors: [
      { actor: "united-states", role: "SUBJECT" },
      { actor: "european-union", role: "SUBJECT" },
      { actor: "poland", role: "SUBJECT" },
    ],
    agreements: ["poland-south-korea-tanks-purchase-2022"],
    citations: [
      { source: LM22, quote: "“The United States is pushing the EU to strengthen the industrial capacities [factories and personal] of European defense, because it is worried about the current drying up of armaments in Ukraine”, nuances a diplomatic source." },
      { source: LM22, quote: "as demonstrated by the recent purchase by Poland of hundreds of tanks and other equipment in South Korea" },
    ],
  },

  // ===============================================================================================
  // Articles 002 and 004 — Le Monde / Ukrainian site relaying Le Monde, 2024
  // ===============================================================================================
  {
    slug: "macron-paris-meeting-troops-debate-2024-02",
    title: "Macron raises sending troops to Ukraine at a meeting of allies in Paris",
    description:
      "At a meeting of Kyiv's allies in Paris in February (2024, year inferred), French President Emmanuel Macron initiated the debate on sending troops to Ukraine, announcing the possibility and sparking a debate among allies.",
    kind: "MEETING",
    date: "2024-02",
    dateInferred: true,
    place: "Paris",
    placeCountryCode: "FR",
    confidence: "CONFIRMED",
    actors: [
      { actor: "emmanuel-macron", role: "ORGANISER" },
      { actor: "emmanuel-macron", role: "SPEAKER" },
      { actor: "france", role: "HOST" },
      { actor: "ukraine", role: "SUBJECT" },
    ],
    pledges: ["france-troops-to-ukraine-option"],
    citations: [
      { source: LM24, quote: "The debate about sending troops to Ukraine, which French President Emmanuel Macron initiated at a meeting between Kyiv’s allies in Paris in February" },
      { source: UA24, quote: "Earlier, French President Emmanuel Macron initiated the discussion on the deployment of troops to Ukraine at a meeting of allies in Paris in February" },
      { source: UA24, quote: "Previously, French leader Emmanuel Macron announced the possibility of sending troops to Ukraine, sparking a debate among Ukraine's allies." },
    ],
  },
  {
    slug: "germany-opposes-sending-troops-2024-02",
    title: "Germany leads European opposition to sending troops to Ukraine",
    description:
      "Macron's idea of sending troops to Ukraine was strongly opposed by some European countries, led by Germany (after the February 2024 Paris meeting; month inferred).",
    kind: "STATEMENT",
    date: "2024-02",
    dateInferred: true,
    stance: "OPPOSES",
    topic: "Sending Western troops to Ukraine",
    confidence: "CONFIRMED",
    actors: [{ actor: "germany", role: "SPEAKER" }],
    citations: [
      { source: LM24, quote: "was strongly opposed by some European countries, led by Germany" },
      { source: UA24, quote: "but it provoked strong resistance from some European countries, led by Germany" },
    ],
  },
  {
    slug: "france-clarifies-no-combat-troops-2024",
    title: "France clarifies it was not about sending combat troops",
    description:
      "After Macron's remarks, France explained that it was not about sending troops directly to take part in hostilities. The article gives no date (after February 2024; year inferred).",
    kind: "STATEMENT",
    date: "2024",
    dateInferred: true,
    stance: "CAUTIOUS",
    topic: "Sending French troops to Ukraine",
    confidence: "CONFIRMED",
    actors: [{ actor: "france", role: "SPEAKER" }],
    pledges: ["france-troops-to-ukraine-option"],
    citations: [{ source: UA24, quote: "Later, France explained that it was not about sending troops directly to participate in hostilities." }],
  },
  {
    slug: "nato-countries-ready-to-consider-troops-2024",
    title: "Lithuania, Latvia, Estonia and Canada ready to consider sending troops (or instructors)",
    description:
      "Some NATO countries — Lithuania, Latvia, Estonia and Canada — said they were ready to consider the option (after France's clarification that combat troops were not meant). Article 004 names Canada both here and among the countries not considering sending troops; both claims are kept as separate records. Date not given (2024, inferred).",
    kind: "STATEMENT",
    date: "2024",
    dateInferred: true,
    stance: "OPEN",
    topic: "Sending Western troops (non-combat) to Ukraine",
    confidence: "REPORTED",
    actors: [
      { actor: "lithuania", role: "SPEAKER" },
      { actor: "latvia", role: "SPEAKER" },
      { actor: "estonia", role: "SPEAKER" },
      { actor: "canada", role: "SPEAKER" },
    ],
    citations: [{ source: UA24, quote: "Some NATO countries, including Lithuania, Latvia, Estonia, and Canada, said they were ready to consider such an option." }],
  },
  {
    slug: "nato-countries-not-considering-troops-2024",
    title: "USA, Germany, UK, Canada, Spain, Czech Republic, Poland not considering sending troops",
    description:
      "Several other NATO member states stated they were not considering sending their troops to Ukraine: the USA, Germany, Great Britain, Canada, Spain, the Czech Republic, Poland and others. Article 004 names Canada both here and among the countries ready to consider the option; both claims are kept as separate records. Date not given (2024, inferred).",
    kind: "STATEMENT",
    date: "2024",
    dateInferred: true,
    stance: "REFUSES",
    topic: "Sending their troops to Ukraine",
    confidence: "REPORTED",
    actors: [
      { actor: "united-states", role: "SPEAKER" },
      { actor: "germany", role: "SPEAKER" },
      { actor: "united-kingdom", role: "SPEAKER" },
      { actor: "canada", role: "SPEAKER" },
      { actor: "spain", role: "SPEAKER" },
      { actor: "czech-republic", role: "SPEAKER" },
      { actor: "poland", role: "SPEAKER" },
    ],
    citations: [
      { source: UA24, quote: "Despite this, several other NATO member states have already stated that they are not considering sending their troops to Ukraine. The USA, Germany, Great Britain, Canada, Spain, the Czech Republic, Poland, etc. stated this." },
    ],
  },
  {
    slug: "landsbergis-western-instructors-2024",
    title: "Landsbergis: Western countries could send military instructors to Ukraine",
    description:
      "Lithuania's foreign minister Gabrielius Landsbergis noted that Western countries could send military instructors to Ukraine for training, which could be the first step of Macron's initiative. Date not given (2024, inferred).",
    kind: "STATEMENT",
    date: "2024",
    dateInferred: true,
    stance: "SUPPORTS",
    topic: "Sending Western military instructors to Ukraine",
    confidence: "REPORTED",
    actors: [
      { actor: "gabrielius-landsbergis", role: "SPEAKER" },
      { actor: "lithuania", role: "SPEAKER" },
      { actor: "emmanuel-macron", role: "SUBJECT" },
    ],
    citations: [
      { source: UA24, quote: "It is worth adding that Lithuania's Minister of Foreign Affairs, Gabrielius Landsbergis, noted that Western countries could send their military instructors to Ukraine for training. This could be the first step in Macron's initiative." },
    ],
  },
  {
    slug: "babcock-announces-ukraine-technical-support-site-2024-05",
    title: "Babcock announces work underway on a technical support site in Ukraine",
    description:
      "In May 2024 Babcock announced that work was 'underway' to create a technical support site in Ukraine, including for the repair and overhaul of military vehicles (2024 annual report).",
    kind: "ANNOUNCEMENT",
    date: "2024-05",
    confidence: "CONFIRMED",
    actors: [
      { actor: "babcock", role: "SPEAKER" },
      { actor: "ukraine", role: "SUBJECT" },
    ],
    agreements: ["babcock-ukraine-technical-support-site"],
    pledges: ["babcock-vehicle-repair-overhaul-ukraine"],
    citations: [
      { source: LM24, quote: "In May 2024, Babcock announced that work was “underway” to create a technical support site in Ukraine – “including [for] the repair and overhaul of military vehicles,” it wrote in its 2024 annual report." },
    ],
  },
  {
    slug: "starmer-visit-france-2024-11-11",
    title: "Keir Starmer visits France for the 11 November commemorations",
    description:
      "UK Prime Minister Keir Starmer's visit to France for the 11 November commemorations (2024, year inferred) revived the debate on sending troops to Ukraine and UK–France defence cooperation talks.",
    kind: "VISIT",
    date: "2024-11-11",
    dateInferred: true,
    place: "France",
    placeCountryCode: "FR",
    confidence: "CONFIRMED",
    actors: [
      { actor: "keir-starmer", role: "VISITOR" },
      { actor: "united-kingdom", role: "VISITOR" },
      { actor: "france", role: "HOST" },
    ],
    agreements: ["uk-france-hard-core-allies-defence-cooperation"],
    citations: [
      { source: LM24, quote: "However, it was relaunched in recent weeks thanks to the visit to France of the UK prime minister, Keir Starmer, for the November 11th commemorations." },
      { source: UA24, quote: "It has even been revived in recent weeks, thanks to the visit to France of the Prime Minister of the United Kingdom, Keir Starmer, on November 11" },
    ],
  },
  {
    slug: "us-permits-long-range-missiles-russia-2024-11",
    title: "US allows Ukraine to use long-range missiles on Russian territory",
    description:
      "Ukraine received permission from the United States to use long-range missiles on Russian territory, as discussions about sending Western troops or private contractors resumed. The article gives no date; November 2024 is inferred from the article's date.",
    kind: "DECISION",
    date: "2024-11",
    dateInferred: true,
    confidence: "CONFIRMED",
    actors: [
      { actor: "united-states", role: "ORGANISER" },
      { actor: "ukraine", role: "SUBJECT" },
      { actor: "russia", role: "SUBJECT" },
    ],
    pledges: ["us-long-range-missiles-use-on-russia-permission"],
    citations: [
      { source: UA24, quote: "The resumption of discussions about sending Western troops or private contractors comes as Ukraine has received permission from the United States to use long-range missiles on Russian territory." },
    ],
  },
  {
    slug: "barrot-london-visit-2024-11-22",
    title: "French foreign minister Jean-Noël Barrot visits London",
    description: "Jean-Noël Barrot visited London on 22 November (2024, year inferred), with comments in line with the UK–France 'hard core' talks.",
    kind: "VISIT",
    date: "2024-11-22",
    dateInferred: true,
    place: "London",
    placeCountryCode: "GB",
    confidence: "CONFIRMED",
    actors: [
      { actor: "jean-noel-barrot", role: "VISITOR" },
      { actor: "france", role: "VISITOR" },
      { actor: "united-kingdom", role: "HOST" },
    ],
    agreements: ["uk-france-hard-core-allies-defence-cooperation"],
    citations: [{ source: LM24, quote: "These are comments in line with those made by the French foreign minister, Jean-Noël Barrot, on a visit to London on November 22." }],
  },
  {
    slug: "barrot-bbc-interview-no-option-discarded-2024-11-23",
    title: "Barrot to the BBC: 'We do not discard any option' on sending French troops",
    description:
      "In a BBC interview on 23 November (2024, year inferred), Barrot called on Western allies to 'not set and express red lines' in their support for Ukraine and, asked about sending French troops, said 'We do not discard any option.'",
    kind: "STATEMENT",
    date: "2024-11-23",
    dateInferred: true,
    stance: "OPEN",
    topic: "Sending French troops to Ukraine",
    confidence: "CONFIRMED",
    actors: [
      { actor: "jean-noel-barrot", role: "SPEAKER" },
      { actor: "france", role: "SPEAKER" },
      { actor: "bbc", role: "REPORTER" },
    ],
    pledges: ["france-troops-to-ukraine-option"],
    citations: [
      { source: LM24, quote: "In an interview with the BBC on November 23, he called on Western allies to “not set and express red lines” in their support for Ukraine." },
      { source: LM24, quote: "When asked about the possibility of sending French troops into the field, he declared: “We do not discard any option.”" },
    ],
  },
  {
    slug: "barrot-no-red-lines-long-range-missiles-2024-11",
    title: "France has no 'red lines'; Barrot indirectly confirms Ukraine may strike Russia with French missiles",
    description:
      "France has no 'red lines' regarding support for Ukraine; Barrot indirectly confirmed that Ukraine could strike Russia with French long-range missiles, without saying whether they had already been used (November 2024, inferred).",
    kind: "STATEMENT",
    date: "2024-11",
    dateInferred: true,
    stance: "SUPPORTS",
    topic: "Ukraine striking Russia with French long-range missiles",
    confidence: "REPORTED",
    actors: [
      { actor: "jean-noel-barrot", role: "SPEAKER" },
      { actor: "france", role: "SPEAKER" },
      { actor: "ukraine", role: "SUBJECT" },
    ],
    pledges: ["france-scalp-missiles"],
    citations: [
      { source: UA24, quote: "As reported, France has no \"red lines\" regarding support for Ukraine." },
      { source: UA24, quote: "French Foreign Minister Jean-Noël Barrot indirectly confirmed that Ukraine could strike Russia with French long-range missiles but did not say whether the French weapons had already been used." },
    ],
  },
  {
    slug: "british-military-source-hard-core-2024-11",
    title: "British military source: UK and France discussing a 'hard core' of allies",
    description:
      "A British military source told Le Monde that discussions are underway between the UK and France on defence cooperation, notably to create a hard core of allies in Europe focused on Ukraine and wider European security (November 2024, inferred). Article 004 relays it as a 'hardcore' between allies.",
    kind: "STATEMENT",
    date: "2024-11",
    dateInferred: true,
    stance: "SUPPORTS",
    topic: "UK–France 'hard core' of allies focused on Ukraine",
    confidence: "REPORTED",
    actors: [
      { actor: "united-kingdom", role: "SPEAKER" },
      { actor: "france", role: "SUBJECT" },
      { actor: "le-monde", role: "REPORTER" },
    ],
    agreements: ["uk-france-hard-core-allies-defence-cooperation"],
    citations: [
      { source: LM24, quote: "“Discussions are underway between the UK and France on defense cooperation, particularly with a view to creating a hard core of allies in Europe, focused on Ukraine and wider European security,” confided a British military source to The World." },
      { source: UA24, quote: "\"Discussions are underway between Great Britain and France on defense cooperation, in particular, to create a \"hardcore\" between allies in Europe, focused on Ukraine and European security in a broader sense,\" a British military source said." },
    ],
  },
  {
    slug: "le-monde-report-western-troops-private-contractors-2024-11",
    title: "Le Monde: discussions on sending Western troops and private contractors to Ukraine revived",
    description:
      "Le Monde reported (late November 2024, inferred), from corroborating sources, that classified discussions on sending Western troops and private defence companies to Ukraine have been revived ahead of a possible US withdrawal of support under Trump; proposals such as DCI's are on the table, but the French Ministry of the Armed Forces and the Élysée have not given the green light. Relayed by a Ukrainian site (article 004).",
    kind: "REPORT",
    date: "2024-11",
    dateInferred: true,
    confidence: "REPORTED",
    actors: [
      { actor: "le-monde", role: "REPORTER" },
      { actor: "defense-conseil-international", role: "SUBJECT" },
      { actor: "babcock", role: "SUBJECT" },
      { actor: "french-ministry-armed-forces", role: "SUBJECT" },
      { actor: "elysee-palace", role: "SUBJECT" },
    ],
    agreements: [
      "uk-france-hard-core-allies-defence-cooperation",
      "dci-training-in-ukraine-proposal",
      "dci-maintenance-french-equipment-ukraine-proposal",
      "babcock-dci-shared-facilities-ukraine",
    ],
    pledges: ["dci-training-in-ukraine-offer", "dci-maintenance-french-equipment", "uk-storm-shadow-missiles", "france-scalp-missiles"],
    citations: [
      { source: LM24, quote: "As the conflict in Ukraine enters a new phase of escalation, discussions over sending Western troops and private defense companies to Ukraine have been revived, The World has learned from corroborating sources." },
      { source: LM24, quote: "These are sensitive discussions, most of which are classified – relaunched in light of a potential American withdrawal of support for Kyiv once Donald Trump takes office on January 20, 2025." },
      { source: UA24, quote: "Le Monde reports this, citing its own sources." },
      { source: UA24, quote: "They stress that the Ministry of the Armed Forces and the Élysée Palace have not yet given the official green light to send troops or private service providers." },
    ],
  },
  {
    slug: "trump-takes-office-2025-01-20",
    title: "Donald Trump takes office as US President",
    description:
      "Donald Trump was to take office on 20 January 2025; in November 2024 the prospect of a US withdrawal of support for Kyiv after that date drove the revived European discussions on troops and private contractors. Recorded as context (the date is stated; the event was still in the future at the time of the source).",
    kind: "DECISION",
    date: "2025-01-20",
    confidence: "CONFIRMED",
    actors: [
      { actor: "donald-trump", role: "SUBJECT" },
      { actor: "united-states", role: "SUBJECT" },
    ],
    citations: [{ source: LM24, quote: "relaunched in light of a potential American withdrawal of support for Kyiv once Donald Trump takes office on January 20, 2025" }],
  },

  // ===============================================================================================
  // Article 003 — Newshub, 10 February 2026
  // ===============================================================================================
  {
    slug: "france-ukraine-joint-production-agreement-2026-02",
    title: "France agrees to begin joint weapons production with Ukraine",
    description:
      "France agreed to begin joint weapons production with Ukraine, with French defence firms working directly with Ukrainian partners on Ukrainian soil, after months of negotiations; officials spoke of 'large-scale joint projects'. Reported on 10 February 2026; the day of the announcement is not given (February 2026, inferred).",
    kind: "ANNOUNCEMENT",
    date: "2026-02",
    dateInferred: true,
    confidence: "REPORTED",
    actors: [
      { actor: "france", role: "SPEAKER" },
      { actor: "ukraine", role: "SPEAKER" },
      { actor: "french-defence-firms", role: "SUBJECT" },
      { actor: "ukrainian-defence-industry", role: "SUBJECT" },
      { actor: "newshub", role: "REPORTER" },
    ],
    agreements: ["france-ukraine-joint-weapons-production-2026", "european-investment-ukrainian-production-lines"],
    citations: [
      { source: NH26, quote: "France has agreed to begin joint weapons production with Ukraine, marking a significant escalation in industrial defence cooperation as Kyiv simultaneously announced it will open exports of its locally manufactured military equipment, paving the way for what officials described as “large-scale joint projects”." },
      { source: NH26, quote: "The initiative follows months of negotiations aimed at moving beyond arms donations toward embedded manufacturing, technology transfer, and shared maintenance platforms." },
    ],
  },
  {
    slug: "kyiv-officials-co-owned-industrial-capacity-2026-02",
    title: "Kyiv officials: a shift toward sustainable, co-owned industrial capacity",
    description:
      "Officials in Kyiv said the joint production move represents a shift from aid-based supply chains toward sustainable, co-owned industrial capacity; Ukrainian authorities framed it as a milestone toward a self-reliant defence sector integrated with European security structures (February 2026, inferred).",
    kind: "STATEMENT",
    date: "2026-02",
    dateInferred: true,
    stance: "SUPPORTS",
    topic: "France–Ukraine joint weapons production",
    confidence: "REPORTED",
    actors: [{ actor: "ukraine", role: "SPEAKER" }],
    agreements: ["france-ukraine-joint-weapons-production-2026"],
    citations: [
      { source: NH26, quote: "Officials in Kyiv said the move represents a shift from aid-based supply chains toward sustainable, co-owned industrial capacity." },
      { source: NH26, quote: "Ukrainian authorities framed the partnership as a milestone in building a self-reliant defence sector while deepening integration with European security structures." },
    ],
  },
  {
    slug: "french-officials-joint-production-benefits-2026-02",
    title: "French officials: joint production will shorten delivery timelines",
    description:
      "French officials emphasised that joint production will shorten delivery timelines, reduce logistical exposure and strengthen Ukraine's long-term deterrence capability (February 2026, inferred).",
    kind: "STATEMENT",
    date: "2026-02",
    dateInferred: true,
    stance: "SUPPORTS",
    topic: "France–Ukraine joint weapons production",
    confidence: "REPORTED",
    actors: [{ actor: "france", role: "SPEAKER" }],
    agreements: ["france-ukraine-joint-weapons-production-2026"],
    citations: [
      { source: NH26, quote: "French officials, meanwhile, emphasised that joint production will shorten delivery timelines, reduce logistical exposure, and strengthen Ukraine’s long-term deterrence capability." },
    ],
  },
  {
    slug: "ukraine-reopens-arms-exports-2026-02",
    title: "Ukraine announces it is reopening arms exports",
    description:
      "Kyiv announced, in parallel with the French agreement, that it will open exports of selected locally manufactured weapon systems — drones, electronic-warfare tools and artillery-related components first — saying exports will not undermine domestic supply. Reported 10 February 2026; day not given (February 2026, inferred).",
    kind: "ANNOUNCEMENT",
    date: "2026-02",
    dateInferred: true,
    confidence: "REPORTED",
    actors: [
      { actor: "ukraine", role: "SPEAKER" },
      { actor: "ukrainian-defence-industry", role: "SUBJECT" },
      { actor: "newshub", role: "REPORTER" },
    ],
    agreements: ["ukraine-arms-exports-reopening-2026"],
    citations: [
      { source: NH26, quote: "as Kyiv simultaneously announced it will open exports of its locally manufactured military equipment" },
      { source: NH26, quote: "In parallel with the French agreement, Ukraine confirmed it is reopening exports of selected domestically produced weapon systems." },
      { source: NH26, quote: "Officials stressed that exports will not undermine domestic supply, noting that production volumes now exceed immediate battlefield requirements in several categories." },
    ],
  },
  {
    slug: "analysts-co-production-mirrors-wartime-strategies-2026-02",
    title: "Analysts: co-production near the front mirrors wartime industrial strategies",
    description:
      "Analysts (unnamed) note that investing in Ukrainian production lines mirrors wartime industrial strategies of previous conflicts, where proximity to operations accelerates innovation and lowers unit costs; European manufacturers gain real-time battlefield feedback (February 2026, inferred).",
    kind: "STATEMENT",
    date: "2026-02",
    dateInferred: true,
    stance: "SUPPORTS",
    topic: "Co-production with Ukraine close to the front",
    confidence: "REPORTED",
    actors: [{ actor: "ukraine", role: "SUBJECT" }],
    agreements: ["european-investment-ukrainian-production-lines", "france-ukraine-joint-weapons-production-2026"],
    citations: [
      { source: NH26, quote: "Analysts note that the approach mirrors wartime industrial strategies seen in previous conflicts, where proximity to operations accelerates innovation and lowers unit costs." },
      { source: NH26, quote: "This model also benefits European manufacturers, who gain access to real-time battlefield feedback and rapid prototyping environments that are difficult to replicate in peacetime settings." },
    ],
  },
] satisfies EventSeed[];
