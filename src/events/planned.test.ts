import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences (issue 12, lead, 2026-12-07 third session): meetings and visits not yet held, written in the
// present tense with a future date or as an expectation, are intents (036), not meetings held (04x).
const ACTORS: FakeActor[] = [
  { name: "Rohan", actor: "ROH" },
  { name: "Elessar", actor: "GONGOV", kind: "person" },
  { name: "Eomer", actor: "ROHGOV", kind: "person" },
];

const coded = eventCoder(ACTORS);

describe("a meeting or visit dated after the report is an intent", () => {
  it.each([
    ["Elessar meets Eomer next week to discuss the border.", ["GONGOV>ROHGOV:036"]],
    ["Elessar holds talks with Eomer next month.", ["GONGOV>ROHGOV:036"]],
    ["Elessar is likely to visit Rohan soon for talks.", ["GONGOV>ROH:036"]],
  ])("%s", (text, want) => {
    expect(coded(text)).toEqual(want);
  });
  it.each([
    // held: past tense, or a present tense without a future date
    ["Elessar met Eomer last week.", ["GONGOV>ROHGOV:040", "ROHGOV>GONGOV:040"]],
    ["Elessar holds talks with Eomer.", ["GONGOV>ROHGOV:040", "ROHGOV>GONGOV:040"]],
    ["Elessar visited Rohan last month.", ["GONGOV>ROH:042"]],
  ])("held: %s", (text, want) => {
    expect(coded(text)).toEqual(want);
  });
});

describe("a plan that 'met with' a reaction is no meeting", () => {
  it.each([
    ["Elessar met with disapproval from Eomer.", []],
    ["Elessar met with criticism in Rohan.", []],
  ])("%s", (text, want) => {
    expect(coded(text).filter((c) => /:04/.test(c))).toEqual(want);
  });
  it("a person who met with a person still meets", () => {
    expect(coded("Elessar met with Eomer in Rohan.")).toContain("GONGOV>ROHGOV:040");
  });
});
