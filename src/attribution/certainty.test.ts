import { describe, expect, it } from "vitest";
import type { Certainty } from "../contract.js";
import { buildDocument, type Document } from "../nlp/document.js";
import { hedgeCues, localCertainty } from "./certainty.js";

const meta = { id: "t", title: null, date: null, source: null, url: null };

/** Index of the first token whose value is `word` (after `after` occurrences skipped). */
function tokenOf(doc: Document, word: string, nth = 0): number {
  let seen = 0;
  for (let i = 0; i < doc.tokens.count; i++) {
    if (doc.tokens.value[i] === word && seen++ === nth) return i;
  }
  throw new Error(`no token ${word}`);
}

// [sentence, trigger word, certainty, negated]
const CASES: [string, string, Certainty, boolean][] = [
  ["Russia attacked Ukraine on Monday.", "attacked", "asserted", false],
  ["Beijing may have transferred lethal weapons to Moscow.", "transferred", "hedged", false],
  ["Troops might soon withdraw from the city.", "withdraw", "hedged", false],
  ["Rebels reportedly seized the airport.", "seized", "hedged", false],
  ["Rebels seized the airport, reportedly with help from abroad.", "seized", "hedged", false],
  ["The army allegedly shelled the village.", "shelled", "hedged", false],
  ["Cutting off China's support could end the war.", "end", "hedged", false],
  ["The deal would end the war.", "end", "hypothetical", false],
  ["If Russia attacks, NATO will respond.", "attacks", "hypothetical", false],
  ["NATO will respond if Russia attacks.", "respond", "hypothetical", false],
  ["Sanctions stay unless Moscow withdraws.", "stay", "hypothetical", false],
  ["Putin will visit Beijing next year.", "visit", "hypothetical", false],
  ["Putin plans to visit Beijing next year.", "visit", "hypothetical", false],
  ["Xi expressed willingness to maintain close contacts with Putin.", "maintain", "hypothetical", false],
  ["Russia did not attack Ukraine.", "attack", "asserted", true],
  ["Russia didn't attack Ukraine.", "attack", "asserted", true],
  ["Russia has never attacked Ukraine.", "attacked", "asserted", true],
  ["No New Year's greetings were exchanged.", "exchanged", "asserted", true],
  ["The leaders exchanged no greetings this year.", "exchanged", "asserted", true],
  ["Iran refused to meet the envoy.", "meet", "asserted", true],
  ["The minister denied attacking the convoy.", "attacking", "asserted", true],
  ["The talks failed, but the leaders met in Geneva.", "met", "asserted", false],
  ["He did not comment, and troops attacked the town.", "attacked", "asserted", false],
  ["Officials said the rebels may not have fired.", "fired", "hedged", true],
  ["China officially declares neutrality.", "declares", "asserted", false],
  ["No matter what Obama does, the law stays.", "stays", "asserted", false],
  ["Not only did Russia attack the port, it shelled the city.", "attack", "asserted", false],
];

describe("localCertainty", () => {
  it.each(CASES)("%s [%s]", (text, word, certainty, negated) => {
    const doc = buildDocument(text, meta);
    const got = localCertainty(doc, tokenOf(doc, word));
    expect({ certainty: got.certainty, negated: got.negated }).toEqual({ certainty, negated });
  });

  it("names the deciding cue tokens", () => {
    const doc = buildDocument("Beijing may have transferred weapons.", meta);
    const got = localCertainty(doc, tokenOf(doc, "transferred"));
    expect(got.cues.map((c) => doc.tokens.value[c])).toEqual(["may"]);
  });
});

// [text, expected hedge cue texts]
const CUE_CASES: [string, string[]][] = [
  ["The drug may reduce pain.", ["may"]],
  ["Theresa May met the king in May.", []],
  ["It is widely considered the best film.", ["considered"]],
  ["They considered the offer.", []],
  ["Whether the plan works remains to be seen.", ["Whether", "remains to be seen"]],
  ["He is probably right, and the rumor appears to be true.", ["probably", "appears"]],
  ["The vote took place on Monday.", []],
];

describe("hedgeCues", () => {
  it.each(CUE_CASES)("%s", (text, expected) => {
    const doc = buildDocument(text, meta);
    const spans = hedgeCues(doc);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(spans.map((s) => s.text)).toEqual(expected);
  });
});
