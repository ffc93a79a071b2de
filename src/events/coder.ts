/**
 * The shallow, parser-free event coder. For each token whose lemma heads a pattern, it checks the rest of the
 * phrase, picks the source (nearest actor mention left of the verb in its clause, following coordinated verb
 * phrases and participles back to their subject) and the target (first acceptable actor mention after the
 * trigger in the clause), expands coordinated and reciprocal actors, and attaches asserters, certainty, negation
 * and date. Rules are described in docs/events.md.
 */
import IntervalTree from "@flatten-js/interval-tree";
import type { ActorLayer, ActorMention } from "../actors/types.js";
import { inReportedClause } from "../attribution/certainty.js";
import type { AssertionFrame, AttributionLayer, LocalCertainty } from "../attribution/types.js";
import type { Certainty, CodedEvent, EntityRef } from "../contract.js";
import { type Document, tokenAt } from "../nlp/document.js";
import { buildTree, CLAUSE_RELS, type DepTree } from "../nlp/tree.js";
import { cameoInfo } from "../ontology/index.js";
import { mentionsOf, senseByArguments } from "./arguments.js";
import { parsedModality, REPORTED_FUTURE_MODALS } from "./certainty.js";
import { HISTORICAL_CUES, type SentenceDate, sentenceDates } from "./dates.js";
import { eventDate } from "./event-dates.js";
import { type Frame, frameOf, verbFrame } from "./frames.js";
import type { EventPattern, PatternLexicon, PatternWord } from "./lexicon.js";

export type CertaintyFn = (doc: Document, trigger: number) => LocalCertainty;

/** Tokens that always end a clause. */
const HARD = new Set([";", ":", "—", "–", "--", "(", ")", '"', "“", "”", "[", "]", "?", "!"]);
/** Words that open a new clause: the subject of a verb after them is never left of them. */
const OPENERS = new Set([
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "because",
  "if",
  "unless",
  "when",
  "whereas",
  "although",
  "though",
  "while",
  "after",
  "before",
  "since",
  "whether",
  "according",
  "however",
]);
/** Verb-group words skipped between a subject and its verb ("may also have been"). */
const VERB_GROUP = new Set(["have", "has", "had", "be", "been", "being", "not", "n't", "never", "also", "to"]);
/** Prepositions whose object is a place or time, never a default target ("met in Beijing"). */
const LOCATIVE = new Set([
  "in",
  "at",
  "near",
  "inside",
  "outside",
  "across",
  "throughout",
  "during",
  "from",
  "of",
  "over",
  "since",
  "within",
  "around",
  "regarding",
  "about",
  "for",
  "like",
  "as",
]);
/** Plural nouns that, after "the two" / "both", refer back to the last two actors ("the two leaders met"). */
const PAIR_NOUNS = new Set(["leader", "side", "country", "nation", "president", "government", "minister", "state"]);
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
/** Verbs that turn an event noun into an action of their subject ("staged a protest", "launched an attack"). */
const LIGHT_VERBS = new Set([
  "stage",
  "launch",
  "begin",
  "start",
  "hold",
  "continue",
  "mount",
  "carry",
  "conduct",
  "impose",
  "reimpose",
  "issue",
  "open",
  "declare",
  "announce",
  "organize",
  "organise",
  "resume",
  "step",
  "wage",
  "order",
  "complete",
  "undertake",
  "lodge",
  "renew",
  "call",
  // "speeded up the withdrawal", "stepped up attacks", "intensified its offensive", "engaged in ethnic cleansing"
  "speed",
  "accelerate",
  "hasten",
  "intensify",
  "escalate",
  "engage",
  // "approved the attacks on X", "authorized strikes": the approver is the act's source (see event-arguments.json).
  "approve",
  "authorize",
  "authorise",
  "sanction",
]);
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
/** Codes whose events without a named target are aimed at their place (see placeTarget). */
const PLACE_TARGET = /^(081|1[3-9]|20)/;
/** Material coercion and force (17x–20x) and threats of them (13x). */
const FORCE = /^(1[3789]|20)/;
/** Roots whose object's from/by phrase names its author, the target (accept 03, concede 08, reject 12). */
const AUTHOR_ROOTS = new Set(["03", "08", "12"]);
/** Place targets that stand for their population: threats, sanctions, coercion, force. */
const PLACE_CIVILIANS = /^(1[36789]|20)/;
/** Verbs of a protest's stated purpose ("to protest X", "to demand …"): their object is the protest's target. */
const PURPOSE_VERBS = new Set([
  "protest",
  "demand",
  "denounce",
  "oppose",
  "press",
  "show",
  "express",
  "condemn",
  "overthrow",
  "topple",
  "oust",
]);
/** Words that open a direct object or complement clause after an intransitive-only verb (see `intr`). */
/** Words that open a place phrase even when a name recognizer took them into a name ("Near Ayn Isa"). */
const PLACE_OPENERS = new Set(["near", "outside", "inside", "around", "across", "throughout", "in", "at"]);
const OBJECT_WORDS = new Set(["that", "how", "what", "its", "their", "his", "her", "our"]);
const TIME_WORDS = new Set(["today", "yesterday", "tonight", "overnight", "tomorrow", "morning", "night", "weekend"]);
/** Proposal nouns that tagging may leave as verbs ("conceded to demands from X"). */
const PROPOSALS = new Set(["demand", "call", "appeal", "request", "proposal", "offer", "plan", "invitation"]);
/** Verbs of a sworn intent not in the attribution stage's intent list ("have sworn to fight"). */
const SWORN = new Set(["swear", "swore", "sworn", "swears", "swearing"]);
/** Verbs of an attempt: "tried to assassinate" is an attempted act of force, not a threat. */
const ATTEMPT = new Set(["try", "tried", "tries", "trying", "attempt", "attempted", "attempts", "attempting"]);
const COMPASS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"]);
const POSSESSIVE = new Set(["its", "their", "his", "her", "our", "my", "your"]);
const PLACE_PREPS = new Set(["in", "into", "inside", "across", "throughout"]);
/** Adjectives that, before "to" + verb, state an intent ("is willing to withdraw"). */
const INTENT_ADJ = new Set(["willing", "ready", "prepared", "determined", "committed", "eager", "keen"]);
const SUBJECT_PRONOUNS = new Set(["it", "they", "he", "she", "we"]);
const CONDITION = new Set(["were", "whether", "should"]);
/** Nouns that, modified by an event noun, name a state, a thing or a person, not the act ("trade relations"). */
const NON_EVENT_HEADS: ReadonlySet<string> = new Set(
  (
    "relation relations friction frictions tie ties deficit surplus balance figure figures data gap dispute " +
    "helicopter helicopters aircraft plane planes jet jets dog dogs route routes minister ministry official " +
    "officials union unions partner partners policy volume volumes barrier barriers bill law tension tensions " +
    "problem problems issue issues"
  ).split(" "),
);
/** Prepositions whose object the parse may give as a verb's target when the pattern names none. */
const TARGET_PREPS: ReadonlySet<string> = new Set(["to", "with", "on", "against", "at", "toward", "towards", "upon"]);
/** Prefer the parser's subject over the word-order subject when it names an actor. */
const PARSE_SUBJECTS = true;
const CERTAINTY_RANK: Record<Certainty, number> = { asserted: 0, reported: 1, hedged: 2, hypothetical: 3 };

interface Party {
  mention: ActorMention;
}

export interface CoderOptions {
  lexicon: PatternLexicon;
  certainty: CertaintyFn;
  /** Require both source and target (PETRARCH's require_dyad); Dyad always does. */
  date: string | null;
  /** Lower-case capitals standing for their government ("Moscow"): participants coded <country>GOV. */
  seats?: ReadonlySet<string>;
}

export function codeDocument(
  doc: Document,
  actors: ActorLayer,
  attribution: AttributionLayer,
  opt: CoderOptions,
): CodedEvent[] {
  const { lemma, pos, value, count } = doc.tokens;
  const mot = actors.mentionOfToken;
  const lex = opt.lexicon;
  const events: CodedEvent[] = [];
  const seen = new Set<string>();
  /** Targets of the events emitted so far, by trigger token and quad class (for shared targets of conjuncts). */
  const targetsAt = new Map<number, { quad: number; targets: ActorMention[] }>();
  /** Place targets (see placeTarget): coded as places, never as the government a capital may stand for. */
  const placeRefs = new Set<ActorMention>();
  const lower = (i: number) => (lemma[i] ?? "").toLowerCase();
  const val = (i: number) => (value[i] ?? "").toLowerCase();
  const mentionAt = (i: number): ActorMention | null => {
    if (i < 0 || i >= count) return null;
    const m = mot[i] as number;
    return m >= 0 ? (actors.mentions[m] as ActorMention) : null;
  };
  const isVerbPos = (i: number) => pos[i] === "VERB";
  const entityIndex = new Map(actors.entities.map((e, k) => [e.id, k]));
  const framesAt = frameIndex(attribution.frames);
  const tree = buildTree(doc);
  /** Targets of reciprocal verbs that sit inside the verb's complement clause: no reverse event (see outsideClauses). */
  const oneWay = new Set<ActorMention>();
  /** Speaker or source of each quote and attribution, by id (frames name their origin). */
  const originOf = new Map<string, EntityRef | null>();
  for (const a of attribution.attributions) originOf.set(a.id, a.source);
  for (const q of attribution.quotes) originOf.set(q.id, q.speaker);
  /**
   * A pair named by a plural description ("the two leaders") stands for its members, like a coordinated subject:
   * each member gets the description's span with its own entity and code.
   */
  const asMembers = (m: ActorMention): ActorMention[] => {
    const members = actors.entities[m.entity]?.members;
    if (!members) return [m];
    return members.flatMap((id) => {
      const k = entityIndex.get(id);
      const e = k === undefined ? undefined : actors.entities[k];
      return k === undefined || !e ? [] : [{ ...m, entity: k, actor: e.actor }];
    });
  };

  for (let s = 0; s < doc.sentences.count; s++) {
    const ss = doc.sentences.tokenStart[s] as number;
    const se = doc.sentences.tokenEnd[s] as number;
    let dates: SentenceDate[] | null = null;
    let covered = -1;
    for (let i = ss; i < se; i++) {
      // Surface forms first (PETRARCH lists "MET" apart from "MEET"), then the lemma.
      if (!lex.anyPos && notATrigger(i)) continue;
      const surface = lex.byHead.get(val(i));
      let list = surface ?? lex.byHead.get(lower(i)) ?? byStem(val(i));
      // Words inside an already coded phrase ("imposed sanctions") do not start another event.
      if (!list || mot[i] !== -1 || i <= covered) continue;
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
      const verbAfterSubject =
        nounish && mentionAt(i - 1) !== null && pos[i + 1] !== "ADP" && val(i - 1) !== "'s" && !modifier && !modified;
      const verbReading = !nounish || verbAfterSubject || lex.anyPos === true;
      // A surface form listed only as a noun ("killing") still has its verb's patterns as a verb ("…, killing
      // two soldiers"), and the other way round.
      if (surface && !lex.anyPos && !surface.some((q) => (q.kind === "V") === verbReading)) {
        list = [...surface, ...(lex.byHead.get(lower(i)) ?? byStem(val(i)) ?? [])];
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
      for (const p of list) {
        if ((p.kind === "V") !== verbReading && !(adjHead && p.kind === "N" && (p.rest.length > 0 || adjNoun)))
          continue;
        if (p.kind === "V" && (gerundAfterPrep || purpose || objectNoun || nounIng)) continue;
        const end = matchRest(p, i, se);
        if (end < 0) continue;
        if (p.obj && !objectFollows(p.obj, end, se)) continue;
        if (p.intr && directObjectAt(end + 1)) continue;
        // "vowed to fight X", "pledged to attack": a promise of force is a threat (coded on the force verb), not
        // an agreement.
        if (p.kind === "V" && p.code.startsWith("03") && val(end + 1) === "to" && forceHeadAt(end + 2, se)) continue;
        const found = p.kind === "V" ? verbParties(p, i, end, ss, se) : nounParties(p, i, end, ss, se);
        if (!found) continue;
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
        if (sense !== undefined) {
          found.code = sense;
          senseRule = true;
        }
        dates ??= sentenceDates(
          doc.text.slice(doc.sentences.start[s] as number, doc.sentences.end[s] as number),
          opt.date,
        );
        covered = end;
        const extra = found as { code?: string; lightAt?: number };
        emit(p, i, end, s, found.sources, found.targets, dates, extra.code, extra.lightAt, senseRule);
        break;
      }
    }
  }
  return events;

  /**
   * Words that look like triggers but are parts of other words: a noun modifying a noun that names a state or a
   * thing, not an act ("trade frictions", "attack helicopters"; "a mediation effort" stays), the second half of a hyphenated adjective whose first half is no actor
   * ("so-called", "hard-pressed"; "Iranian-backed" stays), a capitalized month before a number ("March 19").
   */
  function notATrigger(i: number): boolean {
    // "provided the country reduces its deficit": a conjunction or preposition, whatever its form.
    if (doc.tokens.deprel[i] === "mark" || doc.tokens.deprel[i] === "case") return true;
    const h = doc.tokens.head[i] as number;
    if (doc.tokens.deprel[i] === "compound" && pos[i] === "NOUN" && NON_EVENT_HEADS.has(lower(h))) return true;
    if (value[i - 1] === "-" && i - 2 >= 0 && mot[i - 2] === -1 && !spacedDash(i - 1)) return true;
    // A capitalized word inside a run of capitalized words is part of a name ("the London Interbank Offered
    // Rate"), not a verb.
    if (!lex.anyPos && i > 0 && inCapitalRun(i)) return true;
    // A capitalized "March" is the month ("the March numbers"); a protest march is written in lower case.
    return value[i] === "March" || (value[i] === "May" && pos[i + 1] === "NUM");
  }

  function inCapitalRun(i: number): boolean {
    const cap = (k: number) => /^[A-Z][a-z]/.test(value[k] ?? "");
    const sentenceStart = doc.tokens.sentence[i - 1] !== doc.tokens.sentence[i];
    // Two capitalized words in a row mid-sentence are a name ("New York Telephone"); a sentence's first word
    // is capitalized anyway.
    return cap(i) && !sentenceStart && cap(i - 1);
  }

  function wordIs(k: number, w: PatternWord): boolean {
    if (w.alts) return w.alts.has(lower(k)) || w.alts.has(val(k));
    return lower(k) === w.lemma || val(k) === w.lemma;
  }

  /** wink-nlp mis-lemmatizes some forms ("staged" → "stag"): fall back to regular suffix stripping. */
  function byStem(v: string): EventPattern[] | undefined {
    if (v.length < 4) return undefined;
    for (const cut of STEMS) {
      if (!v.endsWith(cut[0])) continue;
      const hit = lex.byHead.get(v.slice(0, v.length - cut[0].length) + cut[1]);
      if (hit) return hit;
    }
    return undefined;
  }
  function isLight(k: number): boolean {
    return LIGHT_VERBS.has(lower(k)) || LIGHT_VERBS.has(val(k).replace(/d$|ed$|s$|ing$/, ""));
  }

  /** Checks the words after the head (and PETRARCH's words before it); returns the phrase's last token or -1. */
  function matchRest(p: EventPattern, i: number, se: number): number {
    if (p.before) {
      const ss = doc.tokens.sentence[i] as number;
      const from = Math.max(doc.sentences.tokenStart[ss] as number, i - 5);
      for (const w of p.before) {
        let ok = false;
        for (let k = from; k < i && !ok; k++) ok = wordIs(k, w);
        if (!ok) return -1;
      }
    }
    let at = i;
    for (const r of p.rest) {
      let hit = -1;
      for (let k = at + 1; k <= Math.min(se - 1, at + 1 + r.gap); k++) {
        if (wordIs(k, r)) {
          hit = k;
          break;
        }
        if (HARD.has(value[k] as string)) break;
      }
      if (hit < 0) return -1;
      at = hit;
    }
    return at;
  }

  /** A verb phrase of force (18x–20x) starts at token k ("to fight", "to attack"). */
  function forceHeadAt(k: number, se: number): boolean {
    if (k >= se) return false;
    const list = lex.byHead.get(val(k)) ?? lex.byHead.get(lower(k)) ?? byStem(val(k));
    return list?.some((q) => q.kind === "V" && /^(18|19|20)/.test(q.code) && matchRest(q, k, se) >= 0) ?? false;
  }

  /** A direct object or complement clause starts at k ("demonstrated its commitment", "demonstrated that"). */
  function directObjectAt(k: number): boolean {
    // A name or a time word right after the verb is no object: "demonstrated Monday", "rallied today".
    if (TIME_WORDS.has(val(k))) return false;
    const t = pos[k];
    return t === "DET" || t === "PRON" || t === "NOUN" || OBJECT_WORDS.has(val(k));
  }

  function objectFollows(obj: ReadonlySet<string>, end: number, se: number): boolean {
    for (let k = end + 1; k < Math.min(se, end + 8); k++) {
      if (HARD.has(value[k] as string) || OPENERS.has(val(k)) || value[k] === ",") return false;
      if (obj.has(lower(k))) return true;
    }
    return false;
  }

  /** Coordinated mentions around `m` ("Xi and Putin", "China, Russia and Iran"), appositions included. */
  function _groupLeft(m: ActorMention, ss: number): ActorMention[] {
    const out = [m];
    let k = m.tokenStart - 1;
    while (k >= ss) {
      const v = value[k] as string;
      if (v === "," || val(k) === "and") {
        const prev = mentionAt(k - 1);
        if (prev && !LOCATIVE.has(val(prev.tokenStart - 1))) {
          out.push(prev);
          k = prev.tokenStart - 1;
          continue;
        }
        if (v === "," && val(k - 1) !== "and") {
          // ", and X" / "X, and Y"
        }
        if (val(k) === "and" && value[k - 1] === ",") {
          const p2 = mentionAt(k - 2);
          if (p2) {
            out.push(p2);
            k = p2.tokenStart - 1;
            continue;
          }
        }
      }
      break;
    }
    return out;
  }

  function groupRight(m: ActorMention, se: number): ActorMention[] {
    const out = [m];
    let k = m.tokenEnd;
    while (k < se && (val(k) === "and" || value[k] === ",")) {
      // "Israel and the Palestinians": a determiner may open the next conjunct.
      const d = val(k + 1) === "the" ? 1 : 0;
      const next = mentionAt(k + 1 + d) ?? (val(k + 1) === "and" ? mentionAt(k + 2) : null);
      if (!next) break;
      // "..., and several companies supply": a mention followed by its own verb starts a new clause.
      const after = next.tokenEnd;
      const verbNext =
        isVerbPos(after) || pos[after] === "AUX" || (lex.byHead.has(lower(after)) && pos[after + 1] !== "ADP");
      if (verbNext && after < se && value[k] === ",") break;
      out.push(next);
      k = next.tokenEnd;
    }
    return out;
  }

  /** Subject of the verb at i: nearest mention to the left within the clause, following coordination back. */
  /** The source mention of reported content that holds token k and ends before token i, if any. */
  function reporterOfContent(k: number, i: number): ActorMention | null {
    const at = doc.tokens.start[k] as number;
    const before = doc.tokens.start[i] as number;
    for (const f of framesAt(at)) {
      if (f.end > before) continue;
      const item = originOf.get(f.origin);
      if (!item?.entity) continue;
      const m = mentionAt(tokenAt(doc, item.start));
      if (m && m.start === item.start) return m;
    }
    return null;
  }

  function subjectOf(i: number, ss: number, depth: number): ActorMention[] | null {
    let j = i - 1;
    while (
      j >= ss &&
      (VERB_GROUP.has(val(j)) || pos[j] === "AUX" || pos[j] === "ADV" || pos[j] === "PART" || intentAdjAt(j))
    ) {
      j--;
    }
    if (j >= ss && depth < 3) {
      const coord = val(j) === "and" || val(j) === "but" || val(j) === "or";
      // ", demanding …" or "issued a declaration demanding …": a participle clause after the object.
      const ing = /ing$/.test(val(i));
      const participle = ing && (value[j] === "," || (j === i - 1 && pos[j] === "NOUN" && mot[j] === -1));
      if (coord || participle) {
        // Coordinated verb phrase or participle clause: share the subject of the previous verb.
        let objectBefore = false;
        for (let k = j - 1; k >= ss; k--) {
          if (HARD.has(value[k] as string) || OPENERS.has(val(k))) break;
          if (mot[k] === -1 && (isVerbPos(k) || (lex.byHead.has(lower(k)) && mentionAt(k - 1)))) {
            // "He denied X had forced the changes, telling the BBC …": when that verb sits in reported content
            // that ends before the participle, the participle belongs to the report's source
            if (participle) {
              const source = reporterOfContent(k, i);
              if (source) return [source];
            }
            const sub = subjectOf(k, ss, depth + 1);
            if (sub) return sub;
            // "A roadside bombing killed one soldier and wounded two others": the first verb's object is not
            // the subject of the second.
            if (objectBefore) return null;
            break;
          }
          // A mention right before "and" is a coordinated subject ("Arnor and Gondor met"), unless a verb
          // precedes it in the clause (then it is that verb's object).
          if (k === j - 1 && mentionAt(k) && coord) {
            if (!verbBefore(k, ss)) break;
            objectBefore = true;
          }
        }
      }
    }
    // Collect the mentions of the clause left of the verb; the subject is the leftmost one that is not inside
    // a prepositional phrase or a possessor ("The Turkish and Greek sides of the island of Cyprus have agreed",
    // "Pakistan, a key U.S. ally, refused"): the head of a subject NP comes first in English.
    let leftmost: ActorMention | null = null;
    let coded: ActorMention | null = null;
    let fallback: ActorMention | null = null;
    for (let k = i - 1; k >= ss; k--) {
      const m = mentionAt(k);
      const pronoun = (!m || (m.form === "pronoun" && !m.actor)) && SUBJECT_PRONOUNS.has(val(k));
      if (pronoun && !leftmost && depth < 3) {
        // "Syria says it is willing to withdraw", "the rebels said on Friday they will release": an unresolved
        // subject pronoun right after a speech verb is that verb's subject.
        const sv = speechVerbBefore(k, ss);
        if (sv >= 0) {
          const sub = subjectOf(sv, ss, depth + 1);
          if (sub) return sub;
        }
      }
      if (m) {
        k = m.tokenStart;
        let b = m.tokenStart - 1;
        while (b >= ss && (pos[b] === "DET" || pos[b] === "ADJ" || pos[b] === "NUM")) b--;
        // "A group of Moroccan diplomats held", "Thousands of Nigerians converged": the of-phrase of a collective
        // or quantity head is the subject.
        const collective = val(b) === "of" && (lex.collective?.has(lower(b - 1)) ?? false);
        const inPP = b >= ss && (pos[b] === "ADP" || LOCATIVE.has(val(b))) && !collective && !quantityAt(b);
        // "NATO-member Norway": the first part of a hyphenated compound modifies the head after it.
        const possessor =
          val(m.tokenEnd) === "'s" || val(m.tokenEnd) === "’s" || value[m.tokenEnd] === "-" || namesMembers(m);
        if (!inPP && !possessor) {
          leftmost = m;
          // A mention the actors stage could not code ("he", an unknown name) is a weak subject: keep the
          // leftmost coded one as well.
          if (m.actor) coded = m;
        } else fallback ??= possessor ? m : fallback;
        continue;
      }
      const v = value[k] as string;
      // "The Nigerian Union of Teachers (NUT) announced": a short parenthesis (an acronym) inside the subject.
      if (v === ")") {
        const open = shortParenStart(k, ss);
        if (open >= 0) {
          k = open;
          continue;
        }
      }
      if (HARD.has(v) || OPENERS.has(val(k))) break;
      // A spaced hyphen is a dash ("BRUSSELS, March 17 - The Community warned"), not a compound's hyphen.
      if (v === "-" && spacedDash(k)) break;
      if (v === "," && (val(k + 1) === "and" || val(k + 1) === "but")) break;
      // Another finite verb between: the mentions left of it belong to its clause, unless it governs an
      // infinitive ("wants to meet") or is a participle modifying the subject ("Russian aircraft including
      // helicopter gunships killed", "The Red Cross operating in Iraq said").
      if (isVerbPos(k) && val(k + 1) !== "to" && k !== i - 1 && !participleModifier(k)) break;
    }
    if (leftmost && !leftmost.actor && coded) return groupRight(coded, i);
    // "Arab League Secretary-General X (uncoded) called": the coded modifier of an uncoded head stands in for it.
    if (leftmost && !leftmost.actor && fallback?.actor && !lex.anyPos) return [fallback];
    if (leftmost) return groupRight(leftmost, i);
    return fallback ? [fallback] : null;
  }

  /** A "-" token with white space on both sides: a dash. */
  function spacedDash(k: number): boolean {
    const { start, end } = doc.tokens;
    return (
      k > 0 &&
      k + 1 < count &&
      (start[k] as number) > (end[k - 1] as number) &&
      (start[k + 1] as number) > (end[k] as number)
    );
  }

  /** The "(" of a parenthesis of at most three words closed at k ("(NUT)", "(the FIS)"), or -1. */
  function shortParenStart(k: number, ss: number): number {
    for (let j = k - 1; j >= Math.max(ss, k - 4); j--) {
      // Only after a coded name: an uncoded one would give an event without a known source.
      if (value[j] === "(") return mentionAt(j - 1)?.actor ? j : -1;
      if (HARD.has(value[j] as string) || value[j] === ",") return -1;
    }
    return -1;
  }

  /** "NATO troops", "Reuters reporter": a name right before the member nominal it codes modifies that nominal. */
  function namesMembers(m: ActorMention): boolean {
    const next = mentionAt(m.tokenEnd);
    return m.form === "name" && next !== null && next.form === "nominal" && next.tokenStart === m.tokenEnd;
  }

  /** "up to 100", "more than 100", "about 200": a preposition that only quantifies the number after it. */
  function quantityAt(b: number): boolean {
    if (pos[b + 1] !== "NUM") return false;
    const v = val(b);
    return (v === "to" && val(b - 1) === "up") || v === "than" || v === "about" || v === "around" || v === "over";
  }

  /** A finite verb left of token k in its clause. */
  function verbBefore(k: number, ss: number): boolean {
    for (let j = k - 1; j >= ss; j--) {
      if (HARD.has(value[j] as string) || OPENERS.has(val(j)) || value[j] === ",") return false;
      if (mot[j] === -1 && isVerbPos(j) && !participleModifier(j)) return true;
    }
    return false;
  }

  /** Subject of the first if/unless clause after the trigger in its sentence. */
  function conditionSubject(end: number, se: number): ActorMention[] | null {
    for (let k = end + 1; k < se; k++) {
      if (HARD.has(value[k] as string)) return null;
      if (val(k) !== "if" && val(k) !== "unless") continue;
      let j = k + 1;
      while (j < se && (pos[j] === "DET" || pos[j] === "ADJ")) j++;
      const m = mentionAt(j);
      return m?.actor ? groupRight(m, se) : null;
    }
    return null;
  }

  /** The trigger lies inside an if/unless clause ("… if it is attacked"). */
  function inCondition(i: number): boolean {
    const from = doc.sentences.tokenStart[doc.tokens.sentence[i] as number] as number;
    for (let k = i - 1; k >= from; k--) {
      const v = val(k);
      if (v === "if" || v === "unless") return true;
      if (v === "," || HARD.has(v) || OPENERS.has(v) || (isVerbPos(k) && !participleModifier(k))) return false;
    }
    return false;
  }

  /** An -ing form without auxiliary right after a noun phrase: a reduced relative clause, not a finite verb. */
  function participleModifier(k: number): boolean {
    // "the divided island", "precision guided missiles": a participle before a noun is an adjective.
    if (/(ed|en)$/.test(val(k)) && (pos[k - 1] === "DET" || (pos[k - 1] === "NOUN" && pos[k + 1] === "NOUN"))) {
      return true;
    }
    if (!/ing$/.test(val(k)) || pos[k - 1] === "AUX" || VERB_GROUP.has(val(k - 1))) return false;
    return mot[k - 1] !== -1 || pos[k - 1] === "NOUN" || pos[k - 1] === "PROPN";
  }

  /** "willing/ready/prepared ... to" right before token j+1 ("is willing to withdraw"). */
  function intentAdjAt(j: number): boolean {
    return INTENT_ADJ.has(val(j)) && val(j + 1) === "to";
  }

  /** The speech verb a subject pronoun at k reports for ("says it", "said on Friday that they"), or -1. */
  function speechVerbBefore(k: number, ss: number): number {
    for (let j = k - 1; j >= Math.max(ss, k - 6); j--) {
      if (mot[j] !== -1 || HARD.has(value[j] as string)) return -1;
      if (isVerbPos(j)) return lex.byHead.get(lower(j))?.some((p) => p.say) ? j : -1;
      const skippable =
        val(j) === "that" || pos[j] === "ADV" || pos[j] === "ADP" || pos[j] === "PROPN" || pos[j] === "NOUN";
      if (!skippable) return -1;
    }
    return -1;
  }

  /** "the two leaders" / "both sides" as subject: the last two distinct actors before the sentence part. */
  function pairAnaphor(i: number, ss: number): ActorMention[] | null {
    let k = i - 1;
    while (k >= ss && (VERB_GROUP.has(val(k)) || pos[k] === "AUX" || pos[k] === "ADV")) k--;
    if (k < ss + 1 || !PAIR_NOUNS.has(lower(k))) return null;
    const q = val(k - 1);
    if (!(q === "two" || q === "both" || (q === "sides" && val(k - 2) === "both"))) return null;
    const picked: ActorMention[] = [];
    const seenCountry = new Set<string>();
    for (let j = k - 2; j >= 0 && picked.length < 2; j--) {
      const m = mentionAt(j);
      if (!m?.actor) continue;
      j = m.tokenStart;
      const c = m.actor.slice(0, 3);
      if (seenCountry.has(c)) continue;
      seenCountry.add(c);
      picked.push(m);
    }
    return picked.length === 2 ? picked : null;
  }

  function targetAfter(p: EventPattern, end: number, se: number, nominal: boolean): ActorMention[] | null {
    let weak: ActorMention | null = null;
    const found = scanTarget(p, end, se, nominal, (m) => {
      weak ??= m;
    });
    return found ?? (weak ? [weak] : null);
  }

  function scanTarget(
    p: EventPattern,
    end: number,
    se: number,
    nominal: boolean,
    keepWeak: (m: ActorMention) => void,
  ): ActorMention[] | null {
    for (let k = end + 1; k < se; k++) {
      const v = value[k] as string;
      // "demanded that the US cancel ...": the demand is on the subject of the complement.
      if (p.that && val(k) === "that" && k <= end + 2) continue;
      if (HARD.has(v) || v === "," || OPENERS.has(val(k))) return null;
      const m = mentionAt(k);
      if (!m) {
        // A finite verb with its own subject starts a new clause ("said Xi expressed").
        if (isVerbPos(k) && mentionAt(k - 1) && k > end + 1) return null;
        if (nominal && k > end + 8) return null;
        continue;
      }
      // "offered its troops to Lebanon", "an offensive in its Gulf war": a possessive pronoun phrase is the
      // actor's own thing, not a target.
      const ownThing =
        POSSESSIVE.has(val(m.tokenStart - 1)) &&
        (lex.byHead.get(lower(m.tokenEnd))?.some((q) => q.kind === "N") ?? false);
      if (ownThing || (/^(its|their|his|her|our)\b/i.test(m.text) && (!m.actor || m.actor.startsWith("---")))) {
        k = m.tokenEnd - 1;
        continue;
      }
      let b = m.tokenStart - 1;
      while (b > end && (pos[b] === "DET" || pos[b] === "ADJ" || pos[b] === "NUM" || placeModifier(b))) b--;
      const prep = b > end && (pos[b] === "ADP" || val(b) === "to") ? val(b) : null;
      let ok: boolean;
      if (p.say) {
        // "told Gondor", not "said Gondor must ..." / "said US and British forces must ..." (that is the subject
        // of reported speech).
        const group = groupRight(m, se);
        const after = (group[group.length - 1] as ActorMention).tokenEnd;
        const clauseNext = isVerbPos(after) || pos[after] === "AUX" || isModalAt(after);
        ok = prep ? (p.tgt?.has(prep) ?? false) : b === end && !clauseNext;
      } else if (nominal) ok = prep !== null && (p.tgt?.has(prep) ?? false);
      else if (p.tgt) {
        // "conceded to demands from X": the author of a proposal is the target of its acceptance (as below).
        const author =
          (prep === "from" || prep === "by") &&
          AUTHOR_ROOTS.has(p.code.slice(0, 2)) &&
          !lex.anyPos &&
          (pos[b - 1] === "NOUN" || PROPOSALS.has(lower(b - 1))) &&
          b - 1 <= end + 4;
        ok = prep !== null ? p.tgt.has(prep) || author : p.dem && m.form === "demonym";
      } else {
        // "demanded the removal of X", "ordered the release of X": the "of" object of the verb's object noun.
        // "rejected an appeal from X", "accepted demands from X": the author of a proposal is the target of
        // its acceptance or rejection.
        const author = (prep === "from" || prep === "by") && AUTHOR_ROOTS.has(p.code.slice(0, 2));
        const ofObject = (prep === "of" || author) && pos[b - 1] === "NOUN" && b - 1 <= end + 4;
        // "agreed to provide aid for Romania": the beneficiary of a promised act is the target of the promise.
        const beneficiary = prep === "for" && p.code.startsWith("03") && !lex.anyPos;
        ok = prep === null || !LOCATIVE.has(prep) || ofObject || beneficiary;
      }
      if (p.say && !ok) return null;
      if (!ok) {
        // Skip the whole coordinated phrase: "in Romania and Poland" is one place phrase.
        const group = groupRight(m, se);
        k = (group[group.length - 1] as ActorMention).tokenEnd - 1;
        continue;
      }
      // "imposed martial law in Kabul" (tgt=in): a place put under coercion or force stands for its people, as
      // in placeTarget.
      if (prep && PLACE_PREPS.has(prep) && !lex.anyPos && PLACE_CIVILIANS.test(p.code) && isPlaceCode(m)) {
        const place = { ...m, actor: `${m.actor}CVL` };
        placeRefs.add(place);
        return [place];
      }
      // A target without a known country ("other military", an uncoded name) is kept only if nothing better
      // follows in the clause.
      if ((!m.actor || m.actor.startsWith("---")) && !p.say) {
        keepWeak(m);
        k = m.tokenEnd - 1;
        continue;
      }
      return groupRight(m, se);
    }
    return null;
  }

  /**
   * Words between a preposition and its place that tagging may leave outside ADJ: a compass word ("invasion of
   * northern Mali") or a participle ("in the occupied Golan Heights").
   */
  function placeModifier(k: number): boolean {
    return COMPASS.has(val(k)) || (isVerbPos(k) && /ed$/.test(val(k)) && pos[k - 1] === "DET");
  }

  /** A name or demonym of a country or place (a bare 3-letter country code, no role). */
  function isPlaceCode(m: ActorMention): boolean {
    const kind = actors.entities[m.entity]?.kind;
    return m.actor?.length === 3 && !m.actor.startsWith("-") && (kind === "country" || kind === "place");
  }

  /** Subject of a complement clause followed by an obligation modal ("said Libya must hand over"). */
  function demandedOf(end: number, se: number): ActorMention[] | null {
    let k = end + 1;
    // "said on Tuesday that", "said here Wednesday that": time and place words before the complement.
    for (let j = k; j < Math.min(se, end + 5); j++) {
      if (val(j) === "that") {
        k = j + 1;
        break;
      }
      if (mot[j] !== -1 || isVerbPos(j) || pos[j] === "AUX" || value[j] === "," || HARD.has(value[j] as string)) break;
    }
    while (k < se && (pos[k] === "DET" || pos[k] === "ADJ")) k++;
    const m = mentionAt(k);
    if (!m) return null;
    const group = groupRight(m, se);
    // A few words may follow the subject before its modal ("the US and other developed nations must", "the rebels
    // in Darfur must"), but no verb or punctuation.
    let after = (group[group.length - 1] as ActorMention).tokenEnd;
    for (let n = 0; n < 5 && after < se && !isModalAt(after); n++, after++) {
      if (isVerbPos(after) || pos[after] === "AUX" || pos[after] === "PUNCT" || OPENERS.has(val(after))) return null;
    }
    return isModalAt(after) ? group : null;
  }

  /** "must", "should", "has to", "needs to" (an obligation laid on the subject before it). */
  function isModalAt(k: number): boolean {
    const v = val(k);
    if (v === "must" || v === "should") return true;
    return (v === "has" || v === "have" || v === "needs" || v === "need") && val(k + 1) === "to";
  }

  function passiveAt(i: number, ss: number): boolean {
    // "is opposed to X" is an adjective: the subject opposes X.
    if (val(i) === "opposed" && val(i + 1) === "to") return false;
    if (!/ed$|en$/.test(val(i)) && !/^(met|sold|bought|held|struck|shot|seized|fought)$/.test(val(i))) return false;
    for (let k = i - 1; k >= Math.max(ss, i - 3); k--) {
      if (lower(k) === "be") return true;
      if (!(pos[k] === "ADV" || val(k) === "not")) return false;
    }
    return false;
  }

  /**
   * Passive subject whose head is not an actor but whose "for"/"of" phrase is: "A camp for Congolese refugees was
   * attacked" → the refugees.
   */
  function passiveSubjectInPP(i: number, ss: number): ActorMention[] | null {
    for (let k = i - 1; k >= ss; k--) {
      const v = value[k] as string;
      if (HARD.has(v) || v === "," || OPENERS.has(val(k))) return null;
      const m = mentionAt(k);
      if (!m) continue;
      let b = m.tokenStart - 1;
      while (b >= ss && (pos[b] === "DET" || pos[b] === "ADJ" || pos[b] === "NUM")) b--;
      return val(b) === "for" || val(b) === "of" ? [m] : null;
    }
    return null;
  }

  function verbParties(p: EventPattern, i: number, end: number, ss: number, se: number) {
    if (passiveAt(i, ss)) {
      // "Arnor was attacked by Gondor": the agent after "by" is the source, the subject the target.
      const subj = subjectOf(i, ss, 0) ?? passiveSubjectInPP(i, ss);
      let agent: ActorMention[] | null = null;
      for (let k = end + 1; k < Math.min(se, end + 6); k++) {
        if (val(k) === "by") {
          const m = mentionAt(k + 1) ?? mentionAt(k + 2) ?? mentionAt(k + 3);
          if (m) agent = groupRight(m, se);
          break;
        }
      }
      if (!subj) return null;
      // "killed by a car bomb": a weapon as the agent stands for unidentified armed forces.
      if (!agent && weaponAfterBy(end, se)) agent = unidentified(p, ss);
      // Without a "by" agent the source is unknown ("three civilians have been killed", "X was arrested"):
      // the event keeps its target and `source: null`. Speech verbs need a speaker.
      if (!agent && p.say) return null;
      return { sources: agent ?? [], targets: subj, code: undefined as string | undefined };
    }
    const f = verbFrame(tree, i);
    // A reduced passive ("Blu-ray, backed by 100 firms") has no "was" for the word-order rules to see: the
    // parse gives its agent and patient, or there is no event.
    // A participle on the sentence's root noun, or a "prenominal" one right after a name, is usually the main
    // verb misparsed ("police in Jericho confiscated weapons", "Zambia extradited suspected …").
    const onRoot = tree.rel(tree.head(i)) === "root";
    const inNounPhrase = value[i - 1] === "-" || pos[i - 1] === "DET" || pos[i - 1] === "ADJ";
    if (f.passive && !lex.anyPos && ((tree.rel(i) === "amod" && inNounPhrase) || (tree.rel(i) === "acl" && !onRoot))) {
      return reducedPassive(f, p);
    }
    const sources =
      notInPlacePhrase(chooseSubjects(f, subjectOf(i, ss, 0))) ??
      (p.recip ? pairAnaphor(i, ss) : null) ??
      (weaponBefore(i, ss) ? unidentified(p, ss) : null);
    if (!sources) return null;
    let targets = inFrame(f, p, outsideClauses(f, p, targetAfter(p, end, se, false))) ?? parsedTargets(p, f);
    // "offered its troops to Lebanon", "withdrew their forces from X": a possessive-pronoun phrase of the
    // subject's own country is the subject's own thing; the target follows it.
    const own = targets?.[targets.length - 1];
    if (
      own &&
      !lex.anyPos &&
      POSSESSIVE.has(val(own.tokenStart)) &&
      targets?.every((t) => sources.some((s) => s.actor && t.actor?.slice(0, 3) === s.actor.slice(0, 3)))
    ) {
      targets = targetAfter(p, own.tokenEnd - 1, se, false);
    }
    // "took two Gondorians hostage", "set the town on fire": the object inside the phrase's gap is the target.
    if (!targets && !p.say && !lex.anyPos && end > i + 1) targets = targetAfter(p, i, end, false);
    let code: string | undefined;
    if (!targets && p.say) {
      // "X said Y must/should ..." is a demand on Y (PETRARCH2 turns such reports into 10x as well).
      const t = demandedOf(end, se);
      if (t) {
        targets = t;
        code = "100";
      }
    }
    // A speech verb without an addressee is not an event; other verbs may be one-sided ("rebels withdrew").
    if (!targets && p.say) return null;
    // "threatened to stop negotiations if the United States goes ahead": the threat is aimed at the subject of
    // its condition.
    if (!targets && p.code.startsWith("13") && !lex.anyPos) targets = conditionSubject(end, se);
    targets ??= purposeTarget(code ?? p.code, end, se) ?? placeTarget(code ?? p.code, end, se);
    return { sources, targets: targets ?? [], code };
  }

  /**
   * A mention that opens with a preposition is a place or time phrase, never an agent ("Near Minas Tirith, three
   * strikes destroyed …": the name recognizer took the sentence-initial "Near" into the name).
   */
  function notInPlacePhrase(ms: ActorMention[] | null): ActorMention[] | null {
    if (!ms || lex.anyPos) return ms;
    const kept = ms.filter((m) => pos[m.tokenStart] !== "ADP" && !PLACE_OPENERS.has(lower(m.tokenStart)));
    return kept.length > 0 ? kept : null;
  }

  /** Actor mentions of frame argument heads (the frame already expanded coordination). */
  function argMentions(heads: readonly number[]): ActorMention[] {
    const out: ActorMention[] = [];
    for (const h of heads) for (const m of mentionsOf(tree, actors, h)) if (!out.includes(m)) out.push(m);
    return out;
  }

  /** The parse's agent of a verb, when it names an actor (null lets the word-order rules decide). */
  function parsedSubjects(f: Frame): ActorMention[] | null {
    if (!PARSE_SUBJECTS) return null;
    const ms = argMentions(f.subjects);
    return ms.length > 0 ? ms : null;
  }

  /**
   * The parse decides which noun phrase is the subject; word order rules pick the actor inside it ("A group of
   * Moroccan diplomats", "The Turkish and Greek sides"). So the word-order subject stays when it lies inside the
   * parsed subject phrase, and the parsed one replaces it when it lies elsewhere (an object of an earlier verb,
   * a phrase of another clause) or when word order finds none.
   */
  function chooseSubjects(f: Frame, shallow: ActorMention[] | null): ActorMention[] | null {
    // Inherited subjects (controllers, first conjuncts, participle governors) follow attachments the parser gets
    // wrong more often than the word-order rules, which know reported content and collectives.
    if (f.inherited) return shallow;
    const parsed = parsedSubjects(f);
    // Inside the subject phrase but not inside a clause of its own ("Saddam Hussein, who presided over his
    // commanders in Baghdad, visited": the commanders are no subject).
    const inPhrase = (m: ActorMention) =>
      f.subjects.some(
        (h) =>
          tree.dominates(h, m.tokenStart) &&
          !tree.children(h).some((c) => CLAUSE_RELS.has(tree.rel(c)) && tree.dominates(c, m.tokenStart)),
      );
    if (!parsed) return shallow;
    // Without a word-order subject, only a subject head that is itself an actor counts ("The capital of Arnor"
    // is no actor, nor is "a bomb near X").
    if (!shallow) return f.subjects.every((h) => (mot[h] ?? -1) >= 0) ? parsed : null;
    return shallow.every(inPhrase) ? shallow : parsed;
  }

  /**
   * A target found by word order inside a clause the verb governs ("agreed to sell jets to India") is the
   * beneficiary of the promised act, not a party that agreed as well: a reciprocal verb keeps it one-way.
   */
  function outsideClauses(f: Frame, p: EventPattern, ts: ActorMention[] | null): ActorMention[] | null {
    if (!ts || lex.anyPos || !p.recip) return ts;
    for (const m of ts) if (f.clauses.some((c) => tree.dominates(c, m.tokenStart))) oneWay.add(m);
    return ts;
  }

  /**
   * Word-order targets the parse rules out: a mention inside the verb's own subject phrase ("said Jean Dupont,
   * the OECD's economist"), and for speech verbs one inside the reported clause ("said X has ended talks": X is
   * the content's subject, not the addressee; "said X must" is handled by demandedOf).
   */
  function inFrame(f: Frame, p: EventPattern, ts: ActorMention[] | null): ActorMention[] | null {
    if (!ts || lex.anyPos) return ts;
    const inside = (heads: readonly number[], m: ActorMention) => heads.some((h) => tree.dominates(h, m.tokenStart));
    // Only a subject phrase of the verb's own that does not hold the verb itself (a noun whose participle
    // clause the verb is would hold everything).
    const subjects = f.inherited ? [] : f.subjects.filter((h) => !tree.dominates(h, f.trigger));
    const kept = ts.filter((m) => !inside(subjects, m) && !(p.say && inside(f.clauses, m)));
    return kept.length > 0 ? kept : null;
  }

  /** Roles of a participle modifier read as passive: agent from the by-phrase, patient the modified noun. */
  function reducedPassive(f: Frame, p: EventPattern) {
    const sources = argMentions(f.subjects);
    const targets = argMentions(f.objects);
    if (sources.length === 0 || (p.say && targets.length === 0)) return null;
    return { sources, targets, code: undefined as string | undefined };
  }

  /** Targets the parse gives a verb: its object, or an object of a preposition the pattern accepts. */
  function parsedTargets(p: EventPattern, f: Frame): ActorMention[] | null {
    if (p.say || lex.anyPos) return null;
    if (!p.tgt) {
      const objs = argMentions(f.objects);
      if (objs.length > 0) return objs;
    }
    for (const [prep, heads] of f.obliques) {
      if (!(p.tgt ?? TARGET_PREPS).has(prep)) continue;
      const ms = argMentions(heads);
      if (ms.length > 0) return ms;
    }
    return null;
  }

  /**
   * Targets the parse gives an event noun when word order finds none: the copular subject of "the target of"
   * ("X has been the subject of US sanctions"), or an object of the pattern's prepositions further away.
   */
  function parsedNounTargets(p: EventPattern, i: number): ActorMention[] | null {
    if (lex.anyPos) return null;
    const f = frameOf(tree, i);
    const objs = argMentions(f.objects);
    if (objs.length > 0) return objs;
    for (const [prep, heads] of f.obliques) {
      if (!p.tgt?.has(prep)) continue;
      const ms = argMentions(heads);
      if (ms.length > 0) return ms;
    }
    return null;
  }

  function nounParties(p: EventPattern, i: number, end: number, ss: number, se: number) {
    let source: ActorMention[] | null = null;
    // Possessor or modifier: "Russia's war", "Chinese supplies", "its attack" (up to two modifiers between).
    for (let k = i - 1; k >= Math.max(ss, i - 4); k--) {
      const m = mentionAt(k);
      if (m) {
        // A possessor ("Russia's war") is the source wherever its phrase sits; a bare modifier only outside
        // place phrases ("in Chinese ports").
        if (val(m.tokenEnd) === "'s" || val(m.tokenEnd) === "’s" || !LOCATIVE.has(val(m.tokenStart - 1))) source = [m];
        break;
      }
      if (!(val(k) === "'s" || val(k) === "’s" || pos[k] === "ADJ" || pos[k] === "NOUN" || pos[k] === "PUNCT")) break;
      if (value[k] === ",") break;
    }
    if (!source && p.src) {
      for (let k = end + 1; k < Math.min(se, end + 3); k++) {
        if (p.src.has(val(k))) {
          const m = mentionAt(k + 1) ?? mentionAt(k + 2);
          if (m) source = [m];
          break;
        }
      }
    }
    if (!source) {
      // Predicate nominal: "Beijing has become a key supplier for Russia".
      for (let k = i - 1; k >= Math.max(ss, i - 5); k--) {
        if (lower(k) === "become" || lower(k) === "be" || lower(k) === "remain") {
          source = subjectOf(k, ss, 0);
          break;
        }
        if (!(pos[k] === "DET" || pos[k] === "ADJ" || pos[k] === "NOUN" || pos[k] === "ADV")) break;
      }
    }
    let light = false;
    let lightAt: number | undefined;
    if (!source) {
      // Light verb + event noun: "Indonesian students staged demonstrations", "Israel mounted its invasion of
      // Lebanon", "the government imposed a curfew": the light verb's subject is the source.
      for (let k = i - 1; k >= Math.max(ss, i - 5); k--) {
        if (isLight(k) && (isVerbPos(k) || pos[k] === "NOUN")) {
          // "resources to wage the war": a purpose infinitive is no event (see `purpose` above).
          if (val(k - 1) === "to" && (pos[k - 2] === "NOUN" || pos[k - 2] === "PROPN")) break;
          source = subjectOf(k, ss, 0);
          light = source !== null;
          lightAt = k;
          break;
        }
        // Modifiers between light verb and noun, hyphenated participles included ("its long-threatened invasion"),
        // and a quantity's "of" ("began two weeks of war games", "staged a series of protests").
        // "engaged in ethnic cleansing", "stepped up attacks", "speeded up the withdrawal": a particle of the verb.
        const particle = (val(k) === "in" && lower(k - 1) === "engage") || (val(k) === "up" && isLight(k - 1));
        const quantityOf = (val(k) === "of" && pos[k - 1] === "NOUN") || particle;
        const modifier = ["DET", "ADJ", "NOUN", "NUM", "PRON"].includes(pos[k] as string) || quantityOf;
        if (!modifier && value[k] !== "-" && value[k - 1] !== "-") break;
        if (mot[k] !== -1 && !/^(its|their|his|her)\b/i.test(mentionAt(k)?.text ?? "")) break;
      }
    }
    if (!source && p.recip && p.tgt?.has("between") && (val(end + 1) === "between" || val(end + 2) === "between")) {
      // "fighting between Azerbaijanis and Armenians": the coordinated pair acts on each other.
      const both = targetAfter(p, end, se, true);
      if (both && distinctEntities(both) >= 2)
        return { sources: both, targets: [] as ActorMention[], code: undefined as string | undefined };
    }
    if (!source) {
      // The parse names the agent of a nominal event the word order hides ("the United States' killing of X").
      const parsed = argMentions(frameOf(tree, i).subjects);
      if (parsed.length > 0) source = parsed;
    }
    if (!source) return null;
    const from = source.reduce((a, m) => Math.max(a, m.tokenEnd - 1), end);
    const after = Math.max(from, end);
    const targets =
      targetAfter(p, after, se, true) ??
      purposeTarget(p.code, after, se) ??
      placeTarget(p.code, after, se) ??
      parsedNounTargets(p, i);
    // With a light verb the noun is a real event even without a target ("rebels declared a ceasefire").
    if (!targets && !light) return null;
    return { sources: source, targets: targets ?? [], lightAt, code: undefined as string | undefined };
  }

  /** The clause left of the verb names a weapon, not an actor ("A roadside bomb near X killed …"). */
  function weaponBefore(i: number, ss: number): boolean {
    if (lex.anyPos || !lex.weapon) return false;
    for (let k = i - 1; k >= ss; k--) {
      if (HARD.has(value[k] as string) || OPENERS.has(val(k)) || value[k] === ",") return false;
      if (lex.weapon.has(lower(k))) return true;
    }
    return false;
  }

  /** "by a car bomb", "by a roadside device": a weapon right after the passive's "by". */
  function weaponAfterBy(end: number, se: number): boolean {
    if (lex.anyPos || !lex.weapon) return false;
    for (let k = end + 1; k < Math.min(se, end + 3); k++) {
      if (val(k) !== "by") continue;
      for (let j = k + 1; j < Math.min(se, k + 5); j++) if (lex.weapon.has(lower(j))) return true;
    }
    return false;
  }

  /**
   * Source of force used by a weapon without a named agent: the unidentified armed forces (PLOVER/CAMEO UAF) of
   * the place named in the sentence ("near Kandahar" → AFGUAF), or unknown. Only force (18x–20x).
   */
  function unidentified(p: EventPattern, ss: number): ActorMention[] {
    if (!/^(18|19|20)/.test(p.code)) return [];
    const se = doc.sentences.tokenEnd[doc.tokens.sentence[ss] as number] as number;
    for (let k = ss; k < se; k++) {
      const m = mentionAt(k);
      if (!m) continue;
      k = m.tokenEnd - 1;
      let b = m.tokenStart - 1;
      while (b >= ss && (pos[b] === "DET" || pos[b] === "ADJ" || placeModifier(b))) b--;
      const kind = actors.entities[m.entity]?.kind;
      const country = m.actor?.length === 3 && !m.actor.startsWith("-") ? m.actor : null;
      if (country && (kind === "place" || kind === "country") && LOCATIVE.has(val(b))) {
        return [{ ...m, actor: `${country}UAF` }];
      }
    }
    return [];
  }

  /**
   * A protest without a named target is aimed at what its stated purpose names: "began a hunger strike to protest
   * against Norway's decision", "blocked roads to press their demands from X's government", "staged a sit-in in
   * protest at X" (Dyad's own lexicon only). The first coded mention after the purpose verb in the clause.
   */
  function purposeTarget(code: string, end: number, se: number): ActorMention[] | null {
    if (lex.anyPos || !code.startsWith("14")) return null;
    for (let k = end + 1; k < se - 1; k++) {
      if (HARD.has(value[k] as string) || OPENERS.has(val(k))) return null;
      const purpose = val(k) === "to" && PURPOSE_VERBS.has(lower(k + 1));
      // "in protest at X", "in defiance of X"
      const inProtest = val(k) === "in" && (val(k + 1) === "protest" || val(k + 1) === "defiance");
      // "demonstrated … demanding the release of X", "a demonstration calling for the removal of X".
      const callingFor = val(k) === "calling" && val(k + 1) === "for";
      const participle = /ing$/.test(val(k)) && PURPOSE_VERBS.has(lower(k)) && lower(k) !== val(k);
      if (!purpose && !inProtest && !callingFor && !participle) continue;
      for (let j = participle ? k + 1 : k + 2; j < se; j++) {
        if (HARD.has(value[j] as string) || OPENERS.has(val(j)) || value[j] === ",") return null;
        const m = mentionAt(j);
        if (m?.actor && !m.actor.startsWith("-") && m.form !== "pronoun") return [m];
        if (m) j = m.tokenEnd - 1;
      }
      return null;
    }
    return null;
  }

  /**
   * Protests, threats, force and the lifting of curfews or emergency rule without a named target are aimed at
   * the place where they happen: "demonstrated in Serbia", "imposed a curfew in the town of Cizre in
   * southeastern Turkey", "lifted a state of emergency in West Darfur" (Dyad's own lexicon only). The first
   * coded place or country after in/into/inside/across in the clause is the target.
   */
  function placeTarget(code: string, end: number, se: number): ActorMention[] | null {
    if (lex.anyPos || !PLACE_TARGET.test(code)) return null;
    for (let k = end + 1; k < se; k++) {
      const v = value[k] as string;
      if (HARD.has(v) || v === "," || OPENERS.has(val(k))) return null;
      // "threatened to resume attacks in Israel": an infinitive complement goes on; another finite verb ends.
      if (isVerbPos(k) && k > end + 1 && !/(ing|ed)$/.test(val(k)) && val(k - 1) !== "to") return null;
      if (!PLACE_PREPS.has(val(k))) continue;
      for (let j = k + 1; j < Math.min(se, k + 7); j++) {
        const m = mentionAt(j);
        if (m) {
          const modifier = pos[m.tokenEnd] === "NOUN"; // "in its Gulf war": a modifier, not the place
          if (m.actor && m.actor.length === 3 && !m.actor.startsWith("-") && m.form !== "pronoun" && !modifier) {
            // The population of a place put under curfew, attacked or cut off from aid: "imposed a curfew in
            // X" → X civilians. A capital here is a place, not its government.
            const place = { ...m, actor: PLACE_CIVILIANS.test(code) ? `${m.actor}CVL` : m.actor };
            placeRefs.add(place);
            return [place];
          }
          j = m.tokenEnd - 1;
          continue;
        }
        // "in the town of Cizre in southeastern Turkey": the place phrase goes on through of/in and modifiers.
        if (
          !(
            pos[j] === "DET" ||
            pos[j] === "ADJ" ||
            pos[j] === "NOUN" ||
            pos[j] === "PROPN" ||
            PLACE_PREPS.has(val(j)) ||
            val(j) === "of"
          )
        )
          break;
      }
    }
    return null;
  }

  /**
   * The target a coordinated predicate leaves unsaid and shares with the clause before it: "has become a key
   * supplier for Russia's war machine and may have transferred lethal weapons" transfers to Russia. Only from an
   * event of the same quad class on the first conjunct or its complement, so a change of act ("met X and
   * attacked") does not carry the partner over.
   */
  function sharedTarget(i: number, code: string, say: boolean): ActorMention[] {
    // Imported PETRARCH dictionaries state their own argument patterns; a speech verb's target is its addressee.
    if (lex.anyPos || say || tree.rel(i) !== "conj") return [];
    const h = tree.head(i);
    const quad = cameoInfo(code)?.quad ?? -1;
    for (const [t, prior] of targetsAt) {
      if ((t === h || tree.head(t) === h) && t !== i && prior.quad === quad) return prior.targets;
    }
    return [];
  }

  function distinctEntities(ms: ActorMention[]): number {
    return new Set(ms.map((m) => m.entity)).size;
  }

  function emit(
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
    const pairs: [ActorMention | null, ActorMention | null, boolean][] = [];
    const uniq = (ms: ActorMention[]) => [...new Map(ms.map((m) => [m.entity, m])).values()];
    const src = uniq(sources.flatMap(asMembers));
    const tgt = uniq(
      (targets.length > 0 ? targets : sharedTarget(i, override ?? p.code, Boolean(p.say))).flatMap(asMembers),
    );
    if (tgt.length > 0) targetsAt.set(i, { quad: cameoInfo(override ?? p.code)?.quad ?? 0, targets: tgt });
    if (tgt.length === 0 && p.recip && src.length >= 2) {
      for (const a of src) for (const b of src) if (a.entity !== b.entity) pairs.push([a, b, false]);
    } else if (tgt.length === 0) {
      for (const a of src) pairs.push([a, null, false]);
    } else if (src.length === 0) {
      // Agentless passive: unknown source.
      for (const b of tgt) pairs.push([null, b, false]);
    } else {
      for (const a of src) for (const b of tgt) if (a.entity !== b.entity) pairs.push([a, b, false]);
      if (p.recip)
        for (const a of src) for (const b of tgt) if (a.entity !== b.entity && !oneWay.has(b)) pairs.push([b, a, true]);
    }
    // "Israel threatened to ban voting in East Jerusalem": a target that is the source itself leaves the event
    // one-sided.
    if (pairs.length === 0 && !p.say && src.length > 0 && tgt.every((b) => src.some((a) => a.entity === b.entity))) {
      for (const a of src) pairs.push([a, null, false]);
    }
    if (pairs.length === 0) return;
    const triggerStart = doc.tokens.start[i] as number;
    // Historical references ("the 80th anniversary of victory over ...") are background, not current events.
    for (let k = Math.max(doc.sentences.tokenStart[s] as number, i - 12); k < i; k++) {
      if (HISTORICAL_CUES.has(lower(k)) || (lower(k) === "world" && lower(k + 1) === "war")) return;
    }
    const frame = innermostFrame(framesAt(triggerStart));
    // A nominal event with a light verb has that verb's modality ("is ready to impose martial law").
    const verb = lightAt ?? i;
    const local = opt.certainty(doc, verb);
    let code = override ?? p.code;
    // "is willing / ready / prepared to withdraw": a stated intent, like "will withdraw".
    // "have sworn to fight": a sworn intent, like "vowed to fight".
    const intentAdj = !lex.anyPos && val(verb - 1) === "to" && (intentAdjAt(verb - 2) || SWORN.has(val(verb - 2)));
    let certainty: Certainty = intentAdj && local.certainty === "asserted" ? "hypothetical" : local.certainty;
    // "tried to hack into", "attempted to assassinate": an attempted act of coercion or force happened (PLOVER
    // ASSAULT covers attempted assassinations); it is no statement of intent. Only when the attempt is the sole
    // cue of the clause's uncertainty.
    const attempt =
      !lex.anyPos &&
      /^(17[016]|18|19|20)/.test(code) &&
      val(verb - 1) === "to" &&
      ATTEMPT.has(val(verb - 2)) &&
      local.cues.every((c) => c === verb - 2);
    if (attempt) {
      certainty = "asserted";
      if (code === "186") code = "185";
    }
    // The parse adds negations far from the verb that the word window misses (its modals are already seen).
    const modality = parsedModality(tree, verb);
    let negated = local.negated || (!lex.anyPos && i === verb && modality.negated);
    // "its envoy warned Mordor would attack", "said it would not meet": the attribution stage reads a reported
    // "would" as the speaker's future, not a condition; for coding it is a stated intent all the same.
    const reportedFuture =
      modality.modal !== null && REPORTED_FUTURE_MODALS.has(modality.modal) && inReportedClause(doc, verb);
    let rule = override ? `${p.id}+${bySense ? "sense" : "must"}` : p.id;
    // "would not provide support" / "will not meet": a stated refusal of cooperation is a 12x rejection.
    const root = Number(code.slice(0, 2));
    // "failed to reach agreement", "refused to …" are handled alike: a cooperative act that did not happen.
    const failed = !lex.anyPos && val(verb - 1) === "to" && lower(verb - 2) === "fail";
    if (
      !lex.anyPos &&
      ((negated && (local.certainty === "hypothetical" || reportedFuture)) || failed) &&
      root >= 3 &&
      root <= 8
    ) {
      code = root === 6 ? "121" : root === 7 ? "122" : "120";
      certainty = "asserted";
      negated = false;
      rule = `${p.id}+refusal`;
    }
    // Future and intent ("will visit", "would provide aid", "is ready to withdraw") are statements of intent:
    // cooperation becomes a 03x intent (PLOVER codes future cooperation as AGREE), force a 13x threat. A
    // condition attached to the statement keeps it one ("will withdraw its force unless …" is CAMEO's very
    // definition of a threat); an event inside the condition itself ("if Hamas ran") and were/whether/should
    // stay hypothetical. Imported PETRARCH dictionaries encode modality in their own patterns, so they are left
    // alone.
    if (
      !lex.anyPos &&
      !negated &&
      (certainty === "hypothetical" || (reportedFuture && !attempt) || intentAdj) &&
      rule === p.id &&
      !inCondition(verb) &&
      !local.cues.some((c) => CONDITION.has(lower(c)))
    ) {
      const intent = INTENT_CODE[code] ?? INTENT_CODE[code.slice(0, 2)];
      if (intent) {
        code = intent;
        certainty = "asserted";
        rule = `${p.id}+${intent.startsWith("13") ? "threat" : "intent"}`;
      }
    }
    if (frame) {
      const imposed = frameCertaintyAt(tree, frame, verb);
      if (CERTAINTY_RANK[imposed] > CERTAINTY_RANK[certainty]) certainty = imposed;
      if (certainty === "asserted") certainty = "reported";
      // A refusal already consumed the negation of its own clause, which the frame reports as well.
      negated = negated || (frame.negated && !rule.endsWith("+refusal"));
    }
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
    for (const [a, b, reverse] of pairs) {
      // A threat is one-way: "vowed to fight X" threatens X, X does not threaten back.
      if (reverse && rule.endsWith("+threat")) continue;
      // PETRARCH "[031:032]": the reverse direction of a reciprocal verb has its own code.
      const c = reverse && p.reverseCode && code === p.code ? p.reverseCode : code;
      const info = cameoInfo(c);
      const key = `${trigger.start}|${a?.entity ?? "-"}|${b?.entity ?? "-"}|${c}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push({
        id: `ev${events.length + 1}`,
        code: c,
        name: info?.name ?? c,
        // A pattern may override the draft CAMEO2PLOVER type for its own code (resignations are RETREAT).
        plover: (c === p.code ? p.plover : undefined) ?? info?.plover ?? null,
        goldstein: info?.goldstein ?? null,
        quad: info?.quad ?? 1,
        source: a ? ref(a, null) : null,
        target: b ? ref(b, c) : null,
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

  /** Output reference of a participant; `targetOf` is the event code when the mention is the target. */
  function ref(m: ActorMention, targetOf: string | null) {
    let actor = roleCode(m);
    // A town or city attacked, shelled or put under curfew stands for the people living there (PLOVER CVL).
    const e = actors.entities[m.entity];
    if (targetOf && FORCE.test(targetOf) && actor?.length === 3 && e?.kind === "place") actor = `${actor}CVL`;
    return { start: m.start, end: m.end, text: m.text, entity: e?.id ?? null, actor };
  }

  /**
   * The code an event participant gets: the mention's own code, refined by two noun-phrase readings the actors
   * stage leaves at country level (docs/events.md, "Participant codes"):
   *  - a country adjective coordinated before a role nominal shares its role: "Sierra Leonean and Liberian
   *    refugees" → SLEREF, "US and British forces" → USAMIL;
   *  - a plural demonym used as a noun names people of the country, coded as civilians: "arrested 100
   *    Palestinians" → PSECVL.
   */
  function roleCode(m: ActorMention): string | null {
    const code = m.actor;
    if (code?.length !== 3 || code.startsWith("-") || lex.anyPos) return code;
    // "Moscow demanded", "rejected by Beirut": a capital standing for the country acts as its government.
    const seat = opt.seats?.has(m.text.toLowerCase()) && actors.entities[m.entity]?.kind === "country";
    if (m.form === "name" && seat && !placeRefs.has(m)) {
      return `${code}GOV`;
    }
    const acronym = m.form === "name" && m.tokenEnd - m.tokenStart === 1 && /^[A-Z.]{2,4}$/.test(m.text);
    if (m.form !== "demonym" && !acronym) return code;
    let k = m.tokenEnd;
    if (value[k] === "," || val(k) === "and" || val(k) === "or") {
      k += val(k + 1) === "and" || val(k + 1) === "or" ? 2 : 1;
      const next = mentionAt(k);
      if (next && next.tokenStart === k && next.form === "nominal" && next.actor && next.actor.length >= 6) {
        if (pos[k] !== "DET" && next.actor.slice(0, 3) !== code) return code + next.actor.slice(3, 6);
      }
    }
    // "Palestinian homes", "the Bosnian town of Gorazde", "Iraqi towns": the people living there.
    if (m.form === "demonym" && lex.civilian) {
      let j = m.tokenEnd;
      while (pos[j] === "ADJ") j++;
      if (lex.civilian.has(lower(j))) return `${code}CVL`;
    }
    const last = val(m.tokenEnd - 1);
    const nounNext = pos[m.tokenEnd] === "NOUN" || pos[m.tokenEnd] === "PROPN";
    if (m.form === "demonym" && /[^s]s$/.test(last) && !nounNext) {
      // "ethnic Hungarians in western Romania": an ethnic group lives in the country the sentence places it in.
      const home = val(m.tokenStart - 1) === "ethnic" ? residence(m) : null;
      return `${home ?? code}CVL`;
    }
    return code;
  }

  /** The first country or place of another country named in the sentence of an ethnic group's mention. */
  function residence(m: ActorMention): string | null {
    const s = doc.tokens.sentence[m.tokenStart] as number;
    const se = doc.sentences.tokenEnd[s] as number;
    for (let k = doc.sentences.tokenStart[s] as number; k < se; k++) {
      const o = mentionAt(k);
      if (!o) continue;
      k = o.tokenEnd - 1;
      if (o.entity !== m.entity && isPlaceCode(o) && o.actor !== m.actor) return o.actor;
    }
    return null;
  }
}

/** The narrowest of the frames holding an offset (the last of equals, in frame order), or null. */
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

function innermostFrame(holding: readonly AssertionFrame[]): AssertionFrame | null {
  let best: AssertionFrame | null = null;
  for (const f of holding) if (!best || f.end - f.start <= best.end - best.start) best = f;
  return best;
}

/**
 * The frames that hold an offset (start <= at < end), in frame order. An interval tree answers in log time plus
 * the answer's size; scanning every frame before the offset, as before, made long articles quadratic.
 */
function frameIndex(frames: readonly AssertionFrame[]): (at: number) => AssertionFrame[] {
  const tree = new IntervalTree<number>();
  frames.forEach((f, k) => {
    if (f.end > f.start) tree.insert([f.start, f.end - 1], k);
  });
  return (at) => {
    const found: number[] = tree.search([at, at]);
    return found.sort((a, b) => a - b).map((k) => frames[k] as AssertionFrame);
  };
}

export type { Party };
