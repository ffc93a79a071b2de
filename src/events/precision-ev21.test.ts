import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for the largest wrong-event class of the fresh tuning sample t1500 (issue 12, ev21).
const ACTORS: FakeActor[] = [
  { name: "Rohanian", actor: "ROH" },
  { name: "Rohan", actor: "ROH" },
  { name: "Gondor", actor: "GON" },
  { name: "Arnor", actor: "ARN" },
  { name: "Gondor's cabinet", actor: "GONGOV" },
  { name: "the Gondor government", actor: "GONGOV" },
  { name: "Elessar", actor: "GONGOV", kind: "person" },
  { name: "Faramir", actor: "GONGOV", kind: "person" },
];

const coded = eventCoder(ACTORS);

function check(cases: [string, string[]][]) {
  for (const [text, want] of cases) it(text, () => expect(coded(text)).toEqual(want));
}

describe("giving a party power, an edge or time to act is no aid", () => {
  check([
    ["Gondor gave full power to the Gondor government to impose tariffs on Rohan.", []],
    ["Arnor gave Rohan the authority to collect the tax.", []],
    ["Arnor has given Rohan three weeks to open its ports.", []],
    ["The pact between Gondor and Rohan gives Gondor an edge in the market.", []],
    // material things given stay aid
    ["Gondor gave Rohan two warships.", ["GON>ROH:070"]],
    ["Gondor gave Rohan a loan.", ["GON>ROH:070"]],
  ]);
});

describe("a word before a lower-case 'minister' names the portfolio, no act", () => {
  check([
    ["There is no plan to boost the Rohanian economy, sources close to finance minister Faramir said.", []],
    ["Gondor financed the Rohan dam.", ["GON>ROH:071"]],
    ["Elessar met Minister Faramir.", ["GONGOV>-:040"]],
  ]);
});

describe("a commerce verb with a bare comparative is a change in trade volume, no deal", () => {
  check([
    ["Faramir expected Gondor would soon start importing less from Rohan and exporting more to Arnor.", []],
    ["Gondor sold two warships to Rohan.", ["GON>ROH:061"]],
  ]);
});
