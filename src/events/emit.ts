/**
 * Turns a matched pattern and its parties into coded events: participant pairs, modality (intent, threat,
 * attempt, refusal), the reporting frame's certainty and negation, and the event's date.
 */
import type { ActorMention } from "../actors/types.js";
import { inReportedClause, REPORTED_FUTURE } from "../attribution/certainty.js";
import type { AssertionFrame } from "../attribution/types.js";
import type { ActorRef, Certainty } from "../contract.js";
import { tokenAt } from "../nlp/document.js";
import type { DepTree } from "../nlp/tree.js";
import { cameoInfo } from "../ontology/index.js";
import { argumentLexicon, listed } from "./arguments.js";
import {
  counterfactualFact,
  deniedContent,
  frameNegationReaches,
  parsedModality,
  scopedNegation,
  sharedModal,
} from "./certainty.js";
import { type CoderContext, HARD } from "./coder-context.js";
import { HISTORICAL_CUES, type SentenceDate } from "./dates.js";
import { deonticContent } from "./deontic.js";
import { eventDate } from "./event-dates.js";
import { genericDescription } from "./generic-description.js";
import type { EventPattern } from "./lexicon.js";
import { coSubjectPairs } from "./multilateral.js";
import { spuriousNegation } from "./negation-scope.js";
import { ref } from "./participants.js";
import {
  beatenNoPeople,
  calledWithObject,
  inCausePhrase,
  peopleOfBody,
  presupposedEvent,
  stateProtestCode,
} from "./party-senses.js";
import { inCondition, inFutureTimeClause, intentAdjAt } from "./subjects.js";
import { locatedModifier, sharedTarget } from "./targets.js";

/** Roots whose future/intended form is coded as an intent (03x) or a threat (13x). */
const INTENT_CODE: Readonly<Record<string, string>> = {
  "124": "1312",
  "04": "036",
  "05": "032",
  "06": "031",
  "07": "033",
  "08": "035",
  "15": "138",
  "16": "131",
  "17": "137",
  "18": "138",
  "19": "138",
  "20": "138",
  // "would blockade Paris", "will stage protests unless …": a threat of protest.
  "14": "133",
};
/** Verbs of a sworn intent not in the attribution stage's intent list ("have sworn to fight"). */
const SWORN = new Set(["swear", "swore", "sworn", "swears", "swearing"]);
/** Verbs of an attempt: "tried to assassinate" is an attempted act of force, not a threat. */
const ATTEMPT = new Set(["try", "tried", "tries", "trying", "attempt", "attempted", "attempts", "attempting"]);
const CONDITION = new Set(["were", "whether", "should"]);
/** Modals of possibility on the trigger itself. */
const SPECULATIVE = new Set(["may", "might", "could"]);
const PERFECT = new Set(["have", "has", "had", "'ve"]);
/** Actor codes of the press (CAMEO MED, PLOVER JRN): "reporters" → USAMED, "Reuters" → GBRMED. */
const MEDIA = /^[A-Z-]{3}(MED|JRN)/;
/** Rule ids of force verbs that politicians use as words ("attacked", "clashed", "hit out"). */
const VERBAL_FORCE = /^V:(attack|clash|hit|slam|lash|blast)\b/;
/** Both sides are political persons or bodies (parties, elites, parliaments, courts), not forces or states. */
function politicians(source: ActorRef | null, target: ActorRef | null): boolean {
  // An organ of an international body ("the European Parliament", "the Commission") is a political body too; its
  // peacekeepers or forces are not.
  const role = /^([A-Z-]{3}(GOV|PTY|ELI|LEG|JUD|OPP)|IGO(?![A-Z]*(MIL|PKO)$)[A-Z]*)$/;
  const civil = /^([A-Z-]{3}(PTY|ELI|LEG|JUD|OPP)|IGO(?![A-Z]*(MIL|PKO)$)[A-Z]*)$/;
  const s = source?.actor ?? "";
  const t = target?.actor ?? "";
  return role.test(s) && role.test(t) && (civil.test(s) || civil.test(t));
}
/** Rule ids of withdrawal readings (see `pushEvents`). */
const LEAVING = /^[VN]:(withdraw|withdrawal|pull|exit|leave)\b/;
const CERTAINTY_RANK: Record<Certainty, number> = { asserted: 0, reported: 1, hedged: 2, hypothetical: 3 };

/** A participant pair of an event: source, target, and whether it is the reverse direction of a reciprocal verb. */
type Pair = [ActorMention | null, ActorMention | null, boolean];

/** The code, certainty, negation and rule of an event once modality, intent and reporting are read. */
interface Reading {
  code: string;
  certainty: Certainty;
  negated: boolean;
  rule: string;
}

/**
 * Emits the events of a matched pattern: one per source-target pair, with its modality, reporting frame and date.
 * Background (historical references, dates over ten years before the article) is no event.
 */
export function emit(
  cx: CoderContext,
  p: EventPattern,
  i: number,
  end: number,
  s: number,
  sources: ActorMention[],
  targets: ActorMention[],
  dates: SentenceDate[],
  override?: string,
  lightAt?: number,
  bySense = false,
) {
  const { doc, opt, framesAt, tree } = cx;
  const pairs = participantPairs(cx, p, i, sources, targets, override);
  if (pairs.length === 0) return;
  if (!cx.lex.anyPos && unrealizedContent(cx, lightAt ?? i, override ?? p.code)) return;
  if (calledWithObject(cx, p.id, i)) return;
  const triggerStart = doc.tokens.start[i] as number;
  if (historicalReference(cx, i, s)) return;
  const frame = innermostFrame(framesAt(triggerStart)) ?? conjunctFrame(cx, i);
  // A nominal event with a light verb has that verb's modality ("is ready to impose martial law").
  const verb = lightAt ?? i;
  // "officials may press the ministry to cut duties", "we could send them a letter": a possibility is no act and
  // no stated intent. With a condition it is a threat or an offer ("may halt mediation if …").
  if (!cx.lex.anyPos && speculative(cx, verb)) return;
  if (!cx.lex.anyPos && insistedFact(cx, verb)) return;
  if (!cx.lex.anyPos && habitualDescription(cx, verb)) return;
  // "officials talking behind closed doors can reach decisions": a participle describing a kind is no event.
  if (genericDescription(cx, verb)) return;
  // "It is essential that X provide Y": what ought to happen is no event.
  if (deonticContent(cx, verb)) return;
  const reading = readModality(cx, p, i, verb, override, bySense);
  if (frame) reportedIn(tree, frame, verb, reading);
  // "are not at war, despite sanctions against X": a negation around a phrase of time or concession spares it.
  if (reading.negated && presupposedEvent(cx, i)) reading.negated = false;
  const sentenceStart = doc.sentences.start[s] as number;
  // The date of the event's own clause ("In 2016 X received …"); inside reported content, a date outside the
  // content dates the report ("The Economist's June reports"), not the event.
  const date = eventDate(
    tree,
    verb,
    sentenceStart,
    dates,
    opt.date,
    (at) => !frame || (at >= frame.start && at < frame.end),
  );
  if (date && opt.date && Number(date.slice(0, 4)) < Number(opt.date.slice(0, 4)) - 10) return;
  const trigger = {
    start: triggerStart,
    end: doc.tokens.end[end] as number,
    text: doc.text.slice(triggerStart, doc.tokens.end[end] as number),
  };
  pushEvents(cx, p, s, pairs, reading, trigger, date, frame);
}

/**
 * A trigger verb under may/might/could with no if/unless after it in its sentence. "may have transferred" is a
 * hedged report of a past act, not a possibility.
 */
function speculative(cx: CoderContext, verb: number): boolean {
  const { tree } = cx;
  if (!cx.isVerbPos(verb) || !SPECULATIVE.has(parsedModality(tree, verb).modal ?? "")) return false;
  // the modal may sit on an xcomp controller ("may have agreed to sell"): the whole chain is read
  for (let v = verb, n = 0; v >= 0 && n < 4; n++, v = tree.head(v)) {
    if (tree.children(v).some((c) => tree.rel(c) === "aux" && PERFECT.has(cx.val(c)))) return false;
    if (tree.rel(v) !== "xcomp") break;
  }
  const end = cx.doc.sentences.tokenEnd[cx.doc.tokens.sentence[verb] as number] as number;
  for (let k = verb + 1; k < end; k++) if (cx.val(k) === "if" || cx.val(k) === "unless") return false;
  return true;
}

/** Finite forms of "be", "have" and "do": a clause with one states a fact, a demand has a bare verb or a modal. */
const INDICATIVE = new Set(["is", "was", "are", "were", "'s", "am", "has", "have", "had", "does", "did", "do"]);

/**
 * "insists his motivation was purely economic", "insisted that X was to blame": insisting on a fact is an
 * assertion, not a demand ("insisted that X withdraw", "insisted X must pay" stay).
 */
function insistedFact(cx: CoderContext, verb: number): boolean {
  if (cx.lower(verb) !== "insist") return false;
  // The parse often misreads the clause ("insists his motivation was …": motivation as object); the first verb
  // form after the trigger decides.
  const end = cx.doc.sentences.tokenEnd[cx.doc.tokens.sentence[verb] as number] as number;
  for (let k = verb + 1; k < end; k++) {
    const v = cx.value[k] as string;
    if (v === "," || HARD.has(v)) return false;
    if (INDICATIVE.has(cx.val(k)) && (cx.val(k) !== "'s" || cx.pos[k] === "AUX")) return true;
    if (cx.isVerbPos(k) || cx.pos[k] === "AUX") return false;
  }
  return false;
}

/**
 * Source-target pairs of an event: every source with every other target (and back for a reciprocal verb), each
 * pair of coordinated sources for a reciprocal verb without a target, or one-sided events. Records the targets
 * for coordinated predicates that share them (see sharedTarget).
 */
function participantPairs(
  cx: CoderContext,
  p: EventPattern,
  i: number,
  sources: ActorMention[],
  targets: ActorMention[],
  override: string | undefined,
): Pair[] {
  const { targetsAt, oneWay, asMembers } = cx;
  const pairs: Pair[] = [];
  const uniq = (ms: ActorMention[]) => [...new Map(ms.map((m) => [m.entity, m])).values()];
  const src = uniq(sources.flatMap(asMembers));
  const all = uniq(
    (targets.length > 0 ? targets : sharedTarget(cx, i, override ?? p.code, Boolean(p.say))).flatMap(asMembers),
  );
  // "talked to reporters", "discussed the plan with the BBC": talking to the press is how a statement is made,
  // not a consultation between two parties (04x); with the press as its only partner there is no event. A
  // statement to the press ("told Reuters", 010) stays: it names whom the statement was made to.
  const press = !cx.lex.anyPos && (override ?? p.code).startsWith("04");
  const heard = press ? all.filter((m) => !MEDIA.test(m.actor ?? "")) : all;
  if (press && all.length > 0 && heard.length === 0) return [];
  // "Spain and Portugal were opposed to the plan": a co-subject is no target of a one-way act (the parse may
  // give the coordinated subject as the verb's patient too); only a reciprocal verb pairs its subjects.
  const tgt =
    cx.lex.anyPos || p.recip || src.length < 2 ? heard : heard.filter((b) => !src.some((a) => a.entity === b.entity));
  if (tgt.length > 0) targetsAt.set(i, { quad: cameoInfo(override ?? p.code)?.quad ?? 0, targets: tgt });
  // "Arnor, Rohan and Mordor reached agreement with commercial banks": co-subjects are partners of each other
  // only when no other partner is named.
  const coSubjects = p.recip || p.mutual === true;
  if (tgt.length === 0 && coSubjects && src.length >= 2 && !otherPartner(cx, i) && !partnerObject(cx, p, i, override)) {
    // A multilateral act is not N×(N−1) bilateral ones (see multilateral.ts).
    pairs.push(...coSubjectPairs(src));
  } else if (tgt.length === 0) {
    for (const a of src) pairs.push([a, null, false]);
  } else if (src.length === 0) {
    // Agentless passive: unknown source.
    for (const b of tgt) pairs.push([null, b, false]);
  } else {
    for (const a of src) for (const b of tgt) if (a.entity !== b.entity) pairs.push([a, b, false]);
    // "refused to cooperate with X", "hopes to talk with X": an infinitive controlled by another verb is the
    // subject's stance alone; X took no part in it, so there is no reverse direction.
    if (p.recip && !controlledInfinitive(cx, i))
      for (const a of src)
        for (const b of tgt)
          if (a.entity !== b.entity && !oneWay.has(b) && !oneSidedDeal(cx, p, b) && !givenTo(cx, i)) {
            pairs.push([b, a, true]);
          }
  }
  // "Israel threatened to ban voting in East Jerusalem": a target that is the source itself leaves the event
  // one-sided.
  if (pairs.length === 0 && !p.say && src.length > 0 && tgt.every((b) => src.some((a) => a.entity === b.entity))) {
    for (const a of src) pairs.push([a, null, false]);
  }
  return pairs;
}

/** A with-phrase after the trigger, on it or on its object ("met with investors", "reached agreement with banks"). */
function otherPartner(cx: CoderContext, i: number): boolean {
  const { lex, tree } = cx;
  if (lex.anyPos) return false;
  const heads = [i, ...tree.dependents(i, "obj")];
  return heads.some((h) =>
    tree
      .children(h)
      .some((c) => c > i && (tree.rel(c) === "obl" || tree.rel(c) === "nmod") && tree.caseOf(c) === "with"),
  );
}

/**
 * "Labour and the Conservatives are telephoning millions of voters", "Arnor and Rohan met the press": a consultation
 * verb whose partner is its direct object has named that partner (coded or not), so its co-subjects did not
 * consult each other. Without an object ("Arnor and Rohan met on Monday") they did.
 */
function partnerObject(cx: CoderContext, p: EventPattern, i: number, override: string | undefined): boolean {
  const { lex, tree, pos } = cx;
  if (lex.anyPos || p.tgt !== null || !(override ?? p.code).startsWith("04")) return false;
  return tree
    .dependents(i, "obj")
    .some((o) => (pos[o] === "NOUN" || pos[o] === "PROPN") && o > i && !TIME_WORD.test(cx.lower(o)));
}

/** Days, months and spans the parser may give as a bare object ("will meet Thursday"). */
const TIME_WORD =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|yesterday|week|weekend|month|year|morning|afternoon|evening|night|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** The trigger is a to-infinitive controlled by another verb ("refused to cooperate"), read from the parse. */
function controlledInfinitive(cx: CoderContext, i: number): boolean {
  const { lex, tree, val } = cx;
  if (lex.anyPos || tree.rel(i) !== "xcomp") return false;
  const h = tree.head(i);
  return val(i - 1) === "to" && h >= 0 && h < i && cx.pos[h] === "VERB";
}

/**
 * "Gondor shared intelligence with Rohan": the with-phrase of a giving verb (event-arguments.json "giving_verbs")
 * names the recipient, who gave nothing back; a coordinated subject ("Gondor and Rohan shared intelligence") has
 * no target and still pairs both ways.
 */
function givenTo(cx: CoderContext, i: number): boolean {
  return !cx.lex.anyPos && listed("giving_verbs", cx.lower(i));
}

/** Prepositions of a party an agreement is for or accepted from, not made with ("agreed to US mediation"). */
const ONE_SIDED_PREPS = new Set(["to", "for"]);

/**
 * "agreed to US mediation", "agreed to provide aid for Rohan": a party after to/for is the agreement's
 * beneficiary or author, not a partner who agreed as well (an agreement *with* X stays reciprocal).
 */
function oneSidedDeal(cx: CoderContext, p: EventPattern, target: ActorMention): boolean {
  if (cx.lex.anyPos || !p.code.startsWith("03")) return false;
  let k = target.tokenStart - 1;
  for (let steps = 0; steps < 8 && k >= 0; steps++) {
    while (k >= 0 && ["DET", "ADJ", "NUM"].includes(cx.pos[k] ?? "")) k--;
    // "for Rohan and Gondor": a coordinated member shares the first member's preposition.
    const before = (cx.val(k) === "and" || cx.val(k) === ",") && k > 0 ? cx.mentionAt(k - 1) : null;
    if (!before) break;
    k = before.tokenStart - 1;
  }
  return ONE_SIDED_PREPS.has(cx.val(k));
}

/** Modals that make a clause an obligation: "Rohan must withdraw" is the content of a demand, not a withdrawal. */
const OBLIGATION = new Set(["must", "should"]);
/** Relations through which a demand or a threat governs its content (not coordination or adverbial clauses). */
const CONTENT_RELS = new Set(["obj", "obl", "nmod", "xcomp", "ccomp", "acl"]);

/**
 * An act that did not happen: the content of a demand ("demanded the withdrawal of X", "urged Rohan to sign",
 * "said Rohan must withdraw" — the demand is coded on its own verb, +must for the modal), or cooperation a party
 * threatens ("threatened to deliver blows"). Lists: `contexts` in event-arguments.json.
 */
function unrealizedContent(cx: CoderContext, verb: number, code: string): boolean {
  const { tree } = cx;
  // "Rohan must stop dumping and buy more Gondor grain": a verb conjunct shares its first conjunct's "must".
  const modal = parsedModality(tree, verb).modal ?? (cx.lex.anyPos ? null : sharedModal(tree, verb));
  if (modal && OBLIGATION.has(modal)) return true;
  if (!cx.lex.anyPos && obligedPredicate(tree, verb)) return true;
  const { contexts } = argumentLexicon();
  const demanded = contexts.get("demanded");
  const threatened = contexts.get("threatened");
  const cooperative = /^0[1-9]/.test(code);
  // "proposed that the two sides meet", "suggestions that X and Y agree a freeze", "offered that they meet",
  // "proposed an investigation": the content of a proposal is not an act either (the proposal is coded on its own
  // verb).
  const proposed = cx.lex.anyPos ? undefined : contexts.get("proposed");
  const proposedThat = cx.lex.anyPos ? undefined : contexts.get("proposed_that");
  for (let v = verb, steps = 0; steps < 3 && CONTENT_RELS.has(tree.rel(v)); steps++) {
    const rel = tree.rel(v);
    const that = thatClause(tree, v);
    v = tree.head(v);
    if (v < 0) return false;
    const norm = tree.doc.tokens.norm[v] ?? "";
    if (demanded?.has(norm) || (cooperative && threatened?.has(norm))) return true;
    // Only a proposal's object or that-clause: "proposed to hold talks" is the proposer's own act, a stated
    // intent, and a proposal noun's other modifiers are no content ("proposals on trade when he visits X").
    if ((rel === "obj" || that) && proposed?.has(norm)) return true;
    if (that && proposedThat?.has(norm)) return true;
  }
  return demandedClause(cx, verb, demanded) || (proposed !== undefined && demandedClause(cx, verb, proposed));
}

/**
 * "the ministry should be vigilant in preventing exports", "Rohan must try to stop the sales": an act in an
 * adverbial or complement clause of a predicate under must/should is part of what is urged, an exhortation,
 * not an act done.
 */
function obligedPredicate(tree: DepTree, verb: number): boolean {
  let v = verb;
  for (let n = 0; n < 2 && (tree.rel(v) === "advcl" || tree.rel(v) === "xcomp"); n++) {
    v = tree.head(v);
    if (v < 0) return false;
    const modal = parsedModality(tree, v).modal;
    if (modal && OBLIGATION.has(modal)) return true;
  }
  return false;
}

/**
 * "goods of the type Gondor normally bought from Rohan": a relative clause with an adverb of habit describes a
 * thing by what is usually done with it; no act took place. The adverbs are `habit_adverbs` in
 * event-arguments.json.
 */
function habitualDescription(cx: CoderContext, verb: number): boolean {
  const { tree } = cx;
  if (!tree.rel(verb).startsWith("acl")) return false;
  const habits = argumentLexicon().words.get("habit_adverbs");
  return tree.dependents(verb, "advmod").some((a) => habits?.has(tree.doc.tokens.norm[a] ?? "") === true);
}

/**
 * "bought goods of the type it normally bought from Rohan": a party inside such a habitual description (see
 * `habitualDescription`) belongs to it, not to the trigger outside it.
 */
function inHabitClause(cx: CoderContext, m: ActorMention, triggerStart: number): boolean {
  const { tree } = cx;
  const trigger = cx.doc.tokens.start.indexOf(triggerStart);
  for (let k = tree.head(m.tokenStart), n = 0; k >= 0 && n < 8; k = tree.head(k), n++) {
    if (k === trigger || tree.dominates(k, trigger)) return false;
    if (habitualDescription(cx, k)) return true;
  }
  return false;
}

/**
 * "offered to build the ships for less than Rohan's yards": a party in the standard of a comparison is what the
 * act is measured against, not a party to it. Read from the parse: the mention's phrase (through a compound or
 * possessor head) is opened by "than".
 */
function comparisonStandard(cx: CoderContext, m: ActorMention): boolean {
  const { tree } = cx;
  let k = m.tokenStart;
  while (k >= m.tokenStart && k < m.tokenEnd && tree.head(k) >= m.tokenStart && tree.head(k) < m.tokenEnd)
    k = tree.head(k);
  for (let n = 0; n < 3 && k >= 0; n++) {
    if (tree.caseOf(k) === "than") return true;
    if (!/^(compound|nmod:poss|amod)$/.test(tree.rel(k))) return false;
    k = tree.head(k);
  }
  return false;
}

/** A clause opened by "that" (its mark child). */
function thatClause(tree: DepTree, v: number): boolean {
  return tree.children(v).some((c) => tree.rel(c) === "mark" && tree.doc.tokens.norm[c] === "that");
}

/**
 * "their request that the administration offer subsidized wheat", "a call to send troops": the trigger stands in
 * the that- or to-clause right after a noun of demand, also when the parse misreads the clause (the trigger as a
 * compound noun). No verb or clause break between.
 */
function demandedClause(cx: CoderContext, i: number, demanded: ReadonlySet<string> | undefined): boolean {
  const { val, value } = cx;
  const from = cx.doc.sentences.tokenStart[cx.doc.tokens.sentence[i] as number] as number;
  for (let k = i - 1; k > from && k >= i - 8; k--) {
    const v = value[k] as string;
    if (v === "," || HARD.has(v) || cx.isVerbPos(k) || cx.pos[k] === "AUX") return false;
    const noun = cx.pos[k - 1] === "NOUN" && demanded?.has(cx.doc.tokens.norm[k - 1] ?? "");
    if ((val(k) === "that" || val(k) === "to") && noun) return true;
  }
  return false;
}

/** Historical references ("the 80th anniversary of victory over ...") are background, not current events. */
function historicalReference(cx: CoderContext, i: number, s: number): boolean {
  const { doc, lower } = cx;
  for (let k = Math.max(doc.sentences.tokenStart[s] as number, i - 12); k < i; k++) {
    if (HISTORICAL_CUES.has(lower(k)) || (lower(k) === "world" && lower(k + 1) === "war")) return true;
  }
  return false;
}

/** Words of a schedule before "to" + verb: "is due to meet", "are scheduled to sign", "is set to visit". */
const SCHEDULED = new Set(["due", "scheduled", "slated", "set", "poised"]);

/**
 * "Elessar is due to meet Eomer", "the two sides are scheduled to meet later today": a scheduled act has not
 * happened yet; like "will meet", it is a stated intent (036 for a meeting). The schedule word follows a form of
 * "be" (not "the set to …" or "was set to work" read as a past act would be: "set" counts only after is/are).
 */
function scheduledAt(cx: CoderContext, j: number): boolean {
  if (!SCHEDULED.has(cx.val(j))) return false;
  const be = cx.val(j - 1);
  return (
    cx.lower(j - 1) === "be" && (cx.val(j) !== "set" || be === "is" || be === "are" || be === "'s" || be === "'re")
  );
}

/** Forms of "be" that, right before "to" + verb, make the verb an arranged future: "is to visit", "were to meet". */
const BE_FORMS = new Set(["is", "are", "'s", "'re", "am", "was", "were"]);

/**
 * "Straw is to visit Thailand this week", "the ministers are to meet on Friday": "be" + "to" + verb is a plan or
 * an arrangement, written without a modal; like "will visit" it is a stated intent. "is to blame" is an idiom of
 * responsibility, no act.
 */
function arrangedAt(cx: CoderContext, j: number): boolean {
  return BE_FORMS.has(cx.val(j)) && cx.val(j + 1) === "to" && cx.val(j + 2) !== "blame";
}

/** Spans a future-time phrase names after "next", "later this", "coming" ("next week", "later this month"). */
const FUTURE_SPANS = /^(week|weekend|month|year|day|days|weeks|months|spring|summer|autumn|fall|winter)$/;

/**
 * A future-time phrase within the event noun's phrase ("visit to Washington next week", "talks with Reagan later
 * this month", "talks tomorrow"): words from data/lexicons/event-arguments.json "future_words", before a span or
 * alone ("tomorrow"). Stops at a clause break.
 */
function futureAfter(cx: CoderContext, i: number, reach = 8): boolean {
  const { value, lower, val } = cx;
  const future = argumentLexicon().words.get("future_words");
  for (let k = i + 1; k < Math.min(cx.count, i + 1 + reach); k++) {
    if (HARD.has(value[k] as string) || value[k] === "," || cx.isVerbPos(k)) return false;
    if (!future?.has(val(k))) continue;
    if (val(k) === "tomorrow") return true;
    const span = val(k + 1) === "this" ? lower(k + 2) : lower(k + 1);
    if (FUTURE_SPANS.test(span) || FUTURE_SPANS.test(val(k + 1 + (val(k + 1) === "this" ? 1 : 0)))) return true;
  }
  return false;
}

/** Words before "to" + verb that make a meeting or visit an expectation: "is likely / expected to visit". */
const EXPECTED = new Set(["likely", "expected", "unlikely"]);

/**
 * A meeting, visit or talks (04x) not yet held: the verb in the present tense dated after the report ("when he
 * meets Baker next week", "holds its meetings with the Bank next week"), or expected ("is likely to visit Moscow
 * soon"). Like "will meet", it is an intent (036), hedged or not as the sentence says; a past-tense verb with a
 * future date ("agreed last week to meet next month") is another event's date.
 */
function plannedMeeting(
  cx: CoderContext,
  code: string,
  verb: number,
  certainty: Certainty,
): "future" | "expected" | null {
  if (!code.startsWith("04")) return null;
  if (certainty === "hedged") return cx.val(verb - 1) === "to" && EXPECTED.has(cx.val(verb - 2)) ? "expected" : null;
  const tag = cx.doc.tokens.xpos[verb];
  const present = tag === "VBZ" || tag === "VBP";
  return certainty === "asserted" && present && futureAfter(cx, verb, 12) ? "future" : null;
}

/** Penn tags of a simple present ("visits", "hold"). */
const PRESENT_TAGS = new Set(["VBZ", "VBP"]);

/**
 * "when he visits Washington next month", "the IMF, which holds its meetings with the World Bank next week",
 * "officials tomorrow open talks with X": a simple present, without an auxiliary, dated after the report by a
 * future-time phrase of its own clause (after the verb up to the next verb or clause break, or "tomorrow" /
 * "next week" just before it) is a schedule, not an act; like "will visit" it is a stated intent.
 */
function presentFuture(cx: CoderContext, at: number): boolean {
  const { doc, tree } = cx;
  // "officials tomorrow open talks with X": an event noun's light verb carries the tense.
  const head = tree.head(at);
  const verb = tree.rel(at) === "obj" && head >= 0 && cx.isVerbPos(head) ? head : at;
  if (!PRESENT_TAGS.has(doc.tokens.xpos[verb] ?? "") || tree.dependents(verb, "aux").length > 0) return false;
  return futureAfter(cx, verb) || futureBefore(cx, verb);
}

/**
 * "tomorrow" or "next week" up to three words before i, with no verb or clause break between ("officials tomorrow
 * open talks", "tomorrow's meeting", "next week he visits").
 */
function futureBefore(cx: CoderContext, i: number): boolean {
  const { val } = cx;
  const future = argumentLexicon().words.get("future_words");
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (HARD.has(cx.value[k] as string) || cx.value[k] === "," || cx.isVerbPos(k)) return false;
    if (val(k) === "tomorrow") return true;
    if (future?.has(val(k)) && FUTURE_SPANS.test(val(k + 1))) return true;
  }
  return false;
}

/** The certainty a modal shared from a first verb conjunct gives the second. */
const SHARED_CERTAINTY: Readonly<Record<string, Certainty>> = {
  will: "hypothetical",
  would: "hypothetical",
  shall: "hypothetical",
  "'ll": "hypothetical",
  "'d": "hypothetical",
  may: "hedged",
  might: "hedged",
  could: "hedged",
};

/** The word-window certainty of an event (opt.certainty) and the cues it rests on. */
type LocalCertainty = ReturnType<CoderContext["opt"]["certainty"]>;

/**
 * The event's code, certainty and negation from the modality of its verb: stated intents, attempts, refusals,
 * and futures that become intents (03x) or threats (13x).
 */
function readModality(
  cx: CoderContext,
  p: EventPattern,
  i: number,
  verb: number,
  override: string | undefined,
  bySense: boolean,
): Reading {
  const { doc, opt, lex, tree } = cx;
  const local = opt.certainty(doc, verb);
  const code = override ?? p.code;
  const { certainty, intentAdj, planned } = clauseCertainty(cx, p, i, verb, code, local.certainty);
  const r: Reading = { code, certainty, negated: false, rule: "" };
  const attempt = attemptedAct(cx, r, verb, local);
  // The parse adds negations far from the verb that the word window misses (its modals are already seen).
  const modality = parsedModality(tree, verb);
  readNegation(cx, r, i, verb, local, modality.negated);
  // "its envoy warned Mordor would attack", "said it would not meet": the attribution stage reads a reported
  // "would" as the speaker's future, not a condition; for coding it is a stated intent all the same.
  const reportedFuture = modality.modal !== null && REPORTED_FUTURE.has(modality.modal) && inReportedClause(doc, verb);
  r.rule = override ? `${p.id}+${bySense ? "sense" : "must"}` : p.id;
  readRefusal(cx, p, r, verb, local, reportedFuture);
  statedIntent(cx, p, r, verb, local, planned, (reportedFuture && !attempt) || intentAdj);
  // "we deny that Rohan is sending weapons": the content of a denial, also one inside a quote, is not asserted.
  if (!lex.anyPos && !r.negated && deniedContent(tree, verb)) r.negated = true;
  return r;
}

/** The certainty of the event's own clause: intent adjectives, shared modals, dated event nouns, planned meetings. */
function clauseCertainty(
  cx: CoderContext,
  p: EventPattern,
  i: number,
  verb: number,
  code: string,
  localCertainty: Certainty,
): { certainty: Certainty; intentAdj: boolean; planned: ReturnType<typeof plannedMeeting> } {
  const { lex, val, tree } = cx;
  // "is willing / ready / prepared to withdraw": a stated intent, like "will withdraw".
  // "have sworn to fight": a sworn intent, like "vowed to fight".
  const intentAdj =
    !lex.anyPos &&
    val(verb - 1) === "to" &&
    (intentAdjAt(cx, verb - 2) || SWORN.has(val(verb - 2)) || scheduledAt(cx, verb - 2) || arrangedAt(cx, verb - 2));
  let certainty: Certainty = intentAdj && localCertainty === "asserted" ? "hypothetical" : localCertainty;
  // "will make a visit and hold talks": the word window sees no modal before the second verb; the first one's is
  // shared.
  const shared = lex.anyPos || certainty !== "asserted" ? null : sharedModal(tree, verb);
  if (shared) certainty = SHARED_CERTAINTY[shared] ?? certainty;
  // "in time for Nakasone's visit to Washington next week": an event noun dated after the report is planned, also
  // in a speculative clause ("speculation grew in the run-up to Shultz' visit later this month").
  if (
    !lex.anyPos &&
    p.kind === "N" &&
    i === verb &&
    (certainty === "asserted" || certainty === "hedged") &&
    (futureAfter(cx, i) || futureBefore(cx, i))
  ) {
    certainty = "hypothetical";
  }
  if (!lex.anyPos && certainty === "asserted" && presentFuture(cx, verb)) certainty = "hypothetical";
  // ("… when he meets Baker next week": a meeting or visit in such a clause is still planned, an intent below)
  if (!lex.anyPos && inFutureTimeClause(cx, verb)) certainty = "hypothetical";
  // ("is likely to visit": the intent stays hedged)
  const planned = lex.anyPos ? null : plannedMeeting(cx, code, verb, certainty);
  if (planned) certainty = "hypothetical";
  return { certainty, intentAdj, planned };
}

/**
 * "tried to hack into", "attempted to assassinate": an attempted act of coercion or force happened (PLOVER
 * ASSAULT covers attempted assassinations); it is no statement of intent. Only when the attempt is the sole
 * cue of the clause's uncertainty.
 */
function attemptedAct(cx: CoderContext, r: Reading, verb: number, local: LocalCertainty): boolean {
  const { lex, val } = cx;
  const attempt =
    !lex.anyPos &&
    /^(17[016]|18|19|20)/.test(r.code) &&
    val(verb - 1) === "to" &&
    ATTEMPT.has(val(verb - 2)) &&
    local.cues.every((c) => c === verb - 2);
  if (attempt) {
    r.certainty = "asserted";
    if (r.code === "186") r.code = "185";
  }
  return attempt;
}

/** The event's negation: the word window's, scoped to its clause, and the parse's; a counterfactual undoes it. */
function readNegation(
  cx: CoderContext,
  r: Reading,
  i: number,
  verb: number,
  local: LocalCertainty,
  parsedNegated: boolean,
): void {
  const { lex, tree } = cx;
  // A negator of another clause does not negate this one ("… no longer require …\" He went on to cite the
  // ruling permitting …").
  const localNegated = lex.anyPos ? local.negated : scopedNegation(tree, verb, local.negated, local.cues);
  r.negated = localNegated || (!lex.anyPos && i === verb && parsedNegated);
  // "Without the accord, X would never have criticized Y so openly": the act happened, because the accord was there.
  if (!lex.anyPos && r.negated && counterfactualFact(tree, verb)) {
    r.negated = false;
    r.certainty = "asserted";
  }
  // "not only supported X but also …", "X does not intend …, officials told Reuters", "the X-occupied valley".
  if (r.negated && spuriousNegation(cx, i, verb, local.cues)) r.negated = false;
}

/** "would not provide support" / "will not meet": a stated refusal of cooperation is a 12x rejection. */
function readRefusal(
  cx: CoderContext,
  p: EventPattern,
  r: Reading,
  verb: number,
  local: LocalCertainty,
  reportedFuture: boolean,
): void {
  const { lex, lower, val } = cx;
  const root = Number(r.code.slice(0, 2));
  // "failed to reach agreement", "refused to …" are handled alike: a cooperative act that did not happen.
  // Inside a condition ("if X and Y fail to agree, …") nothing has happened yet: a negated hypothetical act.
  const failed = !lex.anyPos && val(verb - 1) === "to" && lower(verb - 2) === "fail";
  const failedIf = failed && inCondition(cx, verb - 2);
  if (failedIf) [r.negated, r.certainty] = [true, "hypothetical"];
  if (
    !lex.anyPos &&
    ((r.negated && (local.certainty === "hypothetical" || reportedFuture)) || failed) &&
    !failedIf &&
    root >= 3 &&
    root <= 8
  ) {
    r.code = root === 6 ? "121" : root === 7 ? "122" : "120";
    r.certainty = "asserted";
    r.negated = false;
    r.rule = `${p.id}+refusal`;
  }
}

/**
 * Future and intent ("will visit", "would provide aid", "is ready to withdraw") are statements of intent:
 * cooperation becomes a 03x intent (PLOVER codes future cooperation as AGREE), force a 13x threat. A
 * condition attached to the statement keeps it one ("will withdraw its force unless …" is CAMEO's very
 * definition of a threat); an event inside the condition itself ("if Hamas ran") and were/whether/should
 * stay hypothetical. Imported PETRARCH dictionaries encode modality in their own patterns, so they are left
 * alone. `stated` is a reported future or an intent adjective.
 */
function statedIntent(
  cx: CoderContext,
  p: EventPattern,
  r: Reading,
  verb: number,
  local: LocalCertainty,
  planned: ReturnType<typeof plannedMeeting>,
  stated: boolean,
): void {
  const { lex, lower } = cx;
  if (
    lex.anyPos ||
    r.negated ||
    !(r.certainty === "hypothetical" || stated) ||
    r.rule !== p.id ||
    inCondition(cx, verb) ||
    (inFutureTimeClause(cx, verb) && !r.code.startsWith("04")) ||
    local.cues.some((c) => CONDITION.has(lower(c)))
  ) {
    return;
  }
  const intent = INTENT_CODE[r.code] ?? INTENT_CODE[r.code.slice(0, 2)];
  // "said he would ask Rohan to help": a stated future act with no intent code (appeals, demands, statements) is
  // still only future, not an act done.
  if (!intent && stated && r.certainty === "asserted") r.certainty = "hypothetical";
  if (intent) {
    r.code = intent;
    r.certainty = planned === "expected" ? "hedged" : "asserted";
    r.rule = `${p.id}+${intent.startsWith("13") ? "threat" : "intent"}`;
  }
}

/** Reported content: the frame's certainty (at least reported) and negation. */
function reportedIn(tree: DepTree, frame: AssertionFrame, verb: number, reading: Reading): void {
  const imposed = frameCertaintyAt(tree, frame, verb);
  if (CERTAINTY_RANK[imposed] > CERTAINTY_RANK[reading.certainty]) reading.certainty = imposed;
  if (reading.certainty === "asserted") reading.certainty = "reported";
  // A refusal already consumed the negation of its own clause, which the frame reports as well.
  const reaches = frame.negated && frameNegationReaches(tree, verb, frame.start, frame.end);
  reading.negated = reading.negated || (reaches && !reading.rule.endsWith("+refusal"));
}

/** One event per pair, unless the same trigger already gave the same event. */
function pushEvents(
  cx: CoderContext,
  p: EventPattern,
  s: number,
  pairs: Pair[],
  reading: Reading,
  trigger: { start: number; end: number; text: string },
  date: string | null,
  frame: AssertionFrame | null,
): void {
  const { events, seen } = cx;
  const { code, certainty, negated, rule } = reading;
  for (const [a, b, reverse] of pairs) {
    // A threat or an intent is one-way: "vowed to fight X" threatens X, "will meet X" is the speaker's intent;
    // X neither threatens back nor has said anything. A refusal is one-way too: "would not hold talks with X"
    // is the subject's rejection; X refused nothing.
    if (reverse && (rule.endsWith("+threat") || rule.endsWith("+intent") || rule.endsWith("+refusal"))) continue;
    // "both parties are ready to negotiate", with both parties coded alike: one phrase with one code on either
    // side says who took part, not who acted on whom.
    if (a && b && a.tokenStart === b.tokenStart && a.actor === b.actor) continue;
    // PETRARCH "[031:032]": the reverse direction of a reciprocal verb has its own code.
    const c = reverse && p.reverseCode && code === p.code ? p.reverseCode : code;
    const info = cameoInfo(c);
    const key = `${trigger.start}|${a?.entity ?? "-"}|${b?.entity ?? "-"}|${c}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const source = a ? ref(cx, a, null) : null;
    let target = b ? ref(cx, b, c, p.code) : null;
    if (!cx.lex.anyPos && b && speakersSide(cx, b) && ownState(target, source)) target = null;
    if (!cx.lex.anyPos && b && /^03/.test(c) && possessorCountry(cx, b) && ownState(target, source)) target = null;
    if (!cx.lex.anyPos && domesticTarget(c, source, target)) target = null;
    if (!cx.lex.anyPos && b && (comparisonStandard(cx, b) || inHabitClause(cx, b, trigger.start))) target = null;
    // "negotiating with the Chinese Government owned X", "oppose a purchase by London-based X": the name only
    // locates or owns the party that follows.
    if (!cx.lex.anyPos && b && locatedModifier(cx, b, cx.count) >= 0) target = null;
    if (!cx.lex.anyPos && a && locatedModifier(cx, a, cx.count) >= 0) continue;
    // "is due to meet the German Affairs group": a demonym modifying an uncoded noun is no party one meets.
    if (!cx.lex.anyPos && b && /^(036|04)/.test(c) && demonymOfThing(cx, b)) target = null;
    // "failed to agree on new trade deals with Rohan": the deals' partner, inside the topic of the failed
    // agreement, refused nothing.
    if (!cx.lex.anyPos && b && rule.endsWith("+refusal") && topicParty(cx, trigger.start, b)) target = null;
    // "Indonesia has asked foreign governments to finance …", "will discuss it with allied leaders": a foreign or
    // allied party coded with the source's own country (the article's) is some other country; no coded target.
    if (!cx.lex.anyPos && b && foreignOfSource(cx, b, source, target)) target = null;
    // "allowed GCC nationals to own shares": the people of an international body's members are not the body.
    if (!cx.lex.anyPos && b && peopleOfBody(cx, b)) target = null;
    // "proposed a ban due to the company's sales to X": the cause of an act names no party it acts on.
    if (!cx.lex.anyPos && b && inCausePhrase(cx, tokenAt(cx.doc, trigger.start), c, b)) target = null;
    // "told a Pentagon news conference", "told a Virginia Farm Bureau lunch": a statement made at a gathering has
    // the gathering as its audience; the name only says whose or where it is.
    if (!cx.lex.anyPos && b && /^01/.test(c) && modifiesListed(cx, b, argumentLexicon().members.get("gathering")))
      target = null;
    if (!cx.lex.anyPos && !codedParty(cx, source, target, c)) continue;
    if (!cx.lex.anyPos && /^(0|10)/.test(c) && (firmPhrase(cx, a, source) || firmPhrase(cx, b, target))) continue;
    // "Biden attacked Trump", "the judge clashed with ministers": force between politicians is words (111).
    const verbal = !cx.lex.anyPos && /^1[89]/.test(c) && VERBAL_FORCE.test(rule) && politicians(source, target);
    const armed = !cx.lex.anyPos && /^14/.test(c) && STRIKE_RULE.test(rule) && armedStrike(source, target);
    // "Syrian troops marched into the camp": forces do not protest; a march of troops is no event here.
    if (!cx.lex.anyPos && /^14/.test(c) && MARCH_RULE.test(rule) && /^[A-Z-]{3}MIL/.test(source?.actor ?? "")) continue;
    // "Wales have beaten France": no assault between states, firms or parties (party-senses.ts).
    if (!cx.lex.anyPos && beatenNoPeople(rule, a, b, source, target)) continue;
    const fc = verbal ? "111" : armed ? "190" : cx.lex.anyPos ? c : stateProtestCode(rule, c, a, source);
    const finfo = fc !== c ? cameoInfo(fc) : info;
    // Leaving an organization ("the withdrawal of Rohan from the Union") is no military de-escalation or easing of
    // sanctions: withdrawals are yields only from places and fronts.
    if (!cx.lex.anyPos && /^08/.test(c) && LEAVING.test(rule) && /^IGO/.test(target?.actor ?? "")) continue;
    events.push({
      id: `ev${events.length + 1}`,
      code: fc,
      name: finfo?.name ?? fc,
      // A pattern may override the draft CAMEO2PLOVER type for its own code (resignations are RETREAT).
      plover: (fc === p.code ? p.plover : undefined) ?? finfo?.plover ?? null,
      goldstein: finfo?.goldstein ?? null,
      quad: finfo?.quad ?? 1,
      source,
      target,
      trigger,
      sentence: s,
      date,
      asserted_by: frame ? [...frame.assertedBy] : [],
      certainty,
      negated,
      rule,
    });
  }
}

/**
 * A party named inside the topic of an agreement ("agree on new deals with Rohan", "reach agreement on a pact with
 * Rohan"): some nominal between the mention and the trigger is an "on"-phrase.
 */
function topicParty(cx: CoderContext, triggerStart: number, b: ActorMention): boolean {
  const { tree, doc } = cx;
  let verb = b.tokenStart;
  while (verb > 0 && (doc.tokens.start[verb] as number) > triggerStart) verb--;
  let k = b.tokenStart;
  while (k >= b.tokenStart && k < b.tokenEnd && tree.head(k) >= b.tokenStart && tree.head(k) < b.tokenEnd)
    k = tree.head(k);
  for (let n = 0; n < 8 && k >= 0 && k !== verb; n++, k = tree.head(k)) {
    if (tree.caseOf(k) === "on") return tree.dominates(verb, k);
  }
  return false;
}

/**
 * A country by name that is the subject of a clause ("… warned that Iran would combat …"): it acts there, so it is
 * not what an organ of its own state acts on. A country in any other role ("eased the curfew in Sudan") is its
 * population, CAMEO's target of domestic acts.
 */
function speakersSide(cx: CoderContext, m: ActorMention): boolean {
  if (cx.actors.entities[m.entity]?.kind !== "country") return false;
  const rel = cx.doc.tokens.deprel;
  for (let t = m.tokenStart; t < m.tokenEnd; t++) if ((rel[t] ?? "").startsWith("nsubj")) return true;
  return false;
}

/**
 * A country as the possessor of a thing ("Gondor's tax system", "the UK's rebate"): in a promise or intent of its
 * own state's organ ("pledged to reform Gondor's tax system") it is the organ's own domestic matter, no party
 * the promise is made to.
 */
function possessorCountry(cx: CoderContext, m: ActorMention): boolean {
  if (cx.actors.entities[m.entity]?.kind !== "country") return false;
  const after = cx.val(m.tokenEnd);
  return after === "'s" || after === "’s" || cx.doc.tokens.deprel[m.tokenEnd - 1] === "nmod:poss";
}

/** Roles of a state's own organs: its government, forces, police, intelligence, courts and parliament. */
const STATE_ORGAN = /^[A-Z]{3}(GOV|MIL|COP|SPY|JUD|LEG)/;

/**
 * Whether the target `bare` is the plain country of the state organ that is the source ("the Iranian foreign
 * minister warned that Iran would respond" → IRNGOV and IRN). Read with `speakersSide`: only a country that is
 * itself a subject is the speaker's own side and no target. (The other way round, a state acting on its own organ,
 * "Gondor's killing of its king", stays.)
 */
function ownState(bare: ActorRef | null, other: ActorRef | null): boolean {
  const country = bare?.actor ?? "";
  const organ = other?.actor ?? "";
  return /^[A-Z]{3}$/.test(country) && STATE_ORGAN.test(organ) && organ.startsWith(country);
}

/** Roles of a country's own people in politics: its organs, its elite and its parties. */
const OWN_SIDE = /^[A-Z]{3}(GOV|MIL|COP|SPY|JUD|LEG|ELI|PTY)/;

/**
 * A target that is the source's own plain country in a visit or a consultation ("flew to visit U.S. service
 * members": one does not meet one's own country). A promise to one's own country ("promised to democratize
 * Serbia") and conflict with it ("protested against Gondor") stay.
 */
function domesticTarget(code: string, source: ActorRef | null, target: ActorRef | null): boolean {
  const s = source?.actor ?? "";
  const t = target?.actor ?? "";
  if (!/^[A-Z]{3}/.test(s) || !t.startsWith(s.slice(0, 3))) return false;
  return /^04/.test(code) && /^[A-Z]{3}$/.test(t) && OWN_SIDE.test(s);
}

/** A country's demonym that modifies a following common noun outside any mention ("the German Affairs group"). */
function demonymOfThing(cx: CoderContext, m: ActorMention): boolean {
  if (m.form !== "demonym" || !/^[A-Z]{3}$/.test(m.actor ?? "")) return false;
  const k = m.tokenEnd;
  return (cx.pos[k] === "NOUN" || cx.pos[k] === "PROPN") && cx.mentionAt(k) === null;
}

/** Whether target mention b reads "foreign …", "overseas …" or "allied …" but carries the source's own country. */
function foreignOfSource(cx: CoderContext, b: ActorMention, source: ActorRef | null, target: ActorRef | null) {
  const foreign =
    /^(foreign|overseas|allied)\b/i.test(b.text) || /^(foreign|overseas|allied)$/.test(cx.lower(b.tokenStart - 1));
  const s = source?.actor ?? "";
  return foreign && /^[A-Z]{3}/.test(s) && (target?.actor ?? "").startsWith(s.slice(0, 3));
}

/** Protest rules that are a strike or a march, which forces carry out with arms. */
const STRIKE_RULE = /^[VN]:strike\b/;
const MARCH_RULE = /^[VN]:march\b/;
const ARMED = /^[A-Z-]{3}(MIL|REB|INS|SEP|UAF)|^IMG/;

/**
 * A strike (14x) by a government or armed force, or against an armed group ("Coalition forces conducted 34
 * strikes against ISIL", "President Reagan's retaliatory strike against Iranian targets"): a military strike
 * (190), not a labour strike; workers striking against a government stay a protest.
 */
function armedStrike(source: ActorRef | null, target: ActorRef | null): boolean {
  return /^[A-Z-]{3}(MIL|GOV)/.test(source?.actor ?? "") || ARMED.test(target?.actor ?? "");
}

/**
 * A plain country that only modifies a business noun ("Uruguayan grain exporting firms would ask Taiwan", "the
 * Dutch flag carrier would offer a stake to British and Commonwealth", "New York investment firms told …"): the
 * party is a firm that the country locates, no state; its statements, requests and deals are market business.
 * (Lemmas: data/lexicons/event-arguments.json "firm_nouns"; a central bank or a state firm carries a role code.)
 */
function firmPhrase(cx: CoderContext, m: ActorMention | null, ref: ActorRef | null): boolean {
  if (!m || !/^[A-Z]{3}$/.test(ref?.actor ?? "")) return false;
  return modifiesListed(cx, m, argumentLexicon().words.get("firm_nouns"));
}

/** Whether mention m modifies a noun of `words` within the next few words of its phrase ("Rohan grain firms"). */
function modifiesListed(cx: CoderContext, m: ActorMention, words: ReadonlySet<string> | undefined): boolean {
  const { tree, pos, lower } = cx;
  // A conjunct modifies what its first conjunct modifies ("British and German interests").
  let last = m.tokenEnd - 1;
  for (let n = 0; n < 4 && tree.rel(last) === "conj" && tree.head(last) >= 0; n++) last = tree.head(last);
  const phraseWord = (k: number) =>
    pos[k] === "NOUN" || pos[k] === "ADJ" || pos[k] === "PROPN" || pos[k] === "VERB" || pos[k] === "CCONJ";
  for (let k = m.tokenEnd; k < Math.min(cx.count, m.tokenEnd + 5); k++) {
    if (!(phraseWord(k) || cx.val(k) === "-")) break;
    const listedWord = words?.has(lower(k)) || words?.has(cx.val(k));
    if (listedWord) return tree.head(last) === k || (tree.head(last) > last && tree.head(last) <= k);
  }
  return false;
}

/** Business codes (CAMEO BUS): a firm of a country or of no known country ("---BUS"). */
const BUSINESS = /^[A-Z-]{3}BUS/;
/** A party with a known country (plainly or in a state role, an armed group or a party) or an organization. */
const STATE_PARTY = /^[A-Z]{3}((GOV|MIL|COP|LEG|JUD|PTY|ELI|SPY|REB|INS|SEP|UAF)|$)|^(IGO|NGO|IMG)/;
/** Roles of a political party to an event (CAMEO sectors of states, armed groups and organizations). */
const POLITICAL_ROLE = /^[A-Z-]{3}(GOV|MIL|COP|LEG|JUD|PTY|ELI|SPY|REB|INS|SEP|OPP|UAF)|^(IGO|NGO|IMG)/;

/**
 * An event needs a party that the actor dictionaries know and that is not a firm: with neither side coded ("Ms
 * Jowell insisted", "the Hutton Group is supplying financing", "Pennzoil charged Texaco") it names no one a coded
 * event can be about; between firms only, it is market business.
 * The press a statement is made to does not count.
 * In an article about sport, it needs a political party (a government, an army, an organization): clubs and
 * national teams playing, praising players or receiving call-ups are no events.
 */
function codedParty(cx: CoderContext, source: ActorRef | null, target: ActorRef | null, code: string): boolean {
  // The press a statement is made to is its channel, not a party: "he told Reuters", "a lawyer told reporters"
  // says nothing about anyone the actor dictionaries know.
  const channel = code.startsWith("01") && MEDIA.test(target?.actor ?? "");
  const codes = [source?.actor, channel ? undefined : target?.actor].filter((c): c is string => !!c);
  // Firms buying, selling, offering or agreeing among themselves ("said it agreed to acquire X Inc") are
  // market business: an event needs a party that is not a business.
  if (codes.length === 0 || codes.every((c) => BUSINESS.test(c))) return false;
  // A firm with a country that has no organ named ("agreed to sell its stake to a Quebec fund", "signed a
  // venture with a Yugoslav maker", "the Japanese resist allowing U.S. companies in") is trade between firms
  // that the names' countries only locate.
  const bare = (c: string | null | undefined) => !!c && /^[A-Z]{3}$/.test(c);
  const firm = (c: string | null | undefined) => !!c && BUSINESS.test(c);
  // Only in cooperation, deals and demands: a firm suing or accusing a state ("is suing the United States") stays.
  // A firm of another country dealing with a state ("Chinese firms supply Russia") is trade across borders: it stays.
  const trade = /^(0[2-9]|10)/.test(code);
  const local = (f: string, c: string) => firm(f) && bare(c) && (f.startsWith("---") || f.startsWith(c));
  if (trade && (local(source?.actor ?? "", target?.actor ?? "") || local(target?.actor ?? "", source?.actor ?? ""))) {
    return false;
  }
  // A firm's statement, request, deal or receipt with a party of no known country or no state role ("told the
  // Securities and Exchange Commission it has acquired shares", "received Food and Drug Administration approval",
  // "concluded an agreement with the steel workers' union", "sold processors to a university") is a filing or a
  // deal of the market. A court stays a party to a firm's appeal ("asked the Court of Appeals to block …").
  // "Unocal said it told the Treasury Department it will not use the technology": what a firm tells anyone is
  // its own business news, no political statement.
  if (/^01/.test(code) && firm(source?.actor)) return false;
  const stateless = (c: string) => c.startsWith("---") || !STATE_PARTY.test(c);
  const filing = (f: string, c: string) => firm(f) && !!c && stateless(c) && !c.includes("JUD");
  if (
    /^(0|10)/.test(code) &&
    (filing(source?.actor ?? "", target?.actor ?? "") || filing(target?.actor ?? "", source?.actor ?? ""))
  ) {
    return false;
  }
  return !cx.sport || POLITICAL_ROLE.test(source?.actor ?? "") || POLITICAL_ROLE.test(target?.actor ?? "");
}

/** Relations by which a hedge word modifies the word it hangs on ("may" → transferred, "alleged" → plots). */
const HEDGE_MODIFIER_RELS = new Set(["aux", "advmod", "amod", "mark", "cop", "discourse"]);

/**
 * The certainty a frame imposes on an event at `verb`. A frame hedged only by words inside its content hedges the
 * events those words govern: the clause of the modal or adverb ("may have transferred"), or everything under a
 * hedging predicate ("it is possible that X attacked"); a coordinated clause beside it ("has become a key
 * supplier and may have transferred …") is only reported.
 */
function frameCertaintyAt(tree: DepTree, frame: AssertionFrame, verb: number): Certainty {
  const hedges = frame.contentHedges;
  if (frame.certainty !== "hedged" || !hedges || hedges.length === 0) return frame.certainty;
  for (const c of hedges) {
    const governor = HEDGE_MODIFIER_RELS.has(tree.rel(c)) && tree.head(c) >= 0 ? tree.head(c) : c;
    if (governor === verb || tree.dominates(governor, verb)) return "hedged";
  }
  return "reported";
}

/**
 * "He noted that the two leaders met twice—once in Beijing—and discussed key issues": a verb coordinated with a
 * reported verb is reported by the same frame, though the frame's content span may stop before it. A conjunct
 * with its own subject is no such shared verb (ev28).
 */
function conjunctFrame(cx: CoderContext, i: number): AssertionFrame | null {
  const { doc, tree, lex, framesAt } = cx;
  const h = tree.head(i);
  if (lex.anyPos || tree.rel(i) !== "conj" || h < 0 || doc.tokens.pos[h] !== "VERB") return null;
  // "The bank does not intend to ease policy, officials told Reuters": a conjunct with a subject of its own is a
  // clause of its own (here the report itself), not a verb sharing the reported subject.
  if (tree.children(i).some((c) => tree.rel(c).startsWith("nsubj"))) return null;
  return innermostFrame(framesAt(doc.tokens.start[h] as number));
}

/** The narrowest of the frames holding an offset (the last of equals, in frame order), or null. */
function innermostFrame(holding: readonly AssertionFrame[]): AssertionFrame | null {
  let best: AssertionFrame | null = null;
  for (const f of holding) if (!best || f.end - f.start <= best.end - best.start) best = f;
  return best;
}
