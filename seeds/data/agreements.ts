import type { AgreementSeed } from "@/lib/schemas/agreement";

// Deals, negotiations and cooperation arrangements reported by the articles. Status-history dates
// carry their real precision; dateInferred is true where the year (or the month) is not printed
// and has been inferred from the article's context (see the source records).

const F24 = "france24-uk-ukraine-licensed-production-2023"; // 000
const LM22 = "lemonde-allied-armaments-directors-brussels-2022"; // 001
const LM24 = "lemonde-western-troops-private-contractors-ukraine-2024"; // 002
const NH26 = "newshub-france-ukraine-joint-production-2026"; // 003
const UA24 = "ukrainian-site-relays-le-monde-uk-france-hard-core-2024"; // 004

export default [
  // ===============================================================================================
  // Article 000 — France 24, February 2023
  // ===============================================================================================
  {
    slug: "uk-ukraine-licensed-production-talks",
    title: "British defence firms in talks to build British-designed weapons in Ukraine under licence",
    summary:
      "Executives of British defence companies are in talks with Kyiv on licensed production: manufacturing British-designed weapons and military vehicles on Ukrainian soil through joint ventures building under licence, the Telegraph reported on 11 February 2023; British emissaries had already travelled to Ukraine to study the joint ventures. Analyst Huseyn Aliyev expects the deal to cover artillery and armoured vehicles rather than classified US technology, thinks the US has likely 'already given its approval', and expects production to start in Poland near the border before moving to Ukraine.",
    type: "LICENSED_PRODUCTION",
    status: "IN_TALKS",
    confidence: "REPORTED",
    categories: ["ARTILLERY", "ARMOURED_VEHICLES"],
    workLocation: "On Ukrainian soil; possibly first in Poland near the border, moving to Ukraine when it becomes more secure",
    workCountryCodes: ["UA", "PL"],
    value: { disclosure: "UNDISCLOSED" },
    startDate: "2023-02",
    parties: [
      {
        actor: "british-defence-companies",
        role: "LICENSOR",
        note: "Unnamed British defence companies whose executives are in talks with Kyiv.",
        citations: [{ source: F24, quote: "Executives of British defense companies are currently in talks with Kyiv to allow the manufacture of British-designed weapons and military vehicles on Ukrainian soil" }],
      },
      {
        actor: "united-kingdom",
        role: "PARTNER",
        note: "Reported as an agreement between the United Kingdom and Ukraine.",
        citations: [{ source: F24, quote: "Such an agreement would give a serious boost to the already close defense relations between the two countries." }],
      },
      {
        actor: "ukraine",
        role: "LICENSEE",
        citations: [{ source: F24, quote: "Everything suggests that kyiv has also chosen the United Kingdom to manufacture weapons on its soil because of its privileged ties with the United States." }],
      },
      {
        actor: "united-states",
        role: "APPROVER",
        note: "Likely, according to analyst Huseyn Aliyev (not confirmed).",
        citations: [{ source: F24, quote: "It is likely that the United States has \"already given its approval\" to an arms licensing agreement between the United Kingdom and Ukraine, continues Huseyn Aliyev." }],
      },
      {
        actor: "poland",
        role: "HOST",
        note: "Possible first production site near the border, as expected by Huseyn Aliyev.",
        citations: [{ source: F24, quote: "I expect Ukrainian production to start in Poland near the border and then move to Ukraine when the country becomes more secure as the conflict nears an end" }],
      },
    ],
    statusHistory: [
      {
        status: "IN_TALKS",
        date: "2023-02-11",
        dateInferred: true,
        note: "Reported by the Telegraph in its 11 February edition; the year is inferred (February 2023).",
        citations: [
          { source: F24, quote: "Executives of British defense companies are currently in talks with Kyiv to allow the manufacture of British-designed weapons and military vehicles on Ukrainian soil, the Telegraph reported in its Feb. 11 edition." },
        ],
      },
    ],
    citations: [
      { source: F24, quote: "British emissaries have already gone there to study the creation of joint ventures which would build these materials under license, according to the British newspaper." },
      { source: F24, quote: "\"The deal would instead be for artillery and armored vehicles.\"" },
      { source: F24, quote: "Ukrainian manufacturing could also start outside Ukrainian territory." },
      { source: F24, quote: "This arms license agreement will not be decisive, believes Huseyn Aliyev." },
      { source: F24, quote: "A licensing deal with a country like the UK would be a \"great opportunity\" for Ukraine's war-torn economy, Huseyn Aliyev said." },
      { source: F24, quote: "The collaboration between the United States and Ukraine is such that it cannot be excluded from the discussions that are currently taking place between Kyiv and London." },
      { source: F24, quote: "The manufacture of Western-designed weapons on Ukrainian territory would be in line with Washington's priorities." },
    ],
  },
  {
    slug: "other-european-ukraine-production-negotiations",
    title: "Similar weapons-production negotiations between Ukraine and other European countries",
    summary:
      "According to the Telegraph (February 2023), negotiations similar to the UK–Ukraine licensed-production talks are also in the pipeline with other, unnamed European countries, although the UK appears to be preferred by the Ukrainian authorities.",
    type: "LICENSED_PRODUCTION",
    status: "IN_TALKS",
    confidence: "REPORTED",
    categories: [],
    workLocation: "Ukraine (by analogy with the UK talks; not specified)",
    workCountryCodes: [],
    value: { disclosure: "UNDISCLOSED" },
    startDate: "2023-02",
    parties: [
      {
        actor: "ukraine",
        role: "LICENSEE",
        note: "The European counterparts are not named.",
        citations: [{ source: F24, quote: "Similar negotiations with other European countries are also in the pipeline, the daily abounds." }],
      },
    ],
    statusHistory: [
      {
        status: "IN_TALKS",
        date: "2023-02-11",
        dateInferred: true,
        note: "Reported by the Telegraph ('the daily') in its 11 February 2023 edition; year inferred.",
        citations: [{ source: F24, quote: "Similar negotiations with other European countries are also in the pipeline, the daily abounds." }],
      },
    ],
    citations: [
      { source: F24, quote: "Similar negotiations with other European countries are also in the pipeline, the daily abounds." },
      { source: F24, quote: "But it seems that the UK is preferred by the Ukrainian authorities." },
    ],
  },
  {
    slug: "uk-ukraine-close-military-cooperation",
    title: "Close UK–Ukraine military cooperation begun under Boris Johnson and continued under Rishi Sunak",
    summary:
      "The 'very close military cooperation' between Great Britain and Ukraine started under Boris Johnson and continued under Rishi Sunak; the UK became the first European country to promise tanks (14 Challenger 2) and opened the way to fighter planes. This is why, according to Huseyn Aliyev, the UK is Ukraine's main candidate for licensed production.",
    type: "FRAMEWORK",
    status: "IN_PROGRESS",
    confidence: "REPORTED",
    categories: ["ARMOURED_VEHICLES"],
    workCountryCodes: [],
    value: { disclosure: "NOT_APPLICABLE" },
    startDate: "2022",
    parties: [
      { actor: "united-kingdom", role: "PARTNER" },
      { actor: "ukraine", role: "PARTNER" },
    ],
    statusHistory: [
      {
        status: "IN_PROGRESS",
        date: "2022",
        dateInferred: true,
        note: "Started under Boris Johnson (Prime Minister when the war began in 2022); the start date is not given in the article, the year is inferred.",
        citations: [
          { source: F24, quote: "\"It is the main candidate because of the very close military cooperation between Great Britain and Ukraine which started under Boris Johnson - who has remained very popular in Ukraine - and which continued under Rishi Sunak\", opines Huseyn Aliyev, specialist in Russia." },
        ],
      },
    ],
    citations: [
      { source: F24, quote: "Since the beginning of the war in Ukraine, the United Kingdom has indeed spared no effort to show its support for Ukraine." },
      { source: F24, quote: "But also with strong military support." },
    ],
  },
  {
    slug: "ukraine-artillery-ammunition-south-korea-pakistan",
    title: "Ukraine and its partners source artillery ammunition from South Korea and Pakistan",
    summary:
      "To obtain supplies of artillery ammunition amid a shortage, Ukraine and its partners have recourse to South Korea and Pakistan — complicated logistics, as reported in February 2023. The article does not say whether the purchases are made by Ukraine directly or by its partners.",
    type: "PROCUREMENT",
    status: "IN_PROGRESS",
    confidence: "REPORTED",
    categories: ["AMMUNITION", "ARTILLERY"],
    workLocation: "South Korea and Pakistan (sources of supply)",
    workCountryCodes: ["KR", "PK"],
    value: { disclosure: "UNDISCLOSED" },
    startDate: "2023-02",
    parties: [
      { actor: "ukraine", role: "BENEFICIARY", note: "Ukraine 'and its partners' (unnamed) procure the ammunition." },
      { actor: "south-korea", role: "SUPPLIER" },
      { actor: "pakistan", role: "SUPPLIER" },
    ],
    statusHistory: [
      {
        status: "IN_PROGRESS",
        date: "2023-02",
        dateInferred: true,
        note: "Ongoing as of the article (February 2023, year inferred); start date not given.",
        citations: [{ source: F24, quote: "To obtain supplies of artillery ammunition, Ukraine and its partners have recourse to South Korea and Pakistan." }],
      },
    ],
    citations: [
      { source: F24, quote: "To obtain supplies of artillery ammunition, Ukraine and its partners have recourse to South Korea and Pakistan." },
      { source: F24, quote: "The shortage of ammunition is one of kyiv's main concerns." },
      { source: F24, quote: "Complicated logistics, not to mention that Russia has a long tradition of using artillery barrages" },
    ],
  },

  // ===============================================================================================
  // Article 001 — Le Monde (inferred), September 2022
  // ===============================================================================================
  {
    slug: "allied-armaments-directors-joint-procurement-coordination",
    title: "Allied armaments directors coordinate joint weapons procurement to resupply Kyiv (NATO, Contact Group, EU)",
    summary:
      "The main weapons-acquisition officials of Western countries meet in Brussels on 27–29 September 2022 — at NATO headquarters (27th), under US aegis in the Ukraine Defense Contact Group (28th, a first edition) and under EU leadership (29th) — to better coordinate public arms purchases, notably to replenish Kyiv. The two priorities, per a senior US defence official: acquiring 'interchangeable systems' to fill Ukraine's capability gaps, and a support strategy to keep that equipment working. The cooperation coexists with a renewed US–EU industrial rivalry.",
    type: "FRAMEWORK",
    status: "IN_TALKS",
    confidence: "REPORTED",
    categories: [],
    workLocation: "Brussels (NATO headquarters and EU)",
    workCountryCodes: ["BE"],
    value: { disclosure: "NOT_APPLICABLE" },
    startDate: "2022-09",
    parties: [
      {
        actor: "united-states",
        role: "FACILITATOR",
        note: "Convenes the Contact Group session; the only country to have officially announced its meeting.",
        citations: [{ source: LM22, quote: "only the United States has, for the time being, officially announced the meeting of directors of armaments under their aegis in Brussels, of which this is the first edition" }],
      },
      {
        actor: "nato",
        role: "HOST",
        citations: [{ source: LM22, quote: "first at the NATO headquarters between Allies, on September 27" }],
      },
      {
        actor: "ukraine-defense-contact-group",
        role: "PARTNER",
        citations: [{ source: LM22, quote: "the countries of the “Contact Group” which coordinates the Logistics of arms deliveries to Ukraine on the 28th" }],
      },
      {
        actor: "european-union",
        role: "FACILITATOR",
        citations: [{ source: LM22, quote: "under the leadership of the European Union (EU) on 29" }],
      },
      {
        actor: "ukraine",
        role: "BENEFICIARY",
        citations: [{ source: LM22, quote: "a better Coordination of public weapons purchases, in particular to replenish kyiv" }],
      },
    ],
    statusHistory: [
      {
        status: "IN_TALKS",
        date: "2022-09-27",
        dateInferred: true,
        note: "Meetings scheduled for 27–29 September; the year (2022) is inferred from the article's context.",
        citations: [
          { source: LM22, quote: "The allied armaments directors meet from September 27 to 29 in Brussels to better coordinate their purchases, in particular to restore kyiv." },
        ],
      },
    ],
    citations: [
      { source: LM22, quote: "So many circles of exchange and funding mechanisms officially tense towards one objective: a better Coordination of public weapons purchases, in particular to replenish kyiv." },
      { source: LM22, quote: "The discussions aim at two priorities, according to this official: the acquisition of “interchangeable systems”, that is to say modifiable to fill the shortcomings of Ukrainian capacities, and a support strategy to ensure that these same equipment remains in a state of walks for war." },
      { source: LM22, quote: "But if the time is for cooperation, the Ukrainian conflict has indeed rekindled the old United States-EU rivalry in armament acquisition" },
    ],
  },
  {
    slug: "ukraine-defense-contact-group-delivery-coordination",
    title: "Ukraine Defense Contact Group coordinates the logistics of arms deliveries to Ukraine",
    summary:
      "The countries of the 'Contact Group', meeting under the aegis of the United States, coordinate the logistics of arms deliveries to Ukraine; its armaments directors met for the first time in Brussels on 28 September 2022.",
    type: "FRAMEWORK",
    status: "IN_PROGRESS",
    confidence: "CONFIRMED",
    categories: [],
    workCountryCodes: [],
    value: { disclosure: "NOT_APPLICABLE" },
    startDate: "2022-09",
    parties: [
      { actor: "ukraine-defense-contact-group", role: "FACILITATOR" },
      { actor: "united-states", role: "FACILITATOR", note: "The group meets under US aegis." },
      { actor: "ukraine", role: "BENEFICIARY" },
    ],
    statusHistory: [
      {
        status: "IN_PROGRESS",
        date: "2022-09",
        dateInferred: true,
        note: "Already coordinating deliveries at the time of the article (September 2022, year inferred); its start date is not given.",
        citations: [{ source: LM22, quote: "then under the aegis of the United States between the countries of the “Contact Group” which coordinates the Logistics of arms deliveries to Ukraine on the 28th" }],
      },
    ],
    citations: [{ source: LM22, quote: "then under the aegis of the United States between the countries of the “Contact Group” which coordinates the Logistics of arms deliveries to Ukraine on the 28th" }],
  },
  {
    slug: "us-state-department-2-2bn-financing-allies-neighbours-2022",
    title: "US State Department: about $2.2 billion to help allies and Ukraine's neighbours buy American military equipment",
    summary:
      "On 8 September 2022 the US State Department announced its intention to unlock some $2.2 billion (2.29 billion euros, per the article) to 'help' allies and neighbouring countries of Ukraine that have provided weapons against Russia buy American military equipment. It comes on top of a credit line of more than $700 million opened at the end of April — nearly $3 billion in total.",
    type: "FINANCING",
    status: "ANNOUNCED",
    confidence: "CONFIRMED",
    categories: [],
    workCountryCodes: [],
    value: { disclosure: "DISCLOSED", amount: "2200000000", currency: "USD" },
    startDate: "2022-09-08",
    parties: [
      {
        actor: "us-state-department",
        role: "FINANCIER",
        citations: [{ source: LM22, quote: "the State Department announced, on September 8, its intention to unlock some $ 2.2 billion (2.29 billion euros)" }],
      },
      { actor: "united-states", role: "SUPPLIER", note: "The money is to buy American military equipment." },
      {
        actor: "ukraine-allies-and-neighbours",
        role: "BENEFICIARY",
        citations: [{ source: LM22, quote: "to “help” allies and countries Neighbors of Ukraine having provided weapons against Russia, to buy American military equipment" }],
      },
      { actor: "ukraine", role: "BENEFICIARY", note: "Indirect: the money goes to countries that supplied Ukraine with weapons." },
    ],
    statusHistory: [
      {
        status: "ANNOUNCED",
        date: "2022-09-08",
        dateInferred: true,
        note: "Day and month stated; the year (2022) is inferred from context.",
        citations: [
          { source: LM22, quote: "the State Department announced, on September 8, its intention to unlock some $ 2.2 billion (2.29 billion euros) to “help” allies and countries Neighbors of Ukraine having provided weapons against Russia, to buy American military equipment" },
        ],
      },
    ],
    citations: [
      { source: LM22, quote: "the State Department announced, on September 8, its intention to unlock some $ 2.2 billion (2.29 billion euros) to “help” allies and countries Neighbors of Ukraine having provided weapons against Russia, to buy American military equipment" },
      { source: LM22, quote: "This aid is added to a credit line of more than $ 700 million opened at the end of April, or nearly 3 billion in total." },
    ],
  },
  {
    slug: "us-credit-line-700m-allies-2022-04",
    title: "US credit line of more than $700 million opened at the end of April 2022",
    summary:
      "A credit line of more than $700 million, opened at the end of April (2022), to which the State Department's September 2022 $2.2 billion is added (nearly $3 billion in total). The article does not name the beneficiaries explicitly; by context it is the same aid to allies and neighbours of Ukraine. The amount is a lower bound ('more than').",
    type: "FINANCING",
    status: "IN_PROGRESS",
    confidence: "REPORTED",
    categories: [],
    workCountryCodes: [],
    value: { disclosure: "DISCLOSED", amount: "700000000", currency: "USD" },
    startDate: "2022-04",
    parties: [
      { actor: "united-states", role: "FINANCIER" },
      { actor: "ukraine-allies-and-neighbours", role: "BENEFICIARY", note: "By context (\"This aid is added to…\"); not stated explicitly." },
    ],
    statusHistory: [
      {
        status: "IN_PROGRESS",
        date: "2022-04",
        dateInferred: true,
        note: "Opened 'at the end of April'; the year (2022) is inferred.",
        citations: [{ source: LM22, quote: "This aid is added to a credit line of more than $ 700 million opened at the end of April, or nearly 3 billion in total." }],
      },
    ],
    citations: [{ source: LM22, quote: "This aid is added to a credit line of more than $ 700 million opened at the end of April, or nearly 3 billion in total." }],
  },
  {
    slug: "poland-south-korea-tanks-purchase-2022",
    title: "Poland buys hundreds of tanks and other equipment from South Korea",
    summary:
      "Poland's recent purchase of hundreds of tanks and other equipment in South Korea is cited (September 2022) as evidence that American capacities are not necessarily in better condition than European ones.",
    type: "PROCUREMENT",
    status: "SIGNED",
    confidence: "REPORTED",
    categories: ["ARMOURED_VEHICLES", "OTHER"],
    workLocation: "South Korea (supplier)",
    workCountryCodes: ["KR"],
    value: { disclosure: "UNDISCLOSED" },
    startDate: "2022",
    parties: [
      { actor: "poland", role: "BENEFICIARY", note: "Buyer." },
      { actor: "south-korea", role: "SUPPLIER" },
    ],
    statusHistory: [
      {
        status: "SIGNED",
        date: "2022",
        dateInferred: true,
        note: "A 'recent purchase' as of September 2022; only the year can be inferred from the article.",
        citations: [{ source: LM22, quote: "as demonstrated by the recent purchase by Poland of hundreds of tanks and other equipment in South Korea" }],
      },
    ],
    citations: [
      { source: LM22, quote: "Particularly because American capacities are not necessarily in better condition than those of Europeans, as demonstrated by the recent purchase by Poland of hundreds of tanks and other equipment in South Korea." },
    ],
  },

  // ===============================================================================================
  // Articles 002 (Le Monde, English translation) and 004 (Ukrainian site relaying Le Monde), Nov 2024
  // ===============================================================================================
  {
    slug: "uk-france-hard-core-allies-defence-cooperation",
    title: "UK–France defence cooperation talks on a 'hard core' of European allies focused on Ukraine",
    summary:
      "A British military source told Le Monde (November 2024) that discussions are underway between the UK and France on defence cooperation, notably to create a 'hard core' of allies in Europe focused on Ukraine and wider European security. The talks were revived by Keir Starmer's visit to France for the 11 November commemorations, amid discussions on sending Western troops or private contractors to Ukraine. Article 002 says 'hard core of allies in Europe'; article 004 relays it as a 'hardcore' between allies.",
    type: "FRAMEWORK",
    status: "IN_TALKS",
    confidence: "REPORTED",
    categories: [],
    workCountryCodes: [],
    value: { disclosure: "NOT_APPLICABLE" },
    startDate: "2024-11",
    parties: [
      {
        actor: "united-kingdom",
        role: "PARTNER",
        citations: [
          { source: LM24, quote: "“Discussions are underway between the UK and France on defense cooperation, particularly with a view to creating a hard core of allies in Europe, focused on Ukraine and wider European security,” confided a British military source to The World." },
        ],
      },
      {
        actor: "france",
        role: "PARTNER",
        citations: [
          { source: UA24, quote: "\"Discussions are underway between Great Britain and France on defense cooperation, in particular, to create a \"hardcore\" between allies in Europe, focused on Ukraine and European security in a broader sense,\" a British military source said." },
        ],
      },
      { actor: "ukraine", role: "BENEFICIARY", note: "The hard core is to be focused on Ukraine." },
    ],
    statusHistory: [
      {
        status: "IN_TALKS",
        date: "2024-11",
        dateInferred: true,
        note: "Discussions underway at the time of the reports (late November 2024, inferred), relaunched after Starmer's 11 November visit to France.",
        citations: [
          { source: LM24, quote: "Discussions are underway between the UK and France on defense cooperation, particularly with a view to creating a hard core of allies in Europe" },
          { source: UA24, quote: "It has even been revived in recent weeks, thanks to the visit to France of the Prime Minister of the United Kingdom, Keir Starmer, on November 11" },
        ],
      },
    ],
    citations: [
      { source: LM24, quote: "“Discussions are underway between the UK and France on defense cooperation, particularly with a view to creating a hard core of allies in Europe, focused on Ukraine and wider European security,” confided a British military source to The World." },
      { source: UA24, quote: "\"Discussions are underway between Great Britain and France on defense cooperation, in particular, to create a \"hardcore\" between allies in Europe, focused on Ukraine and European security in a broader sense,\" a British military source said." },
    ],
  },
  {
    slug: "dci-training-ukrainian-soldiers-france-poland",
    title: "DCI trains Ukrainian soldiers in France and Poland",
    summary:
      "Défense Conseil International (DCI), 55% owned by the French state and composed of 80% ex-military personnel, is already training Ukrainian soldiers in France and Poland (reported November 2024).",
    type: "TRAINING",
    status: "IN_PROGRESS",
    confidence: "REPORTED",
    categories: [],
    workLocation: "France and Poland",
    workCountryCodes: ["FR", "PL"],
    value: { disclosure: "UNDISCLOSED" },
    startDate: "2024-11",
    parties: [
      { actor: "defense-conseil-international", role: "CONTRACTOR" },
      { actor: "ukraine", role: "BENEFICIARY" },
      { actor: "france", role: "HOST" },
      { actor: "poland", role: "HOST" },
    ],
    statusHistory: [
      {
        status: "IN_PROGRESS",
        date: "2024-11",
        dateInferred: true,
        note: "Ongoing at the time of the reports (November 2024, inferred); the start date is not given.",
        citations: [
          { source: LM24, quote: "DCI would be ready to continue training Ukrainian soldiers in Ukraine, as it is already doing in France and Poland." },
          { source: UA24, quote: "DCI would be ready to continue training Ukrainian soldiers in Ukraine, as is already done in France and Poland." },
        ],
      },
    ],
    citations: [
      { source: LM24, quote: "Composed of 80% ex-military personnel, DCI would be ready to continue training Ukrainian soldiers in Ukraine, as it is already doing in France and Poland." },
      { source: UA24, quote: "DCI would be ready to continue training Ukrainian soldiers in Ukraine, as is already done in France and Poland." },
    ],
  },
  {
    slug: "dci-training-in-ukraine-proposal",
    title: "Proposal: DCI to continue training Ukrainian soldiers inside Ukraine",
    summary:
      "DCI would be ready to continue training Ukrainian soldiers in Ukraine itself. Such proposals to deploy private contractors have been on the table for several months, but as of November 2024 the French Ministry of the Armed Forces and the Élysée had not given the green light.",
    type: "TRAINING",
    status: "IN_TALKS",
    confidence: "REPORTED",
    categories: [],
    workLocation: "Ukraine",
    workCountryCodes: ["UA"],
    value: { disclosure: "UNDISCLOSED" },
    startDate: "2024",
    parties: [
      { actor: "defense-conseil-international", role: "PROPOSER" },
      { actor: "ukraine", role: "BENEFICIARY" },
      {
        actor: "french-ministry-armed-forces",
        role: "APPROVER",
        note: "Had not yet given the green light (November 2024).",
        citations: [{ source: LM24, quote: "The French Ministry of the Armed Forces and the Elysée Palace have not as yet given the green light to the deployment of conventional troops – or private contractors." }],
      },
      {
        actor: "elysee-palace",
        role: "APPROVER",
        note: "Had not yet given the official green light (November 2024).",
        citations: [{ source: UA24, quote: "They stress that the Ministry of the Armed Forces and the Élysée Palace have not yet given the official green light to send troops or private service providers." }],
      },
    ],
    statusHistory: [
      {
        status: "IN_TALKS",
        date: "2024-11",
        dateInferred: true,
        note: "On the table 'for several months' as of late November 2024 (inferred); awaiting a green light.",
        citations: [
          { source: LM24, quote: "But for several months now, such proposals have clearly been on the table." },
          { source: UA24, quote: "But such proposals have been on the table for several months." },
        ],
      },
    ],
    citations: [
      { source: LM24, quote: "DCI would be ready to continue training Ukrainian soldiers in Ukraine" },
      { source: UA24, quote: "\"DCI would be ready to continue training Ukrainian soldiers in Ukraine, as is already done in France and Poland." },
    ],
  },
  {
    slug: "dci-maintenance-french-equipment-ukraine-proposal",
    title: "Proposal: DCI to maintain French military equipment sent to Kyiv",
    summary:
      "If necessary, DCI could also maintain (article 004: 'service') French military equipment sent to Kyiv. The proposal is on the table but, as of November 2024, awaited a green light from the French Ministry of the Armed Forces and the Élysée.",
    type: "MAINTENANCE_REPAIR",
    status: "IN_TALKS",
    confidence: "REPORTED",
    categories: [],
    workLocation: "Ukraine",
    workCountryCodes: ["UA"],
    value: { disclosure: "UNDISCLOSED" },
    startDate: "2024",
    parties: [
      { actor: "defense-conseil-international", role: "PROPOSER" },
      { actor: "ukraine", role: "BENEFICIARY" },
      { actor: "french-ministry-armed-forces", role: "APPROVER", note: "Had not yet given the green light (November 2024)." },
      { actor: "elysee-palace", role: "APPROVER", note: "Had not yet given the green light (November 2024)." },
    ],
    statusHistory: [
      {
        status: "IN_TALKS",
        date: "2024-11",
        dateInferred: true,
        note: "Proposal on the table as of late November 2024 (inferred).",
        citations: [
          { source: LM24, quote: "If necessary, it could also maintain French military equipment sent to Kyiv." },
          { source: UA24, quote: "If necessary, it could also service French military equipment sent to Kyiv,\" the article says." },
        ],
      },
    ],
    citations: [
      { source: LM24, quote: "If necessary, it could also maintain French military equipment sent to Kyiv." },
      { source: UA24, quote: "If necessary, it could also service French military equipment sent to Kyiv" },
    ],
  },
  {
    slug: "babcock-dci-shared-facilities-ukraine",
    title: "Babcock approaches DCI to share its facilities in Ukraine",
    summary:
      "To maintain French equipment and train in Ukraine, DCI has been approached by Babcock, its British counterpart already present in Ukraine, to share Babcock's local facilities (reported November 2024).",
    type: "MAINTENANCE_REPAIR",
    status: "IN_TALKS",
    confidence: "REPORTED",
    categories: [],
    workLocation: "Babcock's local facilities in Ukraine",
    workCountryCodes: ["UA"],
    value: { disclosure: "UNDISCLOSED" },
    startDate: "2024-11",
    parties: [
      {
        actor: "babcock",
        role: "PROPOSER",
        note: "Approached DCI; would share its local facilities.",
        citations: [{ source: LM24, quote: "DCI has been approached by Babcock, its British counterpart already present in Ukraine, to share the latter’s local facilities." }],
      },
      { actor: "defense-conseil-international", role: "PARTNER" },
      { actor: "ukraine", role: "HOST" },
    ],
    statusHistory: [
      {
        status: "IN_TALKS",
        date: "2024-11",
        dateInferred: true,
        note: "Approach reported in late November 2024 (inferred); its own date is not given.",
        citations: [{ source: LM24, quote: "To this end, DCI has been approached by Babcock, its British counterpart already present in Ukraine, to share the latter’s local facilities." }],
      },
    ],
    citations: [{ source: LM24, quote: "To this end, DCI has been approached by Babcock, its British counterpart already present in Ukraine, to share the latter’s local facilities." }],
  },
  {
    slug: "babcock-ukraine-technical-support-site",
    title: "Babcock creates a technical support site in Ukraine for repair and overhaul of military vehicles",
    summary:
      "In May 2024 Babcock announced that work was 'underway' to create a technical support site in Ukraine, 'including [for] the repair and overhaul of military vehicles', as it wrote in its 2024 annual report.",
    type: "MAINTENANCE_REPAIR",
    status: "IN_PROGRESS",
    confidence: "CONFIRMED",
    categories: ["ARMOURED_VEHICLES"],
    workLocation: "Ukraine",
    workCountryCodes: ["UA"],
    value: { disclosure: "UNDISCLOSED" },
    startDate: "2024-05",
    parties: [
      { actor: "babcock", role: "CONTRACTOR" },
      { actor: "ukraine", role: "HOST" },
    ],
    statusHistory: [
      {
        status: "IN_PROGRESS",
        date: "2024-05",
        dateInferred: false,
        note: "Babcock's 2024 annual report, May 2024: work 'underway'.",
        citations: [
          { source: LM24, quote: "In May 2024, Babcock announced that work was “underway” to create a technical support site in Ukraine – “including [for] the repair and overhaul of military vehicles,” it wrote in its 2024 annual report." },
        ],
      },
    ],
    citations: [
      { source: LM24, quote: "In May 2024, Babcock announced that work was “underway” to create a technical support site in Ukraine – “including [for] the repair and overhaul of military vehicles,” it wrote in its 2024 annual report." },
    ],
  },

  // ===============================================================================================
  // Article 003 — Newshub, 10 February 2026
  // ===============================================================================================
  {
    slug: "france-ukraine-joint-weapons-production-2026",
    title: "France and Ukraine agree joint weapons production on Ukrainian soil",
    summary:
      "France has agreed to begin joint weapons production with Ukraine (reported 10 February 2026): French defence firms will collaborate directly with Ukrainian partners to manufacture military hardware on Ukrainian soil, focused on systems urgently needed at the front. It follows months of negotiations aimed at moving beyond arms donations toward embedded manufacturing, technology transfer and shared maintenance platforms, and paves the way for 'large-scale joint projects'.",
    type: "CO_PRODUCTION",
    status: "ANNOUNCED",
    confidence: "REPORTED",
    categories: [],
    workLocation: "On Ukrainian soil",
    workCountryCodes: ["UA"],
    value: { disclosure: "UNDISCLOSED" },
    startDate: "2026-02",
    parties: [
      {
        actor: "france",
        role: "PARTNER",
        citations: [{ source: NH26, quote: "France has agreed to begin joint weapons production with Ukraine" }],
      },
      { actor: "ukraine", role: "PARTNER" },
      { actor: "ukraine", role: "HOST", note: "Production on Ukrainian soil." },
      {
        actor: "french-defence-firms",
        role: "CONTRACTOR",
        citations: [{ source: NH26, quote: "The agreement will see French defence firms collaborate directly with Ukrainian partners to manufacture military hardware on Ukrainian soil" }],
      },
      { actor: "ukrainian-defence-industry", role: "PARTNER", note: "The unnamed 'Ukrainian partners'." },
    ],
    statusHistory: [
      {
        status: "IN_TALKS",
        date: "2026",
        dateInferred: true,
        note: "'Months of negotiations' preceded the agreement; their dates are not given (they may have begun in 2025). Recorded with year precision as the latest year they certainly ran in.",
        citations: [{ source: NH26, quote: "The initiative follows months of negotiations aimed at moving beyond arms donations toward embedded manufacturing, technology transfer, and shared maintenance platforms." }],
      },
      {
        status: "ANNOUNCED",
        date: "2026-02",
        dateInferred: true,
        note: "Reported in the article dated 10 February 2026; the day of the announcement is not given. No signature is mentioned, so the status is ANNOUNCED rather than SIGNED.",
        citations: [{ source: NH26, quote: "France has agreed to begin joint weapons production with Ukraine, marking a significant escalation in industrial defence cooperation" }],
      },
    ],
    citations: [
      { source: NH26, quote: "France has agreed to begin joint weapons production with Ukraine, marking a significant escalation in industrial defence cooperation" },
      { source: NH26, quote: "with production focused on systems urgently needed for frontline operations" },
      { source: NH26, quote: "Officials in Kyiv said the move represents a shift from aid-based supply chains toward sustainable, co-owned industrial capacity." },
      { source: NH26, quote: "French officials, meanwhile, emphasised that joint production will shorten delivery timelines, reduce logistical exposure, and strengthen Ukraine’s long-term deterrence capability." },
      { source: NH26, quote: "Joint production is expected to create skilled jobs in Ukraine, attract foreign capital, and anchor long-term industrial development." },
      { source: NH26, quote: "For France, it reinforces leadership within Europe’s defence ecosystem while strengthening bilateral ties with Kyiv." },
      { source: NH26, quote: "While challenges remain—ranging from infrastructure risk to financing—the framework now emerging suggests a durable partnership model rather than temporary support." },
      { source: NH26, quote: "As France and Ukraine advance from cooperation to shared production, Kyiv is positioning itself not only as a recipient of aid, but as an active contributor to Europe’s future security architecture." },
    ],
  },
  {
    slug: "ukraine-arms-exports-reopening-2026",
    title: "Ukraine reopens exports of selected domestically produced weapons",
    summary:
      "In parallel with the French agreement, Ukraine confirmed (February 2026) that it is reopening exports of selected domestically produced weapon systems; drones, electronic-warfare tools and artillery-related components are expected to be among the first products offered to international partners. Officials said exports will not undermine domestic supply, as production now exceeds battlefield needs in several categories; exports are to earn hard currency and reinforce partnerships.",
    type: "EXPORT",
    status: "ANNOUNCED",
    confidence: "REPORTED",
    categories: ["DRONES", "ELECTRONIC_WARFARE", "ARTILLERY"],
    workLocation: "Ukraine (domestic production for export)",
    workCountryCodes: ["UA"],
    value: { disclosure: "UNDISCLOSED" },
    startDate: "2026-02",
    parties: [
      { actor: "ukraine", role: "SUPPLIER" },
      { actor: "ukrainian-defence-industry", role: "SUPPLIER" },
    ],
    statusHistory: [
      {
        status: "ANNOUNCED",
        date: "2026-02",
        dateInferred: true,
        note: "Reported in the article dated 10 February 2026; the day of the announcement is not given.",
        citations: [{ source: NH26, quote: "as Kyiv simultaneously announced it will open exports of its locally manufactured military equipment" }],
      },
    ],
    citations: [
      { source: NH26, quote: "In parallel with the French agreement, Ukraine confirmed it is reopening exports of selected domestically produced weapon systems." },
      { source: NH26, quote: "Ukrainian-made drones, electronic warfare tools, and artillery-related components are expected to be among the first products offered to international partners." },
      { source: NH26, quote: "Officials stressed that exports will not undermine domestic supply, noting that production volumes now exceed immediate battlefield requirements in several categories." },
      { source: NH26, quote: "For Kyiv, arms exports serve a dual purpose: generating hard currency while reinforcing strategic partnerships with countries seeking combat-tested systems." },
    ],
  },
  {
    slug: "european-investment-ukrainian-production-lines",
    title: "European partner states invest directly in Ukrainian production lines",
    summary:
      "A broader European transition from financial and military assistance toward structural defence integration: rather than shipping finished equipment, partner states are increasingly investing directly in Ukrainian production lines; European manufacturers gain real-time battlefield feedback and rapid prototyping. France's agreement is cited as the example; the other partner states are not named.",
    type: "CO_PRODUCTION",
    status: "IN_PROGRESS",
    confidence: "REPORTED",
    categories: [],
    workLocation: "Ukrainian production lines",
    workCountryCodes: ["UA"],
    value: { disclosure: "UNDISCLOSED" },
    startDate: "2026-02",
    parties: [
      { actor: "ukraine", role: "HOST" },
      {
        actor: "france",
        role: "INVESTOR",
        note: "France's involvement is cited as the example of the trend; the other investing partner states are unnamed.",
        citations: [{ source: NH26, quote: "France’s involvement highlights a broader European transition from financial and military assistance toward structural defence integration." }],
      },
    ],
    statusHistory: [
      {
        status: "IN_PROGRESS",
        date: "2026-02",
        dateInferred: true,
        note: "A trend described as under way in the article of 10 February 2026; no start date given.",
        citations: [{ source: NH26, quote: "Rather than shipping finished equipment, partner states are increasingly investing directly in Ukrainian production lines, enabling faster adaptation to evolving combat conditions." }],
      },
    ],
    citations: [
      { source: NH26, quote: "Rather than shipping finished equipment, partner states are increasingly investing directly in Ukrainian production lines, enabling faster adaptation to evolving combat conditions." },
      { source: NH26, quote: "This model also benefits European manufacturers, who gain access to real-time battlefield feedback and rapid prototyping environments that are difficult to replicate in peacetime settings." },
    ],
  },
] satisfies AgreementSeed[];
