// Synthetic relationship data for checking legibility and speed at scale: exactly `nodes` countries
// and `edges` distinct connected pairs, with hubs (preferential attachment), repeated ties of varied
// kind, status, year and value. Deterministic for a given seed. Used by the unit tests and by
// `npm run relationships:synthetic`, which writes it into a database of its own.
import { countryName } from "@/lib/format";
import type { AgreementStatus, AgreementType, PartyRole, PledgeKind, PledgeStatus } from "@/lib/generated/prisma/enums";
import type { ActorInfo, AgreementRecord, GraphInput, PledgeRecord } from "./graph";
import { seededRandom } from "./layout";

const PRIORITY = ["UA", "US", "GB", "FR", "DE", "PL"];
const CODES = (
  "AD AE AF AG AI AL AM AO AR AS AT AU AW AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BR BS BT BW BY BZ CA CD CF CG CH CI " +
  "CK CL CM CN CO CR CU CV CW CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM " +
  "GN GP GQ GR GT GU GW GY HK HN HR HT HU ID IE IL IM IN IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC " +
  "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP " +
  "NR NU NZ OM PA PE PF PG PH PK PL PM PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST " +
  "SV SX SY SZ TC TD TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
).split(" ");

export const MAX_SYNTHETIC_NODES = CODES.length;

const AGREEMENT_SHAPES: { type: AgreementType; roles: [PartyRole, PartyRole] }[] = [
  { type: "LICENSED_PRODUCTION", roles: ["LICENSOR", "LICENSEE"] },
  { type: "JOINT_VENTURE", roles: ["PARTNER", "PARTNER"] },
  { type: "CO_PRODUCTION", roles: ["PARTNER", "HOST"] },
  { type: "MAINTENANCE_REPAIR", roles: ["CONTRACTOR", "HOST"] },
  { type: "PROCUREMENT", roles: ["SUPPLIER", "BENEFICIARY"] },
  { type: "FINANCING", roles: ["FINANCIER", "BENEFICIARY"] },
  { type: "FRAMEWORK", roles: ["PARTNER", "PARTNER"] },
  { type: "TRAINING", roles: ["CONTRACTOR", "BENEFICIARY"] },
];
const AGREEMENT_STATUSES: AgreementStatus[] = ["RUMOURED", "IN_TALKS", "ANNOUNCED", "SIGNED", "IN_PROGRESS", "COMPLETED", "STALLED", "CANCELLED"];
const PLEDGE_KINDS: PledgeKind[] = ["EQUIPMENT", "EQUIPMENT", "FINANCING", "TRAINING", "SERVICES"];
const PLEDGE_STATUSES: PledgeStatus[] = ["UNDER_DISCUSSION", "PLEDGED", "DELIVERED", "PARTIALLY_DELIVERED", "REFUSED"];

export interface SyntheticOptions {
  nodes?: number;
  edges?: number;
  /** Records added on already-connected pairs, so ties differ in strength. */
  extraRecords?: number;
  seed?: number;
}

export function syntheticGraphInput({ nodes = 200, edges = 2000, extraRecords = 800, seed = 42 }: SyntheticOptions = {}): GraphInput {
  if (nodes > CODES.length) throw new Error(`At most ${CODES.length} synthetic countries.`);
  if (edges > (nodes * (nodes - 1)) / 2 || edges < nodes - 1) throw new Error(`${edges} edges cannot connect ${nodes} nodes.`);
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const codes = [...PRIORITY, ...CODES.filter((c) => !PRIORITY.includes(c))].slice(0, nodes);
  const actors: ActorInfo[] = codes.map((code) => ({
    slug: `synthetic-${code.toLowerCase()}`,
    name: countryName(code),
    kind: "COUNTRY",
    countryCode: code,
  }));

  // Preferential attachment: each node joins an earlier one chosen in proportion to its ties.
  const ties = actors.map(() => 1);
  const pairs = new Set<string>();
  const pairList: [number, number][] = [];
  const pickWeighted = (limit: number) => {
    let total = 0;
    for (let i = 0; i < limit; i++) total += ties[i]! ** 1.3;
    let x = random() * total;
    for (let i = 0; i < limit; i++) {
      x -= ties[i]! ** 1.3;
      if (x <= 0) return i;
    }
    return limit - 1;
  };
  const connect = (a: number, b: number) => {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || pairs.has(key)) return false;
    pairs.add(key);
    pairList.push([a, b]);
    ties[a]! += 1;
    ties[b]! += 1;
    return true;
  };
  for (let i = 1; i < nodes; i++) connect(i, pickWeighted(i));
  while (pairList.length < edges) connect(pickWeighted(nodes), int(nodes));

  const agreements: AgreementRecord[] = [];
  const pledges: PledgeRecord[] = [];
  const addRecord = ([a, b]: [number, number]) => {
    const year = 2022 + int(5);
    const usd = random() < 0.3 ? (1 + int(200)) * 5e6 : null;
    if (random() < 0.55) {
      const shape = AGREEMENT_SHAPES[int(AGREEMENT_SHAPES.length)]!;
      const id = agreements.length + 1;
      agreements.push({
        id,
        slug: `synthetic-agreement-${id}`,
        title: `Synthetic ${shape.type.toLowerCase().replaceAll("_", " ")} ${id}`,
        type: shape.type,
        status: AGREEMENT_STATUSES[int(AGREEMENT_STATUSES.length)]!,
        year,
        usd,
        parties: [
          { role: shape.roles[0], actor: actors[a]! },
          { role: shape.roles[1], actor: actors[b]! },
        ],
      });
    } else {
      const id = pledges.length + 1;
      const kind = PLEDGE_KINDS[int(PLEDGE_KINDS.length)]!;
      pledges.push({
        id,
        slug: `synthetic-pledge-${id}`,
        title: `Synthetic ${kind.toLowerCase()} pledge ${id}`,
        kind,
        status: PLEDGE_STATUSES[int(PLEDGE_STATUSES.length)]!,
        year,
        usd,
        agreementId: null,
        donor: actors[a]!,
        recipients: [actors[b]!],
      });
    }
  };
  pairList.forEach(addRecord);
  // Biased towards early pairs, which are the hubs' ties.
  for (let i = 0; i < extraRecords; i++) addRecord(pairList[Math.floor(random() ** 2 * pairList.length)]!);
  return { countries: actors.map((a) => ({ code: a.countryCode!, slug: a.slug, name: a.name })), agreements, pledges };
}
