/**
 * NER section of `npm run eval`: mention-level precision/recall/F1 of the actors stage on CoNLL-2003 dev
 * (shared/ner/conll2003/dev.jsonl). Scoring:
 *  - only `form: "name"` mentions count (nominals, demonyms and pronouns are not CoNLL entities);
 *  - a mention's span is [nameStart, end): a title opening the mention ("President Bill Clinton") is not part of
 *    the CoNLL name, so it is left out; the span must equal the gold span exactly;
 *  - entity kind → label: person → PER, organization → ORG, country and place → LOC; groups are not scored;
 *  - gold MISC entities are ignored, and a prediction exactly on a MISC span is neither right nor wrong.
 * Articles run through the whole pipeline with no date (CoNLL is 1996 news; dates only change codes).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { EntityKind } from "../contract.js";
import type { Pipeline } from "../pipeline.js";
import { type EvalContext, type EvalResult, type Evaluator, prf } from "./types.js";

interface GoldDoc {
  id: string;
  text: string;
  entities: { start: number; end: number; label: string; text: string }[];
}

export const NER_LABELS = ["PER", "ORG", "LOC"] as const;
export type NerLabel = (typeof NER_LABELS)[number];

const LABEL_OF: Record<EntityKind, NerLabel | null> = {
  person: "PER",
  organization: "ORG",
  country: "LOC",
  place: "LOC",
  group: null,
};

export interface NerCounts {
  tp: Record<NerLabel, number>;
  fp: Record<NerLabel, number>;
  fn: Record<NerLabel, number>;
  /** Span right, label wrong: [gold, predicted] → count (for the confusion table). */
  confusion: Map<string, number>;
}

/** Predicted name spans of one text as "start:end" → label. */
export function predictNames(pipeline: Pipeline, id: string, text: string): Map<string, NerLabel> {
  const { actors } = pipeline.layers({ id, text, title: null, date: null, source: null, url: null });
  const out = new Map<string, NerLabel>();
  for (const m of actors.mentions) {
    if (m.form !== "name") continue;
    const label = LABEL_OF[actors.entities[m.entity]?.kind ?? "group"];
    if (label) out.set(`${m.nameStart ?? m.start}:${m.end}`, label);
  }
  return out;
}

export function scoreNer(pipeline: Pipeline, docs: GoldDoc[]): NerCounts {
  const zero = () => ({ PER: 0, ORG: 0, LOC: 0 });
  const counts: NerCounts = { tp: zero(), fp: zero(), fn: zero(), confusion: new Map() };
  for (const d of docs) {
    const pred = predictNames(pipeline, d.id, d.text);
    const gold = new Map<string, string>();
    for (const e of d.entities) gold.set(`${e.start}:${e.end}`, e.label);
    for (const [span, label] of gold) {
      if (label === "MISC") continue;
      const l = label as NerLabel;
      const p = pred.get(span);
      if (p === l) counts.tp[l]++;
      else {
        counts.fn[l]++;
        if (p) counts.confusion.set(`${l}→${p}`, (counts.confusion.get(`${l}→${p}`) ?? 0) + 1);
      }
    }
    for (const [span, label] of pred) {
      const g = gold.get(span);
      if (g === "MISC") continue;
      if (g !== label) counts.fp[label]++;
    }
  }
  return counts;
}

export function readConll(path: string): GoldDoc[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as GoldDoc);
}

export const evaluateNer: Evaluator = async (ctx: EvalContext): Promise<EvalResult> => {
  const title = "NER: CoNLL-2003 dev";
  const path = join(ctx.shared, "ner", "conll2003", "dev.jsonl");
  if (!existsSync(path)) return { ok: false, title, skipped: `${path} not found` };
  const docs = readConll(path);
  const c = scoreNer(ctx.pipeline, docs);
  const rows = NER_LABELS.map((l) => ({ l, ...prf(c.tp[l], c.fp[l], c.fn[l]), tp: c.tp[l], fp: c.fp[l], fn: c.fn[l] }));
  const sum = (r: Record<NerLabel, number>) => r.PER + r.ORG + r.LOC;
  const all = prf(sum(c.tp), sum(c.fp), sum(c.fn));
  const table = [
    "| type | P | R | F1 | tp | fp | fn |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.l} | ${r.p} | ${r.r} | ${r.f} | ${r.tp} | ${r.fp} | ${r.fn} |`),
    `| all | ${all.p} | ${all.r} | ${all.f} | ${sum(c.tp)} | ${sum(c.fp)} | ${sum(c.fn)} |`,
  ].join("\n");
  const confusion = [...c.confusion.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  const markdown = [
    `${docs.length} documents. Mention-level, exact span, \`form: "name"\` mentions only; title words before a name`,
    "are left out of the span (`nameStart`); person→PER, organization→ORG, country/place→LOC; MISC ignored",
    "(predictions on MISC spans are not counted). Dictionary + capitalization rules, no trained model.",
    "",
    table,
    "",
    `Right span, wrong type (gold→predicted): ${confusion || "none"}.`,
  ].join("\n");
  const headline = { "PER F1": rows[0]?.f ?? 0, "ORG F1": rows[1]?.f ?? 0, "LOC F1": rows[2]?.f ?? 0, F1: all.f };
  return { ok: true, section: { title, markdown, headline } };
};
