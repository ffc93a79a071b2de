import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for the recall fixes of ev29 (docs/events.md "ev29: …").

const ACTORS: FakeActor[] = [
  { name: "Gondor", actor: "GON" },
  { name: "Rohan", actor: "ROH" },
  { name: "troops from Rohan", actor: "ROHMIL", kind: "group" },
  { name: "some forces from Rohan", actor: "ROHMIL", kind: "group" },
  { name: "Arnorian troops from Rohan", actor: "ARNMIL", kind: "group" },
  { name: "Rohirric rebels", actor: "ROHREB", kind: "group" },
  { name: "Edoras", actor: "ROH", kind: "place" },
  { name: "Rohirric", actor: "ROH" },
  { name: "its troops", actor: "GONMIL", kind: "group" },
  { name: "Opposition parties in Gondor", actor: "GONOPP", kind: "group" },
  { name: "Rohirric police", actor: "ROHCOP", kind: "group" },
  { name: "the Gondorian army", actor: "GONMIL", kind: "group" },
  { name: "The Gondorian prime minister", actor: "GONGOV", kind: "person" },
  { name: "the opposition", actor: "GONOPP", kind: "group" },
  { name: "Rohirric students", actor: "ROHEDU", kind: "group" },
  { name: "Rohirric troops", actor: "ROHMIL", kind: "group" },
];
const coded = eventCoder(ACTORS);

describe("forces withdrawn from a place: the place left is the target", () => {
  it("codes 'withdrew troops from X' (the actors stage read 'troops from X' as X's) as a withdrawal from X", () => {
    const out = coded("Gondor withdrew troops from Rohan on Monday.");
    expect(out).toContain("GON>ROH:087");
    expect(out).not.toContain("GON>ROHMIL:087");
  });
  it("codes 'speeded up the withdrawal of some forces from X' with the light verb's subject as the source", () => {
    expect(coded("Gondor speeded up the withdrawal of some forces from Rohan on Wednesday.")).toContain("GON>ROH:087");
  });
  it("leaves a group named with its own country alone", () => {
    const out = coded("Gondor withdrew Arnorian troops from Rohan on Monday.");
    expect(out.some((e) => e.startsWith("GON>ARN:"))).toBe(false);
  });
});

describe("bombs exploded or detonated are bombings", () => {
  it("codes 'exploded a series of bombs in <place>' as 183 on the place's civilians", () => {
    expect(coded("Rohirric rebels exploded a series of bombs in Edoras on Friday.")).toContain("ROHREB>ROHCVL:183");
  });
  it("codes 'detonated a device in <place>'", () => {
    expect(coded("Rohirric rebels detonated a device in Edoras.")).toContain("ROHREB>ROHCVL:183");
  });
});

describe("a rejected proposal is aimed at the party it concerns", () => {
  it("codes 'rejected an invitation to attend a meeting of X factions'", () => {
    expect(coded("Gondor rejected an invitation to attend a meeting of Rohirric factions next week.")).toContain(
      "GON>ROH:120",
    );
  });
  it("skips the rejecting side's own forces ('a call for its troops to be deployed in X')", () => {
    const out = coded("Gondor rejected a call for its troops to be deployed in Rohan.");
    expect(out).toContain("GON>ROH:120");
    expect(out).not.toContain("GON>GONMIL:120");
  });
  it("reads no proposal in a that-clause of claims", () => {
    expect(coded("Gondor rejected claims that Rohan was arming the rebels.")).not.toContain("GON>ROH:120");
  });
});

describe("a protest against an act of state whose doer is not named is aimed at the protesters' government", () => {
  it("codes 'a strike that shut down the capital in protest of last week's arrest of activists'", () => {
    expect(
      coded(
        "Opposition parties in Gondor organized a general strike that shut down the capital in protest of last week's arrest of activists.",
      ),
    ).toContain("GONOPP>GONGOV:143");
  });
  it("takes a named doer instead ('the arrest of activists by X')", () => {
    const out = coded(
      "Opposition parties in Gondor organized a general strike in protest of the arrest of activists by Rohirric police.",
    );
    expect(out).toContain("GONOPP>ROHCOP:143");
    expect(out).not.toContain("GONOPP>GONGOV:143");
  });
  it("gives no government for a protest at something no state does", () => {
    expect(
      coded("Opposition parties in Gondor organized a general strike in protest of the rise in bread prices."),
    ).not.toContain("GONOPP>GONGOV:143");
  });
});

describe("an until-clause opens a clause of its own", () => {
  it("takes no target from 'until they gain control of villages near the border with X'", () => {
    expect(
      coded("Rohirric rebels have sworn to fight until they gain control of villages near the border with Gondor."),
    ).not.toContain("ROHREB>GON:138");
  });
});

describe("co-subjects of a ceasefire violation violated it against each other", () => {
  it("codes 'both X and Y violated the ceasefire' both ways", () => {
    const out = coded("Both the Gondorian army and Rohirric rebels violated the ceasefire on Monday.");
    expect(out).toContain("GONMIL>ROHREB:196");
    expect(out).toContain("ROHREB>GONMIL:196");
  });
  it("codes 'X violated the ceasefire with Y' one way", () => {
    const out = coded("Gondor violated the ceasefire with Rohan on Monday.");
    expect(out).toContain("GON>ROH:196");
    expect(out).not.toContain("ROH>GON:196");
  });
});

describe("a yielding act is aimed at the party whose pressure occasioned it", () => {
  it("codes 'resigned as the opposition threatened to storm his residence'", () => {
    expect(
      coded("The Gondorian prime minister resigned Sunday as the opposition threatened to storm his residence."),
    ).toContain("GONGOV>GONOPP:083");
  });
  it("codes 'resigned after weeks of protests by X'", () => {
    expect(
      coded("The Gondorian prime minister resigned on Friday after weeks of protests by Rohirric students."),
    ).toContain("GONGOV>ROHEDU:083");
  });
  it("gives no target for a clause of no pressure", () => {
    expect(
      coded("The Gondorian prime minister resigned on Sunday as Rohirric troops withdrew from the border."),
    ).not.toContain("GONGOV>ROHMIL:083");
  });
});
