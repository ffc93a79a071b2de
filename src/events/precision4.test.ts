import { describe, expect, it } from "vitest";
import { createEventStage } from "./index.js";
import { type FakeActor, fakeLayers } from "./test-support.js";

// Invented sentences for the wrong-event phenomena of the ev10 sample (issue 12): trade patterns and figures given
// by commerce verbs, firms' filings and market deals.
const ACTORS: FakeActor[] = [
  { name: "Arnor", actor: "ARN" },
  { name: "Rohan", actor: "ROH" },
  { name: "Gondor", actor: "GON" },
  { name: "Elessar", actor: "GONGOV", kind: "person" },
  { name: "Eomer", actor: "ROHGOV", kind: "person" },
  { name: "Anduin Mills", actor: "---BUS", kind: "organization" },
  { name: "the Gondor Court of Appeals", actor: "GONJUD", kind: "organization" },
  { name: "the Securities Board", actor: "---GOV", kind: "organization" },
  { name: "the Dockworkers Union", actor: "---OPP", kind: "organization" },
  { name: "Minas Tirith University", actor: "GONEDU", kind: "organization" },
];
const stage = createEventStage({ requireDyad: false });

function coded(text: string): string[] {
  const { doc, actors, attribution } = fakeLayers(text, ACTORS);
  const events = stage.run(doc, actors, attribution, { date: "2024-03-01" }).events;
  return events.map((e) => `${e.source?.actor ?? "?"}>${e.target?.actor ?? "-"}:${e.code}${e.negated ? "!" : ""}`);
}

function check(cases: [string, string[]][]) {
  for (const [text, want] of cases) it(text, () => expect(coded(text)).toEqual(want));
}

describe("a commerce verb stating a trade pattern or figure is no event", () => {
  check([
    ["Rohan, which already imports Arnor coal, wants a new loan.", []],
    ["Arnor exported 700 mln dlrs worth of machinery to Rohan in 2023.", []],
    ["Rohan bought 200,000 tonnes of barley from Arnor.", []],
    // a sale of things counted by the piece is an act
    ["Arnor sold 40 tanks to Rohan.", ["ARN>ROH:061"]],
    ["Arnor sold barley to Rohan.", ["ARN>ROH:061"]],
  ]);
});

describe("a firm's filing or market deal with a stateless party is no event", () => {
  check([
    ["Anduin Mills told the Securities Board it has acquired 5 pct of Bree Ltd.", []],
    ["Anduin Mills said it received Securities Board approval for the merger.", []],
    ["Anduin Mills signed a wage agreement with the Dockworkers Union.", []],
    ["Anduin Mills sold processors to Minas Tirith University.", []],
    // a firm's appeal to a court and a government's request to a firm stay
    ["Anduin Mills asked the Gondor Court of Appeals to block the fine.", ["---BUS>GONJUD:025"]],
    ["Elessar asked Anduin Mills to set up an arbitration panel.", ["GONGOV>---BUS:025"]],
  ]);
});
