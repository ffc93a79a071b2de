/**
 * Finds actor mentions in one Document and groups them into entities (docs/actors.md explains each rule).
 *
 * One left-to-right pass per sentence (`scanSentence`) tries, at each token, in order:
 *  1. a composed noun phrase (./rule-composite.ts): [determiner] [country/organization reference or possessive]
 *     [modifiers] AGENT ("the Chinese leader", "Russian troops", "China's Foreign Ministry"), merged with a
 *     following name ("Chinese leader Xi Jinping") or linked to an apposed one (", Keith Kellogg,");
 *  2. a capitalized title or honorific before a name ("President Vladimir Putin", "Mr Xi") (./rule-names.ts);
 *  3. a dictionary phrase (longest match in the token trie);
 *  4. a name the trained recognizer found (src/nlp/ner.ts via ./names.ts), coded by the dictionary when it knows
 *     the whole name.
 * Then kinds of the remaining unknown names (./classify.ts), countries for titled people and role-only nominals
 * (./placement.ts), names of the body in capital headlines (./headlines.ts), and entities with their surnames,
 * descriptions and pronouns (./entities.ts).
 */
import type { Document } from "../nlp/document.js";
import { linkTrailingAppositions } from "./appositions.js";
import { DETS, type NameCues } from "./candidates.js";
import { classifyUnknown } from "./classify.js";
import { placeCommittees } from "./committees.js";
import { shareCoordinatedCountry } from "./coordination.js";
import { placeDatelinePlace } from "./datelines.js";
import type { ActorEntry } from "./dictionary.js";
import { buildLayer } from "./entities.js";
import { placeUnplacedFirms, placeUnplacedParties } from "./firms.js";
import { placeCompanyStaff, placeEuropeanBodies, placeFirmStaff, placeOrganizationOfficers } from "./generic-bodies.js";
import { propagateToHeadlines } from "./headlines.js";
import type { Hit, Lexicon } from "./lexicon.js";
import type { NameSpan } from "./names.js";
import { nameKey } from "./normalize.js";
import { placeBareOffices } from "./offices.js";
import {
  demoteModifierPlaces,
  markOfficeNames,
  placeGenericParties,
  placeHomonyms,
  placeInstitutionsOfPeople,
  placeNamedOrganizations,
  placeOutletsOfMedia,
  placePossessives,
  placeRepeatedGroups,
  placeRoleOnlyNominals,
  placeTitledPeople,
} from "./placement.js";
import { tryComposite } from "./rule-composite.js";
import { placeDemonymGroups } from "./rule-groups.js";
import { trimNames, tryDictionary, tryHonorific, tryRecognized } from "./rule-names.js";
import { Scan, tokenKeys } from "./scan.js";
import { placeListedInstitutions, placeUnplacedStateBodies } from "./state-bodies.js";
import type { ActorContext, ActorLayer } from "./types.js";
import { linkSpellingVariants } from "./variants.js";

export type { NameCues } from "./candidates.js";

/** Dictionary files whose places never name a firm's country: generated cities and sub-national regions, whose
 * names open firms' names as often ("Delta Air Lines", "Essex Chemical Corp"). */
const FIRM_BLIND_FILES = ["cities.txt", "regions.txt"];

/**
 * The actors of one Document. `recognized`: the names the trained recognizer found (./names.ts findNames);
 * `blocked`: tokens no mention may use (credits, ./credits.ts).
 */
export function recognize(
  doc: Document,
  ctx: ActorContext,
  lex: Lexicon,
  cues: NameCues,
  recognized: readonly NameSpan[] = [],
  blocked?: Uint8Array,
): ActorLayer {
  const keys = tokenKeys(doc);
  const S = new Scan(doc, keys, lex, cues, trimNames(doc, recognized, keys, cues, lex), ctx.date);
  for (let s = 0; s < doc.sentences.count; s++) scanSentence(S, s, blocked);
  const cands = S.cands;
  classifyUnknown(doc, cands, keys, cues, lex);
  linkSpellingVariants(doc, cands, lex);
  for (const c of cands) if (c.within && c.kind === "place" && c.code === null) c.code = c.within;
  placeDatelinePlace(doc, cands, lex, S.entryCode);
  demoteModifierPlaces(doc, cands, lex);
  markOfficeNames(doc, cands, keys, lex);
  placeCommittees(doc, cands, keys, lex, cues, S.entryCode);
  // a country's or a place's name ("Korea Exchange Bank", "Chicago Mercantile Exchange", "Bank of Montreal"); not
  // the generated list of cities, whose names are as often people's ("Delta", "Santos", "Midland")
  const countryOrPlace = (h: Hit) =>
    S.placeCountry(h.ref) !== null &&
    !FIRM_BLIND_FILES.some((f) => (S.entries[h.ref] as ActorEntry).origin?.startsWith(f));
  placeNamedOrganizations(
    doc,
    cands,
    (k) => {
      const m = S.actorAt(k, countryOrPlace);
      const en = m ? (S.entries[(m.hits[0] as Hit).ref] as ActorEntry) : null;
      const country = m ? S.placeCountry((m.hits[0] as Hit).ref) : null;
      if (!m || !en || !country) return null;
      const text = nameKey(doc.text.slice(doc.tokens.start[k], doc.tokens.end[m.end - 1]));
      const city = en.kind === "place" || (en.metonyms ?? []).some((n) => nameKey(n) === text);
      return { end: m.end, country, city };
    },
    cues.companyForms,
  );
  placeOutletsOfMedia(cands, (k) => {
    const m = S.actorAt(k, (h) => (S.entries[h.ref] as ActorEntry).kind === "organization");
    const code = m ? S.entryCode((m.hits[0] as Hit).ref) : null;
    return m && code?.endsWith("MED") ? { end: m.end, country: code } : null;
  });
  // "former CIA director X": the person, not the organization, and out of office (before titles give countries)
  placeOrganizationOfficers(doc, cands, keys, S.entryCode);
  shareCoordinatedCountry(doc, cands, lex, S.entryCode);
  placeHomonyms(doc, cands, lex, S.entryCode);
  placeTitledPeople(doc, cands, lex, S.entryCode, S.cues);
  placePossessives(doc, cands, lex, S.entryCode);
  placeInstitutionsOfPeople(doc, cands, S.entryCode);
  // generic party names first: a "Conservative Party" read as British must not vote for Britain below
  placeGenericParties(cands, lex, S.entryCode);
  placeRepeatedGroups(doc, cands);
  // "the Commission" in an EC story, "company officials": not a state's office, so before the story's country
  placeEuropeanBodies(doc, cands, keys, S.entryCode);
  placeCompanyStaff(doc, cands, keys);
  placeFirmStaff(cands, S.entryCode);
  // ("National Bank President X" listed with Swiss ministers is the Swiss body, whatever the story's country)
  placeListedInstitutions(doc, cands, S.entryCode);
  placeRoleOnlyNominals(doc, cands, S.entryCode);
  placeUnplacedStateBodies(doc, cands, keys, cues.internationalWords, S.entryCode);
  // "Congress", "the Administration": only some states have them, so the story's country is not always theirs
  placeBareOffices(doc, cands, lex, S.entryCode, ctx.date ?? null);
  placeDemonymGroups(doc, cands, lex, S.entryCode);
  linkTrailingAppositions(doc, cands, S.entryCode);
  placeUnplacedFirms(doc, cands, S.entryCode);
  placeUnplacedParties(doc, cands, lex, S.entryCode);
  const all = S.blindSentences.length > 0 ? propagateToHeadlines(doc, cands, keys, S.blindSentences) : cands;
  return buildLayer(doc, all, lex, S.entryCode, cues);
}

/** Capitals carry no information in all-caps headlines and in Title Case headings: sets S.shouting/capsUseless. */
function readCase(S: Scan, s: number): void {
  let words = 0;
  let upper = 0;
  let capital = 0;
  let capitalCommon = 0;
  for (let i = S.ss; i < S.se; i++) {
    const v = S.values[i] as string;
    if (!S.isWord(i)) continue;
    const c0 = v.charCodeAt(0) | 32;
    if (c0 < 97 || c0 > 122) continue;
    words++;
    if (noLowerAscii(v)) upper++;
    if (S.isCap(i)) {
      capital++;
      if (i > S.ss && S.pos[i] !== "PROPN") capitalCommon++;
    }
  }
  S.shouting = words >= 3 && upper / words > 0.6;
  // Title Case: a heading line whose common words are capitalized too (result lines full of names are not).
  const titleCase = S.doc.sentences.heading[s] === 1 && words >= 3 && capital / words > 0.75 && capitalCommon >= 2;
  S.capsUseless = S.shouting || titleCase;
  if (S.capsUseless) S.blindSentences.push(s);
}

/** Most tokens are lower-case words that start nothing: they are skipped without trying every rule. */
function startsNothing(S: Scan, i: number): boolean {
  const k = S.keys[i] as string;
  return (
    !S.isCap(i) &&
    !DETS.has(k) &&
    !S.cues.honorifics.has(k) &&
    !S.agentAt(i) &&
    !S.actorAt(i) &&
    k !== "al" &&
    k !== "el" &&
    (S.nerStart[i] as number) < 0
  );
}

/** The rules, left to right over sentence s; the first that applies at a token wins. */
function scanSentence(S: Scan, s: number, blocked: Uint8Array | undefined): void {
  S.ss = S.doc.sentences.tokenStart[s] as number;
  S.se = S.doc.sentences.tokenEnd[s] as number;
  readCase(S, s);
  // A recognized name may run on into the next sentence of hard-wrapped text: never read a token twice.
  let i = Math.max(S.ss, S.doneUntil);
  while (i < S.se) {
    if ((!S.isWord(i) && S.norm[i] !== "'s") || blocked?.[i] || startsNothing(S, i)) {
      i++;
      continue;
    }
    let next = tryComposite(S, i);
    if (next < 0) next = tryHonorific(S, i);
    if (next < 0) next = tryDictionary(S, i);
    if (next < 0) next = tryRecognized(S, i);
    i = next > i ? next : i + 1;
    S.doneUntil = i;
  }
}

/** True when a word has no lower-case ASCII letter (cheaper than comparing with toUpperCase()). */
function noLowerAscii(v: string): boolean {
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}
