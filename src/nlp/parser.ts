/**
 * Labeled dependency parser: the arc-eager transition system (Nivre 2003) with the root at the end of the buffer
 * (Ballesteros & Nivre 2013), greedy decoding, and two averaged perceptrons — one chooses the move
 * (SHIFT, LEFT, RIGHT, REDUCE) from the rich feature set of Zhang & Nivre (2011), the other labels each arc the
 * moment it is made. Trained with a dynamic oracle and error exploration (Goldberg & Nivre 2012, 2013), see
 * train/train-parser.ts. Why this design: it is linear in sentence length, needs no matrix arithmetic (so it runs
 * at hundreds of thousands of words per second in plain JavaScript) and, trained this way, is within a few
 * points of neural parsers of the same data. docs/syntax.md has the measurements.
 */

import { type ModelFile, type NumericArray, requireArray } from "./model-file.js";
import {
  ARC_LABEL_TEMPLATES,
  arcLabelWords,
  headOrNone,
  MoveRoleSums,
  moveRoleSums,
  ROLE_TEMPLATES,
  ROLES,
  roleFeatures,
  roleWords,
} from "./move-sums.js";
import { hashFeature, hashString, type Scorer, SparseModel, sparseArrays, sparseFromArrays } from "./perceptron.js";
import { SumRows } from "./sum-rows.js";

export const Move = { shift: 0, left: 1, right: 2, reduce: 3 } as const;
export const MOVES = 4;

export interface ParserModel {
  /** Dependency relations; index 0 is "root". */
  readonly labels: readonly string[];
  readonly moves: Scorer;
  readonly labeler: Scorer;
}

export const MAX_MOVE_FEATURES = 96;
export const MAX_LABEL_FEATURES = 40;

const NONE_W = hashString("<none-w>");
const NONE_P = hashString("<none-p>");
const ROOT_W = hashString("<root-w>");
const ROOT_P = hashString("<root-p>");

/** What the parser reads of each word: hashed atoms, one per word (the tagger's output decides the tag atom). */
export interface ParserInput {
  readonly count: number;
  /** Normalized-word atoms. */
  readonly word: Int32Array;
  /** Tag atoms (hash of the XPOS tag). */
  readonly tag: Int32Array;
  /** Word-cluster atoms (0 when unknown). */
  readonly cluster: Int32Array;
}

/**
 * A parse in progress. Positions 0..n-1 are words, n is the root (last in the buffer) and n+1 a sentinel that
 * stands for "no such word" in every feature, so feature extraction needs no branches.
 */
export class ParseState {
  n = 0;
  /** Stack of word indices; `sp` items. */
  stack: Int32Array;
  sp = 0;
  /** Front of the buffer (n = the root). */
  b = 0;
  head: Int32Array;
  /** Label index + 1 of each word's arc (0 = none yet). */
  label: Int32Array;
  leftmost: Int32Array;
  leftmost2: Int32Array;
  rightmost: Int32Array;
  rightmost2: Int32Array;
  leftCount: Int32Array;
  rightCount: Int32Array;
  /** Bit sets of the labels of left / right dependents (labels < 32 low word, the rest high word). */
  leftLabelsLo: Int32Array;
  leftLabelsHi: Int32Array;
  rightLabelsLo: Int32Array;
  rightLabelsHi: Int32Array;
  W: Int32Array;
  P: Int32Array;
  C: Int32Array;
  WP: Int32Array;

  constructor(capacity = 256) {
    const size = capacity + 2;
    this.stack = new Int32Array(size);
    this.head = new Int32Array(size);
    this.label = new Int32Array(size);
    this.leftmost = new Int32Array(size);
    this.leftmost2 = new Int32Array(size);
    this.rightmost = new Int32Array(size);
    this.rightmost2 = new Int32Array(size);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
    this.leftLabelsLo = new Int32Array(size);
    this.leftLabelsHi = new Int32Array(size);
    this.rightLabelsLo = new Int32Array(size);
    this.rightLabelsHi = new Int32Array(size);
    this.W = new Int32Array(size);
    this.P = new Int32Array(size);
    this.C = new Int32Array(size);
    this.WP = new Int32Array(size);
  }

  get capacity(): number {
    return this.stack.length - 2;
  }

  reset(input: ParserInput): void {
    const n = input.count;
    this.n = n;
    this.sp = 0;
    this.b = 0;
    const none = n + 1;
    for (let i = 0; i <= none; i++) {
      this.head[i] = -1;
      this.label[i] = 0;
      this.leftmost[i] = none;
      this.leftmost2[i] = none;
      this.rightmost[i] = none;
      this.rightmost2[i] = none;
      this.leftCount[i] = 0;
      this.rightCount[i] = 0;
      this.leftLabelsLo[i] = 0;
      this.leftLabelsHi[i] = 0;
      this.rightLabelsLo[i] = 0;
      this.rightLabelsHi[i] = 0;
    }
    for (let i = 0; i < n; i++) {
      this.W[i] = input.word[i] as number;
      this.P[i] = input.tag[i] as number;
      this.C[i] = input.cluster[i] as number;
    }
    this.W[n] = ROOT_W;
    this.P[n] = ROOT_P;
    this.C[n] = ROOT_P;
    this.W[none] = NONE_W;
    this.P[none] = NONE_P;
    this.C[none] = NONE_P;
    for (let i = 0; i <= none; i++) this.WP[i] = hashFeature(0, this.W[i] as number, this.P[i] as number);
  }

  get done(): boolean {
    return this.b >= this.n && this.sp === 0;
  }

  /** Stack item `k` from the top (0 = top), or the sentinel. */
  s(k: number): number {
    return k < this.sp ? (this.stack[this.sp - 1 - k] as number) : this.n + 1;
  }

  /** Buffer item `k` from the front (the root counts), or the sentinel. */
  buf(k: number): number {
    const i = this.b + k;
    return i <= this.n ? i : this.n + 1;
  }

  canShift(): boolean {
    return this.b < this.n;
  }
  canRight(): boolean {
    return this.sp > 0 && this.b < this.n;
  }
  canLeft(): boolean {
    return this.sp > 0 && this.head[this.stack[this.sp - 1] as number] === -1;
  }
  canReduce(): boolean {
    return this.sp > 0 && this.head[this.stack[this.sp - 1] as number] !== -1;
  }

  valid(move: number): boolean {
    switch (move) {
      case Move.shift:
        return this.canShift();
      case Move.left:
        return this.canLeft();
      case Move.right:
        return this.canRight();
      default:
        return this.canReduce();
    }
  }

  /** Adds the arc h → d with label index `label`. */
  attach(h: number, d: number, label: number): void {
    this.head[d] = h;
    this.label[d] = label + 1;
    const none = this.n + 1;
    if (d < h) {
      if (this.leftmost[h] === none || d < (this.leftmost[h] as number)) {
        this.leftmost2[h] = this.leftmost[h] as number;
        this.leftmost[h] = d;
      } else if (this.leftmost2[h] === none || d < (this.leftmost2[h] as number)) this.leftmost2[h] = d;
      this.leftCount[h] = (this.leftCount[h] as number) + 1;
      if (label < 31) this.leftLabelsLo[h] = (this.leftLabelsLo[h] as number) | (1 << label);
      else this.leftLabelsHi[h] = (this.leftLabelsHi[h] as number) | (1 << (label - 31));
    } else {
      if (this.rightmost[h] === none || d > (this.rightmost[h] as number)) {
        this.rightmost2[h] = this.rightmost[h] as number;
        this.rightmost[h] = d;
      } else if (this.rightmost2[h] === none || d > (this.rightmost2[h] as number)) this.rightmost2[h] = d;
      this.rightCount[h] = (this.rightCount[h] as number) + 1;
      if (label < 31) this.rightLabelsLo[h] = (this.rightLabelsLo[h] as number) | (1 << label);
      else this.rightLabelsHi[h] = (this.rightLabelsHi[h] as number) | (1 << (label - 31));
    }
  }

  /** The arc a LEFT or RIGHT move would make: [head, dependent]. */
  arcOf(move: number): [number, number] {
    const s0 = this.stack[this.sp - 1] as number;
    return move === Move.left ? [this.b, s0] : [s0, this.b];
  }

  /** Applies a move; for LEFT and RIGHT the arc gets label index `label`. */
  apply(move: number, label: number): void {
    const s0 = this.stack[this.sp - 1] as number;
    switch (move) {
      case Move.shift:
        this.stack[this.sp++] = this.b++;
        break;
      case Move.left:
        this.attach(this.b, s0, label);
        this.sp--;
        break;
      case Move.right:
        this.attach(s0, this.b, label);
        this.stack[this.sp++] = this.b++;
        break;
      default:
        this.sp--;
    }
  }
}

function distanceBucket(a: number, b: number): number {
  const d = b - a;
  return d < 5 ? d : d < 7 ? 5 : d < 10 ? 6 : d < 15 ? 7 : 8;
}

function capped(v: number): number {
  return Math.min(v, 4);
}

const roleScratch = new Int32Array(ROLES);
const groupedScratch = new Int32Array(MAX_MOVE_FEATURES);

/**
 * Fills `out` with the move features of the state in the order of their template ids (1–87); returns how many.
 * The templates of Zhang & Nivre (2011). Training uses this order: a feature's hash includes its template id, so
 * any order scores the same, but the trainer's key table, and so the order of the features in the saved model
 * file, follows the order in which features are first seen; the committed parser-2 was trained with this order
 * (docs/syntax.md, "Sixth stop"). Decoding uses the grouped order of `groupedMoveFeatures`.
 */
export function moveFeatures(st: ParseState, out: Int32Array): number {
  const n = groupedMoveFeatures(st, groupedScratch);
  for (let j = 0; j < n; j++) out[(GROUPED_TEMPLATE_IDS[j] as number) - 1] = groupedScratch[j] as number;
  return n;
}

/** The move features grouped as the decoder's role-sum cache needs them: single-word role features first. */
export function groupedMoveFeatures(st: ParseState, out: Int32Array): number {
  const roles = roleScratch;
  roleWords(st, roles);
  let k = 0;
  for (let r = 0; r < ROLES; r++) k = roleFeatures(st, r, roles[r] as number, out, k);
  return stateFeatures(st, out, k);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Template id of each position of `groupedMoveFeatures`' output: the role templates (move-sums.ts), then those of
 * wordTagFeatures, structureFeatures and clusterFeatures below. Every template adds exactly one feature.
 */
export const GROUPED_TEMPLATE_IDS: readonly number[] = [
  ...ROLE_TEMPLATES.flatMap((ids) => ids.filter((id) => id !== 0)),
  ...range(13, 32),
  ...range(33, 38),
  ...[41, 44, 47, 50, 53, 56, 59, 62],
  ...range(63, 72),
  ...[75, 76, 77],
  ...range(81, 87),
];

/**
 * The move features that read more than one word, or a word with its place in the tree (labels, valency,
 * distance): everything but the single-word role features of move-sums.ts, which the parser adds from a cache.
 */
export function stateFeatures(st: ParseState, out: Int32Array, k: number): number {
  k = wordTagFeatures(st, out, k);
  k = structureFeatures(st, out, k);
  return clusterFeatures(st, out, k);
}

/** Words and tags of s0, n0, n1, n2, their pairs and triples, and the s0–n0 distance (templates 1–32). */
function wordTagFeatures(st: ParseState, out: Int32Array, k: number): number {
  const { W, P, WP } = st;
  const none = st.n + 1;
  const s0 = st.s(0);
  const n0 = st.buf(0);
  const n1 = st.buf(1);
  const n2 = st.buf(2);
  const s0h = headOrNone(st, s0);
  const s0l = st.leftmost[s0] as number;
  const s0r = st.rightmost[s0] as number;
  const n0l = st.leftmost[n0] as number;
  const dist = s0 === none || n0 === none ? 0 : 1 + distanceBucket(s0, n0);
  const s0w = W[s0] as number;
  const s0p = P[s0] as number;
  const n0w = W[n0] as number;
  const n0p = P[n0] as number;
  const n1p = P[n1] as number;
  const s0wp = WP[s0] as number;
  const n0wp = WP[n0] as number;
  out[k++] = hashFeature(13, s0wp, n0wp);
  out[k++] = hashFeature(14, s0wp, n0w);
  out[k++] = hashFeature(15, s0w, n0wp);
  out[k++] = hashFeature(16, s0wp, n0p);
  out[k++] = hashFeature(17, s0p, n0wp);
  out[k++] = hashFeature(18, s0w, n0w);
  out[k++] = hashFeature(19, s0p, n0p);
  out[k++] = hashFeature(20, n0p, n1p);
  out[k++] = hashFeature(21, n0p, n1p, P[n2] as number);
  out[k++] = hashFeature(22, s0p, n0p, n1p);
  out[k++] = hashFeature(23, P[s0h] as number, s0p, n0p);
  out[k++] = hashFeature(24, s0p, P[s0l] as number, n0p);
  out[k++] = hashFeature(25, s0p, P[s0r] as number, n0p);
  out[k++] = hashFeature(26, s0p, n0p, P[n0l] as number);
  out[k++] = hashFeature(27, s0w, dist);
  out[k++] = hashFeature(28, s0p, dist);
  out[k++] = hashFeature(29, n0w, dist);
  out[k++] = hashFeature(30, n0p, dist);
  out[k++] = hashFeature(31, s0w, n0w, dist);
  out[k++] = hashFeature(32, s0p, n0p, dist);
  return k;
}

/** Valency, heads, children and their labels, label sets, and s1 (templates 33–77). */
function structureFeatures(st: ParseState, out: Int32Array, k: number): number {
  k = valencyFeatures(st, out, k);
  k = arcLabelFeatures(st, out, k);
  return treeFeatures(st, out, k);
}

/**
 * The valency of s0 (right and left) and n0 (left) with the word and with the tag (templates 33–38). Each reads
 * one word and a count of 0–4, so the decoder takes their sums from the per-word rows of move-sums.ts.
 */
export function valencyFeatures(st: ParseState, out: Int32Array, k: number): number {
  const { W, P } = st;
  const s0 = st.s(0);
  const n0 = st.buf(0);
  const s0vr = capped(st.rightCount[s0] as number);
  const s0vl = capped(st.leftCount[s0] as number);
  const n0vl = capped(st.leftCount[n0] as number);
  out[k++] = hashFeature(33, W[s0] as number, s0vr);
  out[k++] = hashFeature(34, P[s0] as number, s0vr);
  out[k++] = hashFeature(35, W[s0] as number, s0vl);
  out[k++] = hashFeature(36, P[s0] as number, s0vl);
  out[k++] = hashFeature(37, W[n0] as number, n0vl);
  out[k++] = hashFeature(38, P[n0] as number, n0vl);
  return k;
}

/**
 * The arc labels of s0, its head, its outermost children and n0's leftmost children, alone (templates 41–62).
 * Each reads one label index, so the decoder takes their sums from a small table (move-sums.ts).
 */
function arcLabelFeatures(st: ParseState, out: Int32Array, k: number): number {
  const words = arcLabelWords(st, arcLabelScratch);
  for (let j = 0; j < ARC_LABEL_TEMPLATES.length; j++) {
    out[k++] = hashFeature(ARC_LABEL_TEMPLATES[j] as number, st.label[words[j] as number] as number);
  }
  return k;
}

const arcLabelScratch = new Int32Array(ARC_LABEL_TEMPLATES.length);

/** Tags of heads and children, label sets, and s1 (templates 63–77). */
function treeFeatures(st: ParseState, out: Int32Array, k: number): number {
  const { W, P, label: L } = st;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const n0 = st.buf(0);
  const s0h = headOrNone(st, s0);
  const s0h2 = headOrNone(st, s0h);
  const s0l = st.leftmost[s0] as number;
  const s0l2 = st.leftmost2[s0] as number;
  const s0r = st.rightmost[s0] as number;
  const s0r2 = st.rightmost2[s0] as number;
  const n0l = st.leftmost[n0] as number;
  const n0l2 = st.leftmost2[n0] as number;
  const s0w = W[s0] as number;
  const s0p = P[s0] as number;
  const n0w = W[n0] as number;
  const n0p = P[n0] as number;
  out[k++] = hashFeature(63, s0p, P[s0l] as number, P[s0l2] as number);
  out[k++] = hashFeature(64, s0p, P[s0r] as number, P[s0r2] as number);
  out[k++] = hashFeature(65, s0p, P[s0h] as number, P[s0h2] as number);
  out[k++] = hashFeature(66, n0p, P[n0l] as number, P[n0l2] as number);
  const s0sr = hashFeature(0, st.rightLabelsLo[s0] as number, st.rightLabelsHi[s0] as number);
  const s0sl = hashFeature(0, st.leftLabelsLo[s0] as number, st.leftLabelsHi[s0] as number);
  const n0sl = hashFeature(0, st.leftLabelsLo[n0] as number, st.leftLabelsHi[n0] as number);
  out[k++] = hashFeature(67, s0w, s0sr);
  out[k++] = hashFeature(68, s0p, s0sr);
  out[k++] = hashFeature(69, s0w, s0sl);
  out[k++] = hashFeature(70, s0p, s0sl);
  out[k++] = hashFeature(71, n0w, n0sl);
  out[k++] = hashFeature(72, n0p, n0sl);
  out[k++] = hashFeature(75, P[s1] as number, s0p, n0p);
  out[k++] = hashFeature(76, L[s0] === 0 ? 0 : 1, s0p, n0p);
  out[k++] = hashFeature(77, L[s1] as number, P[s1] as number, s0p);
  return k;
}

/**
 * The state features the decoder scores one by one: `stateFeatures` without the valency and arc-label features,
 * whose sums the role-sum cache adds (move-sums.ts).
 */
export function uncachedStateFeatures(st: ParseState, out: Int32Array, k: number): number {
  k = wordTagFeatures(st, out, k);
  k = treeFeatures(st, out, k);
  return clusterFeatures(st, out, k);
}

/** Word clusters of s0, n0, n1 and their pairs with words and tags, and the stack depth (templates 78–87). */
function clusterFeatures(st: ParseState, out: Int32Array, k: number): number {
  const { W, P, C } = st;
  const s0 = st.s(0);
  const n0 = st.buf(0);
  const n1 = st.buf(1);
  const s0w = W[s0] as number;
  const s0p = P[s0] as number;
  const n0w = W[n0] as number;
  const n0p = P[n0] as number;
  out[k++] = hashFeature(81, C[s0] as number, C[n0] as number);
  out[k++] = hashFeature(82, C[s0] as number, n0p);
  out[k++] = hashFeature(83, s0p, C[n0] as number);
  out[k++] = hashFeature(84, C[s0] as number, n0w);
  out[k++] = hashFeature(85, s0w, C[n0] as number);
  out[k++] = hashFeature(86, n0p, C[n1] as number);
  out[k++] = hashFeature(87, Math.min(st.sp, 4), n0p);
  return k;
}

/** Fills `out` with the features for labeling the arc h → d; returns how many. */
export function labelFeatures(st: ParseState, h: number, d: number, out: Int32Array): number {
  const hp = st.P[h] as number;
  const dp = st.P[d] as number;
  const dir = d < h ? 1 : 2;
  out[0] = hashFeature(101, dir);
  out[1] = hashFeature(102, hp, dir);
  out[2] = hashFeature(103, dp, dir);
  out[3] = hashFeature(104, hp, dp, dir);
  let k = uncachedLabelFeatures(st, h, d, out, 4);
  out[k++] = hashFeature(129, h === st.n ? 1 : 0, dp);
  return k;
}

/**
 * The label features the decoder scores one by one: `labelFeatures` without those whose sums `tagPairSums`
 * caches (templates 101–104 and 129), written from `out[from]` on. The decoder calls it only for arcs whose head
 * is a word (the root's arcs are not scored); `labelFeatures` wraps it for every arc, so training and decoding read
 * one list of templates.
 */
export function uncachedLabelFeatures(st: ParseState, h: number, d: number, out: Int32Array, from = 0): number {
  const { W, P, C, WP, label: L } = st;
  const none = st.n + 1;
  const dir = d < h ? 1 : 2;
  const dist = dir === 1 ? distanceBucket(d, h) : distanceBucket(h, d);
  const hp = P[h] as number;
  const dp = P[d] as number;
  const hw = W[h] as number;
  const dw = W[d] as number;
  const hh = h >= st.n || st.head[h] === -1 ? none : (st.head[h] as number);
  const dl = st.leftmost[d] as number;
  const dr = st.rightmost[d] as number;
  const prev = d > 0 ? d - 1 : none;
  // the label set of the head's dependents on the dependent's side
  const side =
    dir === 1
      ? hashFeature(0, st.leftLabelsLo[h] as number, st.leftLabelsHi[h] as number)
      : hashFeature(0, st.rightLabelsLo[h] as number, st.rightLabelsHi[h] as number);
  let k = from;
  out[k++] = hashFeature(105, hw, dp, dir);
  out[k++] = hashFeature(106, hp, dw, dir);
  out[k++] = hashFeature(107, hw, dw, dir);
  out[k++] = hashFeature(108, WP[d] as number, dir);
  out[k++] = hashFeature(109, WP[h] as number, dir);
  out[k++] = hashFeature(110, hp, dp, dist * 4 + dir);
  out[k++] = hashFeature(111, dw);
  out[k++] = hashFeature(112, hw);
  out[k++] = hashFeature(113, P[hh] as number, hp, dp);
  out[k++] = hashFeature(114, L[h] as number, hp, dp);
  out[k++] = hashFeature(115, P[dl] as number, L[dl] as number, dp);
  out[k++] = hashFeature(116, P[dr] as number, L[dr] as number, dp);
  out[k++] = hashFeature(117, W[dl] as number, dp);
  out[k++] = hashFeature(118, W[dr] as number, dp);
  out[k++] = hashFeature(119, P[prev] as number, dp, dir);
  out[k++] = hashFeature(120, P[d + 1 < st.n ? d + 1 : none] as number, dp, dir);
  out[k++] = hashFeature(121, side, hp, dir);
  out[k++] = hashFeature(122, side, dp, dir);
  out[k++] = hashFeature(123, C[d] as number, hp, dir);
  out[k++] = hashFeature(124, C[h] as number, dp, dir);
  out[k++] = hashFeature(125, C[d] as number, C[h] as number, dir);
  out[k++] = hashFeature(126, W[dl] as number, W[d] as number, hp);
  out[k++] = hashFeature(127, st.leftCount[d] as number, st.rightCount[d] as number, dp);
  out[k++] = hashFeature(128, hp, dp, W[prev] as number);
  return k;
}

/** Label templates 101–104 and 129 (for a word head), from atoms [head tag, dependent tag, direction]. */
function tagPairLabelFeatures(atoms: Int32Array, out: Int32Array): number {
  const hp = atoms[0] as number;
  const dp = atoms[1] as number;
  const dir = atoms[2] as number;
  out[0] = hashFeature(101, dir);
  out[1] = hashFeature(102, hp, dir);
  out[2] = hashFeature(103, dp, dir);
  out[3] = hashFeature(104, hp, dp, dir);
  out[4] = hashFeature(129, 0, dp);
  return 5;
}

/**
 * The label features that read only the two tags and the direction (templates 101–104 and 129: 5 of 29, but a
 * third of the ~500 class weights an arc's features add up), summed per (head tag, dependent tag, direction)
 * (sum-rows.ts; ~1,200 distinct tuples in 300 articles, 98 % of arcs find theirs).
 */
const tagPairCaches = new WeakMap<SparseModel, SumRows>();

function tagPairSums(model: SparseModel): SumRows {
  let rows = tagPairCaches.get(model);
  if (!rows) {
    rows = new SumRows(model, 3, tagPairLabelFeatures);
    tagPairCaches.set(model, rows);
  }
  return rows;
}

/**
 * The best label of the arc h → d (h a word). For a frozen model the integer sums decide, as `bestLabel` would on
 * their scores: a score is `sums[c] · stepSize` rounded to 32 bits, which keeps the order of the sums and, for
 * sums under 2^23 in magnitude (29 features of at most 2^15 each: under 2^20), sets no two different sums equal,
 * so the same label wins, ties included (the first one).
 */
function labelArc(labeler: Scorer, st: ParseState, h: number, d: number, ws: ParserWorkspace, labels: number): number {
  if (!(labeler instanceof SparseModel)) return bestLabel(st, scoreLabels(labeler, st, h, d, ws), labels, h);
  const sums = labelSums(labeler, st, h, d, ws.labelFeatures, ws.labelSums);
  let best = 1;
  for (let c = 2; c < labels; c++) if ((sums[c] as number) > (sums[best] as number)) best = c;
  return best;
}

/** Sets and returns `ws.labelScores` for the arc h → d (h a word): with `tagPairSums` when the model allows. */
function scoreLabels(labeler: Scorer, st: ParseState, h: number, d: number, ws: ParserWorkspace): Float32Array {
  const scores = ws.labelScores;
  if (!(labeler instanceof SparseModel)) {
    scores.fill(0);
    labeler.score(ws.labelFeatures, labelFeatures(st, h, d, ws.labelFeatures), scores);
    return scores;
  }
  const sums = labelSums(labeler, st, h, d, ws.labelFeatures, ws.labelSums);
  const step = labeler.stepSize;
  for (let c = 0; c < sums.length; c++) scores[c] = (sums[c] as number) * step;
  return scores;
}

/**
 * Sets `sums` to the integer weight sums of the label features of the arc h → d (h a word, not the root): the
 * cached tag-pair sums plus the other features; exactly `labeler.accumulate` over `labelFeatures`.
 */
export function labelSums(
  labeler: SparseModel,
  st: ParseState,
  h: number,
  d: number,
  features: Int32Array,
  sums: Int32Array,
): Int32Array {
  const pair = tagPairSums(labeler);
  pair.atoms[0] = st.P[h] as number;
  pair.atoms[1] = st.P[d] as number;
  pair.atoms[2] = d < h ? 1 : 2;
  sums.set(pair.row().subarray(0, sums.length));
  labeler.accumulate(features, uncachedLabelFeatures(st, h, d, features), sums);
  return sums;
}

/** Reusable buffers for parsing many sentences. */
export class ParserWorkspace {
  state = new ParseState();
  moveFeatures = new Int32Array(MAX_MOVE_FEATURES);
  labelFeatures = new Int32Array(MAX_LABEL_FEATURES);
  moveScores = new Float32Array(MOVES);
  /** Integer move sums of the role-sum cache path (see move-sums.ts). */
  moveSums = new Int32Array(MOVES);
  labelScores: Float32Array;
  /** Integer label sums of the cached path (`scoreLabels`). */
  labelSums: Int32Array;
  constructor(labels: number) {
    this.labelScores = new Float32Array(labels);
    this.labelSums = new Int32Array(labels);
  }
  ensure(n: number): ParseState {
    if (n > this.state.capacity) this.state = new ParseState(Math.max(n, this.state.capacity * 2));
    return this.state;
  }
}

/**
 * The one valid move when there is only one, else -1: SHIFT on an empty stack, and LEFT or REDUCE once only the
 * root is left in the buffer (one move in ten). `bestMove` would pick it whatever the scores, so they are not
 * computed.
 */
export function forcedMove(st: ParseState): number {
  if (st.sp === 0) return Move.shift;
  if (st.b < st.n) return -1;
  return st.canLeft() ? Move.left : Move.reduce;
}

/** The best valid move by the model's scores. */
export function bestMove(st: ParseState, scores: Float32Array): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let m = 0; m < MOVES; m++) {
    if (!st.valid(m)) continue;
    const s = scores[m] as number;
    if (s > bestScore) {
      bestScore = s;
      best = m;
    }
  }
  return best;
}

/** The best label for the arc h → d: "root" (index 0) exactly when h is the root. */
export function bestLabel(st: ParseState, scores: Float32Array, labels: number, h: number): number {
  if (h === st.n) return 0;
  let best = 1;
  for (let c = 2; c < labels; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
  return best;
}

export interface Parse {
  /** Head of each word (index into the sentence), -1 for the root word. */
  readonly head: Int32Array;
  /** Label index of each word's arc. */
  readonly label: Int32Array;
}

/** Parses one sentence. */
export function parseSentence(model: ParserModel, input: ParserInput, ws: ParserWorkspace): Parse {
  const st = ws.ensure(input.count);
  st.reset(input);
  const nLabels = model.labels.length;
  const cached =
    model.moves instanceof SparseModel && MoveRoleSums.covers(nLabels) ? moveRoleSums(model.moves) : undefined;
  cached?.prepare(st);
  const relcl = model.labels.indexOf("acl:relcl") + 1;
  const acl = model.labels.indexOf("acl") + 1;
  while (!st.done) {
    let move: number = Move.reduce;
    if (!closesRelativeClause(st, relcl, acl)) {
      move = forcedMove(st);
      if (move < 0) {
        scoreMoves(model.moves, cached, st, ws);
        move = bestMove(st, ws.moveScores);
      }
    }
    let label = 0;
    if (move === Move.left || move === Move.right) {
      const s0 = st.stack[st.sp - 1] as number;
      const h = move === Move.left ? st.b : s0;
      const d = move === Move.left ? s0 : st.b;
      // an arc from the root is always "root" (bestLabel), so its labels are not scored
      if (h !== st.n) label = labelArc(model.labeler, st, h, d, ws, nLabels);
    }
    st.apply(move, label);
  }
  return finishParse(st, Math.max(1, model.labels.indexOf("parataxis")));
}

const COMMA_W = hashString(",");
const FINITE_TAGS = new Set(
  ["VERB VBD", "VERB VBZ", "VERB VBP", "AUX VBD", "AUX VBZ", "AUX VBP", "AUX MD"].map((t) => hashString(t)),
);

/**
 * Whether the words on the stack above the nearest headless word form a finished relative clause of that word
 * and the next word is a finite verb after a comma: "Smith , who visited Kabul last week , told reporters …" at
 * "told". Then the clause is complete (a non-restrictive relative clause ends at its closing comma) and the
 * parser must reduce down to "Smith", which still waits for its verb. Greedy decoding otherwise often makes
 * "told" a conjunct of "visited", leaving "Smith" or "visited" the root (7 of 14 invented sentences wrong,
 * syntax.test.ts). `relcl` is the label index + 1 of acl:relcl, as ParseState.label stores it.
 */
export function closesRelativeClause(st: ParseState, relcl: number, acl: number): boolean {
  const b = st.b;
  if (relcl <= 0 || st.sp < 2 || b >= st.n || b === 0) return false;
  if (st.W[b - 1] !== COMMA_W || !FINITE_TAGS.has(st.P[b] as number)) return false;
  let above = -1;
  for (let k = st.sp - 1; k >= 0; k--) {
    const x = st.stack[k] as number;
    if (st.head[x] !== -1) {
      above = x;
      continue;
    }
    const l = above >= 0 ? (st.label[above] as number) : 0;
    return (l === relcl || l === acl) && st.head[above] === x;
  }
  return false;
}

/** Sets `ws.moveScores`: from the role-sum cache plus the state features when the model allows, else directly. */
function scoreMoves(moves: Scorer, cached: MoveRoleSums | undefined, st: ParseState, ws: ParserWorkspace): void {
  if (!cached || !(moves instanceof SparseModel)) {
    ws.moveScores.fill(0);
    moves.score(ws.moveFeatures, groupedMoveFeatures(st, ws.moveFeatures), ws.moveScores);
    return;
  }
  cached.add(st, ws.moveSums);
  moves.accumulate(ws.moveFeatures, uncachedStateFeatures(st, ws.moveFeatures, 0), ws.moveSums);
  const step = moves.stepSize;
  for (let m = 0; m < MOVES; m++) ws.moveScores[m] = (ws.moveSums[m] as number) * step;
}

/**
 * Reads the tree off a finished state. Words left without a head (possible only if the model stopped early)
 * and every root word after the first are attached to the first root word, so the result is always one tree.
 */
export function finishParse(st: ParseState, fallbackLabel: number): Parse {
  const n = st.n;
  const head = new Int32Array(n);
  const label = new Int32Array(n);
  let root = -1;
  for (let i = 0; i < n; i++) {
    if (st.head[i] === n && root < 0) root = i;
  }
  if (root < 0) root = 0;
  for (let i = 0; i < n; i++) {
    const h = st.head[i] as number;
    if (i === root) {
      head[i] = -1;
      label[i] = 0;
    } else if (h === -1 || h === n) {
      head[i] = root;
      label[i] = fallbackLabel;
    } else {
      head[i] = h;
      label[i] = (st.label[i] as number) - 1;
    }
  }
  return { head, label };
}

/** The parser's arrays and metadata for a model file. */
export function parserModelFile(
  model: ParserModel & { moves: SparseModel; labeler: SparseModel },
  meta: Record<string, unknown>,
): ModelFile {
  return {
    meta: { ...meta, kind: "parser", labels: model.labels },
    arrays: new Map<string, NumericArray>([
      ...sparseArrays("moves", model.moves),
      ...sparseArrays("labeler", model.labeler),
    ]),
  };
}

export function parserFromModelFile(file: ModelFile): ParserModel {
  const labels = file.meta.labels as string[];
  const get = <T extends NumericArray>(name: string, kind: new (...args: never[]) => T) =>
    requireArray(file, name, kind);
  return {
    labels,
    moves: sparseFromArrays(MOVES, get, "moves"),
    labeler: sparseFromArrays(labels.length, get, "labeler"),
  };
}
