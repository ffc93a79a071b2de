/**
 * Trains the parser (../parser.ts) with the arc-eager dynamic oracle of Goldberg & Nivre (2012): at every step the
 * cost of each move is the number of gold arcs it makes unreachable; the model is updated towards the best-scoring
 * move of least cost, and from the second epoch on it follows its own (possibly wrong) move nine times in ten, so
 * it learns to continue well after a mistake (error exploration, Goldberg & Nivre 2013). Non-projective gold trees
 * are first made projective by lifting arcs, since arc-eager builds projective trees only.
 */
import type { ConlluSentence } from "../conllu.js";
import {
  bestLabel,
  bestMove,
  labelFeatures,
  MAX_LABEL_FEATURES,
  MAX_MOVE_FEATURES,
  MOVES,
  Move,
  moveFeatures,
  type ParserInput,
  type ParserModel,
  ParseState,
} from "../parser.js";
import { PerceptronTrainer } from "../perceptron.js";
import { seededRandom, shuffle } from "./treebank.js";

export interface ParserExample {
  input: ParserInput;
  /** Gold head per word; n (the sentence length) for the root word. Projective. */
  gold: Int32Array;
  /** Gold label index per word. */
  goldLabel: Int32Array;
}

export interface ParserTrainOptions {
  epochs: number;
  seed: number;
  /** Probability of following the model's own wrong move, from epoch `exploreFrom` on. */
  explore: number;
  exploreFrom: number;
  onEpoch?: (epoch: number, model: ParserModel) => void;
}

/** True when word d lies under h (h is an ancestor of d or d itself). */
function dominates(heads: Int32Array, h: number, d: number, root: number): boolean {
  let x = d;
  for (let guard = 0; guard <= heads.length && x !== root; guard++) {
    if (x === h) return true;
    x = heads[x] as number;
  }
  return x === h;
}

function isProjectiveArc(heads: Int32Array, d: number, root: number): boolean {
  const h = heads[d] as number;
  const [from, to] = h < d ? [h, d] : [d, h];
  for (let k = from + 1; k < to; k++) if (!dominates(heads, h, k, root)) return false;
  return true;
}

/** Lifts non-projective arcs (shortest first) to the grandparent until the tree is projective. */
export function projectivize(heads: Int32Array): Int32Array {
  const out = heads.slice();
  const root = out.length;
  for (let guard = 0; guard < out.length * out.length; guard++) {
    let worst = -1;
    let worstLength = Number.POSITIVE_INFINITY;
    for (let d = 0; d < out.length; d++) {
      const h = out[d] as number;
      if (h === root || isProjectiveArc(out, d, root)) continue;
      const length = Math.abs(h - d);
      if (length < worstLength) {
        worst = d;
        worstLength = length;
      }
    }
    if (worst < 0) break;
    out[worst] = out[out[worst] as number] as number;
  }
  return out;
}

/** Gold arcs a move would make unreachable (see the module comment). */
function moveCosts(st: ParseState, gold: Int32Array, costs: Int32Array): void {
  const { n, b, sp, stack, head } = st;
  const s0 = sp > 0 ? (stack[sp - 1] as number) : -1;
  let pushCost = 0; // of pushing b onto the stack
  if (b < n) {
    for (let k = 0; k < sp; k++) {
      const x = stack[k] as number;
      if (gold[b] === x) pushCost++;
      if (gold[x] === b && head[x] === -1) pushCost++;
    }
  }
  let popCost = 0; // of popping s0
  if (s0 >= 0) {
    for (let k = b; k < n; k++) if (gold[k] === s0) popCost++;
    if (head[s0] === -1 && (gold[s0] as number) >= b) popCost++;
  }
  costs[Move.shift] = pushCost;
  costs[Move.right] = b < n ? pushCost - (gold[b] === s0 ? 1 : 0) + ((gold[b] as number) > b ? 1 : 0) : 0;
  costs[Move.left] = popCost - (s0 >= 0 && gold[s0] === b ? 1 : 0);
  costs[Move.reduce] = popCost;
}

function leastCostMove(st: ParseState, costs: Int32Array, scores: Float32Array): number {
  let best = -1;
  for (let m = 0; m < MOVES; m++) {
    if (!st.valid(m)) continue;
    if (
      best < 0 ||
      (costs[m] as number) < (costs[best] as number) ||
      (costs[m] === costs[best] && (scores[m] as number) > (scores[best] as number))
    )
      best = m;
  }
  return best;
}

export function trainParser(
  examples: ParserExample[],
  labels: readonly string[],
  options: ParserTrainOptions,
): { moves: PerceptronTrainer; labeler: PerceptronTrainer } {
  const moves = new PerceptronTrainer(MOVES);
  const labeler = new PerceptronTrainer(labels.length);
  const model: ParserModel = { labels, moves, labeler };
  const random = seededRandom(options.seed);
  const mf = new Int32Array(MAX_MOVE_FEATURES);
  const lf = new Int32Array(MAX_LABEL_FEATURES);
  const moveScores = new Float32Array(MOVES);
  const labelScores = new Float32Array(labels.length);
  const costs = new Int32Array(MOVES);
  let st = new ParseState();
  const order = examples.slice();
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const explore = epoch >= options.exploreFrom ? options.explore : 0;
    for (const ex of shuffle(order, random)) {
      if (ex.input.count > st.capacity) st = new ParseState(ex.input.count * 2);
      st.reset(ex.input);
      while (!st.done) {
        const nf = moveFeatures(st, mf);
        moveScores.fill(0);
        moves.score(mf, nf, moveScores);
        const predicted = bestMove(st, moveScores);
        moveCosts(st, ex.gold, costs);
        const target = leastCostMove(st, costs, moveScores);
        if ((costs[predicted] as number) > (costs[target] as number)) moves.update(mf, nf, target, predicted);
        moves.tick();
        const next =
          predicted === target || costs[predicted] === costs[target] || random() < explore ? predicted : target;
        let label = 0;
        if (next === Move.left || next === Move.right) {
          const [h, d] = st.arcOf(next);
          const nl = labelFeatures(st, h, d, lf);
          labelScores.fill(0);
          labeler.score(lf, nl, labelScores);
          label = bestLabel(st, labelScores, labels.length, h);
          const goldLabel = ex.goldLabel[d] as number;
          if (ex.gold[d] === h && h !== st.n && goldLabel !== label) labeler.update(lf, nl, goldLabel, label);
          labeler.tick();
        }
        st.apply(next, label);
      }
    }
    options.onEpoch?.(epoch, model);
  }
  return { moves, labeler };
}

/** Builds training examples from sentences, with the tag atoms given per sentence (jackknifed tagger output). */
export function parserExamples(
  sentences: readonly ConlluSentence[],
  inputs: readonly ParserInput[],
  labelIndex: Map<string, number>,
): ParserExample[] {
  return sentences.map((s, i) => {
    const n = s.words.length;
    const heads = Int32Array.from(s.words, (w) => (w.head === 0 ? n : w.head - 1));
    const goldLabel = Int32Array.from(s.words, (w) => labelIndex.get(w.deprel) ?? 1);
    return { input: inputs[i] as ParserInput, gold: projectivize(heads), goldLabel };
  });
}
