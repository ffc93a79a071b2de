import { describe, expect, it } from "vitest";
import { createEventStage } from "./index.js";
import { type FakeActor, fakeLayers } from "./test-support.js";

// Invented sentences for the recall phenomena of the PLOVER GSR misses (gsr1, docs/events.md "Recall (gsr1,
// 2026-12-07)"): patterns whose target sits in a phrase the generic readings do not look into.
const ACTORS: FakeActor[] = [
  { name: "Arnor", actor: "ARN" },
  { name: "Rohan", actor: "ROH" },
  { name: "the United Nations", actor: "IGOUNO", kind: "organization" },
  { name: "Rohirric", actor: "ROH", form: "demonym" },
  { name: "Arnorian dockers", actor: "ARNLAB" },
];
const stage = createEventStage({ requireDyad: false });

function coded(text: string): string[] {
  const { doc, actors, attribution } = fakeLayers(text, ACTORS, []);
  const events = stage.run(doc, actors, attribution, { date: "2024-03-01" }).events;
  return events.map((e) => `${e.source?.actor ?? "?"}>${e.target?.actor ?? "-"}:${e.code}${e.negated ? "!" : ""}`);
}

describe("a complaint about another party's acts is aimed at that party", () => {
  it("names the party by a demonym of the complained act", () => {
    expect(coded("Arnor complained on Monday over two Rohirric raids on its border villages.")).toContain(
      "ARN>ROH:114",
    );
  });
  it("keeps a complaint without a party untargeted", () => {
    expect(coded("Arnor complained over the weather.").filter((e) => e.endsWith(":114"))).toEqual(["ARN>-:114"]);
  });
});

describe("pressing a party to act is an appeal to it", () => {
  it("codes 'pressured X to' as 025", () => {
    expect(coded("Arnor has been pressuring Rohan to open its markets.")).toContain("ARN>ROH:025");
  });
});

describe("stopping work is a strike", () => {
  it("codes 'stopped work' as 143", () => {
    expect(coded("Arnorian dockers stopped work on Monday.")).toEqual(["ARNLAB>-:143"]);
  });
});

describe("closing a border with a country restricts movement", () => {
  it("codes 'closed its border with X' as 191", () => {
    expect(coded("Arnor closed its northern border with Rohan on Friday.")).toContain("ARN>ROH:191");
  });
  it("does not aim a border closed to goods at their origin", () => {
    expect(coded("Arnor closed its border to imports of fruit from Rohan.")).not.toContain("ARN>ROH:191");
  });
});

describe("imposing tariffs or duties on a country's goods is a sanction on that country", () => {
  it("takes the target from the demonym of the goods", () => {
    expect(coded("Arnor imposed 100 pct tariffs on Rohirric electronics on Friday.")).toContain("ARN>ROH:163");
    expect(coded("Arnor imposed anti-dumping duties on Rohirric steel.")).toContain("ARN>ROH:163");
  });
  it("leaves duties on a commodity without a party untargeted", () => {
    expect(coded("Arnor imposed export duties on coffee.")).toEqual(["ARN>-:163"]);
  });
});

describe("increasing or deepening an act makes its subject the act's source", () => {
  it("codes 'has deepened its cooperation with X' from the subject", () => {
    expect(coded("Arnor has deepened its military cooperation with Rohan.")).toContain("ARN>ROH:050");
  });
});

describe("making concessions to a party yields to it", () => {
  it("codes 'made concessions to X' as 080 and an offer of them as 035", () => {
    expect(coded("Arnor made concessions to Rohan on fishing rights.")).toContain("ARN>ROH:080");
    expect(coded("Arnor offered concessions to Rohan.")).toContain("ARN>ROH:035");
  });
});

describe("concluding or finalizing an agreement is signing it", () => {
  it("codes coordinated parties both ways", () => {
    const out = coded("Arnor and Rohan finalised two agreements on river trade.");
    expect(out).toContain("ARN>ROH:057");
    expect(out).toContain("ROH>ARN:057");
  });
  it("codes 'concluded an accord with X'", () => {
    expect(coded("Arnor concluded an interim fishing accord with Rohan.")).toContain("ARN>ROH:057");
  });
});

describe("signing an accord, pact, memorandum or protocol is a formal agreement", () => {
  it("codes each of them with the other party", () => {
    for (const doc of ["accord", "pact", "memorandum of understanding", "trade protocol"]) {
      expect(coded(`Arnor signed a ${doc} with Rohan on Tuesday.`)).toContain("ARN>ROH:057");
    }
  });
});

describe("force, occupation and siege verbs", () => {
  it("codes injuring as force, annexing as occupation and besieging as a blockade", () => {
    expect(coded("Arnorian dockers injured two Rohirric guards.")).toContain("ARNLAB>ROH:190");
    expect(coded("Arnor annexed Rohan on Tuesday.").map((e) => e.split(":")[1])).toContain("192");
    expect(coded("Arnor besieged Rohan for a month.")).toContain("ARN>ROH:191");
  });
});

describe("censure and the relaxing of sanctions", () => {
  it("codes censuring as criticism and relaxing sanctions on X as easing them", () => {
    expect(coded("Arnor censured Rohan over the raid.")).toContain("ARN>ROH:110");
    expect(coded("Arnor relaxed sanctions on Rohan.")).toContain("ARN>ROH:081");
  });
});

describe("breaking off relations or talks reduces relations", () => {
  it("codes broken or severed relations as 161 and broken, suspended or halted talks as 164", () => {
    expect(coded("Arnor broke off diplomatic relations with Rohan on Monday.")).toContain("ARN>ROH:161");
    expect(coded("Arnor severed diplomatic relations with Rohan.")).toContain("ARN>ROH:161");
    expect(coded("Arnor suspended talks with Rohan on Monday.")).toContain("ARN>ROH:164");
    expect(coded("Arnor halted negotiations with Rohan.")).toContain("ARN>ROH:164");
  });
  it("does not read suspended talks as talks held", () => {
    expect(coded("Arnor suspended talks with Rohan on Monday.")).not.toContain("ARN>ROH:040");
  });
});

describe("establishing or restoring relations, snubs and beheadings", () => {
  it("codes relations established or restored with a party as 050 both ways", () => {
    const out = coded("Arnor and Rohan have established diplomatic relations at the ambassadorial level.");
    expect(out).toContain("ARN>ROH:050");
    expect(out).toContain("ROH>ARN:050");
    expect(coded("Arnor restored diplomatic relations with Rohan.")).toContain("ARN>ROH:050");
  });
  it("codes a snub as a rejection and a beheading as a killing", () => {
    expect(coded("Arnor snubbed Rohan at the summit.")).toContain("ARN>ROH:120");
    expect(coded("Arnorian dockers beheaded two Rohirric guards.")).toContain("ARNLAB>ROH:1823");
  });
});
