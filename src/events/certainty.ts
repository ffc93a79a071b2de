/**
 * Negation and modality read from the parse, as a complement to the attribution stage's word-window certainty:
 * the parse sees a negation attached to the trigger however far it stands ("Gondor has, despite months of
 * pressure, not recognized Mordor") and the modal that governs a controlled verb ("may have agreed to sell").
 */
import type { DepTree } from "../nlp/tree.js";

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
