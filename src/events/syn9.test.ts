import { describe, expect, it } from "vitest";
import { createEventStage } from "./index.js";
import { type FakeActor, fakeLayers } from "./test-support.js";

// Invented sentences for syn9's fixes of readings that a better tagger changes (issue 11).
const ACTORS: FakeActor[] = [
  { name: "Arnor", actor: "ARN" },
  { name: "Rohan", actor: "ROH" },
  { name: "Mordor", actor: "MOR" },
  { name: "Gondor", actor: "GON" },
];
const stage = createEventStage({ requireDyad: false });

function triples(text: string): string[] {
  const { doc, actors, attribution } = fakeLayers(text, ACTORS);
  return stage
    .run(doc, actors, attribution, { date: "2024-03-01" })
    .events.map((e) => `${e.source?.actor ?? "?"}>${e.target?.actor ?? "-"}:${e.code}`);
}

describe("an epistemic participle before its noun is no accusation, whatever its tag", () => {
  // Tagged VBN (as UD tags a prenominal participle), "alleged" has the lemma "allege": the check reads the word.
  it.each([
    ["Rohan's alleged abuses angered Gondor.", []],
    ["Mordor's alleged attacks on Rohan angered Gondor.", ["MOR>ROH:190"]],
  ] as [string, string[]][])("%s", (text, want) => expect(triples(text)).toEqual(want));
});
