import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for the lexicon patterns added by ev17 (docs/events.md "Recall (ev17, 2026-12-07)").
const ACTORS: FakeActor[] = [
  { name: "Gondor", actor: "GON" },
  { name: "Rohan", actor: "ROH" },
  { name: "Rohirrim villagers", actor: "ROHCVL" },
];
const coded = eventCoder(ACTORS);

describe("paying compensation or reparations to a party returns what was taken (0842)", () => {
  it("codes the payer and the party paid", () => {
    expect(
      coded("Gondor said on Monday it had paid compensation to Rohirrim villagers for their lost farms."),
    ).toContain("GON>ROHCVL:0842");
    expect(coded("Gondor paid war reparations to Rohan last year.")).toContain("GON>ROH:0842");
  });
  it("needs the recipient after 'to' (no party from a for-phrase)", () => {
    expect(coded("Gondor paid compensation for the damage done in Rohan.")).not.toContain("GON>ROH:0842");
  });
});

describe("using people as human shields (184)", () => {
  it("codes the user and the people used", () => {
    expect(coded("Gondor used Rohirrim villagers as human shields during the siege.")).toContain("GON>ROHCVL:184");
  });
});

describe("launching fire against a party is a use of force (190)", () => {
  it("codes the target after against / on", () => {
    expect(coded("Gondor launched artillery, mortar and rocket fire against Rohan on Tuesday.")).toContain(
      "GON>ROH:190",
    );
    expect(coded("Gondor launched heavy fire on Rohan.")).toContain("GON>ROH:190");
  });
});
