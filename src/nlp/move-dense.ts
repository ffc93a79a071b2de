/**
 * The parser's move templates whose atoms come from small sets — tags, labels, valency, distance, stack depth —
 * are looked up in dense tables indexed by those small numbers instead of being hashed and found in the move
 * model's hash table: 18 of the 54 features the role sums (move-sums.ts) leave to every move. A tag atom is a
 * hash, so each sentence's tags are first numbered (at most TAG_IDS different atoms; past that the parser falls
 * back to hashing). A table entry holds the feature's own integer weights, read from the model the first time the
 * entry is used, so the sums and hence the moves are exactly those of scoring every feature (parser.test.ts).
 */

import { headOrNone } from "./move-sums.js";
import type { ParseState } from "./parser.js";
import { hashFeature, type SparseModel } from "./perceptron.js";

const MOVE_CLASSES = 4;
/** Tag atoms numbered per process (the parser's tags plus the root and the sentinel: ~110 in practice). */
const TAG_IDS = 128;
/** Labels are stored + 1 in ParseState.label (0 = none). */
const LABEL_IDS = 64;
const DISTANCES = 10;
const VALENCIES = 5;
const DEPTHS = 5;
const PAIR = TAG_IDS * TAG_IDS;

/** The dense templates (ids as in parser.ts) and the number of entries of each. */
const DENSE_TEMPLATES: readonly (readonly [number, number])[] = [
  [19, PAIR], // s0 tag, n0 tag
  [20, PAIR], // n0 tag, n1 tag
  [28, TAG_IDS * DISTANCES], // s0 tag, distance
  [30, TAG_IDS * DISTANCES], // n0 tag, distance
  [32, PAIR * DISTANCES], // s0 tag, n0 tag, distance
  [34, TAG_IDS * VALENCIES], // s0 tag, right valency
  [36, TAG_IDS * VALENCIES], // s0 tag, left valency
  [38, TAG_IDS * VALENCIES], // n0 tag, left valency
  [41, LABEL_IDS], // labels of s0, its leftmost and rightmost child, n0's leftmost child, s0's head, the seconds
  [44, LABEL_IDS],
  [47, LABEL_IDS],
  [50, LABEL_IDS],
  [53, LABEL_IDS],
  [56, LABEL_IDS],
  [59, LABEL_IDS],
  [62, LABEL_IDS],
  [76, 2 * PAIR], // whether s0 has a head, s0 tag, n0 tag
  [87, DEPTHS * TAG_IDS], // stack depth, n0 tag
];

const EMPTY = -32768;
const tagIds = new Map<number, number>();

function tagId(atom: number): number {
  let id = tagIds.get(atom);
  if (id === undefined) {
    if (tagIds.size >= TAG_IDS) return -1;
    id = tagIds.size;
    tagIds.set(atom, id);
  }
  return id;
}

/** Dense weight tables of one move model, filled entry by entry on first use. */
export class DenseMoveSums {
  /** Per entry the four 16-bit weights of its feature; EMPTY in the first until read from the model. */
  private readonly table: Int16Array;
  /** Start of each template's entries in `table`, by template id. */
  private readonly offsets = new Int32Array(128);
  /** Tag id of every position of the sentence being parsed (words, root, sentinel). */
  private ids = new Int32Array(258);

  /** The tag numbers `prepare` gave the sentence's positions. */
  get tagIds(): Int32Array {
    return this.ids;
  }
  private readonly one = new Int32Array(1);
  private readonly weights = new Int32Array(MOVE_CLASSES);

  constructor(private readonly model: SparseModel) {
    let size = 0;
    for (const [template, entries] of DENSE_TEMPLATES) {
      this.offsets[template] = size;
      size += entries;
    }
    this.table = new Int16Array(size * MOVE_CLASSES);
    for (let e = 0; e < size; e++) this.table[e * MOVE_CLASSES] = EMPTY;
  }

  /**
   * Numbers the sentence's tags; false when they or the model's labels (`labels`) do not fit the tables (the
   * caller then hashes every feature).
   */
  prepare(st: ParseState, labels: number): boolean {
    if (labels >= LABEL_IDS) return false;
    if (this.ids.length < st.n + 2) this.ids = new Int32Array(2 * (st.n + 2));
    for (let x = 0; x <= st.n + 1; x++) {
      const id = tagId(st.P[x] as number);
      if (id < 0) return false;
      this.ids[x] = id;
    }
    return true;
  }

  /** Adds the dense features' weights of the current state to `sums`. */
  add(st: ParseState, sums: Int32Array): void {
    const { ids } = this;
    const L = st.label;
    const none = st.n + 1;
    const s0 = st.s(0);
    const n0 = st.buf(0);
    const ts0 = ids[s0] as number;
    const tn0 = ids[n0] as number;
    const pair = ts0 * TAG_IDS + tn0;
    const dist = s0 === none || n0 === none ? 0 : 1 + distanceBucket(s0, n0);
    const s0h = headOrNone(st, s0);
    this.entry(sums, 19, pair, st.P[s0] as number, st.P[n0] as number);
    const n1 = st.buf(1);
    this.entry(sums, 20, tn0 * TAG_IDS + (ids[n1] as number), st.P[n0] as number, st.P[n1] as number);
    this.entry(sums, 28, ts0 * DISTANCES + dist, st.P[s0] as number, dist);
    this.entry(sums, 30, tn0 * DISTANCES + dist, st.P[n0] as number, dist);
    this.entry(sums, 32, pair * DISTANCES + dist, st.P[s0] as number, st.P[n0] as number, dist);
    const s0vr = Math.min(st.rightCount[s0] as number, 4);
    const s0vl = Math.min(st.leftCount[s0] as number, 4);
    const n0vl = Math.min(st.leftCount[n0] as number, 4);
    this.entry(sums, 34, ts0 * VALENCIES + s0vr, st.P[s0] as number, s0vr);
    this.entry(sums, 36, ts0 * VALENCIES + s0vl, st.P[s0] as number, s0vl);
    this.entry(sums, 38, tn0 * VALENCIES + n0vl, st.P[n0] as number, n0vl);
    const l41 = L[s0] as number;
    const l44 = L[st.leftmost[s0] as number] as number;
    const l47 = L[st.rightmost[s0] as number] as number;
    const l50 = L[st.leftmost[n0] as number] as number;
    const l53 = L[s0h] as number;
    this.entry(sums, 41, l41, l41);
    this.entry(sums, 44, l44, l44);
    this.entry(sums, 47, l47, l47);
    this.entry(sums, 50, l50, l50);
    this.entry(sums, 53, l53, l53);
    const l56 = L[st.leftmost2[s0] as number] as number;
    const l59 = L[st.rightmost2[s0] as number] as number;
    const l62 = L[st.leftmost2[n0] as number] as number;
    this.entry(sums, 56, l56, l56);
    this.entry(sums, 59, l59, l59);
    this.entry(sums, 62, l62, l62);
    const hasHead = L[s0] === 0 ? 0 : 1;
    this.entry(sums, 76, hasHead * PAIR + pair, hasHead, st.P[s0] as number, st.P[n0] as number);
    const depth = Math.min(st.sp, DEPTHS - 1);
    this.entry(sums, 87, depth * TAG_IDS + tn0, depth, st.P[n0] as number);
  }

  /** Adds entry `index` of `template`'s table, reading it from the model (atoms a, b, c) the first time. */
  private entry(sums: Int32Array, template: number, index: number, a: number, b = 0, c = 0): void {
    const at = ((this.offsets[template] as number) + index) * MOVE_CLASSES;
    const { table } = this;
    if (table[at] === EMPTY) this.fill(at, hashFeature(template, a, b, c));
    for (let m = 0; m < MOVE_CLASSES; m++) sums[m] = (sums[m] as number) + (table[at + m] as number);
  }

  private fill(at: number, key: number): void {
    this.one[0] = key;
    this.weights.fill(0);
    this.model.accumulate(this.one, 1, this.weights);
    for (let m = 0; m < MOVE_CLASSES; m++) this.table[at + m] = this.weights[m] as number;
  }
}

/** Distance buckets of the s0–n0 distance features (and the labeler's). */
export function distanceBucket(a: number, b: number): number {
  const d = b - a;
  return d < 5 ? d : d < 7 ? 5 : d < 10 ? 6 : d < 15 ? 7 : 8;
}

const caches = new WeakMap<SparseModel, DenseMoveSums>();

/** The dense tables of a frozen move model (one per model, kept while the model lives). */
export function denseMoveSums(model: SparseModel): DenseMoveSums {
  let sums = caches.get(model);
  if (!sums) {
    sums = new DenseMoveSums(model);
    caches.set(model, sums);
  }
  return sums;
}
