/** Shared shapes of the accuracy harness (`npm run eval`). Each gold set is one section. */
import type { Pipeline } from "../pipeline.js";

export interface EvalContext {
  pipeline: Pipeline;
  /** Absolute path of the shared data folder (../shared from the repo root). */
  shared: string;
}

export interface EvalSection {
  /** Heading in docs/accuracy.md, e.g. "NER: CoNLL-2003 dev". */
  title: string;
  /** Markdown body: how it was scored, then one or more tables. */
  markdown: string;
  /** Headline numbers for the console summary, e.g. {"PER F1": 81.2}. */
  headline: Record<string, number>;
}

/** A section that could not run reports why (e.g. the gold file is absent) instead of failing. */
export type EvalResult = { ok: true; section: EvalSection } | { ok: false; title: string; skipped: string };

export type Evaluator = (ctx: EvalContext) => Promise<EvalResult>;

/** Precision / recall / F1 from counts, as percentages with one decimal. */
export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f: number } {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const round = (x: number) => Math.round(x * 1000) / 10;
  return { p: round(p), r: round(r), f: round(f) };
}
