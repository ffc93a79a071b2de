/**
 * Issue 14, fifteenth pass (at18): sources, cues and contents of PolNeAR dev error classes ("Fifteenth pass" in
 * docs/attribution.md). Every sentence here is invented for the test.
 */
import { describe, expect, it } from "vitest";
import { attributionItems } from "../test-support/attribution-items.js";

const run = (text: string) => attributionItems(text);
const cueOf = (text: string, cue: string) => run(text).find((x) => x.cue === cue);

describe("a partitive quantifier before the source", () => {
  it("keeps the quantifier and its 'of' in the source", () => {
    expect(cueOf("Most of them say the pier is unsafe.", "say")?.who).toBe("Most of them");
    expect(cueOf("Many of her Gondor supporters feel that the toll is too high.", "feel")?.who).toBe(
      "Many of her Gondor supporters",
    );
    expect(
      cueOf("The fares rose again. None of the three captains has said whether the pier will open.", "has said")?.who,
    ).toBe("None of the three captains");
  });
  it("leaves a plain prepositional object alone", () => {
    expect(cueOf("The captain of the ferry said the pier was closed.", "said")?.who).toBe("The captain of the ferry");
  });
});

describe("'said of' after a quotation", () => {
  it("leaves the topic preposition out of the cue phrase", () => {
    expect(run('"The toll is far too high," Lind said of the new ferry plan.')[0]).toMatchObject({
      who: "Lind",
      cue: "said",
    });
  });
});

describe("a cue inside a fronted clause opened by a conjunction or a two-word subordinator", () => {
  it("ends the content at the comma before the main clause", () => {
    expect(
      cueOf(
        "But while the harbor survey appears to have hit a new low, the last two weeks have signaled a change.",
        "appears",
      )?.content,
    ).toEqual(["the harbor survey", "to have hit a new low"]);
    expect(
      cueOf("After saying she felt uneasy about raising the topic, the pilot stayed at the harbor.", "saying")?.content,
    ).toEqual(["she felt uneasy about raising the topic"]);
    expect(
      cueOf(
        "Now that Lind has claimed that the founder of the guild is Okafor, the mayor had some explaining to do.",
        "has claimed",
      )?.content,
    ).toEqual(["that the founder of the guild is Okafor"]);
    expect(cueOf("Even as the captains vowed to carry on, the mood was grim.", "vowed")?.content).toEqual([
      "to carry on",
    ]);
  });
});

describe("', and' + a noun phrase the parse joins to one inside the content", () => {
  it("keeps the last item of a list", () => {
    expect(
      cueOf(
        "Voters said their top issues are the ferries (34 percent), the harbor (33 percent), and health care (15 percent).",
        "said",
      )?.content,
    ).toEqual(["their top issues are the ferries (34 percent), the harbor (33 percent), and health care (15 percent)"]);
  });
  it("still stops before a clause with its own subject", () => {
    expect(cueOf("Lind said the pier was closed, and the captains went home.", "said")?.content).toEqual([
      "the pier was closed",
    ]);
  });
});

describe("', including' after a stance object", () => {
  it("keeps the examples that spell out the object", () => {
    expect(
      cueOf(
        "Lind criticized the mayor's ferry record, including his refusal to release the harbor accounts.",
        "criticized",
      )?.content,
    ).toEqual(["the mayor's ferry record, including his refusal to release the harbor accounts"]);
  });
  it("leaves out names that gloss the subject", () => {
    expect(
      cueOf("Several senators endorsed the harbor bid, including Senator Lind and Senator Okafor.", "endorsed")
        ?.content,
    ).toEqual(["the harbor bid"]);
  });
});

describe("a bare 'yes' or 'no' after a cue that follows a quotation", () => {
  it("is the answer; the quotation belongs to the question", () => {
    expect(
      cueOf('Asked whether Lind "has the integrity to serve as mayor," 45 percent said yes.', "said"),
    ).toMatchObject({ who: "45 percent", content: ["yes"] });
  });
});
