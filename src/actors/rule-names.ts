/**
 * Rules 2–4 of the scan: a title or honorific before a name ("President Vladimir Putin", "Mr Xi"), a dictionary
 * phrase (longest match in the token trie), and a name the trained recognizer found, which the dictionary codes
 * when it knows the whole name. docs/actors.md.
 */

import type { EntityKind } from "../contract.js";
import { type Document, isGluedHyphen } from "../nlp/document.js";
import { usuallyLower } from "../nlp/lexical.js";
import { syntaxModels } from "../nlp/syntax.js";
import type { Cand, NameCues } from "./candidates.js";
import { isoDateAt, TIME_WORDS } from "./candidates.js";
import { committeeTailEnd, isLegislature } from "./committees.js";
import { type ActorEntry, countryOfCode } from "./dictionary.js";
import { type Hit, type Lexicon, nameRef } from "./lexicon.js";
import type { NameSpan } from "./names.js";

import { KIND_OF_TYPE, type Scan } from "./scan.js";

/** 2. honorific or capitalized title before a name ("Mr Xi", "Gen. Valery Gerasimov", "striker Alan Shearer"). */
export function tryHonorific(S: Scan, i: number): number {
  const k = S.keys[i] as string;
  // "Conservative Party" is a dictionary name, not the title "Conservative" before a name.
  if (!S.cues.honorifics.has(k) || S.actorAt(i)) return -1;
  let j = i + 1;
  if (S.norm[j] === ".") j++;
  const nm = S.nameAt(j, ["person"]);
  if (!nm) return -1;
  // "Liberal Party", "Justice Department": a name opening with an organization word is no person's ("Mr. Steel" is).
  if (S.cues.orgSuffix.has(S.keys[j] as string) && !PERSONAL_TITLES.test(k)) return -1;
  // Capitalized titles belong to the mention ("President Vladimir Putin"); lower-case role nouns do not.
  const s0 = S.isCap(i) ? i : j;
  const idx = S.pushName(s0, j, nm, null);
  const c = S.cands[idx] as Cand;
  c.kind = "person";
  c.titled = true;
  if (/^(mrs|ms|miss|lady|dame|queen|princess)$/.test(k)) c.gender = "f";
  else if (/^(mr|sir|lord|king|prince)$/.test(k)) c.gender = "m";
  return nm.e;
}

/**
 * "Canadian General Electric Co Ltd", "the General Agreement on Tariffs and Trade": the rank "General" opening the
 * name of a firm or a treaty, not a title before a person. The name after it holds an organization word ("Co",
 * "Ltd") or opens with a word news writes in lower case ("Electric", "Agreement", "Motors"). Other titles are left
 * alone ("President of the Coffee Institute", "Mr Brown").
 */
export function rankInOrgName(S: Scan, k: string, j: number, e: number): boolean {
  if (k !== "general") return false;
  for (let t = j; t < e; t++) if (S.cues.orgSuffix.has(S.keys[t] as string)) return true;
  return usuallyLower(syntaxModels().clusters, S.values[j] as string);
}

/** 3. dictionary phrase; extended into a longer organization name when followed by a suffix word. */
export function tryDictionary(S: Scan, i: number): number {
  let m = S.actorAt(i);
  let nameStart = i;
  // "the UN Security Council": a longer name right after "the" beats the "the UN" alias.
  if (S.norm[i] === "the") {
    const m2 = S.actorAt(i + 1);
    if (m2 && (!m || m2.end > m.end)) {
      i++;
      nameStart = i;
      m = m2;
    } else if (m2 && m2.end === m?.end) {
      // "The United States", "The State Department": the name is known without "the", so a sentence-initial
      // "The" is no part of it (as in CoNLL); "The Hague", known only with it, keeps it.
      nameStart = i + 1;
    }
  }
  if (!m) return -1;
  // A longer name found by the recognizer wins ("New Mexico" is not Mexico, "Mahan Air" not a place).
  const x = S.nerAt(i);
  if (x && !x.demoted && x.e > m.end) return -1;
  const h = m.hits[0] as Hit;
  const en = S.entries[h.ref] as ActorEntry;
  // A name the recognizer reads as another kind of thing is left to it: a city named as a team ("CHICAGO 71 64")
  // is an organization, "Jordan scored" a person.
  const xKind = x ? KIND_OF_TYPE[x.type] : null;
  if (x && xKind && x.e === m.end && h.form === "name" && !kindsAgree(xKind, en)) return -1;
  if (h.form !== "nominal" && en.kind !== "person" && !S.capsUseless && S.capWord(m.end) && !S.actorAt(m.end)) {
    const run = S.unknownRun(m.end);
    if (run && run[0] === m.end) {
      const last = S.keys[run[1] - 1] as string;
      // "Seattle Mariners", "Manchester United", "China Daily": a place followed by a team or company word.
      const team = en.kind === "place" && run[1] - run[0] === 1 && /[a-z]s$/.test(S.values[run[0]] as string);
      if (S.cues.orgSuffix.has(last) || S.cues.placeSuffix.has(last) || team) {
        const c: Cand = { s: i, e: run[1], nameStart: i, form: "name", kind: "organization", entry: -1, code: null };
        c.unknown = true;
        S.push(c);
        return run[1];
      }
    }
  }
  // A city followed by a score is a team in a results line ("Chicago 4 HOUSTON 3").
  if (en.kind === "place" && S.T.type[m.end] === "number" && !isoDateAt(S.T, m.end)) {
    const t: Cand = { s: i, e: m.end, nameStart: i, form: "name", kind: "organization", entry: -1, code: null };
    t.unknown = true;
    S.push(t);
    return m.end;
  }
  // "the Commons intelligence committee": the committee's whole name, with its legislature's code (committees.ts)
  const tail = h.form === "name" && isLegislature(en, S.entryCode(h.ref)) ? committeeTailEnd(S, m.end) : -1;
  if (tail > 0) {
    const k: Cand = { s: i, e: tail, nameStart, form: "name", kind: "organization", entry: -1, code: null };
    Object.assign(k, { unknown: true, orgEntry: h.ref, code: S.entryCode(h.ref) });
    S.push(k);
    return tail;
  }
  const c: Cand = { s: i, e: m.end, nameStart, form: h.form, kind: en.kind, entry: h.ref, code: null };
  if (en.gender) c.gender = en.gender;
  S.push(c);
  return m.end;
}

/** 4. a name found by the recognizer, coded by the dictionary when it knows the whole name. */
export function tryRecognized(S: Scan, i: number): number {
  const x = S.nerAt(i);
  if (!x) return -1;
  const kind = KIND_OF_TYPE[x.type];
  // MISC (an event, a nationality, a product) is no actor, nor are the words inside it; but a name Dyad read as
  // no name (`trimNames`: "Ethnic Albanians", "Bosnian Serbs") leaves its words to the other rules.
  if (!kind) return x.demoted ? -1 : x.e;
  const a = x.s;
  const b = x.e;
  // "Airbus Industrie", "Halvorsen Corp": a legal-form word ending the name makes it a company whatever the
  // recognizer's type; read as a person, the firm's "it" went to the dateline's country
  const firm = kind === "person" && b - a >= 2 && S.cues.companyForms.has(S.keys[b - 1] as string);
  const ref = nameRef(S.lex, S.spanText(a, b));
  // The dictionary codes the name unless the recognizer reads it as another kind of thing: a city named as a
  // team ("CHICAGO 71 64") is an organization, "Jordan scored" a person.
  if (ref !== undefined && kindsAgree(kind, S.entries[ref] as ActorEntry, placeContext(S, a, b))) {
    const en = S.entries[ref] as ActorEntry;
    const c: Cand = { s: a, e: b, nameStart: a, form: "name", kind: en.kind, entry: ref, code: null, ner: true };
    if (en.gender) c.gender = en.gender;
    S.push(c);
    return b;
  }
  const c: Cand = {
    s: a,
    e: b,
    nameStart: a,
    form: "name",
    kind: firm ? "organization" : kind,
    entry: -1,
    code: null,
    unknown: true,
    ner: true,
  };
  // "South Darfur State", "North Kivu Province": a place named after a known place lies in its country.
  const tail = S.keys[b - 1] as string;
  // "South Lebanon", "Northern Iraq": a region named by a compass word before a known country lies in it.
  if (kind === "place" && b - a > 1 && COMPASS.test(S.keys[a] as string)) {
    const inner = S.actorAt(a + 1, (h) => h.form === "name");
    const country = inner && inner.end === b ? S.placeCountry((inner.hits[0] as Hit).ref) : null;
    if (country) c.within = country;
  }
  // A body of water named after a country ("South China Sea", "Persian Gulf") is no part of it: shared or disputed
  // water is a place where things happen, never that country acting or acted on.
  if (kind === "place" && S.cues.placeSuffix.has(tail) && !S.cues.waterSuffix.has(tail)) {
    for (let k = a; k < b - 1; k++) {
      const inner = S.actorAt(k, (h) => h.form === "name");
      const country = inner && inner.end < b ? S.placeCountry((inner.hits[0] as Hit).ref) : null;
      if (country) {
        c.within = country;
        break;
      }
    }
  }
  if (a > 0 && S.cues.honorifics.has(S.keys[a - 1] as string)) c.titled = true;
  // An organization's last word may say what it is ("Avonvale Police" → ---COP, "Brightwater Holdings" → ---BUS).
  if (c.kind === "organization") c.role = S.orgRole(a, b);
  S.push(c);
  return b;
}

const COMPASS =
  /^(north|south|east|west|northern|southern|eastern|western|central|upper|lower|northeast|northwest|southeast|southwest)$/;

/**
 * Does the name [a, b) stand where places stand? Several words (people's names seldom match a place's whole
 * multi-word name), after a place preposition or a compass adjective, or between commas after a town, as in the dateline "Scarborough, Ontario, Feb 26".
 */
function placeContext(S: Scan, a: number, b: number): boolean {
  let words = 0;
  for (let t = a; t < b; t++) if (/^\p{L}/u.test(S.values[t] as string)) words++;
  if (words >= 2) return true;
  const prev = a > 0 ? (S.keys[a - 1] as string) : "";
  if (S.cues.placePreps.has(prev) || COMPASS.test(prev)) return true;
  const next = b < S.keys.length ? (S.keys[b] as string) : "";
  return prev === "," && a > 1 && S.isCap(a - 2) && /^(,|\(|-|--|\.|)$/.test(next);
}

const PERSONAL_TITLES = /^(mr|mrs|ms|miss|dr|sir|dame|lord|lady|madame|mme|mlle|herr|frau|senor|senora)$/;

/**
 * Names as Dyad reads them: a title the recognizer took in is left to the title rules ("Inspector Mara Quell" →
 * title + "Mara Quell"), "of" + a known country or place ends a person's name ("Tamar of Lesotho" → "Tamar",
 * Lesotho), and a name made only of words that are no names alone ("New Year's", "Thousands", "President") or
 * ending in a calendar word is none (it becomes MISC: no actor, and its words are no unknown names either).
 */
export function trimNames(
  doc: Document,
  names: readonly NameSpan[],
  keys: readonly string[],
  cues: NameCues,
  lex: Lexicon,
): NameSpan[] {
  const T = doc.tokens;
  const common = (k: number) => {
    const key = keys[k] as string;
    return cues.notNames.has(key) || cues.honorifics.has(key) || key === "'s" || T.type[k] !== "word";
  };
  return names.map((x) => {
    // "Mr. Erdoğan", "Dr. Ana Petrov": a personal title says it is a person.
    if (x.e - x.s > 1 && PERSONAL_TITLES.test(keys[x.s] as string) && x.type !== "PER") x = { ...x, type: "PER" };
    // "Governor of New Mexico", "Mayor of Paris": the office is no part of the place's name.
    if (x.e - x.s > 2 && cues.honorifics.has(keys[x.s] as string) && keys[x.s + 1] === "of") {
      const s = x.s + 2;
      return { ...x, s, start: T.start[s] as number, type: "LOC" as const };
    }
    // A calendar word after a name is no part of it ("Serbia Friday", "Kohl Monday").
    let end = x.e;
    while (end - x.s > 1 && TIME_WORDS.test(keys[end - 1] as string)) end--;
    if (end < x.e) x = { ...x, e: end, end: T.end[end - 1] as number };
    let all = true;
    for (let k = x.s; k < x.e && all; k++) all = common(k);
    const last = keys[x.e - 1] === "'s" && x.e - x.s > 1 ? x.e - 2 : x.e - 1;
    if (all || TIME_WORDS.test(keys[last] as string) || functionWordName(doc, x) || ledCompound(doc, x)) {
      return { ...x, type: "MISC" as const, demoted: true };
    }
    // "Ethnic Albanians", "Young Algerians": a name ending in a demonym of the dictionary is a description, unless
    // the recognizer read a name (not MISC) with a proper noun that is no demonym before it: "Cleveland Indians"
    // is a team, while "Sierra Leonean" (MISC) is left to the demonym rules.
    for (let k = x.s; k < x.e; k++) {
      const d = lex.actors.longest(keys, T.value, k, x.e, false, (h) => h.form === "demonym");
      // namedBefore scans the words before k (dictionary lookups each): only asked when a demonym ends the name
      // (perf1: asked at every word, its lookups grew with the square of the name's length)
      if (!d || d.end !== x.e) continue;
      const team = x.type !== "MISC" && namedBefore(doc, lex, keys, x.s, k);
      if (!team) return { ...x, type: "MISC" as const, demoted: true };
    }
    x = cutBeforePlace(doc, cutCompoundBeforePlace(doc, x, keys, lex), keys, lex);
    x = cutBeforeTitle(doc, x, keys, cues, lex);
    if (x.type !== "PER") return x;
    let s = x.s;
    let e = x.e;
    while (e - s > 1 && cues.honorifics.has(keys[s] as string) && !cues.givenNames.has(keys[s] as string)) s++;
    for (let k = s + 1; k < e - 1; k++) {
      if (keys[k] !== "of") continue;
      if (placeNameSpans(doc, keys, lex, k + 1, e)) {
        e = k;
        break;
      }
    }
    return s === x.s && e === x.e ? x : { ...x, s, e, start: T.start[s] as number, end: T.end[e - 1] as number };
  });
}

/** Whether the name of a known country or place runs exactly over tokens [from, end). */
function placeNameSpans(doc: Document, keys: readonly string[], lex: Lexicon, from: number, end: number): boolean {
  const m = lex.actors.longest(keys, doc.tokens.value, from, end, false, (h) => {
    const kind = (lex.dict.entries[h.ref] as ActorEntry).kind;
    return h.form === "name" && (kind === "country" || kind === "place");
  });
  return m !== null && m.end === end;
}

/**
 * "in" + a known country or place ending a recognized name is where the named thing is, not part of its name:
 * "Standard Chartered Bank in Taipei", "the Liberal Democrats in Leeds" → the organization, then the place. A
 * name the dictionary knows whole keeps its "in" ("Organization for Security and Co-operation in Europe").
 */
function cutBeforePlace(doc: Document, x: NameSpan, keys: readonly string[], lex: Lexicon): NameSpan {
  const T = doc.tokens;
  if (x.type === "MISC" || nameRef(lex, doc.text.slice(x.start, x.end)) !== undefined) return x;
  for (let k = x.s + 1; k < x.e - 1; k++) {
    if (keys[k] !== "in") continue;
    const at = keys[k + 1] === "the" ? k + 2 : k + 1;
    if (placeNameSpans(doc, keys, lex, at, x.e)) return { ...x, e: k, end: T.end[k - 1] as number };
  }
  return x;
}

/**
 * An organization's name the recognizer ran on into its officer's title and name ("Senate Budget Committee
 * Chairman Lawton Chiles", "Exco Chairman Richard Lacy", as one organization or one person) ends before the
 * title, which the title rules then read with the person's name. Only where the part before is plainly a name of
 * its own (`organizationBeforeTitle`); "Trade and Industry Secretary X" and "Georgia Power Chairman X" are left.
 */
function cutBeforeTitle(doc: Document, x: NameSpan, keys: readonly string[], cues: NameCues, lex: Lexicon): NameSpan {
  const T = doc.tokens;
  if (x.e - x.s < 3 || nameRef(lex, doc.text.slice(x.start, x.end)) !== undefined) return x;
  for (let k = x.s + 1; k < x.e - 1; k++) {
    const m = lex.agents.longest(keys, T.value, k, x.e, false);
    const title = m?.hits.some((h) => lex.dict.agents[h.ref]?.title === true) ?? false;
    // the title must be followed by a name, not by more of the title ("Council of Economic Advisers Chairman")
    if (!m || !title || m.end >= x.e || !/^\p{Lu}/u.test(T.value[m.end] as string)) continue;
    if (lex.agents.longest(keys, T.value, m.end, x.e, false) || keys[k] === "general") return x;
    return organizationBeforeTitle(doc, keys, cues, lex, x.s, k)
      ? { ...x, e: k, end: T.end[k - 1] as number, type: "ORG" }
      : x;
  }
  return x;
}

/**
 * Whether tokens [s, k) before a title name an organization of their own: a capitalized word that is no
 * adjective ("Exco", "IBM"; not "Federal Judge X"), a dictionary organization, or a name ending in an
 * organization word ("Senate Budget Committee"). A place before a title is its office's country ("Michigan
 * Governor X"), which the title rules compose.
 */
function organizationBeforeTitle(
  doc: Document,
  keys: readonly string[],
  cues: NameCues,
  lex: Lexicon,
  s: number,
  k: number,
): boolean {
  const T = doc.tokens;
  const ref = nameRef(lex, doc.text.slice(T.start[s], T.end[k - 1]));
  if (ref !== undefined) {
    const kind = (lex.dict.entries[ref] as ActorEntry).kind;
    return kind === "organization";
  }
  // one word: a name, not an adjective describing the office ("Federal Judge X", "Senior Minister X")
  if (k - s === 1) return T.pos[s] !== "ADJ" && !usuallyLower(syntaxModels().clusters, T.value[s] as string);
  return cues.orgSuffix.has(keys[k - 1] as string);
}

/**
 * A glued compound or a demonym before a known country or place describes it and is no part of its name:
 * "Israeli-occupied West Bank", "Syrian Golan Heights" → the place alone (a demonym is left to the dictionary).
 */
function cutCompoundBeforePlace(doc: Document, x: NameSpan, keys: readonly string[], lex: Lexicon): NameSpan {
  const T = doc.tokens;
  if (x.e - x.s < 2 || nameRef(lex, doc.text.slice(x.start, x.end)) !== undefined) return x;
  const glued = isGluedHyphen(T, x.s + 1) && /^\p{Ll}/u.test(T.value[x.s + 2] as string);
  // A demonym only before a place of its own country ("Syrian Golan Heights", not "U.S. Gulf" or "UK Las Vegas").
  const demonym = glued ? null : lex.actors.longest(keys, T.value, x.s, x.e, false, (h) => h.form === "demonym");
  const at = glued ? x.s + 3 : demonym ? demonym.end : x.e;
  if (x.e <= at || !placeNameSpans(doc, keys, lex, at, x.e)) return x;
  if (demonym) {
    const place = lex.actors.longest(keys, T.value, at, x.e, false, (h) => h.form === "name");
    const own = entryCountry(lex, (demonym.hits[0] as Hit).ref);
    if (!place || own === null || entryCountry(lex, (place.hits[0] as Hit).ref) !== own) return x;
  }
  return { ...x, s: at, start: T.start[at] as number, type: "LOC" as const };
}

/** Country of a dictionary entry's latest code. */
function entryCountry(lex: Lexicon, ref: number): string | null {
  const codes = (lex.dict.entries[ref] as ActorEntry).codes;
  return countryOfCode(codes[codes.length - 1]?.code);
}

/**
 * A MISC compound ending in a glued lower-case word ("US-led", "Iranian-backed", "Kabul-based") describes something
 * by its actor or place: demoted, so that the dictionary still finds "US" in "the US-led war".
 */
function ledCompound(doc: Document, x: NameSpan): boolean {
  if (x.type !== "MISC" || x.e - x.s < 3) return false;
  const last = x.e - 1;
  return isGluedHyphen(doc.tokens, last - 1) && /^\p{Ll}/u.test(doc.tokens.value[last] as string);
}

/** Closed-class tags and adverbs: a one-word "name" tagged so is seldom a name. */
const FUNCTION_TAGS = new Set(["INTJ", "ADV", "PRON", "DET", "AUX", "SCONJ", "CCONJ", "PART", "ADP"]);

/** Capitalization rate of names: at or above it a word is a name wherever it stands. */
const NAME_CASE_RATE = 192;

/**
 * A one-word name that is an interjection ("Oh", "Yeah" opening a quote, but not a name mistagged so, "O'Brien"), a function word or adverb that news text
 * writes in lower case inside sentences ("Who", "Next"), or an "-ly" adverb of a lower-case adjective
 * ("Superficially", "Regrettably", "Symbolically", whatever the tagger made of it): the recognizer read the capital
 * of a sentence or quote start as a name. Words news text capitalizes ("OPEC", "Yukos", "Wales", mistagged as
 * pronouns) and names in "-ly" ("Kelly", "Italy": no such adjective) stay names.
 */
function functionWordName(doc: Document, x: NameSpan): boolean {
  if (x.e - x.s !== 1) return false;
  const tag = doc.tokens.pos[x.s] as string;
  const word = doc.tokens.value[x.s] as string;
  if (word.length > 1 && word === word.toUpperCase()) return false;
  const lower = word.toLowerCase();
  // Interjections open quotes, so news text capitalizes them often ("oh" 142/255); names nearly always.
  if (tag === "INTJ" && capitalRate(lower) < NAME_CASE_RATE) return true;
  const lowerInNews = (w: string) => usuallyLower(syntaxModels().clusters, w);
  if (FUNCTION_TAGS.has(tag) && lowerInNews(lower)) return true;
  return lower.length > 5 && lower.endsWith("ly") && adverbStems(lower).some(lowerInNews);
}

/** Adjectives an "-ly" adverb may come from: "lastly" → last, "happily" → happy, "symbolically" → symbolic. */
function adverbStems(adverb: string): string[] {
  const stem = adverb.slice(0, -2);
  const stems = [stem];
  if (stem.endsWith("i")) stems.push(`${stem.slice(0, -1)}y`);
  if (stem.endsWith("ical")) stems.push(stem.slice(0, -2));
  if (stem.endsWith("b")) stems.push(`${stem}le`);
  return stems;
}

/** How often (0–255) news text capitalizes the word inside sentences; 255 for words it does not know. */
function capitalRate(word: string): number {
  return syntaxModels().clusters.get(word)?.[2] ?? 255;
}

/** Is one of tokens [from, to) a proper noun that is no demonym ("Cleveland" of "Cleveland Indians")? */
function namedBefore(doc: Document, lex: Lexicon, keys: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (doc.tokens.pos[k] !== "PROPN") continue;
    const d = lex.actors.longest(keys, doc.tokens.value, k, k + 1, false, (h) => h.form === "demonym");
    if (!d) return true;
  }
  return false;
}

/**
 * May a dictionary entry code a name the recognizer typed as `ner`? Imported TABARI entries carry no kind (it is
 * guessed from the code), so they always may.
 */
function kindsAgree(ner: EntityKind, en: ActorEntry, placeContext = false): boolean {
  // People and organizations the dictionary names are what it says ("Qassem Soleimani", "the White House").
  if (en.id.startsWith("tabari:") || en.kind === "person" || en.kind === "organization" || en.kind === "group") {
    return true;
  }
  // A city read as an organization is a team ("CHICAGO 71 64"); a country or city read as a person is one
  // ("Jordan scored"); a country read as an organization stays the country (national teams, governments).
  // A known place the recognizer read as a person is still the place where its context says so ("northern
  // Karnataka", "Scarborough, Ontario", "New Hampshire"); a lone name in a person's slot stays a person.
  if (ner === "person") return placeContext;
  if (ner === "organization") return en.kind === "country";
  return true;
}
