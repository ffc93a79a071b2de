/**
 * The date of one event from its own clause. A sentence may date several clauses differently ("In 2016 X won
 * the vote, and on Tuesday Y attacked Z"): each event takes the date expression that sits in its own clause, else
 * in a clause that governs it, else — when the only dates belong to other clauses — the article date. Without a
 * parse of the date's position (no token under it) the nearest date wins, as before.
 */
import { tokenAt } from "../nlp/document.js";
import { CLAUSE_RELS, type DepTree } from "../nlp/tree.js";
import type { SentenceDate } from "./dates.js";

/** The head of the clause that holds token i: the nearest ancestor that is a root, a clause or a verb conjunct. */
export function clauseHead(tree: DepTree, i: number): number {
  let x = i;
  for (let steps = 0; steps < 64; steps++) {
    const h = tree.head(x);
    const r = tree.rel(x);
    if (h < 0 || CLAUSE_RELS.has(r) || r === "root") return x;
    if (r === "conj" && tree.doc.tokens.pos[x] === "VERB") return x;
    x = h;
  }
  return x;
}

/** Clause heads from i's clause up to the root, innermost first. */
function clauseChain(tree: DepTree, i: number): number[] {
  const out: number[] = [];
  let c = clauseHead(tree, i);
  for (let steps = 0; steps < 32; steps++) {
    out.push(c);
    const h = tree.head(c);
    if (h < 0) break;
    c = clauseHead(tree, h);
  }
  return out;
}

/**
 * The ISO date of the event whose trigger (or light verb) is token `verb`, from the sentence's dates; `allowed`
 * filters dates by document offset (reported content keeps its own dates). Returns `fallback` when no date fits.
 */
export function eventDate(
  tree: DepTree,
  verb: number,
  sentenceStart: number,
  dates: readonly SentenceDate[],
  fallback: string | null,
  allowed: (at: number) => boolean,
): string | null {
  const chain = clauseChain(tree, verb);
  const triggerAt = tree.doc.tokens.start[verb] as number;
  let best: { rank: number; dist: number; iso: string } | null = null;
  for (const d of dates) {
    const at = sentenceStart + d.index;
    if (!allowed(at)) continue;
    const tok = tokenAt(tree.doc, at);
    // A date inside a clause the event's clause does not belong to dates another event.
    const rank = tok < 0 ? chain.length : chain.indexOf(clauseHead(tree, tok));
    if (rank < 0) continue;
    const dist = Math.abs(at - triggerAt);
    if (!best || rank < best.rank || (rank === best.rank && dist < best.dist)) best = { rank, dist, iso: d.iso };
  }
  return best ? best.iso : fallback;
}
