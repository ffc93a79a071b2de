import { describe, expect, it } from "vitest";
import { codeText } from "../test-support/code-text.js";

// Sequence of tenses: a speaker's "will" is reported as "would". Under a reporting cue it is a reported plan or
// forecast, not a condition, even when the parser misattaches the reported clause.
describe("'would' under a reporting cue", () => {
  it.each([
    "Officials who spoke on Monday told reporters that the vote would pass.",
    "Macron told reporters that France would help.",
  ])("%s is reported", (text) => {
    expect(codeText(text).quotes[0]?.certainty).toBe("reported");
  });

  it("a condition in the content stays hypothetical", () => {
    expect(codeText("Macron said France would help if Germany agreed.").quotes[0]?.certainty).toBe("hypothetical");
  });
});
