/**
 * Local certainty: how sure the text is about the clause around one token (an event trigger, a reported clause),
 * from hedges ("may", "reportedly"), negation ("not", "no", "refused to"), conditions ("if", "unless", "would")
 * and future/intent ("will", "plans to"). Cue words come from data/lexicons/certainty.json; the scoping rules
 * are described in docs/attribution.md. Rules only look inside the trigger's sentence, so a call costs a few
 * dozen token comparisons.
 */
import type { Certainty, Span } from "../contract.js";
import type { Document } from "../nlp/document.js";
import { type CertaintyLexicon, certaintyLexicon, cueLexicon, matchAt } from "./lexicon.js";
import { dominates } from "./tree.js";
import type { LocalCertainty } from "./types.js";

/** Tokens that always end a clause. */
const HARD_BREAK = new Set([";", ":", "—", "–", "--", "(", ")", '"', "[", "]"]);
/** Words that open a new clause (the clause starts after them). */
const CLAUSE_OPENERS = new Set([
  "but",
  "while",
  "whereas",
  "although",
  "though",
  "because",
  "which",
  "who",
  "whom",
  "whose",
  "where",
  "after",
  "before",
  "since",
  "so",
  "yet",
  "however",
]);
/** Coordinators that open a clause only after a comma (", and Russia attacked"). */
const COMMA_COORD = new Set(["and", "or", "but", "while", "as"]);
/** Condition words whose scope is the whole sentence part they sit in ("If X, Y" and "Y if X" alike). */
const CONDITION_WIDE = new Set(["if", "unless"]);
/** Tokens allowed inside a verb group between a modal and the verb ("may also have been"). */
const VERB_GROUP = new Set([
  "have",
  "has",
  "had",
  "be",
  "been",
  "being",
  "not",
  "n't",
  "never",
  "also",
  "still",
  "yet",
]);
const MODAL_CERTAINTY: Record<string, Certainty> = {
  may: "hedged",
  might: "hedged",
  could: "hedged",
  would: "hypothetical",
  will: "hypothetical",
  wo: "hypothetical",
  "'ll": "hypothetical",
  shall: "hypothetical",
  should: "hypothetical",
  must: "hypothetical",
  "'d": "hypothetical",
};

/** Past-tense modals that, under a reporting verb, carry the reported future ("said it would help"). */
export const REPORTED_FUTURE: ReadonlySet<string> = new Set(["would", "'d"]);
/** Cue classes whose clausal complement is reported speech or thought. */
const REPORTING_CLASSES = new Set(["speech", "belief", "report"]);

/**
 * Whether the clause of `verb` is the complement of a reporting verb ("Macron said France would help and
 * train …"). Sequence of tenses turns the speaker's "will" into "would" there, so the modal reports a plan; it is
 * no condition. Read from the parse: climb coordinated predicates to the clause head, which must be a clausal
 * complement of a speech, belief or report verb.
 */
export function inReportedClause(doc: Document, verb: number): boolean {
  const { head, deprel, lemma } = doc.tokens;
  let h = verb;
  for (let steps = 0; steps < 4 && deprel[h] === "conj" && (head[h] as number) >= 0; steps++) h = head[h] as number;
  if (deprel[h] !== "ccomp") return false;
  const gov = head[h] as number;
  return gov >= 0 && REPORTING_CLASSES.has(cueLexicon().verbs.get(lemma[gov] as string) ?? "");
}

function isThatComplementizer(doc: Document, k: number): boolean {
  const { norm, pos } = doc.tokens;
  if (norm[k] !== "that") return false;
  return pos[k] === "SCONJ" || pos[k - 1] === "VERB" || pos[k - 1] === "NOUN";
}

/** Token range [from, to) of the clause holding `t` (soft boundaries: commas before coordinators, openers). */
export function clauseOf(doc: Document, t: number): [number, number] {
  const { norm, sentence } = doc.tokens;
  const s = sentence[t] as number;
  const ss = doc.sentences.tokenStart[s] as number;
  const se = doc.sentences.tokenEnd[s] as number;
  let from = ss;
  for (let k = t - 1; k >= ss; k--) {
    const n = norm[k] as string;
    if (HARD_BREAK.has(n) || CLAUSE_OPENERS.has(n) || isThatComplementizer(doc, k)) {
      from = k + 1;
      break;
    }
    if (COMMA_COORD.has(n) && norm[k - 1] === ",") {
      from = k + 1;
      break;
    }
  }
  let to = se;
  for (let k = t + 1; k < se; k++) {
    const n = norm[k] as string;
    if (HARD_BREAK.has(n) || CLAUSE_OPENERS.has(n) || CONDITION_WIDE.has(n) || n === "that") {
      to = k;
      break;
    }
    if (n === "," && (COMMA_COORD.has(norm[k + 1] ?? "") || CLAUSE_OPENERS.has(norm[k + 1] ?? ""))) {
      to = k;
      break;
    }
  }
  return [from, to];
}

/** Token range of the sentence part around `t` delimited only by hard breaks (scope of "if"). */
function sentencePart(doc: Document, t: number): [number, number] {
  const { norm, sentence } = doc.tokens;
  const s = sentence[t] as number;
  let from = doc.sentences.tokenStart[s] as number;
  let to = doc.sentences.tokenEnd[s] as number;
  for (let k = t - 1; k >= from; k--)
    if (norm[k] === ";" || norm[k] === '"') {
      from = k + 1;
      break;
    }
  for (let k = t + 1; k < to; k++)
    if (norm[k] === ";" || norm[k] === '"') {
      to = k;
      break;
    }
  return [from, to];
}

const RANK: Record<Certainty, number> = { asserted: 0, reported: 1, hedged: 2, hypothetical: 3 };

/** The stronger of two certainties (hypothetical > hedged > reported > asserted). */
export function stronger(a: Certainty, b: Certainty): Certainty {
  return RANK[b] > RANK[a] ? b : a;
}

/** Single-word hedge adverbs that hedge the clause wherever they sit in it ("attacked, reportedly"). */
const FLOATING = new Set([
  "reportedly",
  "allegedly",
  "possibly",
  "probably",
  "perhaps",
  "maybe",
  "apparently",
  "seemingly",
  "presumably",
  "supposedly",
  "purportedly",
  "reputedly",
  "potentially",
  "tentatively",
  "hypothetically",
  "conceivably",
]);

/**
 * Certainty of the clause around token `trigger`. Scoping (see docs/attribution.md):
 *  - modal and negator in the trigger's verb group ("may not have attacked");
 *  - hedge, condition, future and negator words anywhere earlier in the clause ("reportedly", "no one was
 *    killed"), floating hedge adverbs also later in it;
 *  - "if"/"unless" anywhere in the sentence part (up to ";" or a quote mark) → hypothetical;
 *  - an intent verb/noun governing the trigger's infinitive ("plans to visit", "willingness to maintain") →
 *    hypothetical; a negating verb governing it ("refused to meet", "denied attacking") → negated.
 */
export function localCertainty(
  doc: Document,
  trigger: number,
  lex: CertaintyLexicon = certaintyLexicon(),
): LocalCertainty {
  const { norm, lemma, pos } = doc.tokens;
  if (trigger < 0 || trigger >= doc.tokens.count) return { certainty: "asserted", negated: false, cues: [] };
  let certainty: Certainty = "asserted";
  let negated = false;
  const cues: number[] = [];
  const [from, to] = clauseOf(doc, trigger);

  // Earlier in the clause: lexicon phrases (hedges, conditions, future) and negators.
  for (let k = from; k < trigger; k++) {
    const e = matchAt(doc, lex.phrases, k, trigger);
    if (e) {
      // "would"/"could" etc. are judged by the verb-group rule below, where their position is known.
      if (!(e.tokens.length === 1 && MODAL_CERTAINTY[e.tokens[0] as string] && !isGroupModal(doc, k, trigger))) {
        certainty = stronger(certainty, e.certainty);
        cues.push(k);
      }
      k += e.tokens.length - 1;
      continue;
    }
    const fake = matchAt(doc, lex.notNegating, k, doc.tokens.count);
    if (fake) {
      k += fake.tokens.length - 1;
      continue;
    }
    const neg = matchAt(doc, lex.negWords, k, trigger);
    if (neg && negatesOtherPredicate(doc, k, trigger)) {
      k += neg.tokens.length - 1;
      continue;
    }
    if (neg) {
      negated = !negated;
      cues.push(k);
      k += neg.tokens.length - 1;
    }
  }
  // Later in the clause: floating hedge adverbs, and "no"/"nothing" in object position ("exchanged no gifts").
  for (let k = trigger + 1; k < to; k++) {
    const n = norm[k] as string;
    if (FLOATING.has(n)) {
      certainty = stronger(certainty, "hedged");
      cues.push(k);
    } else if ((n === "no" || n === "nothing" || n === "none") && k - trigger <= 3) {
      negated = !negated;
      cues.push(k);
    }
  }
  // Modals in the trigger's own verb group.
  for (let k = trigger - 1, seen = 0; k >= from && seen < 5; k--, seen++) {
    const n = norm[k] as string;
    const modal = MODAL_CERTAINTY[n];
    if (modal && (pos[k] === "AUX" || pos[k] === "VERB" || n === "'d" || n === "'ll")) {
      // "said it would help": reported future, left to the report's own certainty; a real condition ("if") is
      // still caught by the sentence-part rule below
      if (REPORTED_FUTURE.has(n) && inReportedClause(doc, trigger)) break;
      certainty = stronger(certainty, modal);
      if (!cues.includes(k)) cues.push(k);
      break;
    }
    if (!(VERB_GROUP.has(n) || pos[k] === "ADV" || pos[k] === "PART")) break;
  }
  // "if"/"unless" anywhere in the sentence part.
  const [pFrom, pTo] = sentencePart(doc, trigger);
  for (let k = pFrom; k < pTo; k++) {
    if (CONDITION_WIDE.has(norm[k] as string) && norm[k - 1] !== "as" && norm[k - 1] !== "even") {
      certainty = "hypothetical";
      if (!cues.includes(k)) cues.push(k);
      break;
    }
  }
  // Governing verb/noun of an infinitive or gerund: "plans to visit", "refused to meet", "denied attacking".
  let head = trigger - 1;
  while (head >= from && pos[head] === "ADV") head--;
  const viaTo = norm[head] === "to";
  const govFrom = viaTo ? head - 1 : head;
  for (let k = govFrom, steps = 0; k >= from && steps < 4; k--, steps++) {
    const l = lemma[k] as string;
    if (viaTo && lex.intent.has(l)) {
      certainty = stronger(certainty, "hypothetical");
      cues.push(k);
      break;
    }
    if (lex.negVerbs.has(l) && (viaTo || (norm[trigger] ?? "").endsWith("ing"))) {
      negated = !negated;
      cues.push(k);
      break;
    }
    // Only objects/adverbs may stand between the governor and "to" ("urged Russia to withdraw").
    if (!(pos[k] === "ADV" || pos[k] === "PROPN" || pos[k] === "NOUN" || pos[k] === "PRON" || pos[k] === "DET"))
      if (k !== govFrom) break;
  }
  cues.sort((a, b) => a - b);
  return { certainty, negated, cues };
}

/** A one-token modal at `k` counts only when it heads the verb group that ends at the trigger. */
function isGroupModal(doc: Document, k: number, trigger: number): boolean {
  const { norm, pos } = doc.tokens;
  for (let j = k + 1; j < trigger; j++) {
    const n = norm[j] as string;
    if (!(VERB_GROUP.has(n) || pos[j] === "ADV" || pos[j] === "PART" || pos[j] === "AUX")) return false;
  }
  return true;
}

/**
 * Hedge cues of the whole document (classes with `cue: true` in certainty.json), as character spans — what
 * the Szeged hedge-cue evaluation scores.
 */
export function hedgeCues(doc: Document, lex: CertaintyLexicon = certaintyLexicon()): Span[] {
  const { pos, value } = doc.tokens;
  const out: Span[] = [];
  const n = doc.tokens.count;
  for (let i = 0; i < n; i++) {
    const e = matchAt(doc, lex.phrases, i, n);
    if (!e) continue;
    const last = i + e.tokens.length - 1;
    // A capitalized one-word cue inside a sentence is a name ("Theresa May", "in May"), not a hedge.
    const sentenceStart = doc.sentences.tokenStart[doc.tokens.sentence[i] as number] === i;
    const named = e.tokens.length === 1 && /^[A-Z]/.test(value[i] ?? "") && (!sentenceStart || pos[i] === "PROPN");
    if (e.cue && !named) {
      const start = doc.tokens.start[i] as number;
      const end = doc.tokens.end[last] as number;
      out.push({ start, end, text: doc.text.slice(start, end) });
    }
    i = last;
  }
  return out;
}

/**
 * Whether the parse hangs negator `k` on a predicate that neither is the trigger nor governs it: in "The minister,
 * who did not attend, said …" the "not" negates "attend", and the word-window clause of "said" (which reaches
 * back to "who") must not count it. A negator on a noun ("no one was killed") or on the trigger's governor ("did
 * not agree to help") still counts.
 */
function negatesOtherPredicate(doc: Document, k: number, trigger: number): boolean {
  const { head, pos } = doc.tokens;
  const h = head[k] as number;
  if (h < 0 || (pos[h] !== "VERB" && pos[h] !== "AUX")) return false;
  return !dominates(doc, h, trigger);
}
