/**
 * State bodies named without their country. A state's body named by its office alone ("National Bank", "the Finance Ministry") in a story about several
 * countries keeps no country from the story, but a list gives it one: "his Swiss counterpart Otto Stich, Swiss
 * Economics Minister Jean-Pascal Delamuraz and National Bank President Pierre Languetin" names the Swiss body, as a
 * reader takes it. docs/actors.md "act9".
 */
import type { Document } from "../nlp/document.js";
import type { Cand } from "./candidates.js";
import { candCountry, inOneList, storyCountry } from "./placement.js";

/** Whether a candidate is a state institution named by its office alone that no rule has placed. */
function unplacedInstitution(c: Cand): boolean {
  return !c.drop && c.institution === true && !!c.role && (c.code === null || c.code.startsWith("---"));
}

/**
 * Gives an unplaced institution the one country of the people and bodies listed with it in its sentence (names,
 * commas, "and"/"or" between them: placement.ts `inOneList`); with members of two countries, or none, it stays.
 */
export function placeListedInstitutions(doc: Document, cands: Cand[], entryCode: (ref: number) => string | null): void {
  const sentence = doc.tokens.sentence;
  for (const c of cands) {
    if (!unplacedInstitution(c)) continue;
    const countries = new Set<string>();
    for (const o of cands) {
      if (o === c || o.drop || sentence[o.s] !== sentence[c.s] || o.kind === "country" || o.kind === "place") continue;
      const country = candCountry(o, entryCode);
      if (country && inOneList(doc, cands, o, c)) countries.add(country);
    }
    if (countries.size === 1) c.code = `${[...countries][0] as string}${c.role as string}`;
  }
}

/** Roles of a state's own bodies (not MIL: "Division" ends firms' names as often as an army's). */
const STATE_BODY_ROLES = new Set(["GOV", "LEG", "JUD", "COP", "SPY"]);

/**
 * Whether a one-word name ("the Council", "Commission officials") names again an international body named before
 * with that last word ("the International Tin Council", "The European Commission"), which no state owns.
 */
function namesInternationalBodyAgain(
  c: Cand,
  cands: readonly Cand[],
  keys: readonly string[],
  internationalWords: ReadonlySet<string>,
  entryCode: (ref: number) => string | null,
): boolean {
  if (c.e - c.nameStart !== 1) return false;
  return cands.some((o) => {
    if (o.drop || o.s >= c.s || o.kind !== "organization" || keys[o.e - 1] !== keys[c.nameStart]) return false;
    const code = o.entry >= 0 ? entryCode(o.entry) : o.code;
    return /^(IGO|NGO)/.test(code ?? "") || keys.slice(o.s, o.e).some((k) => internationalWords.has(k));
  });
}

/**
 * Bodies of a state the dictionary lacks, whose name gives their role but no country ("the Farm Trade Policy
 * Council", "the Meteorological Agency"), are the country's a story is about when one country dominates it: a wire
 * story names a foreign body's country ("Japan's Defence Agency"). A name with an international word
 * (`international_words`: "International Tin Council", "Economic Commission for Africa") is no state's; a story
 * about several countries leaves them all.
 */
export function placeUnplacedStateBodies(
  doc: Document,
  cands: Cand[],
  keys: readonly string[],
  internationalWords: ReadonlySet<string>,
  entryCode: (ref: number) => string | null,
): void {
  const body = (c: Cand) =>
    !c.drop && c.unknown === true && c.kind === "organization" && c.code === null && !c.institution;
  const candidates = cands.filter((c) => body(c) && STATE_BODY_ROLES.has(c.role ?? ""));
  if (candidates.length === 0) return;
  const story = storyCountry(doc, cands, entryCode);
  if (!story?.dominant) return;
  for (const c of candidates) {
    if (keys.slice(c.s, c.e).some((k) => internationalWords.has(k))) continue;
    if (namesInternationalBodyAgain(c, cands, keys, internationalWords, entryCode)) continue;
    c.code = `${story.country}${c.role as string}`;
  }
}
