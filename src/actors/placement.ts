/**
 * Countries for actors the text names without one: titled people outside the dictionary ("King Tamar of Lesotho")
 * and role-only nominals ("the government") in a story about one country.
 */
import type { Document } from "../nlp/document.js";
import { type Cand, isInternationalBody, MANY_STATES, memberCode, type NameCues } from "./candidates.js";
import { type ActorEntry, countryOfCode } from "./dictionary.js";
import type { Lexicon } from "./lexicon.js";
import { nameKey } from "./normalize.js";

/** A candidate's code for the article date: its dictionary entry's, else its composed code. */
export function candCode(c: Cand, entryCode: (ref: number) => string | null): string | null {
  return c.entry >= 0 ? entryCode(c.entry) : c.code;
}

/** Country of a candidate's code for the article date. */
export function candCountry(c: Cand, entryCode: (ref: number) => string | null): string | null {
  return countryOfCode(candCode(c, entryCode));
}

/**
 * Gives a country to people named with a home-office title but no country ("President Anton Virel",
 * "Judge Ana Petrov") only when the phrase says which: "of" + a country right after the name ("King Tamar of
 * Lesotho", "President Ana Ruiz of the Philippines"), or when a wire dateline names it ("OSLO, March 3 - Finance
 * Minister Ana Berg said"): wire style names a foreign official's country ("visiting Kenyan Finance Minister X")
 * and leaves it out for the dateline country's own. A country before the title ("Kenyan President X", "Kenya's
 * President X") is composed earlier. Without a dateline (BBC, Wikinews) the article's dominant country, for
 * officials other than heads of state or government: a president met abroad, or of a country the dictionary
 * lacks, would be coded as the host's or the story's country, so without evidence a head keeps no code.
 */
export function placeTitledPeople(
  doc: Document,
  cands: Cand[],
  lex: Lexicon,
  entryCode: (ref: number) => string | null,
  cues?: NameCues,
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
    if (!title || c.code !== null || c.drop || secondHalfOfHyphen(doc, c.s) || T.norm[c.e] !== "of") continue;
    const at = T.norm[c.e + 1] === "the" ? c.e + 2 : c.e + 1;
    const country = countryAt.get(at) ?? null;
    if (country) c.code = `${country}${title.role}`;
  }
  // Without a wire dateline (BBC, Wikinews, web copy), the country the article is about, by the standard that
  // gives "the government" its country (dominantCountry); a dateline that names no country of the story, nothing.
  const wire = DATELINE.test(doc.text);
  const dateline = wire ? datelineCountry(doc, cands, entryCode) : dominantCountry(cands, entryCode).best;
  if (!dateline) return;
  for (const c of cands) {
    if (!c.titleRole || c.code !== null || c.drop || secondHalfOfHyphen(doc, c.s)) continue;
    // (there, only a person's name of two words: not "General Election", "General Motors", "King Xandor"; and no
    // head of state or government, who is as often a visitor: "President X arrived in Nairobi")
    if (!wire && (c.titleRole.head || !personalName(doc, c, cues))) continue;
    // "New England Electric System President X": a capitalized word before the title ends the name of an
    // organization the dictionary lacks, whose officer the person is
    // ("Assistant Treasury Secretary X", "Deputy Finance Minister X": a rank before the title is no such name)
    const before = c.s > 0 ? wordAt(doc, c.s - 1) : "";
    // ("Communications Minister X": a firm has no ministers, so a word before "Minister" names the portfolio)
    const portfolio = doc.tokens.norm[c.s] === "minister";
    if (/^\p{Lu}/u.test(before) && !TITLE_RANKS.has(before.toLowerCase()) && !portfolio) continue;
    c.code = `${dateline}${c.titleRole.role}`;
  }
}

/**
 * Whether the name after a title ("Health Minister Ana Diaz") is a person's of two words or more, none of them a
 * word that ends names of organizations or events ("General Electric Co", "the General Election").
 */
function personalName(doc: Document, c: Cand, cues: NameCues | undefined): boolean {
  if (c.e - c.nameStart < 2) return false;
  for (let k = c.nameStart; k < c.e; k++) {
    const w = doc.tokens.norm[k] as string;
    if (cues && (cues.orgSuffix.has(w) || cues.companyForms.has(w) || cues.eventSuffix.has(w))) return false;
  }
  return true;
}

/**
 * A country whose name is also a place of another country (`homonymOf`: Georgia, a US state) is that place in a
 * story about the other country (its dominant country, counted without the homonym) when nothing else in the
 * article is of the first country (no "Georgian", "Tbilisi", Georgian official): "results in Georgia, Michigan and
 * Wisconsin", "Georgia regulators" in a US story → `USA`.
 */
export function placeHomonyms(
  doc: Document,
  cands: Cand[],
  lex: Lexicon,
  entryCode: (ref: number) => string | null,
): void {
  // the country's own name, not its capital ("Tbilisi") or demonym, which are signs of the country
  const homonym = (c: Cand) => {
    const en = c.drop || c.form !== "name" || c.entry < 0 ? undefined : lex.dict.entries[c.entry];
    if (en?.homonymOf === undefined) return false;
    return doc.text.slice(doc.tokens.start[c.s], doc.tokens.end[c.e - 1]) === en.name;
  };
  if (!cands.some(homonym)) return;
  const best = dominantCountry(cands, entryCode, homonym).best;
  const located = cands.filter((o) => !o.drop && !homonym(o) && (o.kind === "country" || o.kind === "place"));
  for (const c of cands) {
    if (!homonym(c)) continue;
    const en = lex.dict.entries[c.entry] as ActorEntry;
    const own = candCountry(c, entryCode);
    if (best !== en.homonymOf || cands.some((o) => !o.drop && !homonym(o) && candCountry(o, entryCode) === own))
      continue;
    // and listed with a place of the other country ("Georgia, Michigan and Wisconsin"), or no place of a third
    // country named anywhere ("US troops went to Georgia after Russia's attack" stays the country)
    const listed = located.some((o) => candCountry(o, entryCode) === best && listedWith(doc, c, o));
    if (!listed && located.some((o) => candCountry(o, entryCode) !== best)) continue;
    c.entry = -1;
    c.unknown = true;
    c.kind = "place";
    c.code = en.homonymOf;
  }
}

/** Whether a and b are next to each other in a list: only ",", "and", "or", ", and" between them. */
function listedWith(doc: Document, a: Cand, b: Cand): boolean {
  const [from, to] = a.s < b.s ? [a.e, b.s] : [b.e, a.s];
  if (to <= from || to - from > 2) return false;
  const words = doc.tokens.norm.slice(from, to).join(" ");
  return words === "," || words === "and" || words === "or" || words === ", and" || words === ", or";
}

/** Words that qualify a title's rank; written before it with a capital, they are no organization's name. */
const TITLE_RANKS = new Set([
  "assistant",
  "deputy",
  "under",
  "acting",
  "vice",
  "associate",
  "junior",
  "senior",
  "state",
]);

function wordAt(doc: Document, k: number): string {
  return doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]);
}

/** Whether token k follows a hyphen written against it ("Secretary-General"), not a spaced dash ("OSLO - Finance"). */
function secondHalfOfHyphen(doc: Document, k: number): boolean {
  const T = doc.tokens;
  return k > 0 && T.norm[k - 1] === "-" && T.end[k - 1] === T.start[k];
}

/** A wire dateline: a place in capitals opening the text, then a comma or bracket and, soon after, a dash. */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'-]*(?:,|\s\()[^\n]{0,40}?\s[-\u2013\u2014]{1,2}\s/u;

/** Whether the text opens with a wire dateline ("WASHINGTON, March 26 -", "LAGOS (Reuters) -"). */
export function opensWithDateline(text: string): boolean {
  return DATELINE.test(text);
}

/**
 * The country of the place a wire dateline names ("WASHINGTON, March 26 -", "LAGOS (Reuters) -"), or null. It
 * must also be the country of the story: when the lead names another country first ("CAIRO - Sudan has rejected
 * …, Finance Minister X said"), the officials are that country's, reported from abroad.
 */
function datelineCountry(
  doc: Document,
  cands: readonly Cand[],
  entryCode: (ref: number) => string | null,
): string | null {
  if (!DATELINE.test(doc.text)) return null;
  const first = cands.find((c) => !c.drop && c.s === 0);
  if (!first || (first.kind !== "country" && first.kind !== "place")) return null;
  const country = candCountry(first, entryCode);
  const leadEnd = (doc.tokens.sentence[first.s] as number) + 1;
  for (const c of cands) {
    if (c === first || c.drop || c.s < first.e || (doc.tokens.sentence[c.s] as number) > leadEnd) continue;
    // a foreign firm, medium or people in the lead ("WASHINGTON - … the takeover by a Japanese firm") leave the
    // story where the dateline sets it; only a state or its agents move it abroad
    if (
      c.kind !== "country" &&
      c.kind !== "place" &&
      NON_STATE_SECTORS.has(candCode(c, entryCode)?.slice(3, 6) ?? "")
    ) {
      continue;
    }
    // a country the lead names as where things go is no sign of whose story it is ("WASHINGTON - … would not
    // object to the sale of computers to Iran")
    if ((c.kind === "country" || c.kind === "place") && DESTINATION.has(doc.tokens.norm[c.s - 1] ?? "")) continue;
    const other = candCountry(c, entryCode);
    if (other) return other === country ? country : null;
  }
  return country;
}

/** Prepositions before where something goes or is aimed at. */
const DESTINATION = new Set(["to", "into", "toward", "towards", "against"]);

/** Sectors of actors that belong to a country without speaking for its state (CAMEO agent codes). */
const NON_STATE_SECTORS = new Set(["BUS", "MED", "CVL", "AGR", "LAB", "EDU", "HLH", "REF", "ENV", "SET", "CRM"]);

/** Possessive determiners by the kind of antecedent they take. */
const PERSON_POSSESSIVES = new Set(["his", "her"]);
const BODY_POSSESSIVES = new Set(["its", "their"]);
/** Sentences before a possessive searched for its antecedent. */
const ANTECEDENT_WINDOW = 4;

/**
 * Role-only nominals after a possessive ("her government", "his administration", "its troops") belong to the
 * antecedent, not to the article's main country: "President Samia Suluhu Hassan … her government" is
 * Tanzania's even in a story about Kenya. The antecedents are the people (his/her: gender-compatible) or
 * countries and organizations (its/their) named earlier in the sentence, else in the nearest of the ANTECEDENT_WINDOW sentences before that names
 * one; when they all share one country the nominal takes it. A person's possessive whose antecedents have no
 * (single) country keeps `---` (`unplaced`, so that placeRoleOnlyNominals leaves it too); a possessive with no
 * antecedent at all is left to that rule.
 */
export function placePossessives(
  doc: Document,
  cands: Cand[],
  lex: Lexicon,
  entryCode: (ref: number) => string | null,
): void {
  const T = doc.tokens;
  const live = cands.filter((c) => !c.drop).sort((a, b) => a.s - b.s);
  for (const c of live) {
    const det = T.norm[c.s] as string;
    const personal = PERSON_POSSESSIVES.has(det);
    if (!c.agent || !c.code?.startsWith("---") || (!personal && !BODY_POSSESSIVES.has(det))) continue;
    // "Japanese officials met their counterparts": a peer is of the other side, never the possessor's country
    if (c.agent.peer) continue;
    const gender = det === "his" ? "m" : det === "her" ? "f" : null;
    const fits = (a: Cand) => {
      if (personal) return a.kind === "person" && (!gender || !genderOf(a, lex) || genderOf(a, lex) === gender);
      return a.kind === "country" || a.kind === "organization" || (det === "their" && a.kind === "group");
    };
    const sentence = T.sentence[c.s] as number;
    // The nearest sentence that names one: a person is often carried over sentences by "she"/"he".
    let found = live.filter((a) => a !== c && a.e <= c.s && T.sentence[a.s] === sentence && fits(a));
    for (let back = 1; found.length === 0 && back <= ANTECEDENT_WINDOW; back++) {
      found = live.filter((a) => T.sentence[a.s] === sentence - back && fits(a));
    }
    if (found.length === 0) continue;
    // A name and the description apposed to it ("Carrie Lam, the chief executive of Hong Kong,") are one person.
    const apposed = new Map<Cand, Cand>();
    for (const a of found) if (a.link !== undefined) apposed.set(cands[a.link] as Cand, a);
    const countryOf = (a: Cand) => candCountry(a, entryCode) ?? countryOfApposed(apposed.get(a), entryCode);
    const own = found.filter((a) => a.link === undefined);
    const countries = new Set(own.map(countryOf));
    const country = countries.size === 1 ? [...countries][0] : null;
    const body = personal || country ? null : internationalBody(own, entryCode);
    if (country) c.code = `${country}${c.code.slice(3)}`;
    else if (body) c.code = memberCode(body, c.code.slice(3));
    else if (personal) c.unplaced = true;
  }
}

/** The one international or non-governmental body (IGO…/NGO… code) all antecedents are, or null. */
function internationalBody(found: readonly Cand[], entryCode: (ref: number) => string | null): string | null {
  const codes = new Set(found.map((a) => candCode(a, entryCode)));
  const only = codes.size === 1 ? [...codes][0] : null;
  return only && isInternationalBody(only) ? only : null;
}

function countryOfApposed(c: Cand | undefined, entryCode: (ref: number) => string | null): string | null {
  return c ? candCountry(c, entryCode) : null;
}

function genderOf(c: Cand, lex: Lexicon): "m" | "f" | undefined {
  return c.gender ?? (c.entry >= 0 ? (lex.dict.entries[c.entry] as ActorEntry).gender : undefined);
}

/** Share of the article's country-coded mentions one country needs before role-only nominals are given it. */
const DOMINANT_SHARE = 0.6;

/**
 * Gives role-only nominals ("the government", "the rebels", "Police": `---GOV`, `---REB`, `---COP`) the country
 * the article is about, as a human coder would, when one country clearly dominates it: at least two mentions,
 * DOMINANT_SHARE of all country-coded mentions, and the first country or place the article names.
 * In a story about several countries they keep no country.
 */
export function placeRoleOnlyNominals(doc: Document, cands: Cand[], entryCode: (ref: number) => string | null): void {
  if (!cands.some((c) => !c.drop && (c.code?.startsWith("---") || c.institution))) return;
  const story = storyCountry(doc, cands, entryCode);
  if (!story) {
    placeInstitutionsByPlurality(doc, cands, entryCode);
    return;
  }
  const best = story.country;
  // Set only by its dateline, a story may move abroad: in a sentence with another country's people or bodies
  // ("Turkish Foreign Ministry spokesman X told reporters" under ATHENS) the office may be theirs, so it keeps
  // none. A country named as a place or topic ("reserves held in U.S. dollars") moves nothing, nor does the news
  // agency told ("an official told Reuters").
  const foreign = new Set<number>();
  const foreigners: Cand[] = [];
  if (story.byDateline) {
    for (const o of cands) {
      const actor = !o.drop && o.kind !== "country" && o.kind !== "place";
      const code = actor ? candCode(o, entryCode) : null;
      const other = code && !code.endsWith("MED") ? candCountry(o, entryCode) : null;
      if (!other || other === best) continue;
      foreigners.push(o);
      // a foreign firm, union or other non-state body named in the sentence ("Toyota's purchase …, a bank official
      // told reporters" under MANILA) leaves it where the dateline sets it, as it leaves the lead (datelineCountry);
      // a group named by its nationality ("the Japanese companies") still says the sentence is about foreigners
      const namedBody = o.kind === "organization" && !o.agent && NON_STATE_SECTORS.has(code?.slice(3, 6) ?? "");
      if (!namedBody) foreign.add(doc.tokens.sentence[o.s] as number);
    }
  }
  // (an office listed with another country's body, "officials of the Tokyo Stock Exchange, the Ministry of Finance
  // and the Trade Ministry", is that country's)
  const listedAbroad = (c: Cand) => foreigners.some((o) => inOneList(doc, cands, o, c));
  for (const c of cands) {
    // (an office named alone, "the Senate", "the Defense Department", is the story's even there: wire copy gives a
    // foreign office its country, "Turkish Foreign Ministry")
    if (
      foreign.has(doc.tokens.sentence[c.s] as number) &&
      !(c.institution && c.code === null && !listedAbroad(c)) &&
      !toldByHome(doc, cands, c, best, entryCode)
    ) {
      continue;
    }
    // "governments agreed": several states, unless the story is about one ("governments have favoured short terms")
    if (!story.dominant && c.plural && c.agent && MANY_STATES.has(c.agent.phrase)) continue;
    // "Congress", "Parliament", "the Finance Ministry": an institution named by its office alone is the story's
    // country's as "the government" is
    if (!c.drop && c.institution && c.code === null && c.role) {
      c.code = `${best}${c.role}`;
      continue;
    }
    // international bodies' roles (IGO…) and the bare roles of unknown affiliation keep their codes
    // an embassy or ambassador ("abroad") in a story about one country is most often another country's
    // a person's possessive ("her government") whose antecedent has no country is not the story's
    if (
      !c.drop &&
      !c.unplaced &&
      c.code?.startsWith("---") &&
      c.agent &&
      !c.agent.abroad &&
      !isInternationalBody(c.code.slice(3))
    ) {
      c.code = `${best}${c.code.slice(3)}`;
    }
  }
}

/**
 * Whether reporters (a medium's agent without its medium) are told something by a person or body of the story's
 * own country ("Following talks between Japanese and British officials Lawson told reporters" under LONDON): the
 * press that person speaks to is where the story is filed, whoever else the sentence names. The teller is the
 * subject of the verb the reporters depend on, read from the parse.
 */
function toldByHome(
  doc: Document,
  cands: readonly Cand[],
  c: Cand,
  home: string,
  entryCode: (ref: number) => string | null,
): boolean {
  if (c.code !== "---MED" || !c.agent || c.unplaced) return false;
  const T = doc.tokens;
  const verb = T.head[c.e - 1] as number;
  if (verb < 0 || T.pos[verb] !== "VERB") return false;
  for (let j = doc.sentences.tokenStart[T.sentence[c.s] as number] as number; j < verb; j++) {
    if (T.head[j] !== verb || !(T.deprel[j] as string).startsWith("nsubj")) continue;
    // (a subject cut wrong, "After talks with Japanese officials Lawson told": the name that ends the subject's
    // phrase right before the verb)
    const teller =
      cands.find((o) => !o.drop && o !== c && o.s <= j && j < o.e) ??
      cands.find((o) => !o.drop && o.e === verb && under(T.head, o.e - 1, j));
    if (!teller) return false;
    // (a surname alone, "Lawson", is linked to the full name only when entities are built: the country of the
    // earlier person whose name ends with it)
    const surname = T.norm[teller.e - 1];
    const named = cands.find(
      (o) => !o.drop && o.kind === "person" && o.e <= teller.s && o.e - o.nameStart > 1 && T.norm[o.e - 1] === surname,
    );
    return (candCountry(teller, entryCode) ?? (named ? candCountry(named, entryCode) : null)) === home;
  }
  return false;
}

/** Whether token k lies in the subtree of token top (its chain of heads reaches top). */
function under(head: Int32Array, k: number, top: number): boolean {
  for (let x = k, steps = 0; x >= 0 && steps < 50; x = head[x] as number, steps++) if (x === top) return true;
  return false;
}

/**
 * The country a story is set in, for offices it names without one ("the Finance Ministry", "MPs", "officials"):
 * the dominant country; else a wire dateline's, when the lead names no other country first ("TAIPEI, March 3 -
 * The Finance Ministry said"); else the only country the article names at all. Two or more countries and no
 * dominant one or dateline: none, since a wrong country is worse than none.
 */
export function storyCountry(
  doc: Document,
  cands: readonly Cand[],
  entryCode: (ref: number) => string | null,
): { country: string; byDateline: boolean; dominant: boolean } | null {
  const { best, counts } = dominantCountry(cands, entryCode);
  if (best) return { country: best, byDateline: false, dominant: true };
  const dateline = DATELINE.test(doc.text) ? datelineCountry(doc, cands, entryCode) : null;
  if (dateline) return { country: dateline, byDateline: counts.size > 1, dominant: false };
  return counts.size === 1 ? { country: [...counts.keys()][0] as string, byDateline: false, dominant: false } : null;
}

/**
 * The country an article is about: the one with at least two mentions, DOMINANT_SHARE of all country-coded
 * mentions, that is also the first country or place named (headline, dateline, lead: where most stories are set);
 * null when none is. `counts` holds the mentions per country. Candidates `skip` accepts are left out.
 */
function dominantCountry(
  cands: readonly Cand[],
  entryCode: (ref: number) => string | null,
  skip: (c: Cand) => boolean = () => false,
): { best: string | null; counts: Map<string, number>; leading: string | null } {
  const counts = new Map<string, number>();
  let total = 0;
  let first: { s: number; country: string } | null = null;
  for (const c of cands) {
    if (c.drop || skip(c)) continue;
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
  const dominant = best !== null && most >= 2 && most >= DOMINANT_SHARE * total && first?.country === best;
  // the first country named that no other outnumbers or equals: where a story about several countries is set
  const tied = [...counts.values()].filter((n) => n === most).length > 1;
  const leading = best !== null && most >= 2 && !tied && first?.country === best ? best : null;
  return { best: dominant ? best : null, counts, leading };
}

/**
 * In a story about several countries none of which dominates, a state's office named alone ("Congress", "the
 * Defense Department", "Parliament") is of the country the story opens with when that country is also the one
 * named most often: wire copy and broadcasters name their own country's institutions bare and give foreign ones
 * their country ("Iran's Industry Ministry"). Plural groups and other nominals ("officials") keep none, as they
 * may be any of the countries'; reporters take the wire dateline's country (`pressCountry`).
 */
function placeInstitutionsByPlurality(doc: Document, cands: Cand[], entryCode: (ref: number) => string | null): void {
  const lead = dominantCountry(cands, entryCode).leading;
  // (without a dateline, where the press met is not said: "The French president told reporters" in a BBC story)
  const press = pressCountry(doc, cands, entryCode);
  for (const c of cands) {
    if (c.drop) continue;
    if (lead && c.institution && c.code === null && c.role) c.code = `${lead}${c.role}`;
    // "X told reporters": the press where the story is filed
    else if (press && c.code === "---MED" && c.agent && !c.unplaced) c.code = `${press}MED`;
  }
}

/**
 * The country of a wire dateline's place, whoever the story is about: reporters a visiting minister "told" are
 * the press where he spoke ("WASHINGTON - French Finance Minister X told reporters"). Null without a dateline.
 */
function pressCountry(doc: Document, cands: readonly Cand[], entryCode: (ref: number) => string | null) {
  if (!DATELINE.test(doc.text)) return null;
  const first = cands.find((c) => !c.drop && c.s === 0);
  return first && (first.kind === "country" || first.kind === "place") ? candCountry(first, entryCode) : null;
}

/**
 * Party names many countries use ("Conservative Party", "Labour", "Democrats", "Republicans"; entries marked
 * `generic` in the dictionary) belong to the country the article is about when that is another country and the
 * entry's own country is never named: "Conservative Party leader Ilkka Suominen" in a story about Finland is
 * FINPTY, not the British party. The mention becomes an organization outside the dictionary with that code. With
 * no dominant country, or with the entry's country named anywhere, the dictionary's code stands.
 */
export function placeGenericParties(cands: Cand[], lex: Lexicon, entryCode: (ref: number) => string | null): void {
  const isGeneric = (ref: number | undefined) =>
    ref !== undefined && ref >= 0 && lex.dict.entries[ref]?.generic === true;
  // the party's own mentions, and its members composed with it ("Conservative Party leader X")
  const generic = (c: Cand) => isGeneric(c.entry) || isGeneric(c.orgEntry);
  if (!cands.some((c) => !c.drop && generic(c))) return;
  const { best, counts } = dominantCountry(cands, entryCode, generic);
  if (!best) return;
  for (const c of cands) {
    if (c.drop || !generic(c)) continue;
    const ownCode = isGeneric(c.entry) ? entryCode(c.entry) : c.code;
    const own = countryOfCode(ownCode);
    if (!own || own === best || (counts.get(own) ?? 0) > 0) continue;
    // a body only some states have ("House of Commons": also=CAN) goes to the story's state only if it has one
    const entry = lex.dict.entries[(isGeneric(c.entry) ? c.entry : c.orgEntry) as number];
    if (entry?.alsoIn && !entry.alsoIn.includes(best)) continue;
    if (isGeneric(c.entry)) {
      c.entry = -1;
      c.unknown = true;
      c.kind = "organization";
    }
    // a body of a few states keeps its role (LEG); a party name and the members composed with it are the party
    c.code = `${best}${entry?.alsoIn ? ownCode?.slice(3, 6) || "PTY" : "PTY"}`;
  }
}

/** A country named at token k, by name or adjective: where it ends and its code. */
export type CountryAt = (k: number) => { end: number; country: string; city?: boolean } | null;

/**
 * Organizations outside the dictionary that carry a country in their name take it with the role their last
 * word gives: "Kenya Anti-Corruption Commission" → KENGOV, "Kenya Airways" → KENBUS, "Central Bank of Nigeria"
 * → NGABUS. The country must open the name or close it after "of [the]"; a country inside the name ("Bank for
 * Kenya Relief Fund") and organizations without a role word ("Kenya Football Federation") are left alone.
 */
export function placeNamedOrganizations(
  doc: Document,
  cands: Cand[],
  countryAt: CountryAt,
  forms: ReadonlySet<string> = new Set(),
): void {
  const norm = doc.tokens.norm;
  for (const c of cands) {
    if (c.drop || !c.unknown || c.kind !== "organization" || !c.role || c.code !== null) continue;
    const first = countryAt(c.nameStart);
    // (a place joined to the next word by a hyphen names no place: "Bristol-Myers")
    const joined = first?.city && norm[first.end] === "-";
    let country = first && first.end < c.e && !joined ? first.country : null;
    // (a firm's unit in a country closes its name, before the legal form: "Texaco Canada Inc", "Alcan Australia
    // Ltd"; a country, not a city: "McDonnell Douglas Corp")
    const end = forms.has(norm[c.e - 1] as string) ? c.e - 1 : c.e;
    for (let k = c.nameStart + 1; !country && k < end; k++) {
      const after = norm[k - 1] === "of" || (norm[k - 1] === "the" && norm[k - 2] === "of");
      const unit = c.role === "BUS" && end < c.e;
      if (!after && !unit) continue;
      const last = countryAt(k);
      // (nor the end of a longer place's name: "Caesars New Jersey Inc")
      const inside = !after && (countryAt(k - 1)?.end ?? 0) > k;
      if (last && last.end === end && (after || (!last.city && !inside))) country = last.country;
    }
    if (country) c.code = `${country}${c.role}`;
  }
}

/**
 * A media outlet outside the dictionary whose name opens with a broadcaster's or publisher's that the dictionary
 * has ("BBC Radio 4", "BBC World Service") is that outlet's, coded as it is: the BBC's country and sector.
 */
export function placeOutletsOfMedia(cands: Cand[], mediaAt: CountryAt): void {
  for (const c of cands) {
    if (c.drop || !c.unknown || c.kind !== "organization" || c.role !== "MED" || c.code !== null) continue;
    const owner = mediaAt(c.nameStart);
    if (owner && owner.end < c.e) c.code = owner.country;
  }
}

/**
 * A city (a place, or a capital standing for its country) written as the modifier of a common noun names where
 * something happens, not who acts: "the Moscow talks", "a Geneva meeting", "the Baghdad bombing". Such a name
 * stays a mention (of the place, without a code) instead of the country's: "The Moscow talks ended" is not
 * Russia ending anything. Agents after the name ("Moscow police", "the Baghdad government") were composed
 * before this runs, and a country's own name ("China trade") is left alone, as is a region named with its kind
 * ("Sindh province" is Sindh).
 */
const ARTICLES = new Set(["the", "a", "an"]);
/** Nouns after a region's name that say what it is, not what happens there: "Sindh province", "Jilin province". */
const DIVISION_NOUNS = new Set(["province", "region", "district", "state", "oblast", "governorate", "prefecture"]);

export function demoteModifierPlaces(doc: Document, cands: Cand[], lex: Lexicon): void {
  const T = doc.tokens;
  const starts = new Set(cands.filter((c) => !c.drop).map((c) => c.s));
  for (const c of cands) {
    if (c.drop || c.entry < 0 || c.form !== "name") continue;
    const n = c.e;
    const word = T.value[n];
    if (!word || !/^\p{Ll}+$/u.test(word) || starts.has(n) || DIVISION_NOUNS.has(word)) continue;
    // the name modifies the noun after it ("Moscow" → "summit"), or an article before a city that takes none
    // shows it ("The Moscow talks ended", where the tagger may read "talks" as a verb)
    const compound = T.pos[n] === "NOUN" && T.head[c.e - 1] === n && T.deprel[c.e - 1] === "compound";
    const nounLike = T.pos[n] === "NOUN" || T.xpos[n] === "VBZ";
    if (!compound && !(nounLike && ARTICLES.has(T.norm[c.s - 1] ?? ""))) continue;
    const en = lex.dict.entries[c.entry] as ActorEntry;
    const key = nameKey(doc.text.slice(T.start[c.nameStart] as number, T.end[c.e - 1] as number));
    const city = en.kind === "place" || (en.metonyms ?? []).some((m) => nameKey(m) === key);
    if (!city) continue;
    Object.assign(c, { entry: -1, unknown: true, kind: "place", code: null });
  }
}

/**
 * An institution "of" a person is that person's country's: "the military government of President Prosper
 * Avril" → HTIGOV, "the administration of Joe Biden" → USAGOV (the office's country, as "the president of
 * Kenya" names it).
 */
export function placeInstitutionsOfPeople(
  doc: Document,
  cands: Cand[],
  entryCode: (ref: number) => string | null,
): void {
  const byStart = new Map<number, Cand>();
  for (const c of cands) if (!c.drop) byStart.set(c.s, c);
  for (const c of cands) {
    if (c.drop || !c.agent || c.agent.kind !== "organization" || !c.code?.startsWith("---")) continue;
    if (doc.tokens.norm[c.e] !== "of") continue;
    const owner = byStart.get(c.e + 1);
    const country = owner?.kind === "person" ? candCountry(owner, entryCode) : null;
    if (country) c.code = `${country}${c.code.slice(3)}`;
  }
}

/** Roles of a state's own institutions: an office named alone ("the Senate", "the Navy") is its country's. */
const STATE_ROLES = new Set(["GOV", "MIL", "COP", "LEG", "JUD", "SPY"]);

/**
 * Names the recognizer found that are a state's office and nothing more ("the Senate", "Congress", "the Finance
 * Ministry", "the Department of Justice", "the Navy") are institutions, as the same words read as a phrase are
 * (rule-composite `properInstitution`): the story's country is theirs. The whole name must be one office phrase
 * of the agents list, or a ministry or department named by its portfolio ("Employment Department", "Ministry of
 * Finance"). Bodies the phrase list lacks ("Commission", "Council": the EC's as often as a state's) stay
 * unplaced, and so does a name with a country or other name in it.
 */
export function markOfficeNames(doc: Document, cands: Cand[], keys: readonly string[], lex: Lexicon): void {
  const T = doc.tokens;
  for (const c of cands) {
    if (c.drop || !c.unknown || c.kind !== "organization" || c.code !== null || c.institution) continue;
    const a = c.nameStart;
    const m = lex.agents.longest(keys, T.value, a, c.e, false);
    const ag = m && m.end === c.e ? lex.dict.agents[(m.hits[0] as { ref: number }).ref] : undefined;
    let role = ag && ag.kind === "organization" && !ag.owned && !ag.abroad && !m?.hits[0]?.plural ? ag.role : null;
    if (!role && (portfolioOffice(keys, a, c.e) || NATIONAL_BANKS.has(keys.slice(a, c.e).join(" ")))) role = "GOV";
    if (!role || !STATE_ROLES.has(role) || partOfFirm(doc, cands, c, keys)) continue;
    c.role = role;
    c.institution = true;
  }
}

/** A state's central bank named without its country ("the National Bank said", under ZURICH or VIENNA). */
const NATIONAL_BANKS = new Set(["national bank", "reserve bank"]);

/** Words that open a name of a firm's or an international body's unit, never a state's ministry. */
const NOT_PORTFOLIO = new Set(["international", "world", "european", "company", "corporate", "group"]);

/**
 * "Ministry of Finance", "Department of Justice", "Employment Department", "Treasury Department": a ministry or
 * department named by its portfolio (two or three words before it, or "of" and up to three after it).
 */
function portfolioOffice(keys: readonly string[], a: number, e: number): boolean {
  const n = e - a;
  const first = keys[a] as string;
  const last = keys[e - 1] as string;
  if (NOT_PORTFOLIO.has(first)) return false;
  if ((first === "ministry" || first === "department") && keys[a + 1] === "of") return n >= 3 && n <= 6;
  return (last === "ministry" || last === "department") && n >= 2 && n <= 3;
}

/**
 * Whether an office word opens or belongs to a firm's name or unit: "the Supply Department at Exxon Corp", "Congress
 * Financial Group" (a name the recognizer cut after its first word, whose rest ends with a company word).
 */
function partOfFirm(doc: Document, cands: readonly Cand[], c: Cand, keys: readonly string[]): boolean {
  const T = doc.tokens;
  const next = T.norm[c.e];
  if (next === "at" || next === "of") {
    const owner = cands.find((o) => !o.drop && o.s === c.e + 1);
    if (owner?.kind === "organization" && owner.role === "BUS") return true;
    // (a department named by its trade, then whose: "the Mergers and Acquisitions Department of the broker's office")
    const last = keys[c.e - 1];
    if ((last === "department" || last === "division") && keys[c.nameStart + 1] !== "of") return true;
  }
  let k = c.e;
  while (k < c.e + 4 && /^\p{Lu}/u.test(T.value[k] ?? "") && T.sentence[k] === T.sentence[c.s]) k++;
  return k > c.e && FIRM_ENDS.has(keys[k - 1] as string);
}

/** Last words of firms' names ("Financial Group", "Holdings Corp"). */
const FIRM_ENDS = new Set(["group", "corp", "inc", "co", "ltd", "plc", "holdings", "bank", "fund", "trust"]);

/** Whether a and b are in one list: between them only names, commas, "and"/"or" and articles. */
export function inOneList(doc: Document, cands: readonly Cand[], a: Cand, b: Cand): boolean {
  const T = doc.tokens;
  if (T.sentence[a.s] !== T.sentence[b.s]) return false;
  const [from, to] = a.s < b.s ? [a.e, b.s] : [b.e, a.s];
  let joined = false;
  for (let k = from; k < to; k++) {
    const w = T.norm[k] as string;
    const inside = cands.find((o) => !o.drop && o.s <= k && k < o.e);
    if (inside) {
      k = inside.e - 1;
      continue;
    }
    if (w === "," || w === "and" || w === "or") joined = true;
    // (the rest of a name the recognizer cut: "officials in the Tokyo | Stock Exchange, the Ministry of Finance")
    else if (w !== "the" && w !== "a" && w !== "an" && !/^\p{Lu}/u.test(T.value[k] as string)) return false;
  }
  return joined;
}

/**
 * Members of an international body named again by their head noun alone ("EC foreign ministers met … Ministers
 * will meet again", "The ministers said") are the body's members named before: such a group takes the code of
 * every earlier group with that head noun when all are of one international body (IGO…/NGO…). A country's groups
 * named before are not followed ("Japanese officials … officials": the story's country decides, as before), nor
 * are two bodies', nor a person named by office ("the minister").
 */
export function placeRepeatedGroups(doc: Document, cands: Cand[]): void {
  const T = doc.tokens;
  const byHead = new Map<string, Set<string>>();
  const live = cands.filter((c) => !c.drop && c.entry < 0).sort((a, b) => a.s - b.s);
  for (const c of live) {
    if (!c.agent || (c.agent.kind === "person" && !c.plural) || !c.code) continue;
    const head = c.agent.phrase.slice(c.agent.phrase.lastIndexOf(" ") + 1);
    const det = T.norm[c.s] as string;
    if (c.code.startsWith("---")) {
      const seen = byHead.get(head);
      const possessive = PERSON_POSSESSIVES.has(det) || BODY_POSSESSIVES.has(det);
      const body = seen?.size === 1 ? ([...seen][0] as string) : "";
      if (body !== "" && !possessive && !c.unplaced) c.code = body;
      continue;
    }
    if (c.agent.peer) continue;
    const set = byHead.get(head) ?? new Set<string>();
    // (a country's group counts as "" so that it blocks a body's: "EC and U.S. officials … officials")
    set.add(isInternationalBody(c.code) ? c.code : "");
    byHead.set(head, set);
  }
}
