import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for the recall phenomena of the PLOVER GSR misses left after gsr1 (docs/events.md "Recall
// (gsr2, 2026-12-07)"): targets the target rules did not reach.
const ACTORS: FakeActor[] = [
  { name: "Arnor", actor: "ARN" },
  { name: "the Netherlands", actor: "NLD" },
  { name: "Rohan", actor: "ROH" },
  { name: "Rohan's government", actor: "ROHGOV" },
  { name: "Protesters in Tharbad", actor: "ARNOPP" },
  { name: "a newspaper", actor: "---MED", kind: "organization" },
  { name: "the Rohirric authorities", actor: "ROHGOV" },
  { name: "Arnorian farmers", actor: "ARNAGR" },
];
const coded = eventCoder(ACTORS);

describe("a protest's stated purpose names its target before a trailing speaker", () => {
  it("does not take the reporting newspaper for the parse's object", () => {
    const text =
      "Protesters in Tharbad blocked a road to show their disapproval for the Netherlands' trade policies, a newspaper reported Tuesday.";
    const frames = [
      {
        content: "Protesters in Tharbad blocked a road to show their disapproval for the Netherlands' trade policies",
        by: ["e5"],
      },
    ];
    expect(coded(text, frames)).toContain("ARNOPP>NLD:144");
  });
});
