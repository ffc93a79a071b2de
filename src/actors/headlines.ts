/**
 * One sense per document for headlines in capitals: names found in the body are looked up there.
 */
import type { Document } from "../nlp/document.js";
import type { Cand } from "./candidates.js";

/**
 * Headlines in capitals ("SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN") hide which words are names; names found
 * in the body of the same article are looked up there (one sense per document). Returns the candidates sorted by
 * start, with apposition links renumbered.
 */
export function propagateToHeadlines(doc: Document, cands: Cand[], keys: string[], blind: number[]): Cand[] {
  const T = doc.tokens;
  const known = new Map<string, Cand>();
  for (const c of cands) {
    if (!c.unknown || c.drop || c.form !== "name") continue;
    const k = keys.slice(c.nameStart, c.e).join(" ");
    if (c.e - c.nameStart <= 3 && !known.has(k)) known.set(k, c);
  }
  if (known.size === 0) return cands;
  const covered = new Uint8Array(T.count);
  for (const c of cands) if (!c.drop) covered.fill(1, c.s, c.e);
  const added: Cand[] = [];
  for (const s of blind) {
    const from = doc.sentences.tokenStart[s] as number;
    const to = doc.sentences.tokenEnd[s] as number;
    for (let t = from; t < to; t++) {
      if (covered[t] || T.type[t] !== "word") continue;
      for (let len = Math.min(3, to - t); len >= 1; len--) {
        let free = true;
        for (let u = t; u < t + len; u++) if (covered[u]) free = false;
        const model = free ? known.get(keys.slice(t, t + len).join(" ")) : undefined;
        if (!model) continue;
        const c: Cand = { s: t, e: t + len, nameStart: t, form: "name", kind: model.kind, entry: -1, code: null };
        c.unknown = true;
        if (model.role) c.role = model.role;
        added.push(c);
        covered.fill(1, t, t + len);
        t += len - 1;
        break;
      }
    }
  }
  if (added.length === 0) return cands;
  const merged = [...cands.map((c, i) => ({ c, i })), ...added.map((c) => ({ c, i: -1 }))].sort(
    (x, y) => x.c.s - y.c.s || (x.i < 0 ? 1 : 0) - (y.i < 0 ? 1 : 0),
  );
  const newIndex = new Int32Array(cands.length);
  merged.forEach((m, k) => {
    if (m.i >= 0) newIndex[m.i] = k;
  });
  for (const m of merged) if (m.c.link !== undefined) m.c.link = newIndex[m.c.link] as number;
  return merged.map((m) => m.c);
}
