/**
 * The place a wire dateline opens with, when the name pass could not code it. Datelines are written in capitals,
 * and a short capitalized word ("LOS", "LA", "PAZ") reads as an acronym that no city's name matches, so "LOS
 * ANGELES, March 12 -" and "LA PAZ, March 26 -" were read as organizations without a country; a town the
 * dictionary lacks ("KNOKKE-HEIST, Belgium, April 5 -", "SANTA BARBARA, Calif., April 13 -") names its country or
 * state after the comma. Every rule that gives offices, officials and reporters the dateline's country
 * (placement.ts `datelineCountry`, `pressCountry`) starts from that place.
 */
import { readFileSync } from "node:fs";
import type { Document } from "../nlp/document.js";
import type { Cand } from "./candidates.js";
import { type ActorEntry, countryOfCode } from "./dictionary.js";
import { type Lexicon, nameRef } from "./lexicon.js";

/** A wire dateline (as placement.ts reads one): its place in capitals, then what stands before the dash. */
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M} .'-]*?)\s*((?:,|\s\()[^\n]{0,40}?)\s[-\u2013\u2014]{1,2}\s/u;

/**
 * The wire's abbreviations of US states after a dateline's town ("KENT, Wash., March 26 -"), read only there
 * (data/actors/dateline-states.json says why). Loaded once, on first use.
 */
let stateAbbreviations: Map<string, string> | null = null;

function stateAbbreviation(part: string): string | undefined {
  if (!stateAbbreviations) {
    const path = new URL("../../data/actors/dateline-states.json", import.meta.url);
    const data = JSON.parse(readFileSync(path, "utf8")) as { states: Record<string, string> };
    stateAbbreviations = new Map(Object.entries(data.states));
  }
  return stateAbbreviations.get(part);
}

/**
 * Codes the candidate at the text's first token as the place of the dateline when it has no country: by its own
 * name read in any case ("LOS ANGELES" → Los Angeles), else by the country or region named after the comma.
 * act12: the region first when it names a country or place ("KENT, Wash." is American, not the English county).
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
  const part = m[2]?.startsWith(",") ? m[2].slice(1).split(",")[0]?.trim() : undefined;
  const region = part ? (stateAbbreviation(part.replace(/\s+/g, "")) ?? part) : undefined;
  const first = cands.find((c) => !c.drop && c.s === 0);
  if (first && (first.entry >= 0 || first.code !== null)) {
    placeDatelineHomonym(first, lex, entryCode, region);
    return;
  }
  if (!first || first.code !== null) return;
  // the candidate must be the dateline's place itself, not a name running on past it
  const placeEnd = (m[1] as string).length;
  if ((doc.tokens.end[first.e - 1] as number) > placeEnd) return;
  // (the region first: it encloses the place, whose name other countries' places may share — "KENT, Wash.")
  const country = placeCountryOf(lex, entryCode, region) ?? placeCountryOf(lex, entryCode, m[1] as string);
  if (!country) return;
  Object.assign(first, { kind: "place", unknown: true, code: country, institution: false });
}

/**
 * act12: a known place whose name other countries' places share takes the country or state the dateline names
 * after its comma ("KENT, Wash., March 26 -" is in the United States, not the English county; "LONDON, Ontario"
 * is Canadian).
 */
function placeDatelineHomonym(
  first: Cand,
  lex: Lexicon,
  entryCode: (ref: number) => string | null,
  region: string | undefined,
): void {
  if ((first.kind !== "place" && first.kind !== "country") || first.s !== 0) return;
  const own = countryOfCode(first.entry >= 0 ? entryCode(first.entry) : first.code);
  const named = placeCountryOf(lex, entryCode, region);
  if (!named || !own || named === own) return;
  Object.assign(first, { kind: "place", entry: -1, unknown: true, code: named, institution: false });
}

/** Country of a dictionary country or place named exactly `name` (any case), or null. */
function placeCountryOf(lex: Lexicon, entryCode: (ref: number) => string | null, name: string | undefined) {
  if (!name) return null;
  const ref = nameRef(lex, name.trim());
  if (ref === undefined) return null;
  const en = lex.dict.entries[ref] as ActorEntry;
  return en.kind === "country" || en.kind === "place" ? countryOfCode(entryCode(ref)) : null;
}
