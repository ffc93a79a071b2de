import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for the wrong-event classes of the held-out samples (issue 12, ev18).
const ACTORS: FakeActor[] = [
  { name: "Gondor parliament", actor: "GONLEG", kind: "organization" },
  { name: "Union Parliament", actor: "IGOARNLEG", kind: "organization" },
  { name: "Union Commission", actor: "IGOARNEEC", kind: "organization" },
  { name: "Gondor Trade Ministry", actor: "GONGOV", kind: "organization" },
  { name: "Gondor troops", actor: "GONMIL" },
  { name: "Rohan forces", actor: "ROHMIL" },
  { name: "Arnor", actor: "ARN" },
  { name: "Rohan", actor: "ROH" },
  { name: "Gondor", actor: "GON" },
  { name: "Harad", actor: "HAR" },
  { name: "Elessar", actor: "GONGOV", kind: "person" },
];

const coded = eventCoder(ACTORS);

function check(cases: [string, string[]][]) {
  for (const [text, want] of cases) it(text, () => expect(coded(text)).toEqual(want));
}

describe("a denied or baseless report of an intent is no threat", () => {
  check([
    ["Gondor denied reports that it intends to threaten shipping near Rohan.", ["GON>-:130!"]],
    ["Gondor denied reports that it plans to attack Rohan.", ["GON>ROH:138!"]],
    ["Harad said reports that Gondor plans to attack Rohan were baseless.", ["GON>ROH:138!"]],
    // a report that is not called false stays a reported threat
    ["Harad said reports that Gondor plans to attack Rohan were worrying.", ["GON>ROH:138"]],
    ["Gondor denied that it attacked Rohan.", ["GON>ROH:190!"]],
  ]);
});

describe("what Y should have or be is an opinion about Y, not a demand; an exhortation is no act", () => {
  check([
    ["Elessar said Rohan should have a seat at the table.", []],
    ["Elessar said Rohan should be part of the talks.", []],
    ["Elessar said Rohan should get more aid.", []],
    ["Elessar said the Gondor Trade Ministry should be vigilant in preventing exports to Rohan.", []],
    // an act asked of Y stays a demand
    ["Elessar said Rohan should withdraw its troops from Arnor.", ["GONGOV>ROH:100"]],
    ["Elessar said Rohan should be ready to withdraw from Arnor.", ["GONGOV>ROH:100"]],
    ["Elessar said Rohan should be leading the talks.", ["GONGOV>ROH:100"]],
  ]);
});

describe("political bodies that clash, or a clash over a policy, are words, not force", () => {
  check([
    ["The Union Parliament clashed with the Union Commission.", ["IGOARNLEG>IGOARNEEC:111", "IGOARNEEC>IGOARNLEG:111"]],
    ["Gondor clashed with Rohan over the budget.", ["GON>ROH:111", "ROH>GON:111"]],
    ["Gondor clashed with Rohan over fishing quotas.", ["GON>ROH:111", "ROH>GON:111"]],
    // armed forces, a place or no topic stay force
    ["Gondor troops clashed with Rohan forces near the border.", ["GONMIL>ROHMIL:190", "ROHMIL>GONMIL:190"]],
    ["Gondor troops clashed with Rohan forces over the border town.", ["GONMIL>ROHMIL:190", "ROHMIL>GONMIL:190"]],
    ["Gondor clashed with Rohan on Monday.", ["GON>ROH:190", "ROH>GON:190"]],
  ]);
});

describe("a party that is only the standard of a comparison or in a habit is no target", () => {
  check([
    ["Gondor bought goods of the type it normally bought from Rohan.", ["GON>-:061"]],
    ["Arnor imports goods of the kind Gondor usually buys from Rohan.", []],
    ["Gondor offered to build the ships for less than Rohan yards.", ["GON>-:030"]],
    // the real partner stays
    ["Gondor offered to sell the ships to Rohan for less than Arnor.", ["GON>ROH:031"]],
    ["Gondor bought the goods from Rohan.", ["GON>ROH:061"]],
  ]);
});
