/**
 * The tagger and parser steps of `npm run train`. The parser learns from tags the tagger predicts (five-fold
 * jackknifing: each fifth of the training set is tagged by a tagger trained on the other four), so it sees in
 * training the kind of tagging errors it will meet in use.
 */
import { join } from "node:path";
import { clustersFromModel } from "../clusters.js";
import type { ConlluSentence } from "../conllu.js";
import type { ClusterTable } from "../lexical.js";
import { wordAtoms } from "../lexical.js";
import { readModelFile, writeModelFile } from "../model-file.js";
import { parserModelFile } from "../parser.js";
import { pruneRows, type SparseModel } from "../perceptron.js";
import { parserInput, parserTagAtom } from "../syntax.js";
import { type TaggerModel, taggerModelFile, tagWords } from "../tagger.js";
import { trainLemmas } from "./train-lemmas.js";
import { parserExamples, trainParser } from "./train-parser.js";
import { makeTaggerModel, trainTagger } from "./train-tagger.js";
import { trainingSentences } from "./treebank.js";

export const TAGGER_VERSION = "tagger-4";
export const PARSER_VERSION = "parser-4";
const TAGGER_EPOCHS = 8;
const PARSER_EPOCHS = 12;
const FOLDS = 5;
/**
 * The tagger learns from ambiguity classes of the other tenths of the training set, and words seen once get a class
 * too (docs/syntax.md, "Eighth stop (syn8)"): EWT dev UPOS 95.22 → 95.61, GUM 96.53 → 96.71 after 6 epochs, with
 * the same features at run time. tagger-2 was trained with neither (folds 0, min count 2).
 */
const TAGGER_AMBIGUITY_FOLDS = 10;
const TAGGER_AMBIGUITY_MIN_COUNT = 1;
/** Features whose weights sum to less than this are left out of the frozen parser (see PerceptronTrainer.freeze). */
const PARSER_MIN_ROW_WEIGHT = 3;
const TAGGER_MIN_ROW_WEIGHT = 1;
/**
 * Then, on the frozen weights, the committed models drop the features whose weights sum to less than these (see
 * pruneRows): 42 % of the move features, 56 % of the label features and 24 % of the tagger's, with the same
 * dev UPOS and LAS to a tenth (docs/syntax.md, Speed). Applied after freezing, not as freeze's minimum, so the
 * version-2 models are exactly the version-1 models pruned, and the jackknife taggers that tag the parser's
 * training data stay unpruned, as before.
 */
export const PRUNE = { tagger: 1.8, moves: 4.2, labeler: 5 } as const;

type Log = (msg: string) => void;

function loadClusters(dir: string): ClusterTable {
  return clustersFromModel(readModelFile(join(dir, "clusters.bin")));
}

function fitTagger(
  sentences: readonly ConlluSentence[],
  clusters: ClusterTable,
  log?: Log,
): TaggerModel & { scorer: SparseModel } {
  const { model, trainer } = trainTagger(sentences, {
    epochs: TAGGER_EPOCHS,
    seed: 1,
    clusters,
    ambiguityFolds: TAGGER_AMBIGUITY_FOLDS,
    ambiguityMinCount: TAGGER_AMBIGUITY_MIN_COUNT,
    ...(log
      ? { onEpoch: (e: number, acc: number) => log(`tagger epoch ${e}: ${(100 * acc).toFixed(2)}% on train`) }
      : {}),
  });
  const scorer = trainer.freeze(1e-3, TAGGER_MIN_ROW_WEIGHT);
  return { ...makeTaggerModel(model.tags, scorer, model.ambiguity, model.dictionary, clusters), scorer };
}

export function trainTaggerStep(shared: string, modelDir: string, log: Log): void {
  const train = trainingSentences(shared);
  const clusters = loadClusters(modelDir);
  const lemmas = trainLemmas(train);
  const full = fitTagger(train, clusters, log);
  const scorer = pruneRows(full.scorer, PRUNE.tagger);
  const tagger = { ...full, scorer };
  const path = join(modelDir, "tagger.bin");
  writeModelFile(
    path,
    taggerModelFile(tagger, lemmas, { version: TAGGER_VERSION, sentences: train.length, epochs: TAGGER_EPOCHS }),
  );
  log(`wrote ${path} (${tagger.tags.length} tags, ${tagger.scorer.featureCount} features)`);
}

/** Joint tags of every training sentence, each fold tagged by a tagger that never saw it. */
function jackknifedTags(train: readonly ConlluSentence[], clusters: ClusterTable, log: Log): string[][] {
  const out: string[][] = new Array(train.length);
  for (let f = 0; f < FOLDS; f++) {
    const lo = Math.floor((f * train.length) / FOLDS);
    const hi = Math.floor(((f + 1) * train.length) / FOLDS);
    const tagger = fitTagger([...train.slice(0, lo), ...train.slice(hi)], clusters);
    for (let i = lo; i < hi; i++) {
      const forms = (train[i] as ConlluSentence).words.map((w) => w.form);
      out[i] = Array.from(tagWords(tagger, forms, wordAtoms(forms, clusters)).tags, (t) => tagger.tags[t] as string);
    }
    log(`jackknife fold ${f + 1}/${FOLDS} tagged`);
  }
  return out;
}

export function trainParserStep(shared: string, modelDir: string, log: Log): void {
  const train = trainingSentences(shared);
  const clusters = loadClusters(modelDir);
  const tags = jackknifedTags(train, clusters, log);
  const inputs = train.map((s, i) =>
    parserInput(
      wordAtoms(
        s.words.map((w) => w.form),
        clusters,
      ),
      Int32Array.from(tags[i] as string[], parserTagAtom),
    ),
  );
  const labels = [
    "root",
    ...[...new Set(train.flatMap((s) => s.words.map((w) => w.deprel)))].filter((l) => l !== "root").sort(),
  ];
  const examples = parserExamples(train, inputs, new Map(labels.map((l, i) => [l, i])));
  const { moves, labeler } = trainParser(examples, labels, {
    epochs: PARSER_EPOCHS,
    seed: 1,
    explore: 0.9,
    exploreFrom: 2,
    onEpoch: (e) => log(`parser epoch ${e}`),
  });
  const model = {
    labels,
    moves: pruneRows(moves.freeze(1e-3, PARSER_MIN_ROW_WEIGHT), PRUNE.moves),
    labeler: pruneRows(labeler.freeze(1e-3, PARSER_MIN_ROW_WEIGHT), PRUNE.labeler),
  };
  const path = join(modelDir, "parser.bin");
  writeModelFile(
    path,
    parserModelFile(model, { version: PARSER_VERSION, sentences: train.length, epochs: PARSER_EPOCHS }),
  );
  log(`wrote ${path} (${labels.length} labels, ${model.moves.featureCount} + ${model.labeler.featureCount} features)`);
}
