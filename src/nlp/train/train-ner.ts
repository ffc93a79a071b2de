/**
 * Trains the name recognizer (../ner.ts) and writes data/models/ner.bin: `npm run train -- --only ner`.
 *
 * Data: CoNLL-2003 English train (Reuters; research use only) + GUM's named person/organization/place mentions
 * (CC BY genres), both read by ./ner-data.ts; tuned on CoNLL-2003 dev. Deterministic (fixed seed, fixed order).
 *
 * Two stages, each an averaged perceptron trained with greedy decoding (the model's own previous tags as history):
 * stage 1 on local features; stage 2 on local features plus document votes (what stage 1 decided for the same word
 * elsewhere in the document). Stage 2 is trained on stage-1 tags produced by jackknifing — every training
 * document tagged by a stage-1 model that did not see it — so it learns how far stage 1 can be trusted on new
 * text, not on text it has memorised.
 */
import { join } from "node:path";
import { clustersFromModel } from "../clusters.js";
import type { ClusterTable } from "../lexical.js";
import { readModelFile, writeModelFile } from "../model-file.js";
import {
  bestTag,
  type DocumentVotes,
  decode,
  documentVotes,
  type Gazetteer,
  historyFeatures,
  MAX_NER_FEATURES,
  NER_CLASSES,
  NER_TYPES,
  type NerDocument,
  type NerModel,
  newBuffers,
  prepareDocument,
  stage2Features,
  staticOf,
  tagsToSpans,
} from "../ner.js";
import { hashString, PerceptronTrainer, type Scorer, type SparseModel, sparseArrays } from "../perceptron.js";
import { conllDocuments, conllPath, gumDocuments, type NerTrainDoc, unerDocuments } from "./ner-data.js";
import { gazetteerOf, gazetteerPath, readGazetteer } from "./ner-gazetteer.js";
import { seededRandom, shuffle } from "./treebank.js";

export const NER_MODEL_VERSION = "ner-3";

export interface NerTrainOptions {
  epochs: number;
  seed: number;
  /** Jackknife folds for the stage-2 training votes (0 = single stage). */
  folds: number;
  clusters?: ClusterTable;
  gazetteer: Gazetteer;
  log?: (msg: string) => void;
  /** Dev documents to print scores on after training. */
  dev?: NerTrainDoc[];
}

export const DEFAULT_NER_OPTIONS = { epochs: 8, seed: 11, folds: 4 };
/**
 * GUM's updates count half: its genres (academic, biographies, travel guides, vlogs, …) and its mention scheme
 * differ from newswire. Measured with 4 folds, 8 epochs: GUM at full weight costs 1.0 F1 on CoNLL dev, at half
 * weight 0.2, while lifting UNER EWT dev (web text) by 3 and GUM dev by 27 points.
 */
export const GUM_WEIGHT = 0.5;

/** Words seen at least twice get identity features; lower-case words seen inside names twice are scored. */
function vocabulary(docs: readonly NerTrainDoc[]): { known: Set<number>; inside: Set<number> } {
  const counts = new Map<number, number>();
  const insideCounts = new Map<number, number>();
  for (const d of docs) {
    d.input.forms.forEach((f, i) => {
      const norm = hashString(f.toLowerCase().replace(/[0-9]/g, "0"));
      counts.set(norm, (counts.get(norm) ?? 0) + 1);
      if ((d.gold[i] as number) > 0 && !/\p{Lu}/u.test(f) && !/^[0-9]/.test(f)) {
        insideCounts.set(norm, (insideCounts.get(norm) ?? 0) + 1);
      }
    });
  }
  const known = new Set<number>();
  for (const [k, c] of counts) if (c >= 2) known.add(k);
  const inside = new Set<number>();
  for (const [k, c] of insideCounts) if (c >= 2) inside.add(k);
  return { known, inside };
}

interface Example {
  doc: number;
  start: number;
  end: number;
}

function examplesOf(docs: readonly NerTrainDoc[], which: readonly number[]): Example[] {
  const out: Example[] = [];
  for (const di of which) {
    const b = (docs[di] as NerTrainDoc).input.bounds;
    for (let s = 0; s + 1 < b.length; s++) out.push({ doc: di, start: b[s] as number, end: b[s + 1] as number });
  }
  return out;
}

/** One stage: greedy decoding with the predicted history, update on every wrong word. */
function trainStage(
  docs: readonly NerTrainDoc[],
  prepared: readonly NerDocument[],
  votes: readonly (DocumentVotes | null)[],
  which: readonly number[],
  epochs: number,
  seed: number,
  log?: (msg: string) => void,
): SparseModel {
  const trainer = new PerceptronTrainer(NER_CLASSES);
  const random = seededRandom(seed);
  const examples = examplesOf(docs, which);
  const features = new Int32Array(MAX_NER_FEATURES);
  const scores = new Float32Array(NER_CLASSES);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(examples, random);
    let wrong = 0;
    let total = 0;
    for (const ex of examples) {
      const d = prepared[ex.doc] as NerDocument;
      const gold = (docs[ex.doc] as NerTrainDoc).gold;
      const v = votes[ex.doc] ?? null;
      const weight = (docs[ex.doc] as NerTrainDoc).weight ?? 1;
      let p1 = -1;
      let p2 = -1;
      for (let i = ex.start; i < ex.end; i++) {
        const g = gold[i] as number;
        if (!d.candidate[i]) {
          p2 = p1;
          p1 = 0;
          continue;
        }
        let k = staticOf(d, i, features);
        if (v) k += stage2Features(d, v, i, features, k);
        k += historyFeatures(d, i, p1 + 1, p2 + 1, features, k);
        scores.fill(0);
        trainer.score(features, k, scores);
        const pred = bestTag(d, i, p1, scores);
        if (g >= 0) {
          total++;
          if (pred !== g) {
            wrong++;
            trainer.update(features, k, g, pred, weight);
          }
        }
        trainer.tick();
        p2 = p1;
        p1 = pred;
      }
    }
    log?.(`epoch ${epoch}: ${((100 * (total - wrong)) / Math.max(1, total)).toFixed(2)}% of scored words right`);
  }
  return trainer.freeze();
}

function modelWith(base: Omit<NerModel, "stage1" | "stage2">, stage1: Scorer, stage2: Scorer | null): NerModel {
  return { ...base, stage1, stage2 };
}

export function trainNer(
  docs: readonly NerTrainDoc[],
  options: NerTrainOptions,
): NerModel & { stage1: SparseModel; stage2: SparseModel | null } {
  const { known, inside } = vocabulary(docs);
  const base = {
    version: NER_MODEL_VERSION,
    gazetteer: options.gazetteer,
    known,
    inside,
    ...(options.clusters ? { clusters: options.clusters } : {}),
  };
  const shell = modelWith(base, new PerceptronTrainer(NER_CLASSES), null);
  const prepared = docs.map((d) => prepareDocument(shell, d.input, true));
  const all = docs.map((_d, i) => i);
  const log = options.log;
  log?.(`${docs.length} documents, ${prepared.reduce((n, d) => n + d.candidate.length, 0)} words`);
  if (options.folds <= 1) {
    const stage1 = trainStage(docs, prepared, [], all, options.epochs, options.seed, log);
    return { ...base, stage1, stage2: null };
  }
  // Jackknife: stage-1 tags for every document from a model that did not see it.
  const votes: (DocumentVotes | null)[] = new Array(docs.length).fill(null);
  for (let f = 0; f < options.folds; f++) {
    const held = all.filter((i) => i % options.folds === f);
    const rest = all.filter((i) => i % options.folds !== f);
    const m = trainStage(docs, prepared, [], rest, options.epochs, options.seed + f + 1);
    for (const i of held) {
      const d = prepared[i] as NerDocument;
      votes[i] = documentVotes(d, decode(d, m, null));
    }
    log?.(`fold ${f + 1}/${options.folds} tagged`);
  }
  const stage1 = trainStage(docs, prepared, [], all, options.epochs, options.seed, log);
  log?.("stage 1 trained");
  const stage2 = trainStage(docs, prepared, votes, all, options.epochs, options.seed + 100, log);
  log?.("stage 2 trained");
  return { ...base, stage1, stage2 };
}

// ---- scoring ------------------------------------------------------------------------------------------------

export interface NerScore {
  /** Per type: [tp, fp, fn]. */
  counts: Record<string, [number, number, number]>;
  f1: number;
  p: number;
  r: number;
}

/** Exact-span P/R/F1 over `types` (indices into NER_TYPES); spans of other types are ignored on both sides. */
export function scoreSpans(
  pairs: Iterable<{
    gold: readonly { start: number; end: number; type: number }[];
    pred: readonly { start: number; end: number; type: number }[];
  }>,
  types: readonly number[] = [0, 1, 2],
): NerScore {
  const counts: Record<string, [number, number, number]> = {};
  for (const t of types) counts[NER_TYPES[t] as string] = [0, 0, 0];
  for (const { gold, pred } of pairs) {
    const g = new Map(gold.filter((s) => types.includes(s.type)).map((s) => [`${s.start}:${s.end}`, s.type]));
    for (const s of pred) {
      if (!types.includes(s.type)) continue;
      const c = counts[NER_TYPES[s.type] as string] as [number, number, number];
      if (g.get(`${s.start}:${s.end}`) === s.type) {
        c[0]++;
        g.delete(`${s.start}:${s.end}`);
      } else c[1]++;
    }
    for (const type of g.values()) (counts[NER_TYPES[type] as string] as [number, number, number])[2]++;
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of Object.values(counts)) {
    tp += c[0];
    fp += c[1];
    fn += c[2];
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { counts, p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function evaluateOn(model: NerModel, docs: readonly NerTrainDoc[], types?: readonly number[]): NerScore {
  const pairs = docs.map((d) => {
    const pd = prepareDocument(model, d.input);
    const b = newBuffers();
    let tags = decode(pd, model.stage1, null, b);
    if (model.stage2) tags = decode(pd, model.stage2, documentVotes(pd, tags), b);
    return { gold: d.spans, pred: tagsToSpans(tags) };
  });
  return scoreSpans(pairs, types);
}

export function formatScore(s: NerScore): string {
  const per = Object.entries(s.counts)
    .map(([t, [tp, fp, fn]]) => {
      const p = tp / Math.max(1, tp + fp);
      const r = tp / Math.max(1, tp + fn);
      return `${t} ${((200 * p * r) / Math.max(1e-9, p + r)).toFixed(1)}`;
    })
    .join(" ");
  return `F1 ${(100 * s.f1).toFixed(2)} (P ${(100 * s.p).toFixed(1)} R ${(100 * s.r).toFixed(1)}; ${per})`;
}

// ---- model file ----------------------------------------------------------------------------------------------

export function nerArrays(model: NerModel & { stage1: SparseModel; stage2: SparseModel | null }) {
  const g = model.gazetteer.toArrays();
  const arrays = new Map<string, Int32Array | Uint16Array | Float32Array>([
    ["ner.known", Int32Array.from([...model.known].sort((a, b) => a - b))],
    ["ner.inside", Int32Array.from([...model.inside].sort((a, b) => a - b))],
    ["ner.gaz.keys", g.keys],
    ["ner.gaz.kinds", g.kinds],
    ...sparseArrays("ner.stage1", model.stage1),
  ]);
  if (model.stage2) for (const [k, v] of sparseArrays("ner.stage2", model.stage2)) arrays.set(k, v);
  return arrays;
}

/** The `ner` step of `npm run train`. */
export function trainNerStep(shared: string, log: (msg: string) => void, modelDir: string): void {
  const started = performance.now();
  const clusters = clustersFromModel(readModelFile(join(modelDir, "clusters.bin")));
  const gum = gumDocuments(shared, "train").map((d) => ({ ...d, weight: GUM_WEIGHT }));
  const train = [...conllDocuments(conllPath(shared, "train")), ...gum];
  const dev = conllDocuments(conllPath(shared, "dev"));
  const frozen = readGazetteer(gazetteerPath(modelDir));
  const gazetteer = gazetteerOf(frozen);
  const model = trainNer(train, { ...DEFAULT_NER_OPTIONS, clusters, gazetteer, log });
  const seconds = (performance.now() - started) / 1000;
  const devScore = evaluateOn(model, dev);
  const devGold = evaluateOn(model, conllDocuments(conllPath(shared, "dev"), "conll"));
  const uner = unerDocuments(shared);
  const unerScore = uner.length > 0 ? evaluateOn(model, uner) : null;
  log(`CoNLL dev (Dyad tokens): ${formatScore(devScore)}`);
  log(`CoNLL dev (CoNLL tokens): ${formatScore(devGold)}`);
  if (unerScore) log(`UNER EWT dev: ${formatScore(unerScore)}`);
  const path = join(modelDir, "ner.bin");
  writeModelFile(path, {
    meta: {
      kind: "ner",
      version: NER_MODEL_VERSION,
      types: NER_TYPES,
      options: DEFAULT_NER_OPTIONS,
      data: ["conll2003/train.jsonl", "treebanks/en_gum train (CC BY genres)"],
      gazetteer: frozen.version,
      dev: {
        conll: round(devScore.f1),
        conllGoldTokens: round(devGold.f1),
        uner: unerScore ? round(unerScore.f1) : null,
      },
    },
    arrays: nerArrays(model),
  });
  log(`wrote ${path} in ${seconds.toFixed(0)} s of training`);
}

const round = (x: number) => Math.round(x * 10000) / 100;
