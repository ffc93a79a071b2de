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
