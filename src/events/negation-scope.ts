/**
 * Negations the word window sees that do not deny the trigger (ev28, issue 12). The attribution stage reads a
 * negator in a window around the trigger; three readings of the parse and the frames show it belongs elsewhere:
 *
 * - Reported content: "The bank does not intend to ease policy, officials told Reuters", "'The Board does not
 *   believe …,' Yellen told a committee": the negator sits in the content of a quote or attribution that does
 *   not contain the trigger; it denies the content, not the act of telling.
 * - Correlative "not only … but (also)": "Rohan not only supported Gondor but also sent troops" asserts both acts.
 * - An attributive participle: "the loans were not for the Gondor-occupied valley" negates the copular clause;
 *   the participle that only modifies a noun keeps its own polarity.
 */
import type { CoderContext } from "./coder-context.js";

/** Negation words as the window reads them. */
const NEGATORS = new Set(["not", "n't", "never", "no", "none", "neither", "nor", "nobody", "nothing"]);
/** Words that make "not" the first half of a correlative: "not only X but also Y". */
const CORRELATIVE = new Set(["only", "merely", "just", "simply", "solely"]);

/**
 * Whether the trigger's negation, as read by the window (`cues`) and the parse, is spurious and should be dropped.
 * Only negation words among the cues are looked at; a negating verb ("denied", "failed to") is left alone.
 */
export function spuriousNegation(cx: CoderContext, i: number, verb: number, cues: readonly number[]): boolean {
  if (cx.lex.anyPos) return false;
  if (attributiveParticiple(cx, i)) return true;
  const { sentence } = cx.doc.tokens;
  const negs = cues.filter((c) => sentence[c] === sentence[verb] && NEGATORS.has(cx.lower(c)));
  // Negators the parse attaches to the trigger itself count as well.
  for (const c of cx.tree.children(verb)) if (NEGATORS.has(cx.lower(c)) && !negs.includes(c)) negs.push(c);
  if (negs.length === 0) return false;
  return negs.every((c) => correlative(cx, c) || inOtherContent(cx, c, verb));
}

/** "not only" / "not merely": the first half of a correlative, which asserts. */
function correlative(cx: CoderContext, c: number): boolean {
  return cx.lower(c) === "not" && CORRELATIVE.has(cx.lower(c + 1));
}

/**
 * A negator inside the content of a quote or attribution, none of whose frames holds the trigger ("said the
 * authorities were not 'providing …'": the outer report holds both, and the negation stays).
 */
function inOtherContent(cx: CoderContext, c: number, verb: number): boolean {
  const holding = cx.framesAt(cx.doc.tokens.start[c] as number);
  const v = cx.doc.tokens.start[verb] as number;
  return holding.length > 0 && holding.every((f) => v < f.start || v >= f.end);
}

/**
 * "the Gondor-occupied valley", "the occupied territories": a participle that modifies a noun (amod, or glued
 * after a hyphen to its agent) with no negator of its own. A negation of the clause around the noun is no
 * negation of the state the participle names.
 */
function attributiveParticiple(cx: CoderContext, i: number): boolean {
  const { tree } = cx;
  const h = tree.head(i);
  if (h <= i || tree.rel(i) !== "amod" || !/^(NOUN|PROPN)$/.test(cx.pos[h] ?? "")) return false;
  // Prenominal: only the noun's own modifiers stand between ("occupied West Bank plan"); a determiner after the
  // word ("not 'providing the local accountability'") shows a verb the parser took for a modifier.
  for (let k = i + 1; k < h; k++)
    if (cx.pos[k] === "DET" || cx.pos[k] === "PRON" || cx.pos[k] === "PUNCT") return false;
  return !tree.children(i).some((c) => NEGATORS.has(cx.lower(c)));
}
