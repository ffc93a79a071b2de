/**
 * Cue constructions other than a reporting verb with its complement: "that"-clause verbs and adjectives,
 * prepositional cues ("call for"), raising verbs ("is expected to"), question frames, "according to X" and
 * "in a … poll" sources.
 */
import type { EntityRef } from "../contract.js";
import { absorbRegions, clauseEnd, clauseStartBefore, contentEnd, pushIndirect } from "./content.js";
import { CLAUSE_WORDS, type Ctx, claim, DASHES, hasFinite, isCueVerb, SENT_END } from "./context.js";
import { participleSpeaker } from "./direct.js";
import {
  capitalized,
  isMarkToken,
  npEndingAt,
  npStartingAt,
  type QuoteRegion,
  refFor,
  subjectEnd,
  tokSpan,
} from "./spans.js";
import { apposition, coordinated, longSubject, POSSESSIVE, relativeSubject } from "./subjects.js";
import { parseSubject } from "./tree.js";

const REMAIN: ReadonlySet<string> = CLAUSE_WORDS.linking_verbs;

export const PHYSICAL_STANCE: ReadonlySet<string> = CLAUSE_WORDS.physical_stance_verbs;

export const SMALL_CLAUSE: ReadonlySet<string> = CLAUSE_WORDS.small_clause_verbs;

const PERSONAL_PRONOUNS = new Set(["he", "she", "i", "we"]);

/** Parts of speech that never open a raised subject phrase (a preposition, conjunction or mark before it). */
const OPENERS_OUT = new Set(["ADP", "CCONJ", "SCONJ", "PUNCT"]);
/** Marks that close an opening phrase or a dateline before a subject ("June 1 - The talks …"). */
const CLAUSE_MARKS = new Set([",", ";", ":", "-", "--", "\u2014", "\u2013"]);

/** The source is a person: a person entity, or a personal pronoun. */
export function personSource(ctx: Ctx, who: EntityRef | null): boolean {
  if (!who) return false;
  if (PERSONAL_PRONOUNS.has(who.text.toLowerCase())) return true;
  return ctx.actors.entities.some((e) => e.id === who.entity && e.kind === "person");
}

/**
 * A cue outside the verb lexicon followed directly by a "that" clause (cues.json `thatClause`): any verb but the
 * non-reporting ones ("Lind argues that", "the judge ruled that"), or a belief adjective after be/remain ("are
 * confident that", "were adamant that"). Returns the class ("belief"), else null.
 */
export function thatCue(ctx: Ctx, i: number): string | null {
  const { norm, pos, lemma } = ctx.doc.tokens;
  if (lemma[i] === "make" && makeThat(ctx, i)) return "belief";
  if (norm[i + 1] !== "that" || pos[i + 1] !== "SCONJ") return null;
  // "serve that goal.", "done that before": a demonstrative, not a complementizer — a clause needs a verb soon
  let verb = false;
  for (let k = i + 2; k < i + 10 && k < ctx.doc.tokens.count && !SENT_END.has(norm[k] as string); k++)
    if (pos[k] === "AUX" || (pos[k] === "VERB" && k > i + 2)) {
      verb = true;
      break;
    }
  const p2 = pos[i + 3];
  if (!verb || (pos[i + 2] === "NOUN" && (p2 === "PUNCT" || p2 === "ADV" || p2 === "ADP"))) return null;
  if (pos[i] === "VERB") {
    const l = lemma[i] as string;
    return ctx.cues.notReporting.has(l) || ctx.cues.evaluation.has(l) ? null : "belief";
  }
  if (pos[i] === "ADJ" && ctx.cues.thatAdjectives.has(norm[i] as string)) {
    let k = i - 1;
    if (pos[k] === "ADV") k--;
    if (BE_FORMS.has(norm[k] as string) || REMAIN.has(norm[k] as string)) return "belief";
  }
  return null;
}

const MAKE_THAT: ReadonlySet<string> = CLAUSE_WORDS.make_that_phrases;

/** "made (it) clear that …", "made the case that …": a form of "make" + a listed phrase + a "that" clause. */
function makeThat(ctx: Ctx, i: number): boolean {
  const { norm } = ctx.doc.tokens;
  for (const n of [1, 2]) {
    const words = norm.slice(i + 1, i + 1 + n).join(" ");
    if (MAKE_THAT.has(words) && norm[i + 1 + n] === "that") return true;
  }
  return false;
}

/** Length of the preposition group of `list` that starts at token `j`, or 0. */
function prepAt(ctx: Ctx, list: string[][] | undefined, j: number): number {
  if (!list) return 0;
  const { norm } = ctx.doc.tokens;
  for (const words of list) if (words.every((w, k) => norm[j + k] === w)) return words.length;
  return 0;
}

/**
 * Prepositional cues (cues.json `prepositional`): "Marrow called for a ban on …", "referring to Lind", "his
 * criticism of the deal". The cue is the word plus its preposition, the content the phrase after it to the
 * clause end; a verb's source is its subject (or, for a participle after a comma, the sentence's speaker), a
 * noun's its possessor ("Marrow's", "his"), else none.
 */
export function prepositional(ctx: Ctx, i: number, ss: number, se: number): boolean {
  const { doc } = ctx;
  const { norm, pos, lemma } = doc.tokens;
  const l = lemma[i] as string;
  if (predicativeAdjective(ctx, i, ss, se)) return true;
  const isVerb = pos[i] === "VERB";
  const isNoun = pos[i] === "NOUN";
  if (!isVerb && !isNoun) return false;
  let j = i + 1;
  if (isVerb && pos[j] === "ADV" && norm[j] !== "out") j++; // "called repeatedly for"
  const n = prepAt(ctx, (isVerb ? ctx.cues.prepVerbs : ctx.cues.prepNouns).get(l), j);
  if (n === 0) return false;
  const from = j + n;
  if (from >= se || isMarkToken(doc, from) || !(pos[from] !== "PUNCT" && pos[from] !== "SCONJ")) return false;
  let end = clauseEnd(ctx, from, se);
  if (isNoun) {
    // a noun's content is its object phrase: "Marrow's criticism of the mayor drew fire" → "the mayor"
    for (let k = from + 1; k < end; k++) {
      const finite = (pos[k] === "VERB" && !/(ing|ed)$/.test(norm[k] as string)) || pos[k] === "AUX";
      if (finite || (norm[k] === "," && ctx.regionOf[k] === -1)) {
        end = k;
        break;
      }
    }
  }
  if (end <= from) return false;
  let who: EntityRef | null = null;
  if (isVerb) {
    // "called for" in "a group called for …" is fine; "a website called …" never reaches here (no preposition)
    const subjEnd = subjectEnd(doc, i, ss);
    let np = npEndingAt(doc, ctx.actors, subjEnd, ss);
    if (np === null && norm[subjEnd - 1] === "," && (norm[i] ?? "").endsWith("ing")) np = participleSpeaker(ctx, i);
    if (np === null && norm[subjEnd - 1] === "," && subjEnd - 1 > ss)
      np = relativeSubject(ctx, subjEnd - 1, ss) ?? apposition(ctx, subjEnd - 1, ss);
    if (np === null && subjEnd > ss) np = longSubject(ctx, subjEnd, ss);
    if (np === null) return false;
    if (np.to - np.from === 1 && (norm[np.from] === "that" || norm[np.from] === "which" || norm[np.from] === "who"))
      return false;
    // "Singer and Faso did not respond to …": the whole coordination
    np = coordinated(ctx, np, ss);
    who = np.ref;
  } else {
    // the possessor: "Marrow's criticism of", "her support for"
    who = nounPossessor(ctx, i, ss);
    if (who === null) return false;
  }
  pushIndirect(ctx, isVerb ? "stance" : "noun", who, i, i + 1, [[from, end]]);
  const item = ctx.items[ctx.items.length - 1];
  if (item && item.cueTok === i) item.cuePhrase = tokSpan(doc, i, from);
  return true;
}

const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "'re"]);
const LINKING = new Set([...BE_FORMS, "am", "'m", "remain", "remains", "remained", "remaining"]);

/**
 * "Lind was sharply critical of the plan", "voters remain worried about costs": a predicative adjective of view or
 * feeling (cues.json `prepositional.adjectives`) after a form of be/remain, with the preposition that opens its
 * object. Source = the subject, cue = the verb group through the preposition, content = the object phrase. The
 * tagger often reads "worried", "concerned" as participles, so a VBN counts too; an attributive adjective
 * ("a critical of …" never occurs; "the critical vote") has no linking verb and is left alone.
 */
function predicativeAdjective(ctx: Ctx, i: number, ss: number, se: number): boolean {
  const { doc } = ctx;
  const { norm, pos, xpos } = doc.tokens;
  if (!(pos[i] === "ADJ" || (pos[i] === "VERB" && xpos[i] === "VBN"))) return false;
  const n = prepAt(ctx, ctx.cues.prepAdjectives.get(norm[i] as string), i + 1);
  if (n === 0) return false;
  let b = i - 1;
  while (b > ss && pos[b] === "ADV") b--;
  if (!LINKING.has(norm[b] as string)) return false;
  const from = i + 1 + n;
  if (from >= se || pos[from] === "PUNCT" || pos[from] === "SCONJ" || isMarkToken(doc, from)) return false;
  const end = clauseEnd(ctx, from, se);
  if (end <= from) return false;
  const subjEnd = subjectEnd(doc, b, ss);
  const found =
    npEndingAt(doc, ctx.actors, subjEnd, ss) ??
    (subjEnd > ss ? longSubject(ctx, subjEnd, ss) : null) ??
    commaSubject(ctx, subjEnd, ss);
  const np = found && coordinated(ctx, found, ss);
  if (np === null || norm[np.from] === "it" || norm[np.from] === "there" || norm[np.from] === "that") return false;
  pushIndirect(ctx, "stance", np.ref, i, i + 1, [[from, end]]);
  const item = ctx.items[ctx.items.length - 1];
  if (item && item.cueTok === i) item.cuePhrase = tokSpan(doc, b, from);
  return true;
}

/** A subject that ends in a comma: a relative clause or an apposition ("The government, led by Lind, seems …"). */
function commaSubject(ctx: Ctx, subjEnd: number, ss: number): ReturnType<typeof npEndingAt> {
  if (ctx.doc.tokens.norm[subjEnd - 1] !== "," || subjEnd - 1 <= ss) return null;
  return relativeSubject(ctx, subjEnd - 1, ss) ?? apposition(ctx, subjEnd - 1, ss);
}

/**
 * Sourceless raising: "the politician seemed to be tiring", "Marrow is expected to announce her cabinet",
 * "It appears that …". The cue is the verb (with its form of be for passives); the content is the subject plus
 * the infinitive, or the that-clause.
 */
export function raising(ctx: Ctx, i: number, ss: number, se: number): boolean {
  const { doc, cues } = ctx;
  const { norm, lemma, pos } = doc.tokens;
  const l = lemma[i] as string;
  let cueFrom = i;
  const active = cues.raisingActive.has(l) && pos[i] === "VERB";
  const passive = !active && cues.raisingPassive.has(l) && BE_FORMS.has(norm[i - 1] ?? "");
  if (!(active || passive)) return false;
  if (passive) cueFrom = i - 1;
  let j = i + 1;
  while (j < se && norm[j] === ",") j++;
  if (norm[j] === "though" || norm[j] === "however") {
    j++;
    while (j < se && norm[j] === ",") j++;
  }
  if (norm[j] === "that" && norm[cueFrom - 1] === "it") {
    const end = contentEnd(ctx, j);
    // "it seems that" hedges; "it was reported that" only reports
    pushIndirect(ctx, passive ? "passive" : "sourceless", null, cueFrom, i + 1, [[j, end]]);
    return true;
  }
  const infinitive = norm[j] === "to" && (pos[j + 1] === "VERB" || pos[j + 1] === "AUX");
  // "She appeared to imply that …", "Voters seem to care more about …": a cue verb in the infinitive is the
  // report, with the raised subject as its source (PolNeAR's cue "appeared to imply"); it is handled there
  if (active && infinitive && isCueVerb(ctx, j + 1) !== null) return false;
  // "Lind seemed tired", "the race appears closer in the north", "the results seemed a warning that …": an active
  // raising verb with an adjective, participle or noun phrase complement
  let k = j;
  while (k < se && pos[k] === "ADV") k++;
  const p = pos[k] as string;
  const complement =
    active &&
    !infinitive &&
    k < se &&
    (p === "ADJ" ||
      p === "DET" ||
      p === "NOUN" ||
      (p === "VERB" && !/ing$/.test(norm[k] as string)) ||
      norm[k] === "like");
  if (!infinitive && !complement) return false;
  const se0 = subjectEnd(doc, cueFrom, ss);
  let subj =
    npEndingAt(doc, ctx.actors, se0, ss) ?? (se0 > ss ? longSubject(ctx, se0, ss) : null) ?? commaSubject(ctx, se0, ss);
  if (!subj || norm[subj.from] === "it" || norm[subj.from] === "there") return false;
  // "the long friendship between Lisbon and Porto seems …": the raised subject is the whole subject
  // phrase of the parse when the word walk stopped inside it
  const parsed = parseSubject(doc, ctx.actors, i, ss);
  if (parsed && parsed.to === subj.to && parsed.from < subj.from) {
    // not over a comma or an opening preposition the parser hung on it ("For the rivals, the race appears …")
    let from = parsed.from;
    const spaced = (k: number) => norm[k] !== "-" || doc.tokens.start[k] !== doc.tokens.end[k - 1];
    for (let k = parsed.from; k < subj.from; k++) if (CLAUSE_MARKS.has(norm[k] as string) && spaced(k)) from = k + 1;
    while (from < subj.from && OPENERS_OUT.has(pos[from] as string)) from++;
    if (from < subj.from) subj = { from, to: subj.to, ref: refFor(doc, ctx.actors, from, subj.to) };
  }
  if (complement) {
    if (norm[subj.from] === "this" || norm[subj.from] === "that" || norm[subj.from] === "which") return false;
    const end = clauseEnd(ctx, j, se);
    if (end <= j) return false;
    pushIndirect(ctx, "sourceless", null, cueFrom, i + 1, [
      [subj.from, subj.to],
      [j, end],
    ]);
    return true;
  }
  const end = clauseEnd(ctx, j, se);
  pushIndirect(ctx, passive ? "passive" : "sourceless", null, cueFrom, i + 1, [
    [subj.from, subj.to],
    [j, end],
  ]);
  return true;
}

/** "Asked whether the mayor is honest, 60 percent said yes": the question is a sourceless attribution. */
export function question(ctx: Ctx, i: number, ss: number, se: number): boolean {
  const { norm } = ctx.doc.tokens;
  if (!ctx.cues.questionCues.has(norm[i] as string)) return false;
  if (!(i === ss || norm[i - 1] === "when" || norm[i - 1] === "if" || norm[i - 1] === "once")) return false;
  let j = i + 1;
  for (let steps = 0; j < se && steps < 6 && !ctx.cues.wh.has(norm[j] as string); steps++) j++;
  if (!ctx.cues.wh.has(norm[j] as string)) return false;
  let end = j + 1;
  while (end < se && !(norm[end] === "," && ctx.regionOf[end] === -1)) {
    const r = ctx.regionOf[end] as number;
    if (r < 0) {
      end++;
      continue;
    }
    const reg = ctx.regions[r] as QuoteRegion;
    end = Math.max(end + 1, reg.tokTo);
    // a quotation that ends in the question's comma (“can govern well,”) closes the question
    if (norm[reg.tokTo - 2] === ",") break;
  }
  if (end > se) end = se;
  absorbRegions(ctx, j, end);
  pushIndirect(ctx, "sourceless", null, i, i + 1, [[j, end]]);
  return true;
}

const CONNECTIVES: ReadonlySet<string> = CLAUSE_WORDS.discourse_connectives;
const COORDINATORS = new Set(["but", "and", "yet"]);

/**
 * The first token after a discourse connective that opens the clause at `from` ("Even so,", "In fact,", "Still,"),
 * or `from`. A connective of one or two words counts only with its comma; a coordinator ("But", "And") without.
 */
export function afterConnective(ctx: Ctx, from: number, limit: number, bare = true): number {
  const { norm } = ctx.doc.tokens;
  for (const n of [2, 1]) {
    if (from + n >= limit) continue;
    const words = Array.from({ length: n }, (_, k) => norm[from + k]).join(" ");
    if (!CONNECTIVES.has(words)) continue;
    if (norm[from + n] === ",") return from + n + 1;
    // a coordinator needs no comma, unless a subordinate clause follows it ("But even if …", "But after …")
    const sub = ctx.doc.tokens.pos[from + 1] === "SCONJ" || norm[from + 1] === "even" || norm[from + 1] === "after";
    if (bare && n === 1 && COORDINATORS.has(words) && !sub) return from + 1;
  }
  return from;
}

/** A dash set off by a space ("the poll - despite …"), not a hyphen inside a name ("News-Washington"). */
function spacedDash(doc: Ctx["doc"], t: number): boolean {
  return DASHES.has(doc.tokens.norm[t] as string) && /\s/.test(doc.text[(doc.tokens.start[t] as number) - 1] ?? "");
}

export function according(ctx: Ctx, cueFrom: number, cueTo: number, ss: number, se: number): number {
  const { doc } = ctx;
  const { norm } = doc.tokens;
  let np = npStartingAt(doc, ctx.actors, cueTo, se);
  // "according to the latest Harbor Gazette average of regional polls", "according to a Valley Post/Radio
  // North survey": the source runs to the next comma or the sentence end when that is near
  if (norm[cueFrom] === "according") {
    let e = cueTo;
    while (
      e < se &&
      e - cueTo < 24 &&
      !(norm[e] === "," || norm[e] === ";" || norm[e] === ":" || spacedDash(doc, e)) &&
      !SENT_END.has(norm[e] as string) &&
      !(isMarkToken(doc, e) && ctx.regionOf[e] !== ctx.regionOf[cueTo])
    )
      e++;
    const stop = e >= se || norm[e] === "," || norm[e] === ";" || spacedDash(doc, e) || SENT_END.has(norm[e] as string);
    if (stop && e > cueTo && (!np || e > np.to) && e - cueTo < 24) {
      let entity: string | null = null;
      for (let t = cueTo; t < e && entity === null; t++) {
        const m = ctx.actors.mentions[ctx.actors.mentionOfToken[t] as number];
        const en = m ? ctx.actors.entities[m.entity] : undefined;
        if (en) entity = en.id;
      }
      np = { from: cueTo, to: e, ref: { ...tokSpan(doc, cueTo, e), entity } };
    }
  }
  if (
    norm[cueFrom] === "according" &&
    np &&
    afterConnective(ctx, clauseStartBefore(ctx, cueFrom, ss), cueFrom) === cueFrom
  ) {
    const to = openingSourceEnd(ctx, np.from, np.to, se);
    if (to > np.to) np = { from: np.from, to, ref: { ...tokSpan(doc, np.from, to), entity: np.ref.entity } };
  }
  let npEnd = np ? np.to : cueTo;
  // "according to The Economist's June reports": the phrase continues over the possessed noun.
  while (
    npEnd < se &&
    !(norm[npEnd] === "," || SENT_END.has(norm[npEnd] as string)) &&
    npEnd - cueTo < 8 &&
    doc.tokens.pos[npEnd] !== "VERB"
  )
    npEnd++;
  let who = np?.ref ?? null;
  if (np) claim(ctx, np.from, np.to);
  if (np && who && who.entity === null) {
    // "according to The Economist's June reports": the phrase is the source span, the possessor its entity.
    for (let t = np.from; t < np.to; t++) {
      const m = ctx.actors.mentions[ctx.actors.mentionOfToken[t] as number];
      const e = m ? ctx.actors.entities[m.entity] : undefined;
      if (e) {
        who = { ...who, entity: e.id };
        break;
      }
    }
  }
  const before: [number, number] = [clauseStartBefore(ctx, cueFrom, ss), cueFrom];
  // "Even so, the fund raised $5 million, according to filings": the writer's connective is no part of it
  before[0] = afterConnective(ctx, before[0], cueFrom);
  while (before[1] > before[0] && norm[before[1] - 1] === ",") before[1]--;
  let after: [number, number] = [npEnd, se];
  while (after[0] < se && norm[after[0]] === ",") after[0]++;
  after = [after[0], contentEnd(ctx, after[0])];
  const pieces: [number, number][] = [];
  if (before[1] > before[0]) pieces.push(before);
  // content after the source only when the phrase opens the sentence or sits between commas mid-sentence
  if (after[1] > after[0] && (before[1] <= before[0] || norm[npEnd] === ",")) pieces.push(after);
  if (who && who.text.length === 0) who = null;
  pushIndirect(ctx, "according", who, cueFrom, cueTo, pieces);
  return Math.max(cueTo, npEnd);
}

/**
 * End of the source of an "according to" phrase that opens its sentence, when inserts set off by commas stand
 * between it and the clause it modifies: "According to Ada Lind, a former mayor, the pier will close", "According
 * to Ivo Berg, writing in the Gazette, …". An insert belongs to the source when the parse hangs it on the source
 * (an apposition, a participle or relative clause): every word of it governed from outside is governed from the
 * phrase before it. The source runs to the comma before the first insert that does not; `np` when none is found
 * within 40 tokens or the sentence ends first.
 */
const RELATIVE_WORDS = new Set(["who", "whom", "whose", "which", "that"]);

function openingSourceEnd(ctx: Ctx, from: number, np: number, se: number): number {
  const { norm, head, xpos } = ctx.doc.tokens;
  let end = np;
  while (norm[end] === "," && end + 1 < se) {
    let k = end + 1;
    let relative = false;
    while (k < se && norm[k] !== "," && k - np < 40) {
      if (ctx.regionOf[k] !== -1 || norm[k] === ";" || norm[k] === ":" || norm[k] === "(") return np;
      if (RELATIVE_WORDS.has(norm[k] as string)) relative = true;
      // a finite verb outside a relative clause is the modified clause's own ("…, 46 percent — remain undecided")
      if (!relative && hasFinite(ctx, k, k + 1, true)) return end;
      k++;
    }
    // no clause found before the sentence end: the phrase is no opener of a clause after it
    if (norm[k] !== "," || k - np >= 40) return np;
    // "According to Ivo Berg, writing in the Gazette, …": a participle opening the insert describes the source
    // (the parse often hangs it on the main verb)
    const participle = xpos[end + 1] === "VBG" || xpos[end + 1] === "VBN";
    for (let t = end + 1; t < k && !participle; t++) {
      const h = head[t] as number;
      if (h >= end + 1 && h < k) continue;
      if (h < from || h >= end) return end;
    }
    end = k;
  }
  return end;
}

/**
 * "In a Harbor Gazette poll last week, …", "… in the latest NBC News poll", "in Forbes' words": a short
 * noun phrase after "in" whose head is a poll/survey-like noun (cues.json `inSource`) is a source like "according
 * to". The head must end the phrase (or be followed by a time phrase) so "in poll numbers" does not count.
 */
export function inSource(ctx: Ctx, i: number, se: number): boolean {
  const { norm, pos, lemma } = ctx.doc.tokens;
  for (let k = i + 1; k < Math.min(se, i + 10); k++) {
    const p = pos[k] as string;
    if (ctx.cues.inSource.has(lemma[k] as string) && (p === "NOUN" || p === "PROPN")) {
      // "in the polls", "in most polls": a generic plural is a setting, not a source; a named one counts
      if (norm[k] !== lemma[k] && norm[k] !== "words") {
        let named = false;
        for (let m = i + 1; m < k; m++) if (pos[m] === "PROPN" || capitalized(ctx.doc, m)) named = true;
        if (!named) return false;
      }
      const n = norm[k + 1] as string;
      return (
        k + 1 >= se ||
        n === "," ||
        SENT_END.has(n) ||
        n === "last" ||
        n === "this" ||
        n === "released" ||
        n === "conducted" ||
        n === "of" ||
        n === "from" ||
        n === "by" ||
        n === "taken"
      );
    }
    const ok =
      ctx.actors.mentionOfToken[k] !== -1 ||
      p === "DET" ||
      p === "ADJ" ||
      p === "NOUN" ||
      p === "PROPN" ||
      p === "NUM" ||
      norm[k] === "'s" ||
      norm[k] === "’s" ||
      norm[k] === "'" ||
      norm[k] === "’" ||
      norm[k] === "-" ||
      norm[k] === "/" ||
      POSSESSIVE.has(norm[k] as string);
    if (!ok) return false;
  }
  return false;
}

/**
 * The source of a reporting noun at `i`: its possessor, over adjectives between them, with its possessive mark
 * as PolNeAR marks it (127 of 127 such gold sources on dev keep the mark): "Lind's claim that" → "Lind's", "the
 * judges' statement that" → "the judges'", "his suggestion that" → "his"; null when there is none.
 */
export function nounPossessor(ctx: Ctx, i: number, ss: number): EntityRef | null {
  const { doc } = ctx;
  const { norm, pos } = doc.tokens;
  let k = i - 1;
  while (k > ss && (pos[k] === "ADJ" || pos[k] === "ADV")) k--;
  const n = norm[k] as string;
  if (POSSESSIVE.has(n))
    return npEndingAt(doc, ctx.actors, k + 1, k)?.ref ?? { ...tokSpan(doc, k, k + 1), entity: null };
  if (!(n === "'s" || n === "’s" || n === "'" || n === "’")) return null;
  const np = npEndingAt(doc, ctx.actors, k, ss);
  if (!np) return null;
  // the possessor alone, not a noun it is attached to ("in response to Sanders' claim": Sanders')
  let from = np.from;
  for (let t = np.from; t < np.to; t++) if (pos[t] === "ADP") from = t + 1;
  if (from >= np.to) return null;
  return { ...tokSpan(doc, from, k + 1), entity: np.ref.entity };
}
