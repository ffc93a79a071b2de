/**
 * Lemmatizer: a word's dictionary form from its form and XPOS tag, learned from the training treebanks as
 *  1. a table of (lower-cased form, XPOS) → lemma for the words whose lemma the suffix rules would get wrong
 *     ("went" → "go", "mice" → "mouse", "'s" → "be"/"'s" by tag), and
 *  2. suffix rules per XPOS ("…ies" + NNS → "…y", "…ing" + VBG → "…", "…ed" + VBD → "…e" for "…ated"): the edit
 *     that the longest known ending of the word most often took in training.
 * Proper nouns keep their capitals ("Americans" → "American"); every other lemma is lower case, as in UD English.
 *
 * An ending's most frequent edit is often wrong for a word the treebanks never showed: "…ored" + VBD most often
 * drops only the "d" ("stored", "ignored"), which turns "favored" into "favore". When the rules know a word list
 * (`vocabulary`, attached at load time: the word clusters learned on news text), a guess that is not a word gives
 * way to the edit of a shorter ending whose result is one ("…ed" → cut 2: "favor"); with no such edit the first
 * guess stands. The same vocabulary knows how often a word is capitalized inside a sentence, so a capitalized
 * adjective keeps its capital only when it is a proper one ("Israeli", not a sentence-initial "Nervous").
 */
import { type ClusterTable, normalizeWord } from "./lexical.js";

export interface LemmaRules {
  /** `${lowerForm}\t${xpos}` → lemma (lower case, except for proper nouns). */
  readonly exceptions: Record<string, string>;
  /** `${xpos}\t${ending}` → [characters to cut, text to add]. */
  readonly suffixes: Record<string, [number, string]>;
  /** Longest ending the rules look at. */
  readonly maxEnding: number;
  /** Known words and their capitalization rate; not stored in the model file (see above). */
  readonly vocabulary?: ClusterTable;
}

const PROPER = new Set(["NNP", "NNPS"]);
/** Capitalized inside a sentence at least this often (of 255) to count as a proper adjective. */
const PROPER_ADJECTIVE_RATE = 192;

/** The edit from a form to its lemma: cut the form's last `cut` characters, then add `add`. */
export function editScript(form: string, lemma: string): [number, string] {
  let common = 0;
  const max = Math.min(form.length, lemma.length);
  while (common < max && form[common] === lemma[common]) common++;
  return [form.length - common, lemma.slice(common)];
}

function applyScript(form: string, [cut, add]: [number, string]): string {
  if (cut > form.length) return form;
  return form.slice(0, form.length - cut) + add;
}

/** The lemma of a word with the given XPOS tag. */
export function lemmatize(rules: LemmaRules, form: string, xpos: string): string {
  const proper = PROPER.has(xpos) || properAdjective(rules, form, xpos);
  const lower = form.toLowerCase();
  const known = rules.exceptions[`${lower}\t${xpos}`];
  // training lower-cases every lemma it learns, so "me" is learned as "i"; UD English writes "I"
  if (xpos === "PRP" && (known ?? lower) === "i") return "I";
  if (known !== undefined) return proper ? matchCase(known, form) : known;
  const base = proper ? form : lower;
  const vocabulary = proper ? undefined : rules.vocabulary;
  const isWord = vocabulary && ((guess: string) => vocabulary.get(normalizeWord(guess)) !== undefined);
  let first: string | undefined;
  for (let k = Math.min(rules.maxEnding, lower.length - 1); k >= 1; k--) {
    const script = rules.suffixes[`${xpos}\t${lower.slice(-k)}`];
    if (!script) continue;
    const guess = applyScript(base, script);
    if (!isWord || isWord(guess)) return first === undefined || guess !== base ? guess : first;
    first ??= guess;
  }
  return first ?? base;
}

/** Adjectives from names keep their capital in UD English ("Israeli", "Dutch"); others are lower case. */
function properAdjective(rules: LemmaRules, form: string, xpos: string): boolean {
  if (!xpos.startsWith("JJ") || !/^\p{Lu}\p{Ll}/u.test(form)) return false;
  const known = rules.vocabulary?.get(normalizeWord(form));
  return known === undefined || known[2] >= PROPER_ADJECTIVE_RATE;
}

/** A learned lower-case lemma given the capitals of the form it came from ("Americans" + "american" → "American"). */
function matchCase(lemma: string, form: string): string {
  let out = "";
  for (let i = 0; i < lemma.length; i++)
    out += i < form.length && form[i] !== form[i]?.toLowerCase() ? (lemma[i] as string).toUpperCase() : lemma[i];
  return out;
}

/**
 * Lemmas by XPOS and form, per rule set: a lemma never changes, and building the lookup keys and slicing endings
 * was 6 % of the document stage. The cache only saves work, so emptying it when it grows large changes no output.
 */
const LEMMA_CACHE_LIMIT = 200_000;
const lemmaCaches = new WeakMap<LemmaRules, { size: number; byTag: Map<string, Map<string, string>> }>();

/** `lemmatize`, remembered. */
export function lemmatizeCached(rules: LemmaRules, form: string, xpos: string): string {
  let cache = lemmaCaches.get(rules);
  if (!cache) {
    cache = { size: 0, byTag: new Map() };
    lemmaCaches.set(rules, cache);
  }
  let forms = cache.byTag.get(xpos);
  if (!forms) {
    forms = new Map();
    cache.byTag.set(xpos, forms);
  }
  let lemma = forms.get(form);
  if (lemma === undefined) {
    if (cache.size >= LEMMA_CACHE_LIMIT) {
      cache.byTag.clear();
      cache.size = 0;
      forms = new Map();
      cache.byTag.set(xpos, forms);
    }
    lemma = lemmatize(rules, form, xpos);
    forms.set(form, lemma);
    cache.size++;
  }
  return lemma;
}
