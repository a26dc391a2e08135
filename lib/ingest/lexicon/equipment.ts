// Equipment vocabulary: the nouns defence news counts ("tanks", "howitzers", "rounds") and the named
// systems it mentions ("Leopard 2", "HIMARS"), each with the tracker's equipment category.
import type { EquipmentCategory } from "../types";

/** Head nouns (singular stem → category). Plural forms are derived: tank → tanks, howitzer → howitzers. */
const NOUNS: Record<string, EquipmentCategory> = {
  tank: "ARMOURED_VEHICLES",
  "main battle tank": "ARMOURED_VEHICLES",
  "armoured vehicle": "ARMOURED_VEHICLES",
  "armored vehicle": "ARMOURED_VEHICLES",
  "fighting vehicle": "ARMOURED_VEHICLES",
  "infantry fighting vehicle": "ARMOURED_VEHICLES",
  "personnel carrier": "ARMOURED_VEHICLES",
  apc: "ARMOURED_VEHICLES",
  ifv: "ARMOURED_VEHICLES",
  vehicle: "ARMOURED_VEHICLES",
  hull: "ARMOURED_VEHICLES",
  turret: "ARMOURED_VEHICLES",
  howitzer: "ARTILLERY",
  gun: "ARTILLERY",
  cannon: "ARTILLERY",
  "light gun": "ARTILLERY",
  "artillery system": "ARTILLERY",
  "artillery piece": "ARTILLERY",
  mortar: "ARTILLERY",
  barrel: "ARTILLERY",
  "rocket launcher": "ARTILLERY",
  "rocket system": "ARTILLERY",
  launcher: "ARTILLERY",
  shell: "AMMUNITION",
  round: "AMMUNITION",
  munition: "AMMUNITION",
  ammunition: "AMMUNITION",
  cartridge: "AMMUNITION",
  projectile: "AMMUNITION",
  "loitering munition": "DRONES",
  drone: "DRONES",
  uav: "DRONES",
  "unmanned aerial vehicle": "DRONES",
  "unmanned vehicle": "DRONES",
  missile: "MISSILES",
  "cruise missile": "MISSILES",
  "ballistic missile": "MISSILES",
  rocket: "MISSILES",
  interceptor: "AIR_DEFENCE",
  "air defence system": "AIR_DEFENCE",
  "air defense system": "AIR_DEFENCE",
  "air-defence system": "AIR_DEFENCE",
  "anti-aircraft system": "AIR_DEFENCE",
  "air defence": "AIR_DEFENCE",
  "air defense": "AIR_DEFENCE",
  aircraft: "AIRCRAFT",
  "fighter jet": "AIRCRAFT",
  "fighter plane": "AIRCRAFT",
  fighter: "AIRCRAFT",
  jet: "AIRCRAFT",
  helicopter: "AIRCRAFT",
  plane: "AIRCRAFT",
  bomber: "AIRCRAFT",
  "electronic warfare": "ELECTRONIC_WARFARE",
  jammer: "ELECTRONIC_WARFARE",
  radar: "AIR_DEFENCE",
  boat: "OTHER",
  ship: "OTHER",
  truck: "OTHER",
  rifle: "OTHER",
  "small arm": "OTHER",
};

/** Named systems (case-sensitive as usually written) → category. */
const SYSTEMS: Record<string, EquipmentCategory> = {
  Leopard: "ARMOURED_VEHICLES",
  Challenger: "ARMOURED_VEHICLES",
  Abrams: "ARMOURED_VEHICLES",
  "T-72": "ARMOURED_VEHICLES",
  "T-64": "ARMOURED_VEHICLES",
  Bradley: "ARMOURED_VEHICLES",
  Marder: "ARMOURED_VEHICLES",
  Lynx: "ARMOURED_VEHICLES",
  CV90: "ARMOURED_VEHICLES",
  Stryker: "ARMOURED_VEHICLES",
  M113: "ARMOURED_VEHICLES",
  Boxer: "ARMOURED_VEHICLES",
  Patria: "ARMOURED_VEHICLES",
  "PzH 2000": "ARTILLERY",
  Caesar: "ARTILLERY",
  CAESAR: "ARTILLERY",
  Bohdana: "ARTILLERY",
  Archer: "ARTILLERY",
  Krab: "ARTILLERY",
  Zuzana: "ARTILLERY",
  M777: "ARTILLERY",
  AS90: "ARTILLERY",
  HIMARS: "ARTILLERY",
  MLRS: "ARTILLERY",
  MARS: "ARTILLERY",
  ATACMS: "MISSILES",
  "Storm Shadow": "MISSILES",
  SCALP: "MISSILES",
  Scalp: "MISSILES",
  Taurus: "MISSILES",
  Neptune: "MISSILES",
  Harpoon: "MISSILES",
  Javelin: "MISSILES",
  NLAW: "MISSILES",
  Patriot: "AIR_DEFENCE",
  "IRIS-T": "AIR_DEFENCE",
  NASAMS: "AIR_DEFENCE",
  "SAMP/T": "AIR_DEFENCE",
  Gepard: "AIR_DEFENCE",
  Skynex: "AIR_DEFENCE",
  Stinger: "AIR_DEFENCE",
  Hawk: "AIR_DEFENCE",
  "F-16": "AIRCRAFT",
  "F-16s": "AIRCRAFT",
  Mirage: "AIRCRAFT",
  Gripen: "AIRCRAFT",
  "MiG-29": "AIRCRAFT",
  "Su-24": "AIRCRAFT",
  Bayraktar: "DRONES",
  TB2: "DRONES",
  Shahed: "DRONES",
  Switchblade: "DRONES",
};

const NOUN_ENTRIES = Object.entries(NOUNS).sort((a, b) => b[0].length - a[0].length);

function plural(noun: string): string {
  if (/(?:s|sh|ch|x)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (noun === "aircraft" || noun === "ammunition" || noun === "electronic warfare" || noun.endsWith("defence") || noun.endsWith("defense")) return noun;
  return `${noun}s`;
}

/** Every head-noun form (singular and plural), longest first, for building regexes. */
export const EQUIPMENT_NOUN_FORMS: string[] = [...new Set(NOUN_ENTRIES.flatMap(([n]) => [n, plural(n)]))].sort((a, b) => b.length - a.length);

/** The category of a noun phrase, from a named system in it, else from its head noun. */
export function categoryOf(phrase: string): EquipmentCategory | undefined {
  for (const [name, category] of Object.entries(SYSTEMS)) {
    if (new RegExp(`(?:^|[^A-Za-z0-9])${name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(?:$|[^A-Za-z])`).test(phrase)) return category;
  }
  const lower = phrase.toLowerCase();
  if (/\b(?:air|missile)[- ]defen[cs]e\b/.test(lower)) return "AIR_DEFENCE";
  if (/\belectronic[- ]warfare\b/.test(lower)) return "ELECTRONIC_WARFARE";
  if (/\b(?:shells?|rounds?|ammunition|munitions?)\b/.test(lower) && !/\bloitering\b/.test(lower)) return "AMMUNITION";
  for (const [noun, category] of NOUN_ENTRIES) {
    if (new RegExp(`\\b${noun}(?:e?s)?\\b`).test(lower)) return category;
  }
  return undefined;
}

/** Named systems, for finding items mentioned without a number ("the British Storm Shadow missiles"). */
export const SYSTEM_NAMES = Object.keys(SYSTEMS).sort((a, b) => b.length - a.length);

/** All categories mentioned in a stretch of text (systems, nouns, "artillery", "drones"). */
export function categoriesIn(text: string): EquipmentCategory[] {
  const found = new Set<EquipmentCategory>();
  for (const name of SYSTEM_NAMES) {
    if (new RegExp(`(?:^|[^A-Za-z0-9])${name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(?:$|[^A-Za-z])`).test(text)) found.add(SYSTEMS[name]!);
  }
  const lower = text.toLowerCase();
  const words: [RegExp, EquipmentCategory][] = [
    [/\bartillery\b|\bhowitzers?\b|\bcannons?\b|\bmortars?\b|\blight guns?\b/, "ARTILLERY"],
    [/\barmou?red vehicles?\b|\btanks?\b|\bfighting vehicles?\b|\bpersonnel carriers?\b|\bmilitary vehicles?\b/, "ARMOURED_VEHICLES"],
    [/\bammunition\b|\bshells?\b|\bmunitions\b|\brounds\b/, "AMMUNITION"],
    [/\bdrones?\b|\buavs?\b|\bunmanned\b|\bloitering munitions?\b/, "DRONES"],
    [/\belectronic[- ]warfare\b|\bjammers?\b/, "ELECTRONIC_WARFARE"],
    [/\bmissiles?\b/, "MISSILES"],
    [/\bfighter (?:jets?|planes?|aircraft)\b|\baircraft\b|\bhelicopters?\b|\bbombers?\b/, "AIRCRAFT"],
    [/\bair[- ]defen[cs]e\b|\binterceptors?\b/, "AIR_DEFENCE"],
  ];
  for (const [re, category] of words) if (re.test(lower)) found.add(category);
  return [...found];
}
