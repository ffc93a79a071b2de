import { describe, expect, it } from "vitest";
import { createActorStage } from "../actors/index.js";
import { buildDocument } from "../nlp/document.js";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for the recall fixes of ev20 (docs/events.md "Recall (ev20, 2026-12-07)").

describe("humanitarian organizations carry CAMEO's sector in their code (organizations-2026.12.07-6-ev20)", () => {
  const stage = createActorStage();
  const codes = (text: string) => {
    const layer = stage.run(buildDocument(text, { id: "t", title: null, date: null, source: null, url: null }), {
      date: null,
    });
    return Object.fromEntries(layer.mentions.map((m) => [m.text, m.actor]));
  };
  it.each([
    ["The Red Cross sent two trucks of blankets to the valley.", "Red Cross", "NGOHLHIRC"],
    ["The Red Crescent opened a field clinic near the river.", "Red Crescent", "NGOHLHIRC"],
    ["Doctors Without Borders closed its clinic on Friday.", "Doctors Without Borders", "NGOHLHMSF"],
    ["The UN refugee agency counted the new arrivals.", "UN refugee agency", "IGOUNOREFHCR"],
  ])("%s", (text, mention, code) => {
    expect(codes(text)[mention]).toBe(code);
  });
});

const ACTORS: FakeActor[] = [
  { name: "Gondor", actor: "GON" },
  { name: "The Gondorian government", actor: "GONGOV" },
  { name: "rebels", actor: "GONREB" },
  { name: "Dunland", actor: "" },
  { name: "Anna Smith", actor: "" },
];
const coded = eventCoder(ACTORS);

describe("an uncoded name modifying the target's noun does not hide its preposition", () => {
  it("takes the author of accepted demands behind an unknown group name", () => {
    expect(coded("The Gondorian government accepted demands from Dunland rebels that it hold elections.")).toContain(
      "GONGOV>GONREB:083",
    );
  });
  it("still needs the preposition the pattern names", () => {
    expect(coded("The Gondorian government accepted demands for Dunland rebels to get land.")).not.toContain(
      "GONGOV>GONREB:083",
    );
  });
});

const SEATS: FakeActor[] = [
  { name: "Gondorian rebels", actor: "GONREB" },
  { name: "Gondorian farmers", actor: "GONAGR" },
  { name: "The Gondorian government", actor: "GONGOV" },
  { name: "Kabul", actor: "AFG" },
  { name: "Paris", actor: "FRA" },
];
const seatCoded = eventCoder(SEATS);

describe("a capital shelled or blockaded is the city and its people, not its government", () => {
  it("codes the seat as civilians for force, coercion and threatened blockades", () => {
    expect(seatCoded("Gondorian rebels shelled Kabul on Monday.")).toContain("GONREB>AFGCVL:190");
    expect(seatCoded("Gondorian farmers said they would blockade Paris next week.")).toContain("GONAGR>FRACVL:133");
  });
  it("keeps the government for words and for protests held in the city", () => {
    expect(seatCoded("The Gondorian government threatened Kabul with new sanctions.")).toContain("GONGOV>AFGGOV:130");
    expect(seatCoded("Gondorian farmers blocked roads in Paris on Monday.")).not.toContain("GONAGR>FRACVL:144");
  });
});

const PROTESTS: FakeActor[] = [
  { name: "Rohirrim youths", actor: "ROHCVL" },
  { name: "the Gondorian army", actor: "GONMIL" },
];
const protestCoded = eventCoder(PROTESTS);

describe("an act done during a protest against a party is aimed at that party (event-args-24-ev20)", () => {
  it("takes the against-phrase of the protest noun", () => {
    expect(
      protestCoded("Rohirrim youths hurled stones during a protest against the Gondorian army on Friday."),
    ).toContain("ROHCVL>GONMIL:145");
    expect(protestCoded("Rohirrim youths were throwing stones during marches against the Gondorian army.")).toContain(
      "ROHCVL>GONMIL:145",
    );
  });
  it("needs a protest noun", () => {
    expect(protestCoded("Rohirrim youths were throwing stones during talks against the Gondorian army.")).not.toContain(
      "ROHCVL>GONMIL:145",
    );
  });
});

const TRAVEL: FakeActor[] = [
  { name: "Gondorian", actor: "GONGOV", form: "demonym" },
  { name: "Rohirrim envoys", actor: "ROHGOV" },
  { name: "The Gondorian envoy", actor: "GONGOV" },
  { name: "Rohirrim leaders", actor: "ROHGOV" },
  { name: "Bree", actor: "BRE" },
];
const travelCoded = eventCoder(TRAVEL);

describe("talks in the for-phrase of a verb of travel are held by its subject (travel_verbs, event-args-24-ev20)", () => {
  it("pairs coordinated travellers", () => {
    const out = travelCoded("Gondorian and Rohirrim envoys returned to Bree on Monday for talks on the border.");
    expect(out).toContain("GONGOV>ROHGOV:040");
    expect(out).toContain("ROHGOV>GONGOV:040");
  });
  it("takes the with-party as the other side", () => {
    expect(travelCoded("The Gondorian envoy flew to Bree on Monday for talks with Rohirrim leaders.")).toContain(
      "GONGOV>ROHGOV:040",
    );
  });
  it("needs a verb of travel", () => {
    expect(travelCoded("The Gondorian envoy praised Bree on Monday for talks with Rohirrim leaders.")).not.toContain(
      "GONGOV>ROHGOV:040",
    );
  });
});

const PURPOSE: FakeActor[] = [
  { name: "Rohirrim prisoners", actor: "ROHCRM" },
  { name: "Edoras", actor: "ROH", kind: "place" },
  { name: "Gondorian", actor: "GON", form: "demonym" },
  { name: "the government", actor: "ROHGOV" },
];
const purposeCoded = eventCoder(PURPOSE);

describe("a protest held in a place is aimed at the party its stated purpose names", () => {
  it("prefers the purpose's party to the place", () => {
    expect(
      purposeCoded("Rohirrim prisoners rioted at a jail in Edoras demanding independence from Gondorian rule."),
    ).toContain("ROHCRM>GON:145");
    expect(
      purposeCoded("Rohirrim prisoners blocked roads into Edoras as they tried to overthrow the government."),
    ).toContain("ROHCRM>ROHGOV:144");
  });
  it("keeps the place when the purpose names nobody", () => {
    expect(purposeCoded("Rohirrim prisoners rioted at a jail in Edoras demanding better food.")).toContain(
      "ROHCRM>ROH:145",
    );
  });
});
