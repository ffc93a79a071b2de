import { describe, expect, it } from "vitest";
import { buildDocument } from "./document.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";

// A lower-case "v." or "vs." between two names joins them (case names, matches): no sentence ends there, even when
// the second name is also a common word ("Wade", "Marsh"); a "v." after a lower-case word may still end one.
function texts(text: string): string[] {
  const tokens = tokenize(text);
  const s = splitSentences(text, tokens);
  return Array.from(s.tokenStart, (first, i) =>
    text.slice(tokens.start[first], tokens.end[(s.tokenEnd[i] as number) - 1]),
  );
}

function sentenceCount(text: string): number {
  return buildDocument(text, { id: "t", title: null, date: null, source: null, url: null }).sentences.count;
}

function words(text: string): string[] {
  const tokens = tokenize(text);
  return Array.from({ length: tokens.count }, (_, i) => text.slice(tokens.start[i], tokens.end[i]));
}

describe("'v.' and 'vs.' between two names (lead, eighth session)", () => {
  it("keeps a case name in one sentence when the second party is also a common word", () => {
    expect(texts("The judges cited Okafor v. Wade in their ruling. Lind said so.")).toEqual([
      "The judges cited Okafor v. Wade in their ruling.",
      "Lind said so.",
    ]);
    expect(texts("Gondor vs. Marsh was the final of the cup. Rohan lost.")).toEqual([
      "Gondor vs. Marsh was the final of the cup.",
      "Rohan lost.",
    ]);
  });

  it("keeps the period of 'v.' in the word, as UD English does", () => {
    expect(words("Okafor v. Wade")).toEqual(["Okafor", "v.", "Wade"]);
  });

  it("still ends a sentence after a 'v.' that follows a lower-case word", () => {
    // With the word clusters, as the Document splits: "Then" is a word usually written in lower case.
    expect(sentenceCount("He picked clause v. Then he left.")).toBe(2);
  });

  it("gives the Document one sentence for the case name", () => {
    expect(sentenceCount("The court heard Okafor v. Wade on Monday.")).toBe(1);
  });
});
