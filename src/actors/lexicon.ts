/**
 * Token tries over the dictionary, built once per stage (startup), never per document. A trie node is a number;
 * edges live in one Map keyed by `node + "\u0001" + tokenKey`, which is compact for 50k+ phrases and costs one hash
 * lookup per token step. Each phrase end carries hits with per-token case rules (see normalize.ts).
 */
import type { MentionForm } from "../contract.js";
import type { ActorDictionary } from "./dictionary.js";
import { CaseRule, caseOk, caseRuleOf, nameKey, splitPhrase, tokenKey } from "./normalize.js";

export interface Hit {
  /** Index into dictionary.entries (actor trie) or dictionary.agents (agent trie). */
  ref: number;
  form: MentionForm;
  plural: boolean;
  rules: Uint8Array;
  /** At least one token must be capitalized (TABARI phrases, written all in capitals, carry no case). */
  needCap: boolean;
}

interface TrieNode {
  next?: Map<string, TrieNode>;
  hits?: Hit[];
}

/** A cheap 16-bit signature of a key (first, second and last char codes and length) for the start filter. */
function signature(key: string): number {
  const n = key.length;
  return ((key.charCodeAt(0) << 7) ^ (key.charCodeAt(1) << 3) ^ (key.charCodeAt(n - 1) * 31) ^ (n * 131)) & 0xffff;
}

export class TokenTrie {
  private readonly root: TrieNode = {};
  /** Signatures of every first token: most document tokens are rejected here without hashing the string. */
  private readonly firstFilter = new Uint8Array(65536);
  size = 0;

  add(tokens: string[], hit: Hit): void {
    let node = this.root;
    const first = tokens[0];
    if (first !== undefined) this.firstFilter[signature(tokenKey(first))] = 1;
    for (const t of tokens) {
      const k = tokenKey(t);
      node.next ??= new Map();
      let next = node.next.get(k);
      if (next === undefined) {
        next = {};
        node.next.set(k, next);
      }
      node = next;
    }
    const list = node.hits;
    if (list) {
      if (!list.some((h) => h.ref === hit.ref && h.form === hit.form)) list.push(hit);
    } else node.hits = [hit];
    this.size++;
  }

  /** Can a phrase start with this key? (cheap pre-check for the matcher). */
  starts(key: string): boolean {
    return this.firstFilter[signature(key)] === 1 && this.root.next?.has(key) === true;
  }

  /**
   * Longest phrase starting at token `i` (before `end`) whose case rules hold. Returns [endToken, hits] or null.
   * `accept` filters hits (e.g. only countries).
   */
  longest(
    keys: readonly string[],
    values: readonly string[],
    i: number,
    end: number,
    shouting: boolean,
    accept?: (h: Hit) => boolean,
  ): { end: number; hits: readonly Hit[] } | null {
    let node: TrieNode | undefined = this.root;
    let best: { end: number; hits: readonly Hit[] } | null = null;
    for (let j = i; j < end; j++) {
      node = node.next?.get(keys[j] as string);
      if (node === undefined) break;
      const hs = node.hits;
      if (!hs) continue;
      const ok = fitting(hs, values, i, shouting, accept);
      if (ok !== null) best = { end: j + 1, hits: ok };
    }
    return best;
  }
}

/**
 * The hits whose case rules (and `accept`) hold, in trie order, or null when none does. Most nodes hold one hit
 * that fits: the trie's own (never mutated) array is then returned instead of a filtered copy, which saves an
 * allocation per dictionary match.
 */
function fitting(
  hs: Hit[],
  values: readonly string[],
  i: number,
  shouting: boolean,
  accept: ((h: Hit) => boolean) | undefined,
): readonly Hit[] | null {
  let out: Hit[] | null = null;
  for (let k = 0; k < hs.length; k++) {
    const h = hs[k] as Hit;
    const fits = (!accept || accept(h)) && caseFits(h, values, i, shouting);
    if (fits) {
      if (out !== null) out.push(h);
    } else if (out === null) {
      // First rejected hit: copy the ones before it.
      out = hs.slice(0, k);
    }
  }
  if (out === null) return hs;
  return out.length > 0 ? out : null;
}

function caseFits(h: Hit, values: readonly string[], i: number, shouting: boolean): boolean {
  let anyCap = false;
  for (let t = 0; t < h.rules.length; t++) {
    const v = values[i + t] ?? "";
    if (!caseOk(h.rules[t] as CaseRule, v, shouting)) return false;
    if (h.needCap && !anyCap && caseOk(CaseRule.Cap, v, false)) anyCap = true;
  }
  return !h.needCap || anyCap;
}

export interface Lexicon {
  dict: ActorDictionary;
  actors: TokenTrie;
  agents: TokenTrie;
  /**
   * Whole names (`nameKey`) → dictionary entry, for coding the names the recognizer finds whatever the
   * tokenizer made of them ("Erdoğan" = "Erdogan"). The first entry listing a name keeps it.
   */
  names: Map<string, number>;
  /** Keys listed only as an all-capitals acronym ("PA"): `nameRef` keeps them from short mixed-case words. */
  acronyms: Set<string>;
}

/**
 * The dictionary entry of a whole name the recognizer found. A short mixed-case word ("Pa.", "Md.", "Ind.": US
 * state abbreviations after a city or in "(D-Pa.)") is no acronym: "PA" is the Palestinian Authority, "Pa." is
 * Pennsylvania. Longer words keep their acronym ("Nato" = NATO).
 */
export function nameRef(lex: Lexicon, text: string): number | undefined {
  const k = nameKey(text);
  if (lex.acronyms.has(k) && k.length <= 3 && /\p{Ll}/u.test(text)) return undefined;
  return lex.names.get(k);
}

function rulesOf(tokens: string[], caseless: boolean): Uint8Array {
  return Uint8Array.from(tokens, (t) => (caseless ? CaseRule.Any : caseRuleOf(t)));
}

/** Lower-case agent phrases match in any case; capitalized words inside them keep their rule ("State Department"). */
function agentRules(tokens: string[]): Uint8Array {
  return Uint8Array.from(tokens, (t) => (caseRuleOf(t) === CaseRule.Upper ? CaseRule.Upper : CaseRule.Any));
}

export function buildLexicon(dict: ActorDictionary): Lexicon {
  const actors = new TokenTrie();
  const agents = new TokenTrie();
  const names = new Map<string, number>();
  const spelled = new Set<string>();
  const acronyms = new Set<string>();
  dict.entries.forEach((e, ref) => {
    const caseless = e.origin?.includes(".txt:") === true && e.id.startsWith("tabari:");
    const add = (phrase: string, form: MentionForm, plural: boolean) => {
      for (const variant of spellings(phrase)) {
        const toks = splitPhrase(variant);
        if (toks.length === 0) continue;
        actors.add(toks, { ref, form, plural, rules: rulesOf(toks, caseless), needCap: caseless });
      }
    };
    for (const n of e.names) add(n, "name", false);
    for (const n of e.metonyms ?? []) add(n, "name", false);
    for (const n of [...e.names, ...(e.metonyms ?? [])]) {
      const k = nameKey(n);
      if (k === "") continue;
      if (!names.has(k)) names.set(k, ref);
      if (/\p{Ll}/u.test(n)) spelled.add(k);
      else acronyms.add(k);
    }
    for (const n of e.adjectives ?? []) add(n, "demonym", false);
    for (const n of e.plurals ?? []) add(n, "demonym", true);
  });
  dict.agents.forEach((a, ref) => {
    const add = (phrase: string, plural: boolean) => {
      const toks = splitPhrase(phrase);
      if (toks.length > 0) agents.add(toks, { ref, form: "nominal", plural, rules: agentRules(toks), needCap: false });
    };
    add(a.phrase, a.kind === "group" && a.plurals.length === 0);
    for (const p of a.plurals) add(p, true);
  });
  for (const k of spelled) acronyms.delete(k);
  return { dict, actors, agents, names, acronyms };
}

/** British/American spelling variants of a name ("Organisation"/"Organization", "Co-operation"/"Cooperation"). */
export function spellings(phrase: string): string[] {
  const out = new Set([phrase]);
  if (/isation/i.test(phrase)) out.add(phrase.replace(/isation/g, "ization").replace(/ISATION/g, "IZATION"));
  if (/ization/i.test(phrase)) out.add(phrase.replace(/ization/g, "isation").replace(/IZATION/g, "ISATION"));
  for (const p of [...out]) {
    if (/Co-operation/.test(p)) out.add(p.replace(/Co-operation/g, "Cooperation"));
    if (/Cooperation/.test(p)) out.add(p.replace(/Cooperation/g, "Co-operation"));
  }
  return [...out];
}
