/**
 * Word clusters learned from unlabeled text, for the tagger, parser and name recognizer: words that occur in
 * similar contexts get bit strings with long common prefixes (like Brown clusters, Koo et al. 2008), so a rare word
 * borrows what the models learned of its frequent neighbours in the hierarchy.
 *
 * How: count each word's neighbours (the 2,000 most frequent words, at offsets −2, −1, +1, +2), weight the counts
 * by positive pointwise mutual information, reduce them to 64 dimensions with a randomized SVD (Halko et al. 2011),
 * and split the unit-length word vectors recursively in two by spherical 2-means; a word's bit string is its path
 * in that tree. This is cheaper than Brown's agglomerative algorithm (minutes rather than hours in JavaScript) and
 * gives the same kind of hierarchy. Written by hand: no npm package does any of these steps on sparse data at this
 * size. Deterministic (seeded).
 */
import { normalizeWord } from "../lexical.js";
import { seededRandom } from "./treebank.js";

export interface ClusterOptions {
  minCount: number;
  contexts: number;
  dimensions: number;
  maxDepth: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 4,
  contexts: 2000,
  dimensions: 100,
  maxDepth: 18,
  seed: 7,
};

export interface WordClusters {
  /** Normalized words, most frequent first. */
  words: string[];
  /** Path bits of each word (first split = highest bit used), and its length. */
  bits: Int32Array;
  depth: Uint8Array;
  /** Per word: how often it was written with a capital letter not at the start of a sentence (0–255). */
  capitalRate: Uint8Array;
  counts: Int32Array;
}

const OFFSETS = [-2, -1, 1, 2];

/** Sentences of word forms → ids, counts and the capitalization statistic. */
function indexCorpus(sentences: Iterable<readonly string[]>) {
  const ids = new Map<string, number>();
  const counts: number[] = [];
  const capitals: number[] = [];
  const inside: number[] = [];
  const seq: number[] = [];
  for (const forms of sentences) {
    for (let i = 0; i < forms.length; i++) {
      const form = forms[i] as string;
      const norm = normalizeWord(form);
      let id = ids.get(norm);
      if (id === undefined) {
        id = ids.size;
        ids.set(norm, id);
        counts.push(0);
        capitals.push(0);
        inside.push(0);
      }
      counts[id] = (counts[id] as number) + 1;
      if (i > 0) {
        inside[id] = (inside[id] as number) + 1;
        if (/^\p{Lu}/u.test(form)) capitals[id] = (capitals[id] as number) + 1;
      }
      seq.push(id);
    }
    seq.push(-1);
  }
  return { ids, counts, capitals, inside, seq: Int32Array.from(seq) };
}

/** Compressed sparse rows of PPMI-weighted context counts for the kept words. */
interface Csr {
  rows: number;
  cols: number;
  rowStart: Int32Array;
  col: Int32Array;
  val: Float64Array;
}

function contextMatrix(seq: Int32Array, rowOf: Int32Array, colOf: Int32Array, rows: number, contexts: number): Csr {
  const cols = contexts * OFFSETS.length;
  const pairs: number[] = [];
  for (let i = 0; i < seq.length; i++) {
    const w = seq[i] as number;
    if (w < 0) continue;
    const r = rowOf[w] as number;
    if (r < 0) continue;
    for (let o = 0; o < OFFSETS.length; o++) {
      const j = i + (OFFSETS[o] as number);
      if (j < 0 || j >= seq.length) continue;
      const c = seq[j] as number;
      if (c < 0 || (colOf[c] as number) < 0) continue;
      pairs.push(r * cols + o * contexts + (colOf[c] as number));
    }
  }
  const keys = Float64Array.from(pairs).sort();
  const rowStart = new Int32Array(rows + 1);
  const col: number[] = [];
  const count: number[] = [];
  for (let k = 0; k < keys.length; ) {
    const key = keys[k] as number;
    let m = k;
    while (m < keys.length && keys[m] === key) m++;
    const r = Math.floor(key / cols);
    rowStart[r + 1] = (rowStart[r + 1] as number) + 1;
    col.push(key - r * cols);
    count.push(m - k);
    k = m;
  }
  for (let r = 0; r < rows; r++) rowStart[r + 1] = (rowStart[r + 1] as number) + (rowStart[r] as number);
  return ppmi({ rows, cols, rowStart, col: Int32Array.from(col), val: Float64Array.from(count) });
}

/** Positive PMI with context-distribution smoothing (Levy et al. 2015: column counts to the power 0.75). */
function ppmi(m: Csr): Csr {
  const rowSum = new Float64Array(m.rows);
  const colSum = new Float64Array(m.cols);
  let total = 0;
  for (let r = 0; r < m.rows; r++) {
    for (let k = m.rowStart[r] as number; k < (m.rowStart[r + 1] as number); k++) {
      const v = m.val[k] as number;
      rowSum[r] = (rowSum[r] as number) + v;
      colSum[m.col[k] as number] = (colSum[m.col[k] as number] as number) + v;
      total += v;
    }
  }
  let smoothedTotal = 0;
  for (let c = 0; c < m.cols; c++) {
    colSum[c] = (colSum[c] as number) ** 0.75;
    smoothedTotal += colSum[c] as number;
  }
  const val = new Float64Array(m.val.length);
  for (let r = 0; r < m.rows; r++) {
    for (let k = m.rowStart[r] as number; k < (m.rowStart[r + 1] as number); k++) {
      const c = m.col[k] as number;
      const pmi = Math.log(
        (m.val[k] as number) / total / (((rowSum[r] as number) / total) * ((colSum[c] as number) / smoothedTotal)),
      );
      val[k] = Math.max(pmi, 0);
    }
  }
  return { ...m, val };
}

/** Y = M X, for dense X (cols × k, row-major). */
function multiply(m: Csr, x: Float64Array, k: number): Float64Array {
  const y = new Float64Array(m.rows * k);
  for (let r = 0; r < m.rows; r++) {
    for (let p = m.rowStart[r] as number; p < (m.rowStart[r + 1] as number); p++) {
      const v = m.val[p] as number;
      const base = (m.col[p] as number) * k;
      for (let j = 0; j < k; j++) y[r * k + j] = (y[r * k + j] as number) + v * (x[base + j] as number);
    }
  }
  return y;
}

/** Y = Mᵀ X, for dense X (rows × k). */
function multiplyTransposed(m: Csr, x: Float64Array, k: number): Float64Array {
  const y = new Float64Array(m.cols * k);
  for (let r = 0; r < m.rows; r++) {
    for (let p = m.rowStart[r] as number; p < (m.rowStart[r + 1] as number); p++) {
      const v = m.val[p] as number;
      const base = (m.col[p] as number) * k;
      for (let j = 0; j < k; j++) y[base + j] = (y[base + j] as number) + v * (x[r * k + j] as number);
    }
  }
  return y;
}

/** Orthonormalizes the k columns of a (rows × k, row-major) matrix in place (modified Gram–Schmidt). */
function orthonormalize(a: Float64Array, rows: number, k: number): void {
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < j; i++) {
      let dot = 0;
      for (let r = 0; r < rows; r++) dot += (a[r * k + i] as number) * (a[r * k + j] as number);
      for (let r = 0; r < rows; r++) a[r * k + j] = (a[r * k + j] as number) - dot * (a[r * k + i] as number);
    }
    let norm = 0;
    for (let r = 0; r < rows; r++) norm += (a[r * k + j] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < rows; r++) a[r * k + j] = (a[r * k + j] as number) / norm;
  }
}

/**
 * Rank-k approximation of M's row space: returns Q (rows × k) with orthonormal columns spanning M's top singular
 * vectors (randomized range finder with power iterations), scaled by how much of M each direction carries.
 */
function reduce(m: Csr, k: number, random: () => number): Float64Array {
  const omega = new Float64Array(m.cols * k);
  for (let i = 0; i < omega.length; i++) omega[i] = random() * 2 - 1;
  let q = multiply(m, omega, k);
  orthonormalize(q, m.rows, k);
  for (let iter = 0; iter < 3; iter++) {
    const z = multiplyTransposed(m, q, k);
    orthonormalize(z, m.cols, k);
    q = multiply(m, z, k);
    orthonormalize(q, m.rows, k);
  }
  // Q's rows are the words' coordinates in the top singular subspace with every direction weighted alike
  // (Σ⁰ in Levy et al. 2015's terms), which keeps the few frequency-driven top directions from dominating
  return q;
}

function normalizeRows(a: Float64Array, rows: number, k: number): void {
  for (let r = 0; r < rows; r++) {
    let norm = 0;
    for (let j = 0; j < k; j++) norm += (a[r * k + j] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < k; j++) a[r * k + j] = (a[r * k + j] as number) / norm;
  }
}

/**
 * The members' principal direction (power iteration on their centred scatter): the two sides of it are the
 * seeds of 2-means ("principal direction divisive partitioning", Boley 1998).
 */
function principalSeeds(vec: Float64Array, k: number, members: number[]): [Float64Array, Float64Array] {
  const mean = new Float64Array(k);
  for (const w of members) for (let j = 0; j < k; j++) mean[j] = (mean[j] as number) + (vec[w * k + j] as number);
  for (let j = 0; j < k; j++) mean[j] = (mean[j] as number) / members.length;
  let dir = new Float64Array(k);
  for (let j = 0; j < k; j++) dir[j] = 1 / Math.sqrt(k) + j * 1e-3;
  for (let iter = 0; iter < 12; iter++) {
    const next = new Float64Array(k);
    for (const w of members) {
      let dot = 0;
      for (let j = 0; j < k; j++) dot += ((vec[w * k + j] as number) - (mean[j] as number)) * (dir[j] as number);
      for (let j = 0; j < k; j++)
        next[j] = (next[j] as number) + dot * ((vec[w * k + j] as number) - (mean[j] as number));
    }
    normalizeRows(next, 1, k);
    dir = next;
  }
  const c0 = new Float64Array(k);
  const c1 = new Float64Array(k);
  for (const w of members) {
    let dot = 0;
    for (let j = 0; j < k; j++) dot += ((vec[w * k + j] as number) - (mean[j] as number)) * (dir[j] as number);
    const target = dot >= 0 ? c0 : c1;
    for (let j = 0; j < k; j++) target[j] = (target[j] as number) + (vec[w * k + j] as number);
  }
  normalizeRows(c0, 1, k);
  normalizeRows(c1, 1, k);
  return [c0, c1];
}

/** Splits `members` in two by spherical 2-means seeded on the principal direction. */
function splitTwo(vec: Float64Array, k: number, members: number[]): [number[], number[]] {
  const [c0, c1] = principalSeeds(vec, k, members);
  let left: number[] = [];
  let right: number[] = [];
  for (let iter = 0; iter < 8; iter++) {
    left = [];
    right = [];
    const s0 = new Float64Array(k);
    const s1 = new Float64Array(k);
    for (const w of members) {
      let d0 = 0;
      let d1 = 0;
      for (let j = 0; j < k; j++) {
        d0 += (vec[w * k + j] as number) * (c0[j] as number);
        d1 += (vec[w * k + j] as number) * (c1[j] as number);
      }
      const target = d0 >= d1 ? s0 : s1;
      (d0 >= d1 ? left : right).push(w);
      for (let j = 0; j < k; j++) target[j] = (target[j] as number) + (vec[w * k + j] as number);
    }
    if (left.length === 0 || right.length === 0) break;
    normalizeRows(s0, 1, k);
    normalizeRows(s1, 1, k);
    c0.set(s0);
    c1.set(s1);
  }
  if (left.length === 0 || right.length === 0) {
    const half = members.length >> 1;
    return [members.slice(0, half), members.slice(half)];
  }
  return [left, right];
}

function bisect(vec: Float64Array, k: number, rows: number, maxDepth: number): { bits: Int32Array; depth: Uint8Array } {
  const bits = new Int32Array(rows);
  const depth = new Uint8Array(rows);
  const queue: { members: number[]; path: number; level: number }[] = [
    { members: Array.from({ length: rows }, (_, i) => i), path: 0, level: 0 },
  ];
  while (queue.length > 0) {
    const node = queue.pop() as { members: number[]; path: number; level: number };
    if (node.members.length < 2 || node.level >= maxDepth) {
      for (const w of node.members) {
        bits[w] = node.path;
        depth[w] = node.level;
      }
      continue;
    }
    const [a, b] = splitTwo(vec, k, node.members);
    queue.push({ members: a, path: node.path << 1, level: node.level + 1 });
    queue.push({ members: b, path: (node.path << 1) | 1, level: node.level + 1 });
  }
  return { bits, depth };
}

/** Learns clusters from sentences of word forms. */
export function learnClusters(
  sentences: Iterable<readonly string[]>,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  log: (msg: string) => void = () => {},
): WordClusters {
  const corpus = indexCorpus(sentences);
  const byFrequency = [...corpus.ids.entries()].sort(
    (a, b) => (corpus.counts[b[1]] as number) - (corpus.counts[a[1]] as number) || (a[0] < b[0] ? -1 : 1),
  );
  const kept = byFrequency.filter(([, id]) => (corpus.counts[id] as number) >= options.minCount);
  const rowOf = new Int32Array(corpus.ids.size).fill(-1);
  const colOf = new Int32Array(corpus.ids.size).fill(-1);
  kept.forEach(([, id], r) => {
    rowOf[id] = r;
    if (r < options.contexts) colOf[id] = r;
  });
  log(`${corpus.seq.length} tokens, ${corpus.ids.size} types, ${kept.length} kept`);
  const matrix = contextMatrix(corpus.seq, rowOf, colOf, kept.length, Math.min(options.contexts, kept.length));
  log(`context matrix: ${matrix.val.length} non-zero`);
  const vec = reduce(matrix, options.dimensions, seededRandom(options.seed));
  normalizeRows(vec, kept.length, options.dimensions);
  log("reduced; bisecting");
  const { bits, depth } = bisect(vec, options.dimensions, kept.length, options.maxDepth);
  const capitalRate = Uint8Array.from(kept, ([, id]) => {
    const inside = corpus.inside[id] as number;
    return inside === 0 ? 0 : Math.round((255 * (corpus.capitals[id] as number)) / inside);
  });
  return {
    words: kept.map(([w]) => w),
    bits,
    depth,
    capitalRate,
    counts: Int32Array.from(kept, ([, id]) => corpus.counts[id] as number),
  };
}
