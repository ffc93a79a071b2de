/**
 * Hedging section of `npm run eval`: the Szeged Uncertainty Corpus dev files (news: szeged-factbank, Wikipedia:
 * szeged-wikiweasel). Scoring (also in docs/attribution.md):
 *  - cue: `hedgeCues(doc)` spans against gold cue spans, exact [start, end) match, each gold span once;
 *  - sentence: a gold sentence is uncertain when it holds a gold cue; predicted uncertain when a predicted cue
 *    starts inside it; P/R/F1 of the "uncertain" class.
 * Only the Document is built (hedge cues need no actors), so the section is fast.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { hedgeCues } from "../attribution/certainty.js";
import { buildDocument } from "../nlp/document.js";
import { type EvalContext, type EvalResult, type Evaluator, prf } from "./types.js";

interface SzegedDoc {
  id: string;
  text: string;
  cues: { span: { start: number; end: number; text: string }; type: string }[];
  sentences: { id: string; start: number; end: number; uncertain: boolean }[];
}

export interface HedgeCounts {
  cue: { tp: number; fp: number; fn: number };
  sentence: { tp: number; fp: number; fn: number };
}

export function scoreHedging(docs: SzegedDoc[]): HedgeCounts {
  const c: HedgeCounts = { cue: { tp: 0, fp: 0, fn: 0 }, sentence: { tp: 0, fp: 0, fn: 0 } };
  for (const d of docs) {
    const doc = buildDocument(d.text, { id: d.id, title: null, date: null, source: null, url: null });
    const pred = hedgeCues(doc);
    const gold = new Map<string, number>();
    for (const g of d.cues)
      gold.set(`${g.span.start}:${g.span.end}`, (gold.get(`${g.span.start}:${g.span.end}`) ?? 0) + 1);
    for (const p of pred) {
      const k = `${p.start}:${p.end}`;
      const n = gold.get(k) ?? 0;
      if (n > 0) {
        c.cue.tp++;
        gold.set(k, n - 1);
      } else c.cue.fp++;
    }
    for (const n of gold.values()) c.cue.fn += n;
    for (const s of d.sentences) {
      const predicted = pred.some((p) => p.start >= s.start && p.start < s.end);
      if (predicted && s.uncertain) c.sentence.tp++;
      else if (predicted) c.sentence.fp++;
      else if (s.uncertain) c.sentence.fn++;
    }
  }
  return c;
}

export function loadSzeged(path: string): SzegedDoc[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SzegedDoc);
}

const FILES = ["szeged-factbank", "szeged-wikiweasel"] as const;

export const evaluateHedging: Evaluator = async (ctx: EvalContext): Promise<EvalResult> => {
  const title = "Hedging: Szeged uncertainty dev";
  const paths = FILES.map((f) => join(ctx.shared, "hedging", f, "dev.jsonl"));
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length === paths.length) return { ok: false, title, skipped: `${missing.join(", ")} not found` };
  const rows: string[] = [];
  const headline: Record<string, number> = {};
  FILES.forEach((name, i) => {
    const path = paths[i] as string;
    if (!existsSync(path)) {
      rows.push(`| ${name} | skipped: ${path} not found | | |`);
      return;
    }
    const c = scoreHedging(loadSzeged(path));
    const cue = prf(c.cue.tp, c.cue.fp, c.cue.fn);
    const sent = prf(c.sentence.tp, c.sentence.fp, c.sentence.fn);
    rows.push(`| ${name} | ${cue.p} / ${cue.r} / ${cue.f} | ${sent.p} / ${sent.r} / ${sent.f} |`);
    const short = name.replace("szeged-", "");
    headline[`${short} cue F1`] = cue.f;
    headline[`${short} sent F1`] = sent.f;
  });
  const markdown = [
    "Hedge cues from `hedgeCues()` (lexicon `data/lexicons/certainty.json`), exact span match; a sentence is",
    "predicted uncertain when a predicted cue starts in it. Floor from the shared README (npm `hedges` list, test",
    "files): cue F1 28.1 (factbank) / 28.5 (wikiweasel).",
    "",
    "| file | cue P / R / F1 | uncertain sentence P / R / F1 |",
    "|---|---|---|",
    ...rows,
  ].join("\n");
  return { ok: true, section: { title, markdown, headline } };
};
