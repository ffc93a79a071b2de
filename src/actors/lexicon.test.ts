import { describe, expect, it } from "vitest";
import { type Hit, TokenTrie } from "./lexicon.js";
import { CaseRule } from "./normalize.js";

const hit = (ref: number, rules: CaseRule[]): Hit => ({
  ref,
  form: "name",
  plural: false,
  rules: Uint8Array.from(rules),
  needCap: false,
});

describe("TokenTrie.longest", () => {
  const trie = new TokenTrie();
  // "us" the acronym (capitals only) and a caseless entry on the same phrase; "us army" longer.
  trie.add(["us"], hit(1, [CaseRule.Upper]));
  trie.add(["us"], hit(2, [CaseRule.Any]));
  trie.add(["us", "army"], hit(3, [CaseRule.Upper, CaseRule.Cap]));
  const keys = ["us", "army", "said"];

  it("returns every hit in trie order when all fit", () => {
    const m = trie.longest(keys, ["US", "troops", "said"], 0, 3, false);
    expect(m?.end).toBe(1);
    expect(m?.hits.map((h) => h.ref)).toEqual([1, 2]);
  });

  it("keeps only the hits whose case rules hold, and the longest phrase", () => {
    expect(trie.longest(keys, ["us", "troops", "said"], 0, 3, false)?.hits.map((h) => h.ref)).toEqual([2]);
    const m = trie.longest(keys, ["US", "Army", "said"], 0, 3, false);
    expect(m?.end).toBe(2);
    expect(m?.hits.map((h) => h.ref)).toEqual([3]);
  });

  it("applies accept and gives null when no hit fits", () => {
    expect(trie.longest(keys, ["US", "troops"], 0, 2, false, (h) => h.ref === 2)?.hits.map((h) => h.ref)).toEqual([2]);
    expect(trie.longest(keys, ["us", "troops"], 0, 2, false, (h) => h.ref === 1)).toBeNull();
  });

  it("leaves the trie's own hit list intact after a filtered lookup", () => {
    const all = trie.longest(keys, ["US", "troops"], 0, 2, false);
    const some = trie.longest(keys, ["us", "troops"], 0, 2, false);
    expect(all?.hits.map((h) => h.ref)).toEqual([1, 2]);
    expect(some?.hits.map((h) => h.ref)).toEqual([2]);
  });
});
