import { describe, expect, it } from "vitest";
import { createEventStage } from "./index.js";
import { parseLexicon } from "./lexicon.js";
import { type FakeActor, type FakeFrame, fakeLayers } from "./test-support.js";

const ACTORS: FakeActor[] = [
  { name: "Arnor", actor: "ARN" },
  { name: "Gondor", actor: "GON" },
  { name: "Rohan", actor: "ROH" },
  { name: "Mordor", actor: "MOR" },
  { name: "Gondorian", actor: "GON", form: "demonym" },
  { name: "Arnorian", actor: "ARN", form: "demonym" },
  { name: "Elessar", actor: "GONGOV" },
  { name: "Arnor troops", actor: "ARNMIL", entity: "ARNMIL" },
];

const stage = createEventStage();

function code(text: string, frames: FakeFrame[] = [], date: string | null = "2024-03-15") {
  const { doc, actors, attribution } = fakeLayers(text, ACTORS, frames);
  return stage.run(doc, actors, attribution, { date }).events;
}
const triples = (text: string, frames: FakeFrame[] = []) =>
  code(text, frames).map((e) => `${e.source?.actor}>${e.target?.actor}:${e.code}`);

describe("verb patterns: roles", () => {
  const cases: [string, string[]][] = [
    ["Arnor troops attacked Gondor on Monday.", ["ARNMIL>GON:190"]],
    ["Gondor was attacked by Mordor.", ["MOR>GON:190"]],
    ["Gondor criticized Arnor over the border dispute.", ["GON>ARN:110"]],
    ["Rohan accused Mordor of shelling villages.", ["ROH>MOR:112"]],
    ["Gondor supplied Rohan with weapons.", ["GON>ROH:072"]],
    ["Rohan purchases Gondorian grain.", ["ROH>GON:061"]],
    ["Arnor sold oil to Rohan.", ["ARN>ROH:061"]],
    ["Gondor imposed sanctions on Mordor.", ["GON>MOR:163"]],
    ["Elessar visited Arnor last week.", ["GONGOV>ARN:042"]],
    ["The king met delegates in Gondor.", []],
  ];
  for (const [text, want] of cases) it(text, () => expect(triples(text)).toEqual(want));
});

describe("coordination and reciprocity", () => {
  it("coordinated subject of a reciprocal verb gives both directions", () => {
    expect(triples("Arnor and Gondor met in Rohan.").sort()).toEqual(["ARN>GON:040", "GON>ARN:040"]);
  });
  it("reciprocal verb with an object gives both directions", () => {
    expect(triples("Arnor agreed with Gondor.").sort()).toEqual(["ARN>GON:030", "GON>ARN:030"]);
  });
  it("coordinated subject of a one-way verb gives one event per source", () => {
    expect(triples("Arnor and Rohan condemned Mordor.").sort()).toEqual(["ARN>MOR:110", "ROH>MOR:110"]);
  });
  it("coordinated verb phrase shares the subject", () => {
    expect(triples("Gondor praised Rohan's army and threatened Mordor.").sort()).toEqual([
      "GON>MOR:130",
      "GON>ROH:051",
    ]);
  });
  it("'the two leaders' refers back to the last two actors", () => {
    expect(triples("Arnor hosted talks with Gondor. The two leaders met twice.").length).toBeGreaterThanOrEqual(2);
  });
  it("a that-complement blocks the speaker as source", () => {
    expect(triples("Arnor said that rebels attacked Gondor.")).toEqual([]);
  });
});

describe("nominal events", () => {
  it("possessor + against", () =>
    expect(triples("Observers discussed Mordor's war against Gondor.")).toEqual(["MOR>GON:190"]));
  it("supplies of X to Y", () =>
    expect(triples("Reports described supplies of Arnorian missiles to Rohan.")).toEqual(["ARN>ROH:072"]));
});

describe("certainty, negation, asserters", () => {
  it("event inside a frame is reported and carries the chain", () => {
    const [e] = code("Rohan said Arnor attacked Gondor.", [{ content: "Arnor attacked Gondor", by: ["e9"] }]);
    expect(e?.asserted_by).toEqual(["e9"]);
    expect(e?.certainty).toBe("reported");
  });
  it("hedged frame stays hedged", () => {
    const [e] = code("Arnor may have attacked Gondor.");
    expect(e?.certainty).toBe("hedged");
  });
  it("negated meeting is negated", () => {
    const [e] = code("Arnor did not meet Gondor.");
    expect(e?.negated).toBe(true);
  });
  it("a hypothetical is never asserted", () => {
    for (const e of code("If Arnor attacked Gondor, Rohan would condemn Mordor."))
      expect(e.certainty).not.toBe("asserted");
  });
  it("'would not provide' is a rejection", () => {
    const evs = code("Arnor would not provide Gondor with weapons.");
    expect(evs.map((e) => e.code.slice(0, 2))).toEqual(["12"]);
  });
});

describe("intent, threats and light verbs", () => {
  const cases: [string, string[]][] = [
    ["Gondor will visit Arnor next month.", ["GON>ARN:036"]],
    ["Mordor would attack Gondor, its envoy warned.", ["MOR>GON:138"]],
    ["Rohan staged demonstrations against Mordor.", ["ROH>MOR:141"]],
    ["Gondor imposed a curfew on Rohan.", ["GON>ROH:172"]],
    ["Arnor said Gondor must withdraw its troops.", ["ARN>GON:100"]],
    ["Arnor demanded that Gondor release the prisoners.", ["ARN>GON:100"]],
  ];
  for (const [text, want] of cases)
    it(text, () => expect(triples(text).filter((t) => !t.includes("undefined"))).toEqual(want));
  it("a condition keeps the event hypothetical", () => {
    const [e] = code("If Gondor attacked Arnor, Rohan would protest.");
    expect(e?.code).toBe("190");
    expect(e?.certainty).toBe("hypothetical");
  });
});

describe("dates and history", () => {
  it("month without year resolves to the latest past month", () => {
    const [e] = code("In June, Arnor attacked Gondor.", [], "2024-03-15");
    expect(e?.date).toBe("2023-06-01");
  });
  it("explicit year", () => {
    const [e] = code("In 2023, Arnor attacked Gondor.", [], "2024-03-15");
    expect(e?.date).toBe("2023-01-01");
  });
  it("anniversary reference is not a current event", () => {
    expect(code("Arnor marked the anniversary of the day Gondor attacked Mordor.")).toEqual([]);
  });
});

describe("lexicon format", () => {
  it("parses options and ids with version", () => {
    const lex = parseLexicon("@version t-1\n072 V supply obj=weapon tgt=to\n040 V meet recip\n");
    const p = lex.byHead.get("supply")?.[0];
    expect(p?.id).toBe("V:supply[obj]@t-1");
    expect([...(p?.tgt ?? [])]).toEqual(["to"]);
    expect(lex.byHead.get("meet")?.[0]?.recip).toBe(true);
  });
  it("codes are strings with leading zero", () => {
    for (const e of code("Arnor and Gondor met.")) expect(e.code).toMatch(/^0\d\d$/);
  });
});
