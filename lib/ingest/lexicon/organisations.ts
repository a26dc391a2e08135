// Domain vocabulary: organisations, defence companies, government bodies and media that defence news
// names often, with their kind and country. An entry only helps recognise and type a name; whether it
// becomes a proposal depends on the text. Actors already in the database take precedence.
import type { ActorKind } from "../types";

export interface KnownOrganisation {
  name: string;
  kind: ActorKind;
  countryCode?: string;
  aliases: string[];
}

// name | kind | country | aliases
const TABLE = `
NATO|ALLIANCE||North Atlantic Treaty Organization;OTAN;the Alliance;Atlantic Alliance
European Union|ORGANISATION||EU;E.U.
European Commission|ORGANISATION||Brussels executive
European Council|ORGANISATION||
European Parliament|ORGANISATION||
European Defence Agency|ORGANISATION||EDA;European Defense Agency
European Investment Bank|ORGANISATION||EIB
European Peace Facility|ORGANISATION||EPF
United Nations|ORGANISATION||UN;U.N.
OSCE|ORGANISATION||Organization for Security and Co-operation in Europe
G7|ORGANISATION||Group of Seven;G-7
NATO Support and Procurement Agency|ORGANISATION||NSPA
OCCAR|ORGANISATION||Organisation for Joint Armament Cooperation
Ukraine Defense Contact Group|ORGANISATION||Ukraine Defence Contact Group;UDCG;Ramstein group;Contact Group
World Bank|ORGANISATION||
International Monetary Fund|ORGANISATION||IMF
Rheinmetall|COMPANY|DE|Rheinmetall AG
Krauss-Maffei Wegmann|COMPANY|DE|KMW
KNDS|COMPANY|FR|KNDS Group;Nexter
KNDS Deutschland|COMPANY|DE|
Diehl Defence|COMPANY|DE|Diehl
Hensoldt|COMPANY|DE|
Helsing|COMPANY|DE|
BAE Systems|COMPANY|GB|BAE
Babcock|COMPANY|GB|Babcock International
Rolls-Royce|COMPANY|GB|
Thales|COMPANY|FR|Thales Group
MBDA|COMPANY|FR|
Safran|COMPANY|FR|
Dassault Aviation|COMPANY|FR|Dassault
Naval Group|COMPANY|FR|
Arquus|COMPANY|FR|
Airbus|COMPANY|FR|Airbus Defence and Space
Leonardo|COMPANY|IT|
Fincantieri|COMPANY|IT|
Iveco Defence Vehicles|COMPANY|IT|IDV
Saab|COMPANY|SE|
Kongsberg|COMPANY|NO|Kongsberg Defence & Aerospace
Nammo|COMPANY|NO|
Patria|COMPANY|FI|
Milrem Robotics|COMPANY|EE|Milrem
Colt CZ|COMPANY|CZ|Colt CZ Group
Polska Grupa Zbrojeniowa|COMPANY|PL|PGZ
WB Group|COMPANY|PL|WB Electronics
Huta Stalowa Wola|COMPANY|PL|HSW
John Cockerill|COMPANY|BE|
FN Herstal|COMPANY|BE|
Navantia|COMPANY|ES|
Indra|COMPANY|ES|
Lockheed Martin|COMPANY|US|
Raytheon|COMPANY|US|RTX
Northrop Grumman|COMPANY|US|
General Dynamics|COMPANY|US|
Boeing|COMPANY|US|
L3Harris|COMPANY|US|
AeroVironment|COMPANY|US|
Anduril|COMPANY|US|Anduril Industries
Palantir|COMPANY|US|
Hanwha Aerospace|COMPANY|KR|Hanwha
Hyundai Rotem|COMPANY|KR|
Baykar|COMPANY|TR|
Aselsan|COMPANY|TR|
Roketsan|COMPANY|TR|
Elbit Systems|COMPANY|IL|Elbit
Rafael|COMPANY|IL|Rafael Advanced Defense Systems
Ukroboronprom|COMPANY|UA|UkrOboronProm
Ukrspecexport|COMPANY|UA|
Antonov|COMPANY|UA|
Motor Sich|COMPANY|UA|
Kharkiv Morozov Machine Building Design Bureau|COMPANY|UA|Morozov Design Bureau
Rostec|COMPANY|RU|
Almaz-Antey|COMPANY|RU|
Uralvagonzavod|COMPANY|RU|
Kalashnikov Concern|COMPANY|RU|Kalashnikov
Norinco|COMPANY|CN|
Pentagon|GOVERNMENT_BODY|US|US Department of Defense;U.S. Department of Defense;Department of Defense;DoD
US State Department|GOVERNMENT_BODY|US|State Department;US Department of State;Department of State
White House|GOVERNMENT_BODY|US|The White House
US Congress|GOVERNMENT_BODY|US|Congress;U.S. Congress
Bundestag|GOVERNMENT_BODY|DE|German parliament
Bundeswehr|GOVERNMENT_BODY|DE|
Verkhovna Rada|GOVERNMENT_BODY|UA|Rada;Ukrainian parliament
Armed Forces of Ukraine|GOVERNMENT_BODY|UA|Ukrainian armed forces;Ukrainian army;AFU
Élysée Palace|GOVERNMENT_BODY|FR|Élysée;Elysee;Elysée Palace
Downing Street|GOVERNMENT_BODY|GB|Number 10
Direction générale de l'armement|GOVERNMENT_BODY|FR|DGA
Reuters|ORGANISATION|GB|
Agence France-Presse|ORGANISATION|FR|AFP
Associated Press|ORGANISATION|US|AP
BBC|ORGANISATION|GB|British Broadcasting Corporation
Financial Times|ORGANISATION|GB|FT;The Financial Times
The Telegraph|ORGANISATION|GB|Telegraph;The Daily Telegraph
The Guardian|ORGANISATION|GB|Guardian
The Economist|ORGANISATION|GB|
Le Monde|ORGANISATION|FR|
Le Figaro|ORGANISATION|FR|
Les Echos|ORGANISATION|FR|
France 24|ORGANISATION|FR|France24
Der Spiegel|ORGANISATION|DE|Spiegel
Politico|ORGANISATION|US|
Bloomberg|ORGANISATION|US|
The Wall Street Journal|ORGANISATION|US|Wall Street Journal;WSJ
The New York Times|ORGANISATION|US|New York Times;NYT
The Washington Post|ORGANISATION|US|Washington Post
Breaking Defense|ORGANISATION|US|
Defense News|ORGANISATION|US|
The Kyiv Independent|ORGANISATION|UA|Kyiv Independent
Ukrainska Pravda|ORGANISATION|UA|
Kiel Institute|ORGANISATION|DE|Kiel Institute for the World Economy;IfW Kiel
SIPRI|ORGANISATION|SE|Stockholm International Peace Research Institute
RUSI|ORGANISATION|GB|Royal United Services Institute
IISS|ORGANISATION|GB|International Institute for Strategic Studies
Chatham House|ORGANISATION|GB|
CSIS|ORGANISATION|US|Center for Strategic and International Studies
Institute for the Study of War|ORGANISATION|US|ISW
ECFR|ORGANISATION||European Council on Foreign Relations
IFRI|ORGANISATION|FR|French Institute of International Relations;Ifri
`;

export const KNOWN_ORGANISATIONS: KnownOrganisation[] = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [name, kind, country, aliases] = line.split("|") as [string, ActorKind, string, string];
    return {
      name,
      kind,
      countryCode: country || undefined,
      aliases: aliases.split(";").map((a) => a.trim()).filter(Boolean),
    };
  });
