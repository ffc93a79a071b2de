/**
 * The parser's move features that read a single word (its form, tag, form+tag or cluster) in one role of the
 * state — the top of the stack, the front of the buffer, their heads and outermost children — are a third of the
 * move templates (33 of 87). Their weights depend on nothing but the word and the role, so `MoveRoleSums` keeps,
 * per (form, tag), the integer weight sums of all thirteen roles, and a move costs thirteen additions of four
 * numbers instead of 33 hashed lookups in a table of millions (scoring is bound by those cache misses, see
 * docs/syntax.md "Speed"). The sums are integers, so the moves are exactly those of scoring every feature
 * (checked in syntax.test.ts).
 */

import type { ParseState } from "./parser.js";
import { hashFeature, type SparseModel } from "./perceptron.js";

/** s0 n0 n1 n2 s1, then s0's head, leftmost and rightmost child, n0's leftmost child, and the second of each. */
export const ROLES = 13;
const MOVE_CLASSES = 4;

/** Template ids per role: [form+tag, form, tag, cluster], 0 where the role has no such template. */
export const ROLE_TEMPLATES: readonly (readonly [number, number, number, number])[] = [
  [1, 2, 3, 78], // s0
  [4, 5, 6, 79], // n0
  [7, 8, 9, 80], // n1
  [10, 11, 12, 0], // n2
  [0, 74, 73, 0], // s1
  [0, 39, 40, 0], // head of s0
  [0, 42, 43, 0], // leftmost child of s0
  [0, 45, 46, 0], // rightmost child of s0
  [0, 48, 49, 0], // leftmost child of n0
  [0, 51, 52, 0], // head of s0's head
  [0, 54, 55, 0], // second leftmost child of s0
  [0, 57, 58, 0], // second rightmost child of s0
  [0, 60, 61, 0], // second leftmost child of n0
];

/** Template ids of the features of one arc label alone (parser.ts arcLabelFeatures), in order. */
export const ARC_LABEL_TEMPLATES: readonly number[] = [41, 44, 47, 50, 53, 56, 59, 62];

/**
 * For each of ARC_LABEL_TEMPLATES, the role (index into `roleWords`' output) whose word's arc label it reads:
 * s0, s0's leftmost and rightmost child, n0's leftmost child, s0's head, s0's second leftmost and rightmost child,
 * n0's second leftmost child.
 */
const ARC_LABEL_ROLES: readonly number[] = [0, 6, 7, 8, 5, 10, 11, 12];

const roleScratch = new Int32Array(ROLES);

/** The word whose arc label each of ARC_LABEL_TEMPLATES reads (the sentinel when there is none). */
export function arcLabelWords(st: ParseState, out: Int32Array): Int32Array {
  roleWords(st, roleScratch);
  return labelWordsOfRoles(roleScratch, out);
}

/** The arc-label words picked from words already in ROLE_TEMPLATES order. */
function labelWordsOfRoles(roles: Int32Array, out: Int32Array): Int32Array {
  for (let j = 0; j < ARC_LABEL_ROLES.length; j++) out[j] = roles[ARC_LABEL_ROLES[j] as number] as number;
  return out;
}

/**
 * The valency templates of parser.ts valencyFeatures as (word template, tag template) pairs: s0's right count,
 * s0's left count, n0's left count, each capped at 4.
 */
const VALENCY_TEMPLATES: readonly (readonly [number, number])[] = [
  [33, 34],
  [35, 36],
  [37, 38],
];
/** Counts 0–4 of each valency template pair. */
const VALENCIES = 5;

/** The head of `x`, or the sentinel when x has none yet (or is the sentinel or the root). */
export function headOrNone(st: ParseState, x: number): number {
  const none = st.n + 1;
  return x === none || x === st.n || st.head[x] === -1 ? none : (st.head[x] as number);
}

/** The word (or root, or sentinel) in each role of the state, in ROLE_TEMPLATES order. */
export function roleWords(st: ParseState, out: Int32Array): void {
  const s0 = st.s(0);
  const n0 = st.buf(0);
  const s0h = headOrNone(st, s0);
  out[0] = s0;
  out[1] = n0;
  out[2] = st.buf(1);
  out[3] = st.buf(2);
  out[4] = st.s(1);
  out[5] = s0h;
  out[6] = st.leftmost[s0] as number;
  out[7] = st.rightmost[s0] as number;
  out[8] = st.leftmost[n0] as number;
  out[9] = headOrNone(st, s0h);
  out[10] = st.leftmost2[s0] as number;
  out[11] = st.rightmost2[s0] as number;
  out[12] = st.leftmost2[n0] as number;
}

/** The features of word `x` in role `role`, appended to `out` from `k`; returns the new length. */
export function roleFeatures(st: ParseState, role: number, x: number, out: Int32Array, k: number): number {
  const [wp, w, p, c] = ROLE_TEMPLATES[role] as readonly [number, number, number, number];
  if (wp) out[k++] = hashFeature(wp, st.WP[x] as number);
  out[k++] = hashFeature(w, st.W[x] as number);
  out[k++] = hashFeature(p, st.P[x] as number);
  if (c) out[k++] = hashFeature(c, st.C[x] as number);
  return k;
}

/**
 * Per-(form, tag) move weight sums of every role, and the rows of the sentence being parsed. Besides the roles,
 * a row holds the sums of the valency features of the word as s0 and as n0 (one word and a count of 0–4), and
 * the class keeps the sums of the arc-label features (one label index each) in a small table: 14 of the 54
 * features a move would otherwise hash and look up one by one.
 */
export class MoveRoleSums {
  private readonly byType = new Map<number, Int32Array>();
  private rows: Int32Array[] = [];
  private readonly roles = new Int32Array(ROLES);
  private readonly labelWords = new Int32Array(ARC_LABEL_TEMPLATES.length);
  private readonly features = new Int32Array(4 * ROLES);
  /** Sums of template ARC_LABEL_TEMPLATES[j] with label value l at ((j · LABEL_VALUES) + l) · 4. */
  private readonly labelTable: Int32Array;

  constructor(private readonly model: SparseModel) {
    this.labelTable = new Int32Array(ARC_LABEL_TEMPLATES.length * LABEL_VALUES * MOVE_CLASSES);
    for (let j = 0; j < ARC_LABEL_TEMPLATES.length; j++) {
      for (let l = 0; l < LABEL_VALUES; l++) {
        this.features[0] = hashFeature(ARC_LABEL_TEMPLATES[j] as number, l);
        const at = (j * LABEL_VALUES + l) * MOVE_CLASSES;
        this.model.accumulate(this.features, 1, this.labelTable.subarray(at, at + MOVE_CLASSES));
      }
    }
  }

  /** Finds (or computes) the row of every position of the state's sentence: its words, the root, the sentinel. */
  prepare(st: ParseState): void {
    this.rows.length = 0;
    for (let x = 0; x <= st.n + 1; x++) this.rows.push(this.row(st, x));
  }

  /**
   * Sets `sums` to the role, valency and arc-label sums of the current state (the four classes summed in locals,
   * written once). Label values must be under LABEL_VALUES (models with fewer labels; see `covers`).
   */
  add(st: ParseState, sums: Int32Array): void {
    roleWords(st, this.roles);
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let r = 0; r < ROLES; r++) {
      const row = this.rows[this.roles[r] as number] as Int32Array;
      const base = r * MOVE_CLASSES;
      s0 += row[base] as number;
      s1 += row[base + 1] as number;
      s2 += row[base + 2] as number;
      s3 += row[base + 3] as number;
    }
    // valency: s0's right and left counts and n0's left count, each capped at 4 (VALENCY_TEMPLATES order)
    const top = this.roles[0] as number;
    const front = this.roles[1] as number;
    const topRow = this.rows[top] as Int32Array;
    const frontRow = this.rows[front] as Int32Array;
    const vr = VALENCY_AT + Math.min(st.rightCount[top] as number, 4) * MOVE_CLASSES;
    const vl = VALENCY_AT + (VALENCIES + Math.min(st.leftCount[top] as number, 4)) * MOVE_CLASSES;
    const fl = VALENCY_AT + (2 * VALENCIES + Math.min(st.leftCount[front] as number, 4)) * MOVE_CLASSES;
    s0 += (topRow[vr] as number) + (topRow[vl] as number) + (frontRow[fl] as number);
    s1 += (topRow[vr + 1] as number) + (topRow[vl + 1] as number) + (frontRow[fl + 1] as number);
    s2 += (topRow[vr + 2] as number) + (topRow[vl + 2] as number) + (frontRow[fl + 2] as number);
    s3 += (topRow[vr + 3] as number) + (topRow[vl + 3] as number) + (frontRow[fl + 3] as number);
    // the arc-label words are among the role words just read
    const words = labelWordsOfRoles(this.roles, this.labelWords);
    const table = this.labelTable;
    for (let j = 0; j < words.length; j++) {
      const base = (j * LABEL_VALUES + (st.label[words[j] as number] as number)) * MOVE_CLASSES;
      s0 += table[base] as number;
      s1 += table[base + 1] as number;
      s2 += table[base + 2] as number;
      s3 += table[base + 3] as number;
    }
    sums[0] = s0;
    sums[1] = s1;
    sums[2] = s2;
    sums[3] = s3;
  }

  /** Whether the label table covers every label value of a parser with `labels` labels. */
  static covers(labels: number): boolean {
    return labels + 1 <= LABEL_VALUES;
  }

  /**
   * The row of position x's (form, tag, cluster). Rows are found by a small-integer hash of the three atoms (a
   * string key cost 6 % of tagging and parsing) and hold the atoms after their sums, so a row made for other atoms
   * with the same hash is recognized and replaced.
   */
  private row(st: ParseState, x: number): Int32Array {
    const w = st.W[x] as number;
    const p = st.P[x] as number;
    const c = st.C[x] as number;
    const key = hashFeature(0, w, p, c) & 0x3fffffff;
    let row = this.byType.get(key);
    if (row && row[CHECK] === w && row[CHECK + 1] === p && row[CHECK + 2] === c) return row;
    if (this.byType.size >= ROLE_CACHE_LIMIT) this.byType.clear();
    row = new Int32Array(CHECK + 3);
    for (let r = 0; r < ROLES; r++) {
      const n = roleFeatures(st, r, x, this.features, 0);
      this.model.accumulate(this.features, n, row.subarray(r * MOVE_CLASSES, (r + 1) * MOVE_CLASSES));
    }
    this.fillValency(row, w, p);
    row[CHECK] = w;
    row[CHECK + 1] = p;
    row[CHECK + 2] = c;
    this.byType.set(key, row);
    return row;
  }

  /** The valency sums of a word with atoms w and p, for each template pair and count. */
  private fillValency(row: Int32Array, w: number, p: number): void {
    for (let g = 0; g < VALENCY_TEMPLATES.length; g++) {
      const [tw, tp] = VALENCY_TEMPLATES[g] as readonly [number, number];
      for (let v = 0; v < VALENCIES; v++) {
        this.features[0] = hashFeature(tw, w, v);
        this.features[1] = hashFeature(tp, p, v);
        const at = VALENCY_AT + (g * VALENCIES + v) * MOVE_CLASSES;
        this.model.accumulate(this.features, 2, row.subarray(at, at + MOVE_CLASSES));
      }
    }
  }
}

/** Where a row's valency sums follow its role sums, and where its atoms follow those. */
const VALENCY_AT = ROLES * MOVE_CLASSES;
const CHECK = VALENCY_AT + VALENCY_TEMPLATES.length * VALENCIES * MOVE_CLASSES;
/** Label values (label index + 1, 0 = no arc) the arc-label table covers: the label bit sets allow 63 labels. */
const LABEL_VALUES = 64;
/** 112 sums a (form, tag): 50,000 types take ~24 MB and cover nearly every word of news text. */
const ROLE_CACHE_LIMIT = 50_000;
const caches = new WeakMap<SparseModel, MoveRoleSums>();

/** The role sums of a frozen move model (one per model, kept while the model lives). */
export function moveRoleSums(model: SparseModel): MoveRoleSums {
  let sums = caches.get(model);
  if (!sums) {
    sums = new MoveRoleSums(model);
    caches.set(model, sums);
  }
  return sums;
}
