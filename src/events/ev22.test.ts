import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for wrong-phrase targets and business senses seen on tuning samples (issue 12, ev22).
const ACTORS: FakeActor[] = [
  { name: "Rohan", actor: "ROH" },
  { name: "Gondor", actor: "GON" },
  { name: "Arnor", actor: "ARN" },
  { name: "Minas Tirith", actor: "GONGOV", kind: "country" },
  { name: "Edoras", actor: "ROHGOV", kind: "place" },
  { name: "Chancellor Elessar", actor: "GONGOV", kind: "person" },
  { name: "Elessar", actor: "GONGOV", kind: "person" },
  { name: "King Theoden", actor: "ROHGOV", kind: "person" },
  { name: "Theoden", actor: "ROHGOV", kind: "person" },
  { name: "Rohanian", actor: "ROH", form: "demonym" },
  { name: "Gondorian protesters", actor: "GONOPP", kind: "group", form: "nominal" },
  { name: "Gondorian firms", actor: "GONBUS", kind: "group", form: "nominal" },
  { name: "the Rohan government", actor: "ROHGOV", kind: "organization" },
  // the actors stage may give a bare group of people the article's country
  { name: "the leaders", actor: "GONGOV", kind: "group", form: "nominal", entity: "leaders" },
  { name: "allied leaders", actor: "GONGOV", kind: "group", form: "nominal", entity: "leaders" },
  { name: "the envoys", actor: "GONGOV", kind: "group", form: "nominal", entity: "envoys" },
];

const coded = eventCoder(ACTORS);

function check(cases: [string, string[]][]) {
  for (const [text, want] of cases) it(text, () => expect(coded(text)).toEqual(want));
}

describe("a place name between a possessor and an event noun is where it is held, no party", () => {
  check([
    [
      "A deal could come out of Chancellor Elessar's Edoras talks with King Theoden.",
      ["GONGOV>ROHGOV:040", "ROHGOV>GONGOV:040"],
    ],
    // the agent of "a <place> visit" is in the by-phrase, the place is visited
    ["The dispute came up during a Minas Tirith visit last week by King Theoden.", ["ROHGOV>GONGOV:042"]],
    // a possessor alone still owns the talks
    ["Elessar's talks with Theoden ended.", ["GONGOV>ROHGOV:040", "ROHGOV>GONGOV:040"]],
  ]);
});

describe("a group of people whose of-phrase names countries belongs to those countries", () => {
  check([
    ["Elessar will meet the leaders of Rohan and Arnor at the summit.", ["GONGOV>ROH:036", "GONGOV>ARN:036"]],
    // allied leaders are other countries' leaders, whatever country the group was given
    ["Elessar said he would discuss the crisis with allied leaders next week.", ["GONGOV>-:036"]],
    // a group without an of-phrase keeps its code
    ["Elessar met the envoys on Monday.", ["GONGOV>GONGOV:040", "GONGOV>GONGOV:040"]],
  ]);
});

describe("a name that only locates or owns the party after it, or modifies a thing, is no party", () => {
  check([
    [
      "Gondor said it would not oppose the purchase of the mine by Arnor and Rohan-based Miruvor Holdings.",
      ["GON>-:120!"],
    ],
    ["Elessar is negotiating with the Rohan government owned Edoras Steel about a project.", ["GONGOV>-:046"]],
    ["The Arnor-based Miruvor Group is suing Gondor.", []],
    ["Elessar is due to meet the Rohanian Affairs group later.", ["GONGOV>-:036"]],
    // the party itself stays
    ["Elessar is negotiating with the Rohan government about a project.", ["GONGOV>ROHGOV:046", "ROHGOV>GONGOV:046"]],
    ["Gondor said it would not oppose the purchase of the mine by Arnor.", ["GON>ARN:120!"]],
  ]);
});

describe("symbols burned, landslides given, routes of shipments", () => {
  check([
    // burning effigies or flags is a protest, no damage
    ["Gondorian protesters burned effigies of two Rohan ministers.", ["GONOPP>ROH:140"]],
    ["Gondor burned the Rohan village.", ["GON>ROH:171"]],
    // a landslide given by votes is no aid
    ["Gondor would win few seats, giving Rohan a landslide.", []],
    ["Gondor gave Rohan two warships.", ["GON>ROH:070"]],
    // a country a shipment goes through is its route, no recipient
    ["Gondor has stopped sending its grain exports through Rohan.", ["GON>-:070!"]],
    ["Gondor sent grain to Rohan.", ["GON>ROH:070"]],
  ]);
});

describe("a figure that should rise or fall is a forecast, no demand", () => {
  check([
    ["Elessar said the Rohan trade deficit should start to decline soon.", []],
    ["Elessar said Rohan's economy should grow faster next year.", []],
    // an act asked of the party stays a demand
    ["Elessar said Rohan should increase imports of grain.", ["GONGOV>ROH:100"]],
    ["Elessar said Rohan should open its markets.", ["GONGOV>ROH:100"]],
  ]);
});

describe("the antecedent of a where/when relative clause is its place or time, no object", () => {
  check([
    [
      "The issue was a feature of the recent Rohan presidential election, where Elessar opposed extending it.",
      ["GONGOV>-:120"],
    ],
    // the same party as the verb's own object stays
    ["Elessar opposed the Rohan election plan.", ["GONGOV>ROH:120"]],
  ]);
});

describe("business senses: staff fired, websites hosted, speeds offered", () => {
  check([
    ["Gondor Airways fired 20 flight attendants at the Rohan airport.", []],
    ["Gondorian firms are hosting the Rohan government websites.", []],
    ["Gondor will offer speeds of 3 megabits to Rohan.", []],
    // hosting a party stays a visit received; offering aid stays an offer
    ["Gondor hosted Rohan's delegation.", ["GON>ROH:043"]],
  ]);
});

describe("a border closed to imports is an embargo, no blockade", () => {
  check([
    ["Gondor has decided to close its border to imports of grain from Rohan.", ["GON>-:163"]],
    // closing the border with a party stays a restriction of movement
    ["Gondor closed its border with Rohan.", ["GON>ROH:191"]],
  ]);
});
