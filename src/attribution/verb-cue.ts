/**
 * Indirect speech around one cue verb: its source (subject, participle speaker, inverted subject) and its
 * content (that-clause, colon, bare clause, object of a stance verb, infinitive, cue after the content).
 */
import type { EntityRef } from "../contract.js";
import type { Document } from "../nlp/document.js";
import { afterConnective, PHYSICAL_STANCE, personSource, SMALL_CLAUSE } from "./constructions.js";
import {
  ADJUNCT_PREP,
  clauseEnd,
  clauseStartBefore,
  contentEnd,
  pushIndirect,
  skipAdjuncts,
  TIME_HEADS,
} from "./content.js";
import {
  ADDRESSEE,
  CLAUSE_WORDS,
  CONTENT_STOP_PARTICIPLES,
  type Ctx,
  claim,
  latestCueBefore,
  NEEDS_THAT,
  PARTICIPLE_OPENERS,
  SENT_END,
  sentEnd,
} from "./context.js";
import { documentVerb } from "./document-reports.js";
import { capitalized, isMarkToken, npEndingAt, npStartingAt, type QuoteRegion, subjectEnd, tokSpan } from "./spans.js";
import {
  apposition,
  coordinated,
  longSubject,
  POSSESSIVE,
  pronounHost,
  relativeReport,
  relativeSubject,
  sentenceSubject,
} from "./subjects.js";
import { conjunctSubject, dominates, hasInvertedSubject, parseSubject, participleHead } from "./tree.js";

type NounPhrase = ReturnType<typeof npEndingAt>;

const ASPECTUAL: ReadonlySet<string> = CLAUSE_WORDS.aspectual_verbs;
const AS_VERBS: ReadonlySet<string> = CLAUSE_WORDS.as_complement_verbs;
const MODAL_PASSIVES: ReadonlySet<string> = CLAUSE_WORDS.modal_passives;
const LINKING_VERBS: ReadonlySet<string> = CLAUSE_WORDS.linking_verbs;
const REFLEXIVE_IDIOMS: ReadonlySet<string> = CLAUSE_WORDS.reflexive_idiom_verbs;

/** A cue verb with its source and the start of what follows it; the complement rules below share it. */
interface CueSite {
  /** The cue token, its class and lemma, and its sentence's token range [ss, se). */
  i: number;
  cls: string;
  l: string;
  ss: number;
  se: number;
  /** The subject phrase (null when none was found) and the speaker it names (null: sourceless). */
  np: NounPhrase;
  who: EntityRef | null;
  passive: boolean;
  /** End of the subject slot before the cue (auxiliaries and adverbs skipped). */
  subjEnd: number;
  /** First token of the complement after particles, addressees and adjuncts, and its word. */
  j: number;
  nj: string;
}

/**
 * Indirect speech around cue verb `i` of class `cls` in the sentence [ss, se): finds the source, then tries the
 * complement shapes in order (leading object, clause, cue after its content, infinitive, stance object,
 * "expressed …", a quotation, a bare clause); the first that applies makes the item.
 */
export function verbCue(ctx: Ctx, i: number, cls: string, ss: number, se: number): void {
  const { doc } = ctx;
  const { norm, pos, lemma } = doc.tokens;
  const l = lemma[i] as string;
  // "found themselves atop a party": a situation the subject is in, not a finding
  if (REFLEXIVE_IDIOMS.has(l) && /(self|selves)$/.test(norm[i + 1] as string)) return;
  const src = cueSource(ctx, i, ss, se);
  if (!src) return;
  const { np, who, passive, subjEnd } = src;
  let j = leadingComplement(ctx, i, cls, who, se);
  if (j < 0) return;
  // Adjuncts before the complement: "said on Monday (that)", "said in a statement (that)", "said Friday".
  j = skipAdjuncts(ctx, j, se);
  let k = j;
  for (let steps = 0; k < se && steps < 12; k++, steps++) {
    const verb = (pos[k] === "VERB" || pos[k] === "AUX") && !capitalized(doc, k);
    if (norm[k] === "that" || verb || norm[k] === ":" || isMarkToken(doc, k) || SENT_END.has(norm[k] as string)) break;
  }
  // "told reporters on Monday that …": the complementizer opens the content; a relative "that" after the object
  // ("discussed the violence that has marred …") or a reporting noun's "that" ("denied the claim that …") belongs
  // to the object, which is the content from its start
  const relative = pos[k] === "PRON" || (pos[k - 1] === "NOUN" && ctx.cues.nouns.has(lemma[k - 1] as string));
  if (norm[k] === "that" && k > j && pos[j] !== "VERB" && !relative) j = k;
  const nj = norm[j] as string;
  const c: CueSite = { i, cls, l, ss, se, np, who, passive, subjEnd, j, nj };
  // the cue at the end of its content: "Russia attacked Y, officials said.", "…, said the minister."
  const inverted = np === null && invertedCue(ctx, i);
  if (passive && l === "ask" && passiveQuestion(ctx, c)) return;
  if (!inverted && clauseComplement(ctx, c)) return;
  if (inverted || j >= se || SENT_END.has(nj) || nj === ",") {
    cueAfterContent(ctx, c);
    return;
  }
  if (who === null && !passive) return;
  const takesInfinitive = ctx.cues.belief.has(l) || ctx.cues.stance.has(l) || ctx.cues.intent.has(l);
  if (performativeWish(ctx, i)) return;
  // ("vowed to quickly end …": an adverb may split the infinitive; after "to publicly" the tagger may read the
  // verb as a noun, which cannot stand there)
  // ("vowed not to run", "decided not to enter the race": a negated infinitive is the content from "not")
  const to = nj === "not" && norm[j + 1] === "to" ? j + 1 : j;
  const split = pos[to + 1] === "ADV" && norm[to + 2] !== "to";
  const inf = split ? to + 2 : to + 1;
  const verbal =
    pos[inf] === "VERB" || pos[inf] === "AUX" || (split && /ly$/.test(norm[to + 1] as string) && pos[inf] === "NOUN");
  if (norm[to] === "to" && takesInfinitive && who !== null && verbal) {
    // "voters are supposed to register": a modal of obligation, nobody's belief
    if ((passive || lemma[i - 1] === "be") && MODAL_PASSIVES.has(l)) return;
    // "wants to lose", "plans to run": the infinitive is the wished/planned content
    const end = clauseEnd(ctx, j, se);
    if (end > j + 1) pushIndirect(ctx, "belief", who, i, i + 1, [[j, end]]);
    return;
  }
  if (cls === "intent") return;
  if (oneWordAnswer(ctx, c)) return;
  if (AS_VERBS.has(l) && asComplement(ctx, c)) return;
  if (l === "cite") citedSource(ctx, c);
  if (dataObject(ctx, c) || reportedObject(ctx, c)) dataContent(ctx, c);
  else if (cls === "stance" || (ctx.cues.stance.has(l) && nj !== "that")) stanceObject(ctx, c);
  else if (l === "express" && who !== null) expressed(ctx, c);
  else if (!NEEDS_THAT.has(l)) bareComplement(ctx, c);
}

const PERFORMATIVE_WISH: ReadonlySet<string> = CLAUSE_WORDS.performative_infinitives;

/**
 * "I want to thank the crew", "we want to offer a sincere apology", "I want you to know the race goes on": a wish
 * to perform a speech act is the act itself, said to the hearer, not a reported wish (clause-words
 * `performative_infinitives`; "wanted to know whether …" asks, and stays a report).
 */
function performativeWish(ctx: Ctx, i: number): boolean {
  const { norm, pos, lemma } = ctx.doc.tokens;
  if (lemma[i] !== "want" && lemma[i] !== "wish") return false;
  let k = i + 1;
  if (pos[k] === "PRON" && norm[k + 1] === "to") k++;
  if (norm[k] !== "to") return false;
  const v = lemma[k + 1] as string;
  return PERFORMATIVE_WISH.has(v) && !(v === "know" && k === i + 1);
}

const ANSWER_VERBS = new Set(["say", "answer", "reply", "respond"]);

/**
 * "Asked if the ferry was late, the captain said no.", "62 percent said yes, while …": a bare "yes" or "no"
 * after a speech verb, closed by punctuation or a conjunction, is the whole answer (PolNeAR marks it as content).
 */
function oneWordAnswer(ctx: Ctx, c: CueSite): boolean {
  const { norm, pos } = ctx.doc.tokens;
  const { i, cls, l, who, j, nj, se } = c;
  if (!ANSWER_VERBS.has(l) || (nj !== "yes" && nj !== "no") || j !== i + 1) return false;
  const next = norm[j + 1] as string;
  const closed =
    j + 1 >= se ||
    SENT_END.has(next) ||
    next === "," ||
    next === ";" ||
    pos[j + 1] === "CCONJ" ||
    pos[j + 1] === "SCONJ";
  if (!closed) return false;
  pushIndirect(ctx, cls, who, i, i + 1, [[j, j + 1]]);
  return true;
}

/**
 * Whether cue `i` follows its content with the speaker after it: "…, said David Autor, a professor.", "…, says
 * the minister." Read from the parse (a subject after the verb), or, when the parser made the speaker an object
 * ("said/VERB the minister/obj"), from a noun phrase that fills the rest of the clause. Addressee verbs are
 * excluded: after "told" the noun phrase is the hearer.
 */
function invertedCue(ctx: Ctx, i: number): boolean {
  const { doc } = ctx;
  const { norm, lemma } = doc.tokens;
  if (norm[i - 1] !== "," || ctx.inQuote[i - 1]) return false;
  // a participle never has its subject after it: in "…, the paper reported, citing officials" the phrase after
  // "citing" is what is cited, and the participle's speaker is the earlier one (see `cueSource`)
  if (doc.tokens.xpos[i] === "VBG") return false;
  if (hasInvertedSubject(doc, i)) return true;
  if (ADDRESSEE.has(lemma[i] as string) || ctx.cues.verbs.get(lemma[i] as string) !== "speech") return false;
  const se = sentEnd(doc, i);
  const np = npStartingAt(doc, ctx.actors, i + 1, se);
  return np !== null && (np.to >= se || norm[np.to] === "," || SENT_END.has(norm[np.to] as string));
}

/**
 * The subject phrase of cue `i`: the noun phrase left of its verb group, corrected for a participle that
 * modifies a noun, a time phrase, an apposition or relative clause, a coordinated verb, a mis-tagged head (from
 * the parse) and a restrictive relative inside the subject.
 */
export function subjectPhrase(ctx: Ctx, i: number, ss: number): { np: NounPhrase; subjEnd: number } {
  const { doc } = ctx;
  const { norm, pos, lemma } = doc.tokens;
  // Subject: left of the verb, or the subject of the main clause for ", adding that …".
  // "She appeared to imply that …": the subject stands before the raising verb
  const raised = norm[i - 1] === "to" && i - 2 >= ss && ctx.cues.raisingActive.has(lemma[i - 2] as string);
  // "Marrow went on to say", "has continued to suggest": the subject stands before the aspectual verb
  const v = norm[i - 2] === "on" ? i - 3 : i - 2;
  const aspectual = norm[i - 1] === "to" && v >= ss && ASPECTUAL.has(lemma[v] as string);
  // "Trump, refusing to concede", "she struggled to demonstrate", "are quick to point out": the subject of the
  // verb or predicative adjective that governs the infinitive
  // (not after verbs of need, attempt or purpose: "have to discuss", "failed to predict", "waited to see")
  const governed =
    !raised &&
    !aspectual &&
    norm[i - 1] === "to" &&
    i - 2 > ss &&
    pos[i - 2] === "VERB" &&
    !NOT_GOVERNING.has(lemma[i - 2] as string);
  // "Dock leaders remain confident that …": the subject stands before the linking verb of an adjective cue
  let linked = i - 1;
  if (pos[linked] === "ADV") linked--;
  const linking = pos[i] === "ADJ" && linked > ss && LINKING_VERBS.has(norm[linked] as string);
  const subjEnd = subjectEnd(doc, raised ? i - 2 : aspectual ? v : governed ? i - 2 : linking ? linked : i, ss);
  // "…, said David Autor": the subject follows the cue, which closes its content (see `cueAfterContent`)
  if (invertedCue(ctx, i)) return { np: null, subjEnd };
  let np = npEndingAt(doc, ctx.actors, subjEnd, ss);
  // "slammed Okafor for a column alleging …": a participle modifying a noun has that noun as its source, not
  // the longer phrase the word walk finds
  const modified = (norm[i] ?? "").endsWith("ing") ? participleHead(doc, ctx.actors, i, ss) : null;
  if (modified && np && modified.to === subjEnd) np = modified;
  if (np && TIME_HEADS.has(lemma[np.to - 1] as string)) {
    // "a poll released last week showed": the time phrase is an adjunct; the subject stands before it
    let k = np.from;
    while (
      k > ss &&
      (pos[k - 1] === "ADV" || norm[k - 1] === "out" || (pos[k - 1] === "VERB" && (norm[k - 1] ?? "").endsWith("ed")))
    )
      k--;
    np = k > ss ? npEndingAt(doc, ctx.actors, k, ss) : null;
  }
  if (np === null && norm[subjEnd - 1] === "," && subjEnd - 1 > ss)
    np = relativeSubject(ctx, subjEnd - 1, ss) ?? apposition(ctx, subjEnd - 1, ss);
  const coord = norm[subjEnd - 1];
  if (np === null && subjEnd - 1 > ss && (coord === "and" || coord === "but" || coord === ",")) {
    // "Wilson praised Rubio and said …", "Kasich offered a job, then says …", "keeps its finances a secret but
    // says …": the sentence's subject speaks.
    const subj = npStartingAt(doc, ctx.actors, ss, i);
    if (
      subj &&
      subj.to < subjEnd - 1 &&
      (pos[subj.to] === "VERB" || pos[subj.to] === "AUX" || pos[subj.to] === "ADV" || norm[subj.to] === ",")
    )
      np = subj;
    // the parse links the coordinated verb to the first one, whose subject speaks ("Dalton praised Ferreira's plans
    // and said …", where the word walk reads "Dalton praised Ferreira" as one phrase)
    np ??= conjunctSubject(doc, ctx.actors, i, ss);
  }
  // the parse's subject when the word walk failed ("The premier/ADJ said"), before reading the clause whole
  if (np === null && subjEnd > ss) np = parseSubject(doc, ctx.actors, i, ss) ?? longSubject(ctx, subjEnd, ss);
  else if (np && np.from > ss && (pos[np.from - 1] === "VERB" || pos[np.from - 1] === "ADP")) {
    // the phrase before the cue is an object inside a restrictive relative: "A man who has accused former
    // Mayor Ivo Renn of fraud said" — the whole subject speaks
    let rel = false;
    for (let k = np.from - 1; k > ss && k >= np.from - 12; k--) {
      if (norm[k] === "," || SENT_END.has(norm[k] as string)) break;
      if ((norm[k] === "who" || norm[k] === "that") && (pos[k - 1] === "NOUN" || pos[k - 1] === "PROPN")) rel = true;
    }
    if (rel) np = longSubject(ctx, subjEnd, ss) ?? np;
  }
  return { np, subjEnd };
}

const NOT_GOVERNING: ReadonlySet<string> = CLAUSE_WORDS.infinitive_purpose_verbs;

/**
 * Source of cue `i`: its subject (with coordination), or for ", adding that …" the previous speaker; null when a
 * report inside a relative clause took the cue ("emails, which she said …"). A passive with "it" or no subject
 * is sourceless.
 */
function cueSource(
  ctx: Ctx,
  i: number,
  ss: number,
  se: number,
): { np: NounPhrase; who: EntityRef | null; passive: boolean; subjEnd: number } | null {
  const { norm } = ctx.doc.tokens;
  // "The ministry issued a statement saying …": the participle's speaker is the subject of the verb before the
  // document, not the document
  const governor = documentVerb(ctx, i, ss);
  const found = subjectPhrase(ctx, governor >= 0 ? governor : i, ss);
  let np = found.np;
  if (np) np = coordinated(ctx, pronounHost(ctx, np, ss), ss);
  if (np && relativeReport(ctx, i, np, ss, se)) return null;
  let who: EntityRef | null = np?.ref ?? null;
  // ", adding that …", "by saying that …", "while acknowledging that …": the participle's speaker is the
  // sentence's (or the previous cue's) subject
  const participle =
    governor < 0 &&
    (norm[i] ?? "").endsWith("ing") &&
    (norm[i - 1] === "," ||
      (PARTICIPLE_OPENERS.has(norm[i - 1] as string) && i - 1 > ss) ||
      // '… “expanded the party,” claiming that …': the comma sits inside the closing quotation mark
      (isMarkToken(ctx.doc, i - 1) && norm[i - 2] === ","));
  // ("Conceding that the vote was close, Lind said …": a participle that opens the sentence with its "that" clause)
  const frontedParticiple =
    (i - 1 === ss && FRONTED_OPENERS.has(norm[ss] as string)) ||
    (i === ss && ctx.doc.tokens.xpos[i] === "VBG" && norm[i + 1] === "that");
  if (!participle && (norm[i] ?? "").endsWith("ing") && frontedParticiple) {
    // "While declining to name the buyer, the mayor said …": a participle clause that opens the sentence has
    // the main clause's subject as its speaker, never the subordinator the word walk found before it
    np = frontedClauseSubject(ctx, i, se);
    who = np?.ref ?? null;
  }
  if (participle) {
    // the speaker of the nearest earlier cue in the same sentence, else the sentence's subject
    const prev = latestCueBefore(ctx, ss, i);
    if (prev?.who) who = prev.who;
    else {
      np = sentenceSubject(ctx, ss, i);
      who = np?.ref ?? null;
    }
  }
  // Sourceless passive: "it was reported that", "it is said that".
  const passive = BE_BEFORE_PARTICIPLE.has(norm[i - 1] as string) && ctx.doc.tokens.xpos[i] === "VBN";
  // the subject of a passive cue is what was said or whom it was said to ("The minister was told that …",
  // "Three soldiers were reported missing"), never the speaker; a "by" agent is ("announced by the ministry")
  if (passive) who = passiveAgent(ctx, i, se);
  return { np, who, passive, subjEnd: found.subjEnd };
}

/** Subordinators that open a fronted participle clause ("While declining …, the mayor said"). */
const FRONTED_OPENERS = new Set([...PARTICIPLE_OPENERS, "since", "upon", "though", "although", "despite", "on"]);

/**
 * Subject of the main clause after a fronted participle clause whose cue is `i`: the noun phrase after the first
 * comma that follows the cue, when a verb comes right after it.
 */
function frontedClauseSubject(ctx: Ctx, i: number, se: number): NounPhrase {
  const { norm, pos } = ctx.doc.tokens;
  for (let k = i + 1; k < se - 1; k++) {
    if (SENT_END.has(norm[k] as string) || norm[k] === ";") return null;
    if (norm[k] !== ",") continue;
    const np = npStartingAt(ctx.doc, ctx.actors, k + 1, se);
    return np && (pos[np.to] === "VERB" || pos[np.to] === "AUX" || pos[np.to] === "ADV") ? np : null;
  }
  return null;
}

const BE_BEFORE_PARTICIPLE = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "'re"]);

/** The speaker of passive cue `i`: its `obl:agent` ("by the ministry") in the parse, if that names an actor. */
function passiveAgent(ctx: Ctx, i: number, se: number): EntityRef | null {
  const { head, deprel } = ctx.doc.tokens;
  for (let k = i + 1; k < se; k++) {
    if (head[k] !== i || deprel[k] !== "obl:agent") continue;
    // the phrase opens after "by": the agent noun's own left dependents ("the", "Iran's") belong to it
    let from = k;
    while (from - 1 > i && head[from - 1] === k && deprel[from - 1] !== "case") from--;
    const np = npStartingAt(ctx.doc, ctx.actors, from, se);
    return np?.ref.entity ? np.ref : null;
  }
  return null;
}

/**
 * Complements that start right after the verb: "reported on …" and an addressee ("told reporters that …",
 * "urged Congress to act"). Returns the token after them, or -1 when the item was made (or refused) here.
 */
function leadingComplement(ctx: Ctx, i: number, cls: string, who: EntityRef | null, se: number): number {
  const { doc } = ctx;
  const { norm, pos, lemma } = doc.tokens;
  const l = lemma[i] as string;
  let j = i + 1;
  // phrasal particles: "pointed out", "reported on"
  if (norm[j] === "out" || norm[j] === "up") j++;
  // "reported on Monday" is a time adjunct, "reported on supplies of …" the topic
  if (ctx.cues.reportOn.has(l) && (norm[j] === "on" || norm[j] === "about") && !TIME_HEADS.has(norm[j + 1] as string)) {
    if (who === null) return -1; // "Speaking on radio show X, …" is a setting, not a report
    // "spoke on (the) condition of anonymity", "on behalf of", "on the phone": how one spoke, not about what
    if (reportSetting(ctx, j + 1, se)) return -1;
    const end = contentEnd(ctx, j + 1);
    if (end > j + 1) pushIndirect(ctx, "report", who, i, i + 1, [[j + 1, end]]);
    return -1;
  }
  if (ADDRESSEE.has(l) && norm[j] !== "that") {
    // "told reporters (on Monday) that …"
    const obj = npStartingAt(doc, ctx.actors, j, se);
    if (obj) j = addresseeEnd(ctx, obj.to, se);
    // "asked the port authority to look into …", "urged Congress to act": the addressee and the
    // requested action together are the content
    if (obj && norm[j] === "to" && (pos[j + 1] === "VERB" || pos[j + 1] === "AUX") && who !== null) {
      const end = clauseEnd(ctx, j, se);
      pushIndirect(ctx, cls, who, i, i + 1, [[obj.from, end]]);
      return -1;
    }
  }
  return j;
}

/**
 * The end of an addressee that the noun-phrase walk cut short: a glued hyphen compound ("The Star-Ledger") and a
 * place after "of" ("the Gazette of Newark"), so that the clause after it is found as the content.
 */
function addresseeEnd(ctx: Ctx, to: number, se: number): number {
  const { norm, pos, start, end } = ctx.doc.tokens;
  let j = to;
  for (let guard = 0; guard < 4 && j < se; guard++) {
    const glued = norm[j] === "-" && start[j] === end[j - 1] && start[j + 1] === end[j];
    if (glued && (pos[j + 1] === "PROPN" || pos[j + 1] === "NOUN")) j += 2;
    else if (norm[j] === "of" && pos[j + 1] === "PROPN") j += 2;
    else break;
    while (j < se && pos[j] === "PROPN") j++;
  }
  return j;
}

const REPORT_SETTINGS: ReadonlySet<string> = CLAUSE_WORDS.report_settings;

/** Whether the phrase from `from` is headed by a setting noun ("the condition of …", "behalf of", "the phone"). */
function reportSetting(ctx: Ctx, from: number, se: number): boolean {
  const { pos, lemma } = ctx.doc.tokens;
  let k = from;
  while (k < se && (pos[k] === "DET" || pos[k] === "ADJ")) k++;
  return REPORT_SETTINGS.has(lemma[k] as string);
}

/**
 * "Lind was asked what happened to the ferry", "voters were asked who would …", "Brenn was asked by host Ada
 * Lind whether …", "delegates are asked to rank their choices": the question (or the request) is the content,
 * the "by" phrase (a noun phrase, named or not) the asker, else nobody.
 */
function passiveQuestion(ctx: Ctx, c: CueSite): boolean {
  const { norm, pos } = ctx.doc.tokens;
  const { i, cls, se } = c;
  let k = i + 1;
  let who: EntityRef | null = null;
  if (norm[k] === "by") {
    const agent = npStartingAt(ctx.doc, ctx.actors, k + 1, se);
    if (!agent) return false;
    who = agent.ref;
    k = agent.to;
  }
  const n = norm[k] as string;
  const question = ctx.cues.wh.has(n) || n === "if" || n === "whether";
  const request = n === "to" && (pos[k + 1] === "VERB" || pos[k + 1] === "AUX");
  if (!question && !request) return false;
  const end = question ? contentEnd(ctx, k) : clauseEnd(ctx, k, se);
  if (end <= k + 1) return false;
  pushIndirect(ctx, cls, who, i, i + 1, [[k, end]]);
  return true;
}

/** Clausal complements: an embedded question, "that"/"if"/"whether", a colon, or ", " + clause after a subject. */
function clauseComplement(ctx: Ctx, c: CueSite): boolean {
  const { doc } = ctx;
  const { norm, pos } = doc.tokens;
  const { i, cls, l, ss, se, np, who, j, nj } = c;
  if (ctx.cues.wh.has(nj) && nj !== "if" && nj !== "whether" && (l === "ask" || l === "wonder" || l === "question")) {
    // "A reporter asked Lind how she's coping": the embedded question is the content
    const end = contentEnd(ctx, j);
    if (end > j + 1 && who !== null) pushIndirect(ctx, cls, who, i, i + 1, [[j, end]]);
    return true;
  }
  if (nj === "that" || nj === "if" || nj === "whether") {
    const end = contentEnd(ctx, j);
    if (end > j + 1) pushIndirect(ctx, cls, who, i, i + 1, [[j, end]]);
    return true;
  }
  if (nj === ":" && !ctx.inQuote[j + 1]) {
    const end = contentEnd(ctx, j + 1);
    if (end > j + 1) pushIndirect(ctx, cls, who, i, i + 1, [[j + 1, end]]);
    return true;
  }
  // "Rubio says, win or lose, he's staying in the race": the subject opens the sentence, the content follows.
  if (nj === "," && np && np.from === ss && j + 1 < se && !ctx.inQuote[j + 1] && !isMarkToken(doc, j + 1)) {
    const end = contentEnd(ctx, j + 1);
    let finite = false;
    for (let t = j + 1; t < end; t++)
      if (pos[t] === "AUX" || (pos[t] === "VERB" && !(norm[t] ?? "").endsWith("ing"))) finite = true;
    if (finite && end > j + 2) {
      pushIndirect(ctx, cls, who, i, i + 1, [[j + 1, end]]);
      return true;
    }
  }
  return false;
}

/**
 * The cue after its content ("…, officials said.", "…, said the minister.", "The attack, he said, was …"): the
 * content is the clause before the comma, plus the clause after a parenthetical cue group.
 */
function cueAfterContent(ctx: Ctx, c: CueSite): void {
  const { doc } = ctx;
  const { norm } = doc.tokens;
  const { i, cls, ss, se, np, subjEnd } = c;
  let who = c.who;
  let srcFrom = np ? np.from : i;
  // an apposition subject ends at the comma before the verb ("…, a spokeswoman, Anna White, said")
  if (!np || (np.to < subjEnd && !(np.to === subjEnd - 1 && norm[np.to] === ","))) srcFrom = i;
  let inverted: ReturnType<typeof npStartingAt> = null;
  // the phrase after a participle is its object ("…, citing unnamed officials"), never its subject
  if (!np && doc.tokens.xpos[i] !== "VBG") {
    inverted = npStartingAt(doc, ctx.actors, i + 1, se);
    if (inverted) who = inverted.ref;
  }
  const comma = srcFrom - 1;
  if (norm[comma] !== "," || comma <= ss || ctx.inQuote[comma - 1]) return;
  // "In fact, the ferry was late, Lind said": the writer's connective is no part of what was said (a bare "But"
  // or "And" is kept: the gold keeps it about as often as not before a closing cue)
  const from = afterConnective(ctx, clauseStartBefore(ctx, comma, ss), comma, false);
  const pieces: [number, number][] = [[from, comma]];
  if (inverted && norm[inverted.to] === "," && !verbAt(ctx, inverted.to + 1)) {
    // "…, said David Autor, a professor of economics, who …": PolNeAR's source is the speaker with every
    // apposition and relative clause after it, to the sentence end
    let e = se;
    while (e > inverted.to && (SENT_END.has(norm[e - 1] as string) || norm[e - 1] === ",")) e--;
    if (ctx.regionOf.slice(inverted.to, e).every((r) => r === -1))
      inverted = {
        from: inverted.from,
        to: e,
        ref: { ...tokSpan(doc, inverted.from, e), entity: inverted.ref.entity },
      };
    who = inverted.ref;
  }
  const groupEnd = Math.max(i + 1, inverted?.to ?? 0);
  if (norm[groupEnd] === "," && groupEnd + 1 < se && !CONTENT_STOP_PARTICIPLES.has(norm[groupEnd + 1] as string)) {
    const e = contentEnd(ctx, groupEnd + 1);
    if (e > groupEnd + 1) pieces.push([groupEnd + 1, e]);
  }
  if (who === null) return;
  if (inverted) claim(ctx, inverted.from, inverted.to);
  pushIndirect(ctx, cls, who, i, i + 1, pieces);
}

/**
 * "Voters see Lind as the stronger candidate", "cast the plan as a giveaway": a view reported as an object plus an
 * "as" phrase; the object and the phrase together are the content (PolNeAR's reading).
 */
function asComplement(ctx: Ctx, c: CueSite): boolean {
  const { doc } = ctx;
  const { i, se, who, j } = c;
  if (who === null) return false;
  const obj = npStartingAt(doc, ctx.actors, j, se);
  if (!obj || doc.tokens.norm[obj.to] !== "as") return false;
  const end = objectEnd(ctx, obj.to, clauseEnd(ctx, obj.to, se));
  if (end <= obj.to + 1) return false;
  pushIndirect(ctx, c.cls, who, i, i + 1, [[j, end]]);
  return true;
}

/**
 * "…, the paper reported, citing unnamed officials": the participle continues the report of the nearest earlier
 * cue in the sentence, and the person or group it cites is that report's source, so the officials are nested
 * inside the paper's frame (chain [paper, officials]), never the speaker of the sentence. A cited thing that
 * names no actor ("citing internal documents", "citing her long experience") links nothing.
 */
function citedSource(ctx: Ctx, c: CueSite): void {
  const { doc } = ctx;
  const { i, ss, se, j } = c;
  if (doc.tokens.norm[i - 1] !== "," || doc.tokens.xpos[i] !== "VBG") return;
  const report = latestCueBefore(ctx, ss, i);
  const cited = npStartingAt(doc, ctx.actors, j, se);
  if (!report?.who || !cited?.ref.entity || ctx.actors.mentionOfToken[cited.to - 1] === -1) return;
  if (cited.ref.entity !== report.who.entity) report.cited = cited.ref;
}

/** A finite verb or auxiliary at `t` (a parenthetical cue group's content resumes there). */
function verbAt(ctx: Ctx, t: number): boolean {
  const { pos, norm } = ctx.doc.tokens;
  return pos[t] === "AUX" || (pos[t] === "VERB" && !(norm[t] ?? "").endsWith("ing"));
}

const DATA_VERBS: ReadonlySet<string> = CLAUSE_WORDS.data_verbs;
const DATA_SUBJECTS: ReadonlySet<string> = CLAUSE_WORDS.data_subjects;
const OBJECT_REPORT_VERBS: ReadonlySet<string> = CLAUSE_WORDS.object_report_verbs;

/**
 * A data verb that is no cue of its own ("put", "peg") reports its object only after a data subject: "Gallup's
 * tracking poll puts her approval at 50 percent", "estimates put the total near 30,000". Returns "report" then.
 */
export function dataOnlyCue(ctx: Ctx, i: number, ss: number): string | null {
  const { pos, lemma } = ctx.doc.tokens;
  if (pos[i] !== "VERB" || !DATA_VERBS.has(lemma[i] as string) || ctx.cues.verbs.has(lemma[i] as string)) return null;
  const np = npEndingAt(ctx.doc, ctx.actors, subjectEnd(ctx.doc, i, ss), ss);
  return np && DATA_SUBJECTS.has(lemma[np.to - 1] as string) ? "report" : null;
}

/**
 * "The new poll shows Lind far ahead", "public records show no gifts": a poll, survey or record shows its object
 * (PolNeAR annotates it as the content); "the senator has shown little interest" reports nothing.
 */
function dataObject(ctx: Ctx, c: CueSite): boolean {
  if (!DATA_VERBS.has(c.l) || c.nj === "that" || c.np === null) return false;
  return DATA_SUBJECTS.has(ctx.doc.tokens.lemma[c.np.to - 1] as string);
}

/**
 * "Police reported no arrests", "the filing revealed deep anxiety": a report verb (clause-words
 * `object_report_verbs`) whose object is a noun phrase with no verb of its own reports that object; a clause after
 * it ("reported the king would resign") is left to `bareComplement`.
 */
function reportedObject(ctx: Ctx, c: CueSite): boolean {
  const { pos, norm } = ctx.doc.tokens;
  if (!OBJECT_REPORT_VERBS.has(c.l) || c.who === null || c.nj === "that" || ctx.regionOf[c.j] !== -1) return false;
  const end = clauseEnd(ctx, c.j, c.se);
  for (let t = c.j; t < end; t++) {
    const p = pos[t];
    if (p === "AUX" || (p === "VERB" && !/(ing|ed)$/.test(norm[t] as string))) return false;
    // "denied bail to the suspect", "denied class-action status to workers": withholding something is no report
    if (norm[t] === "to" && GIVING_SENSE.has(c.l)) return false;
  }
  // "denied Lind the nomination", "confirmed 68 judges": a person or a count as object withholds or appoints
  const p = pos[c.j];
  if (GIVING_SENSE.has(c.l) && (p === "PROPN" || p === "PRON" || p === "NUM")) return false;
  // "acknowledged the mayor and Okafor had split the vote": a clause that opens like a noun phrase is no object
  if (c.cls !== "report") {
    for (let t = end; t < c.se && !CLAUSE_STOPS.has(norm[t] as string); t++) {
      const x = ctx.doc.tokens.xpos[t];
      if (pos[t] === "AUX" || x === "VBD" || x === "VBZ" || x === "VBP" || x === "MD") return false;
    }
  }
  return end > c.j;
}

const CLAUSE_STOPS = new Set([",", ";", ":", ".", "!", "?"]);

/** Object-report verbs with a second, non-report sense: withholding ("deny") or appointing ("confirm"). */
const GIVING_SENSE: ReadonlySet<string> = CLAUSE_WORDS.giving_sense_report_verbs;

/** The content of a data cue: its object (a name keeps what follows: "Trump leading slightly in Indiana"). */
function dataContent(ctx: Ctx, c: CueSite): void {
  const { pos } = ctx.doc.tokens;
  const { i, j, se, who } = c;
  const p = pos[j] as string;
  if (who === null || !(p === "DET" || p === "NOUN" || p === "PROPN" || p === "PRON" || p === "ADJ" || p === "NUM"))
    return;
  // "puts her approval at 50 percent": a verb that is no cue of its own needs its "at" phrase, so the object runs
  // to the clause end over time words ("this year") that end a plain object
  const clause = clauseEnd(ctx, j, se);
  const end = ctx.cues.verbs.has(c.l) ? objectEnd(ctx, j, clause) : clause;
  if (end > j) pushIndirect(ctx, c.cls, who, i, i + 1, [[j, end]]);
}

/**
 * Object content of a stance verb: "criticized the deal", "wants a wall on the border" — the object to the clause
 * end, without a setting after a pronoun or name; participles that only modify a noun report nothing.
 */
function stanceObject(ctx: Ctx, c: CueSite): void {
  const { doc } = ctx;
  const { norm, pos } = doc.tokens;
  const { i, l, se, who, j, nj } = c;
  // "a group called Veterans for Peace", "an ad backed by …": a participle after an indefinite noun names, it
  // does not report
  // ("Many commentators called him …": a past tense with its subject is a report; so is a present tense, which
  // is never a participle: "Most voters support the plan")
  const backing = backingParticiple(ctx, c);
  if (
    !backing &&
    pos[i - 1] === "NOUN" &&
    (norm[i - 2] === "a" || norm[i - 2] === "an" || pos[i - 2] === "ADJ") &&
    !FINITE_TAGS.has(doc.tokens.xpos[i] as string)
  )
    return;
  // "voters supporting Lind", "a fund backed by donors": participles modifying a noun, not reports
  const form = norm[i] as string;
  if (form.endsWith("ing") && (pos[i - 1] === "NOUN" || pos[i - 1] === "PROPN") && !backing) return;
  if (form.endsWith("ed") && norm[i + 1] === "by") return;
  // "the rebels attacked a convoy" is an act, "the senator attacked the plan" a stance
  if (PHYSICAL_STANCE.has(l) && !personSource(ctx, who)) return;
  // "criticized the deal", "wants a wall on the border": the object (to the clause end) is the content.
  if (
    who === null ||
    !(
      pos[j] === "DET" ||
      pos[j] === "NOUN" ||
      pos[j] === "PROPN" ||
      pos[j] === "PRON" ||
      pos[j] === "ADJ" ||
      pos[j] === "NUM" ||
      capitalized(doc, j) ||
      nj === "to" ||
      (!c.passive && gerundObject(ctx, j))
    )
  )
    return;
  let end = clauseEnd(ctx, j, se);
  // "praised him in nearly every interview", "attacked Lind in last Friday's debate": after a pronoun or a
  // name, a prepositional adjunct is the writer's setting, not part of what is praised
  const obj = npStartingAt(doc, ctx.actors, j, end);
  // "called the police" names a call, "called the plan a disaster" a stance: these verbs need words after
  // their object
  if (SMALL_CLAUSE.has(l) && obj && obj.to >= end) return;
  // "shared her concerns" reports a view, "shared the driving with her partner" an act
  if (INFORMATION_VERBS.has(l) && !informationObject(ctx, j, end)) return;
  if (
    obj &&
    (pos[j] === "PRON" || pos[j] === "PROPN") &&
    ADJUNCT_PREP.has(norm[obj.to] as string) &&
    obj.to < end &&
    !ctx.cues.prepVerbs.get(l)?.some((w) => w[0] === norm[obj.to])
  )
    end = obj.to;
  end = objectEnd(ctx, j, end, CLAUSE_WORDS.support_stance_verbs.has(l));
  // "pastors supporting the levy signed a letter": the participle's phrase ends where its parse subtree does
  if (backing) end = Math.min(end, subtreeEnd(doc, i, end));
  if (end > j) pushIndirect(ctx, "stance", who, i, i + 1, [[j, end]]);
}

/** One past the last token in [t, max) that `t` dominates without a gap (its contiguous parse subtree). */
function subtreeEnd(doc: Document, t: number, max: number): number {
  let e = t + 1;
  while (e < max && dominates(doc, t, e)) e++;
  return e;
}

/**
 * "Two-thirds support lowering the fares", "back temporarily banning the boats": a gerund (after at most one
 * adverb) is the object of an active stance verb as a noun phrase is.
 */
function gerundObject(ctx: Ctx, j: number): boolean {
  const { pos, xpos, norm } = ctx.doc.tokens;
  // (the tagger may call the adverb anything: "temporarily/SCONJ closing")
  const g = pos[j] === "ADV" || /ly$/.test(norm[j] as string) ? j + 1 : j;
  // ("according to" is a preposition; the parse's attachment of the gerund is too often wrong to ask it)
  return pos[g] === "VERB" && xpos[g] === "VBG" && norm[g] !== "according";
}

/** Finite verb tags: a verb so tagged after its noun is that noun's predicate, not a modifier. */
const FINITE_TAGS = new Set(["VBD", "VBP", "VBZ"]);

const NOUN_PARTICIPLE_STANCES: ReadonlySet<string> = CLAUSE_WORDS.noun_participle_stances;

/**
 * "a super PAC backing Lind", "pastors supporting the levy", "a letter urging a recount": a stance participle the
 * parse attaches (`acl`) to the noun right before it reports that noun's stance, with the noun phrase as its
 * source (PolNeAR marks these; a participle of any other lemma after a noun stays a plain modifier).
 */
function backingParticiple(ctx: Ctx, c: CueSite): boolean {
  const { doc } = ctx;
  if (!NOUN_PARTICIPLE_STANCES.has(c.l) || doc.tokens.xpos[c.i] !== "VBG") return false;
  const host = participleHead(doc, ctx.actors, c.i, c.ss);
  return host !== null && host.to === c.i;
}

const OBJECT_CLAUSE_OPENERS: ReadonlySet<string> = CLAUSE_WORDS.object_clause_openers;
const REASON_OPENERS: ReadonlySet<string> = CLAUSE_WORDS.object_reason_openers;
const INFORMATION_VERBS: ReadonlySet<string> = CLAUSE_WORDS.information_object_verbs;
const INFORMATION_NOUNS: ReadonlySet<string> = CLAUSE_WORDS.information_nouns;
const POSSESSIVE_MARKS = new Set(["'s", "’s", "'", "’"]);
const QUANTIFIERS = new Set([
  "many",
  "some",
  "all",
  "much",
  "most",
  "none",
  "one",
  "few",
  "several",
  "any",
  "each",
  "part",
]);

/**
 * Whether the object starting at `j` names information or a view: the head of its first noun group ("her deep
 * concerns", "a photo of the pier"; after "many of", "some of" the noun after "of") is an information noun or a
 * reporting noun, or the object is a pronoun (which the verb's sense cannot be read from) or a quotation.
 */
function informationObject(ctx: Ctx, j: number, end: number): boolean {
  const { norm, pos, lemma } = ctx.doc.tokens;
  if (ctx.regionOf[j] !== -1 || (pos[j] === "PRON" && ctx.doc.tokens.xpos[j] !== "PRP$")) return true;
  let k = j;
  if (QUANTIFIERS.has(norm[k] as string) && norm[k + 1] === "of") k += 2;
  for (; k < end; k++) {
    const noun = pos[k] === "NOUN" || pos[k] === "PROPN";
    // no noun before a preposition or a clause boundary: "shared the driving (VERB) with her partner"
    if (!noun) {
      if (pos[k] === "ADP" || pos[k] === "PUNCT" || pos[k] === "SCONJ") return false;
      continue;
    }
    // "Lind's internal polling": the possessor is no head
    if (pos[k + 1] === "NOUN" || pos[k + 1] === "PROPN" || POSSESSIVE_MARKS.has(norm[k + 1] as string)) continue;
    const l = lemma[k] as string;
    return INFORMATION_NOUNS.has(l) || ctx.cues.nouns.has(l);
  }
  return false;
}

/**
 * End of a stance object inside [j, end): a noun phrase holds no adverbial clause or time adjunct, so "backed Lind
 * after the vote …", "defended the plan this week", "endorsed Lind last week and has campaigned …" stop
 * before them (the writer's setting, not what is backed).
 */
function objectEnd(ctx: Ctx, j: number, end: number, backing = false): number {
  const { norm, pos } = ctx.doc.tokens;
  for (let k = j + 1; k < end; k++) {
    const n = norm[k] as string;
    if (ctx.regionOf[k] !== -1) continue;
    // "attacked Lind, calling him a fraud", "endorsed the bid, including two senators": a participle after a
    // comma is the writer's gloss on the act, not part of the object
    if (n === "," && pos[k + 1] === "VERB" && (norm[k + 1] as string).endsWith("ing") && !spellsOutObject(ctx, k + 1))
      return k;
    // ("criticized Lind as hypocritical because she took the money": the reason is part of the stance)
    // (after a backing verb, "is backing Lind because it trusts her", the reason is the writer's again)
    if (OBJECT_CLAUSE_OPENERS.has(n) && (backing || !REASON_OPENERS.has(n)) && (pos[k] === "SCONJ" || pos[k] === "ADP"))
      return trimComma(norm, j, k);
    const timeNext = TIME_HEADS.has(norm[k + 1] as string);
    if (TIME_HEADS.has(n) && pos[k - 1] !== "DET" && pos[k - 1] !== "ADP" && pos[k - 1] !== "ADJ")
      return trimComma(norm, j, k);
    if ((n === "last" || n === "this" || n === "next") && timeNext) return trimComma(norm, j, k);
    // "blamed the outage on a storm but later admitted …", "criticized the tone and defended …": a second
    // predicate of the subject (after adverbs), or "but" + a new subject
    let v = k + 1;
    while (v < end && pos[v] === "ADV") v++;
    const finite = pos[v] === "AUX" || (pos[v] === "VERB" && !(norm[v] as string).endsWith("ing"));
    if ((n === "and" || n === "but") && finite && k > j + 1) return trimComma(norm, j, k);
    if (n === "but" && (pos[k + 1] === "PRON" || pos[k + 1] === "PROPN") && k > j + 1) return trimComma(norm, j, k);
  }
  return end;
}

function trimComma(norm: readonly string[], j: number, k: number): number {
  // (", including" with nothing after it before the stop is no part of the object either)
  if (k - 2 > j && norm[k - 1] === "including" && norm[k - 2] === ",") return k - 2;
  return k - 1 > j && norm[k - 1] === "," ? k - 1 : k;
}

/**
 * Whether "including" at `t` spells out the object itself ("criticized his record, including his refusal to
 * release his taxes", "hacked agencies, including the theft of …"; PolNeAR dev keeps such a tail about twice as
 * often as not) rather than glossing the subject with names ("endorsed the bid, including Senator Lind and
 * Senator Okafor") or adding an act ("including using a third party").
 */
function spellsOutObject(ctx: Ctx, t: number): boolean {
  const { norm, pos } = ctx.doc.tokens;
  if (norm[t] !== "including") return false;
  const next = pos[t + 1] === "DET" ? t + 2 : t + 1;
  return pos[next] !== "PROPN" && pos[next] !== "VERB";
}

/** "Xi expressed willingness to maintain …", "expressed concern that …": the attitude noun's complement. */
function expressed(ctx: Ctx, c: CueSite): void {
  const { norm, pos } = ctx.doc.tokens;
  const { i, se, who, j } = c;
  if (who === null) return;
  // "Xi expressed willingness to maintain …", "expressed concern that …", "expressed support for …": the
  // attitude noun's complement is what the source holds
  let k = j;
  while (k < se && (pos[k] === "ADJ" || pos[k] === "DET" || POSSESSIVE.has(norm[k] as string))) k++;
  if (pos[k] === "NOUN") {
    const after = norm[k + 1] as string;
    const from =
      after === "to" || after === "that" ? k + 1 : ["for", "about", "over", "at", "with"].includes(after) ? k + 2 : -1;
    if (from > 0) {
      const end = after === "that" ? contentEnd(ctx, from) : clauseEnd(ctx, from, se);
      if (end > from) pushIndirect(ctx, "belief", who, i, i + 1, [[from, end]]);
    }
  }
}

/** A quotation right after the verb, or a bare complement clause ("said Xi expressed …"). */
function bareComplement(ctx: Ctx, c: CueSite): void {
  const { doc } = ctx;
  const { norm, pos } = doc.tokens;
  const { i, cls, l, who, j, nj } = c;
  // A quotation right after the verb: `Lind said "it makes me angry" …` (mixed or direct by the marks).
  if (ctx.regionOf[j] !== -1 && (ctx.regions[ctx.regionOf[j] as number] as QuoteRegion).tokFrom === j) {
    const end = contentEnd(ctx, j);
    if (end > j + 1) pushIndirect(ctx, cls, who, i, i + 1, [[j, end]]);
    return;
  }
  // Bare complement clause: "said Xi expressed …", "reported no greetings exchanged".
  const nominal =
    pos[j] === "PRON" ||
    pos[j] === "PROPN" ||
    pos[j] === "DET" ||
    pos[j] === "NOUN" ||
    pos[j] === "NUM" ||
    pos[j] === "ADJ" ||
    capitalized(doc, j) ||
    ctx.actors.mentionOfToken[j] !== -1 ||
    (pos[j] === "VERB" && nj.endsWith("ing")) ||
    (pos[j] === "ADV" && cls === "speech") ||
    nj === "there";
  if (nominal) {
    const end = contentEnd(ctx, j);
    let hasVerb = false;
    // a finite verb makes a clause; report verbs ("polls show Lind gaining") also take a participle
    const participleOk = ctx.cues.reportOn.has(l);
    for (let t = j; t < end; t++)
      if ((pos[t] === "VERB" && (participleOk || !(norm[t] ?? "").endsWith("ing"))) || pos[t] === "AUX") {
        hasVerb = true;
        break;
      }
    // "Okafor said each extra hour of sleep brings/NOUN a 5% gain": after "say" with a named speaker a noun phrase
    // of some length is the reported clause even when the tagger found no verb in it ("61 percent say the same")
    if (!hasVerb && l === "say" && who !== null && end - j >= 3 && pos[j] !== "ADV") hasVerb = true;
    if (hasVerb && end > j + 1) pushIndirect(ctx, cls, who, i, i + 1, [[j, end]]);
  }
}
