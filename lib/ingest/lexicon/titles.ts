// Titles and roles that introduce people in defence news ("German Chancellor Olaf Scholz", "Jeff Hawn,
// non-permanent researcher at …"), and the kind of body an office belongs to.

/** Offices written before a name, longest first. */
export const TITLES = [
  "Minister for Strategic Industries",
  "Minister of Strategic Industries",
  "Minister of the Armed Forces",
  "Minister of Foreign Affairs",
  "Minister of Defence",
  "Minister of Defense",
  "Foreign Affairs Minister",
  "Secretary of State",
  "Defense Secretary",
  "Defence Secretary",
  "Foreign Secretary",
  "Secretary General",
  "Secretary-General",
  "Defence Minister",
  "Defense Minister",
  "Foreign Minister",
  "Economy Minister",
  "Finance Minister",
  "Prime Minister",
  "Deputy Prime Minister",
  "Chief Executive Officer",
  "Chief Executive",
  "Chairman of the Board of Directors",
  "Chairman",
  "Chairwoman",
  "Chancellor",
  "President",
  "Vice President",
  "Minister",
  "Secretary",
  "Commissioner",
  "Ambassador",
  "General",
  "Admiral",
  "Commander-in-Chief",
  "Commander",
  "Chief",
  "CEO",
  "Director",
  "Spokesperson",
  "Spokesman",
  "Spokeswoman",
  "King",
  "Queen",
  "Senator",
  "Congressman",
  "Congresswoman",
  "Lieutenant General",
  "Major General",
  "Colonel",
  "Mr.",
  "Mrs.",
  "Ms.",
  "Mr",
  "Mrs",
  "Ms",
  "Dr.",
  "Sir",
].sort((a, b) => b.length - a.length);

/** Honorifics that are not offices. */
export const HONORIFICS = new Set(["Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Sir"]);

/** Role nouns of experts and staff, written after a name ("X, a researcher at Y"). */
export const EXPERT_ROLES =
  "analyst|researcher|senior fellow|fellow|specialist|expert|professor|adviser|advisor|director|head|chief executive|chairman|spokesperson|spokesman|spokeswoman|economist|lecturer|scholar";

/** Words that mark an unnamed human source; their speech is reported, not confirmed. */
export const ANONYMOUS_SOURCE =
  /\b(?:an?|one|the|several|two|three)\s+(?:[\w-]+\s+){0,3}?(?:source|sources|official|officials|diplomat|diplomats|insider|insiders)\b/i;
