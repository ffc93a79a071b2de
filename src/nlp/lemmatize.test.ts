import { describe, expect, it } from "vitest";
import { type LemmaRules, lemmatize, lemmatizeCached } from "./lemmatize.js";

const rules: LemmaRules = {
  exceptions: { "went\tVBD": "go", "'s\tVBZ": "be" },
  suffixes: { "NNS\ts": [1, ""], "NNS\ties": [3, "y"], "VBG\ting": [3, ""], "NNPS\ts": [1, ""] },
  maxEnding: 3,
};

describe("lemmatizeCached", () => {
  it("gives what lemmatize gives, per form and tag, on first and repeated calls", () => {
    const cases: [string, string][] = [
      ["went", "VBD"],
      ["'s", "VBZ"],
      ["'s", "POS"],
      ["cities", "NNS"],
      ["Americans", "NNPS"],
      ["Americans", "NNS"],
      ["walking", "VBG"],
      ["walking", "NN"],
      ["I", "PRP"],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [form, xpos] of cases) expect(lemmatizeCached(rules, form, xpos)).toBe(lemmatize(rules, form, xpos));
    }
    expect(lemmatizeCached(rules, "Americans", "NNPS")).toBe("American");
    expect(lemmatizeCached(rules, "Americans", "NNS")).toBe("american");
  });
});
