import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for the wrong-event classes left after ev11 and held-out sample G (issue 12, ev12):
// conditionals and requests, failed agreements, rejected proposals, double codes, insistence, appeals and
// sources read from the wrong phrase.

const ACTORS: FakeActor[] = [
  { name: "Arnor", actor: "ARN" },
  { name: "Rohan", actor: "ROH" },
  { name: "Gondor", actor: "GON" },
  { name: "Elessar", actor: "GONGOV", kind: "person" },
  { name: "Eomer", actor: "ROHGOV", kind: "person" },
  { name: "the Gondor Senate", actor: "GONLEG", kind: "organization" },
  { name: "Theoden", actor: "ARNGOV", kind: "person" },
  { name: "Gondorian", actor: "GON", form: "demonym" },
];

const coded = eventCoder(ACTORS);

function check(cases: [string, string[]][]) {
  for (const [text, want] of cases) it(text, () => expect(coded(text)).toEqual(want));
}

describe("failing to agree inside a condition is no rejection; a party inside its topic rejected nothing", () => {
  check([
    [
      "If Elessar and the Gondor Senate fail to agree on a budget, spending will be cut.",
      ["GONGOV>GONLEG:030!", "GONLEG>GONGOV:030!"],
    ],
    ["Gondor failed to agree on fishing deals with Rohan.", ["GON>-:120"]],
    // the parties that failed to agree with each other stay a rejection (PLOVER REJECT)
    ["Elessar failed to reach agreement with Eomer.", ["GONGOV>ROHGOV:120"]],
  ]);
});

describe("an act inside the clause of a request is not done", () => {
  const withGovernment = eventCoder([...ACTORS, { name: "the administration", actor: "GONGOV", kind: "organization" }]);
  for (const [text, want] of [
    // the parse reads "offer" as a compound noun after "administration" here
    ["Eomer refused to comment on their request that the administration offer subsidized wheat to Rohan.", []],
    ["Eomer renewed his call to send troops to Rohan.", []],
    // the offer itself stays an offer
    ["Eomer said the administration offered subsidized wheat to Rohan.", ["GONGOV>ROH:030"]],
  ] as [string, string[]][]) {
    it(text, () => expect(withGovernment(text)).toEqual(want));
  }
});

describe("plural and -ing nouns of request govern their clause too", () => {
  check([["Eomer ignored their requests that Gondor send weapons to Rohan.", []]]);
});

describe("a possibility (may, might, could) is no act, unless a condition makes it a threat or an offer", () => {
  check([
    ["Elessar may press Eomer to cut duties.", []],
    ["Elessar could send Eomer a letter.", []],
    // a condition attached: a threat; a past act reported as possible stays
    ["Gondor may halt aid to Rohan if the talks fail.", ["GON>ROH:131"]],
    ["Gondor may have attacked Rohan.", ["GON>ROH:190"]],
  ]);
});

describe("an agreement to an act coded as its specific intent is one event, not two", () => {
  check([
    ["Gondor and Rohan agreed to expand cooperation.", ["GON>ROH:032", "ROH>GON:032"]],
    ["Gondor agreed to help Rohan by cutting production.", ["GON>ROH:033"]],
    // an agreement with an intent towards someone else keeps both
    [
      "Gondor agreed to a ceasefire with Rohan and promised to send aid to Arnor.",
      ["GON>ROH:030", "ROH>GON:030", "GON>ARN:033"],
    ],
  ]);
});

describe("a party inside a rejected or urged object's content is no target", () => {
  check([
    ["The Gondor Senate rejected the veto of sanctions against Rohan.", ["GON>-:120"]],
    ["Eomer rejected calls for sanctions against Arnor.", ["ROHGOV>-:120"]],
    ["Elessar urged an end to the war with Rohan.", ["GONGOV>-:020"]],
    // the author of what is rejected stays its target
    ["Eomer rejected Arnor's demand for talks.", ["ROHGOV>ARN:120"]],
    ["Eomer rejected the claims by Arnor.", ["ROHGOV>ARN:120"]],
  ]);
});

describe("insisting on a fact is an assertion, not a demand", () => {
  check([
    ["Eomer insists his motivation toward Gondor was purely economic.", []],
    ["Eomer insisted that Gondor was to blame.", []],
    // a bare verb or a modal in the clause, or an on-phrase, is a demand
    ["Eomer insisted that Gondor withdraw its troops.", ["ROHGOV>GON:100"]],
    ["Eomer insisted Gondor must pay.", ["ROHGOV>GON:100"]],
    ["Eomer insisted on talks with Gondor.", ["ROHGOV>GON:100"]],
  ]);
});

describe("a hedged past act through a controlling verb stays", () => {
  check([["Gondor may have agreed to sell tanks to Rohan.", ["GON>ROH:031"]]]);
});
