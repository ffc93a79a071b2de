import { describe, expect, it } from "vitest";
import { runSuite, type SuiteRecord } from "../eval/petrarch.js";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for the recall fixes of ev23 (docs/events.md "ev23: …").

const ACTORS: FakeActor[] = [
  { name: "Gondor", actor: "GON" },
  { name: "Rohan", actor: "ROH" },
  { name: "Gondorian police", actor: "GONCOP" },
  { name: "Gondorian troops", actor: "GONMIL" },
  { name: "Rohirric farmers", actor: "ROHAGR" },
  { name: "the Rohirric farmers' union", actor: "ROHAGR" },
  { name: "Rohirric rebels", actor: "ROHREB" },
  { name: "opposition marchers", actor: "GONOPP" },
  { name: "Gondorian inspectors", actor: "GON" },
  { name: "Rohirric", actor: "ROH", form: "demonym" },
];
const coded = eventCoder(ACTORS);

describe("a light verb with the particle 'out' gives its subject to the event noun", () => {
  it("codes 'carried out air strikes on X' like 'conducted air strikes on X'", () => {
    expect(coded("Gondor carried out air strikes on Rohan last night.")).toContain("GON>ROH:195");
    expect(coded("Gondor carried out raids on Rohan.")).toContain("GON>ROH:190");
  });
  it("still needs the light verb before the particle", () => {
    expect(coded("Gondor found out about raids on Rohan.")).not.toContain("GON>ROH:190");
  });
});

describe("new predicates of force, inquiry and de-escalation (events-lex-23-ev23)", () => {
  it.each([
    ["Gondorian troops stormed Rohan's border post.", "GONMIL>ROH:190"],
    ["Gondorian troops pounded Rohirric rebels for a week.", "GONMIL>ROHREB:190"],
    ["Gondorian troops battled Rohirric rebels near the river.", "GONMIL>ROHREB:190"],
    ["Gondorian troops battled Rohirric rebels near the river.", "ROHREB>GONMIL:190"],
    ["Gondorian police interrogated Rohirric farmers.", "GONCOP>ROHAGR:091"],
    ["Gondor placed Rohirric farmers under investigation.", "GON>ROHAGR:090"],
  ])("%s → %s", (text, want) => {
    expect(coded(text)).toContain(want);
  });
  it("a demonym inside the inspected object is the target", () => {
    expect(coded("Gondorian inspectors inspected Rohirric grain silos.")).toContain("GON>ROH:090");
  });
  it("'pulled X out of Y' withdraws from Y; 'forced X out' expels X", () => {
    expect(coded("Gondor pulled its troops out of Rohan.")).toContain("GON>ROH:087");
    expect(coded("Gondor forced Rohirric farmers out of the valley.")).toContain("GON>ROHAGR:166");
  });
  it("an apposition inside the phrase's gap is not counted", () => {
    expect(coded("Gondor forced the Rohirric farmers' union, the RFU, out of the valley.")).toContain("GON>ROHAGR:166");
    expect(coded("Gondor forced the old and proud union of the Rohirric farmers out of the valley.")).not.toContain(
      "GON>ROHAGR:166",
    );
  });
  it("pulling out of a deal is no withdrawal (event-args-28-ev23)", () => {
    expect(coded("Gondor pulled out of the trade agreement with Rohan.").filter((e) => e.includes(":08"))).toEqual([]);
  });
});

describe("refusing or denying entry or access to a party rejects that party", () => {
  it("takes the to-phrase on the named object as the target", () => {
    expect(coded("Gondor refused entry to Rohirric farmers.")).toContain("GON>ROHAGR:120");
    expect(coded("Gondor denied access to Rohirric farmers.")).toContain("GON>ROHAGR:120");
  });
  it("keeps a party inside other rejected objects out of the target (insideObjectContent)", () => {
    expect(coded("Gondor rejected calls for sanctions against Rohan.")).not.toContain("GON>ROH:120");
  });
});

describe("an uncoded place in the target phrase stands for the country it is in", () => {
  it("takes the country of 'to a site in X' as the target", () => {
    expect(coded("Gondor dispatched inspectors to a nuclear site in Rohan.")).toContain("GON>ROH:090");
    expect(coded("Gondor dispatched inspectors to the Morgul Nuclear Facilities in Rohan.")).toContain("GON>ROH:090");
    expect(coded("Gondor dispatched inspectors to the Morgul Nuclear Facilities (MNF) in Rohan.")).toContain(
      "GON>ROH:090",
    );
  });
  it("only for place nouns right before the in-phrase", () => {
    expect(coded("Gondor dispatched inspectors to talks with officials in Rohan.")).not.toContain("GON>ROH:090");
  });
});

describe("a pattern word matches its regular plural the lemmatizer left unlemmatized", () => {
  it("reads 'reduced food supplies to X' as 'reduce * supply'", () => {
    expect(coded("Gondor reduced food supplies to Rohan.")).toContain("GON>ROH:162");
    expect(coded("Gondor reduced aid to Rohan.")).toContain("GON>ROH:162");
  });
  it("does not stretch a word to another one", () => {
    expect(coded("Gondor reduced suppliers to Rohan.")).not.toContain("GON>ROH:162");
  });
});

describe("a warning that the speaker's own forces will act is aimed at the party they act on", () => {
  const warn = eventCoder([
    { name: "Gondor's security chief", actor: "GONCOP" },
    { name: "police", actor: "GONCOP" },
    { name: "the Rangers", actor: "GONOPP" },
    { name: "Rohan", actor: "ROH" },
  ]);
  it("skips the own police in the that-clause", () => {
    const out = warn("Gondor's security chief warned that police will no longer tolerate marches by the Rangers.");
    expect(out).toContain("GONCOP>GONOPP:130");
    expect(out).not.toContain("GONCOP>GONCOP:130");
  });
  it("keeps another party as the clause subject", () => {
    expect(warn("Gondor's security chief warned that Rohan will no longer tolerate marches by the Rangers.")).toContain(
      "GONCOP>ROH:130",
    );
  });
});

describe("force used to disperse a crowd is aimed at the crowd", () => {
  it("takes the object of 'to disperse' / 'to break up' as the target", () => {
    expect(coded("Gondorian police opened fire to disperse opposition marchers.")).toContain("GONCOP>GONOPP:190");
    expect(coded("Gondorian police fired tear gas to break up a rally of opposition marchers.")).toContain(
      "GONCOP>GONOPP:175",
    );
  });
  it("does not read other purposes as the target", () => {
    expect(coded("Gondorian police opened fire to protect opposition marchers.")).not.toContain("GONCOP>GONOPP:190");
  });
});

describe("PLOVER GSR scoring: one-sided side figure (the headline keeps the dyad gate)", () => {
  const rec: SuiteRecord = {
    id: "t1",
    record_index: 0,
    suite: "plover-test",
    text: "Chile withdrew all its troops on Monday.",
    date: null,
    expected: [{ source: "CHL", target: "", code: "RETREAT" }],
    category: "RETREAT",
  };
  it("counts a source-only event only in the one-sided figure", () => {
    const seen: boolean[][] = [];
    const r = runSuite([rec], "plover", null, undefined, (_r, coded, hits) => {
      seen.push(hits);
      expect(coded.some((e) => e.unpaired && e.source?.actor === "CHL")).toBe(true);
    });
    expect(r.total.correct).toBe(0);
    expect(r.oneSided.correct).toBe(1);
    expect(seen).toEqual([[false]]);
  });
});
