/**
 * Plural demonyms that name a group of people rather than a state (docs/actors.md "GSR actor classes").
 *
 * A plural demonym followed by "of"/"in" + a country or place names the people who live there: they are coded
 * as civilians of the country they live in ("the Albanians of southern Serbia" → `SRBCVL`, "Palestinians in
 * Lebanon" → `LBNCVL`), as CAMEO codes an ethnic minority with its country of residence. Other plural demonyms
 * keep their country's code here; the events stage reads them as that country's civilians where the clause says
 * so (src/events/participants.ts).
 */
import type { Document } from "../nlp/document.js";
import { type Cand, CITIZEN_DEMONYMS } from "./candidates.js";
import type { ActorEntry } from "./dictionary.js";
import type { Lexicon } from "./lexicon.js";
import { candCountry } from "./placement.js";

/** Tokens allowed between "of"/"in" and the place: "the", lower-case modifiers ("southern"), hyphens. */
const MAX_GAP = 4;

export function placeDemonymGroups(
  doc: Document,
  cands: Cand[],
  lex: Lexicon,
  entryCode: (ref: number) => string | null,
): void {
  const T = doc.tokens;
  const entries = lex.dict.entries;
  const live = cands.filter((c) => !c.drop).sort((a, b) => a.s - b.s);
  const placeAt = new Map<number, Cand>();
  for (const c of live) {
    const kind = c.entry >= 0 ? (entries[c.entry] as ActorEntry).kind : c.kind;
    if ((kind === "country" || kind === "place") && c.form === "name") placeAt.set(c.nameStart, c);
  }
  const countryOf = (c: Cand) => candCountry(c, entryCode);
  for (const c of live) {
    if (c.form !== "demonym" || c.entry < 0 || !isPluralDemonym(T.value[c.e - 1] as string)) continue;
    if (!countryOf(c)) continue;
    // "Bosnian Serbs", "Kosovo Albanians": another country's demonym (or name) right before names where they live
    const before = live.find((b) => b.e === c.s && !b.drop && b !== c);
    const citizens = CITIZEN_DEMONYMS.has(countryOf(c) as string);
    const home =
      before && !citizens && (before.form === "demonym" || placeAt.get(before.nameStart) === before)
        ? countryOf(before)
        : null;
    const country = (home !== countryOf(c) ? home : null) ?? residenceAfter(doc, c.e, placeAt, countryOf);
    if (!country) continue;
    c.form = "nominal";
    c.kind = "group";
    c.entry = -1;
    c.plural = true;
    c.code = `${country}CVL`;
    if (home === country && before) {
      before.drop = true;
      c.s = before.s;
    }
  }
}

/** A plural demonym ends in s ("Albanians", "Serbs"); "Chinese" or "Swiss" is as often an adjective. */
function isPluralDemonym(word: string): boolean {
  return /[a-z]s$/.test(word);
}

/** The country of a place named by "of"/"in" right after token e ("of southern Serbia"), or null. */
function residenceAfter(
  doc: Document,
  e: number,
  placeAt: ReadonlyMap<number, Cand>,
  countryOf: (c: Cand) => string | null,
): string | null {
  const T = doc.tokens;
  const prep = T.norm[e];
  if (prep !== "of" && prep !== "in") return null;
  for (let k = e + 1; k <= e + 1 + MAX_GAP && k < T.count && T.sentence[k] === T.sentence[e]; k++) {
    const place = placeAt.get(k);
    if (place) return countryOf(place);
    // only "the", adjectives and glued compounds stand between: "of southern Serbia", "of the Israeli-occupied
    // West Bank" (not "Palestinians in their struggle against Israel")
    const glued = T.value[k] === "-" || T.value[k - 1] === "-" || T.value[k + 1] === "-";
    if (T.norm[k] !== "the" && T.pos[k] !== "ADJ" && !glued) return null;
  }
  return null;
}
