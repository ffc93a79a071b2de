import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for the recall fixes of ev25 (docs/events.md "ev25: …").

const ACTORS: FakeActor[] = [
  { name: "Gondor", actor: "GON" },
  { name: "Rohan", actor: "ROH" },
  { name: "Arnor", actor: "ARN" },
  { name: "Harad", actor: "HAR" },
  { name: "Rhun", actor: "RHU" },
  { name: "Rohirric farmers", actor: "ROHAGR" },
  { name: "Haradrim", actor: "HARCVL" },
];
const coded = eventCoder(ACTORS);

describe("a verb phrase after 'but' / 'and' that the parse attaches as an adverbial clause shares the subject", () => {
  it("codes the second verb phrase with the subject of the first after a long object", () => {
    expect(
      coded(
        "Gondor opened its gates yesterday to most herders driven out of the eastern hills as vagrants, but was still refusing entry to Haradrim.",
      ),
    ).toContain("GON>HARCVL:120");
  });
  it("keeps an adverbial clause with a subject of its own", () => {
    expect(coded("Gondor opened its gates to herders, but Arnor was still refusing entry to Haradrim.")).not.toContain(
      "GON>HARCVL:120",
    );
  });
});

describe("a target preposition stranded before 'and' shares its object with the next conjunct", () => {
  it("codes 'established ties with and opened an embassy in X' with X as the partner", () => {
    expect(coded("Gondor has established diplomatic ties with and opened an embassy in Rohan.")).toContain(
      "GON>ROH:050",
    );
  });
  it("does not take a later object that is no prepositional phrase", () => {
    expect(coded("Gondor cut ties with and later expelled Rohirric farmers.")).not.toContain("GON>ROHAGR:160");
  });
});

describe("the last conjunct of a list after a short interjected phrase belongs to the list", () => {
  it("codes 'on X, Y and, with conditions, Z' for Z too", () => {
    const out = coded("Gondor lifted sanctions on Rohan, Arnor and, with conditions attached, Harad.");
    expect(out).toContain("GON>ROH:081");
    expect(out).toContain("GON>HAR:081");
  });
  it("codes the serial-comma form 'Y, and with conditions, Z'", () => {
    expect(coded("Gondor lifted sanctions on Rohan, Arnor, and with conditions attached, Harad.")).toContain(
      "GON>HAR:081",
    );
  });
  it("does not join a new clause after the interjection", () => {
    expect(coded("Gondor criticized Rohan and, on Tuesday, Harad rejected the plan.")).not.toContain("GON>HAR:110");
  });
});

describe("hosting talks between two parties is mediation (events-lex-26-ev25, event-args-32-ev25)", () => {
  it("codes the host as mediator toward both parties, and keeps the talks", () => {
    const out = coded("Arnor hosted talks between Gondor and Rohan last week.");
    expect(out).toContain("ARN>GON:045");
    expect(out).toContain("ARN>ROH:045");
    expect(out).toContain("GON>ROH:040");
  });
  it("keeps hosting a visitor a hosted visit", () => {
    const out = coded("Arnor hosted Rohan's king last week.");
    expect(out.some((e) => e.endsWith(":045"))).toBe(false);
  });
});

describe("peacekeepers arriving provide peacekeeping (074), no visit", () => {
  const keep = eventCoder([
    { name: "Arnorian peacekeeping troops", actor: "ARNMIL" },
    { name: "Arnorian troops", actor: "ARNMIL" },
    { name: "Rohan", actor: "ROH" },
  ]);
  it("codes 074 when the arriving source names peacekeepers", () => {
    expect(keep("Arnorian peacekeeping troops arrived in Rohan on Friday.")).toContain("ARNMIL>ROH:074");
  });
  it("keeps other troops arriving as they were", () => {
    expect(keep("Arnorian troops arrived in Rohan on Friday.")).not.toContain("ARNMIL>ROH:074");
  });
});

describe("a complaint's that-clause subject is its target (events-lex-26-ev25: complain … that)", () => {
  it("codes 'complained that X was failing' as a complaint about X", () => {
    expect(coded("Gondor complained that Rohan was failing to protect the herders.")).toContain("GON>ROH:114");
  });
  it("still takes the about-phrase", () => {
    expect(coded("Gondor complained about Rohan.")).toContain("GON>ROH:114");
  });
  it("takes no party from further inside the clause", () => {
    expect(coded("Gondor complained that prices of grain from Rohan were too high.")).not.toContain("GON>ROH:114");
  });
});
