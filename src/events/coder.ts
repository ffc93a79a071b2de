/**
 * The shallow, parser-free event coder. For each token whose lemma heads a pattern, it checks the rest of the
 * phrase, picks the source (nearest actor mention left of the verb in its clause, following coordinated verb
 * phrases and participles back to their subject) and the target (first acceptable actor mention after the
 * trigger in the clause), expands coordinated and reciprocal actors, and attaches asserters, certainty, negation
 * and date. Rules are described in docs/events.md.
 */
import type { ActorLayer, ActorMention } from "../actors/types.js";
import type { AttributionLayer } from "../attribution/types.js";
import type { CodedEvent } from "../contract.js";
import { type Document, tokenAt } from "../nlp/document.js";
import { listed, senseByArguments } from "./arguments.js";
import {
  type CoderContext,
  type CoderOptions,
  createCoderContext,
  HARD,
  isPossessiveMark,
  OPENERS,
} from "./coder-context.js";
import { type SentenceDate, sentenceDates } from "./dates.js";
import { emit } from "./emit.js";
import { frameOf } from "./frames.js";
import type { EventPattern, PatternWord } from "./lexicon.js";
import { nounParties, verbParties } from "./parties.js";
import { sportEpithet } from "./party-senses.js";
import { peacekeepingArrival } from "./peacekeeping.js";
import { regionNoAgent } from "./regions.js";
import { spacedDash } from "./subjects.js";
import {
  imitatedModel,
  inPurposeClause,
  insideObjectAct,
  insideObjectContent,
  modifierOfDeepThing,
  newClauseSubject,
  onBehalfOf,
  samePairAgain,
  trailingSpeaker,
  withoutAppositions,
} from "./targets.js";

/** Participles that hedge the noun they modify ("alleged", "suspected"): no act of their own. */
const EPISTEMIC_PARTICIPLES = new Set(["alleged", "suspected", "purported", "supposed", "reputed", "presumed"]);
/** Regular suffixes tried, longest first, when the lemma is not a pattern head: [suffix, replacement]. */
const STEMS: readonly [string, string][] = [
  ["ing", "e"],
  ["ing", ""],
  ["ied", "y"],
  ["ies", "y"],
  ["ed", ""],
  ["es", ""],
  ["d", ""],
  ["s", ""],
];
/** Words that open a direct object or complement clause after an intransitive-only verb (see `intr`). */
const OBJECT_WORDS = new Set(["that", "how", "what", "its", "their", "his", "her", "our"]);
const TIME_WORDS = new Set(["today", "yesterday", "tonight", "overnight", "tomorrow", "morning", "night", "weekend"]);
/** Nouns that, modified by an event noun, name a state, a thing or a person, not the act ("trade relations"). */
const NON_EVENT_HEADS: ReadonlySet<string> = new Set(
  (
    "relation relations friction frictions tie ties deficit surplus balance figure figures data gap dispute " +
    "helicopter helicopters aircraft plane planes jet jets dog dogs route routes minister ministry official " +
    "officials union unions partner partners policy volume volumes barrier barriers bill law tension tensions " +
    "problem problems issue issues scandal scandals affair embargo embargoes race sales"
  ).split(" "),
);

/** Relations of a noun that is an argument of another word. */
const NOMINAL_ARGS = new Set(["obj", "iobj", "obl", "nmod"]);
/** Tags of words that are never verbs, whatever pattern their form heads. */
const FUNCTION_POS = new Set(["ADV", "ADP", "PART", "SCONJ", "CCONJ", "DET", "PRON", "NUM", "INTJ"]);

export type { CertaintyFn, CoderOptions } from "./coder-context.js";

interface Party {
  mention: ActorMention;
}

export function codeDocument(
  doc: Document,
  actors: ActorLayer,
  attribution: AttributionLayer,
  opt: CoderOptions,
): CodedEvent[] {
  const cx = createCoderContext(doc, actors, attribution, opt);
  for (let s = 0; s < doc.sentences.count; s++) codeSentence(cx, s);
  return withoutGenericAgreements(cx);
}

/**
 * "agreed to expand cooperation", "agreed to begin talks with X": the agreed act is coded as the specific intent
 * (032, 036) of the same pair; the general 030 of "agree" on top of it would count one statement twice.
 */
function withoutGenericAgreements(cx: CoderContext): CodedEvent[] {
  const { doc, tree, events } = cx;
  const pair = (e: CodedEvent) => `${e.sentence}|${e.source?.actor ?? "-"}|${e.target?.actor ?? "-"}`;
  const intents = events.filter((e) => /^03[1-9]/.test(e.code) && e.rule.endsWith("+intent") && !e.negated);
  if (intents.length === 0) return events;
  const kept = events.filter((a) => {
    if (a.code !== "030" || a.negated || cx.lex.anyPos) return true;
    const verb = tokenAt(doc, a.trigger.start);
    return !intents.some((b) => {
      if (pair(b) !== pair(a)) return false;
      const t = tokenAt(doc, b.trigger.start);
      return t !== verb && tree.dominates(verb, t) && tree.rel(t) !== "conj";
    });
  });
  kept.forEach((e, k) => {
    e.id = `ev${k + 1}`;
  });
  return kept;
}

/**
 * Words that look like triggers but are parts of other words: a noun modifying a noun that names a state or a
 * thing, not an act ("trade frictions", "attack helicopters"; "a mediation effort" stays), the second half of a hyphenated adjective whose first half is no actor
 * ("so-called", "hard-pressed"; "Iranian-backed" stays), a capitalized month before a number ("March 19").
 */
function notATrigger(cx: CoderContext, i: number): boolean {
  const { doc, lex, pos, value, mot, lower } = cx;
  // "provided the country reduces its deficit": a conjunction or preposition, whatever its form.
  if (doc.tokens.deprel[i] === "mark" || doc.tokens.deprel[i] === "case") return true;
  const h = doc.tokens.head[i] as number;
  if (doc.tokens.deprel[i] === "compound" && pos[i] === "NOUN" && NON_EVENT_HEADS.has(lower(h))) return true;
  // "sources close to finance minister X": a word before a lower-case "minister" names the portfolio, whatever
  // its tag ("to finance" is no infinitive there); "met Minister X" has the title capitalized.
  if (value[i + 1] === "minister" && pos[i] !== "PROPN") return true;
  if (value[i - 1] === "-" && i - 2 >= 0 && mot[i - 2] === -1 && !spacedDash(cx, i - 1)) return true;
  // A capitalized word inside a run of capitalized words is part of a name ("the London Interbank Offered
  // Rate"), not a verb.
  if (!lex.anyPos && i > 0 && inCapitalRun(cx, i)) return true;
  // "the defending champion": a participle naming a role in a game (party-senses.ts).
  if (sportEpithet(cx, i)) return true;
  // A capitalized "March" is the month ("the March numbers"); a protest march is written in lower case.
  return value[i] === "March" || (value[i] === "May" && pos[i + 1] === "NUM");
}

function inCapitalRun(cx: CoderContext, i: number): boolean {
  const { doc, value } = cx;
  const cap = (k: number) => /^[A-Z][a-z]/.test(value[k] ?? "");
  const sentenceStart = doc.tokens.sentence[i - 1] !== doc.tokens.sentence[i];
  // Two capitalized words in a row mid-sentence are a name ("New York Telephone"); a sentence's first word
  // is capitalized anyway.
  return cap(i) && !sentenceStart && cap(i - 1);
}

function wordIs(cx: CoderContext, k: number, w: PatternWord): boolean {
  const { lower, val } = cx;
  if (w.alts) return w.alts.has(lower(k)) || w.alts.has(val(k));
  return lower(k) === w.lemma || val(k) === w.lemma || pluralOf(val(k), w.lemma);
}

/**
 * A regular plural of a pattern word that the lemmatizer left as it is ("reduced food supplies" for "reduce *
 * supply", "hostilities"): only the exact -s, -es and -ies forms of that word.
 */
function pluralOf(v: string, lemma: string): boolean {
  if (v.length <= lemma.length) return false;
  return v === `${lemma}s` || v === `${lemma}es` || (lemma.endsWith("y") && v === `${lemma.slice(0, -1)}ies`);
}

/** wink-nlp mis-lemmatizes some forms ("staged" → "stag"): fall back to regular suffix stripping. */
function byStem(cx: CoderContext, v: string): EventPattern[] | undefined {
  const { lex } = cx;
  if (v.length < 4) return undefined;
  for (const cut of STEMS) {
    if (!v.endsWith(cut[0])) continue;
    const hit = lex.byHead.get(v.slice(0, v.length - cut[0].length) + cut[1]);
    if (hit) return hit;
  }
  return undefined;
}

/** Checks the words after the head (and PETRARCH's words before it); returns the phrase's last token or -1. */
function matchRest(cx: CoderContext, p: EventPattern, i: number, se: number): number {
  const { doc, value } = cx;
  if (p.before) {
    const ss = doc.tokens.sentence[i] as number;
    const from = Math.max(doc.sentences.tokenStart[ss] as number, i - 5);
    for (const w of p.before) {
      let ok = false;
      for (let k = from; k < i && !ok; k++) ok = wordIs(cx, k, w);
      if (!ok) return -1;
    }
  }
  let at = i;
  for (const r of p.rest) {
    let hit = -1;
    for (let k = at + 1, n = 0; k < se && n <= r.gap; k++, n++) {
      if (wordIs(cx, k, r)) {
        hit = k;
        break;
      }
      if (HARD.has(value[k] as string)) break;
      // "forced the UN refugee agency, UNHCR, out of": an apposition between commas inside a gap is not counted.
      const close = r.gap > 0 ? appositionClose(cx, k, se) : -1;
      if (close > 0) {
        k = close;
        n--;
      }
    }
    if (hit < 0) return -1;
    at = hit;
  }
  return at;
}

/** The closing comma of a short apposition opening with the comma at k (", UNHCR,"), or -1: no verb or "and" inside. */
function appositionClose(cx: CoderContext, k: number, se: number): number {
  const { value, pos, val } = cx;
  if (value[k] !== ",") return -1;
  for (let j = k + 2; j < Math.min(se, k + 6); j++) {
    if (value[j] === ",") return j;
    if (pos[j] === "VERB" || pos[j] === "AUX" || val(j) === "and" || val(j) === "or") return -1;
  }
  return -1;
}

/** A verb phrase of force (18x–20x) starts at token k ("to fight", "to attack"). */
function forceHeadAt(cx: CoderContext, k: number, se: number): boolean {
  const { lex, lower, val } = cx;
  if (k >= se) return false;
  const list = lex.byHead.get(val(k)) ?? lex.byHead.get(lower(k)) ?? byStem(cx, val(k));
  return list?.some((q) => q.kind === "V" && /^(18|19|20)/.test(q.code) && matchRest(cx, q, k, se) >= 0) ?? false;
}

/** A direct object or complement clause starts at k ("demonstrated its commitment", "demonstrated that"). */
function directObjectAt(cx: CoderContext, k: number): boolean {
  const { pos, val } = cx;
  // A name or a time word right after the verb is no object: "demonstrated Monday", "rallied today".
  if (TIME_WORDS.has(val(k))) return false;
  const t = pos[k];
  return t === "DET" || t === "PRON" || t === "NOUN" || OBJECT_WORDS.has(val(k));
}

const SCARE_QUOTES = new Set(['"', "“", "‘", "'"]);
/** Word classes after which a quote mark opens the rest of a noun phrase ("his \"warmest …\"", "the \"war\""). */
const NOUN_PHRASE_OPENERS = new Set(["DET", "PRON", "ADJ", "NUM"]);

function objectFollows(cx: CoderContext, obj: ReadonlySet<string>, end: number, se: number): boolean {
  const { value, lower, val } = cx;
  for (let k = end + 1; k < Math.min(se, end + 8); k++) {
    // "sent Mr Bush his \"warmest congratulations\"": a quote mark opening a noun phrase is no clause break.
    if (SCARE_QUOTES.has(value[k] as string) && NOUN_PHRASE_OPENERS.has(cx.pos[k - 1] as string)) continue;
    if (HARD.has(value[k] as string) || OPENERS.has(val(k)) || value[k] === ",") return false;
    if (obj.has(lower(k))) return true;
  }
  return false;
}

/** How the token at i may trigger an event: its patterns and the readings that rule some of them out. */
interface TriggerReading {
  list: EventPattern[];
  verbReading: boolean;
  /** An adverb, particle or attributive adjective: no one-word verb pattern applies. */
  notVerb: boolean;
  gerundAfterPrep: boolean;
  purpose: boolean;
  objectNoun: boolean;
  nounIng: boolean;
  adjHead: boolean;
  adjNoun: boolean;
}

/**
 * The patterns headed by the token at i and whether it reads as a verb or a noun there, or null when it is no
 * trigger (a word inside a name or an already coded phrase, no pattern head).
 */
/**
 * "Secretary Shultz' Moscow talks with X", "Kohl's Paris visit", "a Washington visit by X": a word right after a
 * place or country name that follows a possessive or an indefinite article heads the possessed noun phrase, a noun whatever the tagger says (the place is no subject).
 */
function possessedPlace(cx: CoderContext, i: number): boolean {
  const m = cx.lex.anyPos ? null : cx.mentionAt(i - 1);
  const kind = m ? cx.actors.entities[m.entity]?.kind : undefined;
  if (!m || m.tokenEnd !== i || (kind !== "place" && kind !== "country")) return false;
  // "a Washington visit": no name of a place or country takes the indefinite article; the word after it is the noun.
  const before = cx.lower(m.tokenStart - 1);
  return isPossessiveMark(before) || before === "a" || before === "an";
}

function triggerReadingAt(cx: CoderContext, i: number, ss: number, covered: number): TriggerReading | null {
  const { doc, lex, pos, mot, lower, val, mentionAt, isVerbPos } = cx;
  // Surface forms first (PETRARCH lists "MET" apart from "MEET"), then the lemma.
  if (!lex.anyPos && notATrigger(cx, i)) return null;
  const surface = lex.byHead.get(val(i));
  let list = surface ?? lex.byHead.get(lower(i)) ?? byStem(cx, val(i));
  // Words inside an already coded phrase ("imposed sanctions") do not start another event.
  if (!list || mot[i] !== -1 || i <= covered) return null;
  const nounish = pos[i] === "NOUN" || pos[i] === "PROPN";
  // wink tags a verb after a plural subject as a noun ("companies supply Russia"): a noun directly after a
  // non-possessive actor mention and followed by something other than a preposition reads as a verb.
  // Unless it modifies a following common noun ("West German press reports"; "companies supply Russia", where
  // the parser also says compound, stays a verb).
  const modifier =
    !lex.anyPos && doc.tokens.deprel[i] === "compound" && pos[i + 1] === "NOUN" && mentionAt(i + 1) === null;
  // Nor when the name modifies it and nothing that could be its object follows ("EC imports falling", "U.S.
  // demand, was").
  const modified =
    !lex.anyPos &&
    doc.tokens.head[i - 1] === i &&
    !["DET", "PRON", "PROPN", "NUM", "NOUN", "ADJ"].includes(pos[i + 1] ?? "") &&
    mentionAt(i + 1) === null;
  // Nor when the parse makes it an object or oblique of another word ("speech on the Iran arms scandal").
  const argument = !lex.anyPos && NOMINAL_ARGS.has(doc.tokens.deprel[i] ?? "");
  const verbAfterSubject =
    nounish &&
    mentionAt(i - 1) !== null &&
    pos[i + 1] !== "ADP" &&
    val(i - 1) !== "'s" &&
    !modifier &&
    !modified &&
    !argument;
  // "fights back", "taking Britain back", "free personal care": an adverb or particle is no verb, nor is an
  // adjective that modifies a following noun.
  // A phrase may open with an adverb ("sexually abused"); a participle tagged as an adjective stays a verb.
  // An epistemic participle before its noun ("Rohan's alleged violation", "the suspected attack") hedges the
  // noun's act; it is no accusation or suspicion by the noun's possessor.
  // The surface form, not the lemma: tagged as a participle (VBN) its lemma is the verb ("allege").
  const epistemic =
    EPISTEMIC_PARTICIPLES.has(val(i)) &&
    (doc.tokens.deprel[i] === "amod" || ["DET", "PART"].includes(pos[i - 1] ?? ""));
  const attributive = (pos[i] === "ADJ" && doc.tokens.deprel[i] === "amod" && !/ed$/.test(val(i))) || epistemic;
  const notVerb = !lex.anyPos && (FUNCTION_POS.has(pos[i] ?? "") || attributive);
  const verbReading = (!nounish && !possessedPlace(cx, i)) || verbAfterSubject || lex.anyPos === true;
  // A surface form listed only as a noun ("killing") still has its verb's patterns as a verb ("…, killing
  // two soldiers"), and the other way round.
  if (surface && !lex.anyPos && !surface.some((q) => (q.kind === "V") === verbReading)) {
    list = [...surface, ...(lex.byHead.get(lower(i)) ?? byStem(cx, val(i)) ?? [])];
  }
  // A gerund after a preposition ("accused X of shelling", "after attacking") is the content of another
  // event or background, not an event of its own.
  const gerundAfterPrep = /ing$/.test(val(i)) && pos[i - 1] === "ADP";
  // An infinitive after a noun ("resources to wage the war", "plans to attack") is a purpose or an intent,
  // not an event that happened.
  const purpose = val(i - 1) === "to" && (pos[i - 2] === "NOUN" || pos[i - 2] === "PROPN") && mot[i - 2] === -1;
  // A bare verb form right after a finite verb is its object noun mis-tagged ("rejected calls by X").
  // After "to", an -s form is a plural noun, never an infinitive ("conceded to demands from X").
  const objectNoun =
    !lex.anyPos &&
    ((isVerbPos(i - 1) && !/ing$/.test(val(i)) && i - 1 >= ss) ||
      (val(i - 1) === "to" && /[^s]s$/.test(val(i)) && lower(i) !== val(i)));
  // A head tagged as an adjective is no finite verb: the noun reading of a multiword phrase is tried as well
  // ("a hunger strike", "martial law"; a lone "offensive" before a noun stays an adjective).
  // An -ing form after a determiner, or after "a/the + noun" and before "of" ("a subscription offering of
  // shares"), or between two common nouns ("household buying power") is a noun, whatever the tagger says:
  // only its noun patterns apply ("a declaration demanding that …" stays a participle).
  const commonNoun = (k: number) => (pos[k] === "NOUN" || pos[k] === "ADJ") && mentionAt(k) === null;
  const nounIng =
    !lex.anyPos &&
    /ing$/.test(val(i)) &&
    (pos[i - 1] === "DET" ||
      (commonNoun(i - 1) && (pos[i + 1] === "NOUN" || (pos[i - 2] === "DET" && val(i + 1) === "of"))));
  const adjHead = pos[i] === "ADJ";
  // An "adjective" followed by a preposition or punctuation modifies nothing: it is a noun ("launched their
  // offensive against X").
  const adjNoun = adjHead && (pos[i + 1] === "ADP" || pos[i + 1] === "PUNCT");
  return { list, verbReading, notVerb, gerundAfterPrep, purpose, objectNoun, nounIng, adjHead, adjNoun };
}

/** Words after a number pair that make it a range of amounts, not a score ("rose 5-6 pct"). */
const AMOUNT_AFTER = new Set(["pct", "percent", "%", "per", "mln", "million", "billion", "dlrs", "points"]);
/** Months: a number pair before one is a range of days ("on 12-14 March"). */
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

/**
 * "Gondor were beaten 21-17 by Rohan", "Rohan thrashed Gondor 3-0": a score (two small numbers joined by a
 * hyphen) within a few words after a conflict verb makes it a game, in an article too short to be seen as
 * about sport. Counts of at most three digits, so years and ranges of years ("1980-1985") are no score; a pair
 * after a preposition or before a month or unit is a range ("on 12-14 March", "by 5-6 pct").
 */
function scoreAfter(cx: CoderContext, i: number, se: number): boolean {
  const { value } = cx.doc.tokens;
  const small = (k: number) => /^\d{1,3}$/.test(value[k] ?? "");
  for (let k = i + 1; k < Math.min(se - 2, i + 7); k++) {
    if (HARD.has(value[k] as string)) return false;
    if (!small(k) || value[k + 1] !== "-" || !small(k + 2) || cx.doc.tokens.pos[k - 1] === "ADP") continue;
    if (!AMOUNT_AFTER.has(cx.val(k + 3)) && !MONTHS.test(cx.val(k + 3))) return true;
  }
  return false;
}

/**
 * "asked the Queen to dissolve Parliament", "urged the board to reject Rohan's bid": an appeal or demand (02x, 10x)
 * with an object of its own is addressed to that object; a party inside the complement is what the act is about,
 * not the addressee. When the object is no coded party, the appeal has no target rather than a wrong one. A
 * warning (13x) to the speaker's own people likewise: "warned his troops to expect further Gondorian attacks"
 * warns the troops, not Gondor.
 */
function addresseeOnly(cx: CoderContext, i: number, code: string, targets: ActorMention[]): ActorMention[] {
  const { tree } = cx;
  if (!/^(02|10|13)/.test(code) || targets.length === 0) return targets;
  if (code.startsWith("13") && warnedGroupFirst(cx, i, targets)) return [];
  const f = frameOf(tree, i);
  const xcomp = f.clauses.find((c) => tree.deprel(c) === "xcomp");
  if (xcomp === undefined || f.objects.length === 0) return targets;
  // A warning only when its object is the speaker's own people ("his troops", "their citizens").
  // Or when its object is a group of polities or their people, named by a common noun ("warned neighbouring
  // states not to allow the rebels in"): the group is warned, and the rebels are what it should not allow.
  if (code.startsWith("13") && !f.objects.some((o) => ownedBySpeaker(cx, o) || partyNoun(cx, o))) return targets;
  return targets.every((m) => tree.dominates(xcomp, m.tokenStart)) ? [] : targets;
}

/**
 * "a loan to help Gondor finance a railway in Minas Tirith", "a Gondor/Arnor pact on old Gondorian bonds": a
 * country does not agree with, meet, back or aid itself as a whole; the second mention is a place or a modifier
 * inside the act. An office or group acting on its own country stays ("Elessar promised to reform Gondor", as
 * the PLOVER gold codes domestic promises and concessions).
 */
function ownState(sources: readonly ActorMention[], m: ActorMention, code: string): boolean {
  const a = m.actor ?? "";
  if (!/^[A-Z]{3}$/.test(a) || !/^0[3-7]/.test(code) || sources.length === 0) return false;
  return sources.every((s) => s.actor === a);
}

/** Possessive pronouns of the speaker's own people ("his troops", "our citizens"). */
const OWN_POSSESSIVES = new Set(["his", "her", "its", "their", "our", "my"]);

/**
 * "warned neighbouring states not to allow Rohan rebels in", read by word order (the parse often takes
 * "neighbouring" for a verb): a common noun for polities or their agents right after the warning verb, then a
 * to-infinitive before the first target: the group is warned, the target is inside what it is warned about.
 */
function warnedGroupFirst(cx: CoderContext, i: number, targets: readonly ActorMention[]): boolean {
  const first = Math.min(...targets.map((m) => m.tokenStart));
  let group = -1;
  for (let k = i + 1; k < first && k < i + 12; k++) {
    if (cx.mentionAt(k)) return false;
    if (partyNoun(cx, k)) group = k;
    else if (group >= 0 && cx.val(k) === "to" && cx.isVerbPos(k + 1)) return true;
  }
  return false;
}

/** An object that is a common noun for polities or their agents ("states", "neighbours", "governments"). */
function partyNoun(cx: CoderContext, o: number): boolean {
  return !cx.mentionAt(o) && listed("region_agent_heads", cx.lower(o));
}

function ownedBySpeaker(cx: CoderContext, o: number): boolean {
  return cx.tree.children(o).some((c) => cx.tree.deprel(c) === "nmod:poss" && OWN_POSSESSIVES.has(cx.val(c)));
}

/** Codes the events of sentence s: each token that heads a pattern, first matching reading. */
function codeSentence(cx: CoderContext, s: number) {
  const { doc, actors, opt, lex, val, tree } = cx;
  const ss = doc.sentences.tokenStart[s] as number;
  const se = doc.sentences.tokenEnd[s] as number;
  let dates: SentenceDate[] | null = null;
  let covered = -1;
  for (let i = ss; i < se; i++) {
    const reading = triggerReadingAt(cx, i, ss, covered);
    if (!reading) continue;
    const { list, verbReading, notVerb, gerundAfterPrep, purpose, objectNoun, nounIng, adjHead, adjNoun } = reading;
    for (const p of list) {
      if (p.kind === "V" && notVerb && p.rest.length === 0) continue;
      if ((p.kind === "V") !== verbReading && !(adjHead && p.kind === "N" && (p.rest.length > 0 || adjNoun))) continue;
      if (p.kind === "V" && (gerundAfterPrep || purpose || objectNoun || nounIng)) continue;
      const end = matchRest(cx, p, i, se);
      if (end < 0) continue;
      if (p.obj && !objectFollows(cx, p.obj, end, se)) continue;
      if (p.intr && directObjectAt(cx, end + 1)) continue;
      // "vowed to fight X", "pledged to attack": a promise of force is a threat (coded on the force verb), not
      // an agreement.
      if (p.kind === "V" && p.code.startsWith("03") && val(end + 1) === "to" && forceHeadAt(cx, end + 2, se)) continue;
      const found = p.kind === "V" ? verbParties(cx, p, i, end, ss, se) : nounParties(cx, p, i, end, ss, se);
      if (!found) continue;
      if (!lex.anyPos && p.kind === "V") found.targets = addresseeOnly(cx, i, found.code ?? p.code, found.targets);
      // Whatever rule found it, the speaker named after the reported clause is no party ("…, the agency reported").
      if (!lex.anyPos) {
        found.targets = withoutAppositions(
          cx,
          found.targets.filter(
            (m) =>
              !trailingSpeaker(cx, i, m) &&
              !newClauseSubject(cx, i, m) &&
              !inPurposeClause(cx, i, found.code ?? p.code, m) &&
              !insideObjectAct(cx, i, found.code ?? p.code, m) &&
              !insideObjectContent(cx, i, found.code ?? p.code, m, p.rest.length > 0 ? p.tgt : null) &&
              !ownState(found.sources, m, found.code ?? p.code) &&
              !onBehalfOf(cx, m) &&
              !samePairAgain(cx, found.sources, m) &&
              !imitatedModel(cx, i, m) &&
              !modifierOfDeepThing(cx, i, found.code ?? p.code, m),
          ),
        );
        found.sources = withoutAppositions(
          cx,
          found.sources.filter((m) => !regionNoAgent(cx, m)),
        );
      }
      // The sense follows the arguments ("attacked the proclamation" is criticism, "received 300 votes" no
      // visit): a null sense means this reading is no event, and the words inside stay free for their own.
      let senseRule = false;
      // A pattern that names its object ("suspend * aid") has its sense already: the class of that object says
      // nothing more ("suspended part of an aid program" stays 161).
      const sense = lex.anyPos
        ? undefined
        : senseByArguments(tree, actors, frameOf(tree, i), found.code ?? p.code, undefined, {
            hasTarget: found.targets.length > 0,
            objectNamed: p.rest.length > 0,
          });
      if (sense === null) break;
      // "Liverpool crushed Everton", "fired his side into the final", "threatened the champion with a ban": in
      // an article about sport, verbal and material conflict is the game's language, not an event.
      if ((cx.sport || scoreAfter(cx, i, se)) && /^(1\d|20)/.test(sense ?? found.code ?? p.code)) break;
      if (sense !== undefined) {
        found.code = sense;
        senseRule = true;
      }
      const keeping = peacekeepingArrival(cx, p, i, found.sources, found.code ?? p.code);
      if (keeping) {
        found.code = keeping;
        senseRule = true;
      }
      dates ??= sentenceDates(
        doc.text.slice(doc.sentences.start[s] as number, doc.sentences.end[s] as number),
        opt.date,
      );
      covered = end;
      const extra = found as { code?: string; lightAt?: number };
      emit(cx, p, i, end, s, found.sources, found.targets, dates, extra.code, extra.lightAt, senseRule);
      break;
    }
  }
}

export type { Party };
