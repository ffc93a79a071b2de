/**
 * The shallow, parser-free event coder. For each token whose lemma heads a pattern, it checks the rest of the
 * phrase, picks the source (nearest actor mention left of the verb in its clause, following coordinated verb
 * phrases and participles back to their subject) and the target (first acceptable actor mention after the
 * trigger in the clause), expands coordinated and reciprocal actors, and attaches asserters, certainty, negation
 * and date. Rules are described in docs/events.md.
 */
import type { ActorLayer, ActorMention } from "../actors/types.js";
import type { AssertionFrame, AttributionLayer, LocalCertainty } from "../attribution/types.js";
import type { Certainty, CodedEvent } from "../contract.js";
import type { Document } from "../nlp/document.js";
import { cameoInfo } from "../ontology/index.js";
import { HISTORICAL_CUES, type SentenceDate, sentenceDates } from "./dates.js";
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
]);
/** Roots whose future/intended form is coded as an intent (03x) or a threat (13x). */
const INTENT_CODE: Readonly<Record<string, string>> = {
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
};
const CONDITION = new Set(["if", "unless", "were", "whether", "should"]);
const CERTAINTY_RANK: Record<Certainty, number> = { asserted: 0, reported: 1, hedged: 2, hypothetical: 3 };

interface Party {
  mention: ActorMention;
}

export interface CoderOptions {
  lexicon: PatternLexicon;
  certainty: CertaintyFn;
  /** Require both source and target (PETRARCH's require_dyad); Dyad always does. */
  date: string | null;
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
  const lower = (i: number) => (lemma[i] ?? "").toLowerCase();
  const val = (i: number) => (value[i] ?? "").toLowerCase();
  const mentionAt = (i: number): ActorMention | null => {
    if (i < 0 || i >= count) return null;
    const m = mot[i] as number;
    return m >= 0 ? (actors.mentions[m] as ActorMention) : null;
  };
  const isVerbPos = (i: number) => pos[i] === "VERB";

  for (let s = 0; s < doc.sentences.count; s++) {
    const ss = doc.sentences.tokenStart[s] as number;
    const se = doc.sentences.tokenEnd[s] as number;
    let dates: SentenceDate[] | null = null;
    let covered = -1;
    for (let i = ss; i < se; i++) {
      // Surface forms first (PETRARCH lists "MET" apart from "MEET"), then the lemma.
      const list = lex.byHead.get(val(i)) ?? lex.byHead.get(lower(i)) ?? byStem(val(i));
      // Words inside an already coded phrase ("imposed sanctions") do not start another event.
      if (!list || mot[i] !== -1 || i <= covered) continue;
      const nounish = pos[i] === "NOUN" || pos[i] === "PROPN";
      // wink tags a verb after a plural subject as a noun ("companies supply Russia"): a noun directly after a
      // non-possessive actor mention and followed by something other than a preposition reads as a verb.
      const verbAfterSubject = nounish && mentionAt(i - 1) !== null && pos[i + 1] !== "ADP" && val(i - 1) !== "'s";
      const verbReading = !nounish || verbAfterSubject || lex.anyPos === true;
      // A gerund after a preposition ("accused X of shelling", "after attacking") is the content of another
      // event or background, not an event of its own.
      const gerundAfterPrep = /ing$/.test(val(i)) && pos[i - 1] === "ADP";
      // An infinitive after a noun ("resources to wage the war", "plans to attack") is a purpose or an intent,
      // not an event that happened.
      const purpose = val(i - 1) === "to" && (pos[i - 2] === "NOUN" || pos[i - 2] === "PROPN") && mot[i - 2] === -1;
      for (const p of list) {
        if ((p.kind === "V") !== verbReading) continue;
        if (p.kind === "V" && (gerundAfterPrep || purpose)) continue;
        const end = matchRest(p, i, se);
        if (end < 0) continue;
        if (p.obj && !objectFollows(p.obj, end, se)) continue;
        const found = p.kind === "V" ? verbParties(p, i, end, ss, se) : nounParties(p, i, end, ss, se);
        if (!found) continue;
        dates ??= sentenceDates(
          doc.text.slice(doc.sentences.start[s] as number, doc.sentences.end[s] as number),
          opt.date,
        );
        covered = end;
        emit(p, i, end, s, found.sources, found.targets, dates, (found as { code?: string }).code);
        break;
      }
    }
  }
  return events;

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
      const next = mentionAt(k + 1) ?? (val(k + 1) === "and" ? mentionAt(k + 2) : null);
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
  function subjectOf(i: number, ss: number, depth: number): ActorMention[] | null {
    let j = i - 1;
    while (j >= ss && (VERB_GROUP.has(val(j)) || pos[j] === "AUX" || pos[j] === "ADV" || pos[j] === "PART")) j--;
    if (j >= ss && depth < 3) {
      const coord = val(j) === "and" || val(j) === "but" || val(j) === "or";
      const participle = value[j] === "," && /ing$/.test(val(i));
      if (coord || participle) {
        // Coordinated verb phrase or participle clause: share the subject of the previous verb.
        for (let k = j - 1; k >= ss; k--) {
          if (HARD.has(value[k] as string) || OPENERS.has(val(k))) break;
          if (mot[k] === -1 && (isVerbPos(k) || (lex.byHead.has(lower(k)) && mentionAt(k - 1)))) {
            const sub = subjectOf(k, ss, depth + 1);
            if (sub) return sub;
            break;
          }
          // A mention right before "and" is a coordinated subject, not a coordinated verb phrase.
          if (k === j - 1 && mentionAt(k) && coord) break;
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
      if (m) {
        k = m.tokenStart;
        let b = m.tokenStart - 1;
        while (b >= ss && (pos[b] === "DET" || pos[b] === "ADJ" || pos[b] === "NUM")) b--;
        const inPP = b >= ss && (pos[b] === "ADP" || LOCATIVE.has(val(b)));
        const possessor = val(m.tokenEnd) === "'s" || val(m.tokenEnd) === "’s";
        if (!inPP && !possessor) {
          leftmost = m;
          // A mention the actors stage could not code ("he", an unknown name) is a weak subject: keep the
          // leftmost coded one as well.
          if (m.actor) coded = m;
        } else fallback ??= possessor ? m : fallback;
        continue;
      }
      const v = value[k] as string;
      if (HARD.has(v) || OPENERS.has(val(k))) break;
      if (v === "," && (val(k + 1) === "and" || val(k + 1) === "but")) break;
      // Another finite verb between: the mentions left of it belong to its clause, unless it governs an
      // infinitive ("wants to meet").
      if (isVerbPos(k) && val(k + 1) !== "to" && k !== i - 1) break;
    }
    if (leftmost && !leftmost.actor && coded) return groupRight(coded, i);
    if (leftmost) return groupRight(leftmost, i);
    return fallback ? [fallback] : null;
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
      // "offered its troops to Lebanon": a possessive pronoun phrase is the actor's own thing, not a target.
      if (/^(its|their|his|her|our)\b/i.test(m.text) && (!m.actor || m.actor.startsWith("---"))) {
        k = m.tokenEnd - 1;
        continue;
      }
      let b = m.tokenStart - 1;
      while (b > end && (pos[b] === "DET" || pos[b] === "ADJ" || pos[b] === "NUM")) b--;
      const prep = b > end && (pos[b] === "ADP" || val(b) === "to") ? val(b) : null;
      let ok: boolean;
      if (p.say) {
        // "told Gondor", not "said Gondor must ..." (that is the subject of reported speech).
        const after = m.tokenEnd;
        const clauseNext = isVerbPos(after) || pos[after] === "AUX" || val(after) === "must" || val(after) === "should";
        ok = prep ? (p.tgt?.has(prep) ?? false) : b === end && !clauseNext;
      } else if (nominal) ok = prep !== null && (p.tgt?.has(prep) ?? false);
      else if (p.tgt) ok = prep !== null ? p.tgt.has(prep) : p.dem && m.form === "demonym";
      else {
        // "demanded the removal of X", "ordered the release of X": the "of" object of the verb's object noun.
        const ofObject = prep === "of" && pos[b - 1] === "NOUN" && b - 1 <= end + 3;
        ok = prep === null || !LOCATIVE.has(prep) || ofObject;
      }
      if (p.say && !ok) return null;
      if (!ok) {
        k = m.tokenEnd - 1;
        continue;
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

  /** Subject of a complement clause followed by an obligation modal ("said Libya must hand over"). */
  function demandedOf(end: number, se: number): ActorMention[] | null {
    let k = end + 1;
    if (val(k) === "that") k++;
    while (k < se && (pos[k] === "DET" || pos[k] === "ADJ")) k++;
    const m = mentionAt(k);
    if (!m) return null;
    const group = groupRight(m, se);
    const after = (group[group.length - 1] as ActorMention).tokenEnd;
    const v = val(after);
    const next = val(after + 1);
    if (
      v === "must" ||
      v === "should" ||
      ((v === "has" || v === "have" || v === "needs" || v === "need") && next === "to")
    ) {
      return group;
    }
    return null;
  }

  function passiveAt(i: number, ss: number): boolean {
    if (!/ed$|en$/.test(val(i)) && !/^(met|sold|bought|held|struck|shot|seized|fought)$/.test(val(i))) return false;
    for (let k = i - 1; k >= Math.max(ss, i - 3); k--) {
      if (lower(k) === "be") return true;
      if (!(pos[k] === "ADV" || val(k) === "not")) return false;
    }
    return false;
  }

  function verbParties(p: EventPattern, i: number, end: number, ss: number, se: number) {
    if (passiveAt(i, ss)) {
      // "Arnor was attacked by Gondor": the agent after "by" is the source, the subject the target.
      const subj = subjectOf(i, ss, 0);
      let agent: ActorMention[] | null = null;
      for (let k = end + 1; k < Math.min(se, end + 6); k++) {
        if (val(k) === "by") {
          const m = mentionAt(k + 1) ?? mentionAt(k + 2);
          if (m) agent = groupRight(m, se);
          break;
        }
      }
      if (!subj || !agent) return null;
      return { sources: agent, targets: subj, code: undefined as string | undefined };
    }
    const sources = subjectOf(i, ss, 0) ?? (p.recip ? pairAnaphor(i, ss) : null);
    if (!sources) return null;
    let targets = targetAfter(p, end, se, false);
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
    return { sources, targets: targets ?? [], code };
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
    if (!source) {
      // Light verb + event noun: "Indonesian students staged demonstrations", "Israel mounted its invasion of
      // Lebanon", "the government imposed a curfew": the light verb's subject is the source.
      for (let k = i - 1; k >= Math.max(ss, i - 5); k--) {
        if (isLight(k) && (isVerbPos(k) || pos[k] === "NOUN")) {
          // "resources to wage the war": a purpose infinitive is no event (see `purpose` above).
          if (val(k - 1) === "to" && (pos[k - 2] === "NOUN" || pos[k - 2] === "PROPN")) break;
          source = subjectOf(k, ss, 0);
          light = source !== null;
          break;
        }
        // Modifiers between light verb and noun, hyphenated participles included ("its long-threatened invasion").
        const modifier = ["DET", "ADJ", "NOUN", "NUM", "PRON"].includes(pos[k] as string);
        if (!modifier && value[k] !== "-" && value[k - 1] !== "-") break;
        if (mot[k] !== -1 && !/^(its|their|his|her)\b/i.test(mentionAt(k)?.text ?? "")) break;
      }
    }
    if (!source && p.recip && p.tgt?.has("between") && (val(end + 1) === "between" || val(end + 2) === "between")) {
      // "fighting between Azerbaijanis and Armenians": the coordinated pair acts on each other.
      const both = targetAfter(p, end, se, true);
      if (both && distinctEntities(both) >= 2) return { sources: both, targets: [] as ActorMention[] };
    }
    if (!source) return null;
    const from = source.reduce((a, m) => Math.max(a, m.tokenEnd - 1), end);
    const targets = targetAfter(p, Math.max(from, end), se, true);
    // With a light verb the noun is a real event even without a target ("rebels declared a ceasefire").
    if (!targets && !light) return null;
    return { sources: source, targets: targets ?? [] };
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
  ) {
    const pairs: [ActorMention, ActorMention | null, boolean][] = [];
    const uniq = (ms: ActorMention[]) => [...new Map(ms.map((m) => [m.entity, m])).values()];
    const src = uniq(sources);
    const tgt = uniq(targets);
    if (tgt.length === 0 && p.recip && src.length >= 2) {
      for (const a of src) for (const b of src) if (a.entity !== b.entity) pairs.push([a, b, false]);
    } else if (tgt.length === 0) {
      for (const a of src) pairs.push([a, null, false]);
    } else {
      for (const a of src) for (const b of tgt) if (a.entity !== b.entity) pairs.push([a, b, false]);
      if (p.recip) for (const a of src) for (const b of tgt) if (a.entity !== b.entity) pairs.push([b, a, true]);
    }
    if (pairs.length === 0) return;
    const triggerStart = doc.tokens.start[i] as number;
    // Historical references ("the 80th anniversary of victory over ...") are background, not current events.
    for (let k = Math.max(doc.sentences.tokenStart[s] as number, i - 12); k < i; k++) {
      if (HISTORICAL_CUES.has(lower(k)) || (lower(k) === "world" && lower(k + 1) === "war")) return;
    }
    const frame = innermostFrame(attribution.frames, triggerStart);
    const local = opt.certainty(doc, i);
    let code = override ?? p.code;
    let certainty: Certainty = local.certainty;
    let negated = local.negated;
    let rule = override ? `${p.id}+must` : p.id;
    // "would not provide support" / "will not meet": a stated refusal of cooperation is a 12x rejection.
    const root = Number(code.slice(0, 2));
    if (!lex.anyPos && negated && local.certainty === "hypothetical" && root >= 3 && root <= 8) {
      code = root === 6 ? "121" : root === 7 ? "122" : "120";
      certainty = "asserted";
      negated = false;
      rule = `${p.id}+refusal`;
    }
    // Future and intent ("will visit", "would provide aid", "is ready to withdraw") are statements of intent:
    // cooperation becomes a 03x intent (PLOVER codes future cooperation as AGREE), force a 13x threat.
    // Conditions ("if", "unless") stay hypothetical events. Imported PETRARCH dictionaries encode modality in
    // their own patterns, so they are left alone.
    if (
      !lex.anyPos &&
      !negated &&
      certainty === "hypothetical" &&
      rule === p.id &&
      !local.cues.some((c) => CONDITION.has(lower(c)))
    ) {
      const intent = INTENT_CODE[code.slice(0, 2)];
      if (intent) {
        code = intent;
        certainty = "asserted";
        rule = `${p.id}+${intent.startsWith("13") ? "threat" : "intent"}`;
      }
    }
    if (frame) {
      if (CERTAINTY_RANK[frame.certainty] > CERTAINTY_RANK[certainty]) certainty = frame.certainty;
      if (certainty === "asserted") certainty = "reported";
      negated = negated || frame.negated;
    }
    const sentenceStart = doc.sentences.start[s] as number;
    let date = opt.date;
    let best = Number.POSITIVE_INFINITY;
    for (const d of dates) {
      const at = sentenceStart + d.index;
      // Inside reported content, a date outside the content dates the report ("The Economist's June
      // reports"), not the event.
      if (frame && (at < frame.start || at >= frame.end)) continue;
      const dist = Math.abs(at - triggerStart);
      if (dist < best) {
        best = dist;
        date = d.iso;
      }
    }
    if (date && opt.date && Number(date.slice(0, 4)) < Number(opt.date.slice(0, 4)) - 10) return;
    const trigger = {
      start: triggerStart,
      end: doc.tokens.end[end] as number,
      text: doc.text.slice(triggerStart, doc.tokens.end[end] as number),
    };
    for (const [a, b, reverse] of pairs) {
      // PETRARCH "[031:032]": the reverse direction of a reciprocal verb has its own code.
      const c = reverse && p.reverseCode && code === p.code ? p.reverseCode : code;
      const info = cameoInfo(c);
      const key = `${trigger.start}|${a.entity}|${b?.entity ?? "-"}|${c}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push({
        id: `ev${events.length + 1}`,
        code: c,
        name: info?.name ?? c,
        plover: info?.plover ?? null,
        goldstein: info?.goldstein ?? null,
        quad: info?.quad ?? 1,
        source: ref(a),
        target: b ? ref(b) : null,
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

  function ref(m: ActorMention) {
    return {
      start: m.start,
      end: m.end,
      text: m.text,
      entity: actors.entities[m.entity]?.id ?? null,
      actor: m.actor,
    };
  }
}

function innermostFrame(frames: readonly AssertionFrame[], at: number): AssertionFrame | null {
  let best: AssertionFrame | null = null;
  for (const f of frames) {
    if (f.start > at) break;
    if (at < f.end && (!best || f.end - f.start <= best.end - best.start)) best = f;
  }
  return best;
}

export type { Party };
