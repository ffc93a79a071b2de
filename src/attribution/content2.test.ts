/**
 * Content boundaries (at12, 2026-12-07): classes from the content breakdown in docs/attribution.md ("Content
 * boundaries"). Every sentence here is invented for the test.
 */
import { describe, expect, it } from "vitest";
import { attributionItems } from "../test-support/attribution-items.js";

const run = (text: string) => attributionItems(text);
const contentOf = (text: string, cue: string) => run(text).find((x) => x.cue === cue)?.content;

describe("'and' + a verb after an object or infinitive content, by the parse", () => {
  it("keeps a second verb of the reported infinitive", () => {
    expect(contentOf("The harbor master refused to close the pier and cancel the regatta.", "refused")).toEqual([
      "to close the pier and cancel the regatta",
    ]);
    expect(
      contentOf("Mayor Dana Lind hopes to win the island vote and unite the council behind her plan.", "hopes"),
    ).toEqual(["to win the island vote and unite the council behind her plan"]);
    expect(contentOf("The ferry union asked the council to raise the fares and repair the old dock.", "asked")).toEqual(
      ["the council to raise the fares and repair the old dock"],
    );
  });
  it("still ends before a second predicate of the reporting subject", () => {
    expect(contentOf("Councillor Berg defended the new route and said the delays were over.", "defended")).toEqual([
      "the new route",
    ]);
    expect(contentOf("Lind defended her budget and promised new buses for the valley.", "defended")).toEqual([
      "her budget",
    ]);
  });
});

describe("', and' + a preposition or 'to' inside the content", () => {
  it("goes on with a second adjunct of the reported clause", () => {
    expect(
      contentOf(
        "Officials later told the Harbor Gazette that Lind wrote to the council in letters and emails, and on a ferry notice board.",
        "later told",
      ),
    ).toEqual(["that Lind wrote to the council in letters and emails, and on a ferry notice board"]);
  });
  it("still ends before a coordinated clause with its own subject", () => {
    expect(contentOf("Lind said the ferry was late, and the harbor master closed the pier.", "said")).toEqual([
      "the ferry was late",
    ]);
  });
});

describe("a parenthesis opened before the content", () => {
  it("leaves the closing parenthesis out", () => {
    const text = "The ferry closed early. (Councillor Berg has denied that he ordered the closure.) The boats return.";
    expect(contentOf(text, "has denied")).toEqual(["that he ordered the closure"]);
    expect(
      contentOf("(Berg also declined to comment on the vote.) The harbor opens at noon.", "also declined"),
    ).toEqual(["to comment on the vote"]);
  });
  it("keeps a parenthesis that opens inside the content", () => {
    expect(contentOf("Berg said the pier (the old one) was closed.", "said")).toEqual([
      "the pier (the old one) was closed",
    ]);
  });
});

describe("the occasion of a report after a closing quotation", () => {
  it("is no part of the content", () => {
    expect(
      contentOf('He called the vote "a shameful farce" in an interview with Harbor Radio on Sunday.', "called"),
    ).toEqual(['the vote "a shameful farce"']);
    expect(contentOf('Berg called the plan "a farce" in a statement.', "called")).toEqual(['the plan "a farce"']);
  });
  it("stays when no quotation closes before it", () => {
    expect(contentOf("Berg said the mayor had lied in a statement to the council.", "said")).toEqual([
      "the mayor had lied in a statement to the council",
    ]);
  });
});

describe("a cue-less quoted sentence after an indirect report", () => {
  it("continues the report's content", () => {
    expect(
      contentOf(
        'Lind said the ferry was late again. "We have waited for an hour and nobody tells us anything."',
        "said",
      ),
    ).toEqual(["the ferry was late again", '"We have waited for an hour and nobody tells us anything."']);
  });
  it("not after a sentence of the writer's in between", () => {
    const text =
      'Lind said the ferry was late again. Berg closed the pier. "We have waited for an hour and nobody tells us anything."';
    expect(contentOf(text, "said")).toEqual(["the ferry was late again"]);
  });
});

describe("a subject fronted before a cue that interrupts a quotation", () => {
  it("is a first content piece when the quotation goes on in lower case", () => {
    expect(contentOf('The new bridge, Lind said, "will open next spring and cost less than planned."', "said")).toEqual(
      ["The new bridge", '"will open next spring and cost less than planned."'],
    );
  });
  it("not before a quotation that starts a sentence of its own", () => {
    expect(contentOf('After the vote, Lind said, "We will open the bridge next spring."', "said")).toEqual([
      '"We will open the bridge next spring."',
    ]);
  });
});

describe("a connective before a cue that interrupts a quotation", () => {
  it("is no content piece", () => {
    expect(contentOf('However, the council said, "no agreement could be reached in time."', "said")).toEqual([
      '"no agreement could be reached in time."',
    ]);
  });
});

describe("a closing apposition after an object content", () => {
  it("is the writer's gloss, as after a clause", () => {
    expect(
      contentOf("Most of the delegates voted for Ben Okafor, a surgeon who has never held office.", "voted for"),
    ).toEqual(["Ben Okafor"]);
    expect(
      contentOf(
        "Hundreds of islanders have endorsed Dana Lind, a signal of her broad support on the coast.",
        "have endorsed",
      ),
    ).toEqual(["Dana Lind"]);
  });
});

describe("a list of noun phrases in the content", () => {
  it("is no closing apposition", () => {
    expect(
      contentOf("The unions urged a review of the ferry fares, a study of the harbor and a cut in fees.", "urged"),
    ).toEqual(["a review of the ferry fares, a study of the harbor and a cut in fees"]);
  });
});
