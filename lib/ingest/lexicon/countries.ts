// Countries: names and common short forms, demonyms (for "German arms maker X", "a British military
// source") and capitals (for "Kyiv wants…", "talks between London and Paris"). Every other ISO 3166-1
// country is still recognised by its English name, from the runtime's ICU data.

// code | name | other names | demonyms | capital (used for metonymy)
const TABLE = `
UA|Ukraine|Ukraine's|Ukrainian;Ukrainians|Kyiv;Kiev
RU|Russia|Russian Federation|Russian;Russians|Moscow;the Kremlin
BY|Belarus||Belarusian|Minsk
MD|Moldova|Republic of Moldova|Moldovan|Chisinau
GE|Georgia||Georgian|Tbilisi
GB|United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton;Britons;UK|London
US|United States|US;U.S.;USA;U.S.A.;United States of America;America|American;Americans;US;U.S.|Washington
FR|France|French Republic|French|Paris
DE|Germany|Federal Republic of Germany|German;Germans|Berlin
PL|Poland|Republic of Poland|Polish;Poles|Warsaw
CZ|Czech Republic|Czechia|Czech|Prague
SK|Slovakia||Slovak;Slovakian|Bratislava
HU|Hungary||Hungarian|Budapest
RO|Romania||Romanian|Bucharest
BG|Bulgaria||Bulgarian|Sofia
GR|Greece||Greek|Athens
IT|Italy||Italian|Rome
ES|Spain||Spanish|Madrid
PT|Portugal||Portuguese|Lisbon
NL|Netherlands|the Netherlands;Holland|Dutch|The Hague
BE|Belgium||Belgian|
LU|Luxembourg||Luxembourgish|
DK|Denmark||Danish;Danes|Copenhagen
SE|Sweden||Swedish;Swedes|Stockholm
NO|Norway||Norwegian;Norwegians|Oslo
FI|Finland||Finnish;Finns|Helsinki
IS|Iceland||Icelandic|Reykjavik
EE|Estonia||Estonian|Tallinn
LV|Latvia||Latvian|Riga
LT|Lithuania||Lithuanian|Vilnius
IE|Ireland||Irish|Dublin
AT|Austria||Austrian|Vienna
CH|Switzerland||Swiss|Bern
SI|Slovenia||Slovenian;Slovene|Ljubljana
HR|Croatia||Croatian|Zagreb
RS|Serbia||Serbian|Belgrade
AL|Albania||Albanian|Tirana
ME|Montenegro||Montenegrin|Podgorica
MK|North Macedonia|Macedonia|Macedonian|Skopje
TR|Turkey|Türkiye;Turkiye|Turkish|Ankara
CA|Canada||Canadian;Canadians|Ottawa
AU|Australia||Australian;Australians|Canberra
NZ|New Zealand||New Zealander|Wellington
JP|Japan||Japanese|Tokyo
KR|South Korea|Republic of Korea;ROK;Korea|South Korean;Korean|Seoul
KP|North Korea|DPRK;Democratic People's Republic of Korea|North Korean|Pyongyang
CN|China|People's Republic of China;PRC|Chinese|Beijing
IR|Iran|Islamic Republic of Iran|Iranian;Iranians|Tehran
IL|Israel||Israeli;Israelis|Jerusalem
IN|India||Indian|New Delhi
PK|Pakistan||Pakistani|Islamabad
SA|Saudi Arabia||Saudi|Riyadh
AE|United Arab Emirates|UAE|Emirati|Abu Dhabi
EG|Egypt||Egyptian|Cairo
BR|Brazil||Brazilian|Brasilia
ZA|South Africa||South African|Pretoria
KZ|Kazakhstan||Kazakh|Astana
AZ|Azerbaijan||Azerbaijani|Baku
AM|Armenia||Armenian|Yerevan
`;

export interface CountryEntry {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
// Country names that are far more often a person's or a thing's name in the news.
const AMBIGUOUS_NAMES = new Set(["Chad", "Jordan", "Jersey", "Guernsey", "Niue", "Tokelau", "Réunion"]);
const NOT_COUNTRIES = new Set("AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB XK YD YU ZR ZZ QU".split(" "));

function build(): CountryEntry[] {
  const byCode = new Map<string, CountryEntry>();
  for (const line of TABLE.trim().split("\n")) {
    const [code, name, others, demonyms, capitals] = line.split("|") as [string, string, string, string, string];
    const split = (s: string) => s.split(";").map((x) => x.trim()).filter(Boolean);
    byCode.set(code, { code, name, names: [name, ...split(others)], demonyms: split(demonyms), capitals: split(capitals) });
  }
  // Every other ISO code the runtime can name, by name only.
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (byCode.has(code) || NOT_COUNTRIES.has(code)) continue;
      const name = regionNames.of(code);
      if (!name || name === code || /\d/.test(name) || AMBIGUOUS_NAMES.has(name)) continue;
      byCode.set(code, { code, name, names: [name], demonyms: [], capitals: [] });
    }
  }
  return [...byCode.values()];
}

export const COUNTRIES: CountryEntry[] = build();
export const COUNTRY_BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

const DEMONYM_INDEX = new Map<string, string>();
for (const c of COUNTRIES) for (const d of c.demonyms) DEMONYM_INDEX.set(d.toLowerCase(), c.code);

/** "German" → "DE"; also "Ukraine's" style possessives of country names. */
export function countryOfDemonym(word: string): string | undefined {
  const w = word.replace(/['’]s$/, "").toLowerCase();
  return DEMONYM_INDEX.get(w) ?? COUNTRIES.find((c) => c.names.some((n) => n.toLowerCase() === w))?.code;
}

/** A regex alternation of all demonyms, longest first ("South Korean" before "Korean"). */
export const DEMONYM_PATTERN = [...new Set(COUNTRIES.flatMap((c) => c.demonyms))]
  .filter((d) => d.length > 2 && !/^[A-Z.]+$/.test(d))
  .sort((a, b) => b.length - a.length)
  .map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");

let countryMentionRe: RegExp | undefined;
const FORM_TO_CODE = new Map<string, string>();

/** ISO codes of every country the text names, by name, short form or demonym. */
export function countryCodesIn(text: string): Set<string> {
  if (!countryMentionRe) {
    for (const c of COUNTRIES) for (const f of [...c.names, ...c.demonyms]) if (f.length > 2) FORM_TO_CODE.set(f, c.code);
    const forms = [...FORM_TO_CODE.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    countryMentionRe = new RegExp(`(?<![\\p{L}])(?:${forms.join("|")})(?![\\p{L}])`, "gu");
  }
  const codes = new Set<string>();
  for (const m of text.matchAll(countryMentionRe)) codes.add(FORM_TO_CODE.get(m[0])!);
  return codes;
}
