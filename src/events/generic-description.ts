/**
 * A participle that only describes a kind of participant is no event (ev28, issue 12).
 *
 * "Officials from Rohan and Gondor talking behind closed doors can reach decisions quickly": "talking" tells
 * which officials the sentence is about, and the sentence states what such officials can do: a generic or modal
 * claim about a kind, not a report that a meeting took place. The same participle on a specific participant in a
 * reported fact ("Ministers meeting in Minas Tirith on Monday agreed …") stays an event.
 *
 * Read from the parse: the trigger is a participle with no subject or auxiliary of its own, modifying a noun (acl,
 * or an advcl the parser hung on the main verb right after its subject); the noun is non-specific (no definite
 * determiner, possessor, numeral or name); and the clause the noun belongs to is modal (can, may, should, must …;
 * "could" and "would" also report past facts, "could not agree"), habitual ("usually", "tend to"), or the content
 * of a belief ("critics believe that officials meeting in private …"). Word lists: event-arguments.json words
 * `generic_modals`, `generic_verbs`, `habit_adverbs`, `belief_verbs`.
 */
import { listed } from "./arguments.js";
import type { CoderContext } from "./coder-context.js";

/** Determiners that make a noun phrase specific. */
const SPECIFIC_DET = new Set(["the", "this", "these", "that", "those"]);

/** Whether the trigger at `verb` is a participle describing a non-specific noun in a generic or modal clause. */
export function genericDescription(cx: CoderContext, verb: number): boolean {
  if (cx.lex.anyPos) return false;
  const { tree } = cx;
  const xpos = cx.doc.tokens.xpos[verb] ?? "";
  if (xpos !== "VBG" && xpos !== "VBN") return false;
  if (tree.children(verb).some((c) => /^(nsubj|aux|expl)/.test(tree.deprel(c)))) return false;
  const noun = describedNoun(cx, verb);
  if (noun < 0 || !nonSpecific(cx, noun)) return false;
  const clause = clauseOf(cx, noun);
  return clause >= 0 && genericClause(cx, clause);
}

/** The noun the participle describes, or -1. */
function describedNoun(cx: CoderContext, verb: number): number {
  const { tree } = cx;
  const h = tree.head(verb);
  if (h < 0) return -1;
  if (tree.rel(verb) === "acl" && /^(NOUN|PRON)$/.test(cx.pos[h] ?? "")) return h;
  // "Officials … talking behind closed doors can reach": the parser may hang the participle on the main verb; it
  // describes that verb's subject when it follows the subject phrase directly.
  if (tree.rel(verb) !== "advcl" || verb > h) return -1;
  const subj = tree.dependents(h, "nsubj")[0];
  if (subj === undefined) return -1;
  const [, end] = tree.span(subj);
  return tree.span(verb)[0] === end && /^(NOUN|PRON)$/.test(cx.pos[subj] ?? "") ? subj : -1;
}

/** A bare or indefinite noun: no definite determiner, possessor, numeral, name or coded actor at its head. */
function nonSpecific(cx: CoderContext, noun: number): boolean {
  const { tree } = cx;
  if (cx.pos[noun] !== "NOUN" || cx.mentionAt(noun)) return false;
  return !tree
    .children(noun)
    .some(
      (c) =>
        (tree.rel(c) === "det" && SPECIFIC_DET.has(cx.lower(c))) ||
        /^(nmod:poss|nummod|compound)$/.test(tree.deprel(c)) ||
        tree.rel(c) === "nmod:poss",
    );
}

/** The verb of the clause a noun is an argument of (through nominal heads), or -1. */
function clauseOf(cx: CoderContext, noun: number): number {
  const { tree } = cx;
  let k = noun;
  for (let n = 0; n < 6 && k >= 0; n++) {
    const h = tree.head(k);
    if (h < 0) return -1;
    if (cx.pos[h] === "VERB" || cx.pos[h] === "AUX" || cx.pos[h] === "ADJ") return h;
    k = h;
  }
  return -1;
}

/** A clause that states what can, must or usually happens, or what someone believes. */
function genericClause(cx: CoderContext, v: number): boolean {
  const { tree } = cx;
  for (let k = v, n = 0; k >= 0 && n < 4; n++, k = tree.head(k)) {
    const kids = tree.children(k);
    if (kids.some((c) => tree.rel(c) === "aux" && listed("generic_modals", cx.lower(c)))) return true;
    if (kids.some((c) => tree.rel(c) === "advmod" && listed("habit_adverbs", cx.lower(c)))) return true;
    if (listed("generic_verbs", cx.doc.tokens.lemma[k] ?? "")) return true;
    const h = tree.head(k);
    if (tree.rel(k) === "ccomp" && h >= 0 && listed("belief_verbs", cx.doc.tokens.lemma[h] ?? "")) return true;
    // Only a chain of complements carries the frame ("can be expected to reach"); a clause of its own ends it.
    if (!/^(xcomp|ccomp)$/.test(tree.rel(k))) return false;
  }
  return false;
}
