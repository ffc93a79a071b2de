/**
 * Negation and modality read from the parse, as a complement to the attribution stage's word-window certainty:
 * the parse sees a negation attached to the trigger however far it stands ("Gondor has, despite months of
 * pressure, not recognized Mordor") and the modal that governs a controlled verb ("may have agreed to sell").
 */
import { CLAUSE_RELS, type DepTree } from "../nlp/tree.js";

const NEGATORS = new Set(["not", "n't", "never", "no"]);
const MODALS = new Set(["may", "might", "could", "would", "will", "shall", "should", "must", "can", "'ll", "'d"]);

export interface ParsedModality {
  /** A negation attached to the trigger or to its auxiliaries. */
  negated: boolean;
  /** The modal auxiliary of the trigger's verb group (or of the verb that controls it), lower case. */
  modal: string | null;
}

export function parsedModality(tree: DepTree, verb: number): ParsedModality {
  let negated = false;
  let modal: string | null = null;
  // The trigger itself, then up through xcomp controllers: "may have agreed to sell" is as uncertain as "may
  // have agreed", and "did not agree to sell" negates the selling.
  for (let v = verb, steps = 0; v >= 0 && steps < 4; steps++) {
    for (const c of tree.children(v)) {
      const norm = tree.doc.tokens.norm[c] ?? "";
      const rel = tree.rel(c);
      if ((rel === "advmod" || rel === "neg" || rel === "det") && NEGATORS.has(norm) && c < v) negated = true;
      if (rel === "aux" && MODALS.has(norm)) modal ??= norm;
    }
    if (tree.rel(v) !== "xcomp") break;
    v = tree.head(v);
  }
  return { negated, modal };
}

/**
 * "will make a visit to Rohan and hold talks with Eomer": a verb conjunct without an auxiliary or a subject of its
 * own shares its first conjunct's modal, so the talks are as future as the visit. (Its negation is not shared:
 * "did not attend and sent a deputy" negates the attending only.)
 */
export function sharedModal(tree: DepTree, verb: number): string | null {
  const pos = tree.doc.tokens.pos;
  const h = tree.head(verb);
  if (tree.rel(verb) !== "conj" || h < 0 || h > verb || pos[h] !== "VERB") return null;
  const own = tree.children(verb).some((c) => tree.rel(c) === "aux" || tree.rel(c).startsWith("nsubj"));
  if (own) return null;
  for (const c of tree.children(h)) {
    const norm = tree.doc.tokens.norm[c] ?? "";
    if (tree.rel(c) === "aux" && MODALS.has(norm)) return norm;
  }
  return null;
}

/** Negation words and negating verbs of the attribution stage's lexicon (data/lexicons/certainty.json). */
const NEG_WORDS = new Set([
  "not",
  "n't",
  "never",
  "no",
  "none",
  "neither",
  "nor",
  "nobody",
  "nothing",
  "without",
  "cannot",
]);
const NEG_VERBS = new Set(["deny", "refuse", "fail", "decline", "reject", "rule", "avoid", "stop"]);
/** Clause relations across which a report's negation does not reach the event ("declined to describe what X did"). */
const EMBEDDING = new Set(["ccomp", "advcl", "acl", "csubj", "parataxis"]);

/** The head of the clause holding token i (the root, a clausal dependent or a verb conjunct). */
function clauseOf(tree: DepTree, i: number): number {
  let x = i;
  for (let steps = 0; steps < 64; steps++) {
    const h = tree.head(x);
    const r = tree.rel(x);
    if (h < 0 || CLAUSE_RELS.has(r) || r === "root" || (r === "conj" && tree.doc.tokens.pos[x] === "VERB")) return x;
    x = h;
  }
  return x;
}

/**
 * The word-window negation of a trigger, kept only for negators in the trigger's own clause: a negation word
 * of that clause or of a verb that controls it ("did not agree to sell"), or a negating verb that governs the
 * clause ("refused to meet", "denied attacking"). A "not" of another clause or another sentence (the window can
 * run across a closing quote) no longer negates. `cues` are the word window's cue tokens.
 */
export function scopedNegation(tree: DepTree, verb: number, negated: boolean, cues: readonly number[]): boolean {
  if (!negated) return false;
  const { norm, lemma, sentence } = tree.doc.tokens;
  const own = clauseOf(tree, verb);
  // The clause and the clauses that control it through xcomp ("did not agree to sell").
  const controlled = [own];
  for (let c = own, n = 0; n < 4 && tree.rel(c) === "xcomp" && tree.head(c) >= 0; n++) {
    c = clauseOf(tree, tree.head(c));
    controlled.push(c);
  }
  const governor = tree.head(own) >= 0 ? clauseOf(tree, tree.head(own)) : -1;
  let inScope = 0;
  for (const c of cues) {
    if (sentence[c] !== sentence[verb]) continue;
    const word = NEG_WORDS.has(norm[c] ?? "");
    const negVerb = NEG_VERBS.has(lemma[c] ?? "");
    if (word && controlled.includes(clauseOf(tree, c))) inScope++;
    else if (negVerb && (c === governor || controlled.includes(c))) inScope++;
  }
  return inScope % 2 === 1;
}

/**
 * A report's negation ("declined to say that …", "denied that …") reaches an event of its content unless the
 * event sits in a clause embedded further inside that content ("declined to describe what help X provided":
 * the help is not denied).
 */
export function frameNegationReaches(tree: DepTree, verb: number, start: number, end: number): boolean {
  const at = tree.doc.tokens.start;
  let x = verb;
  for (let steps = 0; steps < 64; steps++) {
    const h = tree.head(x);
    if (h < 0 || (at[h] as number) < start || (at[h] as number) >= end) {
      return !openQuestion(tree, x) && negatorOnPath(tree, verb, start, end);
    }
    if (EMBEDDING.has(tree.rel(x))) return false;
    x = h;
  }
  return true;
}

/**
 * "Traders are worried about the talks, and the market may not get a chance to react, Johnson said": a negation
 * word inside the content negates the clause it stands in, not a sibling clause holding the event. When the
 * content has negation words, one must stand in a clause on the event's own path up to the content's top; a
 * content without one (the report itself is negated: "denied that …") negates as a whole.
 */
function negatorOnPath(tree: DepTree, verb: number, start: number, end: number): boolean {
  const { norm, start: at, count } = tree.doc.tokens;
  const negators: number[] = [];
  for (let t = 0; t < count; t++) {
    const a = at[t] as number;
    if (a >= start && a < end && NEG_WORDS.has(norm[t] ?? "")) negators.push(t);
  }
  if (negators.length === 0) return true;
  const path = new Set<number>();
  for (let x = clauseOf(tree, verb), n = 0; x >= 0 && n < 16; n++) {
    path.add(x);
    const h = tree.head(x);
    if (h < 0 || (at[h] as number) < start || (at[h] as number) >= end) break;
    x = clauseOf(tree, h);
  }
  return negators.some((t) => path.has(clauseOf(tree, t)));
}

/** Complementizers of an embedded yes/no question. */
const QUESTION_MARKS = new Set(["whether", "if"]);

/**
 * "did not know whether Rohan will offer aid", "would not say if talks had begun": a negated report of an open
 * question leaves its content undecided (hypothetical), it does not deny it. True when the content's top clause
 * `x` has whether/if as its mark.
 */
function openQuestion(tree: DepTree, x: number): boolean {
  const { norm } = tree.doc.tokens;
  for (const c of tree.children(x)) {
    if (tree.rel(c) === "mark" && QUESTION_MARKS.has(norm[c] ?? "")) return true;
  }
  return false;
}

/** Verbs that deny their content clause. */
const DENYING = new Set(["deny", "refute"]);
/** Nouns of a claim whose that-clause a denial denies ("denied reports that …", "denied the allegation that …"). */
const CLAIM_NOUNS = new Set(["report", "claim", "allegation", "charge", "accusation", "suggestion", "rumor", "rumour"]);

/**
 * "We categorically deny that Rohan is selling and sending weapons", "denied reports that Rohan sent arms": an event
 * in the content of a denial is not asserted, also when the denial stands inside a quote (the attribution frame is
 * then the quote's "said", which does not negate). Read from the parse: the event's clause (or the first of its
 * verb conjuncts) is the complement of "deny", or the that-clause of a claim noun that "deny" takes as object. A
 * denial that is itself negated ("did not deny that …") asserts its content.
 */
export function deniedContent(tree: DepTree, verb: number): boolean {
  const { lemma } = tree.doc.tokens;
  let x = clauseOf(tree, verb);
  if (tree.rel(x) === "conj" && tree.head(x) >= 0) x = clauseOf(tree, tree.head(x));
  // "denied reports that it intends to threaten shipping": the act is the complement of an intent or plan verb,
  // and that verb's clause is what the denial reaches.
  for (let n = 0; n < 2 && tree.rel(x) === "xcomp" && !DENYING.has(lemma[tree.head(x)] ?? ""); n++) {
    x = clauseOf(tree, tree.head(x));
  }
  let h = tree.head(x);
  if (h < 0) return false;
  const rel = tree.rel(x);
  // The parser hangs a claim noun's that-clause as acl or as ccomp.
  if ((rel.startsWith("acl") || rel === "ccomp") && CLAIM_NOUNS.has(lemma[h] ?? "")) {
    if (falseClaim(tree, h)) return true;
    if (tree.rel(h) !== "obj") return false;
    h = tree.head(h);
  } else if (rel !== "ccomp") return false;
  if (h < 0 || !DENYING.has(lemma[h] ?? "")) return false;
  return !tree.children(h).some((c) => NEGATORS.has(tree.doc.tokens.norm[c] ?? "") && c < h);
}

/** Predicates that call a claim untrue ("reports that … were baseless"). */
const FALSITY = new Set(["baseless", "unfounded", "groundless", "false", "untrue", "fabricated"]);

/**
 * "said reports that Rohan plans to attack were baseless": a claim noun that is the subject of a predicate of
 * falsity. The parser may also take the noun for the object of "said" and hang the predicate on "said" as its
 * complement; both readings count. A negated predicate ("were not baseless") affirms the claim.
 */
function falseClaim(tree: DepTree, noun: number): boolean {
  const { lemma, norm } = tree.doc.tokens;
  const h = tree.head(noun);
  if (h < 0) return false;
  const r = tree.rel(noun);
  let pred = -1;
  if (r.startsWith("nsubj")) pred = h;
  else if (r === "obj") pred = tree.children(h).find((c) => tree.rel(c) === "ccomp" && c > noun) ?? -1;
  if (pred < 0 || !FALSITY.has(lemma[pred] ?? "")) return false;
  return !tree.children(pred).some((c) => NEGATORS.has(norm[c] ?? ""));
}

/** Prepositions of a counterfactual condition whose consequent did happen ("without X", "but for X"). */
const COUNTERFACTUAL_CASES = new Set(["without", "but"]);

/**
 * "Without such pressure, Elessar would never have criticized Rohan so openly": a negated past counterfactual
 * (would/could + not/never + have + participle) whose condition is "without X" presupposes that the act did
 * happen, because X was there. The event is asserted and not negated.
 */
export function counterfactualFact(tree: DepTree, verb: number): boolean {
  const { norm, xpos } = tree.doc.tokens;
  if (xpos[verb] !== "VBN") return false;
  const kids = tree.children(verb);
  const has = (test: (c: number) => boolean) => kids.some((c) => c < verb && test(c));
  const modal = has((c) => tree.rel(c) === "aux" && /^(would|could|'d)$/.test(norm[c] ?? ""));
  const perfect = has((c) => tree.rel(c) === "aux" && norm[c] === "have");
  const negator = has((c) => NEGATORS.has(norm[c] ?? ""));
  if (!modal || !perfect || !negator) return false;
  return kids.some(
    (c) =>
      tree.rel(c) === "obl" &&
      tree.children(c).some((k) => tree.rel(k) === "case" && COUNTERFACTUAL_CASES.has(norm[k] ?? "")),
  );
}
