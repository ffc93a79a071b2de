/**
 * What the actors stage's rules share: the candidate mention they build (`Cand`), the cue words read from
 * data/actors/name-cues.json (`NameCues`) and the closed word lists of the rules.
 */
import type { EntityKind, MentionForm } from "../contract.js";
import type { TokenColumns } from "../nlp/document.js";
import type { AgentEntry } from "./dictionary.js";

export interface NameCues {
  honorifics: Set<string>;
  /** Last word of an organization name → role ("" = organization without a role). */
  orgSuffix: Map<string, string>;
  placeSuffix: Set<string>;
  /** Last words of names of bodies of water ("sea", "gulf", "strait"): a sea named after a country is not in it. */
  waterSuffix: Set<string>;
  placePreps: Set<string>;
  notNames: Set<string>;
  givenNames: Set<string>;
  /** Last words of event names (wars, treaties, competitions): such names are not actors. */
  eventSuffix: Set<string>;
  /** Lower-case nouns after a product or model name ("Rafale jets"): the name is no actor. */
  productNoun: Set<string>;
  /** Legal-form words that end company names ("Corp", "Inc", "Ltd"): "Chrysler Corp" is the same as "Chrysler". */
  companyForms: Set<string>;
  /** Plural nouns for any organization's staff ("officials", "spokesmen"): after an unknown firm's name, its own. */
  staffNouns: Set<string>;
  /** Last words of names that news also uses alone for another body ("the House"): no "the X" coreference. */
  sharedHeads: Set<string>;
  /** Last words of bodies of members ("association", "union", "chamber"). */
  memberBodies: Set<string>;
  /** Plural words inside a body's name → whose body it is ("growers" AGR, "workers" LAB, "commerce" BUS). */
  bodyMembers: Map<string, string>;
  /** Last words of a legislature's committees ("committee", "subcommittee"). */
  committeeWords: Set<string>;
  /** First words of committee names that name a chamber without its country ("House", "Senate"). */
  chamberWords: Set<string>;
  /** Words that make a body's name international, no state's ("International Tin Council", "World Bank"). */
  internationalWords: Set<string>;
}

/**
 * Whether the organization-suffix word at k of a name ending at `end` names the organization's kind: it ends the
 * name ("Kenya Airways") or stands before "of" or "for" ("Bank of Poland", "Department for Education").
 */
export function suffixNamesOrganization(keys: readonly string[], k: number, end: number): boolean {
  return k === end - 1 || keys[k + 1] === "of" || keys[k + 1] === "for";
}

/**
 * Role of a body of members from whom it gathers: "Kenya Tea Growers Association" AGR, "Serbian Workers' Union" LAB
 * (not a party's OPP), "Ghana Chamber of Commerce" BUS. Needs a body word naming the organization (`member_bodies`)
 * and a member word inside the name (`body_members`); undefined otherwise.
 */
export function memberBodyRole(keys: readonly string[], a: number, b: number, cues: NameCues): string | undefined {
  if (!namesMemberBody(keys, a, b, cues)) return undefined;
  for (let k = a; k < b; k++) {
    const role = cues.bodyMembers.get(keys[k] as string);
    if (role) return role;
  }
  return undefined;
}

/** Whether a body word (`member_bodies`: "association", "union") names the organization keys[a, b) is. */
export function namesMemberBody(keys: readonly string[], a: number, b: number, cues: NameCues): boolean {
  for (let k = a; k < b; k++)
    if (cues.memberBodies.has(keys[k] as string) && suffixNamesOrganization(keys, k, b)) return true;
  return false;
}

/**
 * Countries whose demonym after another's names citizens of that descent, not an ethnic group living abroad: "Irish
 * Americans", "Chinese Canadians" live in the second country ("Bosnian Serbs", "Croatian Serb refugees" in the first).
 */
export const CITIZEN_DEMONYMS = new Set(["USA", "CAN", "AUS", "NZL", "GBR"]);

/** Agents whose plural names several states ("other governments"), not one country's offices. */
export const MANY_STATES = new Set(["government", "regime"]);

export interface Cand {
  s: number;
  e: number;
  /** Token where the proper name starts (after a title), for NER-style spans. */
  nameStart: number;
  form: MentionForm;
  kind: EntityKind;
  /** Dictionary entry index, or -1. */
  entry: number;
  /** Code the mention carries (composed nominals), null = take the entity's. */
  code: string | null;
  agent?: AgentEntry;
  plural?: boolean;
  /** Country (or IGO) code of a composed nominal. */
  ref?: string | null;
  /** Dictionary entry of the organization a composed nominal belongs to ("a Tory spokesman" → Conservative Party). */
  orgEntry?: number;
  unknown?: boolean;
  /** Index of the candidate this one is apposed to (same entity). */
  link?: number;
  /** Role suggested by an unknown organization's suffix word (undefined when none; never deleted, see vote). */
  role?: string | undefined;
  gender?: "m" | "f";
  /** A title, honorific or role noun stood before the name ("seed Rios", "Mr Xi"). */
  titled?: boolean;
  /** Role of a home-office title with no country before the name ("President Anton Virel" → GOV). */
  titleRole?: { role: string; head: boolean };
  /** Country of a known place inside an unknown place name ("South Darfur State" → SDN), set once it is a place. */
  within?: string;
  /** A head of state or government named with the title of the office ("Chinese leader Xi Jinping"). */
  head?: boolean;
  /** A possessive nominal whose antecedent has no country ("her government"): not the story's country either. */
  unplaced?: boolean;
  /** A capitalized state institution named by its office alone ("Congress", "the Finance Ministry", "Parliament"). */
  institution?: boolean;
  /** A committee named after a chamber ("House Intelligence Committee"): the chamber word, placed as an office. */
  chamber?: string;
  /** Rejected after document-level evidence (not output). */
  drop?: boolean;
  /** Cached token keys of the name, joined. */
  text?: string;
  /** Found by the name recognizer (its type decides the kind). */
  ner?: boolean;
  /** Code of the title before a dictionary person's name ("Quds Force commander" → IRNMIL), see resolve. */
  titleCode?: string;
  entity?: number;
}

export const DETS = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "our",
  "several",
  "some",
  "many",
  "two",
  "three",
  "four",
  "five",
  "dozens",
  "hundreds",
  "thousands",
  "both",
  "other",
  "another",
  "top",
  "senior",
  "former",
  "ousted",
  "deposed",
  "new",
  "local",
  "few",
  "most",
  "all",
  "these",
  "those",
  "this",
  "that",
]);
export const DAY_ADVERBS = new Set(["today", "yesterday", "tonight"]);
/** Words before a plural agent that make the phrase a description of a pair ("the two leaders", "both sides"). */
export const PAIR_WORDS = new Set(["two", "both"]);
/** Possessive determiners: the phrase belongs to an actor named elsewhere ("its forces"). */
export const POSSESSIVE_DETS = new Set(["his", "her", "its", "their", "our"]);
/** Determiners that put a person out of office: "former president X", "ousted President X" are elites (ELI). */
export const FORMER = new Set(["former", "ousted", "deposed"]);
export const CONNECTORS = new Set([
  "of",
  "de",
  "du",
  "des",
  "da",
  "di",
  "del",
  "der",
  "van",
  "von",
  "al",
  "bin",
  "ibn",
  "&",
  "la",
  "le",
  "y",
  "and",
]);
/** Words that are not names alone but start many ("National Bank", "World Boxing Council", "Federal Reserve"). */
export const NAME_PARTS = new Set([
  "national",
  "federal",
  "world",
  "state",
  "central",
  "western",
  "eastern",
  "northern",
  "southern",
  "north",
  "south",
  "east",
  "west",
  "premier",
  "grand",
  "new",
  "first",
  "open",
  "league",
  "division",
]);
/** Calendar words that end a capitalized run without being part of the name ("New Year", "Kohl Monday"). */
export const TIME_WORDS =
  /^(year|years|week|month|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/;

/** Lower-case words that follow organization names ("Ericsson spokesman", "Pirelli shares"). */
export const ORG_FOLLOWERS = new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "owner",
  "owners",
  "chairman",
  "chairwoman",
  "shares",
  "stock",
  "shareholders",
  "officials",
  "executives",
  "subsidiary",
  "unit",
  "division",
  "board",
  "management",
  "employees",
  "workers",
  "fans",
  "coach",
  "manager",
  "headquarters",
]);

/** Common nouns that introduce or follow place names ("the village of X", "X province"). */
export const PLACE_NOUNS = new Set([
  "town",
  "village",
  "city",
  "province",
  "region",
  "district",
  "county",
  "state",
  "capital",
  "port",
  "island",
  "stadium",
  "airport",
  "valley",
  "river",
  "suburb",
  "area",
  "camp",
  "border",
]);
export const NON_NAME_POS = new Set(["DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "ADV", "PART", "INTJ", "NUM"]);
/** Whether a code is an international or non-governmental body's (IGO…, NGO…). */
export function isInternationalBody(code: string): boolean {
  return code.startsWith("IGO") || code.startsWith("NGO");
}

/**
 * The code of an organization's member with a role: troops and police of an international body are its military
 * and police ("NATO troops", "UN peacekeepers" → …MIL), while other members, and all members of a national
 * organization, carry the organization's code ("UN officials" → IGOUNO, "Hamas fighters" → PSEREB).
 */
export function memberCode(orgCode: string, role: string): string {
  const force = isInternationalBody(orgCode) && (role === "MIL" || role === "COP");
  return force && !orgCode.endsWith(role) ? `${orgCode}${role}` : orgCode;
}

export const GOV_ROLES = /^(GOV|MIL|COP|REB|OPP|LEG|JUD|SPY|SEP|MED|INS)$/;

/**
 * Does an ISO date ("1996-08-30") start at token t? The tokenizer splits it into 1996 - 08 - 30, so the five
 * tokens must touch; a date kept whole counts too. Datelines end in one, and it is no score ("CHICAGO 71 64").
 */
export function isoDateAt(T: TokenColumns, t: number): boolean {
  if (t >= T.count) return false;
  const v = T.value[t] as string;
  if (/^\d{4}-\d\d-\d\d$/.test(v)) return true;
  if (!/^\d{4}$/.test(v) || t + 4 >= T.count) return false;
  for (let k = t; k < t + 4; k++) if ((T.end[k] as number) !== (T.start[k + 1] as number)) return false;
  const month = T.value[t + 2] as string;
  const day = T.value[t + 4] as string;
  return T.value[t + 1] === "-" && T.value[t + 3] === "-" && /^\d\d$/.test(month) && /^\d\d$/.test(day);
}
