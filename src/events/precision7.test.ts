import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for the wrong-event classes of sample J (issue 12, ev13).
const ACTORS: FakeActor[] = [
  { name: "Arnor", actor: "ARN" },
  { name: "Rohan", actor: "ROH" },
  { name: "Gondor", actor: "GON" },
  { name: "Elessar", actor: "GONGOV", kind: "person" },
  { name: "Eomer", actor: "ROHGOV", kind: "person" },
  { name: "Theoden", actor: "ARNGOV", kind: "person" },
];

const coded = eventCoder(ACTORS);

function check(cases: [string, string[]][]) {
  for (const [text, want] of cases) it(text, () => expect(coded(text)).toEqual(want));
}

describe("a simple present dated in the future is a plan, a stated intent", () => {
  check([
    ["Elessar visits Rohan next month.", ["GONGOV>ROH:036"]],
    ["Officials said Elessar meets Eomer next week.", ["GONGOV>ROHGOV:036"]],
    ["Elessar tomorrow opens talks with Eomer.", ["GONGOV>ROHGOV:036"]],
    ["Gondor officials tomorrow open talks with Rohan negotiators.", ["GON>ROH:036"]],
    ["Arnor, which holds its yearly talks with Rohan next week, said nothing.", ["ARN>ROH:036"]],
    ["Traders expect a deal in the run-up to Elessar's visit later this month to Rohan.", ["GONGOV>ROH:036"]],
    ["Talk of a deal grew in the run-up to Elessar's visit later this month to Rohan.", ["GONGOV>ROH:036"]],
    // a past tense stays an act, also with a later date in the sentence
    ["Elessar met Eomer last week.", ["GONGOV>ROHGOV:040", "ROHGOV>GONGOV:040"]],
  ]);
});

describe("what is shared with X is given to X: no reverse direction", () => {
  check([
    ["Gondor shared intelligence with Rohan.", ["GON>ROH:062"]],
    ["Officials said Gondor had shared information with Rohan in the search.", ["GON>ROH:062"]],
    // coordinated sharers still share with each other
    ["Gondor and Rohan shared intelligence.", ["GON>ROH:062", "ROH>GON:062"]],
  ]);
});

describe("an actor that modifies the object noun does not make the object an actor", () => {
  const coded2 = eventCoder([
    ...ACTORS,
    { name: "Gondor Trade Commission", actor: "GONGOV", kind: "organization" },
    { name: "Wheat and Barley Commission", actor: "GONGOV", kind: "organization" },
    { name: "Harad Grain Co", actor: "HARBUS", kind: "organization" },
    { name: "Anduin Mills", actor: "GONBUS", kind: "organization" },
  ]);
  for (const [text, want] of [
    ["Anduin Mills said it has received Gondor Trade Commission approval to open a trading unit.", []],
    ["The Gondor Trade Commission approved the Anduin Mills sale of 500 tonnes of wheat.", []],
    ["Anduin Mills said it has received Wheat and Barley Commission approval to open a trading unit.", []],
    ["Officials said the Wheat and Barley Commission approved the Harad Grain Co sale of 500 tonnes of wheat.", []],
    // an actor that is the object itself is still received
    ["Elessar received Eomer in the capital.", ["GONGOV>ROHGOV:043"]],
  ] as [string, string[]][])
    it(text, () => expect(coded2(text)).toEqual(want));
});

describe("an attack glossed by what the attacker said is criticism", () => {
  check([
    ["Elessar attacked Rohan's rulers, saying they had treated Gondor like a colony.", ["GONGOV>ROH:111"]],
    ["Eomer has attacked Gondorian bankers, claiming they ruined the harvest trade.", ["ROHGOV>-:111"]],
    // an attack with no words said stays force
    ["Rohan attacked Gondor, killing ten soldiers.", ["ROH>GON:190", "ROH>-:1823"]],
  ]);
});

describe("a country that only locates suppliers or producers is no state party", () => {
  const coded3 = eventCoder([...ACTORS, { name: "Gondorian", actor: "GON", form: "demonym" }]);
  for (const [text, want] of [
    ["Gondorian suppliers have agreed to supply Rohan with wheat.", []],
    ["Gondorian producers said they would sell more grain to Rohan.", []],
    // exporters were listed before; the country itself still supplies
    ["Gondorian exporters have agreed to supply Rohan with wheat.", []],
    ["Gondor agreed to supply Rohan with wheat.", ["GON>ROH:033"]],
  ] as [string, string[]][])
    it(text, () => expect(coded3(text)).toEqual(want));
});

describe("the owner of a relational noun is not the party ('Rohan's partners', 'Elessar's critics')", () => {
  check([
    ["Elessar urged Rohan's development partners to act over the debt.", ["GONGOV>-:020"]],
    ["The tariffs gave Elessar's critics fresh ammunition, analysts said.", []],
    // the owner of an organ or a thing still is ("Rohan's government", "Rohan's permit")
    ["Elessar urged Rohan's government to act over the debt.", ["GONGOV>ROH:020"]],
  ]);
});
