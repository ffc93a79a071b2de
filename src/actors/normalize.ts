/**
 * Token keys shared by the dictionaries and the matcher. A dictionary phrase is split by the Document's tokenizer
 * (abbreviations keep their dots, hyphens and "'s" are tokens of their own), then every token is reduced to a
 * key: lower case, straight apostrophes, no diacritics, no dots ("U.S." → "us", "St." → "st"). Case is checked
 * separately (see CaseRule) so that "US" and "us" share a key but not a match.
 */
import { tokenize } from "../nlp/tokenize.js";

/** Case requirement of one phrase token against the document token. */
export enum CaseRule {
  /** Any case (function words, lower-case agent nouns). */
  Any = 0,
  /** Must start with an upper-case letter or a digit (names). */
  Cap = 1,
  /** Must be written in capitals (acronyms such as "US", "IS", "WHO"). */
  Upper = 2,
}

const COMBINING = /[\u0300-\u036f]/g;

/** Key of one token (document or dictionary side). */
export function tokenKey(token: string): string {
  let k = token.toLowerCase();
  if (k.length > 1) k = k.replace(/\./g, "");
  k = k.replace(/[\u2018\u2019\u201B\u2032`]/g, "'");
  if (/[^ -~]/.test(k)) k = k.normalize("NFD").replace(COMBINING, "");
  return k === "" ? token : k;
}

/**
 * Splits a phrase into tokens with the Document's own tokenizer, so a dictionary phrase meets the text's tokens
 * ("China's" → "China", "'s"; "al-Qaeda" → al - Qaeda; "Inter-American" stays one word, as its prefix is listed).
 * A hand-written splitter here once cut "Inter-American" at the hyphen, which no Document does.
 */
export function splitPhrase(phrase: string): string[] {
  const t = tokenize(phrase);
  const out: string[] = new Array(t.count);
  for (let i = 0; i < t.count; i++) out[i] = phrase.slice(t.start[i] as number, t.end[i] as number);
  return out;
}

/** Words that stay case-free inside names ("Bank of England", "The Economist" written "the Economist"). */
const FUNCTION_WORDS = new Set([
  "the",
  "of",
  "and",
  "for",
  "de",
  "da",
  "di",
  "del",
  "der",
  "du",
  "la",
  "le",
  "al",
  "el",
  "bin",
  "ibn",
  "van",
  "von",
  "on",
  "in",
  "to",
  "'s",
  "&",
]);

/** The case rule a dictionary token imposes, judged from how the data writes it. */
export function caseRuleOf(token: string): CaseRule {
  const lower = token.toLowerCase();
  if (FUNCTION_WORDS.has(lower) || !/\p{L}/u.test(token)) return CaseRule.Any;
  const letters = token.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters.length <= 5 && letters === letters.toUpperCase()) return CaseRule.Upper;
  if (/^\p{Lu}/u.test(token)) return CaseRule.Cap;
  return CaseRule.Any;
}

/** Does a document token satisfy a rule? `shouting` = the sentence is written in capitals (headline). */
export function caseOk(rule: CaseRule, value: string, shouting: boolean): boolean {
  if (rule === CaseRule.Any) return true;
  const c = value.charCodeAt(0);
  const upperFirst = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && value[0] !== value[0]?.toLowerCase());
  if (rule === CaseRule.Cap) return upperFirst;
  // Acronyms: all letters capital; in an all-capitals headline "US" and "us" cannot be told apart, so refuse.
  return !shouting && value === value.toUpperCase() && upperFirst;
}

/**
 * Key of a whole name for matching across spellings and for merging mentions of one person: lower case, no
 * diacritics, no dots, straight apostrophes, hyphens and runs of white space as one space ("Recep Tayyip
 * Erdoğan" and "Recep Tayyip Erdogan" → "recep tayyip erdogan"; "U.S." → "us").
 */
export function nameKey(name: string): string {
  let k = nameKeys.get(name);
  if (k === undefined) {
    // bounded: a long run sees ever new names; dropping the cache changes no key
    if (nameKeys.size >= MAX_NAME_KEYS) nameKeys.clear();
    k = computeNameKey(name);
    nameKeys.set(name, k);
  }
  return k;
}

/**
 * Keys already computed (perf1): the actors stage keys the same names and phrases many times per article (each
 * rule that asks `nameRef`, entity merging, metonym checks), five regex replacements each time otherwise.
 */
const nameKeys = new Map<string, string>();
const MAX_NAME_KEYS = 100_000;

function computeNameKey(name: string): string {
  let k = name.toLowerCase().replace(/[\u2018\u2019\u201B\u2032`]/g, "'");
  if (/[^ -~]/.test(k)) k = k.normalize("NFD").replace(COMBINING, "");
  return k
    .replace(/\.(?=\S)/g, "")
    .replace(/\.$/g, "")
    .replace(/\s*\.\s+/g, " ")
    .replace(/[\s-]+/g, " ")
    .trim();
}
