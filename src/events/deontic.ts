/**
 * The content of a deontic or evaluative predicate is no event (ev28, issue 12): "It is essential that Gondor
 * provide aid to Rohan", "It is vital for Gondor to send troops" state what ought to happen (an op-ed's or a
 * speaker's requirement), as "Gondor must provide aid" does (see `unrealizedContent` in emit.ts), not that it
 * happened. Read from the parse: the trigger's clause (or the clause that controls it through xcomp) is the
 * ccomp, csubj or advcl of an adjective or noun listed in event-arguments.json words `deontic_predicates`. A
 * complement in the past or perfect ("it is important that Gondor sent aid", "has sent") reports a fact the
 * predicate evaluates, and stays.
 */
import { listed } from "./arguments.js";
import type { CoderContext } from "./coder-context.js";

/** Relations by which a predicate governs its content clause. */
const CONTENT = new Set(["ccomp", "csubj", "advcl"]);
/** Auxiliaries and tags of a clause that states a past or present fact. */
const FACTUAL_AUX = new Set(["has", "have", "had", "did", "was", "were", "'s", "'ve", "'d"]);

export function deonticContent(cx: CoderContext, verb: number): boolean {
  if (cx.lex.anyPos) return false;
  const { tree } = cx;
  let x = verb;
  for (let n = 0; n < 2 && tree.rel(x) === "xcomp" && tree.head(x) >= 0; n++) x = tree.head(x);
  const h = tree.head(x);
  if (h < 0 || !CONTENT.has(tree.rel(x)) || !/^(ADJ|NOUN)$/.test(cx.pos[h] ?? "")) return false;
  if (!listed("deontic_predicates", cx.lower(h))) return false;
  // The predicate must be the clause's own (a copula on it): "essential" as a modifier ("an essential step
  // after Gondor sent aid") governs no content.
  if (!tree.children(h).some((c) => tree.rel(c) === "cop")) return false;
  if (cx.doc.tokens.xpos[x] === "VBD") return false;
  return !tree.children(x).some((c) => tree.rel(c).startsWith("aux") && FACTUAL_AUX.has(cx.lower(c)));
}
