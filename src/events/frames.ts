/**
 * Predicate–argument frames read from the dependency parse. A frame names, for one trigger token, the head
 * tokens of its agent (subject, passive by-agent, controller of an xcomp, shared subject of coordinated verbs,
 * antecedent of a relative clause), its patient (object, passive subject, modified noun of a participle) and its
 * obliques by preposition. Heads are tokens, not actors: `arguments.ts` turns them into actor mentions and
 * argument classes.
 */
import { CLAUSE_RELS, type DepTree } from "../nlp/tree.js";

export interface Frame {
  readonly trigger: number;
  /** Heads of the agent (coordinated heads included). */
  readonly subjects: number[];
  /** Heads of the patient / theme. */
  readonly objects: number[];
  /** Heads of prepositional arguments, by lower-case preposition ("on" → [Iran]). */
  readonly obliques: Map<string, number[]>;
  readonly passive: boolean;
  /** The agent comes from another word (xcomp controller, first conjunct, relative antecedent), not a dependent. */
  readonly inherited: boolean;
  /** Clausal dependents (xcomp, ccomp, advcl, …) of the trigger: their content is not the trigger's argument. */
  readonly clauses: number[];
}

const VERBAL = new Set(["VERB", "AUX"]);
/** Nouns whose of-phrase event has the copular subject as its target ("X has been the target of sanctions"). */
const PATIENT_NOUNS = new Set(["subject", "target", "victim", "object", "focus"]);

/** Coordinated heads: "Arnor and Gondor" → both. */
export function withConjuncts(tree: DepTree, heads: readonly number[]): number[] {
  const out: number[] = [];
  for (const h of heads) {
    out.push(h);
    for (const c of tree.dependents(h, "conj")) if (tree.doc.tokens.pos[c] === tree.doc.tokens.pos[h]) out.push(c);
  }
  return out;
}

/** True when the verb is passive: a nsubj:pass or aux:pass dependent, or a past participle modifying a noun. */
export function isPassive(tree: DepTree, v: number): boolean {
  if (tree.dependents(v, "nsubj:pass").length > 0 || tree.dependents(v, "aux:pass").length > 0) return true;
  const r = tree.rel(v);
  // A participle with a direct object is an active verb the tagger took for a participle ("missiles attacked
  // Gondor").
  return (r === "acl" || r === "amod") && tree.doc.tokens.xpos[v] === "VBN" && tree.dependents(v, "obj").length === 0;
}

/** The frame of a verbal trigger (verbs, participles, predicative adjectives). */
export function verbFrame(tree: DepTree, v: number): Frame {
  const passive = isPassive(tree, v);
  const subjects: number[] = [];
  const objects: number[] = [];
  const obliques = new Map<string, number[]>();
  const clauses: number[] = [];
  for (const child of tree.children(v)) {
    const c = antecedent(tree, v, child);
    const d = tree.deprel(child);
    const r = tree.rel(child);
    if (d === "nsubj:pass" || d === "csubj:pass") objects.push(c);
    else if (r === "nsubj") subjects.push(c);
    else if (d === "obl:agent") subjects.push(c);
    else if (r === "obj" || r === "iobj") objects.push(c);
    else if (r === "obl" || r === "nmod") {
      const prep = tree.caseOf(c);
      if (passive && prep === "by") subjects.push(c);
      // A bare nominal oblique is a time or measure ("last year", "Monday"), never the patient.
      else if (prep) obliques.set(prep, [...(obliques.get(prep) ?? []), ...withConjuncts(tree, [c])]);
    } else if (CLAUSE_RELS.has(r)) clauses.push(c);
    else if (r === "compound" && passive) subjects.push(c); // "Iranian-backed": the first part is the agent
  }
  const inherited = subjects.length === 0;
  if (inherited) subjects.push(...inheritedSubject(tree, v));
  if (objects.length === 0) objects.push(...inheritedObject(tree, v, passive));
  return {
    trigger: v,
    subjects: withConjuncts(tree, subjects),
    objects: withConjuncts(tree, objects),
    obliques,
    passive,
    inherited,
    clauses,
  };
}

const RELATIVE = new Set(["which", "who", "whom", "that"]);

/**
 * The antecedent a relative pronoun stands for ("Mordor, which Gondor does not recognize" → Mordor): the noun the
 * relative clause modifies, or — when the parser attached the clause elsewhere — the noun right before the
 * pronoun. Any other dependent stands for itself.
 */
function antecedent(tree: DepTree, v: number, c: number): number {
  const { norm, xpos, pos } = tree.doc.tokens;
  if (!RELATIVE.has(norm[c] ?? "") || !/^W/.test(xpos[c] ?? "")) return c;
  if (tree.deprel(v) === "acl:relcl") return tree.head(v);
  let k = c - 1;
  while (k >= 0 && pos[k] === "PUNCT") k--;
  return k >= 0 && (pos[k] === "NOUN" || pos[k] === "PROPN") ? k : c;
}

/**
 * A subject the trigger shares with another word: the controller of an xcomp ("Arnor agreed to sell" → Arnor;
 * "urged Rohan to withdraw" → Rohan, the object controls), the first of coordinated verbs ("met and signed"),
 * the governor of a participle clause, the antecedent of a subject relative ("Gondor, which attacked …").
 */
function inheritedSubject(tree: DepTree, v: number): number[] {
  const h = tree.head(v);
  if (h < 0) return [];
  const r = tree.rel(v);
  const pos = tree.doc.tokens.pos;
  if (r === "xcomp" || r === "conj" || (r === "advcl" && tree.doc.tokens.xpos[v] === "VBG")) {
    if (r === "xcomp") {
      const obj = tree.dependents(h, "obj");
      if (obj.length > 0) return obj;
    }
    if (!VERBAL.has(pos[h] ?? "") && r !== "xcomp") return [];
    const f = tree.dependents(h, "nsubj");
    if (f.length > 0) return f;
    return tree.rel(h) === "root" ? [] : inheritedSubject(tree, h);
  }
  if (r === "acl" && !isPassive(tree, v)) return [h]; // "forces attacking the town"
  if (r === "acl" && tree.deprel(v) === "acl:relcl") {
    const relObj = tree
      .children(v)
      .some((c) => tree.rel(c) === "obj" && /^(which|who|whom|that)$/.test(tree.doc.tokens.norm[c] ?? ""));
    return relObj ? [] : [h];
  }
  return [];
}

/** Relative adverbs: a relative clause they open is about its antecedent's place, time or reason. */
const RELATIVE_ADVERBS = new Set(["where", "when", "whereby", "why"]);

/** An object the trigger shares: the noun a passive participle modifies, the antecedent of an object relative. */
function inheritedObject(tree: DepTree, v: number, passive: boolean): number[] {
  const h = tree.head(v);
  if (h < 0) return [];
  const r = tree.rel(v);
  // A participle clause on the sentence's root noun is usually the real main verb misparsed ("Gondorians rioted
  // in X" read as a noun phrase); a prenominal participle ("Iranian-backed militia") is safe.
  if (r === "amod" && passive) return [h];
  if (r === "acl" && passive && tree.deprel(v) !== "acl:relcl" && tree.rel(h) !== "root") return [h];
  if (tree.deprel(v) === "acl:relcl") {
    // "the election, where Elessar opposed extending it": a relative adverb makes the antecedent the clause's
    // place or time, no object.
    if (tree.children(v).some((c) => RELATIVE_ADVERBS.has(tree.doc.tokens.norm[c] ?? ""))) return [];
    const relObj = tree
      .children(v)
      .some((c) => tree.rel(c) === "obj" && /^(which|who|whom|that)$/.test(tree.doc.tokens.norm[c] ?? ""));
    const hasSubj = tree.dependents(v, "nsubj").length > 0;
    if (relObj || (hasSubj && tree.dependents(v, "obj").length === 0)) return [h];
  }
  return [];
}

/**
 * The frame of a nominal event ("the United States' killing of Soleimani", "US sanctions on Iran"): agent from a
 * possessor, a compound or adjective modifier or a by-phrase (a governing light verb's subject is found by the
 * coder, which knows the light verbs); patient from of/on/against phrases, or the subject of a copular "the
 * target of" ("X has been the subject of sanctions").
 */
export function nounFrame(tree: DepTree, n: number): Frame {
  const subjects: number[] = [];
  const objects: number[] = [];
  const obliques = new Map<string, number[]>();
  for (const c of tree.children(n)) {
    const d = tree.deprel(c);
    const r = tree.rel(c);
    if (d === "nmod:poss" || r === "compound" || r === "amod") subjects.push(c);
    else if (r === "nmod" || r === "obl") {
      const prep = tree.caseOf(c);
      if (prep === "by") subjects.push(c);
      else if (prep) obliques.set(prep, [...(obliques.get(prep) ?? []), ...withConjuncts(tree, [c])]);
    }
  }
  const h = tree.head(n);
  if (h >= 0 && tree.rel(n) === "nmod" && PATIENT_NOUNS.has(tree.doc.tokens.lemma[h] ?? "")) {
    objects.push(...tree.dependents(h, "nsubj"));
  }
  return {
    trigger: n,
    subjects: withConjuncts(tree, subjects),
    objects: withConjuncts(tree, objects),
    obliques,
    passive: false,
    inherited: false,
    clauses: [],
  };
}

export function frameOf(tree: DepTree, i: number): Frame {
  const pos = tree.doc.tokens.pos[i];
  return pos === "NOUN" || pos === "PROPN" ? nounFrame(tree, i) : verbFrame(tree, i);
}
