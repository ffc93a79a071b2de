import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for the wrong-event classes of held-out samples K and L (issue 12, ev19).
const ACTORS: FakeActor[] = [
  { name: "Gondor troops", actor: "GONMIL" },
  { name: "Gondor navy", actor: "GONMIL" },
  { name: "Gondorian military", actor: "GONMIL" },
  { name: "Rohan rebels", actor: "ROHREB" },
  { name: "Minas Tirith", actor: "GON", kind: "place", entity: "minas" },
  { name: "Arnor", actor: "ARN" },
  { name: "Rohanian", actor: "ROH" },
  { name: "Rohan", actor: "ROH" },
  { name: "Gondor", actor: "GON" },
  { name: "Elessar", actor: "GONGOV", kind: "person" },
];

const coded = eventCoder(ACTORS);

function check(cases: [string, string[]][]) {
  for (const [text, want] of cases) it(text, () => expect(coded(text)).toEqual(want));
}

describe("staff sent to a party investigate it; a diplomatic act in a place is aimed at its state", () => {
  check([
    ["Gondor sent inspectors to Rohan.", ["GON>ROH:090"]],
    ["Gondor dispatched observers to Rohan to watch the vote.", ["GON>ROH:090"]],
    ["Gondor expelled diplomats in Rohan.", ["GON>ROH:166"]],
    // force and coercion in a place still fall on its people
    ["Gondor imposed a curfew in Rohan.", ["GON>ROHCVL:172"]],
  ]);
});

describe("the source's own forces in an offer or a refusal are what is offered, not the target", () => {
  check([
    ["Gondor offered Gondor troops to protect Rohan.", ["GON>ROH:030"]],
    ["Gondor offered Gondor navy warships to Rohan.", ["GON>ROH:030"]],
    ["Elessar ruled out Gondorian military help.", ["GONGOV>-:120"]],
    // the forces' own demand is theirs: rejecting it rejects them
    ["Elessar rejected Gondor troops' demands.", ["GONGOV>GONMIL:120"]],
  ]);
});

describe("a warning to a group of polities is not aimed at the party inside its complement", () => {
  check([
    [
      "Elessar warned neighbouring black-ruled states not to allow Rohan rebels to infiltrate Gondor through their territory.",
      [],
    ],
    ["Elessar warned Rohan rebels to lay down their arms.", ["GONGOV>ROHREB:130"]],
    ["Elessar warned Arnor against helping Rohan rebels.", ["GONGOV>ARN:130", "ARN>ROHREB:070"]],
  ]);
});

describe("giving up and giving figures is no aid", () => {
  check([
    ["Gondor has given up attempts to win Rohan over.", []],
    ["The Gondor radio did not give Rohanian casualties.", []],
    ["Gondor gave Rohan two warships.", ["GON>ROH:070"]],
  ]);
});

describe("an opinion about what Y should suffer, and a proposal to act, are no demand and no offer to meet", () => {
  check([
    ["Arnor said Rohan should not be forced to pay.", []],
    ["Arnor said Rohan should be allowed to join the talks.", []],
    ["Arnor said Rohan should withdraw.", ["ARN>ROH:100"]],
    ["Arnor said Rohan should be ready to withdraw.", ["ARN>ROH:100"]],
    ["Gondor said it proposed to submit a plan to the Arnor court.", []],
    ["Gondor proposed to meet Rohan.", ["GON>ROH:036"]],
  ]);
});

describe("a country does not cooperate with itself", () => {
  check([
    ["Arnor approved a loan to help Gondor finance the railway in Minas Tirith.", ["ARN>-:051", "GON>-:071"]],
    // an office or group acting on its own country stays
    ["Elessar urged Gondor to act.", ["GONGOV>GON:020"]],
    ["Elessar promised to reform Gondor.", ["GONGOV>GON:030"]],
  ]);
});

describe("what a consultation is about is no partner", () => {
  check([
    ["The Rohan plan was discussed by Gondor ministers.", ["GON>-:040"]],
    ["The Rohan plan is certain to be discussed by Gondor in detail.", ["GON>-:040"]],
    ["Gondor discussed the Rohan plan with Arnor.", ["GON>ARN:040", "ARN>GON:040"]],
  ]);
});
