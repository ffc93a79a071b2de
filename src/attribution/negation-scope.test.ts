import { describe, expect, it } from "vitest";
import { codeText } from "../test-support/code-text.js";

// A negator counts for the predicate the parse hangs it on: one inside the speaker's relative clause negates
// neither the report nor what is reported.
describe("negation in a relative clause of the subject", () => {
  it("does not negate the report or its event", () => {
    const article = codeText("The minister, who did not attend, said France will help Germany.");
    expect(article.quotes[0]?.negated).toBe(false);
    expect(article.events.every((e) => !e.negated)).toBe(true);
  });

  it("a negated governor still negates", () => {
    const article = codeText("The minister said France did not agree to help Germany.");
    expect(article.quotes[0]?.negated).toBe(true);
  });
});
