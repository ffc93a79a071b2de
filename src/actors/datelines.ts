/**
 * The place a wire dateline opens with, when the name pass could not code it. Datelines are written in capitals,
 * and a short capitalized word ("LOS", "LA", "PAZ") reads as an acronym that no city's name matches, so "LOS
 * ANGELES, March 12 -" and "LA PAZ, March 26 -" were read as organizations without a country; a town the
 * dictionary lacks ("KNOKKE-HEIST, Belgium, April 5 -", "SANTA BARBARA, Calif., April 13 -") names its country or
 * state after the comma. Every rule that gives offices, officials and reporters the dateline's country
 * (placement.ts `datelineCountry`, `pressCountry`) starts from that place.
 */
import type { Document } from "../nlp/document.js";
import type { Cand } from "./candidates.js";
import { type ActorEntry, countryOfCode } from "./dictionary.js";
import { type Lexicon, nameRef } from "./lexicon.js";

/** A wire dateline (as placement.ts reads one): its place in capitals, then what stands before the dash. */
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M} .'-]*?)\s*((?:,|\s\()[^\n]{0,40}?)\s[-\u2013\u2014]{1,2}\s/u;

/**
 * Codes the candidate at the text's first token as the place of the dateline when it has no country: by its own
 * name read in any case ("LOS ANGELES" → Los Angeles), else by the country or region named after the comma.
 */
export function placeDatelinePlace(
  doc: Document,
  cands: Cand[],
  lex: Lexicon,
  entryCode: (ref: number) => string | null,
): void {
  const m = DATELINE.exec(doc.text);
  if (!m) return;
  // ", Belgium, April 5" / ", Calif., April 13": the first part after the place's comma
  const region = m[2]?.startsWith(",") ? m[2].slice(1).split(",")[0] : undefined;
  const first = cands.find((c) => !c.drop && c.s === 0);
  if (!first || first.code !== null || first.entry >= 0) return;
  // the candidate must be the dateline's place itself, not a name running on past it
  const placeEnd = (m[1] as string).length;
  if ((doc.tokens.end[first.e - 1] as number) > placeEnd) return;
  const country = placeCountryOf(lex, entryCode, m[1] as string) ?? placeCountryOf(lex, entryCode, region);
  if (!country) return;
  Object.assign(first, { kind: "place", unknown: true, code: country, institution: false });
}

/** Country of a dictionary country or place named exactly `name` (any case), or null. */
function placeCountryOf(lex: Lexicon, entryCode: (ref: number) => string | null, name: string | undefined) {
  if (!name) return null;
  const ref = nameRef(lex, name.trim());
  if (ref === undefined) return null;
  const en = lex.dict.entries[ref] as ActorEntry;
  return en.kind === "country" || en.kind === "place" ? countryOfCode(entryCode(ref)) : null;
}
