import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor, type FakeFrame } from "./test-support.js";

// Invented sentences for the wrong-event phenomena of the ev9 samples (issue 12): trade figures read as acts of
// commerce, and a negated report of an open question read as denying its content.
const ACTORS: FakeActor[] = [
  { name: "Arnor", actor: "ARN" },
  { name: "Rohan", actor: "ROH" },
  { name: "Gondor", actor: "GON" },
  { name: "Elessar", actor: "GONGOV", kind: "person" },
];

const coded = eventCoder(ACTORS);

function check(cases: [string, string[]][]) {
  for (const [text, want] of cases) it(text, () => expect(coded(text)).toEqual(want));
}

describe("a commerce noun used as a figure is no event", () => {
  check([
    ["Arnor's trade with Rohan has grown little in the past decade.", []],
    ["Nearly half of the surplus came from Arnor's trade with Rohan.", []],
    ["The volume of trade between Arnor and Rohan fell sharply.", []],
    // an act of trade is still one
    ["Arnor resumed trade with Rohan on Monday.", ["ARN>ROH:061", "ROH>ARN:061"]],
  ]);
});

describe("a negated report of an open question does not negate its content", () => {
  // The attribution stage's frame: a negated, hypothetical report whose content is the question.
  const frame = (content: string): FakeFrame[] => [{ content, by: ["a1"], certainty: "hypothetical", negated: true }];
  const cases: [string, string, string[]][] = [
    [
      "Elessar said he did not know whether Arnor will offer Rohan a loan.",
      "whether Arnor will offer Rohan a loan",
      ["ARN>ROH:030"],
    ],
    ["Elessar would not say if Arnor had offered Rohan a loan.", "if Arnor had offered Rohan a loan", ["ARN>ROH:030"]],
    // a denial of the content itself still negates it
    ["Elessar denied that Arnor had offered Rohan a loan.", "that Arnor had offered Rohan a loan", ["ARN>ROH:030!"]],
  ];
  for (const [text, content, want] of cases) it(text, () => expect(coded(text, frame(content))).toEqual(want));
});

describe("a refusal of a reciprocal act has no reverse direction", () => {
  check([
    ["Elessar said he would not hold talks next month with Rohan.", ["GONGOV>ROH:120"]],
    ["Elessar said he would not hold negotiations with Rohan over grain.", ["GONGOV>ROH:120"]],
  ]);
});

describe("agreeing with a statement of fact is no agreement", () => {
  check([
    ["Arnor and Rohan agreed the harvest is better than it was a year ago.", []],
    ["Elessar and Rohan agreed that the talks had been useful.", []],
    // a joint plan stays an agreement
    ["Arnor and Rohan agreed that their ministers would meet in May.", ["ARN>ROH:030", "ROH>ARN:030"]],
    // the agreed talks are the intent (036); no second 030 for the same statement (ev12)
    ["Arnor and Rohan agreed to resume talks.", ["ARN>ROH:036", "ROH>ARN:036"]],
    // an agreement with an object noun stays
    ["Arnor and Rohan agreed a ceasefire on Monday.", ["ARN>ROH:030", "ROH>ARN:030"]],
  ]);
});
