import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for senses that depend on the kind of party and for targets inside a cause phrase
// (issue 12, ev26; src/events/party-senses.ts).
const ACTORS: FakeActor[] = [
  { name: "Rohan", actor: "ROH" },
  { name: "Gondor", actor: "GON" },
  { name: "Arnor", actor: "ARN" },
  { name: "Elessar", actor: "GONGOV", kind: "person" },
  { name: "Theoden", actor: "ROHGOV", kind: "person" },
  { name: "Rohanian", actor: "ROH", form: "demonym" },
  { name: "Gondorian", actor: "GON", form: "demonym" },
  { name: "the Rohan government", actor: "ROHGOV", kind: "organization" },
  { name: "the Gondor embassy", actor: "GONGOV", kind: "organization" },
  { name: "the Gondor police", actor: "GONCOP", kind: "organization" },
  { name: "Mordor Steel Corp", actor: "---BUS", kind: "organization" },
  { name: "the Middle Council", actor: "IGOMDC", kind: "organization" },
  { name: "MDC", actor: "IGOMDC", kind: "organization" },
  { name: "Rohanian students", actor: "ROHEDU", kind: "group" },
  { name: "the Gondor Herald", actor: "GONMED", kind: "organization" },
];

const coded = eventCoder(ACTORS);

function check(cases: [string, string[]][]) {
  for (const [text, want] of cases) it(text, () => expect(coded(text)).toEqual(want));
}

describe("beating a state, a firm or a party is a win, no assault; beating back an attack is fighting", () => {
  check([
    ["Rohan have beaten Gondor on two of their last three visits.", []],
    ["Elessar's offer beat out a rival bid made by Mordor Steel Corp.", []],
    ["Gondorian troops beat back an attack by Rohanian rebels on the town.", ["GON>ROH:190"]],
    // guard: people beaten by the police stay an assault
    ["On Friday the Gondor police had beaten Rohanian students in the square.", ["GONCOP>ROHEDU:182"]],
  ]);
});

describe("a state's protest is an official complaint to the to-party", () => {
  check([
    ["Gondor protested to Rohan over the arrests.", ["GON>ROH:114"]],
    ["Later, the Gondor embassy protested against the Rohan government.", ["GONGOV>ROHGOV:114"]],
    // guards: people protesting stay dissent
    ["Rohanian students protested against the Rohan government.", ["ROHEDU>ROHGOV:140"]],
    ["Rohanian protesters demonstrated against the Rohan government.", ["ROH>ROHGOV:141"]],
  ]);
});

describe("the people of an international body are no act on the body", () => {
  check([
    ["Rohan agreed to allow MDC citizens to own shares in local firms.", ["ROH>-:035"]],
    ["Gondor allowed MDC nationals to buy land.", ["GON>-:080"]],
    // guard: the body itself stays a party
    ["Gondor allowed the Middle Council to open an office.", ["GON>IGOMDC:080"]],
  ]);
});

describe("a participle that names a role in a game is no act", () => {
  check([
    ["The Gondorian top seed and defending champion overcame Rohan's Theoden, the third seed.", []],
    // guard: defending a party stays
    ["Gondorian troops are defending Rohan against the raiders.", ["GON>ROH:051"]],
  ]);
});

describe("a party inside a cause phrase is no target", () => {
  check([
    [
      "Elessar will propose a ban on imports of Mordor goods due to the firm's sales of arms to Rohan.",
      ["GONGOV>-:036"],
    ],
    // guard: a party before the cause phrase stays
    ["Gondor suspended aid to Rohan because of the sale of arms.", ["GON>ROH:162"]],
  ]);
});

describe("a negation around a phrase of time or concession does not deny the event noun in it", () => {
  check([
    ["Rohan and Gondor are not at war, despite Rohanian sanctions against Gondor, Elessar said.", ["ROH>GON:163"]],
    ["The markets did not move during Theoden's visit to Gondor.", ["ROHGOV>GON:042"]],
    // guard: the noun's own negator stays
    ["Trade grew despite no Rohanian sanctions against Gondor.", ["ROH>GON:163!"]],
  ]);
});

describe("a party in an as-phrase names a role, no target", () => {
  check([
    ["Elessar would step down as chairman of the Rohan government, officials said.", ["GONGOV>-:035"]],
    // guards: the direct object stays; disapproval keeps a party the parser hangs in its as-phrase
    ["Gondor recognized Rohan as a sovereign state.", ["GON>ROH:054"]],
    ["Gondor on Friday denounced as a crime Rohan's crackdown on the miners.", ["GON>ROH:111"]],
  ]);
});

describe("'call … for' with an object of 'call' is a projection or a scheduling, no appeal", () => {
  check([
    ["Later the Gondor Herald called Rohan for Elessar on Wednesday.", []],
    // guard: without an object of "call" it stays an appeal
    ["Theoden called for talks with Gondor.", ["ROHGOV>GON:020"]],
  ]);
});
