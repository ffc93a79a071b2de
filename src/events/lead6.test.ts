import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for the lead's fixes of the sixth session (issue 12).
const ACTORS: FakeActor[] = [
  { name: "Rohan", actor: "ROH" },
  { name: "Gondor", actor: "GON" },
  { name: "Arnor", actor: "ARN" },
  { name: "Elessar", actor: "GONGOV", kind: "person" },
  { name: "the Rohan farm ministry", actor: "ROHAGR", kind: "organization" },
];

const coded = eventCoder(ACTORS);

describe("an agreement named as a noun is a thing, not an act", () => {
  // "agreements with X" describes standing arrangements, a wish or a topic; the act is reaching or signing one
  it.each([
    ["The grants, part of special Arnor trade agreements with Gondor and Rohan, run until 1992.", []],
    ["Traders had time to reflect on the agreement between Gondor and Rohan.", []],
    ["Elessar said Arnor had an interest in a swift agreement between Gondor and Rohan.", []],
  ])("%s", (text, want) => expect(coded(text)).toEqual(want));

  it("still codes reaching or signing an agreement", () => {
    expect(coded("Gondor reached an agreement with Rohan on Monday.")).toEqual(["GON>ROH:030", "ROH>GON:030"]);
    expect(coded("Gondor signed an agreement with Rohan.")).toContain("GON>ROH:057");
  });
});

describe("releasing an estimate, a forecast or a study is publication, no release of people (084)", () => {
  it.each([
    "The Rohan farm ministry releases its first estimate of Gondor wheat plantings today.",
    "The Rohan farm ministry released its forecast for Gondor grain exports.",
    "The Rohan farm ministry released a study of Gondor water use.",
  ])("%s", (text) => expect(coded(text).filter((e) => e.includes(":08"))).toEqual([]));

  it("still codes released prisoners", () => {
    expect(coded("Rohan released Gondor prisoners on Monday.").some((e) => e.includes(":084"))).toBe(true);
  });
});
