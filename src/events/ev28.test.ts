import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor, type FakeFrame } from "./test-support.js";

// Invented sentences for multilateral acts, generic participles, senses by argument and negation scope (issue 12,
// ev28; src/events/multilateral.ts, generic-description.ts, deontic.ts, negation-scope.ts, event-arguments.json).
const ACTORS: FakeActor[] = [
  { name: "Rohan", actor: "ROH" },
  { name: "Gondor", actor: "GON" },
  { name: "Arnor", actor: "ARN" },
  { name: "Mordor", actor: "MOR" },
  { name: "Elessar", actor: "GONGOV", kind: "person" },
  { name: "Theoden", actor: "ROHGOV", kind: "person" },
  { name: "Eomer", actor: "ROHGOV", kind: "person" },
  { name: "Rohanian", actor: "ROH", form: "demonym" },
  { name: "Gondorian", actor: "GON", form: "demonym" },
  { name: "Rohanian militants", actor: "ROHREB", kind: "group" },
  { name: "Gondorian troops", actor: "GONMIL", kind: "group" },
  { name: "Gondorian warplanes", actor: "GONMIL", kind: "group" },
  { name: "Gondorian officials", actor: "GONGOV", kind: "group" },
];

const coded = eventCoder(ACTORS);

function check(cases: [string, string[]][]) {
  for (const [text, want] of cases) it(text, () => expect(coded(text)).toEqual(want));
}

describe("a multilateral act is not every pair of its participants", () => {
  check([
    // three codes are a trilateral act: every pair both ways (lead, after merging: four or more collapse)
    [
      "Gondor, Rohan and Arnor agreed to cut tariffs.",
      ["GON>ROH:030", "GON>ARN:030", "ROH>GON:030", "ROH>ARN:030", "ARN>GON:030", "ARN>ROH:030"],
    ],
    ["Gondor, Rohan, Arnor and Mordor agreed to cut tariffs.", ["GON>-:030", "ROH>-:030", "ARN>-:030", "MOR>-:030"]],
    [
      "Talks between Gondor, Rohan, Arnor and Mordor ended on Tuesday.",
      ["GON>-:040", "ROH>-:040", "ARN>-:040", "MOR>-:040"],
    ],
    // guards: two codes among three people are one pair, both ways; a bilateral act stays both ways; a partner
    // named apart stays the other side of each participant
    ["Elessar, Theoden and Eomer agreed to cut tariffs.", ["GONGOV>ROHGOV:030", "ROHGOV>GONGOV:030"]],
    ["Gondor and Rohan agreed to cut tariffs.", ["GON>ROH:030", "ROH>GON:030"]],
    [
      "Elessar met Theoden and Arnor on Monday.",
      ["GONGOV>ROHGOV:040", "GONGOV>ARN:040", "ROHGOV>GONGOV:040", "ARN>GONGOV:040"],
    ],
  ]);
});

describe("a participle describing a kind in a generic or modal clause is no event", () => {
  check([
    ["Officials from Gondor and Rohan talking behind closed doors can reach decisions quickly.", []],
    // guard: the same participle in a reported fact
    ["Officials from Gondor and Rohan talking in the capital on Monday reached a deal.", ["ROH>-:040", "ROH>-:030"]],
  ]);
});

describe("idioms and senses by the class of the argument", () => {
  check([
    ["Gondor met fierce resistance from Rohan.", []],
    ["Elessar met stiff criticism from Theoden on Monday.", []],
    ["Gondor pushed Rohan off the top of the rankings.", []],
    ["Gondorian troops were pushing Rohanian militants back towards the river.", ["GONMIL>ROHREB:190"]],
    ["Gondor pushed Rohan back across the river.", ["GON>ROH:190"]],
    // guard: a figure pushed back is no force either
    ["Profit-taking pushed the Rohan dollar back to its old level.", []],
    ["Elessar dismissed Theoden as a fading force.", ["GONGOV>ROHGOV:111"]],
    ["Elessar accepted the resignation of Theoden.", []],
    ["Rohanian students raided the dressing-up box.", []],
    ["Gondorian warplanes destroyed three Rohanian oil platforms.", ["GONMIL>ROH:190"]],
    // guards
    ["Elessar dismissed the Rohan proposal.", ["GONGOV>ROH:120"]],
    ["Elessar accepted the offer from Theoden.", ["GONGOV>-:030"]],
  ]);
});

describe("deontic frames and negation scope", () => {
  check([
    ["It is essential that Gondor provide aid to Rohan.", []],
    ["It is important that Gondor withdraw its troops from Rohan.", []],
    // guard: a fact the predicate evaluates
    ["It is important that Gondor sent aid to Rohan last year.", ["GON>ROH:071"]],
    ["Gondor not only supported Rohan in the vote but also sent troops.", ["GON>ROH:051", "GON>-:070"]],
    ["The loans were not for the Gondor-occupied valley plan.", ["GON>-:192"]],
    // guard: a plain negation stays
    ["Gondor did not support Rohan in the vote.", ["GON>ROH:051!"]],
  ]);
  const frame: FakeFrame[] = [{ content: "The bank has not changed its policy", by: ["e1"], negated: true }];
  it("a negation inside the reported content does not negate the report", () =>
    expect(coded("The bank has not changed its policy, Gondorian officials told Theoden.", frame)).toEqual([
      "GONGOV>ROHGOV:010",
    ]));
});
