/**
 * Attribution section of `npm run eval`: PolNeAR dev (shared/attribution/polnear/dev.jsonl). Scoring (also in
 * docs/attribution.md):
 *  - predictions are the stage's quotes and attributions together (direct quotes are attributions in PolNeAR);
 *    PolNeAR annotates only the outermost attribution of a nest, so a predicted item whose cue lies inside
 *    another predicted item's content is dropped before scoring;
 *  - each role (source, cue, content) is scored as a set of spans, like NER: gold content is its `fragments`
 *    when present, else the content span; predicted content is every content span of the item; on both sides
 *    pieces of one item separated only by spaces or sentence punctuation within a paragraph are joined first
 *    (`joinSentencePieces`: some annotations split one passage at each sentence boundary);
 *  - the predicted cue is the layer's full cue phrase (`cuePhrases`, PolNeAR's convention: "has also said");
 *    a second row scores the head word (`cue` in the contract) against the same gold;
 *  - exact: same [start, end) after trimming whitespace and leading/trailing , ; : . from both sides (the
 *    corpus is inconsistent about a final period; quote marks are kept; a span that is only punctuation, like
 *    the cue ":", is kept as it is); each gold span matches once;
 *  - partial: word-token overlap — precision is the mean, over predicted spans, of the share of their tokens
 *    inside the best-overlapping gold span; recall the same from the gold side.
 * Articles run through the whole pipeline with their date unknown.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Span } from "../contract.js";
import type { Pipeline } from "../pipeline.js";
import { type EvalContext, type EvalResult, type Evaluator, prf } from "./types.js";

interface GoldSpan {
  start: number;
  end: number;
  text: string;
  fragments?: GoldSpan[];
}
interface GoldAttribution {
  source: GoldSpan | null;
  cue: GoldSpan | null;
  content: GoldSpan | null;
}
interface GoldDoc {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

type Range = [number, number];
export type Role = "source" | "cue" | "content";
export const ROLES: Role[] = ["source", "cue", "content"];

export interface RoleCounts {
  exact: { tp: number; fp: number; fn: number };
  /** Sums of best token-overlap shares, and the span counts they are averaged over. */
  partial: { pSum: number; pN: number; rSum: number; rN: number };
}

const TRIM = /[\s,;:.]/;

function trim(text: string, [s0, e0]: Range): Range {
  let s = s0;
  let e = e0;
  while (s < e && TRIM.test(text[s] as string)) s++;
  while (e > s && TRIM.test(text[e - 1] as string)) e--;
  if (e > s) return [s, e];
  // a span of punctuation only (the cue ":") keeps its punctuation
  s = s0;
  e = e0;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return [s, e];
}

/**
 * Predicted spans per role from one article: outermost items only. `cue` is the full cue phrase ("has also
 * said", "said Tuesday") as PolNeAR marks cues; `cueHead` is the head word the contract reports as `cue`.
 */
export function predictedRoles(pipeline: Pipeline, id: string, text: string): Record<Role | "cueHead", Range[]> {
  const { attribution } = pipeline.layers({ id, text, title: null, date: null, source: null, url: null });
  const phrase = (qid: string, cue: Span | null) => attribution.cuePhrases?.[qid] ?? cue;
  const items = [
    ...attribution.quotes.map((q) => ({ who: q.speaker, cue: q.cue, phrase: phrase(q.id, q.cue), content: q.content })),
    ...attribution.attributions.map((a) => ({
      who: a.source,
      cue: a.cue,
      phrase: phrase(a.id, a.cue),
      content: a.content,
    })),
  ];
  const inside = (at: number, self: number) =>
    items.some((o, j) => j !== self && o.content.some((c) => c.start <= at && at < c.end));
  const out: Record<Role | "cueHead", Range[]> = { source: [], cue: [], cueHead: [], content: [] };
  const kept: Record<Role, Range[]>[] = [];
  items.forEach((it, i) => {
    const at = it.cue?.start ?? it.content[0]?.start ?? 0;
    if (inside(at, i)) return;
    kept.push({
      source: it.who ? [[it.who.start, it.who.end]] : [],
      cue: it.phrase ? [[it.phrase.start, it.phrase.end]] : [],
      content: joinSentencePieces(
        text,
        it.content.map((c) => [c.start, c.end] as Range),
      ),
    });
    if (it.who) out.source.push([it.who.start, it.who.end]);
    if (it.phrase) out.cue.push([it.phrase.start, it.phrase.end]);
    if (it.cue) out.cueHead.push([it.cue.start, it.cue.end]);
    out.content.push(
      ...joinSentencePieces(
        text,
        it.content.map((c) => [c.start, c.end] as Range),
      ),
    );
  });
  lastPredictedItems = kept;
  return out;
}

/** The outermost predicted items of the last `predictedRoles` call, for the error dump. */
let lastPredictedItems: Record<Role, Range[]>[] = [];

export function goldRoles(doc: GoldDoc): Record<Role, Range[]> {
  const out: Record<Role, Range[]> = { source: [], cue: [], content: [] };
  const add = (role: Role, s: Span | null) => {
    if (s) out[role].push([s.start, s.end]);
  };
  for (const a of doc.attributions) {
    add("source", a.source);
    add("cue", a.cue);
    if (a.content) {
      const pieces: Range[] =
        a.content.fragments && a.content.fragments.length > 0
          ? a.content.fragments.map((f) => [f.start, f.end] as Range)
          : [[a.content.start, a.content.end]];
      out.content.push(...joinSentencePieces(doc.text, pieces));
    }
  }
  return out;
}

/**
 * Joins the content pieces of one item that are separated only by spaces or sentence punctuation inside a
 * paragraph ("It was late. || We left." → "It was late. We left."). Some PolNeAR annotations split one quoted
 * passage at each sentence boundary (about 220 gaps on dev; most multi-sentence contents are one span), an
 * artefact of the annotation tool rather than two contents; both sides are joined the same way, so the same text
 * scores the same whether or not the annotator split it. Pieces in different paragraphs stay apart.
 */
export function joinSentencePieces(text: string, pieces: Range[]): Range[] {
  const sorted = [...pieces].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p[0] >= last[1] && /^[ \t.!?]*$/.test(text.slice(last[1], p[0])) && p[0] > last[1]) {
      last[1] = Math.max(last[1], p[1]);
      continue;
    }
    out.push([p[0], p[1]]);
  }
  return out;
}

function wordStarts(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/\w+|[^\w\s]/g)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

function lowerBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function emptyCounts(): RoleCounts {
  return { exact: { tp: 0, fp: 0, fn: 0 }, partial: { pSum: 0, pN: 0, rSum: 0, rN: 0 } };
}

/** Adds one document's comparison for one role to `counts`. */
export function scoreRole(text: string, gold: Range[], pred: Range[], counts: RoleCounts): void {
  const g = gold.map((r) => trim(text, r)).filter(([s, e]) => e > s);
  const p = pred.map((r) => trim(text, r)).filter(([s, e]) => e > s);
  const left = new Map<string, number>();
  for (const [s, e] of g) left.set(`${s}:${e}`, (left.get(`${s}:${e}`) ?? 0) + 1);
  let tp = 0;
  for (const [s, e] of p) {
    const k = `${s}:${e}`;
    const n = left.get(k) ?? 0;
    if (n > 0) {
      tp++;
      left.set(k, n - 1);
    }
  }
  counts.exact.tp += tp;
  counts.exact.fp += p.length - tp;
  counts.exact.fn += g.length - tp;
  const { starts, ends } = wordStarts(text);
  const tokens = ([s, e]: Range) => {
    const a = lowerBound(starts, s);
    let b = a;
    while (b < starts.length && (ends[b] as number) <= e) b++;
    return [a, b] as Range;
  };
  const gt = g.map(tokens);
  const pt = p.map(tokens);
  const share = (x: Range, ys: Range[]) => {
    const n = x[1] - x[0];
    if (n <= 0) return 0;
    let best = 0;
    for (const y of ys) best = Math.max(best, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
    return best / n;
  };
  for (const x of pt) {
    counts.partial.pSum += share(x, gt);
    counts.partial.pN++;
  }
  for (const x of gt) {
    counts.partial.rSum += share(x, pt);
    counts.partial.rN++;
  }
}

export function partialPrf(c: RoleCounts): { p: number; r: number; f: number } {
  const p = c.partial.pN === 0 ? 0 : c.partial.pSum / c.partial.pN;
  const r = c.partial.rN === 0 ? 0 : c.partial.rSum / c.partial.rN;
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const round = (x: number) => Math.round(x * 1000) / 10;
  return { p: round(p), r: round(r), f: round(f) };
}

export function loadPolnear(path: string, limit = Number.POSITIVE_INFINITY): GoldDoc[] {
  const docs: GoldDoc[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim()) continue;
    docs.push(JSON.parse(line) as GoldDoc);
    if (docs.length >= limit) break;
  }
  return docs;
}

export function scorePolnear(pipeline: Pipeline, docs: GoldDoc[]): Record<Role | "cueHead", RoleCounts> {
  const counts: Record<Role | "cueHead", RoleCounts> = {
    source: emptyCounts(),
    cue: emptyCounts(),
    cueHead: emptyCounts(),
    content: emptyCounts(),
  };
  const dump = process.env.DYAD_EVAL_ATTRIBUTION_DUMP;
  if (dump) writeFileSync(dump, "");
  for (const d of docs) {
    const pred = predictedRoles(pipeline, d.id, d.text);
    const gold = goldRoles(d);
    if (dump) appendFileSync(dump, `${dumpLine(d, lastPredictedItems)}\n`);
    for (const role of ROLES) scoreRole(d.text, gold[role], pred[role], counts[role]);
    scoreRole(d.text, gold.cue, pred.cueHead, counts.cueHead);
  }
  return counts;
}

/**
 * One JSON line per article for error analysis (`DYAD_EVAL_ATTRIBUTION_DUMP=/tmp/file.jsonl`): the text, the gold
 * items and the predicted outermost items, each role as its list of trimmed [start, end) spans.
 */
function dumpLine(doc: GoldDoc, predicted: Record<Role, Range[]>[]): string {
  const clean = (rs: Range[]) => rs.map((r) => trim(doc.text, r)).filter(([s, e]) => e > s);
  const items = (xs: Record<Role, Range[]>[]) =>
    xs.map((x) => ({ source: clean(x.source), cue: clean(x.cue), content: clean(x.content) }));
  const gold = doc.attributions.map((a) => {
    const one = (s: Span | null): Range[] => (s ? [[s.start, s.end]] : []);
    const pieces: Range[] = a.content
      ? a.content.fragments && a.content.fragments.length > 0
        ? a.content.fragments.map((f) => [f.start, f.end] as Range)
        : [[a.content.start, a.content.end]]
      : [];
    return { source: one(a.source), cue: one(a.cue), content: joinSentencePieces(doc.text, pieces) };
  });
  return JSON.stringify({ id: doc.id, text: doc.text, gold: items(gold), pred: items(predicted) });
}

export const evaluateAttribution: Evaluator = async (ctx: EvalContext): Promise<EvalResult> => {
  const title = "Attribution: PolNeAR dev";
  const path = join(ctx.shared, "attribution", "polnear", "dev.jsonl");
  if (!existsSync(path)) return { ok: false, title, skipped: `${path} not found` };
  const docs = loadPolnear(path);
  const counts = scorePolnear(ctx.pipeline, docs);
  const rows = (["source", "cue", "cueHead", "content"] as const).map((role) => {
    const c = counts[role];
    const e = prf(c.exact.tp, c.exact.fp, c.exact.fn);
    const p = partialPrf(c);
    return { role, e, p, gold: c.exact.tp + c.exact.fn, pred: c.exact.tp + c.exact.fp };
  });
  const table = [
    "| role | gold | predicted | exact P | exact R | exact F1 | partial P | partial R | partial F1 |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.role === "cueHead" ? "cue (head word only)" : r.role} | ${r.gold} | ${r.pred} | ${r.e.p} | ${r.e.r} | ${r.e.f} | ${r.p.p} | ${r.p.r} | ${r.p.f} |`,
    ),
  ].join("\n");
  const markdown = [
    `${docs.length} articles. Quotes and attributions are scored together; only outermost items (cue not inside`,
    "another item's content). The cue row uses the stage's full cue phrase (`cuePhrases`: \"has also said\",",
    '"said Tuesday", as PolNeAR marks cues); the head-word row scores the contract\'s `cue` ("said") instead.',
    "PolNeAR annotates only outermost attributions. Exact: span equality after trimming whitespace and",
    "`, ; : .` at both ends; content against `fragments`, with the pieces of one item that only sentence",
    "punctuation or spaces separate inside a paragraph joined on both sides (`joinSentencePieces`: some",
    "annotations split one passage at each sentence). Partial: mean best word-token overlap share (see",
    "`src/eval/attribution.ts`). Published exact F1 (source/cue/content) on the official PolNeAR test set: CRF",
    "50.6/53.4/28.6, BiLSTM-CRF 69.6/66.7/59.0 (different split; indicative only).",
    "",
    table,
  ].join("\n");
  const headline: Record<string, number> = {};
  for (const r of rows) {
    if (r.role === "cueHead") continue;
    headline[`${r.role} F1`] = r.e.f;
    headline[`${r.role} ~F1`] = r.p.f;
  }
  return { ok: true, section: { title, markdown, headline } };
};
