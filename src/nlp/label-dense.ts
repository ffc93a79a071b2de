/**
 * The labeler's templates over tags, direction and distance alone (8 of its 29 features) read from dense tables
 * indexed by the sentence's tag numbers (move-dense.ts numbers them) instead of being hashed and found in the
 * label model's hash table, which costs two cache misses a feature (a sparse row behind a slot). A table row holds
 * one feature's integer weights for every label, read from the model the first time the row is used, so the label
 * scores are exactly those of scoring every feature (parser.test.ts).
 */

import type { ParseState } from "./parser.js";
import { hashFeature, type SparseModel } from "./perceptron.js";

const TAG_IDS = 128;
const PAIR = TAG_IDS * TAG_IDS;
/** Direction (1 = dependent left of its head, 2 = right) in a base of 3; distance bucket × 4 + direction in 36. */
const DIRS = 3;
const DIST_DIRS = 36;

/** The dense templates (ids as in parser.ts's labelFeatures) and the number of entries of each. */
const TEMPLATES: readonly (readonly [number, number])[] = [
  [101, DIRS],
  [102, TAG_IDS * DIRS],
  [103, TAG_IDS * DIRS],
  [104, PAIR * DIRS],
  [110, PAIR * DIST_DIRS],
  [119, PAIR * DIRS],
  [120, PAIR * DIRS],
  [129, 2 * TAG_IDS],
];

/** Dense label-weight rows of one label model, allocated and filled row by row on first use. */
export class DenseLabelSums {
  /** Per entry, 1 + the row's position in `data` (0 = not read yet). */
  private readonly index: Int32Array;
  private data: Int16Array;
  private used = 0;
  private readonly offsets = new Int32Array(130);
  private readonly one = new Int32Array(1);
  private readonly weights: Int32Array;

  constructor(private readonly model: SparseModel) {
    let size = 0;
    for (const [template, entries] of TEMPLATES) {
      this.offsets[template] = size;
      size += entries;
    }
    this.index = new Int32Array(size);
    this.data = new Int16Array(model.classes * 1024);
    this.weights = new Int32Array(model.classes);
  }

  /**
   * Adds the dense features' weights of the arc h → d to `sums`; `ids` are the tag numbers of the sentence's
   * positions, `dir` and `dist` as in labelFeatures.
   */
  add(st: ParseState, ids: Int32Array, h: number, d: number, dir: number, dist: number, sums: Int32Array): void {
    const { P } = st;
    const none = st.n + 1;
    const th = ids[h] as number;
    const td = ids[d] as number;
    const hp = P[h] as number;
    const dp = P[d] as number;
    const pair = th * TAG_IDS + td;
    const prev = d > 0 ? d - 1 : none;
    const next = d + 1 < st.n ? d + 1 : none;
    const root = h === st.n ? 1 : 0;
    this.entry(sums, 101, dir, dir);
    this.entry(sums, 102, th * DIRS + dir, hp, dir);
    this.entry(sums, 103, td * DIRS + dir, dp, dir);
    this.entry(sums, 104, pair * DIRS + dir, hp, dp, dir);
    this.entry(sums, 110, pair * DIST_DIRS + dist * 4 + dir, hp, dp, dist * 4 + dir);
    this.entry(sums, 119, ((ids[prev] as number) * TAG_IDS + td) * DIRS + dir, P[prev] as number, dp, dir);
    this.entry(sums, 120, ((ids[next] as number) * TAG_IDS + td) * DIRS + dir, P[next] as number, dp, dir);
    this.entry(sums, 129, root * TAG_IDS + td, root, dp);
  }

  /** Adds entry `index` of `template`'s table, reading it from the model (atoms a, b, c) the first time. */
  private entry(sums: Int32Array, template: number, index: number, a: number, b = 0, c = 0): void {
    const e = (this.offsets[template] as number) + index;
    let at = (this.index[e] as number) - 1;
    if (at < 0) at = this.fill(e, hashFeature(template, a, b, c));
    const { data } = this;
    const classes = this.weights.length;
    for (let k = 0; k < classes; k++) sums[k] = (sums[k] as number) + (data[at + k] as number);
  }

  private fill(e: number, key: number): number {
    const classes = this.weights.length;
    if (this.used >= ROW_LIMIT) {
      // rows only save work: start afresh rather than grow without bound
      this.index.fill(0);
      this.used = 0;
    }
    if ((this.used + 1) * classes > this.data.length) {
      const grown = new Int16Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.one[0] = key;
    this.weights.fill(0);
    this.model.accumulate(this.one, 1, this.weights);
    const at = this.used * classes;
    for (let k = 0; k < classes; k++) this.data[at + k] = this.weights[k] as number;
    this.used++;
    this.index[e] = at + 1;
    return at;
  }
}

/** 102 bytes a row for 51 labels: 50,000 rows are 5 MB (news text uses ~N). */
const ROW_LIMIT = 50_000;
const caches = new WeakMap<SparseModel, DenseLabelSums>();

/** The dense tables of a frozen label model (one per model, kept while the model lives). */
export function denseLabelSums(model: SparseModel): DenseLabelSums {
  let sums = caches.get(model);
  if (!sums) {
    sums = new DenseLabelSums(model);
    caches.set(model, sums);
  }
  return sums;
}
