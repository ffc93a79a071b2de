/**
 * Firms no dictionary places, in a story set in one country. A wire story filed from a place of one country that
 * names no other country ("MIAMI, March 30 - Lennar Corp said …", "the U.S. Supreme Court said Texaco must …")
 * is about that country's firms: Reuters names a foreign firm's country ("Japan's Fujitsu", "the West German
 * Siemens"), and a firm whose country the text never says is the dateline's. With any other country named, or
 * without a wire dateline, the firm keeps no country: a French story about a German firm names France only.
 */
import type { Document } from "../nlp/document.js";
import type { Cand } from "./candidates.js";
import type { ActorEntry } from "./dictionary.js";
import type { Lexicon } from "./lexicon.js";
import { candCountry, opensWithDateline, storyCountry } from "./placement.js";

/** Country-coded mentions of the one country besides the dateline a story needs before its firms are that country's. */
const MIN_OTHER_MENTIONS = 1;

export function placeUnplacedFirms(doc: Document, cands: Cand[], entryCode: (ref: number) => string | null): void {
  if (!opensWithDateline(doc.text)) return;
  const first = cands.find((c) => !c.drop && c.s === 0);
  if (!first || (first.kind !== "country" && first.kind !== "place")) return;
  const dateline = candCountry(first, entryCode);
  if (!dateline) return;
  let others = 0;
  for (const c of cands) {
    if (c.drop || c === first) continue;
    const country = candCountry(c, entryCode);
    // (an international body is of no country and moves nothing; a second country makes it a foreign story)
    if (country && country !== dateline) return;
    if (country) others++;
  }
  if (others < MIN_OTHER_MENTIONS) return;
  for (const c of cands) {
    if (c.drop || !c.unknown || c.kind !== "organization" || c.role !== "BUS" || c.code !== null) continue;
    c.code = `${dateline}BUS`;
  }
}

/**
 * Parties and opposition movements no dictionary places ("the Homeland Union", role OPP or PTY from the name's
 * last word) are of the country a story is about when one country dominates it or is the only one named ("…
 * collecting signatures to convince the Lithuanian Parliament" → LTUOPP): parties act at home. A story set only
 * by its dateline among several countries leaves them uncoded.
 */
export function placeUnplacedParties(
  doc: Document,
  cands: Cand[],
  lex: Lexicon,
  entryCode: (ref: number) => string | null,
): void {
  const party = (c: Cand) =>
    !c.drop &&
    c.unknown === true &&
    c.kind === "organization" &&
    (c.role === "OPP" || c.role === "PTY") &&
    c.code === null;
  if (!cands.some(party)) return;
  // (a party name many countries use, "Conservatives", is no sign of the country: placeGenericParties)
  const signs = cands.filter((c) => c.entry < 0 || !(lex.dict.entries[c.entry] as ActorEntry).generic);
  const story = storyCountry(doc, signs, entryCode);
  if (!story || story.byDateline) return;
  for (const c of cands) if (party(c)) c.code = `${story.country}${c.role}`;
}
