/**
 * Part-of-speech tagger: one joint class per UPOS + XPOS pair (so the two never disagree), predicted left to
 * right by an averaged perceptron over the word's own atoms, two words of context either side, the two tags
 * already predicted, and the word's ambiguity class (the tags it had in training).
 */

import type { LemmaRules } from "./lemmatize.js";
import { type ClusterTable, type WordAtoms, wordAtoms } from "./lexical.js";
import { type ModelFile, type NumericArray, requireArray } from "./model-file.js";
import { hashFeature, hashString, type Scorer, SparseModel, sparseArrays, sparseFromArrays } from "./perceptron.js";

export interface TaggerModel {
  /** Joint classes, "UPOS XPOS". */
  readonly tags: readonly string[];
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  readonly scorer: Scorer;
  /** Normalized-word hash → hash of the set of tags it had in training. */
  readonly ambiguity: Map<number, number>;
  /** Normalized-word hash → the one tag the word (nearly) always had in training: tagged by lookup. */
  readonly dictionary: Map<number, number>;
  readonly clusters?: ClusterTable;
}

export const MAX_TAGGER_FEATURES = 64;

const T = {
  bias: 1,
  norm: 2,
  form: 3,
  suf1: 4,
  suf2: 5,
  suf3: 6,
  suf4: 7,
  pre1: 8,
  pre2: 9,
  pre3: 10,
  shape: 11,
  prev: 12,
  prev2: 13,
  prevNorm: 14,
  normM1: 15,
  suf3M1: 16,
  normM2: 17,
  normP1: 18,
  suf3P1: 19,
  normP2: 20,
  shapeM1: 21,
  shapeP1: 22,
  bigramM1: 23,
  bigramP1: 24,
  prevNormP1: 25,
  amb: 26,
  ambP1: 27,
  ambP2: 28,
  prevAmb: 29,
  firstShape: 30,
  prevSuf3: 31,
  ambAmbP1: 32,
  suf2P1: 33,
  shapeP2: 34,
  prev2Amb: 35,
  c4: 36,
  c8: 37,
  c12: 38,
  cAll: 39,
  c8M1: 40,
  c8P1: 41,
  c4P1: 42,
  c8P2: 43,
  capRate: 44,
  prevC8: 45,
  capShape: 46,
} as const;

const NONE = hashString("<none>");
const START = hashString("<s>");
const END = hashString("</s>");

function at(a: Int32Array, i: number, edge: number): number {
  return i < 0 ? START : i >= a.length ? END : (a[i] as number) || edge;
}

/**
 * The features of word `i` fall into six groups. Five depend on the spelling of one word only: the word itself
 * (`ownFeatures`) and its neighbours at −2, −1, +1, +2 (`neighbourFeatures`); `tagWords` caches their weight sums
 * per spelling. The sixth (`sequenceFeatures`) reads the tags already predicted or pairs two words, and is
 * computed for every word.
 */
const Offset = { Own: 0, Left2: 1, Left1: 2, Right1: 3, Right2: 4 } as const;

/** Position of each group's word relative to the tagged word. */
const OFFSETS = [0, -2, -1, 1, 2] as const;
const GROUPS = OFFSETS.length;

const groupedScratch = new Int32Array(MAX_TAGGER_FEATURES);

/**
 * Fills `out` with the features of word `i` in the order of their template ids (T); returns how many.
 * `prev1`/`prev2` are tag indices (-1 = none). Training uses this order: any order scores the same (a feature's
 * hash includes its template id), but the trainer's key table, and so the order of the features in the saved
 * model file, follows the order in which features are first seen; the committed tagger-2 was trained with this
 * order (docs/syntax.md, "Sixth stop").
 */
export function taggerFeatures(
  w: WordAtoms,
  amb: Int32Array,
  i: number,
  prev1: number,
  prev2: number,
  out: Int32Array,
): number {
  const n = groupedTaggerFeatures(w, amb, i, prev1, prev2, groupedScratch);
  for (let j = 0; j < n; j++) out[(GROUPED_TAGGER_TEMPLATES[j] as number) - 1] = groupedScratch[j] as number;
  return n;
}

/**
 * Template id of each position of `groupedTaggerFeatures`' output: ownFeatures, the neighbours at −2, −1, +1, +2,
 * then sequenceFeatures. Every template adds exactly one feature.
 */
export const GROUPED_TAGGER_TEMPLATES: readonly number[] = [
  ...[T.bias, T.norm, T.form, T.suf1, T.suf2, T.suf3, T.suf4, T.pre1, T.pre2, T.pre3, T.shape],
  ...[T.amb, T.c4, T.c8, T.c12, T.cAll, T.capRate],
  T.normM2,
  ...[T.normM1, T.suf3M1, T.c8M1],
  ...[T.normP1, T.suf3P1, T.suf2P1, T.ambP1, T.c8P1],
  ...[T.normP2, T.ambP2, T.shapeP2, T.c8P2],
  ...[T.prev, T.prev2, T.shapeM1, T.shapeP1, T.firstShape, T.capShape],
  ...[T.prevNorm, T.bigramM1, T.bigramP1, T.prevNormP1, T.prevAmb, T.prevSuf3, T.ambAmbP1, T.prev2Amb],
  ...[T.c4P1, T.prevC8],
];

/** The features of word `i` grouped as the decoder's per-spelling sums need them (see the groups above). */
export function groupedTaggerFeatures(
  w: WordAtoms,
  amb: Int32Array,
  i: number,
  prev1: number,
  prev2: number,
  out: Int32Array,
): number {
  let n = ownFeatures(w, amb, i, out, 0);
  for (let g: number = Offset.Left2; g <= Offset.Right2; g++) {
    n = neighbourFeatures(g, w, amb, i + (OFFSETS[g] as number), out, n);
  }
  return sequenceFeatures(w, amb, i, prev1, prev2, out, n);
}

/** Features of the word's own spelling (and its ambiguity class). */
function ownFeatures(w: WordAtoms, amb: Int32Array, i: number, out: Int32Array, n: number): number {
  out[n++] = hashFeature(T.bias, 0);
  out[n++] = hashFeature(T.norm, w.norm[i] as number);
  out[n++] = hashFeature(T.form, w.form[i] as number);
  out[n++] = hashFeature(T.suf1, w.suffix1[i] as number);
  out[n++] = hashFeature(T.suf2, w.suffix2[i] as number);
  out[n++] = hashFeature(T.suf3, w.suffix3[i] as number);
  out[n++] = hashFeature(T.suf4, w.suffix4[i] as number);
  out[n++] = hashFeature(T.pre1, w.prefix1[i] as number);
  out[n++] = hashFeature(T.pre2, w.prefix2[i] as number);
  out[n++] = hashFeature(T.pre3, w.prefix3[i] as number);
  out[n++] = hashFeature(T.shape, w.shape[i] as number);
  out[n++] = hashFeature(T.amb, at(amb, i, NONE));
  out[n++] = hashFeature(T.c4, w.cluster4[i] as number);
  out[n++] = hashFeature(T.c8, w.cluster8[i] as number);
  out[n++] = hashFeature(T.c12, w.cluster12[i] as number);
  out[n++] = hashFeature(T.cAll, w.cluster[i] as number);
  out[n++] = hashFeature(T.capRate, w.capitalRate[i] as number, w.shape[i] as number);
  return n;
}

/** Features of the one word at position `j` (which may lie outside the sentence), seen from offset group `g`. */
function neighbourFeatures(g: number, w: WordAtoms, amb: Int32Array, j: number, out: Int32Array, n: number): number {
  switch (g) {
    case Offset.Left2:
      out[n++] = hashFeature(T.normM2, at(w.norm, j, NONE));
      break;
    case Offset.Left1:
      out[n++] = hashFeature(T.normM1, at(w.norm, j, NONE));
      out[n++] = hashFeature(T.suf3M1, at(w.suffix3, j, NONE));
      out[n++] = hashFeature(T.c8M1, at(w.cluster8, j, NONE));
      break;
    case Offset.Right1:
      out[n++] = hashFeature(T.normP1, at(w.norm, j, NONE));
      out[n++] = hashFeature(T.suf3P1, at(w.suffix3, j, NONE));
      out[n++] = hashFeature(T.suf2P1, at(w.suffix2, j, NONE));
      out[n++] = hashFeature(T.ambP1, at(amb, j, NONE));
      out[n++] = hashFeature(T.c8P1, at(w.cluster8, j, NONE));
      break;
    case Offset.Right2:
      out[n++] = hashFeature(T.normP2, at(w.norm, j, NONE));
      out[n++] = hashFeature(T.ambP2, at(amb, j, NONE));
      out[n++] = hashFeature(T.shapeP2, at(w.shape, j, NONE));
      out[n++] = hashFeature(T.c8P2, at(w.cluster8, j, NONE));
      break;
    default:
      break;
  }
  return n;
}

/**
 * Features of the previous tags, of word pairs, and of the position in the sentence, in three parts: the two
 * previous tags alone, the shapes around the word, and the rest. The decoder takes the first two parts' sums from
 * rows cached per tag pair and per shape context (`GroupSumCache`): they are few distinct values whose features
 * weigh on many classes each (five sixths of the ~440 class weights a word's sequence features add up).
 */
function sequenceFeatures(
  w: WordAtoms,
  amb: Int32Array,
  i: number,
  prev1: number,
  prev2: number,
  out: Int32Array,
  n: number,
): number {
  n = prevTagFeatures(prev1, prev2, out, n);
  n = shapeContextFeatures(w, i, out, n);
  return otherSequenceFeatures(w, amb, i, prev1, prev2, out, n);
}

/** The previous two tags (indices, -1 = none). */
function prevTagFeatures(prev1: number, prev2: number, out: Int32Array, n: number): number {
  out[n++] = hashFeature(T.prev, prev1 + 2);
  out[n++] = hashFeature(T.prev2, prev1 + 2, prev2 + 2);
  return n;
}

/** The shapes of the word and its neighbours, with its place at the start and its capitalization rate. */
function shapeContextFeatures(w: WordAtoms, i: number, out: Int32Array, n: number): number {
  const shape = w.shape[i] as number;
  const first = i === 0 ? 1 : 0;
  const next = at(w.shape, i + 1, NONE);
  out[n++] = hashFeature(T.shapeM1, at(w.shape, i - 1, NONE), shape);
  out[n++] = hashFeature(T.shapeP1, next, shape);
  out[n++] = hashFeature(T.firstShape, first, shape);
  out[n++] = hashFeature(T.capShape, first, w.capitalRate[i] as number, next);
  return n;
}

/** The sequence features neither cached part covers: a previous tag with a word, and word pairs. */
function otherSequenceFeatures(
  w: WordAtoms,
  amb: Int32Array,
  i: number,
  prev1: number,
  prev2: number,
  out: Int32Array,
  n: number,
): number {
  const p1 = prev1 + 2;
  const norm = w.norm[i] as number;
  const a0 = at(amb, i, NONE);
  out[n++] = hashFeature(T.prevNorm, p1, norm);
  out[n++] = hashFeature(T.bigramM1, at(w.norm, i - 1, NONE), norm);
  out[n++] = hashFeature(T.bigramP1, norm, at(w.norm, i + 1, NONE));
  out[n++] = hashFeature(T.prevNormP1, p1, at(w.norm, i + 1, NONE));
  out[n++] = hashFeature(T.prevAmb, p1, a0);
  out[n++] = hashFeature(T.prevSuf3, p1, w.suffix3[i] as number);
  out[n++] = hashFeature(T.ambAmbP1, a0, at(amb, i + 1, NONE));
  out[n++] = hashFeature(T.prev2Amb, p1, prev2 + 2, a0);
  out[n++] = hashFeature(T.c4P1, at(w.cluster4, i + 1, NONE), w.cluster4[i] as number);
  out[n++] = hashFeature(T.prevC8, p1, w.cluster8[i] as number);
  return n;
}

/** Ambiguity-class atoms of a sentence's words (0 for words unseen in training). */
export function ambiguityAtoms(model: Pick<TaggerModel, "ambiguity">, w: WordAtoms): Int32Array {
  const out = new Int32Array(w.count);
  for (let i = 0; i < w.count; i++) out[i] = model.ambiguity.get(w.norm[i] as number) ?? 0;
  return out;
}

export interface Tagged {
  /** Joint tag index per word. */
  readonly tags: Int32Array;
}

const POSSESSIVE_MARKER = /^(['’`]s?|s)$/i;
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whether a word's spelling allows a tag. A few tags belong to a closed, purely orthographic set of forms: the
 * possessive marker (XPOS `POS`) is only ever "'s" or "'", and punctuation never has letters or digits. The
 * perceptron has no such hard limit and, in unusual contexts, gives "drew" in "criticism of the mayor drew fire"
 * the possessive tag; the check keeps that class of error out without touching any other decision.
 */
function spellingAllows(upos: string, xpos: string, form: string): boolean {
  if (xpos === "POS") return POSSESSIVE_MARKER.test(form);
  if (upos === "PUNCT") return !HAS_WORD_CHARACTER.test(form);
  return true;
}

/** The best-scoring tag the word's spelling allows. */
function bestAllowedTag(model: TaggerModel, scores: Float32Array, form: string): number {
  let best = -1;
  for (let c = 0; c < scores.length; c++) {
    if (best >= 0 && (scores[c] as number) <= (scores[best] as number)) continue;
    if (spellingAllows(model.upos[c] as string, model.xpos[c] as string, form)) best = c;
  }
  return Math.max(best, 0);
}

/**
 * A caller's memo of the per-spelling group sums (see GroupSumCache): `ids` numbers the sentence's words (the same
 * number for the same spelling, as a document does), `rows` holds the row found for each number, so a spelling
 * seen before in the document is not looked up again in the process-wide cache.
 */
export interface GroupRowMemo {
  readonly ids: ArrayLike<number>;
  readonly rows: (Int32Array | undefined)[];
}

/** Tags one sentence's words. */
export function tagWords(
  model: TaggerModel,
  forms: readonly string[],
  atoms = wordAtoms(forms, model.clusters),
  memo?: GroupRowMemo,
): Tagged {
  const amb = ambiguityAtoms(model, atoms);
  if (model.scorer instanceof SparseModel) return tagWithGroupSums(model, model.scorer, forms, atoms, amb, memo);
  const n = forms.length;
  const tags = new Int32Array(n);
  const features = new Int32Array(MAX_TAGGER_FEATURES);
  const scores = new Float32Array(model.tags.length);
  let prev1 = -1;
  let prev2 = -1;
  for (let i = 0; i < n; i++) {
    let best = model.dictionary.get(atoms.norm[i] as number);
    if (best === undefined) {
      const nf = groupedTaggerFeatures(atoms, amb, i, prev1, prev2, features);
      scores.fill(0);
      model.scorer.score(features, nf, scores);
      best = bestAllowedTag(model, scores, forms[i] as string);
    }
    tags[i] = best;
    prev2 = prev1;
    prev1 = best;
  }
  return { tags };
}

/**
 * `tagWords` for a frozen model, with most weight sums looked up in caches instead of hashed and scored for every
 * word: the five one-word feature groups (30 of the 46 features) per spelling, the two previous tags' features per
 * tag pair, and the four shape-context features per shape context (see GroupSumCache). The sums are integers, so
 * the tags are exactly those of scoring every feature (checked in tagger.test.ts). Scoring was bound by adding
 * up the class weights of the features found (~440 per word, before the tag-pair and shape caches; ~75 after).
 */
function tagWithGroupSums(
  model: TaggerModel,
  scorer: SparseModel,
  forms: readonly string[],
  atoms: WordAtoms,
  amb: Int32Array,
  memo?: GroupRowMemo,
): Tagged {
  const n = forms.length;
  const classes = model.tags.length;
  const cache = groupSumCache(model, scorer);
  const rows = spellingRows(cache, forms, atoms, amb, memo);
  const edges = cache.edges(atoms, amb);
  const tags = new Int32Array(n);
  const { features, sums } = cache;
  let prev1 = -1;
  let prev2 = -1;
  for (let i = 0; i < n; i++) {
    let best = model.dictionary.get(atoms.norm[i] as number);
    if (best === undefined) {
      addGroupSums(sums, classes, rows, edges, i, cache.shapeRow(atoms, i), cache.prevRow(prev1, prev2));
      scorer.accumulate(features, otherSequenceFeatures(atoms, amb, i, prev1, prev2, features, 0), sums);
      best = bestAllowedSum(model, sums, forms[i] as string);
    }
    tags[i] = best;
    prev2 = prev1;
    prev1 = best;
  }
  return { tags };
}

/** Each word's row of one-word group sums, from the caller's memo or the cache. */
function spellingRows(
  cache: GroupSumCache,
  forms: readonly string[],
  atoms: WordAtoms,
  amb: Int32Array,
  memo?: GroupRowMemo,
): Int32Array[] {
  const rows: Int32Array[] = [];
  for (let j = 0; j < forms.length; j++) {
    const id = memo ? (memo.ids[j] as number) : -1;
    let row = memo?.rows[id];
    if (row === undefined) {
      row = cache.row(forms[j] as string, atoms, amb, j);
      if (memo) memo.rows[id] = row;
    }
    rows.push(row);
  }
  return rows;
}

/**
 * Sets `sums` to the five one-word groups' sums of word `i` (its own row's group 0, the row of the word two to the
 * left's group 1, and so on) plus its shape-context and previous-tag rows, in one pass over the classes.
 */
function addGroupSums(
  sums: Int32Array,
  classes: number,
  rows: Int32Array[],
  edges: Int32Array,
  i: number,
  shape: Int32Array,
  prev: Int32Array,
): void {
  const n = rows.length;
  const own = rows[i] as Int32Array;
  const l2 = i >= 2 ? (rows[i - 2] as Int32Array) : edges;
  const l1 = i >= 1 ? (rows[i - 1] as Int32Array) : edges;
  const r1 = i + 1 < n ? (rows[i + 1] as Int32Array) : edges;
  const r2 = i + 2 < n ? (rows[i + 2] as Int32Array) : edges;
  const b1 = Offset.Left2 * classes;
  const b2 = Offset.Left1 * classes;
  const b3 = Offset.Right1 * classes;
  const b4 = Offset.Right2 * classes;
  for (let c = 0; c < classes; c++) {
    sums[c] =
      (own[c] as number) +
      (l2[b1 + c] as number) +
      (l1[b2 + c] as number) +
      (r1[b3 + c] as number) +
      (r2[b4 + c] as number) +
      (shape[c] as number) +
      (prev[c] as number);
  }
}

/**
 * `bestAllowedTag` on the integer sums, without turning them into scores: a score is `sums[c] · stepSize` rounded
 * to 32 bits, which keeps the order of the sums and, for sums under 2^23 in magnitude (46 features of at most
 * 2^15 each: under 2^21), sets no two different sums equal, so the same tag wins, ties included.
 */
function bestAllowedSum(model: TaggerModel, sums: Int32Array, form: string): number {
  let best = -1;
  for (let c = 0; c < model.tags.length; c++) {
    if (best >= 0 && (sums[c] as number) <= (sums[best] as number)) continue;
    if (spellingAllows(model.upos[c] as string, model.xpos[c] as string, form)) best = c;
  }
  return Math.max(best, 0);
}

/**
 * Integer weight sums of the one-word feature groups, per spelling: one row of GROUPS × classes sums (the word as
 * itself, as the word two and one to the left, one and two to the right), plus a check of the atoms it was made
 * from, so a caller that built atoms with another cluster table gets fresh sums. Emptied when it grows large: it
 * only saves work.
 */
class GroupSumCache {
  private readonly byForm = new Map<string, Int32Array>();
  private readonly byShape = new Map<number, Int32Array>();
  private readonly byPrev: (Int32Array | undefined)[] = [];
  private edgeRow: Int32Array | null = null;
  /** Scratch buffers of `tagWithGroupSums`, kept here so that tagging a sentence allocates only its tags. */
  readonly features = new Int32Array(MAX_TAGGER_FEATURES);
  readonly sums: Int32Array;

  constructor(
    private readonly scorer: SparseModel,
    private readonly classes: number,
  ) {
    this.sums = new Int32Array(classes);
  }

  row(form: string, w: WordAtoms, amb: Int32Array, j: number): Int32Array {
    const found = this.byForm.get(form);
    const check = this.classes * GROUPS;
    if (found && found[check] === w.cluster[j] && found[check + 1] === amb[j]) return found;
    if (this.byForm.size >= GROUP_CACHE_LIMIT) this.byForm.clear();
    const row = new Int32Array(check + 2);
    this.fill(row, Offset.Own, ownFeatures(w, amb, j, this.features, 0));
    for (let g: number = Offset.Left2; g <= Offset.Right2; g++) {
      this.fill(row, g, neighbourFeatures(g, w, amb, j, this.features, 0));
    }
    row[check] = w.cluster[j] as number;
    row[check + 1] = amb[j] as number;
    this.byForm.set(form, row);
    return row;
  }

  /** Sums for positions outside the sentence: the start marker on the left, the end marker on the right. */
  /**
   * Sums of word i's shape-context features (`shapeContextFeatures`), by the shapes before, at and after it, its
   * start-of-sentence flag and its capitalization rate: a few thousand contexts cover news text. The atoms follow
   * the sums, so a context with the same hash is recognized and replaced.
   */
  shapeRow(w: WordAtoms, i: number): Int32Array {
    const { classes } = this;
    const before = at(w.shape, i - 1, NONE);
    const shape = w.shape[i] as number;
    const after = at(w.shape, i + 1, NONE);
    const first = i === 0 ? 1 : 0;
    const rate = w.capitalRate[i] as number;
    // a small integer key: a Map hashes those fastest (larger numbers are boxed)
    const key = hashFeature(1 + first, before, shape, hashFeature(0, after, rate)) & 0x3fffffff;
    const found = this.byShape.get(key);
    if (
      found &&
      found[classes] === before &&
      found[classes + 1] === shape &&
      found[classes + 2] === after &&
      found[classes + 3] === first &&
      found[classes + 4] === rate
    )
      return found;
    if (this.byShape.size >= GROUP_CACHE_LIMIT) this.byShape.clear();
    const row = new Int32Array(classes + 5);
    this.scorer.accumulate(this.features, shapeContextFeatures(w, i, this.features, 0), row);
    row.set([before, shape, after, first, rate], classes);
    this.byShape.set(key, row);
    return row;
  }

  /** Sums of the previous-tag features (`prevTagFeatures`) of a tag pair (indices, -1 = none). */
  prevRow(prev1: number, prev2: number): Int32Array {
    const index = (prev1 + 1) * (this.classes + 1) + prev2 + 1;
    let row = this.byPrev[index];
    if (row === undefined) {
      row = new Int32Array(this.classes);
      this.scorer.accumulate(this.features, prevTagFeatures(prev1, prev2, this.features, 0), row);
      this.byPrev[index] = row;
    }
    return row;
  }

  edges(w: WordAtoms, amb: Int32Array): Int32Array {
    if (this.edgeRow) return this.edgeRow;
    const row = new Int32Array(this.classes * GROUPS);
    this.fill(row, Offset.Left2, neighbourFeatures(Offset.Left2, w, amb, -2, this.features, 0));
    this.fill(row, Offset.Left1, neighbourFeatures(Offset.Left1, w, amb, -1, this.features, 0));
    this.fill(row, Offset.Right1, neighbourFeatures(Offset.Right1, w, amb, w.count, this.features, 0));
    this.fill(row, Offset.Right2, neighbourFeatures(Offset.Right2, w, amb, w.count + 1, this.features, 0));
    this.edgeRow = row;
    return row;
  }

  private fill(row: Int32Array, g: number, nf: number): void {
    this.scorer.accumulate(this.features, nf, row.subarray(g * this.classes, (g + 1) * this.classes));
  }
}

/** About 1 kB per spelling: 20,000 spellings cover nearly every word of news text. */
const GROUP_CACHE_LIMIT = 20_000;
const groupCaches = new WeakMap<TaggerModel, GroupSumCache>();

function groupSumCache(model: TaggerModel, scorer: SparseModel): GroupSumCache {
  let cache = groupCaches.get(model);
  if (!cache) {
    cache = new GroupSumCache(scorer, model.tags.length);
    groupCaches.set(model, cache);
  }
  return cache;
}

/** The tagger's arrays and metadata for a model file. */
export function taggerModelFile(
  model: TaggerModel & { scorer: SparseModel },
  lemmas: LemmaRules,
  meta: Record<string, unknown>,
): ModelFile {
  const ambKeys = Int32Array.from(model.ambiguity.keys());
  const ambValues = Int32Array.from(model.ambiguity.values());
  return {
    meta: { ...meta, kind: "tagger", tags: model.tags, lemmas },
    arrays: new Map<string, NumericArray>([
      ["ambiguity.keys", ambKeys],
      ["ambiguity.values", ambValues],
      ["dictionary.keys", Int32Array.from(model.dictionary.keys())],
      ["dictionary.values", Int32Array.from(model.dictionary.values())],
      ...sparseArrays("tagger", model.scorer),
    ]),
  };
}

export function taggerFromModelFile(
  file: ModelFile,
  clusters?: ClusterTable,
): { tagger: TaggerModel; lemmas: LemmaRules } {
  const tags = file.meta.tags as string[];
  const keys = requireArray(file, "ambiguity.keys", Int32Array);
  const values = requireArray(file, "ambiguity.values", Int32Array);
  const ambiguity = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) ambiguity.set(keys[i] as number, values[i] as number);
  const dictKeys = requireArray(file, "dictionary.keys", Int32Array);
  const dictValues = requireArray(file, "dictionary.values", Int32Array);
  const dictionary = new Map<number, number>();
  for (let i = 0; i < dictKeys.length; i++) dictionary.set(dictKeys[i] as number, dictValues[i] as number);
  const scorer = sparseFromArrays(tags.length, (name, kind) => requireArray(file, name, kind), "tagger");
  const tagger: TaggerModel = {
    tags,
    upos: tags.map((t) => t.split(" ")[0] as string),
    xpos: tags.map((t) => t.split(" ")[1] as string),
    scorer,
    ambiguity,
    dictionary,
    ...(clusters ? { clusters } : {}),
  };
  return { tagger, lemmas: file.meta.lemmas as LemmaRules };
}
