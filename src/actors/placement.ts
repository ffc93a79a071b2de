/**
 * Countries for actors the text names without one: titled people outside the dictionary ("King Tamar of Lesotho")
 * and role-only nominals ("the government") in a story about one country.
 */
import type { Document } from "../nlp/document.js";
import type { Cand } from "./candidates.js";
import { type ActorEntry, countryOfCode } from "./dictionary.js";
import type { Lexicon } from "./lexicon.js";

/** Country of a candidate's code for the article date: its dictionary entry's, else its composed code's. */
function candCountry(c: Cand, entryCode: (ref: number) => string | null): string | null {
  return countryOfCode(c.entry >= 0 ? entryCode(c.entry) : c.code);
}

/**
 * Gives a country to people named with a home-office title but no country ("President Anton Virel",
 * "Judge Ana Petrov") only when the phrase says which: "of" + a country right after the name ("King Tamar of
 * Lesotho", "President Ana Ruiz of the Philippines"). A country before the
 * title ("Kenyan President X", "Kenya's President X") is composed earlier. The article's most-mentioned country is
 * no evidence: a president met abroad, or of a country the dictionary lacks, would be coded as the host's or the
 * story's country, so without evidence the person keeps no code.
 */
export function placeTitledPeople(
  doc: Document,
  cands: Cand[],
  lex: Lexicon,
  entryCode: (ref: number) => string | null,
): void {
  if (!cands.some((c) => c.titleRole && c.code === null && !c.drop)) return;
  const T = doc.tokens;
  const entries = lex.dict.entries;
  const countryAt = new Map<number, string>();
  for (const c of cands) {
    if (c.drop || c.entry < 0 || (entries[c.entry] as ActorEntry).kind !== "country") continue;
    const country = candCountry(c, entryCode);
    if (country) countryAt.set(c.s, country);
  }
  for (const c of cands) {
    const title = c.titleRole;
    // "Secretary-General X": the second half of a hyphenated title belongs to the office before it.
    if (!title || c.code !== null || c.drop || T.norm[c.s - 1] === "-" || T.norm[c.e] !== "of") continue;
    const at = T.norm[c.e + 1] === "the" ? c.e + 2 : c.e + 1;
    const country = countryAt.get(at) ?? null;
    if (country) c.code = `${country}${title.role}`;
  }
}

/** Share of the article's country-coded mentions one country needs before role-only nominals are given it. */
const DOMINANT_SHARE = 0.6;

/**
 * Gives role-only nominals ("the government", "the rebels", "Police": `---GOV`, `---REB`, `---COP`) the country
 * the article is about, as a human coder would, when one country clearly dominates it: at least two mentions,
 * DOMINANT_SHARE of all country-coded mentions, and the first country or place the article names.
 * In a story about several countries they keep no country.
 */
export function placeRoleOnlyNominals(cands: Cand[], entryCode: (ref: number) => string | null): void {
  if (!cands.some((c) => !c.drop && c.code?.startsWith("---"))) return;
  // Every country-coded mention counts; the first country or place named says where the story happens.
  const counts = new Map<string, number>();
  let total = 0;
  let first: { s: number; country: string } | null = null;
  for (const c of cands) {
    if (c.drop) continue;
    const country = candCountry(c, entryCode);
    if (!country) continue;
    counts.set(country, (counts.get(country) ?? 0) + 1);
    total++;
    const located = c.kind === "country" || c.kind === "place";
    if (located && (!first || c.s < first.s)) first = { s: c.s, country };
  }
  let best: string | null = null;
  let most = 0;
  for (const [country, n] of counts) {
    if (n > most) {
      most = n;
      best = country;
    }
  }
  // the first place named (headline, dateline, lead) must agree: it is where most stories are set
  if (!best || most < 2 || most < DOMINANT_SHARE * total || first?.country !== best) return;
  for (const c of cands) {
    // international bodies' roles (IGO…) and the bare roles of unknown affiliation keep their codes
    // an embassy or ambassador ("abroad") in a story about one country is most often another country's
    if (!c.drop && c.code?.startsWith("---") && c.agent && !c.agent.abroad && !/^(IGO|NGO)/.test(c.code.slice(3))) {
      c.code = `${best}${c.code.slice(3)}`;
    }
  }
}
