import { describe, expect, it } from "vitest";
import { createPipeline } from "../pipeline.js";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for wrong-phrase targets and wrong senses seen on tuning samples (issue 12, ev24).
const ACTORS: FakeActor[] = [
  { name: "Rohan", actor: "ROH" },
  { name: "Gondor", actor: "GON" },
  { name: "Arnor", actor: "ARN" },
  { name: "Elessar", actor: "GONGOV", kind: "person" },
  { name: "Theoden", actor: "ROHGOV", kind: "person" },
  { name: "Rohanian", actor: "ROH", form: "demonym" },
  { name: "Gondorian", actor: "GON", form: "demonym" },
  { name: "the Rohan government", actor: "ROHGOV", kind: "organization" },
];

const coded = eventCoder(ACTORS);

function check(cases: [string, string[]][]) {
  for (const [text, want] of cases) it(text, () => expect(coded(text)).toEqual(want));
}

describe("giving a party a lead, an edge or way is no aid", () => {
  check([
    ["The latest Rohanian opinion poll gave Theoden a ten-point lead over his rivals.", []],
    // the parser may give both objects as obj: the later one is what is given
    ["Gondor would eventually give Rohanian products an edge in foreign markets.", []],
    ["Gondor gave Rohan two warships.", ["GON>ROH:070"]],
  ]);
});

describe("a party for whom someone acts is no target", () => {
  check([
    ["Elessar visited them on Rohan's behalf last week.", ["GONGOV>-:042"]],
    ["Elessar visited the refugees on behalf of the Rohan government.", ["GONGOV>-:042"]],
    ["Elessar visited Rohan last week.", ["GONGOV>ROH:042"]],
  ]);
});

describe("a name that only modifies a thing below the trigger's argument is no partner", () => {
  check([
    ["Elessar said he would support the issuance of Rohan bonds.", ["GONGOV>-:032"]],
    ["Theoden called for an end to the Gondor-Arnor war.", ["ROHGOV>-:020"]],
    // the modifier of the trigger's own object stays: backing a party's view backs the party
    ["Elessar backed the Rohanian view on the border.", ["GONGOV>ROH:051"]],
    // a noun for people is a party of its own
    ["Gondor agreed to cut its grain prices to Rohanian steel mills.", ["GON>ROH:030"]],
  ]);
});

describe("a noun for a country's market or people stands for the country", () => {
  check([["Elessar demanded access for Gondorian growers to the Rohanian market.", ["GONGOV>ROH:100"]]]);
});

describe("the origin of traded goods is the other side of the trade", () => {
  check([["Arnor agreed to purchase 500,000 tonnes of Rohanian wheat a year.", ["ARN>ROH:030"]]]);
});

describe("a pair target that names the sources' own countries again is no partner of each (the real actors stage)", () => {
  const code = (text: string) =>
    createPipeline()
      .layers({ id: "t", title: null, date: "1987-03-01", source: null, url: null, text })
      .events.events.map((e) => `${e.source?.actor ?? "-"}>${e.target?.actor ?? "-"}:${e.code}`);
  it("both sides agreed … between the two countries", () => {
    const got = code(
      "France and Yugoslavia agreed to set up a joint council to promote trade between the two countries. The " +
        "council was agreed during talks between French Trade Minister Michel Dupont and Yugoslav minister Ivo " +
        "Petrovic. A ministry statement said both sides had agreed on the need to boost trade in line with an accord " +
        "signed last year calling for a rise in exchanges between the two countries.",
    );
    expect(got.filter((e) => /GOV.*:030|:030.*GOV/.test(e)).sort()).toEqual(["FRAGOV>YUGGOV:030", "YUGGOV>FRAGOV:030"]);
  });
});

describe("the model of an imitation is no target", () => {
  check([
    ["Gondor threatened to emulate Rohan's debt moratorium if the banks refuse.", ["GON>-:130"]],
    ["Gondor threatened to follow Rohan in declaring a moratorium.", ["GON>-:130"]],
    // a threat aimed at the party stays
    ["Gondor threatened to punish Rohan for the moratorium.", ["GON>ROH:130"]],
  ]);
});

describe("giving way is yielding, no aid", () => {
  check([["Gondor has already given way over the role of Rohanian judges.", []]]);
});
