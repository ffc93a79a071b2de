/**
 * NER section of `npm run eval`. Two views:
 *  1. the trained recognizer alone (src/nlp/ner.ts), standard exact-span scoring over PER/ORG/LOC (a PER/ORG/LOC
 *     prediction on a MISC span is wrong): on CoNLL-2003 dev with CoNLL's own tokens and with Dyad's tokenizer,
 *     and on text not used to tune it — UNER English EWT dev (web text) and GUM dev (Wikinews, biographies,
 *     travel guides, academic prose …);
 *  2. the whole actors stage end to end (what users get), on CoNLL-2003 dev as given and re-formatted as hard-
 *     wrapped wire copy (`wireFormat`: detokenized, ``…'' quotes, tab-indented paragraphs, lines cut at 68
 *     columns), which checks that line breaks are only spaces to it.
 * End-to-end scoring (shared/ner/conll2003/dev.jsonl):
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
import { defaultNerModel, NER_TYPES } from "../nlp/ner.js";
import { conllDocuments, conllPath, gumDocuments, unerDocuments } from "../nlp/train/ner-data.js";
import { evaluateOn, type NerScore } from "../nlp/train/train-ner.js";
import { treebankAvailable } from "../nlp/train/treebank.js";
import type { Pipeline } from "../pipeline.js";
import { type EvalContext, type EvalResult, type Evaluator, prf } from "./types.js";

interface GoldDoc {
  id: string;
  text: string;
  entities: { start: number; end: number; label: string; text: string }[];
  sentences?: [number, number][];
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

/** Words that stick to the word before them when CoNLL's tokens are joined back into running text. */
const NO_SPACE_BEFORE = new Set([",", ".", ";", ":", "'s", "n't", ")", "?", "!", "%", "'re", "'ve", "'ll", "'d", "'m"]);

/**
 * A CoNLL document as hard-wrapped wire copy: tokens joined as written text ("Japan 's" → "Japan's"), straight
 * quotes as ``…'', the first line as a headline followed by a blank line, every three sentences a tab-indented
 * paragraph, lines wrapped at 68 columns. Entity offsets follow the text.
 */
export function wireFormat(d: GoldDoc): GoldDoc {
  const map = new Int32Array(d.text.length + 1).fill(-1);
  let out = "";
  let col = 0;
  let quoteOpen = false;
  (d.sentences ?? []).forEach(([a, b], si) => {
    if (si === 1) {
      out += "\n\n";
      col = 0;
    } else if (si > 1 && si % 3 === 1) {
      out += "\n\t   ";
      col = 4;
    } else if (si > 1) {
      out += " ";
      col++;
    }
    quoteOpen = false;
    let first = true;
    for (const m of d.text.slice(a, b).matchAll(/\S+/g)) {
      let tok = m[0];
      const at = a + (m.index as number);
      if (tok === '"') {
        tok = quoteOpen ? "''" : "``";
        quoteOpen = !quoteOpen;
      }
      const glue = !first && (NO_SPACE_BEFORE.has(tok) || tok === "''" || out.endsWith("``") || out.endsWith("("));
      if (!first && !glue) {
        if (col + tok.length > 68) {
          out += "\n";
          col = 0;
        } else {
          out += " ";
          col++;
        }
      }
      for (let k = 0; k < m[0].length; k++) map[at + k] = out.length + Math.min(k, tok.length - 1);
      map[at + m[0].length] = out.length + tok.length;
      out += tok;
      col += tok.length;
      first = false;
    }
  });
  const entities = d.entities.map((e) => {
    const start = map[e.start] as number;
    const end = map[e.end] as number;
    return { ...e, start, end, text: out.slice(start, end) };
  });
  return { id: d.id, text: out, entities };
}

function e2eTable(c: NerCounts): { table: string; f: number; per: number[] } {
  const rows = NER_LABELS.map((l) => ({ l, ...prf(c.tp[l], c.fp[l], c.fn[l]), tp: c.tp[l], fp: c.fp[l], fn: c.fn[l] }));
  const sum = (r: Record<NerLabel, number>) => r.PER + r.ORG + r.LOC;
  const all = prf(sum(c.tp), sum(c.fp), sum(c.fn));
  const table = [
    "| type | P | R | F1 | tp | fp | fn |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.l} | ${r.p} | ${r.r} | ${r.f} | ${r.tp} | ${r.fp} | ${r.fn} |`),
    `| all | ${all.p} | ${all.r} | ${all.f} | ${sum(c.tp)} | ${sum(c.fp)} | ${sum(c.fn)} |`,
  ].join("\n");
  return { table, f: all.f, per: rows.map((r) => r.f) };
}

const pct = (x: number) => (Math.round(x * 1000) / 10).toFixed(1);

function scoreRow(name: string, s: NerScore): string {
  const per = ["PER", "ORG", "LOC"].map((t) => {
    const [tp, fp, fn] = s.counts[t] ?? [0, 0, 0];
    return pct((2 * tp) / Math.max(1, 2 * tp + fp + fn));
  });
  return `| ${name} | ${pct(s.p)} | ${pct(s.r)} | ${pct(s.f1)} | ${per.join(" | ")} |`;
}

/** The recognizer alone on the dev sets (table rows) and its CoNLL dev F1 with Dyad's tokens. */
function recognizerTable(shared: string): { rows: string[]; conll: number; gold: number } {
  const model = defaultNerModel();
  const rows: string[] = [];
  const dyad = evaluateOn(model, conllDocuments(conllPath(shared, "dev")));
  const gold = evaluateOn(model, conllDocuments(conllPath(shared, "dev"), "conll"));
  rows.push(scoreRow("CoNLL-2003 dev, CoNLL's tokens", gold), scoreRow("CoNLL-2003 dev, Dyad's tokenizer", dyad));
  const uner = unerDocuments(shared);
  if (uner.length > 0) rows.push(scoreRow("UNER English EWT dev (web text, not tuned on)", evaluateOn(model, uner)));
  if (treebankAvailable(shared)) {
    rows.push(
      scoreRow(
        "GUM dev (named person/org/place mentions, not tuned on)",
        evaluateOn(model, gumDocuments(shared, "dev")),
      ),
    );
  }
  return { rows, conll: Math.round(dyad.f1 * 1000) / 10, gold: Math.round(gold.f1 * 1000) / 10 };
}

export const evaluateNer: Evaluator = async (ctx: EvalContext): Promise<EvalResult> => {
  const title = "NER: CoNLL-2003 dev";
  const path = join(ctx.shared, "ner", "conll2003", "dev.jsonl");
  if (!existsSync(path)) return { ok: false, title, skipped: `${path} not found` };
  const docs = readConll(path);
  const c = scoreNer(ctx.pipeline, docs);
  const e2e = e2eTable(c);
  const wire = e2eTable(scoreNer(ctx.pipeline, docs.map(wireFormat)));
  const rec = recognizerTable(ctx.shared);
  const confusion = [...c.confusion.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  const model = defaultNerModel();
  const markdown = [
    `Recognizer \`${model.version}\` (data/models/ner.bin, see data/models/MODEL_CARD.md) alone: exact-span P/R/F1 over`,
    `${NER_TYPES.slice(0, 3).join("/")} (a PER/ORG/LOC prediction on a MISC span counts as wrong; MISC is predicted but not scored).`,
    "",
    "| data | P | R | F1 | PER F1 | ORG F1 | LOC F1 |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rec.rows,
    "",
    `Whole actors stage, ${docs.length} documents through the pipeline. Mention-level, exact span, \`form: "name"\``,
    "mentions only; title words before a name are left out of the span (`nameStart`); person→PER,",
    "organization→ORG, country/place→LOC; MISC ignored (predictions on MISC spans are not counted). The recognizer",
    'proposes names, the dictionaries code them (a composed nominal such as "U.S. officials" is one nominal',
    'mention, so its "U.S." is not counted as found).',
    "",
    e2e.table,
    "",
    `Right span, wrong type (gold→predicted): ${confusion || "none"}.`,
    "",
    "The same documents as hard-wrapped wire copy (`wireFormat` in src/eval/ner.ts: written-text spacing, ``…''",
    "quotes, tab-indented paragraphs, lines cut at 68 columns — results tables wrapped like prose, so harder than",
    "real wire copy):",
    "",
    wire.table,
  ].join("\n");
  const headline = {
    "PER F1": e2e.per[0] ?? 0,
    "ORG F1": e2e.per[1] ?? 0,
    "LOC F1": e2e.per[2] ?? 0,
    F1: e2e.f,
    "wire F1": wire.f,
    "NER F1 (gold tokens)": rec.gold,
  };
  return { ok: true, section: { title, markdown, headline } };
};
