import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for the lead's fixes of the seventh session (issue 12).
const ACTORS: FakeActor[] = [
  { name: "Rohan", actor: "ROH" },
  { name: "Gondor", actor: "GON" },
  { name: "Gondor firms", actor: "GONBUS", kind: "organization" },
];

const coded = eventCoder(ACTORS);

describe("a present-tense supply to a named recipient is an act, a present-tense trade pattern is not", () => {
  // "supply X with Y": the object is the party that receives, the goods follow "with"
  it.each([
    "Gondor supplies Rohan with rifles.",
    "Several Gondor firms supply Rohan with dual-use goods.",
    "Gondor supplies Rohan with rifles, which can be used at the front.",
  ])("%s", (text) => expect(coded(text).some((e) => e.includes(">ROH:07"))).toBe(true));

  it.each(["Gondor imports all its grain from Rohan.", "Gondor exports coal to Rohan."])("%s", (text) =>
    expect(coded(text)).toEqual([]),
  );
});
