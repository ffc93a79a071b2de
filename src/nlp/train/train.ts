/**
 * `npm run train`: trains Dyad's syntax models from ../shared (treebanks and, for word clusters, the news corpus)
 * and writes them to data/models/. Deterministic: the same data gives the same files. CI never runs this; the
 * models are committed (see data/models/MODEL_CARD.md).
 *
 *   npm run train                      every step in order
 *   npm run train -- --only clusters   one step (clusters, ner, tagger, parser), reusing the files of earlier steps
 *   npm run train -- --check           trains into a temporary folder and says which files come out byte for byte
 *                                      as committed (exit code 1 if one does not); a step left out by --only reads
 *                                      the committed file (clusters.bin for the others)
 *   npm run train -- --only gazetteer  refreezes data/lexicons/ner-gazetteer.json from data/actors (not part of
 *                                      the full run: the name recognizer learns from the frozen file, so editing
 *                                      the dictionaries changes no model until someone refreezes on purpose)
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { REPO_ROOT, sharedDir } from "../../eval/shared.js";
import { clusterArrays } from "../clusters.js";
import { writeModelFile } from "../model-file.js";
import { DEFAULT_CLUSTER_OPTIONS, learnClusters } from "./clusters.js";
import { unlabeledSentences } from "./corpus.js";
import { COMMITTED_GAZETTEER, freezeGazetteerStep, GAZETTEER_FILE } from "./ner-gazetteer.js";
import { trainNerStep } from "./train-ner.js";
import { trainParserStep, trainTaggerStep } from "./train-syntax.js";
import { treebankAvailable } from "./treebank.js";

const MODEL_DIR = join(REPO_ROOT, "data", "models");

type Step = (shared: string, dir: string, log: (msg: string) => void) => Promise<void> | void;

function trainClusters(shared: string, dir: string, log: (msg: string) => void): void {
  const c = learnClusters(unlabeledSentences(shared), DEFAULT_CLUSTER_OPTIONS, log);
  const path = join(dir, "clusters.bin");
  writeModelFile(path, {
    meta: { kind: "clusters", options: DEFAULT_CLUSTER_OPTIONS, words: c.words.length },
    arrays: clusterArrays(c.words, c.bits, c.depth, c.capitalRate),
  });
  log(`wrote ${path} (${c.words.length} words)`);
}

const STEPS: Record<string, Step> = {
  clusters: trainClusters,
  ner: (shared, dir, log) => trainNerStep(shared, log, dir),
  tagger: (shared, dir, log) => trainTaggerStep(shared, dir, log),
  parser: (shared, dir, log) => trainParserStep(shared, dir, log),
  gazetteer: (_shared, dir, log) =>
    freezeGazetteerStep(dir === MODEL_DIR ? COMMITTED_GAZETTEER : join(dir, GAZETTEER_FILE), log),
};
/** What `npm run train` runs without --only: every model, in order (clusters first: the others read them). */
const FULL_RUN = ["clusters", "ner", "tagger", "parser"];
/** Where each step's output is committed. */
const COMMITTED: Record<string, { file: string; committed: string }> = {
  gazetteer: { file: GAZETTEER_FILE, committed: COMMITTED_GAZETTEER },
};

/** With --check: a temporary folder holding the committed clusters (the other steps read them). */
function checkDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "dyad-train-check-"));
  copyFileSync(join(MODEL_DIR, "clusters.bin"), join(dir, "clusters.bin"));
  return dir;
}

/** Whether the file a step wrote in `dir` has the bytes of the committed one; says so either way. */
function sameAsCommitted(dir: string, name: string, log: (msg: string) => void): boolean {
  const { file, committed } = COMMITTED[name] ?? { file: `${name}.bin`, committed: join(MODEL_DIR, `${name}.bin`) };
  const shown = relative(REPO_ROOT, committed);
  const same = readFileSync(join(dir, file)).equals(readFileSync(committed));
  log(same ? `${file}: the same bytes as ${shown}` : `${file}: DIFFERS from ${shown}`);
  return same;
}

async function main(argv: string[]): Promise<void> {
  const shared = sharedDir();
  if (!treebankAvailable(shared)) {
    process.stderr.write("train: ../shared/treebanks not found (set DYAD_SHARED); nothing trained\n");
    process.exitCode = 2;
    return;
  }
  const only = argv.includes("--only") ? (argv[argv.indexOf("--only") + 1] ?? "").split(",") : FULL_RUN;
  const check = argv.includes("--check");
  const dir = check ? checkDir() : MODEL_DIR;
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  for (const name of only) {
    const step = STEPS[name];
    if (!step) throw new Error(`train: unknown step '${name}' (steps: ${Object.keys(STEPS).join(", ")})`);
    const t0 = performance.now();
    const log = (msg: string) =>
      process.stdout.write(`[${name} ${((performance.now() - t0) / 1000).toFixed(0)} s] ${msg}\n`);
    await step(shared, dir, log);
    if (check && !sameAsCommitted(dir, name, log)) process.exitCode = 1;
  }
  process.stdout.write(`train: done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

await main(process.argv.slice(2));
