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
  { name: "Rohirric", actor: "ROH", form: "demonym" },
  { name: "Nepal", actor: "NPL" },
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

describe("a passive act of force that happened in a blast has the place's unidentified forces as its source", () => {
  it("codes 'were killed in a car bombing in X' as force by X's unidentified armed forces", () => {
    const coder = eventCoder([
      { name: "three Arnorian civilians", actor: "ARNCVL" },
      { name: "Fornost", actor: "ARN", kind: "place" },
    ]);
    expect(
      coder("At least three Arnorian civilians were killed in a suicide car bombing in central Fornost."),
    ).toContain("ARNUAF>ARNCVL:1823");
  });
  it("keeps an agent named after the blast", () => {
    const coder = eventCoder([
      { name: "two Arnorian soldiers", actor: "ARNMIL" },
      { name: "Rohirric rebels", actor: "ROHREB" },
      { name: "Fornost", actor: "ARN", kind: "place" },
    ]);
    expect(coder("Two Arnorian soldiers were wounded in an ambush by Rohirric rebels near Fornost.")).not.toContain(
      "ARNUAF>ARNMIL:190",
    );
  });
});

describe("an accident is no act of force", () => {
  it("gives no source to 'killed in an explosion at a refinery'", () => {
    const coder = eventCoder([
      { name: "two Arnorian workers", actor: "ARNCVL" },
      { name: "Fornost", actor: "ARN", kind: "place" },
    ]);
    expect(coder("Two Arnorian workers were killed in an explosion at a refinery in Fornost.")).not.toContain(
      "ARNUAF>ARNCVL:1823",
    );
  });
});

describe("a perfect auxiliary the tagger reads as a verb does not cut the subject off", () => {
  it("codes 'X has once again rejected a Y proposal' as a rejection", () => {
    expect(coded("Nepal has once again rejected a Rohirric proposal for a trade pact.")).toContain("NPL>ROH:120");
  });
});

describe("what a demand asks from a party names that party as its target", () => {
  it("codes 'demanded autonomy from X' as a demand on X", () => {
    expect(coded("Arnorian farmers are demanding political autonomy from the Rohirric authorities.")).toContain(
      "ARNAGR>ROHGOV:100",
    );
  });
  it("keeps a place after an of-phrase out", () => {
    expect(coded("Arnor demanded the withdrawal of all foreign troops from Rohan.")).not.toContain("ARN>ROH:100");
  });
});

describe("the author of a proposal in a refusal's complement is its target", () => {
  it("codes 'refused to respond to a demand from X' as a rejection of X", () => {
    expect(
      coded("Arnor has refused to respond to a demand from Rohan's government to adhere to the accords."),
    ).toContain("ARN>ROHGOV:120");
  });
});

describe("a reminder issued to a party of what it must do is a demand", () => {
  it("codes 'issued a reminder to X that it must' as a demand", () => {
    expect(coded("Arnor issued a stern reminder to Rohan that it must open its ports.")).toContain("ARN>ROH:100");
  });
});

describe("an agreement or concession made after talks with a party is aimed at it", () => {
  it("codes 'called off their strike after talks with X' as a concession to X", () => {
    expect(coded("Arnorian farmers called off their strike after talks with Rohan's government.")).toContain(
      "ARNAGR>ROHGOV:082",
    );
  });
  it("keeps a concession without talks untargeted", () => {
    expect(coded("Arnorian farmers called off their strike after a week.")).toContain("ARNAGR>-:082");
  });
});
