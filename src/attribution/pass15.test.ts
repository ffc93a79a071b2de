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
