import { describe, expect, it } from "vitest";
import { createEventStage } from "./index.js";
import { type FakeActor, fakeLayers } from "./test-support.js";

// Invented sentences for the error kinds of issue 12: the press as a partner, warnings, texts as agents, sport.
const ACTORS: FakeActor[] = [
  { name: "Arnor", actor: "ARN" },
  { name: "Rohan", actor: "ROH" },
  { name: "Mordor", actor: "MOR" },
  { name: "Elessar", actor: "GONGOV" },
  { name: "Gondor", actor: "GON" },
  { name: "reporters", actor: "GONMED" },
  { name: "the Minas Tirith Herald", actor: "GONMED" },
  // names the actor dictionaries do not know (no code)
  { name: "Osgiliath Mills", actor: "" },
  { name: "Bree Ltd", actor: "" },
  { name: "ROHAN", actor: "ROH", entity: "ROH-dateline" },
  { name: "Dale Steel", actor: "ROHBUS" },
  { name: "Esgaroth Mining", actor: "---BUS" },
];
// These tests check the coder's readings, one-sided events included; the dyad gate has its own tests.
const stage = createEventStage({ requireDyad: false });

function triples(text: string): string[] {
  const { doc, actors, attribution } = fakeLayers(text, ACTORS);
  const events = stage.run(doc, actors, attribution, { date: "2024-03-01" }).events;
  return events.map((e) => `${e.source?.actor}>${e.target?.actor}:${e.code}`);
}

describe("talking to the press is no consultation", () => {
  const cases: [string, string[]][] = [
    ["Elessar talked to reporters after the council.", []],
    ["Elessar discussed the siege with the Minas Tirith Herald.", []],
    ["Elessar discussed the siege with Rohan.", ["GONGOV>ROH:040", "ROH>GONGOV:040"]],
  ];
  for (const [text, want] of cases) it(text, () => expect(triples(text)).toEqual(want));
});

describe("a warning is a threat only with a coercive act", () => {
  const cases: [string, string[]][] = [
    // forecasts and advice
    ["Arnor warned that grain prices could fall.", []],
    ["Arnor warned Rohan that its harvest could fail.", []],
    // a coercive act named, or a party warned against an act
    ["Arnor warned Rohan that it would face swift retaliation.", ["ARN>ROH:130"]],
    ["Arnor warned that its police will no longer tolerate rallies by Rohan.", ["ARN>ROH:130"]],
  ];
  for (const [text, want] of cases) it(text, () => expect(triples(text)).toEqual(want));
});

describe("a law, a bill or a plan is no agent", () => {
  const cases: [string, string[]][] = [
    ["The new Arnor bill calls for a review of the tariffs.", []],
    ["The Arnor law criticized Rohan.", []],
    ["Arnor's new law bans imports from Rohan.", []],
    // the party behind the text is an agent of its own acts
    ["Arnor criticized Rohan.", ["ARN>ROH:110"]],
    ["Arnor called for a review of the tariffs with Rohan.", ["ARN>ROH:020"]],
  ];
  for (const [text, want] of cases) it(text, () => expect(triples(text)).toEqual(want));
});

describe("conflict verbs in a sport article are the game's language", () => {
  const sport = "The striker and the goalkeeper trained at the stadium before the league game. ";
  it("drops an attack in a sport article", () => expect(triples(`${sport}Rohan attacked Mordor.`)).toEqual([]));
  it("keeps the attack elsewhere", () =>
    expect(triples("The envoys met at the castle. Rohan attacked Mordor.")).toEqual(["ROH>MOR:190"]));
});

describe("acts that did not happen: demanded, obliged, threatened", () => {
  const cases: [string, string[]][] = [
    // the demanded act is the demand's content, coded on the demand alone
    ["Arnor demanded the withdrawal of Mordor's troops from Rohan.", ["ARN>MOR:100"]],
    ["Arnor said Mordor must pull its troops out of Rohan.", ["ARN>MOR:100"]],
    // cooperation a party threatens is no promise of aid
    ["Mordor threatened to deliver crushing blows to Rohan.", ["MOR>ROH:130"]],
  ];
  for (const [text, want] of cases) it(text, () => expect(triples(text)).toEqual(want));
});

describe("one-sided agreements and intents", () => {
  const cases: [string, string[]][] = [
    // a stated intent is the speaker's: the partner has said nothing
    ["Elessar will meet Arnor next week.", ["GONGOV>ARN:036"]],
    // accepting a party's mediation, or aid for a party, is no agreement by that party
    ["Rohan agreed to Arnor mediation.", ["ROH>ARN:030"]],
    ["Arnor agreed to provide aid for Rohan and Mordor.", ["ARN>ROH:030", "ARN>MOR:030", "ARN>undefined:033"]],
    // an agreement with a party stays mutual
    ["Rohan agreed with Arnor on a truce.", ["ROH>ARN:030", "ARN>ROH:030"]],
  ];
  for (const [text, want] of cases) it(text, () => expect(triples(text)).toEqual(want));
});

describe("modifiers before a participant", () => {
  const cases: [string, string[]][] = [
    // a participle before the name, which the parser may take for a verb, and a preposition tagged as conjunction
    ["Arnor will withdraw its troops from neighboring Rohan.", ["ARN>ROH:035"]],
    // "at least" quantifies the subject, it is no prepositional phrase
    ["At least four Rohan soldiers were killed in the ambush.", ["undefined>ROH:1823"]],
  ];
  for (const [text, want] of cases) it(text, () => expect(triples(text)).toEqual(want));
});

describe("an event needs a coded party", () => {
  it("drops an event between uncoded names", () =>
    expect(triples("Osgiliath Mills agreed with Bree Ltd.")).toEqual([]));
  it("keeps an event with one coded side", () =>
    expect(triples("Osgiliath Mills agreed with Arnor.")).toEqual([">ARN:030", "ARN>:030"]));
  it("drops a statement to the press by an uncoded speaker", () =>
    expect(triples("Bree Ltd told reporters that prices would rise.")).toEqual([]));
  it("keeps a statement to the press by a coded speaker", () =>
    expect(triples("Elessar told reporters that prices would rise.")).toEqual(["GONGOV>GONMED:010"]));
  it("drops market business between firms", () =>
    expect(triples("Dale Steel signed a supply agreement with Esgaroth Mining.")).toEqual([]));
  const sport = "The striker and the goalkeeper trained at the stadium before the league game. ";
  it("in a sport article, drops cooperation between teams", () =>
    expect(triples(`${sport}Arnor praised Rohan.`)).toEqual([]));
  it("in a sport article, keeps an act of a government", () =>
    expect(triples(`${sport}Elessar praised Rohan.`)).toEqual(["GONGOV>ROH:051"]));
});

describe("texts as agents, criticism received, verbal attacks", () => {
  const cases: [string, string[]][] = [
    ["The Arnor study discusses several options for Rohan.", []],
    ["Elessar received criticism from Rohan.", []],
    ["Elessar received 3.27 percent of the vote.", []],
    ["Arnor attacked Rohan for the comment.", ["ARN>ROH:111"]],
    // force stays force
    ["Arnor attacked Rohan.", ["ARN>ROH:190"]],
  ];
  for (const [text, want] of cases) it(text, () => expect(triples(text)).toEqual(want));
});

describe("a later member of a place phrase is no subject", () => {
  const cases: [string, string[]][] = [
    [
      "Bree Ltd, flying commercial routes in some 20 cities in the Northeast, Arnor and the Rohan, said it reached a feeder agreement with Mordor.",
      // the participle phrase set off after the name is skipped (ev8): the uncoded firm is the subject, as below
      [">MOR:030", "MOR>:030"],
    ],
    ["Bree Ltd, with shops in the Shire, Arnor and Rohan, agreed with Mordor.", [">MOR:030", "MOR>:030"]],
  ];
  for (const [text, want] of cases) it(text, () => expect(triples(text)).toEqual(want));
});

describe("telling a party to act, and datelines as sides", () => {
  const cases: [string, string[]][] = [
    // (the withdrawal keeps its own event, as after "ordered Mordor to"; troops withdrawn are 087 since ev29)
    ["Elessar told Mordor to withdraw its troops.", ["GONGOV>MOR:100", "MOR>undefined:087"]],
    // a wire dateline is no side: only one country is left, so "the two sides" stay unresolved
    ["ROHAN, March 9 - Arnor envoys arrived. The two sides agreed that talks would go on.", ["ARN>undefined:042"]],
  ];
  for (const [text, want] of cases) it(text, () => expect(triples(text)).toEqual(want));
});

describe("an appeal is addressed to its object, not to a party in its complement", () => {
  const cases: [string, string[]][] = [
    ["Elessar asked the steward to recall Rohan's envoy.", ["GONGOV>undefined:025"]],
    ["Elessar urged Rohan to support the plan.", ["GONGOV>ROH:020"]],
  ];
  for (const [text, want] of cases) it(text, () => expect(triples(text)).toEqual(want));
});

describe("'said' takes its addressee only after 'to'", () => {
  const cases: [string, string[]][] = [
    ["Elessar said the Rohan accord remains in force.", []],
    ["Elessar said to Rohan that the accord remains in force.", ["GONGOV>ROH:010"]],
    ["Elessar told Rohan that the accord remains in force.", ["GONGOV>ROH:010"]],
  ];
  for (const [text, want] of cases) it(text, () => expect(triples(text)).toEqual(want));
});

describe("accepting responsibility is no agreement", () => {
  const cases: [string, string[]][] = [
    ["Elessar accepted responsibility for the attack on Rohan.", []],
    ["Elessar accepted the offer of Rohan.", ["GONGOV>ROH:030"]],
  ];
  for (const [text, want] of cases) it(text, () => expect(triples(text)).toEqual(want));
});

describe("a text-like noun with a military modifier is a place", () => {
  const cases: [string, string[]][] = [
    ["Mordor attacked Rohan army posts near the river.", ["MOR>ROH:190"]],
    ["Mordor shelled the Rohan border positions.", ["MOR>ROH:190"]],
    // without one, force on a text is criticism
    ["Mordor attacked the Rohan post about the harvest.", ["MOR>ROH:111"]],
  ];
  for (const [text, want] of cases) it(text, () => expect(triples(text)).toEqual(want));
});

describe("a state organ and its own country are not two parties", () => {
  const cases: [string, string[]][] = [
    // the threat stays, without a target
    ["Elessar warned that Gondor would answer any attack.", ["GONGOV>undefined:130"]],
    // another country stays a party
    ["Elessar warned that Rohan would face retaliation.", ["GONGOV>ROH:130"]],
  ];
  for (const [text, want] of cases) it(text, () => expect(triples(text)).toEqual(want));
});
