import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences (lead, 2026-12-08): a possessor after a comma opens an apposition about the subject, not the
// next member of a list of subjects (src/events/subjects.ts, groupRight).
const ACTORS: FakeActor[] = [
  { name: "Rohan", actor: "ROH" },
  { name: "Gondor", actor: "GON" },
  { name: "Mordor", actor: "MOR" },
  { name: "Hurin Halls", actor: "GONELI", kind: "person" },
  { name: "King Elessar", actor: "GONGOV", kind: "person" },
  { name: "Theoden", actor: "ROHGOV", kind: "person" },
];

const coded = eventCoder(ACTORS);

describe("a possessor after a comma is an apposition, not a second subject", () => {
  it("the subject alone criticizes ('X, King Y's former adviser, criticized Z')", () => {
    expect(coded("Hurin Halls, King Elessar's former adviser, criticized Mordor on Monday.")).toEqual([
      "GONELI>MOR:110",
    ]);
  });
  it("guard: a list of subjects still shares the verb ('X, Y and Z criticized')", () => {
    expect(coded("Gondor, Rohan and Theoden criticized Mordor on Monday.")).toEqual([
      "GON>MOR:110",
      "ROH>MOR:110",
      "ROHGOV>MOR:110",
    ]);
  });
});
