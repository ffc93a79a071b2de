import { describe, expect, it } from "vitest";
import { createEventStage } from "./index.js";
import { eventCoder, type FakeActor, type FakeFrame, fakeLayers } from "./test-support.js";

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
  { name: "British", actor: "GBR", form: "demonym" },
  { name: "German", actor: "DEU", form: "demonym" },
];
const stage = createEventStage({ requireDyad: false });

const coded = eventCoder(ACTORS);

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

describe("co-subjects of a consultation verb with its own object did not consult each other", () => {
  check([
    ["Arnor and Rohan are telephoning thousands of voters this week.", ["ARN>-:041", "ROH>-:041"]],
    // without an object (a day is no object) they did
    ["Arnor and Rohan will meet Thursday to discuss the border.", ["ARN>ROH:036", "ROH>ARN:036"]],
  ]);
});

describe("a verb conjunct shares its first conjunct's modal", () => {
  check([
    ["Elessar will fly to Rohan on Monday and hold talks with Eomer.", ["GONGOV>ROHGOV:036"]],
    // a past conjunct stays a consultation
    ["Elessar flew to Rohan on Monday and held talks with Eomer.", ["GONGOV>ROHGOV:040", "ROHGOV>GONGOV:040"]],
  ]);
});

describe("one group phrase whose members carry one code is no dyad", () => {
  const group: FakeActor[] = [
    ...ACTORS,
    { name: "the cabinet", actor: "ROHGOV", entity: "cabinet", kind: "organization" },
    { name: "the ministry", actor: "ROHGOV", entity: "ministry", kind: "organization" },
    { name: "the Eriador council", actor: "ERIGOV", entity: "council", kind: "organization" },
    { name: "both parties", actor: "", entity: "pair", kind: "group" },
  ];
  const run = (text: string, members: string[]) => {
    const { doc, actors, attribution } = fakeLayers(text, group);
    const ids = members.map((name) => actors.entities.find((e) => e.name === name)?.id ?? "");
    const entities = actors.entities.map((e) => (e.name === "both parties" ? { ...e, actor: null, members: ids } : e));
    const events = stage.run(doc, { ...actors, entities }, attribution, { date: "2024-03-01" }).events;
    return events.map((e) => `${e.source?.actor ?? "?"}>${e.target?.actor ?? "-"}:${e.code}`);
  };
  const text = "On Monday the cabinet met the ministry. Later both parties agreed on a budget.";
  it("members with one code", () =>
    expect(run(text, ["the cabinet", "the ministry"])).not.toContain("ROHGOV>ROHGOV:030"));
  it("members with two codes stay a dyad", () =>
    expect(
      run("On Monday the cabinet met the Eriador council. Later both parties agreed on a budget.", [
        "the cabinet",
        "the Eriador council",
      ]),
    ).toContain("ROHGOV>ERIGOV:030"));
});

describe("approving an act aimed at a party approves no party", () => {
  check([
    ["Elessar approved a trade ban against Rohan.", ["GONGOV>-:051"]],
    ["Elessar backed sanctions on Rohan.", []],
    // a named object is the party approved
    ["Elessar praised Rohan.", ["GONGOV>ROH:051"]],
  ]);
});

describe("sent congratulations are an empathetic comment to the first object", () => {
  check([
    ['Elessar sent Eomer his "warmest congratulations" on the victory.', ["GONGOV>ROHGOV:018"]],
    ["Elessar sent Eomer his warmest congratulations on the victory.", ["GONGOV>ROHGOV:018"]],
  ]);
});

describe("welcoming a ruling or an accord is approval, not a visit hosted", () => {
  check([
    ["Arnor welcomed a Monday Rohan court ruling on the bonds.", ["ARN>ROH:051"]],
    ["Arnor welcomed the Rohan accord.", ["ARN>ROH:051"]],
  ]);
});

describe("a negation in a sibling clause of reported content does not negate the event", () => {
  const negatedReport = (content: string): FakeFrame[] => [{ content, by: ["a1"], negated: true }];
  const cases: [string, string, string[]][] = [
    [
      "Elessar is meeting Eomer on Monday, and the markets may not react until Friday, a trader said.",
      "Elessar is meeting Eomer on Monday, and the markets may not react until Friday",
      ["GONGOV>ROHGOV:040", "ROHGOV>GONGOV:040"],
    ],
    // a negation in the event's own clause still negates it
    [
      "Elessar did not meet Eomer on Monday, a trader said.",
      "Elessar did not meet Eomer on Monday",
      ["GONGOV>ROHGOV:040!", "ROHGOV>GONGOV:040!"],
    ],
  ];
  for (const [text, content, want] of cases) it(text, () => expect(coded(text, negatedReport(content))).toEqual(want));
});

describe("a scheduled act is an intent", () => {
  check([
    ["Elessar is due to meet Eomer on Friday.", ["GONGOV>ROHGOV:036"]],
    ["Elessar and Eomer are scheduled to meet later today.", ["GONGOV>ROHGOV:036", "ROHGOV>GONGOV:036"]],
    // a past meeting stays one
    ["Elessar met Eomer on Friday.", ["GONGOV>ROHGOV:040", "ROHGOV>GONGOV:040"]],
  ]);
});

describe("an act that may happen is no event", () => {
  check([
    ["Any Rohan attack on Gondor ships will bring a swift response.", []],
    ["The risk of a Rohan attack on Gondor is growing.", []],
    ["Arnor predicted bloodshed in the event of a Rohan strike against Gondor.", []],
    // an act that happened stays
    ["The Rohan attack on Gondor ships drew a swift response.", ["ROH>GON:190"]],
  ]);
});

describe("forces and states strike with arms, workers protest", () => {
  const armed: FakeActor[] = [
    ...ACTORS,
    { name: "Rohan troops", actor: "ROHMIL", kind: "organization" },
    { name: "Orc raiders", actor: "MORREB", kind: "organization" },
    { name: "Gondor dockworkers", actor: "GONLAB", kind: "organization" },
    { name: "the Gondor government", actor: "GONGOV", kind: "organization", entity: "gongov" },
  ];
  const run = (text: string) => {
    const { doc, actors, attribution } = fakeLayers(text, armed);
    return stage
      .run(doc, actors, attribution, { date: "2024-03-01" })
      .events.map((e) => `${e.source?.actor ?? "?"}>${e.target?.actor ?? "-"}:${e.code}`);
  };
  it("a government's strike against a foreign state is force", () =>
    expect(run("Elessar's retaliatory strike against Rohan drew protests.")).toContain("GONGOV>ROH:190"));
  it("strikes against an armed group are force", () =>
    expect(run("Rohan troops conducted 34 strikes against Orc raiders.")).toEqual(["ROHMIL>MORREB:190"]));
  it("troops marching against a town do not protest", () =>
    expect(run("Rohan troops marched against Gondor on Monday.")).toEqual([]));
  it("workers striking against their government protest", () =>
    expect(run("Gondor dockworkers began a strike against the Gondor government.")).toEqual(["GONLAB>GONGOV:140"]));
});

describe("a firm's statement is no political event", () => {
  check([
    ["Anduin Mills said it told Elessar it will close the mill.", []],
    ["Elessar told Eomer the mill will close.", ["GONGOV>ROHGOV:010"]],
  ]);
});

describe("an at-phrase of a meeting or agreement is its venue", () => {
  check([
    ["The Arnor donors met at Rohan on Tuesday.", ["ARN>-:040"]],
    ["Arnor gunboats fired at Rohan on Tuesday.", ["ARN>ROH:190"]],
  ]);
});

describe("a light verb's pronoun subject is the event noun's source", () => {
  const withPronoun: FakeActor[] = [...ACTORS, { name: "he", actor: "GONGOV", form: "pronoun", entity: "GONGOV" }];
  it("not a name earlier in the sentence", () => {
    const { doc, actors, attribution } = fakeLayers(
      "Elessar toured Arnor's biggest port as he opened a week-long visit to Rohan.",
      withPronoun,
    );
    const events = stage.run(doc, actors, attribution, { date: "2024-03-01" }).events;
    expect(events.map((e) => `${e.source?.actor}>${e.target?.actor}:${e.code}`)).toContain("GONGOV>ROH:042");
    expect(events.some((e) => e.source?.actor === "ARN")).toBe(false);
  });
});

describe("a country that only modifies a business noun is no state party", () => {
  check([
    ["Officials said Rohan grain exporting firms would ask Gondor to lower prices.", []],
    ["The Rohan flag carrier offered a minority stake to Arnor.", []],
    // the country itself stays a party
    ["Officials said Rohan would ask Gondor to lower prices.", ["ROH>GON:025"]],
  ]);
});

describe("trade figures given as a predicate or by a mis-tagged present verb", () => {
  check([
    ["About 90 pct of the surplus was from Rohan's trade with Gondor.", []],
    ["Arnor exports finished products to Rohan, with crude oil accounting for 80 pct of imports.", []],
  ]);
});

describe("a verb conjunct shares a must of its first conjunct", () => {
  check([
    [
      "Elessar said Arnor must stop dumping chips in third countries and buy more Rohan computer chips.",
      ["GONGOV>ARN:100"],
    ],
  ]);
});

describe("a statement to a gathering has no party as addressee", () => {
  check([
    ["Elessar told a Rohan news conference the border was calm.", ["GONGOV>-:010"]],
    ["Elessar told Eomer the border was calm.", ["GONGOV>ROHGOV:010"]],
  ]);
});

describe("a planned or future event noun is not held", () => {
  check([
    ["Officials worked to arrange a meeting between Elessar and Eomer.", []],
    ["Arnor drew up a plan in time for Elessar's visit to Rohan next week, officials said.", ["GONGOV>ROH:036"]],
    // a past visit stays one
    ["Arnor drew up a plan after Elessar's visit to Rohan last week, officials said.", ["GONGOV>ROH:042"]],
  ]);
});

describe("countries modifying a business noun through coordination", () => {
  check([
    ["Gondor signed an agreement with British and German interests to build a port.", []],
    [
      "Gondor signed an agreement with Arnor and Rohan to build a port.",
      ["GON>ARN:057", "GON>ROH:057", "ARN>GON:057", "ROH>GON:057"],
    ],
  ]);
});
