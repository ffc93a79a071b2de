/**
 * Dependency-tree helpers over a Document's `head`/`deprel` columns: children lists, dependents by relation,
 * subtree extents and clause boundaries. Built once per document (one pass over the tokens) so that callers can
 * ask structural questions in O(children) instead of re-scanning the sentence.
 */
import type { Document } from "./document.js";

export interface DepTree {
  readonly doc: Document;
  /** Children of token i, in text order. */
  children(i: number): readonly number[];
  /** Children whose relation is `rel` or a subtype of it ("obl" matches "obl:agent", "obl:tmod"). */
  dependents(i: number, rel: string): number[];
  /** Base relation without subtype ("nsubj:pass" → "nsubj"). */
  rel(i: number): string;
  /** Full relation ("nsubj:pass"). */
  deprel(i: number): string;
  head(i: number): number;
  /** First and one-past-last token of i's subtree ([from, to)); projective parses give a contiguous span. */
  span(i: number): [number, number];
  /** True when `k` is inside the subtree of `i` (or is `i`). */
  dominates(i: number, k: number): boolean;
  /** Lower-case preposition or case marker of a nominal ("on" for "on Iran"), "" when none. */
  caseOf(i: number): string;
}

/** Relations that open a clause of their own: an argument search does not cross them. */
export const CLAUSE_RELS: ReadonlySet<string> = new Set(["ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj"]);

export function buildTree(doc: Document): DepTree {
  const n = doc.tokens.count;
  const head = doc.tokens.head;
  const kids: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const h = head[i] as number;
    if (h >= 0 && h < n) kids[h]?.push(i);
  }
  const spans = new Map<number, [number, number]>();
  const rel = (i: number) => (doc.tokens.deprel[i] ?? "dep").split(":")[0] as string;
  const tree: DepTree = {
    doc,
    children: (i) => kids[i] ?? [],
    dependents: (i, r) =>
      (kids[i] ?? []).filter((c) => {
        const d = doc.tokens.deprel[c] ?? "";
        return d === r || d.startsWith(`${r}:`);
      }),
    rel,
    deprel: (i) => doc.tokens.deprel[i] ?? "dep",
    head: (i) => (i >= 0 && i < n ? (head[i] as number) : -1),
    span(i) {
      const hit = spans.get(i);
      if (hit) return hit;
      let from = i;
      let to = i + 1;
      for (const c of kids[i] ?? []) {
        const [a, b] = tree.span(c);
        if (a < from) from = a;
        if (b > to) to = b;
      }
      const out: [number, number] = [from, to];
      spans.set(i, out);
      return out;
    },
    dominates(i, k) {
      // Walk up from k; sentences are short, and a cycle guard protects against malformed input.
      for (let x = k, steps = 0; x >= 0 && steps < 512; x = head[x] as number, steps++) if (x === i) return true;
      return false;
    },
    caseOf(i) {
      for (const c of kids[i] ?? []) {
        const d = doc.tokens.deprel[c];
        if (d === "case" || d === "mark") return doc.tokens.norm[c] ?? "";
      }
      return "";
    },
  };
  return tree;
}
