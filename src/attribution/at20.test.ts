/**
 * Issue 14, seventeenth pass (at20): missed cue classes of PolNeAR dev ("Seventeenth pass" in docs/attribution.md).
 * Every sentence here is invented for the test.
 */
import { describe, expect, it } from "vitest";
import { attributionItems } from "../test-support/attribution-items.js";

const run = (text: string) => attributionItems(text);
const cueOf = (text: string, cue: string) => run(text).find((x) => x.cue === cue);

describe("a stance participle attached to the noun before it", () => {
  it("reports the noun phrase's stance, the object as content", () => {
    expect(cueOf("A harbor group backing Mayor Lind spent $2 million on radio ads.", "backing")).toEqual({
      who: "A harbor group",
      cue: "backing",
      content: ["Mayor Lind"],
    });
    expect(cueOf("Ferry captains supporting the new toll plan met on Friday.", "supporting")).toEqual({
      who: "Ferry captains",
      cue: "supporting",
      content: ["the new toll plan"],
    });
  });
  it("leaves other participles after a noun alone", () => {
    expect(cueOf("A reporter living in Dayton wrote about a group favoring the toll.", "favoring")).toBeUndefined();
    expect(cueOf("Dock workers calling the dispatcher waited for an hour.", "calling")).toBeUndefined();
  });
});

describe("a present-tense stance verb after an adjective and a noun", () => {
  it("is the predicate of its subject, not a participle", () => {
    expect(cueOf("Many angry captains oppose the toll plan.", "oppose")).toEqual({
      who: "Many angry captains",
      cue: "oppose",
      content: ["the toll plan"],
    });
  });
  it("still takes an indefinite noun plus a participle for a name", () => {
    expect(cueOf("A group called Friends of the Pier held a rally.", "called")).toBeUndefined();
  });
});

describe("a gerund object of a stance verb", () => {
  it("is the content", () => {
    expect(cueOf("Two-thirds of the captains support lowering the fares for children.", "support")?.content).toEqual([
      "lowering the fares for children",
    ]);
    expect(cueOf("The mayor has proposed temporarily closing the north pier.", "has proposed")?.content).toEqual([
      "temporarily closing the north pier",
    ]);
  });
});

describe("a time or occasion adjunct between the source and its cue", () => {
  it("stays out of the source", () => {
    expect(cueOf("House Speaker Ada Brenn on Thursday declared that the pier would reopen.", "declared")?.who).toBe(
      "House Speaker Ada Brenn",
    );
    expect(cueOf("The harbor union on Monday evening said the strike was over.", "said")?.who).toBe("The harbor union");
    expect(cueOf("Okafor at the time said the pier was safe.", "said")?.who).toBe("Okafor");
    expect(cueOf("Lind on Facebook wrote that the ferry was late.", "wrote")?.who).toBe("Lind");
  });
  it("keeps a topic, and a time inside a relative clause", () => {
    expect(cueOf("The report on the budget said the pier was safe.", "said")?.who).toBe("The report on the budget");
    expect(cueOf("Dana Okafor, who was sailing in Norway on Friday, said the pier was safe.", "said")?.who).toBe(
      "Dana Okafor, who was sailing in Norway on Friday",
    );
  });
});

describe("'in' + a possessor + a noun of opinion", () => {
  it("frames the clause as the possessor's view", () => {
    expect(cueOf("In Lind's view, the toll is unfair to families.", "view")).toEqual({
      who: "Lind's",
      cue: "view",
      content: ["the toll is unfair to families"],
    });
    expect(cueOf("The only fix, in Professor Okafor's opinion, would be a second ferry.", "opinion")).toEqual({
      who: "Professor Okafor's",
      cue: "opinion",
      content: ["The only fix", "would be a second ferry"],
    });
    expect(cueOf("The pier is far too old for the new boats, in my view.", "view")?.who).toBe("my");
  });
  it("needs the frame set off by commas or the sentence edge", () => {
    expect(cueOf("They painted the lake in a view of the harbor.", "view")).toBeUndefined();
    expect(cueOf("Voters were asked who leads the race in their view.", "view")).toBeUndefined();
  });
});

describe("a negated infinitive after a verb of intent or belief", () => {
  it("is the content from 'not'", () => {
    expect(cueOf("The captains vowed not to sail until the fares drop.", "vowed")?.content).toEqual([
      "not to sail until the fares drop",
    ]);
    expect(cueOf("The union has threatened not to show up at the next hearing.", "has threatened")?.content).toEqual([
      "not to show up at the next hearing",
    ]);
  });
});
