import { describe, expect, it } from "vitest";
import { analyse, nameOf, slugOf } from "./helpers";

const partiesOf = (a: { parties: { actor: Parameters<typeof nameOf>[0]; role: string }[] }) => a.parties.map((p) => `${nameOf(p.actor)}:${p.role}`);

describe("agreements", () => {
  it("licensed production: the foreign maker licenses, the host country produces; a signed deal is SIGNED", () => {
    const p = analyse("BAE Systems has signed a licence agreement with Ukraine to produce L119 light guns in Ukraine.", "2024-06-13");
    const a = p.agreements[0]!;
    expect(a).toMatchObject({ type: "LICENSED_PRODUCTION", status: "SIGNED" });
    expect(partiesOf(a)).toEqual(expect.arrayContaining(["BAE Systems:LICENSOR", "ukraine:LICENSEE"]));
  });

  it("joint venture with its date, and a second different venture kept apart", () => {
    const p = analyse("Rheinmetall and Ukroboronprom signed an agreement on Friday to set up a joint venture. Last year Rheinmetall set up a separate joint venture with Antonov to repair vehicles.");
    expect(p.agreements).toHaveLength(2);
    expect(p.agreements[0]).toMatchObject({ type: "JOINT_VENTURE", status: "SIGNED", startDate: "2024-02-16" });
  });

  it("co-production announced, with where the work happens", () => {
    const p = analyse("France has agreed to begin joint weapons production with Ukraine on Ukrainian soil.", "2026-02-10");
    expect(p.agreements[0]).toMatchObject({ type: "CO_PRODUCTION", status: "ANNOUNCED", workCountryCodes: ["UA"] });
    expect(p.events).toContainEqual(expect.objectContaining({ kind: "ANNOUNCEMENT" }));
  });

  it("repair hub under way, training, export, procurement and financing are each typed", () => {
    expect(analyse("Babcock is already repairing military vehicles at its site in Ukraine.").agreements[0]).toMatchObject({ type: "MAINTENANCE_REPAIR", status: "IN_PROGRESS" });
    expect(analyse("DCI has been training Ukrainian soldiers in Poland since 2023.").agreements[0]).toMatchObject({ type: "TRAINING" });
    expect(analyse("Ukraine confirmed it is reopening exports of its weapon systems.").agreements[0]).toMatchObject({ type: "EXPORT", status: "ANNOUNCED" });
    expect(analyse("Poland signed a contract with South Korea for the purchase of 180 tanks.").agreements[0]).toMatchObject({ type: "PROCUREMENT", status: "SIGNED" });
    expect(analyse("The United States opened a credit line of more than $700 million for Poland.").agreements[0]).toMatchObject({ type: "FINANCING", value: { disclosure: "DISCLOSED", amount: "700000000", currency: "USD", qualifier: "AT_LEAST" } });
  });

  it("future tense, 'would', 'could' and talks never give a signed or confirmed status", () => {
    for (const text of [
      "Sweden and Ukraine are in talks about producing CV90 vehicles in Ukraine; an agreement could be signed next month.",
      "Sweden would license the CV90 design to Ukraine under the plan.",
      "Sweden will sign a co-production agreement with Ukraine next year.",
    ]) {
      const a = analyse(text, "2024-10-04").agreements[0]!;
      expect(a, text).toBeDefined();
      expect(["RUMOURED", "IN_TALKS"], text).toContain(a.status);
      expect(a.confidence, text).not.toBe("CONFIRMED");
    }
  });

  it("'no contract has yet been signed' keeps the status at talks", () => {
    const p = analyse("KNDS France and Ukrainian firms are discussing producing Caesar parts in Ukraine. No contract has yet been signed for the production.");
    expect(p.agreements[0]!.status).toBe("IN_TALKS");
  });

  it("an analyst's expectation is not a fact: rumoured, with a note", () => {
    const p = analyse('"I expect Ukrainian production to start in Poland near the border," said analyst Huseyn Aliyev.', "2023-02");
    for (const a of p.agreements) {
      expect(a.status).toBe("RUMOURED");
      expect(a.confidence).toBe("RUMOURED");
    }
  });

  it("offers a known deal as evidence instead of a duplicate", () => {
    const p = analyse("Executives of British defense companies are in talks with Kyiv to allow the licensed manufacture of British-designed weapons on Ukrainian soil.", "2023-02-11");
    expect(p.agreements[0]!.matches[0]?.slug).toBe("uk-ukraine-licensed-production-talks");
  });
});

describe("pledges", () => {
  it("a promise with donor, recipient, quantity, item and category", () => {
    const x = analyse("Germany promised to deliver 14 Leopard 2 tanks to Ukraine.").pledges[0]!;
    expect(x).toMatchObject({ donor: "germany", kind: "EQUIPMENT", status: "PLEDGED", quantity: "14", unit: "tanks", category: "ARMOURED_VEHICLES" });
    expect(x.recipients.map(slugOf)).toEqual(["ukraine"]);
  });

  it("a refusal is REFUSED, and the person speaks for their country", () => {
    const x = analyse("German Chancellor Olaf Scholz again refused to send Taurus cruise missiles to Ukraine.").pledges[0]!;
    expect(x).toMatchObject({ donor: "germany", status: "REFUSED", category: "MISSILES" });
  });

  it("negation: 'will not send' is a refusal, 'not yet approved' is still under discussion", () => {
    expect(analyse("Poland will not send its fighter jets to Ukraine.").pledges[0]!.status).toBe("REFUSED");
    expect(analyse("The Élysée has not yet given the green light to send troops to Ukraine.").pledges[0]!.status).toBe("UNDER_DISCUSSION");
  });

  it("'would' and 'could' offers stay under discussion, reported 'said it would' is a promise", () => {
    expect(analyse("DCI could also maintain French equipment in Ukraine.").pledges[0]!.status).toBe("UNDER_DISCUSSION");
    expect(analyse("Germany said it would provide another Patriot system to Ukraine.").pledges[0]).toMatchObject({ donor: "germany", status: "PLEDGED" });
  });

  it("money for a recipient is FINANCING with its value", () => {
    const x = analyse("Norway will provide 1 billion Norwegian kroner to finance drone production in Ukraine.").pledges[0]!;
    expect(x).toMatchObject({ kind: "FINANCING", value: { disclosure: "DISCLOSED", amount: "1000000000", currency: "NOK" } });
  });

  it("an adversary is never a recipient", () => {
    const p = analyse("France supplied SCALP missiles to strike against Russia.");
    for (const x of p.pledges) expect(x.recipients.map(slugOf)).not.toContain("russia");
  });
});

describe("events", () => {
  it("reported speech keeps the speaker (the minister, not the journalist)", () => {
    const e = analyse('"We must move to production," declared Sébastien Lecornu, the French Minister of the Armed Forces, to Le Monde.').events.find((x) => x.kind === "STATEMENT")!;
    expect(e.actors.find((a) => a.role === "SPEAKER")!.actor).toMatchObject({ name: "Sébastien Lecornu" });
  });

  it("an unnamed source speaks for the country its demonym names, marked as such", () => {
    const e = analyse("“Discussions are underway between the UK and France,” confided a British military source.").events.find((x) => x.kind === "STATEMENT")!;
    expect(e.actors[0]).toEqual({ actor: "united-kingdom", role: "SPEAKER" });
    expect(e.notes.join(" ")).toMatch(/unnamed source/);
  });

  it("a statement's stance: refusal, openness, caution", () => {
    expect(analyse("Scholz said Germany would not become a party to the war and ruled out Taurus.").events.find((x) => x.kind === "STATEMENT")!.stance).toBe("REFUSES");
    expect(analyse('Sunak said: "nothing is ruled out" on jets for Ukraine.').events.find((x) => x.kind === "STATEMENT")!.stance).toBe("OPEN");
    expect(analyse('"I would be surprised if it happened before 2026," said Niklas Granholm, a researcher.').events.find((x) => x.kind === "STATEMENT")!.stance).toBe("CAUTIOUS");
  });

  it("visits, meetings, reports and decisions with their roles, place and date", () => {
    const visit = analyse("Jean-Noël Barrot was on a visit to London on November 22.", "2024-11-28").events.find((x) => x.kind === "VISIT")!;
    expect(visit).toMatchObject({ date: "2024-11-22", place: "London", placeCountryCode: "GB" });
    expect(visit.actors).toContainEqual({ actor: "jean-noel-barrot", role: "VISITOR" });
    const meeting = analyse("The Ukraine Defense Contact Group met at Ramstein on Friday under the aegis of the United States.").events.find((x) => x.kind === "MEETING")!;
    expect(meeting.actors).toContainEqual({ actor: "united-states", role: "ORGANISER" });
    expect(analyse("The Telegraph reported that British firms are in talks with Kyiv.").events).toContainEqual(expect.objectContaining({ kind: "REPORT" }));
    expect(analyse("The Bundestag on Thursday voted down a motion on Taurus.").events).toContainEqual(expect.objectContaining({ kind: "DECISION" }));
  });

  it("an event without a date in its sentence takes the publication date, marked inferred", () => {
    const e = analyse("Rheinmetall announced a new plant in Ukraine.", "2024-05-02").events[0]!;
    expect(e).toMatchObject({ date: "2024-05-02", dateInferred: true });
  });
});
