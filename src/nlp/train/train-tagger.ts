/**
 * Trains the tagger (see ../tagger.ts): greedy left-to-right decoding with the tags it predicted itself as
 * history, averaged perceptron, sentences reshuffled every epoch with a fixed seed.
 */
import type { ConlluSentence } from "../conllu.js";
import { type ClusterTable, normalizeWord, wordAtoms } from "../lexical.js";
import { argmax, hashString, PerceptronTrainer, type SparseModel } from "../perceptron.js";
import { ambiguityAtoms, MAX_TAGGER_FEATURES, type TaggerModel, taggerFeatures } from "../tagger.js";
import { seededRandom, shuffle } from "./treebank.js";

export interface TaggerTrainOptions {
  epochs: number;
  seed: number;
  clusters?: ClusterTable;
  /**
   * Folds for the ambiguity classes the tagger learns from: each training sentence's words get the classes of the
   * other folds' sentences (0 or 1: of the whole training set, as before).
   */
  ambiguityFolds?: number;
  /** Fewest sightings for a word to get an ambiguity class (default MIN_AMBIGUITY_COUNT). */
  ambiguityMinCount?: number;
  /** Called after each epoch with the (non-averaged) model, e.g. to print dev accuracy. */
  onEpoch?: (epoch: number, trainAccuracy: number, model: TaggerModel, trainer: PerceptronTrainer) => void;
}

export function jointTag(upos: string, xpos: string): string {
  return `${upos} ${xpos}`;
}

/**
 * Words seen fewer times get no ambiguity class: a word seen once always "knows" its tag in training, so the model
 * would lean on that feature and fail on the many words new text brings (this alone is worth 0.7 UPOS on EWT dev).
 * With classes from other folds (`ambiguityFolds`) that leak is gone, and a class from one sighting helps: see
 * `ambiguityMinCount`.
 */
export const MIN_AMBIGUITY_COUNT = 2;

/** word → hash of the sorted set of tags it took in training (rare tags of frequent words left out). */
export function ambiguityClasses(
  sentences: readonly ConlluSentence[],
  minCount = MIN_AMBIGUITY_COUNT,
): Map<number, number> {
  const seen = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    for (const w of s.words) {
      const norm = normalizeWord(w.form);
      const tags = seen.get(norm) ?? new Map<string, number>();
      seen.set(norm, tags);
      tags.set(w.xpos, (tags.get(w.xpos) ?? 0) + 1);
    }
  }
  const out = new Map<number, number>();
  for (const [norm, tags] of seen) {
    let total = 0;
    for (const c of tags.values()) total += c;
    if (total < minCount) continue;
    const kept = [...tags].filter(([, c]) => c / total >= 0.01).map(([t]) => t);
    out.set(hashString(norm), hashString(kept.sort().join("|")));
  }
  return out;
}

interface Example {
  forms: string[];
  gold: Int32Array;
}

export function trainTagger(
  sentences: readonly ConlluSentence[],
  options: TaggerTrainOptions,
): { model: TaggerModel; trainer: PerceptronTrainer } {
  const tagIndex = new Map<string, number>();
  const examples: Example[] = sentences.map((s) => {
    const gold = new Int32Array(s.words.length);
    s.words.forEach((w, i) => {
      const tag = jointTag(w.upos, w.xpos);
      if (!tagIndex.has(tag)) tagIndex.set(tag, tagIndex.size);
      gold[i] = tagIndex.get(tag) as number;
    });
    return { forms: s.words.map((w) => w.form), gold };
  });
  const tags = [...tagIndex.keys()];
  const ambiguity = ambiguityClasses(sentences, options.ambiguityMinCount);
  const trainer = new PerceptronTrainer(tags.length);
  const dictionary = tagDictionary(sentences, tagIndex);
  const model = makeTaggerModel(tags, trainer, ambiguity, dictionary, options.clusters);
  const random = seededRandom(options.seed);
  const features = new Int32Array(MAX_TAGGER_FEATURES);
  const scores = new Float32Array(tags.length);
  const folds = options.ambiguityFolds ?? 0;
  const foldAtoms = folds >= 2 ? foldAmbiguityAtoms(sentences, folds, options.clusters, options.ambiguityMinCount) : [];
  const ambOf = new Map(foldAtoms.map((a, i) => [examples[i] as Example, a]));
  const order = examples.slice();
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const ex of shuffle(order, random)) {
      const atoms = wordAtoms(ex.forms, options.clusters);
      const amb = ambOf.get(ex) ?? ambiguityAtoms(model, atoms);
      let prev1 = -1;
      let prev2 = -1;
      for (let i = 0; i < ex.forms.length; i++) {
        const nf = taggerFeatures(atoms, amb, i, prev1, prev2, features);
        scores.fill(0);
        trainer.score(features, nf, scores);
        const guess = argmax(scores, tags.length);
        const gold = ex.gold[i] as number;
        if (guess !== gold) trainer.update(features, nf, gold, guess);
        else right++;
        total++;
        trainer.tick();
        prev2 = prev1;
        prev1 = guess;
      }
    }
    options.onEpoch?.(epoch, right / total, model, trainer);
  }
  return { model, trainer };
}

/**
 * The ambiguity atoms each training sentence is trained with, when `folds` ≥ 2: a sentence's words get the classes
 * of the other folds' sentences only (contiguous folds), so the model meets in training what it meets in use: words
 * whose class lacks the tag they have here, and rare words with no class at all. Learning from classes that always
 * contain the right tag, the tagger trusted them too much (EWT dev UPOS 95.22 → 95.45 with ten folds).
 */
export function foldAmbiguityAtoms(
  sentences: readonly ConlluSentence[],
  folds: number,
  clusters?: ClusterTable,
  minCount = MIN_AMBIGUITY_COUNT,
): Int32Array[] {
  const out: Int32Array[] = [];
  for (let f = 0; f < folds; f++) {
    const lo = Math.floor((f * sentences.length) / folds);
    const hi = Math.floor(((f + 1) * sentences.length) / folds);
    const ambiguity = ambiguityClasses([...sentences.slice(0, lo), ...sentences.slice(hi)], minCount);
    for (let i = lo; i < hi; i++) {
      const forms = (sentences[i] as ConlluSentence).words.map((w) => w.form);
      out.push(ambiguityAtoms({ ambiguity }, wordAtoms(forms, clusters)));
    }
  }
  return out;
}

export function makeTaggerModel(
  tags: readonly string[],
  scorer: PerceptronTrainer | SparseModel,
  ambiguity: Map<number, number>,
  dictionary: Map<number, number>,
  clusters?: ClusterTable,
): TaggerModel {
  return {
    ...(clusters ? { clusters } : {}),
    tags,
    upos: tags.map((t) => t.split(" ")[0] as string),
    xpos: tags.map((t) => t.split(" ")[1] as string),
    scorer,
    ambiguity,
    dictionary,
  };
}

/** A word enters the tag dictionary when seen this often in training… */
const DICTIONARY_MIN_COUNT = 20;
/** …with one tag at least this share of the time. */
const DICTIONARY_MIN_SHARE = 0.995;

/**
 * Words that (nearly) always take one tag — "the", ",", "said" — are tagged by lookup instead of by the model: a
 * third or more of running text, at no cost in accuracy (measured on the dev files, docs/syntax.md).
 */
export function tagDictionary(
  sentences: readonly ConlluSentence[],
  tagIndex: Map<string, number>,
): Map<number, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sentences) {
    for (const w of s.words) {
      const norm = normalizeWord(w.form);
      const byTag = counts.get(norm) ?? new Map<number, number>();
      counts.set(norm, byTag);
      const tag = tagIndex.get(jointTag(w.upos, w.xpos)) as number;
      byTag.set(tag, (byTag.get(tag) ?? 0) + 1);
    }
  }
  const out = new Map<number, number>();
  for (const [norm, byTag] of counts) {
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (const [tag, c] of byTag) {
      total += c;
      if (c > bestCount) {
        best = tag;
        bestCount = c;
      }
    }
    if (total >= DICTIONARY_MIN_COUNT && bestCount / total >= DICTIONARY_MIN_SHARE) out.set(hashString(norm), best);
  }
  return out;
}
