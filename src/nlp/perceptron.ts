/**
 * Averaged perceptron over hashed integer features: the learner behind Dyad's tagger, parser and name
 * recognizer. Written by hand because nothing on npm trains and runs a multiclass sparse linear model at the speed
 * the pipeline needs (hundreds of thousands of tokens per second on one core) without native code.
 *
 * A feature is a 32-bit integer (see `hashFeature`), never a string, so extracting features allocates nothing.
 * Training keeps one dense row of class weights per feature (allocated on a feature's first update) plus the
 * running sum that gives the averaged weights at the end (Daumé's trick: w_avg = w − u / c). The trained model is
 * then frozen into a compact sparse form — per feature, only the classes with a non-zero weight — which is what is
 * saved, loaded and scored at run time.
 */

/** 32-bit string hash (FNV-1a); the atom for a word, suffix or shape. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

function mixIn(h: number, x: number): number {
  let k = Math.imul(x, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h; // 0 marks an empty slot in the tables below
}

/** Feature key of a template id and up to three atoms. */
export function hashFeature(template: number, a: number, b = 0, c = 0): number {
  return finish(mixIn(mixIn(mixIn(template * 0x9e3779b1, a), b), c));
}

/** Open-addressing map from a non-zero 32-bit key to a dense index. */
class KeyIndex {
  keys: Int32Array;
  slots: Int32Array;
  size = 0;
  constructor(capacity = 1 << 16) {
    this.keys = new Int32Array(capacity);
    this.slots = new Int32Array(capacity);
  }

  get(key: number): number {
    const mask = this.keys.length - 1;
    let i = key & mask;
    for (;;) {
      const k = this.keys[i] as number;
      if (k === key) return this.slots[i] as number;
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  /** Index of `key`, adding it with index `size` when absent. */
  intern(key: number): number {
    const found = this.get(key);
    if (found >= 0) return found;
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let i = key & mask;
    while (this.keys[i] !== 0) i = (i + 1) & mask;
    this.keys[i] = key;
    this.slots[i] = this.size;
    return this.size++;
  }

  private grow(): void {
    const { keys, slots } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.slots = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j] as number;
      if (key === 0) continue;
      let i = key & mask;
      while (this.keys[i] !== 0) i = (i + 1) & mask;
      this.keys[i] = key;
      this.slots[i] = slots[j] as number;
    }
  }
}

/** Anything that scores a feature vector over the classes. */
export interface Scorer {
  readonly classes: number;
  /** Adds the weights of `features[0..n)` into `scores` (which the caller zeroes). */
  score(features: Int32Array, n: number, scores: Float32Array): void;
}

/** The trainable, dense-row form. */
export class PerceptronTrainer implements Scorer {
  readonly classes: number;
  private readonly index = new KeyIndex();
  private weights: Float32Array;
  private sums: Float64Array;
  /** Number of examples seen so far: the perceptron's clock for averaging. */
  private clock = 1;

  constructor(classes: number) {
    this.classes = classes;
    this.weights = new Float32Array(classes * 4096);
    this.sums = new Float64Array(classes * 4096);
  }

  score(features: Int32Array, n: number, scores: Float32Array): void {
    const { classes, weights } = this;
    for (let f = 0; f < n; f++) {
      const row = this.index.get(features[f] as number);
      if (row < 0) continue;
      const base = row * classes;
      for (let c = 0; c < classes; c++) scores[c] = (scores[c] as number) + (weights[base + c] as number);
    }
  }

  /** Call once per training example, after any update for it. */
  tick(): void {
    this.clock++;
  }

  /** Moves `amount` of weight from class `wrong` to class `right` on every feature. */
  update(features: Int32Array, n: number, right: number, wrong: number, amount = 1): void {
    if (right === wrong) return;
    const { classes } = this;
    const stamp = this.clock * amount;
    for (let f = 0; f < n; f++) {
      const base = this.rowOf(features[f] as number) * classes;
      this.weights[base + right] = (this.weights[base + right] as number) + amount;
      this.sums[base + right] = (this.sums[base + right] as number) + stamp;
      this.weights[base + wrong] = (this.weights[base + wrong] as number) - amount;
      this.sums[base + wrong] = (this.sums[base + wrong] as number) - stamp;
    }
  }

  private rowOf(key: number): number {
    const row = this.index.intern(key);
    const need = (row + 1) * this.classes;
    if (need > this.weights.length) {
      const weights = new Float32Array(this.weights.length * 2);
      weights.set(this.weights);
      this.weights = weights;
      const sums = new Float64Array(this.sums.length * 2);
      sums.set(this.sums);
      this.sums = sums;
    }
    return row;
  }

  get featureCount(): number {
    return this.index.size;
  }

  /** Sum of the magnitudes of a feature's averaged weights: how much it can ever move a decision. */
  private rowWeight(base: number): number {
    let sum = 0;
    for (let c = 0; c < this.classes; c++) {
      sum += Math.abs((this.weights[base + c] as number) - (this.sums[base + c] as number) / this.clock);
    }
    return sum;
  }

  /**
   * The averaged model in sparse form. Weights whose magnitude is under `minWeight` are dropped (they change
   * almost no decision and make up most of the file), and so are features whose weights sum to less than
   * `minRowWeight` in magnitude (mostly features seen once or twice in training: three quarters of the parser's
   * features, with no loss of accuracy, and the model gets faster as it shrinks).
   */
  freeze(minWeight = 1e-3, minRowWeight = 0): SparseModel {
    const { classes, clock } = this;
    const { keys, slots } = this.index;
    const outKeys: number[] = [];
    const counts: number[] = [];
    const cls: number[] = [];
    const vals: number[] = [];
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j] as number;
      if (key === 0) continue;
      const base = (slots[j] as number) * classes;
      if (minRowWeight > 0 && this.rowWeight(base) < minRowWeight) continue;
      let count = 0;
      for (let c = 0; c < classes; c++) {
        const avg = (this.weights[base + c] as number) - (this.sums[base + c] as number) / clock;
        if (Math.abs(avg) < minWeight) continue;
        cls.push(c);
        vals.push(avg);
        count++;
      }
      if (count === 0) continue;
      outKeys.push(key);
      counts.push(count);
    }
    return new SparseModel(
      classes,
      Int32Array.from(outKeys),
      Uint16Array.from(counts),
      Uint16Array.from(cls),
      Float32Array.from(vals),
    );
  }
}

/**
 * The frozen model: per feature key, the classes it weighs on. Scoring is bound by memory latency (each feature is
 * a random access into a table of millions; measured, scoring is ~85 % of the parser's time), so the layout puts
 * what one feature needs in as few bytes and cache lines as possible. Weights are kept as 16-bit integers with one
 * scale per model (measured on the parser: the same LAS to two decimals as 32-bit floats; 8 bits lose 0.1). For
 * models of at most 8 classes the key and its dense row sit side by side in one slot of an open-addressing table
 * (one cache miss per feature); for larger models the slot holds the key and the position of its sparse row, whose
 * (class, weight) pairs are interleaved in one array (two misses). The sparse form is kept as trained, in 32-bit
 * floats, for saving.
 */
export class SparseModel implements Scorer {
  readonly classes: number;
  /** The sparse form, kept for saving. */
  readonly keys: Int32Array;
  readonly counts: Uint16Array;
  readonly cls: Uint16Array;
  readonly vals: Float32Array;
  private readonly dense: boolean;
  /** Slot size in 32-bit words. */
  private readonly stride: number;
  private readonly mask: number;
  private readonly slots: Int32Array;
  /** The slots seen as 16-bit weights (dense layout). */
  private readonly slotWeights: Int16Array;
  /**
   * Sparse rows: one 32-bit entry per (class, weight), the 16-bit weight above the 8-bit class, so adding an entry
   * is one read (two, as separate 16-bit numbers, cost ~10 % more in the labeler's and tagger's scoring).
   */
  private readonly rows: Int32Array;
  /** Real weight of one integer step. */
  private readonly scale: number;
  private readonly sums: Int32Array;
  /** Packed row positions of the features found, reused across calls. */
  private found = new Int32Array(256);

  constructor(classes: number, keys: Int32Array, counts: Uint16Array, cls: Uint16Array, vals: Float32Array) {
    this.classes = classes;
    this.keys = keys;
    this.counts = counts;
    this.cls = cls;
    this.vals = vals;
    this.dense = classes <= DENSE_MAX_CLASSES;
    this.stride = this.dense ? 1 + Math.ceil(classes / 2) : 2;
    let capacity = 1 << 10;
    while (capacity * MAX_LOAD < keys.length) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * this.stride);
    this.slotWeights = new Int16Array(this.slots.buffer);
    if (!this.dense && (vals.length >= 1 << 23 || classes > 255)) throw new Error("model too large for its layout");
    this.rows = new Int32Array(this.dense ? 0 : vals.length);
    let max = 0;
    for (let i = 0; i < vals.length; i++) max = Math.max(max, Math.abs(vals[i] as number));
    this.scale = max > 0 ? max / 32767 : 1;
    this.sums = new Int32Array(classes);
    this.fill();
  }

  private quantized(value: number): number {
    return Math.round(value / this.scale);
  }

  private fill(): void {
    const { keys, counts, cls, vals, stride, mask, slots, slotWeights, rows } = this;
    let at = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      let slot = key & mask;
      while (slots[slot * stride] !== 0) slot = (slot + 1) & mask;
      const base = slot * stride;
      slots[base] = key;
      const count = counts[i] as number;
      if (this.dense) {
        for (let j = at; j < at + count; j++)
          slotWeights[2 * (base + 1) + (cls[j] as number)] = this.quantized(vals[j] as number);
      } else {
        // the row's start and length packed in one number: rows are capped at 2^23 entries, 255 classes
        slots[base + 1] = at * 256 + count;
        for (let j = at; j < at + count; j++) {
          rows[j] = this.quantized(vals[j] as number) * 256 + (cls[j] as number);
        }
      }
      at += count;
    }
  }

  score(features: Int32Array, n: number, scores: Float32Array): void {
    const { sums, classes, scale } = this;
    sums.fill(0);
    this.accumulate(features, n, sums);
    for (let c = 0; c < classes; c++) scores[c] = (scores[c] as number) + (sums[c] as number) * scale;
  }

  /**
   * Adds the features' integer weights into `sums` (one per class; the real score is `sums[c] * stepSize`).
   * Integer sums do not depend on the order of addition, so a caller may add part of a feature vector once, keep
   * the sums, and add the rest later, with exactly the scores of one `score` call (the tagger caches the part of
   * its features that depends on one word's spelling this way).
   */
  accumulate(features: Int32Array, n: number, sums: Int32Array): void {
    this.touchSlots(features, n);
    if (this.dense) this.sumDense(features, n, sums);
    else this.sumSparse(features, n, sums);
  }

  /** Real weight of one integer step of `accumulate`'s sums. */
  get stepSize(): number {
    return this.scale;
  }

  /**
   * Reads each feature's home slot once, with no branch on what it finds, before the real lookups. The loads are
   * independent, so the processor keeps many cache misses in flight at once; the probing loops that follow branch
   * on every key they load, and a mispredicted branch (features absent from the model are common and unpredictable)
   * waits out each miss in turn. The value read is kept so the pass is not optimized away.
   */
  private touchSlots(features: Int32Array, n: number): void {
    const { stride, mask, slots } = this;
    let seen = 0;
    for (let f = 0; f < n; f++) seen ^= slots[((features[f] as number) & mask) * stride] as number;
    this.touched = seen;
  }

  /** Sink for the touch passes: a public field, so the engine cannot prove the reads dead and drop them. */
  touched = 0;

  private sumDense(features: Int32Array, n: number, sums: Int32Array): void {
    if (this.classes === 4) {
      this.sumDense4(features, n, sums);
      return;
    }
    const { stride, mask, slots, slotWeights, classes } = this;
    for (let f = 0; f < n; f++) {
      const key = features[f] as number;
      let slot = key & mask;
      for (;;) {
        const base = slot * stride;
        const k = slots[base] as number;
        if (k === key) {
          const w = 2 * (base + 1);
          for (let c = 0; c < classes; c++) sums[c] = (sums[c] as number) + (slotWeights[w + c] as number);
          break;
        }
        if (k === 0) break;
        slot = (slot + 1) & mask;
      }
    }
  }

  /** `sumDense` for four classes (the parser's moves): the row in one 8-byte read, the sums in registers. */
  private sumDense4(features: Int32Array, n: number, sums: Int32Array): void {
    const { mask, slots, slotWeights } = this;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let f = 0; f < n; f++) {
      const key = features[f] as number;
      let slot = key & mask;
      for (;;) {
        const base = slot * 3;
        const k = slots[base] as number;
        if (k === key) {
          const w = 2 * (base + 1);
          s0 += slotWeights[w] as number;
          s1 += slotWeights[w + 1] as number;
          s2 += slotWeights[w + 2] as number;
          s3 += slotWeights[w + 3] as number;
          break;
        }
        if (k === 0) break;
        slot = (slot + 1) & mask;
      }
    }
    sums[0] = (sums[0] as number) + s0;
    sums[1] = (sums[1] as number) + s1;
    sums[2] = (sums[2] as number) + s2;
    sums[3] = (sums[3] as number) + s3;
  }

  /**
   * Sparse rows cost a second miss each (slot, then row), so the rows are found first, then read once without
   * branches, then summed: the same overlap of misses as `touchSlots`.
   */
  private sumSparse(features: Int32Array, n: number, sums: Int32Array): void {
    if (n > this.found.length) this.found = new Int32Array(n);
    const { mask, slots, rows, found } = this;
    let hits = 0;
    for (let f = 0; f < n; f++) {
      const key = features[f] as number;
      let slot = key & mask;
      for (;;) {
        const k = slots[slot * 2] as number;
        if (k === key) {
          found[hits++] = slots[slot * 2 + 1] as number;
          break;
        }
        if (k === 0) break;
        slot = (slot + 1) & mask;
      }
    }
    let seen = 0;
    for (let h = 0; h < hits; h++) seen ^= rows[(found[h] as number) >>> 8] as number;
    this.touched = seen;
    for (let h = 0; h < hits; h++) {
      const packed = found[h] as number;
      const end = (packed >>> 8) + (packed & 255);
      for (let j = packed >>> 8; j < end; j++) {
        const entry = rows[j] as number;
        const c = entry & 255;
        sums[c] = (sums[c] as number) + (entry >> 8);
      }
    }
  }

  get featureCount(): number {
    return this.keys.length;
  }
}

/** Models with this many classes or fewer keep dense rows inside their hash slots. */
const DENSE_MAX_CLASSES = 8;

/** Index of the highest score among the classes for which `allowed` is true (all when omitted); -1 if none. */
export function argmax(scores: Float32Array, classes: number, allowed?: (c: number) => boolean): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < classes; c++) {
    if (allowed && !allowed(c)) continue;
    const s = scores[c] as number;
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}

/** The arrays of a frozen model, under a name prefix, for a model file. */
export function sparseArrays(prefix: string, model: SparseModel): [string, Int32Array | Uint16Array | Float32Array][] {
  return [
    [`${prefix}.keys`, model.keys],
    [`${prefix}.counts`, model.counts],
    [`${prefix}.cls`, model.cls],
    [`${prefix}.vals`, model.vals],
  ];
}

/** The model without the features whose weights sum to less than `minRowWeight` in magnitude. */
export function pruneRows(model: SparseModel, minRowWeight: number): SparseModel {
  const { keys, counts, cls, vals } = model;
  const keep: number[] = [];
  const keptCls: number[] = [];
  const keptVals: number[] = [];
  const keptCounts: number[] = [];
  let at = 0;
  for (let i = 0; i < keys.length; i++) {
    const count = counts[i] as number;
    let sum = 0;
    for (let j = at; j < at + count; j++) sum += Math.abs(vals[j] as number);
    if (sum >= minRowWeight) {
      keep.push(keys[i] as number);
      keptCounts.push(count);
      for (let j = at; j < at + count; j++) {
        keptCls.push(cls[j] as number);
        keptVals.push(vals[j] as number);
      }
    }
    at += count;
  }
  return new SparseModel(
    model.classes,
    Int32Array.from(keep),
    Uint16Array.from(keptCounts),
    Uint16Array.from(keptCls),
    Float32Array.from(keptVals),
  );
}

/** Rebuilds a frozen model from the arrays `sparseArrays` wrote. */
export function sparseFromArrays(
  classes: number,
  get: <T extends Int32Array | Uint16Array | Float32Array>(name: string, kind: new (...args: never[]) => T) => T,
  prefix: string,
): SparseModel {
  return new SparseModel(
    classes,
    get(`${prefix}.keys`, Int32Array),
    get(`${prefix}.counts`, Uint16Array),
    get(`${prefix}.cls`, Uint16Array),
    get(`${prefix}.vals`, Float32Array),
  );
}

/**
 * Highest share of a frozen table's slots in use. At 0.75 the move table filled 71 % of its slots and a lookup
 * probed 3.5 slots on average (a third of the features are absent, and an absent key probes to the end of its run,
 * ~6 slots), each probe a branch the processor cannot predict; at 0.5 (the tables take twice the memory: 12.6
 * instead of 6.3 MB for the moves) tagging and parsing ran 6–10 % faster (CPU time, old and new build interleaved
 * in one process). The layout changes no score.
 */
const MAX_LOAD = 0.5;
