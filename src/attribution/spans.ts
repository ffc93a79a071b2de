/**
 * Span helpers for the attribution stage: quotation-mark regions and noun-phrase (speaker/source) detection.
 * Everything works on the Document's token columns; character spans are built from token offsets so that
 * `text.slice(start, end) === span.text` always holds.
 */
import type { ActorLayer } from "../actors/types.js";
import type { EntityRef, Span } from "../contract.js";
import type { Document } from "../nlp/document.js";
import { clauseWords } from "./lexicon.js";

export function span(doc: Document, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

/** Character span of tokens [from, to). */
export function tokSpan(doc: Document, from: number, to: number): Span {
  return span(doc, doc.tokens.start[from] as number, doc.tokens.end[to - 1] as number);
}

/** A quoted stretch: one piece per paragraph it spans (marks included), and its token range. */
/** A token that is (part of) a quotation mark: ", “, ”, „ or one apostrophe of a doubled '' mark. */
export function isMarkToken(doc: Document, t: number): boolean {
  const n = doc.tokens.norm[t];
  if (n === '"') return true;
  if (n !== "'") return false;
  const s = doc.tokens.start[t] as number;
  return doc.text[s + 1] === "'" || doc.text[s - 1] === "'";
}

export interface QuoteRegion {
  pieces: [number, number][];
  /** First token (the opening mark) and one past the last token (the closing mark, or the paragraph end). */
  tokFrom: number;
  tokTo: number;
  closed: boolean;
  /** Word tokens inside the marks. */
  words: number;
}

const OPEN_CURLY = "\u201C";
const CLOSE_CURLY = "\u201D";
const isOpeningChar = (c: string) => c === OPEN_CURLY || c === '"' || c === "\u201E";

/**
 * Finds double-quoted regions. Curly marks pair by shape, straight marks by alternation within a paragraph.
 * A paragraph that ends inside a quote continues it when the next paragraph opens with a mark (the news
 * convention for multi-paragraph quotes); otherwise the quote ends with its paragraph.
 */
export function quoteRegions(doc: Document, tokenIndex: (offset: number) => number): QuoteRegion[] {
  const { text } = doc;
  const out: QuoteRegion[] = [];
  let carry: [number, number][] = [];
  for (let p = 0; p < doc.paragraphs.count; p++) {
    const ps = doc.paragraphs.start[p] as number;
    const pe = doc.paragraphs.end[p] as number;
    let openAt = -1;
    for (let i = ps; i < pe; i++) {
      let c = text[i] as string;
      // Two apostrophes stand for a straight double mark in some wire copy (''This works,'' said …).
      let width = 1;
      // ''…, 'the ferry is late,''' (three apostrophes while a double mark is open): the first closes the
      // inner single quotation, the last two the double one
      if (c === "'" && openAt >= 0 && text[i + 1] === "'" && text[i + 2] === "'") i++;
      if (c === "'" && text[i + 1] === "'") {
        c = '"';
        width = 2;
      }
      if (c !== '"' && c !== OPEN_CURLY && c !== CLOSE_CURLY && c !== "\u201E") continue;
      // “It's late,“ she said: an opening curly mark glued to the word before it and followed by a space or
      // punctuation closes the open quotation (a typing slip some copy makes)
      const misShaped =
        c === OPEN_CURLY &&
        openAt >= 0 &&
        i > ps &&
        !/\s/.test(text[i - 1] as string) &&
        /^[\s,.;:!?)]?$/.test(text[i + 1] ?? "");
      const closes = openAt >= 0 && (c === '"' || c === CLOSE_CURLY || misShaped);
      if (closes) {
        i += width - 1;
        carry.push([openAt, i + 1]);
        out.push(makeRegion(doc, carry, true, tokenIndex));
        carry = [];
        openAt = -1;
      } else if (isOpeningChar(c)) {
        if (openAt >= 0) carry = []; // an opening mark while open: the earlier one was stray
        openAt = i;
        i += width - 1;
      }
      // A closing curly mark with nothing open is an apostrophe-like stray; ignored.
    }
    if (openAt >= 0) {
      carry.push([openAt, pe]);
      const ns = p + 1 < doc.paragraphs.count ? (doc.paragraphs.start[p + 1] as number) : -1;
      const next = ns >= 0 ? (text[ns] ?? "") : "";
      if (!isOpeningChar(next) && !(next === "'" && text[ns + 1] === "'")) {
        out.push(makeRegion(doc, carry, false, tokenIndex));
        carry = [];
      }
    } else carry = [];
  }
  return out;
}

function makeRegion(
  doc: Document,
  pieces: [number, number][],
  closed: boolean,
  tokenIndex: (offset: number) => number,
): QuoteRegion {
  const first = pieces[0] as [number, number];
  const last = pieces[pieces.length - 1] as [number, number];
  const tokFrom = tokenIndex(first[0]);
  let tokTo = tokenIndex(last[1] - 1) + 1;
  if (tokTo > doc.tokens.count) tokTo = doc.tokens.count;
  let words = 0;
  for (let t = tokFrom; t < tokTo; t++) if (doc.tokens.type[t] === "word" || doc.tokens.type[t] === "number") words++;
  return { pieces: pieces.map((x) => [x[0], x[1]] as [number, number]), tokFrom, tokTo, closed, words };
}

const POSSESSIVE_PRON = new Set(["my", "his", "her", "its", "our", "their", "your"]);
const NP_POS = new Set(["PROPN", "NOUN", "ADJ", "DET", "NUM"]);
const PRONOUNS = new Set([
  "he",
  "she",
  "they",
  "it",
  "we",
  "i",
  "you",
  "him",
  "her",
  "them",
  "us",
  "me",
  "who",
  "this",
  "that",
  "both",
  "some",
  "many",
  "others",
  "officials",
]);
/** Quantifiers that are a subject phrase of their own ("Most said", "Nearly half say"). */
const QUANTIFIER_SUBJECTS = new Set(["half", "most", "many", "both", "several", "few"]);
/** Tokens skipped between a subject and its verb ("has also said", "later told"). */
const VERB_PREFIX = new Set([
  "has",
  "have",
  "had",
  "is",
  "was",
  "were",
  "are",
  "will",
  "would",
  "could",
  "also",
  "then",
  "later",
  "again",
  "previously",
  "earlier",
  "once",
  "further",
  "repeatedly",
  "publicly",
  "privately",
  "recently",
  "now",
  "still",
  "quickly",
  "flatly",
  "did",
  "does",
  "do",
  "not",
  "n't",
  "never",
]);

/**
 * A capitalized word that the tagger did not call a noun ("Cook said", "Will Hurd said"): in news text a
 * capitalized word right before a cue verb is almost always part of a name.
 */
export function capitalized(doc: Document, t: number): boolean {
  const v = doc.tokens.value[t] ?? "";
  const c = v.charCodeAt(0);
  return (
    c >= 65 && c <= 90 && doc.tokens.type[t] === "word" && doc.tokens.pos[t] !== "PRON" && doc.tokens.pos[t] !== "DET"
  );
}

export interface NounPhrase {
  from: number;
  to: number;
  ref: EntityRef;
}

export function refFor(doc: Document, actors: ActorLayer, from: number, to: number): EntityRef {
  // The entity is the one of the phrase's head (its last mention); a possessor mention ("The Economist's
  // reports") stands for the phrase when the head noun is not itself a mention.
  let entity: string | null = null;
  for (let t = to - 1; t >= from && entity === null; t--) entity = entityAt(actors, t);
  if (entity === null && to === from + 1) entity = relativeAntecedent(doc, actors, from);
  const s = tokSpan(doc, from, to);
  return { ...s, entity };
}

const RELATIVE_PRONOUNS = new Set(["who", "that", "which"]);

/**
 * The entity a relative pronoun subject stands for: "drafted by Alex Greenwich, who said …". PolNeAR marks the
 * pronoun itself as the source span, but the speaker is the noun the relative clause modifies (the head of the
 * pronoun's `acl:relcl` verb in the parse). Null when the parse does not say so or that noun is no actor.
 */
function relativeAntecedent(doc: Document, actors: ActorLayer, t: number): string | null {
  const { head, deprel, norm, sentence } = doc.tokens;
  if (!RELATIVE_PRONOUNS.has(norm[t] as string) || !(deprel[t] as string).startsWith("nsubj")) return null;
  const verb = head[t] as number;
  if (verb >= 0 && deprel[verb] === "acl:relcl") return entityAt(actors, head[verb] as number);
  // the parser sometimes hangs "…, who said" on the main verb; "who" right after a name still refers to it
  let before = t - 1;
  if (norm[before] === ",") before--;
  if (norm[t] !== "who" || before < 0 || sentence[before] !== sentence[t]) return null;
  return entityAt(actors, before);
}

/** The entity of the actor mention covering token `t`, if any. */
function entityAt(actors: ActorLayer, t: number): string | null {
  const m = t >= 0 ? (actors.mentionOfToken[t] as number) : -1;
  const mention = m >= 0 ? actors.mentions[m] : undefined;
  return mention ? (actors.entities[mention.entity]?.id ?? null) : null;
}

/** Extends [from, to) to the whole actor mention at its edges, so the speaker span is the mention text. */
function snapToMentions(actors: ActorLayer, from: number, to: number): [number, number] {
  const mf = actors.mentionOfToken[from] as number;
  const ml = actors.mentionOfToken[to - 1] as number;
  let f = from;
  let t = to;
  if (mf >= 0) f = Math.min(f, actors.mentions[mf]?.tokenStart ?? f);
  if (ml >= 0) t = Math.max(t, actors.mentions[ml]?.tokenEnd ?? t);
  return [f, t];
}

/**
 * The noun phrase that ends at token `end - 1` (a subject before its verb). Walks left over determiners,
 * adjectives, nouns, possessive "'s" and "of"-linked names ("Joel Pollak of Breitbart California"); a pronoun is
 * a phrase of its own. Returns null when the token is not nominal.
 */
export function npEndingAt(doc: Document, actors: ActorLayer, end: number, min: number): NounPhrase | null {
  const { norm } = doc.tokens;
  // "Rep. Elijah Cummings (D-Md.)": a parenthesis closing the phrase belongs to it.
  if (norm[end - 1] === ")") {
    for (let k = end - 2; k > min && k >= end - 8; k--) {
      if (norm[k] === "(") {
        const core = npEndingAt(doc, actors, k, min);
        return core
          ? { from: core.from, to: end, ref: { ...tokSpan(doc, core.from, end), entity: core.ref.entity } }
          : null;
      }
    }
    return null;
  }
  let np = coreNpEndingAt(doc, actors, end, min);
  // "The second secretary of Chile's mission to the talks": prepositional phrases attach to the head on their left;
  // the head names the speaker, so the entity is the head's.
  for (let hops = 0; np && hops < 3; hops++) {
    const prep = np.from - 1;
    // (a possessive pronoun opens a phrase that can still be an object: "close to her campaign")
    const pronoun = doc.tokens.pos[np.from] === "PRON" && doc.tokens.xpos[np.from] !== "PRP$";
    // "Most of them say", "None of the major candidates has": a quantifier heads a partitive "of" phrase, even
    // one whose object is a pronoun
    const partitive = norm[prep] === "of" && prep - 1 >= min && partitiveHead(doc, prep - 1);
    if (prep - 1 < min || !PP_PREP.has(norm[prep] as string) || (pronoun && !partitive)) break;
    let head = coreNpEndingAt(doc, actors, prep, min);
    if (!head && partitive) head = { from: prep - 1, to: prep, ref: { ...tokSpan(doc, prep - 1, prep), entity: null } };
    // "Exit polls taken in Ohio", "A poll conducted by the county": a past participle modifying the head noun
    if (!head && doc.tokens.xpos[prep - 1] === "VBN" && prep - 2 >= min)
      head = coreNpEndingAt(doc, actors, prep - 1, min);
    // "People familiar with the talks", "Sources close to the campaign": an adjective after its noun (tagged as
    // an adjective or, for "close", as a verb) links the head to the prepositional phrase the same way
    if (!head && prep - 2 >= min && clauseWords().postnominal_adjectives.has(norm[prep - 1] as string))
      head = coreNpEndingAt(doc, actors, prep - 1, min);
    if (!head || (doc.tokens.pos[head.to - 1] === "PRON" && !partitive)) break;
    np = { from: head.from, to: np.to, ref: { ...tokSpan(doc, head.from, np.to), entity: head.ref.entity } };
  }
  return np ? withLeftModifiers(doc, np, min) : null;
}

/** A quantifier or number before a partitive "of" ("most of", "none of", "two of", "10 percent of"). */
function partitiveHead(doc: Document, k: number): boolean {
  return doc.tokens.pos[k] === "NUM" || clauseWords().partitive_quantifiers.has(doc.tokens.norm[k] as string);
}

/** Approximators that belong to a number opening a phrase ("about 4 in 10", "nearly half"). */
const APPROXIMATORS = new Set(["about", "nearly", "almost", "roughly", "approximately", "only", "just", "some"]);
/** Comparatives that take "than" before a number ("more than 4 in 10"). */
const COMPARATIVES = new Set(["more", "fewer", "less"]);

/**
 * Left edges the word walk stops short of but that belong to the subject phrase: a possessor with its mark
 * ("Commentary’s Noah Rothman", "Fox News’ Bret Baier"), a possessive pronoun ("his friend Tomas Ruiz"), a
 * sentence-initial participle adjective ("Retired surgeon …"), a quantifier ("all the attendees") and an
 * approximation before a number ("about 4 in 10", "more than half"). The entity stays the head's.
 */
function withLeftModifiers(doc: Document, np: NounPhrase, min: number): NounPhrase {
  const { norm, pos } = doc.tokens;
  let from = np.from;
  const k = from - 1;
  const n = norm[k] as string;
  const first = pos[from] as string;
  if (k < min) return np;
  if ((n === "’s" || n === "'s" || n === "’" || n === "'") && k - 1 >= min && first === "PROPN") {
    // the possessor: capitalized words before the mark
    let f = k;
    while (f - 1 >= min && (pos[f - 1] === "PROPN" || capitalized(doc, f - 1))) f--;
    if (f < k) from = f;
  } else if (POSSESSIVE_PRON.has(n) && first === "NOUN") from = k;
  else if (pos[k] === "VERB" && /(ed|ing)$/.test(n) && k === sentenceStart(doc, k) && first === "NOUN") from = k;
  else if (n === "all" && first === "DET") from = k;
  else if ((first === "NUM" || norm[from] === "half") && APPROXIMATORS.has(n)) from = k;
  else if ((first === "NUM" || norm[from] === "half") && n === "than" && COMPARATIVES.has(norm[k - 1] as string))
    from = k - 1 >= min ? k - 1 : from;
  if (from === np.from) return np;
  return { from, to: np.to, ref: { ...tokSpan(doc, from, np.to), entity: np.ref.entity } };
}

function sentenceStart(doc: Document, t: number): number {
  return doc.sentences.tokenStart[doc.tokens.sentence[t] as number] as number;
}

/** Prepositions that attach a phrase to the noun before it inside a speaker phrase. */
const PP_PREP = new Set(["of", "to", "in", "at", "for", "from", "with", "on", "by"]);

function coreNpEndingAt(doc: Document, actors: ActorLayer, end: number, min: number): NounPhrase | null {
  const { pos, norm } = doc.tokens;
  const last = end - 1;
  if (last < min) return null;
  if (actors.mentionOfToken[last] !== -1) {
    const m = actors.mentions[actors.mentionOfToken[last] as number];
    if (m && m.tokenStart >= min) {
      let from = m.tokenStart;
      // "Spokeswoman Ana Kloss", "US envoy Keith Kellogg", "presidential front-runner Ada Brenn": keep
      // nominal modifiers (hyphenated ones too) glued to the mention.
      const tight = (k: number) =>
        doc.tokens.start[k + 1] === doc.tokens.end[k] && doc.tokens.start[k] === doc.tokens.end[k - 1];
      // "19-year-old Ivo Dantas": a number opening a hyphenated modifier belongs to it
      const glued = (k: number) =>
        pos[k] === "NOUN" ||
        pos[k] === "PROPN" ||
        pos[k] === "ADJ" ||
        (pos[k] === "NUM" && norm[k + 1] === "-" && tight(k + 1)) ||
        ((norm[k] === "-" || norm[k] === "/") && tight(k));
      while (from - 1 >= min && glued(from - 1)) from--;
      while (from < m.tokenStart && norm[from] === "-") from++;
      if (from - 1 >= min && pos[from - 1] === "DET") from--;
      else if (from - 2 >= min && from < m.tokenStart && (norm[from - 1] === "'s" || norm[from - 1] === "’s")) {
        // "Sullivan's lawyer Beth Wilkinson": the possessor belongs to the phrase
        const owner = coreNpEndingAt(doc, actors, from - 1, min);
        if (owner && pos[owner.to - 1] !== "PRON") from = owner.from;
      }
      return { from, to: m.tokenEnd, ref: refFor(doc, actors, from, m.tokenEnd) };
    }
  }
  const n = norm[last] as string;
  // "Nearly half said", "Most said", "Many feel": a quantifier standing alone before a verb is the subject, whatever
  // its tag (the tagger reads "half" as a verb, "many" and "most" as adjectives)
  if (QUANTIFIER_SUBJECTS.has(n) && (pos[end] === "VERB" || pos[end] === "AUX") && !NP_POS.has(pos[last - 1] ?? ""))
    return { from: last, to: end, ref: refFor(doc, actors, last, end) };
  if (pos[last] === "PRON" || PRONOUNS.has(n)) {
    // "Officials said", "Others say": sentence-initial capitals are often tagged PROPN; a noun such as "officials"
    // keeps its modifiers ("Facebook officials"), so only pronouns and determiners stand alone
    if (pos[last] !== "PRON" && pos[last] !== "NOUN" && pos[last] !== "DET" && pos[last] !== "PROPN") return null;
    const modified =
      (pos[last] === "NOUN" || pos[last] === "PROPN") && last - 1 >= min && NP_POS.has(pos[last - 1] as string);
    if (!modified) return { from: last, to: end, ref: refFor(doc, actors, last, end) };
  }
  // "the chief executive said": an adjective standing for the noun after a determiner (see `adjectiveHead`)
  // (not before a gerund: "the best supporting actor" is a modifier chain, no subject)
  if (pos[last] === "ADJ" && doc.tokens.xpos[end] !== "VBG") {
    let f = last;
    while (f - 1 > min && (NOMINAL_MODIFIER.has(pos[f - 1] as string) || POSSESSIVE_MARK.has(norm[f - 1] as string)))
      f--;
    if (f - 1 >= min && adjectiveHead(doc, f - 1, end))
      return { from: f - 1, to: end, ref: refFor(doc, actors, f - 1, end) };
  }
  // "42% say …": a percentage is a subject too
  const percent = norm[last] === "%" && pos[last - 1] === "NUM";
  if (!(pos[last] === "PROPN" || pos[last] === "NOUN" || pos[last] === "NUM" || percent || capitalized(doc, last)))
    return null;
  let from = last;
  while (from - 1 >= min) {
    const k = from - 1;
    const p = pos[k] as string;
    if (POSSESSIVE_PRON.has(norm[k] as string)) {
      // "My staff", "their campaign": a possessive pronoun opens the phrase
      from = k;
      break;
    }
    // "And Iowa biofuels advocates", "While one company": a capitalized connective opens no name
    if (p === "CCONJ" || p === "SCONJ" || p === "ADP" || (p === "ADV" && !NP_POS.has(p) && pos[k + 1] !== "PROPN"))
      break;
    if (
      NP_POS.has(p) ||
      capitalized(doc, k) ||
      (p === "VERB" && norm[k - 1] === "-") ||
      norm[k] === "'s" ||
      norm[k] === "'" ||
      (p === "PUNCT" && (norm[k] === "-" || (norm[k] === "/" && doc.tokens.start[k + 1] === doc.tokens.end[k])))
    ) {
      from = k;
      if (p === "DET" && norm[k] !== "'s") break;
      continue;
    }
    break;
  }
  while (from < last && (norm[from] === "'s" || pos[from] === "PUNCT")) from++;
  const [f, t] = snapToMentions(actors, from, end);
  return { from: Math.max(f, min), to: t, ref: refFor(doc, actors, Math.max(f, min), t) };
}

/** The noun phrase that starts at token `start` (a subject after an inverted verb, the object of "according to"). */
/** Past tenses that end in no "-ed", for telling a clause's verb from a participle inside a noun phrase. */
const IRREGULAR_PAST = new Set([
  "said",
  "told",
  "wrote",
  "thought",
  "felt",
  "knew",
  "saw",
  "found",
  "made",
  "gave",
  "took",
]);

export function npStartingAt(
  doc: Document,
  actors: ActorLayer,
  start: number,
  max: number,
  ofPhrase = false,
): NounPhrase | null {
  const { pos, norm } = doc.tokens;
  if (start >= max) return null;
  const m0 = actors.mentionOfToken[start] as number;
  let to = start;
  // a possessive pronoun opens a longer phrase ("asked our readers which …", "told their members that …")
  const possessive = doc.tokens.xpos[start] === "PRP$" || POSSESSIVE_PRON.has(norm[start] as string);
  if (pos[start] === "PRON" && !possessive && norm[start] !== "her") {
    return { from: start, to: start + 1, ref: refFor(doc, actors, start, start + 1) };
  }
  if (m0 >= 0) to = actors.mentions[m0]?.tokenEnd ?? start + 1;
  while (to < max) {
    const p = pos[to] as string;
    const m = actors.mentionOfToken[to] as number;
    // a mention that opens with a pronoun or a complementizer starts a new phrase ("told reporters he feels",
    // "told reporters that the government …" when coreference marks "he" or "that the government")
    if (m >= 0 && to > start && (p === "PRON" || p === "SCONJ" || norm[to] === "that")) break;
    if (m >= 0) {
      to = Math.max(to + 1, actors.mentions[m]?.tokenEnd ?? to + 1);
      continue;
    }
    // "two people familiar with the talks": an adjective after its noun takes its prepositional phrase along
    if (to > start && postnominalAt(doc, to)) {
      const obj = npStartingAt(doc, actors, to + 2, max);
      if (obj) {
        to = obj.to;
        break;
      }
    }
    // "media buying sources", "exit polls": a participle or mis-tagged verb inside the phrase, before its noun
    // (a past tense is the clause's verb: "Okafor hammered Brenn, calling …")
    // ("retired Army Gen. Lind" opens the phrase: a participle there modifies)
    const x = doc.tokens.xpos[to];
    const w = norm[to] as string;
    const finite = to > start && x === "VBD" && (w.endsWith("ed") || IRREGULAR_PAST.has(w));
    const modifier = p === "VERB" && !finite && (pos[to + 1] === "NOUN" || pos[to + 1] === "PROPN") && to > start - 1;
    if (NP_POS.has(p) || norm[to] === "'s" || p === "PRON" || modifier) {
      // a determiner or possessive pronoun starts the phrase only; a second one means a new phrase
      // (with `ofPhrase`, "Mr. Burman of the Harbor Policy Center": a determiner right after "of" opens its
      // object, not a new phrase; only for a speaker, since as an object the walk would swallow a list item)
      if ((p === "DET" || p === "PRON") && to > start && norm[to - 1] !== "'s" && !(ofPhrase && norm[to - 1] === "of"))
        break;
      to++;
      continue;
    }
    if (norm[to] === "of" && to + 1 < max && (pos[to + 1] === "PROPN" || pos[to + 1] === "DET") && to > start) {
      to++;
      continue;
    }
    break;
  }
  if (to === start) return null;
  // Trailing possessive marks or determiners are not part of the phrase.
  while (to > start + 1 && (norm[to - 1] === "'s" || pos[to - 1] === "DET")) to--;
  const lastOk =
    pos[to - 1] === "PROPN" ||
    pos[to - 1] === "NOUN" ||
    pos[to - 1] === "NUM" ||
    pos[to - 1] === "PRON" ||
    actors.mentionOfToken[to - 1] !== -1 ||
    capitalized(doc, to - 1) ||
    (to >= max || pos[to] === "PUNCT" ? adjectiveHead(doc, start, to) : false);
  if (!lastOk) return null;
  return { from: start, to, ref: refFor(doc, actors, start, to) };
}

/** Whether token `t` is a postnominal adjective followed by its preposition ("familiar with", "close to"). */
function postnominalAt(doc: Document, t: number): boolean {
  const next = doc.tokens.norm[t + 1] as string;
  return (
    clauseWords().postnominal_adjectives.has(doc.tokens.norm[t] as string) && (PP_PREP.has(next) || next === "about")
  );
}

/**
 * Whether [from, to) is a determiner (or possessive) and adjectives only, the last one standing for the noun:
 * the tagger reads "executive" in "the chief executive" as an adjective, and "the accused", "the elderly" are
 * nouns made from adjectives. A lone adjective or one without a determiner is no phrase.
 */
function adjectiveHead(doc: Document, from: number, to: number): boolean {
  const { pos, norm, xpos } = doc.tokens;
  // a plain adjective only: "the best", "the latest", "the first" stand for a noun the text names elsewhere
  if (to - from < 2 || pos[to - 1] !== "ADJ" || xpos[to - 1] !== "JJ" || ORDINAL.test(norm[to - 1] as string))
    return false;
  if (!(pos[from] === "DET" || xpos[from] === "PRP$" || POSSESSIVE_PRON.has(norm[from] as string))) return false;
  for (let t = from + 1; t < to; t++)
    if (!NOMINAL_MODIFIER.has(pos[t] as string) && !POSSESSIVE_MARK.has(norm[t] as string)) return false;
  return true;
}

const ORDINAL = /^(first|second|third|last|next|other|same|\d+(st|nd|rd|th))$/;
const NOMINAL_MODIFIER = new Set(["ADJ", "NOUN", "PROPN"]);
const POSSESSIVE_MARK = new Set(["'s", "’s"]);

/** Index of the subject's last token before a verb at `verb`: skips auxiliaries and adverbs ("has also"). */
export function subjectEnd(doc: Document, verb: number, min: number): number {
  const { norm, pos } = doc.tokens;
  let k = verb - 1;
  while (k >= min && (VERB_PREFIX.has(norm[k] as string) || (pos[k] === "ADV" && norm[k] !== "that"))) k--;
  // "Most said …": a quantifier opening the clause, tagged as an adverb, is the subject
  const q = k + 1;
  const opens = q === min || pos[q - 1] === "PUNCT" || pos[q - 1] === "CCONJ";
  if (q < verb && opens && QUANTIFIER_SUBJECTS.has(norm[q] as string)) return q + 1;
  return k + 1;
}
