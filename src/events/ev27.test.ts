import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for the recall fixes of ev27 (docs/events.md "ev27: …").

const ACTORS: FakeActor[] = [
  { name: "Gondor", actor: "GON" },
  { name: "Rohan", actor: "ROH" },
  { name: "Arnor", actor: "ARN" },
  { name: "Gondorian authorities", actor: "GONGOV" },
  { name: "The Rohirric army", actor: "ROHMIL" },
  { name: "a civil rights group", actor: "NGO" },
  { name: "Rohirric", actor: "ROH" },
  { name: "Edoras", actor: "ROH", kind: "place" },
  { name: "Arnorian helicopters", actor: "ARNMIL" },
  { name: "Arnorian troops", actor: "ARNMIL" },
  { name: "The Arnorian government", actor: "ARNGOV" },
  { name: "police and soldiers", actor: "ARNMIL" },
  { name: "Rohirric security forces", actor: "ROHCOP" },
  { name: "Arnorian tanks", actor: "ARNMIL" },
  { name: "Fornost", actor: "ROH", kind: "place" },
];
const coded = eventCoder(ACTORS);

describe("a complaint that trails what it reports is aimed at the reported clause's subject", () => {
  it("codes '<clause>, X protested' as X's verbal protest at the clause's subject", () => {
    expect(
      coded(
        "Gondorian authorities are failing to protect the homes of farmers, a civil rights group protested on Monday.",
      ),
    ).toContain("NGO>GONGOV:111");
  });
  it("codes '<clause>, X complained' with the complaint's own code", () => {
    expect(coded("The Rohirric army is shelling villages near the border, Gondor complained on Tuesday.")).toContain(
      "GON>ROHMIL:114",
    );
  });
  it("leaves a protest coordinated with 'and' alone (a protest of its own, no report)", () => {
    const out = coded("The Rohirric army crossed the border, and Gondor protested on Tuesday.");
    expect(out).not.toContain("GON>ROHMIL:111");
    expect(out).not.toContain("GON>ROHMIL:140");
  });
  it("leaves a protest after a subordinate clause alone", () => {
    const out = coded("As the Rohirric army crossed the border, Gondor protested.");
    expect(out).not.toContain("GON>ROHMIL:111");
  });
});

describe("people evacuated from a place: the aid goes to the civilians of the place's country", () => {
  it("codes 'evacuated the wounded from the besieged Rohirric town of X'", () => {
    expect(
      coded("Arnorian helicopters evacuated the wounded from the besieged Rohirric town of Aldburg on Friday."),
    ).toContain("ARNMIL>ROHCVL:073");
  });
  it("codes 'evacuated civilians from <a coded place>'", () => {
    expect(coded("Arnorian troops evacuated civilians from Edoras on Friday.")).toContain("ARNMIL>ROHCVL:073");
  });
  it("gives no target when the evacuated are no people of the place", () => {
    const out = coded("Arnorian troops evacuated 300 foreigners from Edoras on Friday.");
    expect(out.some((e) => e.startsWith("ARNMIL>ROH"))).toBe(false);
  });
});

describe("ordering patrols or a deployment of one's own forces is a show of force, not a demand", () => {
  it("codes 'ordered patrols by police and soldiers' as 150", () => {
    const out = coded("The Arnorian government has ordered patrols by police and soldiers after riots in the north.");
    expect(out.some((e) => e.startsWith("ARNGOV>") && e.endsWith(":150"))).toBe(true);
    expect(out.some((e) => e.startsWith("ARNGOV>") && e.endsWith(":100"))).toBe(false);
  });
  it("codes 'ordered X to deploy' as 150 when the parse gives the infinitive to the order", () => {
    const out = coded("The Arnorian government ordered Arnorian troops to deploy along the border with Rohan.");
    expect(out.some((e) => e.startsWith("ARNGOV>") && e.endsWith(":100"))).toBe(false);
    expect(out.some((e) => e.startsWith("ARNGOV>") && e.endsWith(":150"))).toBe(true);
  });
  it("keeps an order to a party to do something else a demand", () => {
    expect(coded("The Arnorian government ordered Rohan to withdraw its ambassador.")).toContain("ARNGOV>ROH:100");
  });
});

describe("an easing done to let goods reach a place is aimed at that place", () => {
  it("codes 'opened the bridge to allow the delivery of grain to X' with X as target", () => {
    expect(
      coded(
        "Arnor finally opened the Greyflood Bridge after two years to allow the delivery of 500 tons of grain to Rohan.",
      ),
    ).toContain("ARN>ROH:086");
  });
  it("codes 'lifted the blockade to permit shipments of food into X'", () => {
    expect(coded("Arnor lifted the blockade to permit shipments of food into Rohan.")).toContain("ARN>ROH:0872");
  });
});

describe("force on places where people live, located by a place phrase, is aimed at that place's civilians", () => {
  it("codes 'shelled villages near X'", () => {
    expect(coded("Arnorian tanks shelled villages near Fornost on Sunday.")).toContain("ARNMIL>ROHCVL:190");
  });
  it("codes a residential area that the parse joins to the first object's of-phrase", () => {
    const out = coded(
      "Arnorian tanks shelled positions of the Rohirric security forces and residential areas near the town of Fornost.",
    );
    expect(out).toContain("ARNMIL>ROHCOP:190");
    expect(out).toContain("ARNMIL>ROHCVL:190");
  });
  it("does not read military places as civilians", () => {
    expect(coded("Arnorian tanks shelled army bases near Fornost on Sunday.")).not.toContain("ARNMIL>ROHCVL:190");
  });
});
