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

describe("lemmatize with a vocabulary", () => {
  // an ending's most frequent edit ("…ored" drops the "d": stored, ignored) misfits an unseen "favored"
  const edits: LemmaRules = {
    exceptions: { "me\tPRP": "i" },
    suffixes: { "VBD\tored": [1, ""], "VBD\ted": [2, ""], "VBD\td": [1, ""] },
    maxEnding: 4,
  };
  const words = new Map<string, readonly [number, number, number]>([
    ["favor", [0, 0, 0]],
    ["store", [0, 0, 0]],
    ["favored", [0, 0, 0]],
    ["nervous", [0, 0, 3]],
    ["israeli", [0, 0, 250]],
  ]);
  const withWords: LemmaRules = { ...edits, vocabulary: { get: (norm) => words.get(norm) } };

  it("keeps the first guess without a vocabulary", () => {
    expect(lemmatize(edits, "favored", "VBD")).toBe("favore");
  });

  it("takes a shorter ending's edit when the first guess is not a word", () => {
    expect(lemmatize(withWords, "favored", "VBD")).toBe("favor");
    expect(lemmatize(withWords, "stored", "VBD")).toBe("store");
  });

  it("keeps the first guess when no edit gives a word", () => {
    expect(lemmatize(withWords, "snored", "VBD")).toBe("snore");
  });

  it("writes the learned 'i' of 'me' as 'I'", () => {
    expect(lemmatize(edits, "me", "PRP")).toBe("I");
    expect(lemmatize(edits, "Me", "PRP")).toBe("I");
  });

  it("lower-cases a capitalized adjective that news text writes in lower case", () => {
    expect(lemmatize(withWords, "Nervous", "JJ")).toBe("nervous");
    expect(lemmatize(withWords, "Israeli", "JJ")).toBe("Israeli");
    expect(lemmatize(withWords, "Bhutanese", "JJ")).toBe("Bhutanese");
  });
});
