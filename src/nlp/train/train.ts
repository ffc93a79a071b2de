/**
 * `npm run train`: trains Dyad's syntax models from ../shared (treebanks and, for word clusters, the news corpus)
 * and writes them to data/models/. Deterministic: the same data gives the same files. CI never runs this; the
 * models are committed (see data/models/MODEL_CARD.md).
 *
 *   npm run train                      every step in order
 *   npm run train -- --only clusters   one step (clusters, tagger, parser), reusing the files of earlier steps
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT, sharedDir } from "../../eval/shared.js";
import { clusterArrays } from "../clusters.js";
import { writeModelFile } from "../model-file.js";
import { DEFAULT_CLUSTER_OPTIONS, learnClusters } from "./clusters.js";
import { unlabeledSentences } from "./corpus.js";
import { trainNerStep } from "./train-ner.js";
import { trainParserStep, trainTaggerStep } from "./train-syntax.js";
import { treebankAvailable } from "./treebank.js";

const MODEL_DIR = join(REPO_ROOT, "data", "models");

type Step = (shared: string, log: (msg: string) => void) => Promise<void> | void;

function trainClusters(shared: string, log: (msg: string) => void): void {
  const c = learnClusters(unlabeledSentences(shared), DEFAULT_CLUSTER_OPTIONS, log);
  const path = join(MODEL_DIR, "clusters.bin");
  writeModelFile(path, {
    meta: { kind: "clusters", options: DEFAULT_CLUSTER_OPTIONS, words: c.words.length },
    arrays: clusterArrays(c.words, c.bits, c.depth, c.capitalRate),
  });
  log(`wrote ${path} (${c.words.length} words)`);
}

const STEPS: Record<string, Step> = {
  clusters: trainClusters,
  ner: (shared, log) => trainNerStep(shared, log, MODEL_DIR),
  tagger: (shared, log) => trainTaggerStep(shared, MODEL_DIR, log),
  parser: (shared, log) => trainParserStep(shared, MODEL_DIR, log),
};

async function main(argv: string[]): Promise<void> {
  const shared = sharedDir();
  if (!treebankAvailable(shared)) {
    process.stderr.write("train: ../shared/treebanks not found (set DYAD_SHARED); nothing trained\n");
    process.exitCode = 2;
    return;
  }
  const only = argv.includes("--only") ? (argv[argv.indexOf("--only") + 1] ?? "").split(",") : Object.keys(STEPS);
  mkdirSync(MODEL_DIR, { recursive: true });
  const started = performance.now();
  for (const name of only) {
    const step = STEPS[name];
    if (!step) throw new Error(`train: unknown step '${name}' (steps: ${Object.keys(STEPS).join(", ")})`);
    const t0 = performance.now();
    const log = (msg: string) =>
      process.stdout.write(`[${name} ${((performance.now() - t0) / 1000).toFixed(0)} s] ${msg}\n`);
    await step(shared, log);
  }
  process.stdout.write(`train: done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

await main(process.argv.slice(2));
