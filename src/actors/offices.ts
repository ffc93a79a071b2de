/**
 * Office words only some states use for their own institution ("Congress", "the Administration"), written bare.
 * act5/act7 gave a bare office the story's country, which is right for "Parliament" or "the Finance Ministry"
 * (every state has one) but not for "Congress": in a London or Tokyo story it is the US Congress, in a Manila or
 * Bogota story the country's own, in a New Delhi story the Indian National Congress party. Which states call an
 * institution so is data (country-extras.json `offices`, copied into countries.json by the actors build).
 */
import type { Document } from "../nlp/document.js";
import type { Cand } from "./candidates.js";
import type { ActorEntry } from "./dictionary.js";
import type { Lexicon } from "./lexicon.js";
import { candCountry, storyCountry } from "./placement.js";

/** Office word → state → the role of its institution of that name on the article date. */
type Holders = Map<string, Map<string, string>>;

/** The dictionary's country entries that list offices, found once per dictionary rather than once per article. */
const officeStates = new WeakMap<Lexicon["dict"], ActorEntry[]>();

function statesWithOffices(lex: Lexicon): ActorEntry[] {
  let states = officeStates.get(lex.dict);
  if (!states) {
    states = (lex.dict.entries as ActorEntry[]).filter((en) => en.kind === "country" && en.offices && en.country);
    officeStates.set(lex.dict, states);
  }
  return states;
}

/** Whether an institution sat on `date`: before its end (`until`), or inside one of its windows. */
function sitsOn(office: { until?: string; windows?: { from?: string; to?: string }[] }, date: string): boolean {
  if (office.until && date >= office.until) return false;
  if (!office.windows) return true;
  return office.windows.some((w) => (!w.from || date >= w.from) && (!w.to || date < w.to));
}

/**
 * Per dictionary: the office holders of each article date already seen. Building them walks every
 * state's offices (a fifth of the actors stage's own time when done per article, perf1); articles of one day share
 * them. Bounded, since a long run sees many dates; the maps are never mutated by their readers.
 */
const holdersByDate = new WeakMap<Lexicon["dict"], Map<string, Holders>>();
const MAX_DATES = 4096;

/** `officeHolders`, computed once per dictionary and date. */
function cachedHolders(lex: Lexicon, date: string | null): Holders {
  let byDate = holdersByDate.get(lex.dict);
  if (!byDate) {
    byDate = new Map();
    holdersByDate.set(lex.dict, byDate);
  }
  const key = date === null ? "\u0000undated" : `=${date}`;
  let holders = byDate.get(key);
  if (!holders) {
    if (byDate.size >= MAX_DATES) byDate.clear();
    holders = officeHolders(lex, date);
    byDate.set(key, holders);
  }
  return holders;
}

/** The states that have an institution named by each office word on `date` (all of them when undated). */
function officeHolders(lex: Lexicon, date: string | null): Holders {
  const out: Holders = new Map();
  for (const en of statesWithOffices(lex)) {
    if (!en.offices || !en.country) continue;
    for (const [word, office] of Object.entries(en.offices)) {
      if (date !== null && !sitsOn(office, date)) continue;
      const states = out.get(word) ?? new Map<string, string>();
      states.set(en.country, office.role);
      out.set(word, states);
    }
  }
  return out;
}

/**
 * The office word a candidate is and nothing more: "Congress", "the Congress", "the administration". Lower case
 * only after "the" ("the party congress" is a party's meeting: there the candidate starts at "congress"); after
 * "a"/"an" the word names a meeting ("a congress of tax advisers"), returned as "a congress".
 */
function bareOffice(doc: Document, c: Cand, holders: Holders): string | null {
  if (c.drop || c.plural) return null;
  // a chamber's committee ("Senate Banking Committee") is placed as its chamber is (committees.ts)
  if (c.chamber) return holders.has(c.chamber) ? c.chamber : null;
  const T = doc.tokens;
  const det = T.norm[c.s] === "the" || T.norm[c.s] === "a" || T.norm[c.s] === "an" ? 1 : 0;
  if (c.e - c.s - det !== 1) return null;
  const word = T.norm[c.s + det] as string;
  if (!holders.has(word)) return null;
  const capitalized = /^\p{Lu}/u.test(T.value[c.s + det] as string);
  // "a congress of tax advisers" is a meeting, no institution: "a"/"an" + the word
  if (det === 1 && T.norm[c.s] !== "the") return capitalized ? null : `a ${word}`;
  return capitalized || det === 1 ? word : null;
}

/**
 * Gives a bare "Congress" or "Administration" the state that has one: the story's country when it does (a Manila
 * story's "Congress" is the Philippine Congress, a New Delhi story's the Congress party); else the one such state
 * the article names ("LONDON - … U.S. trade officials … Congress" → USALEG); else none ("Congress" in a London
 * story that names no such state stays uncoded rather than British).
 */
export function placeBareOffices(
  doc: Document,
  cands: Cand[],
  lex: Lexicon,
  entryCode: (ref: number) => string | null,
  date: string | null,
): void {
  // Most articles name no office word at all: the undated holders (a superset of any date's) rule them out
  // before the dated ones are looked up.
  const anyDate = cachedHolders(lex, null);
  if (!cands.some((c) => bareOffice(doc, c, anyDate) !== null)) return;
  const holders = date === null ? anyDate : cachedHolders(lex, date);
  const bare = new Map<Cand, string>();
  for (const c of cands) {
    const word = bareOffice(doc, c, holders);
    if (word) bare.set(c, word);
  }
  if (bare.size === 0) return;
  const others = cands.filter((c) => !bare.has(c));
  const story = storyCountry(doc, others, entryCode)?.country ?? null;
  const named = new Set<string>();
  for (const o of others) {
    const country = o.drop ? null : candCountry(o, entryCode);
    if (country) named.add(country);
  }
  for (const [c, word] of bare) {
    if (word.startsWith("a ")) {
      c.drop = true;
      continue;
    }
    const states = holders.get(word) as Map<string, string>;
    const candidates = [...named].filter((k) => states.has(k));
    const country = story && states.has(story) ? story : candidates.length === 1 ? (candidates[0] as string) : null;
    const role = country ? (states.get(country) as string) : (c.role ?? c.code?.slice(3, 6) ?? null);
    if (country) c.code = `${country}${role}`;
    else c.code = c.institution || !role ? null : `---${role}`;
  }
}
