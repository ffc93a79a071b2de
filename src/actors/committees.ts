/**
 * Committees of a legislature ("the Commons intelligence committee", "the House of Commons International
 * Development Committee", "House Intelligence Committee", "Senate Foreign Relations Committee") are that
 * legislature: a mention is the committee's whole name with the legislature's code, never a fragment of it ("the
 * Commons" alone, or "intelligence" read as a spy service from the middle of the phrase). Word lists:
 * name-cues.json `committee_words`, `chamber_words`. docs/actors.md "act9".
 */
import type { Document } from "../nlp/document.js";
import type { Cand, NameCues } from "./candidates.js";
import type { ActorEntry } from "./dictionary.js";
import type { Lexicon } from "./lexicon.js";
import type { Scan } from "./scan.js";

/** Most words between a legislature's name and "committee" ("the Commons public accounts committee"). */
const MAX_TOPIC_WORDS = 4;

/** Whether a dictionary entry is a legislature (its code at the article date ends in LEG). */
export function isLegislature(en: ActorEntry | undefined, code: string | null): boolean {
  return en?.kind === "organization" && code !== null && code.slice(3, 6) === "LEG";
}

/**
 * The end of a committee tail after a legislature's name ending at k: up to four topic words (nouns, adjectives,
 * names, "and") then a committee word — "intelligence committee", "Energy and Commerce Subcommittee"; -1 if none.
 */
export function committeeTailEnd(S: Scan, k: number): number {
  for (let j = k; j < S.se && j <= k + MAX_TOPIC_WORDS; j++) {
    if (S.cues.committeeWords.has(S.keys[j] as string)) return j > k ? j + 1 : -1;
    const topic = S.isWord(j) && (/^(NOUN|ADJ|PROPN)$/.test(S.pos[j] as string) || (S.norm[j] === "and" && j > k));
    if (!topic) return -1;
  }
  return -1;
}

/**
 * Names the recognizer found that end in a committee word: after a dictionary legislature they carry its code
 * ("House of Commons International Development Committee" → the Commons' GBRLEG, and Canada's in a story about
 * Canada through `orgEntry`); after a chamber word alone ("House", "Senate") they are a legislature (LEG) of the
 * state that has such a chamber, decided as for a bare "Senate" (offices.ts: the story's country if it has one,
 * else the one such state named: "Senate Banking Committee" in a Tokyo story that names the U.S. is USALEG).
 */
export function placeCommittees(
  doc: Document,
  cands: Cand[],
  keys: readonly string[],
  lex: Lexicon,
  cues: NameCues,
  entryCode: (ref: number) => string | null,
): void {
  for (const c of cands) {
    if (c.drop || !c.unknown || c.kind !== "organization" || c.code !== null) continue;
    if (!cues.committeeWords.has(keys[c.e - 1] as string)) continue;
    const a = keys[c.nameStart] === "the" ? c.nameStart + 1 : c.nameStart;
    const m = lex.actors.longest(keys, doc.tokens.value, a, c.e - 1, false);
    const ref = (m?.hits[0] as { ref: number } | undefined)?.ref;
    const code = ref === undefined ? null : entryCode(ref);
    if (ref !== undefined && isLegislature(lex.dict.entries[ref], code)) {
      c.code = code;
      c.orgEntry = ref;
    } else if (cues.chamberWords.has(keys[a] as string)) {
      // the states with a chamber of that name decide whose it is (offices.ts), as for a bare "Senate"
      c.role = "LEG";
      c.institution = true;
      c.chamber = keys[a] as string;
    }
  }
}
