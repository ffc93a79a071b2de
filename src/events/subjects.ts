/**
 * Sources of events coded on verbs: the word-order subject (nearest mention left of the verb in its clause,
 * shared by coordinated verb phrases and participle clauses), its choice against the parse's subject, passives,
 * pair anaphors ("the two leaders"), and weapons standing for unidentified forces.
 */
import type { ActorMention } from "../actors/types.js";
import { tokenAt } from "../nlp/document.js";
import { CLAUSE_RELS } from "../nlp/tree.js";
import { type CoderContext, HARD, LOCATIVE, OPENERS } from "./coder-context.js";
import type { Frame } from "./frames.js";
import type { EventPattern } from "./lexicon.js";
import { subjectDyad } from "./pairs.js";
import { argMentions } from "./parties.js";
import { placeModifier } from "./targets.js";

/** Verb-group words skipped between a subject and its verb ("may also have been"). */
const VERB_GROUP = new Set(["have", "has", "had", "be", "been", "being", "not", "n't", "never", "also", "to"]);
/** Plural nouns that, after "the two" / "both", refer back to the last two actors ("the two leaders met"). */
const PAIR_NOUNS = new Set(["leader", "side", "country", "nation", "president", "government", "minister", "state"]);
/** Words that open a place phrase even when a name recognizer took them into a name ("Near Ayn Isa"). */
const PLACE_OPENERS = new Set(["near", "outside", "inside", "around", "across", "throughout", "in", "at"]);
/** Adjectives that, before "to" + verb, state an intent ("is willing to withdraw"). */
const INTENT_ADJ = new Set(["willing", "ready", "prepared", "determined", "committed", "eager", "keen"]);
const SUBJECT_PRONOUNS = new Set(["it", "they", "he", "she", "we"]);
/** Prefer the parser's subject over the word-order subject when it names an actor. */
const PARSE_SUBJECTS = true;

/** The possessive clitic after a name ("Reagan's"). */
const POSSESSIVE_MARKS = new Set(["'s", "’s", "'"]);

export function groupRight(cx: CoderContext, m: ActorMention, se: number): ActorMention[] {
  const { lex, pos, value, lower, val, mentionAt, isVerbPos } = cx;
  const out = [m];
  let k = m.tokenEnd;
  while (k < se && (val(k) === "and" || value[k] === ",")) {
    // "Israel and the Palestinians": a determiner may open the next conjunct.
    const d = val(k + 1) === "the" ? 1 : 0;
    const next =
      mentionAt(k + 1 + d) ?? (val(k + 1) === "and" ? mentionAt(k + 2) : null) ?? interjectedConjunct(cx, k, se);
    if (!next) break;
    // "..., and several companies supply": a mention followed by its own verb starts a new clause.
    const after = next.tokenEnd;
    const verbNext =
      isVerbPos(after) || pos[after] === "AUX" || (lex.byHead.has(lower(after)) && pos[after + 1] !== "ADP");
    if (verbNext && after < se && value[k] === ",") break;
    // "Donald Regan, President Reagan's former chief of staff, said": a possessor after a comma opens an
    // apposition about the mention (whose chief of staff he was), not the next member of a list.
    if (value[k] === "," && POSSESSIVE_MARKS.has(val(after))) break;
    out.push(next);
    k = next.tokenEnd;
  }
  return out;
}

/**
 * "Iran, Libya, Sudan and, with strings attached, Cuba": the last conjunct of a list after a short phrase set off
 * by commas that opens with a preposition or an adverb ("with conditions", "to a lesser extent", "possibly").
 * k is the comma or coordinator after the previous conjunct; the phrase holds no mention and no clause mark.
 */
function interjectedConjunct(cx: CoderContext, k: number, se: number): ActorMention | null {
  const { pos, value, val, mentionAt } = cx;
  const coord = (t: number) => val(t) === "and" || val(t) === "or";
  let a = coord(k) ? k : value[k] === "," && coord(k + 1) ? k + 1 : -1;
  if (a < 0) return null;
  if (value[a + 1] === ",") a++;
  // The tagger reads "with" before a noun and a participle as a subordinator.
  if (pos[a + 1] !== "ADP" && pos[a + 1] !== "ADV" && pos[a + 1] !== "SCONJ") return null;
  for (let t = a + 2; t < Math.min(se, a + 8); t++) {
    if (mentionAt(t) || HARD.has(value[t] as string) || OPENERS.has(val(t))) return null;
    if (value[t] !== ",") continue;
    const m = mentionAt(t + 1) ?? (val(t + 1) === "the" ? mentionAt(t + 2) : null);
    // "and, on Tuesday, Harad rejected": a mention followed by its own verb opens a new clause.
    return m && !cx.isVerbPos(m.tokenEnd) && pos[m.tokenEnd] !== "AUX" ? m : null;
  }
  return null;
}

/**
 * Whether mention m is the conjunct interjectedConjunct joins to a list (the parser hangs it on the participle
 * of the interjection: "and, with strings attached, Cuba").
 */
export function interjectedListItem(cx: CoderContext, m: ActorMention, se: number): boolean {
  for (let k = m.tokenStart - 2; k >= Math.max(0, m.tokenStart - 10); k--) {
    const w = cx.val(k);
    if (w === "and" || w === "or") return interjectedConjunct(cx, k, se) === m;
  }
  return false;
}

/** The source mention of reported content that holds token k and ends before token i, if any. */
function reporterOfContent(cx: CoderContext, k: number, i: number): ActorMention | null {
  const { doc, mentionAt, framesAt, originOf } = cx;
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

/**
 * The subject a coordinated verb phrase or participle clause shares with the verb before it ("… and wounded",
 * ", demanding …"): that verb's subject, or its report's source; null when the clause rules a shared subject
 * out; undefined when the verb at i is neither, and its own clause names its subject.
 */
function sharedSubject(cx: CoderContext, i: number, ss: number, depth: number): ActorMention[] | null | undefined {
  const { lex, pos, value, mot, lower, val, mentionAt, isVerbPos } = cx;
  let j = i - 1;
  while (
    j >= ss &&
    (VERB_GROUP.has(val(j)) || pos[j] === "AUX" || pos[j] === "ADV" || pos[j] === "PART" || intentAdjAt(cx, j))
  ) {
    j--;
  }
  if (j >= ss && depth < 3) {
    const coord = val(j) === "and" || val(j) === "but" || val(j) === "or";
    // ", demanding …" or "issued a declaration demanding …": a participle clause after the object.
    const ing = /ing$/.test(val(i));
    const participle = ing && (value[j] === "," || (j === i - 1 && pos[j] === "NOUN" && mot[j] === -1));
    // "welcomed the ATPC export curb and asked": when the parse coordinates the trigger with an earlier verb of
    // the sentence, the subject is that verb's, and none when it has none (no name inside its object stands in).
    const h = cx.tree.head(i);
    // "smashed four Rohan brigades, killed 500 soldiers and …": a verb listed after a comma without a subject of
    // its own is a conjunct as well; the name in the object before the comma is not its subject.
    // (A participle after the comma has its own reading below: ", reaching agreements with X".)
    const listed = value[j] === "," && !lex.anyPos && !ing && !ownSubject(cx, i);
    const conj =
      cx.tree.rel(i) === "conj" || (listed && listedAdverbial(cx, i)) || (coord && coordinatedAdverbial(cx, i, j));
    if ((coord || listed) && !lex.anyPos && conj && pos[h] === "VERB" && h >= ss && h < i) {
      return subjectOf(cx, h, ss, depth + 1);
    }
    if (!lex.anyPos && controlledByConjunct(cx, i, h, ss)) return subjectOf(cx, h, ss, depth + 1);
    if (coord || participle) {
      // Coordinated verb phrase or participle clause: share the subject of the previous verb.
      let objectBefore = false;
      for (let k = j - 1; k >= ss; k--) {
        if (HARD.has(value[k] as string) || OPENERS.has(val(k))) break;
        if (
          mot[k] === -1 &&
          (isVerbPos(k) || (lex.byHead.has(lower(k)) && mentionAt(k - 1) && !nominalArgument(cx, k)))
        ) {
          // "He denied X had forced the changes, telling the BBC …": when that verb sits in reported content
          // that ends before the participle, the participle belongs to the report's source
          if (participle) {
            const source = reporterOfContent(cx, k, i);
            if (source) return [source];
          }
          const sub = subjectOf(cx, k, ss, depth + 1);
          if (sub) return sub;
          // "A roadside bombing killed one soldier and wounded two others": the first verb's object is not
          // the subject of the second.
          if (objectBefore) return null;
          break;
        }
        // A mention right before "and" is a coordinated subject ("Arnor and Gondor met"), unless a verb
        // precedes it in the clause (then it is that verb's object).
        if (k === j - 1 && mentionAt(k) && coord) {
          if (!verbBefore(cx, k, ss)) break;
          objectBefore = true;
        }
      }
    }
  }
  return undefined;
}

/**
 * "smashed four brigades, killed or wounded 1,500 soldiers": the parser may attach the listed verb as an adverbial
 * clause; one with an object of its own (not a by-agent, as "…, backed by X") is still a listed act.
 */
function listedAdverbial(cx: CoderContext, i: number): boolean {
  const { tree } = cx;
  return (
    tree.rel(i) === "advcl" &&
    cx.val(i + 1) !== "by" &&
    tree.children(i).some((c) => tree.rel(c) === "obj" || tree.deprel(c) === "obl")
  );
}

/**
 * "Benin opened its borders to traders expelled from Togo, but was still refusing entry to Ghanaians": after a
 * long object the parser may attach the second verb phrase as an adverbial clause of the first verb although its
 * "but" / "and" (token j) is a child of it; without a subject of its own it is a conjunct of that verb all the same.
 */
function coordinatedAdverbial(cx: CoderContext, i: number, j: number): boolean {
  const { tree } = cx;
  return tree.rel(i) === "advcl" && tree.head(j) === i && tree.rel(j) === "cc" && !ownSubject(cx, i);
}

/** The parse gives the verb at i a subject of its own. */
function ownSubject(cx: CoderContext, i: number): boolean {
  return cx.tree.children(i).some((c) => cx.tree.rel(c).startsWith("nsubj"));
}

/**
 * "Baker met Eomer and Theoden and agreed to cooperate": the controller of an xcomp trigger is a verb conjunct
 * without a subject or an object of its own, so the trigger's subject is the conjunct's (Baker's), never the
 * objects of the verb before it that word order finds nearest.
 */
function controlledByConjunct(cx: CoderContext, i: number, h: number, ss: number): boolean {
  const { tree, pos } = cx;
  if (tree.rel(i) !== "xcomp" || pos[h] !== "VERB" || h < ss || h >= i || tree.rel(h) !== "conj") return false;
  return !tree.children(h).some((c) => tree.rel(c).startsWith("nsubj") || tree.rel(c) === "obj");
}

/** Relations of a noun that is an argument of another word, never a verb of its own. */
const NOMINAL_ARGS = new Set(["obj", "iobj", "obl", "nmod"]);

/**
 * "condemned the Israeli strikes and called on X": an event noun after a name reads as a verb elsewhere
 * ("companies supply Russia"), but one the parse makes an object or oblique is a noun phrase, and the name
 * before it is no subject a coordinated verb could share.
 */
function nominalArgument(cx: CoderContext, k: number): boolean {
  const { lex, pos, tree, mentionAt } = cx;
  if (lex.anyPos || pos[k] !== "NOUN") return false;
  // "the ATPC export curb": a compound of a following common noun is a modifier as well.
  const modifier = tree.rel(k) === "compound" && pos[k + 1] === "NOUN" && mentionAt(k + 1) === null;
  return NOMINAL_ARGS.has(tree.rel(k)) || modifier;
}

/** Subject of the verb at i: nearest mention to the left within the clause, following coordination back. */
export function subjectOf(cx: CoderContext, i: number, ss: number, depth: number): ActorMention[] | null {
  const { lex, pos, value, lower, val, mentionAt, isVerbPos } = cx;
  const shared = sharedSubject(cx, i, ss, depth);
  if (shared !== undefined) return shared;
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
      const sv = speechVerbBefore(cx, k, ss);
      if (sv >= 0) {
        const sub = subjectOf(cx, sv, ss, depth + 1);
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
      const inPP =
        (b >= ss && (pos[b] === "ADP" || LOCATIVE.has(val(b))) && !collective && !quantityAt(cx, b)) ||
        conjunctInPP(cx, m);
      // "NATO-member Norway": the first part of a hyphenated compound modifies the head after it.
      const possessor =
        val(m.tokenEnd) === "'s" || val(m.tokenEnd) === "’s" || value[m.tokenEnd] === "-" || namesMembers(cx, m);
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
      const open = shortParenStart(cx, k, ss);
      if (open >= 0) {
        k = open;
        continue;
      }
    }
    if (HARD.has(v) || OPENERS.has(val(k))) break;
    // A spaced hyphen is a dash ("BRUSSELS, March 17 - The Community warned"), not a compound's hyphen.
    if (v === "-" && spacedDash(cx, k)) break;
    if (v === "," && (val(k + 1) === "and" || val(k + 1) === "but")) break;
    // "After travelling to France and Italy, Funaro hopes to visit Canada": the places of a preposed adverbial
    // clause are no subject of the main verb, whether or not its own subject is coded.
    if (v === "," && preposedAdverbialEnds(cx, ss, k, i)) break;
    // Another finite verb between: the mentions left of it belong to its clause, unless it governs an
    // infinitive ("wants to meet") or is a participle modifying the subject ("Russian aircraft including
    // helicopter gunships killed", "The Red Cross operating in Iraq said").
    if (isVerbPos(k) && val(k + 1) !== "to" && k !== i - 1 && !participleModifier(cx, k) && !auxBefore(cx, k, i)) {
      break;
    }
  }
  // "Velayati, visiting the United Arab Emirates on a tour, told reporters": a name inside a phrase set off by
  // commas after the uncoded subject is no stand-in for it.
  if (leftmost && !leftmost.actor && coded && !commaBetween(cx, leftmost, coded)) return groupRight(cx, coded, i);
  // "Arab League Secretary-General X (uncoded) called": the coded modifier of an uncoded head stands in for it.
  if (leftmost && !leftmost.actor && fallback?.actor && !lex.anyPos) return [fallback];
  if (leftmost) return groupRight(cx, leftmost, i);
  return fallback ? [fallback] : null;
}

/**
 * "Arnor has once again rejected": a form of have/be with only adverbs between it and the verb at i is that
 * verb's auxiliary, however the tagger read it (it makes "has" a verb before "once").
 */
function auxBefore(cx: CoderContext, k: number, i: number): boolean {
  if (!VERB_GROUP.has(cx.val(k)) || cx.val(k) === "to") return false;
  for (let j = k + 1; j < i; j++) if (cx.pos[j] !== "ADV") return false;
  return true;
}

/** A comma between the end of mention a and the start of a later mention b. */
function commaBetween(cx: CoderContext, a: ActorMention, b: ActorMention): boolean {
  for (let k = a.tokenEnd; k < b.tokenStart; k++) if (cx.value[k] === ",") return true;
  return false;
}

/** Subordinators and prepositions that open a sentence-initial adverbial clause or phrase. */
const ADVERBIAL_OPENERS = new Set([
  "after",
  "before",
  "while",
  "when",
  "since",
  "despite",
  "following",
  "during",
  "although",
  "though",
  "because",
  "once",
  "unlike",
  "like",
  "upon",
  "on",
  "in",
  "at",
]);

/**
 * True when the comma at k closes an adverbial that opens the sentence ("After travelling to X and Y, Z hopes";
 * "Speaking in X, Z said"). A comma between two names with a co-ordination after it is a list's comma ("After
 * the talks, Arnor, Gondor and Rohan signed"): the adverbial ends further left.
 */
function preposedAdverbialEnds(cx: CoderContext, ss: number, k: number, i: number): boolean {
  const { pos, val, mentionAt } = cx;
  let first = ss;
  while (first < k && pos[first] === "PUNCT") first++;
  const opener = ADVERBIAL_OPENERS.has(val(first)) || (pos[first] === "VERB" && /(ing|ed)$/.test(val(first)));
  if (!opener || first >= k) return false;
  if (mentionAt(k - 1)) {
    for (let j = k + 1; j < i; j++) if (val(j) === "and" || val(j) === "or" || val(j) === ",") return false;
  }
  return true;
}

/**
 * "routes in the Northeast, Florida and the Bahamas": a later member of a coordination whose first member sits in
 * a prepositional phrase is in that phrase too, though no preposition stands right before it (read from the
 * parse: the conj chain up to the first member and its case marker).
 */
function conjunctInPP(cx: CoderContext, m: ActorMention): boolean {
  const { lex, tree } = cx;
  if (lex.anyPos) return false;
  const head = m.tokenEnd - 1;
  let h = head;
  for (let steps = 0; steps < 6 && tree.rel(h) === "conj"; steps++) h = tree.head(h);
  return h !== head && h >= 0 && PLACE_CASES.has(tree.caseOf(h));
}
/** Prepositions of place (not "of": "the nations of Bahrain and Kosovo" are a collective's members). */
const PLACE_CASES = new Set(["in", "at", "near", "across", "throughout", "into", "inside", "within", "around"]);

/** A "-" token with white space on both sides: a dash. */
export function spacedDash(cx: CoderContext, k: number): boolean {
  const { doc, count } = cx;
  const { start, end } = doc.tokens;
  return (
    k > 0 &&
    k + 1 < count &&
    (start[k] as number) > (end[k - 1] as number) &&
    (start[k + 1] as number) > (end[k] as number)
  );
}

/** The "(" of a parenthesis of at most three words closed at k ("(NUT)", "(the FIS)"), or -1. */
function shortParenStart(cx: CoderContext, k: number, ss: number): number {
  const { value, mentionAt } = cx;
  for (let j = k - 1; j >= Math.max(ss, k - 4); j--) {
    // Only after a coded name: an uncoded one would give an event without a known source.
    if (value[j] === "(") return mentionAt(j - 1)?.actor ? j : -1;
    if (HARD.has(value[j] as string) || value[j] === ",") return -1;
  }
  return -1;
}

/** "NATO troops", "Reuters reporter": a name right before the member nominal it codes modifies that nominal. */
function namesMembers(cx: CoderContext, m: ActorMention): boolean {
  const { mentionAt } = cx;
  const next = mentionAt(m.tokenEnd);
  return m.form === "name" && next !== null && next.form === "nominal" && next.tokenStart === m.tokenEnd;
}

/**
 * "up to 100", "more than 100", "about 200", "at least 3": a preposition that only quantifies the number after
 * it.
 */
function quantityAt(cx: CoderContext, b: number): boolean {
  const { pos, val } = cx;
  if (val(b) === "at" && (val(b + 1) === "least" || val(b + 1) === "most") && pos[b + 2] === "NUM") return true;
  if (pos[b + 1] !== "NUM") return false;
  const v = val(b);
  return (v === "to" && val(b - 1) === "up") || v === "than" || v === "about" || v === "around" || v === "over";
}

/** A finite verb left of token k in its clause. */
function verbBefore(cx: CoderContext, k: number, ss: number): boolean {
  const { value, mot, val, isVerbPos } = cx;
  for (let j = k - 1; j >= ss; j--) {
    if (HARD.has(value[j] as string) || OPENERS.has(val(j)) || value[j] === ",") return false;
    if (mot[j] === -1 && isVerbPos(j) && !participleModifier(cx, j)) return true;
  }
  return false;
}

/** Subject of the first if/unless clause after the trigger in its sentence. */
export function conditionSubject(cx: CoderContext, end: number, se: number): ActorMention[] | null {
  const { pos, value, val, mentionAt } = cx;
  for (let k = end + 1; k < se; k++) {
    if (HARD.has(value[k] as string)) return null;
    if (val(k) !== "if" && val(k) !== "unless") continue;
    let j = k + 1;
    while (j < se && (pos[j] === "DET" || pos[j] === "ADJ")) j++;
    const m = mentionAt(j);
    return m?.actor ? groupRight(cx, m, se) : null;
  }
  return null;
}

/** The trigger lies inside an if/unless clause ("… if it is attacked"). */
export function inCondition(cx: CoderContext, i: number): boolean {
  const { doc, val, isVerbPos } = cx;
  const from = doc.sentences.tokenStart[doc.tokens.sentence[i] as number] as number;
  for (let k = i - 1; k >= from; k--) {
    const v = val(k);
    if (v === "if" || v === "unless") return true;
    if (v === "," || HARD.has(v) || OPENERS.has(v) || (isVerbPos(k) && !participleModifier(cx, k))) return false;
  }
  return false;
}

/** Subordinators of time: their clause under a future main clause names an act that has not happened yet. */
const TIME_SUBORDINATORS = new Set(["once", "when", "until", "after", "before"]);
/** Modals of a future main clause. */
const MAIN_FUTURE = new Set(["will", "would", "'ll", "’ll", "shall"]);

/**
 * "would pay as soon as Rohan reached an agreement", "once Rohan signs, Gondor will lift its sanctions": the trigger
 * lies in a time clause of a future main clause, so its act has not happened; it is nobody's stated intent either.
 */
export function inFutureTimeClause(cx: CoderContext, i: number): boolean {
  const { doc, val, isVerbPos } = cx;
  const s = doc.tokens.sentence[i] as number;
  const from = doc.sentences.tokenStart[s] as number;
  for (let k = i - 1; k >= from; k--) {
    const v = val(k);
    const soonAs = v === "as" && val(k - 1) === "soon" && val(k - 2) === "as";
    if (soonAs || (TIME_SUBORDINATORS.has(v) && val(k + 1) !== "again")) {
      return futureMainClause(cx, soonAs ? k - 2 : k, from, doc.sentences.tokenEnd[s] as number);
    }
    if (v === "," || HARD.has(v) || OPENERS.has(v) || (isVerbPos(k) && !participleModifier(cx, k))) return false;
  }
  return false;
}

/**
 * A future modal in the main clause of a time clause starting at k: before it in the sentence, or, when the time
 * clause opens the sentence, right after its comma ("Once X signs, Gondor will …").
 */
function futureMainClause(cx: CoderContext, k: number, from: number, to: number): boolean {
  const { value, val } = cx;
  for (let j = k - 1; j >= Math.max(from, k - 25); j--) {
    if (HARD.has(value[j] as string)) break;
    if (MAIN_FUTURE.has(val(j))) return true;
  }
  if (k !== from) return false;
  let j = k + 1;
  while (j < to && value[j] !== "," && !HARD.has(value[j] as string)) j++;
  for (let m = j + 1; m < Math.min(to, j + 6); m++) if (MAIN_FUTURE.has(val(m))) return true;
  return false;
}

/** An -ing form without auxiliary right after a noun phrase: a reduced relative clause, not a finite verb. */
function participleModifier(cx: CoderContext, k: number): boolean {
  const { pos, mot, val } = cx;
  // "the divided island", "precision guided missiles": a participle before a noun is an adjective.
  if (/(ed|en)$/.test(val(k)) && (pos[k - 1] === "DET" || (pos[k - 1] === "NOUN" && pos[k + 1] === "NOUN"))) {
    return true;
  }
  if (!/ing$/.test(val(k)) || pos[k - 1] === "AUX" || VERB_GROUP.has(val(k - 1))) return false;
  // "Velayati, visiting the Emirates on a tour, told …": a participle phrase set off after the subject name.
  const setOff = cx.value[k - 1] === "," && (mot[k - 2] !== -1 || pos[k - 2] === "PROPN");
  return mot[k - 1] !== -1 || pos[k - 1] === "NOUN" || pos[k - 1] === "PROPN" || setOff;
}

/** "willing/ready/prepared ... to" right before token j+1 ("is willing to withdraw"). */
export function intentAdjAt(cx: CoderContext, j: number): boolean {
  const { val } = cx;
  return INTENT_ADJ.has(val(j)) && val(j + 1) === "to";
}

/** The speech verb a subject pronoun at k reports for ("says it", "said on Friday that they"), or -1. */
function speechVerbBefore(cx: CoderContext, k: number, ss: number): number {
  const { lex, pos, value, mot, lower, val, isVerbPos } = cx;
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
/** The head of a "the two countries" / "both sides" subject right before the verb at i, or -1. */
export function pairPhraseBefore(cx: CoderContext, i: number, ss: number): number {
  const { pos, lower, val } = cx;
  let k = i - 1;
  while (k >= ss && (VERB_GROUP.has(val(k)) || pos[k] === "AUX" || pos[k] === "ADV")) k--;
  if (k < ss + 1 || !PAIR_NOUNS.has(lower(k))) return -1;
  const q = val(k - 1);
  return q === "two" || q === "both" || (q === "sides" && val(k - 2) === "both") ? k : -1;
}

export function pairAnaphor(cx: CoderContext, i: number, ss: number): ActorMention[] | null {
  const { lower, val, mentionAt } = cx;
  const k = pairPhraseBefore(cx, i, ss);
  if (k < 0) return null;
  if (!cx.lex.anyPos) {
    const from = val(k - 1) === "sides" || val(k - 2) === "the" ? k - 2 : k - 1;
    const recent = subjectDyad(cx, from, k);
    if (recent) return recent;
  }
  const picked: ActorMention[] = [];
  const seenCountry = new Set<string>();
  for (let j = k - 2; j >= 0 && picked.length < 2; j--) {
    const m = mentionAt(j);
    if (!m?.actor) continue;
    j = m.tokenStart;
    if (!pairMember(cx, m, lower(k))) continue;
    // "GENEVA, March 9 - …": a dateline names where the story was filed, not a side.
    if (datelineAt(cx, m)) continue;
    const c = m.actor.slice(0, 3);
    if (seenCountry.has(c)) continue;
    seenCountry.add(c);
    picked.push(m);
  }
  return picked.length === 2 ? picked : null;
}

/** Roles that are never one of "the two countries/sides/leaders": the press, firms, unknown countries. */
const NO_PAIR_MEMBER = /^---|^[A-Z]{3}(MED|JRN|BUS)/;

/**
 * Whether m can be one of "the two <noun>": never the press or a firm ("Lyng told Reuters the two countries
 * have been discussing"), and for "countries"/"nations"/"states" a country named as such.
 */
function pairMember(cx: CoderContext, m: ActorMention, noun: string): boolean {
  if (NO_PAIR_MEMBER.test(m.actor ?? "")) return false;
  if (noun !== "country" && noun !== "countries" && noun !== "nation" && noun !== "nations") return true;
  return cx.actors.entities[m.entity]?.kind === "country";
}

/** A capitalized place name opening its sentence before a comma: the dateline of a wire story ("GENEVA, …"). */
function datelineAt(cx: CoderContext, m: ActorMention): boolean {
  const { doc } = cx;
  const s = doc.tokens.sentence[m.tokenStart] as number;
  return (
    m.tokenStart === doc.sentences.tokenStart[s] && /^[A-Z][A-Z .'-]{3,}$/.test(m.text) && cx.val(m.tokenEnd) === ","
  );
}

export function passiveAt(cx: CoderContext, i: number, ss: number): boolean {
  const { pos, lower, val } = cx;
  // "is opposed to X" is an adjective: the subject opposes X.
  if (val(i) === "opposed" && val(i + 1) === "to") return false;
  if (!/ed$|en$/.test(val(i)) && !/^(met|sold|bought|held|struck|shot|seized|fought)$/.test(val(i))) return false;
  // "were killed or wounded", "was arrested and charged": a participle coordinated with a passive one.
  if ((val(i - 1) === "or" || val(i - 1) === "and") && i - 2 >= ss && passiveAt(cx, i - 2, ss)) return true;
  // "Elessar's trip, hailed as a triumph by the Arnor press": a participle clause after a comma with a by-agent.
  if (cx.value[i - 1] === "," && /^VB[ND]$/.test(cx.doc.tokens.xpos[i] ?? "") && byAgentFollows(cx, i)) return true;
  for (let k = i - 1; k >= Math.max(ss, i - 3); k--) {
    if (lower(k) === "be") return true;
    if (!(pos[k] === "ADV" || val(k) === "not")) return false;
  }
  return false;
}

/** A "by" within the participle's own phrase (before the next comma or clause break). */
function byAgentFollows(cx: CoderContext, i: number): boolean {
  const { value, val } = cx;
  for (let k = i + 1; k < Math.min(cx.doc.tokens.count, i + 8); k++) {
    if (value[k] === "," || HARD.has(value[k] as string)) return false;
    if (val(k) === "by") return true;
  }
  return false;
}

/**
 * Passive subject whose head is not an actor but whose "for"/"of" phrase is: "A camp for Congolese refugees was
 * attacked" → the refugees.
 */
export function passiveSubjectInPP(cx: CoderContext, i: number, ss: number): ActorMention[] | null {
  const { pos, value, val, mentionAt } = cx;
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

/**
 * A mention that opens with a preposition is a place or time phrase, never an agent ("Near Minas Tirith, three
 * strikes destroyed …": the name recognizer took the sentence-initial "Near" into the name).
 */
export function notInPlacePhrase(cx: CoderContext, ms: ActorMention[] | null): ActorMention[] | null {
  const { lex, pos, lower } = cx;
  if (!ms || lex.anyPos) return ms;
  const kept = ms.filter((m) => pos[m.tokenStart] !== "ADP" && !PLACE_OPENERS.has(lower(m.tokenStart)));
  return kept.length > 0 ? kept : null;
}

/** The parse's agent of a verb, when it names an actor (null lets the word-order rules decide). */
function parsedSubjects(cx: CoderContext, f: Frame): ActorMention[] | null {
  if (!PARSE_SUBJECTS) return null;
  const ms = argMentions(cx, f.subjects);
  return ms.length > 0 ? ms : null;
}

/**
 * The parse decides which noun phrase is the subject; word order rules pick the actor inside it ("A group of
 * Moroccan diplomats", "The Turkish and Greek sides"). So the word-order subject stays when it lies inside the
 * parsed subject phrase, and the parsed one replaces it when it lies elsewhere (an object of an earlier verb,
 * a phrase of another clause) or when word order finds none.
 */
export function chooseSubjects(cx: CoderContext, f: Frame, shallow: ActorMention[] | null): ActorMention[] | null {
  const { mot, tree } = cx;
  // Inherited subjects (controllers, first conjuncts, participle governors) follow attachments the parser gets
  // wrong more often than the word-order rules, which know reported content and collectives.
  if (f.inherited) return shallow;
  const parsed = parsedSubjects(cx, f);
  // Inside the subject phrase but not inside a clause of its own ("Saddam Hussein, who presided over his
  // commanders in Baghdad, visited": the commanders are no subject).
  const inPhrase = (m: ActorMention) =>
    f.subjects.some(
      (h) =>
        tree.dominates(h, m.tokenStart) &&
        !tree.children(h).some((c) => CLAUSE_RELS.has(tree.rel(c)) && tree.dominates(c, m.tokenStart)),
    );
  if (!parsed) return shallow && preposedNotSubject(cx, f, shallow) ? null : shallow;
  // Without a word-order subject, only a subject head that is itself an actor counts ("The capital of Arnor"
  // is no actor, nor is "a bomb near X").
  if (!shallow) return f.subjects.every((h) => (mot[h] ?? -1) >= 0) ? parsed : null;
  return shallow.every(inPhrase) ? shallow : parsed;
}

/** Relations of a verb's dependents that are adverbials, never its agent. */
const ADVERBIAL_RELS = new Set(["obl", "advcl", "advmod", "nmod:unmarked", "obl:tmod", "obl:npmod"]);

/**
 * "Two days before Rohan's certification of its results, a federal judge dismissed …": when the parse names a
 * common-noun subject that is no actor, a word-order subject inside a preposed adverbial of the verb (left of
 * that subject) is no agent: the judge ruled, not Rohan.
 */
function preposedNotSubject(cx: CoderContext, f: Frame, shallow: ActorMention[]): boolean {
  const { tree, pos } = cx;
  const subject = f.subjects[0];
  if (f.inherited || f.passive || subject === undefined || pos[subject] !== "NOUN") return false;
  const adverbials = tree.children(f.trigger).filter((c) => ADVERBIAL_RELS.has(tree.deprel(c)) && c < subject);
  return shallow.every((m) => m.tokenStart < subject && adverbials.some((a) => tree.dominates(a, m.tokenStart)));
}

/** The clause left of the verb names a weapon, not an actor ("A roadside bomb near X killed …"). */
export function weaponBefore(cx: CoderContext, i: number, ss: number): boolean {
  const { lex, value, lower, val } = cx;
  if (lex.anyPos || !lex.weapon) return false;
  for (let k = i - 1; k >= ss; k--) {
    if (HARD.has(value[k] as string) || OPENERS.has(val(k)) || value[k] === ",") return false;
    if (lex.weapon.has(lower(k))) return true;
  }
  return false;
}

/** Weapon words that may name an accident after "in" ("killed in an explosion at the refinery", "in a mine"). */
const ACCIDENTAL = new Set(["explosion", "blast", "mine"]);

/**
 * "by a car bomb", "by a roadside device": a weapon right after the passive's "by"; or the bombing the passive
 * happened in ("were killed in a suicide car bombing", "wounded in a bomb blast", not "in a gas explosion").
 */
export function weaponAfterBy(cx: CoderContext, end: number, se: number): boolean {
  const { lex, lower, val } = cx;
  if (lex.anyPos || !lex.weapon) return false;
  for (let k = end + 1; k < Math.min(se, end + 3); k++) {
    const inA = val(k) === "in" && (val(k + 1) === "a" || val(k + 1) === "an");
    if (val(k) !== "by" && !inA) continue;
    for (let j = k + 1; j < Math.min(se, k + 5); j++) {
      if (lex.weapon.has(lower(j)) && !(inA && ACCIDENTAL.has(lower(j)))) return true;
    }
  }
  return false;
}

/**
 * Source of force used by a weapon without a named agent: the unidentified armed forces (PLOVER/CAMEO UAF) of
 * the place named in the sentence ("near Kandahar" → AFGUAF), or unknown. Only force (18x–20x).
 */
export function unidentified(cx: CoderContext, p: EventPattern, ss: number): ActorMention[] {
  const { doc, actors, pos, val, mentionAt } = cx;
  if (!/^(18|19|20)/.test(p.code)) return [];
  const se = doc.sentences.tokenEnd[doc.tokens.sentence[ss] as number] as number;
  for (let k = ss; k < se; k++) {
    const m = mentionAt(k);
    if (!m) continue;
    k = m.tokenEnd - 1;
    let b = m.tokenStart - 1;
    while (b >= ss && (pos[b] === "DET" || pos[b] === "ADJ" || placeModifier(cx, b))) b--;
    const kind = actors.entities[m.entity]?.kind;
    const country = m.actor?.length === 3 && !m.actor.startsWith("-") ? m.actor : null;
    if (country && (kind === "place" || kind === "country") && LOCATIVE.has(val(b))) {
      return [{ ...m, actor: `${country}UAF` }];
    }
  }
  return [];
}
