import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for the wrong-event phenomena left after ev10 (issue 12, ev11): futures written without a
// modal, denials, documents sent, sport, and participants read from the wrong phrase.
const ACTORS: FakeActor[] = [
  { name: "Arnor", actor: "ARN" },
  { name: "Rohan", actor: "ROH" },
  { name: "Gondor", actor: "GON" },
  { name: "Elessar", actor: "GONGOV", kind: "person" },
  { name: "Eomer", actor: "ROHGOV", kind: "person" },
  { name: "the Gondor Senate", actor: "GONLEG", kind: "organization" },
  { name: "Theoden", actor: "ARNGOV", kind: "person" },
  { name: "Gondorian", actor: "GON", form: "demonym" },
  { name: "Rohan troops", actor: "ROHMIL", kind: "organization" },
];

const coded = eventCoder(ACTORS);

function check(cases: [string, string[]][]) {
  for (const [text, want] of cases) it(text, () => expect(coded(text)).toEqual(want));
}

describe("'be to' + verb is an arranged future, a stated intent", () => {
  check([
    ["Elessar is to visit Rohan and Arnor this week.", ["GONGOV>ROH:036", "GONGOV>ARN:036"]],
    ["Elessar and Eomer are to meet on Friday.", ["GONGOV>ROHGOV:036", "ROHGOV>GONGOV:036"]],
    // 'is to blame' is an idiom of responsibility; a visit without 'be to' stays a visit
    ["Elessar visited Rohan this week.", ["GONGOV>ROH:042"]],
  ]);
});

describe("a score after a conflict verb makes it a game", () => {
  check([
    ["Gondor were beaten 21-17 by Rohan in their opener.", []],
    ["Rohan thrashed Gondor 3-0 on Saturday.", []],
    // a range of days or amounts is no score
    ["Rohan attacked Gondor on 12-14 March.", ["ROH>GON:190"]],
  ]);
});

describe("the content of a denial is not asserted, also inside a quote", () => {
  check([
    ["Eomer denied that Rohan sent weapons to Arnor.", ["ROH>ARN:072!"]],
    [
      'Eomer said: "We categorically deny that Rohan is selling and sending weapons to Arnor."',
      ["ROH>-:061!", "ROH>ARN:072!"],
    ],
    // a denial that is itself negated asserts its content
    ["Eomer did not deny that Rohan sent weapons to Arnor.", ["ROH>ARN:072"]],
  ]);
});

describe("a document sent is no aid", () => {
  check([
    ["Elessar sent his nomination to the Gondor Senate.", []],
    ["Elessar sent his resignation to the Gondor Senate.", []],
    ["Elessar sent aid to Rohan.", ["GONGOV>ROH:071"]],
  ]);
});

describe("the objects of 'met' are no subjects of an xcomp under a later verb conjunct", () => {
  check([
    // Baker is no actor: the co-objects Eomer and Theoden did not agree to cooperate with each other
    ["Baker met Eomer and Theoden and agreed to cooperate on exchange rates.", []],
    [
      "Elessar met Eomer and agreed to sell arms to Arnor.",
      ["GONGOV>ROHGOV:040", "ROHGOV>GONGOV:040", "GONGOV>ARN:031"],
    ],
  ]);
});

describe("a name in a preposed adverbial is no agent when the parse names another subject", () => {
  check([
    [
      "Two days prior to Rohan's final certification of its results, a federal judge dismissed a lawsuit of Elessar.",
      [],
    ],
    ["After meeting Eomer, the minister rejected the proposals of Gondor.", []],
    // the subject itself stays
    ["Two days after the vote, Rohan rejected the proposals of Gondor.", ["ROH>GON:120"]],
  ]);
});

describe("a negated past counterfactual under 'without' asserts the act", () => {
  check([
    ["Without such pressure, Elessar would never have criticized Rohan so openly.", ["GONGOV>ROH:110"]],
    ["Without Arnor's aid, Rohan would not have accepted the proposals of Gondor.", ["ROH>GON:030"]],
    // without the condition it stays a negated conjecture
    ["Elessar would never have criticized Rohan.", ["GONGOV>ROH:110!"]],
  ]);
});

describe("a commerce verb with the subject's own goods states a trade pattern", () => {
  check([
    ["Gondor bought its bananas from Rohan.", []],
    ["Gondor bought its wheat from Rohan last year.", []],
    // goods counted, or not the subject's own, stay an act
    ["Arnor sold its 40 tanks to Rohan.", ["ARN>ROH:061"]],
    ["Arnor sold barley to Rohan.", ["ARN>ROH:061"]],
  ]);
});

describe("a warning with an object of its own is addressed to that object", () => {
  check([
    ["Eomer warned his frontline troops to expect further Gondorian attacks.", ["ROHGOV>-:130"]],
    ["Eomer warned Gondor to expect further attacks.", ["ROHGOV>GON:130"]],
  ]);
});
