/**
 * Dyad's name recognizer: a sequence labeller that marks person, organization, location and other (MISC) names
 * in a sequence of words, trained on CoNLL-2003 English and GUM (see train/train-ner.ts and
 * data/models/MODEL_CARD.md).
 *
 * Model: averaged perceptron over hashed features, greedy left-to-right decoding over BILOU tags (B/I/L = first,
 * inner and last word of a multi-word name, U = a one-word name, O = no name) with the tags already predicted as
 * history, and BILOU transitions enforced. Two stages: the first labels the document from local evidence (the
 * word's own atoms, two words either side, word clusters, gazetteer matches, whether the word is written in lower
 * case elsewhere in the document); the second sees, in addition, what the first stage decided for the same word
 * elsewhere in the document (the first mention of "Mahan Air" tells what a later headline "MAHAN" is).
 *
 * Words that have no capital letter and are not connectors seen inside names in training ("of", "de", "van", "&")
 * are never part of a name, so they are not scored: that keeps the recognizer fast (most words are lower case).
 *
 * Input is a list of words and the segments (sentences) they form; `segmentWords` cuts a text's words into
 * segments treating a hard line wrap as a space (wire text wrapped at 70 columns) but a line of its own
 * (headline, byline, dateline) as a segment.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { clustersFromModel } from "./clusters.js";
import type { ClusterTable, WordAtoms } from "./lexical.js";
import { ATOM_COLUMNS, wordAtoms } from "./lexical.js";
import { type ModelFile, readModelFile, requireArray } from "./model-file.js";
import { hashFeature, hashString, type Scorer, SparseModel, sparseFromArrays } from "./perceptron.js";

export const NER_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export type NerType = (typeof NER_TYPES)[number];

/** Tag 0 = O; tag 1 + 4·type + {0: B, 1: I, 2: L, 3: U}. */
export const NER_CLASSES = 1 + 4 * NER_TYPES.length;
const B = 0;
const I = 1;
const L = 2;
const U = 3;

export const tagType = (tag: number): number => (tag - 1) >> 2;
export const tagPart = (tag: number): number => (tag - 1) & 3;
export const makeTag = (type: number, part: number): number => 1 + 4 * type + part;

/** A name found: words [start, end), type index into NER_TYPES. */
export interface NerSpan {
  start: number;
  end: number;
  type: number;
}

/** Gazetteer kinds (bits). */
export const GAZ_PER = 1;
export const GAZ_ORG = 2;
export const GAZ_LOC = 4;
export const GAZ_MISC = 8;
/** Single words that are given names ("Ahmet", "Keith"). */
export const GAZ_GIVEN = 16;
const GAZ_KINDS = [GAZ_PER, GAZ_ORG, GAZ_LOC, GAZ_MISC, GAZ_GIVEN];
const MAX_GAZ_WORDS = 6;

/**
 * Phrases of known names by kind, stored as hashes of their word keys (no strings), so the model file carries the
 * gazetteer it was trained with. Keys: lower case, no diacritics, no dots (`gazetteerKey`).
 */
export class Gazetteer {
  /** Hash of a phrase (or of a phrase prefix) → kind bits; bit 31 (as 1 << 30 here) marks "prefix of a longer phrase". */
  readonly table: Map<number, number>;
  constructor(table: Map<number, number> = new Map()) {
    this.table = table;
  }

  add(words: readonly string[], kind: number): void {
    if (words.length === 0 || words.length > MAX_GAZ_WORDS) return;
    let h = 0;
    for (let k = 0; k < words.length; k++) {
      h = phraseStep(h, hashString(gazetteerKey(words[k] as string)));
      const old = this.table.get(h) ?? 0;
      this.table.set(h, k === words.length - 1 ? old | kind : old | PREFIX);
    }
  }

  get size(): number {
    return this.table.size;
  }

  toArrays(): { keys: Int32Array; kinds: Int32Array } {
    const keys = [...this.table.keys()].sort((a, b) => a - b);
    return { keys: Int32Array.from(keys), kinds: Int32Array.from(keys, (k) => this.table.get(k) as number) };
  }

  static fromArrays(keys: Int32Array, kinds: Int32Array): Gazetteer {
    const table = new Map<number, number>();
    for (let i = 0; i < keys.length; i++) table.set(keys[i] as number, kinds[i] as number);
    return new Gazetteer(table);
  }
}

const PREFIX = 1 << 30;

function phraseStep(h: number, word: number): number {
  return hashFeature(99, h, word);
}

const COMBINING = /[\u0300-\u036f]/g;

/** Key of a word for gazetteer lookups: lower case, no diacritics, no dots, straight apostrophes. */
export function gazetteerKey(word: string): string {
  let k = word.toLowerCase();
  if (k.length > 1) k = k.replace(/\./g, "");
  k = k.replace(/[\u2018\u2019\u201B\u2032`]/g, "'");
  if (/[^ -~]/.test(k)) k = k.normalize("NFD").replace(COMBINING, "");
  return k === "" ? word : k;
}

export interface NerModel {
  readonly version: string;
  readonly stage1: Scorer;
  readonly stage2: Scorer | null;
  readonly clusters?: ClusterTable;
  readonly gazetteer: Gazetteer;
  /** Hashes of normalized words seen at least twice in training: only those get word-identity features. */
  readonly known: Set<number>;
  /** Hashes of lower-case words seen inside names in training ("of", "de", "van"): such words are scored. */
  readonly inside: Set<number>;
}

/** Words and their segments (sentences), as the recognizer sees them. */
export interface NerInput {
  readonly forms: readonly string[];
  /** Segment boundaries: segment k is words [bounds[k], bounds[k+1]). Starts with 0, ends with forms.length. */
  readonly bounds: Int32Array;
}

// ---- features ------------------------------------------------------------------------------------------------

const F = {
  bias: 1,
  norm: 2,
  form: 3,
  shape: 4,
  shapeInit: 5,
  shapeCaps: 6,
  pre2: 7,
  pre3: 8,
  suf2: 9,
  suf3: 10,
  suf4: 11,
  c4: 12,
  c8: 13,
  c12: 14,
  cAll: 15,
  capRate: 16,
  normM1: 17,
  normP1: 18,
  normM2: 19,
  normP2: 20,
  shapeM1: 21,
  shapeP1: 22,
  shapeBiM: 23,
  shapeBiP: 24,
  c8M1: 25,
  c8P1: 26,
  biM: 27,
  biP: 28,
  gaz: 29,
  gazM1: 30,
  gazP1: 31,
  lowerElse: 32,
  capElse: 33,
  initNorm: 34,
  capsNorm: 35,
  len: 36,
  prev: 37,
  prev2: 38,
  prevShape: 39,
  prevNorm: 40,
  prevC8: 41,
  s1: 42,
  s1M1: 43,
  s1P1: 44,
  docMajor: 45,
  docFirst: 46,
  docLonger: 47,
  docMajorShape: 48,
  normM1P1: 49,
  capsC8: 50,
  gazGiven: 51,
  c12M1: 52,
  c12P1: 53,
  normP1Shape: 54,
  normM1Shape: 55,
  initCapElse: 56,
  s1Doc: 57,
  cAllM1: 58,
  cAllP1: 59,
  c4M1: 60,
  c4P1: 61,
  shapeTriM: 62,
  shapeTriP: 63,
  suf3M1: 64,
  suf3P1: 65,
} as const;

export const MAX_NER_FEATURES = 96;
/** At most this many static features per word (60 with four gazetteer matches). */
const MAX_STATIC = 64;

/**
 * Copies word i's static features into `out` (computing them on first use) and returns how many. Both stages,
 * and every training epoch, read the same cached features.
 */
export function staticOf(d: NerDocument, i: number, out: Int32Array): number {
  const slot = d.staticSlot[i] as number;
  if (slot < 0) return staticFeatures(d, i, out, 0);
  const base = slot * MAX_STATIC;
  const cache = d.staticFeatures;
  let n = d.staticCount[i] as number;
  if (n === 0) {
    n = staticFeatures(d, i, out, 0);
    for (let k = 0; k < n; k++) cache[base + k] = out[k] as number;
    d.staticCount[i] = n;
    return n;
  }
  for (let k = 0; k < n; k++) out[k] = cache[base + k] as number;
  return n;
}

/** `staticOf` without the word's own features (whose sums WordSums keeps): the context and neighbour classes. */
function contextOf(d: NerDocument, i: number, out: Int32Array): number {
  const slot = d.staticSlot[i] as number;
  const fresh = (): number => {
    const k = contextFeatures(d, i, out, 0);
    return k + neighbourClassFeatures(d, i, segmentReader(d, i), out, k);
  };
  if (slot < 0) return fresh();
  const base = slot * MAX_STATIC;
  const cache = d.contextFeatures;
  let n = d.contextCount[i] as number;
  if (n === 0) {
    n = fresh();
    for (let k = 0; k < n; k++) cache[base + k] = out[k] as number;
    d.contextCount[i] = n;
    return n;
  }
  for (let k = 0; k < n; k++) out[k] = cache[base + k] as number;
  return n;
}

/**
 * Per frozen stage model, the integer weight sums of a word's own features (wordFeatures and wordTailFeatures:
 * 17 to 20 of the ~55 static features), by the word as written and its four (initial, caps) cases, each filled on
 * first use. They read nothing else, and most words recur from one article to the next, so a candidate word costs
 * one row instead of ~18 lookups per stage. The sums are integers: the scores are exactly those of scoring every
 * feature (ner.test.ts). Emptying the cache when it grows large changes no output.
 */
class WordSums {
  private readonly byForm = new Map<string, Int32Array>();
  private readonly features = new Int32Array(MAX_STATIC);

  constructor(private readonly model: SparseModel) {}

  /** Sets `sums` to word i's own features' sums. */
  set(d: NerDocument, i: number, sums: Int32Array): void {
    const classes = this.model.classes;
    const form = d.input.forms[i] as string;
    const filled = 4 * classes;
    let row = this.byForm.get(form);
    if (!row) {
      if (this.byForm.size >= WORD_SUMS_LIMIT) this.byForm.clear();
      row = new Int32Array(filled + 1);
      this.byForm.set(form, row);
    }
    const variant = 2 * (d.initial[i] as number) + (d.caps[i] as number);
    const base = variant * classes;
    if (((row[filled] as number) & (1 << variant)) === 0) {
      let n = wordFeatures(d, i, this.features, 0);
      n += wordTailFeatures(d, i, this.features, n);
      this.model.accumulate(this.features, n, row.subarray(base, base + classes));
      row[filled] = (row[filled] as number) | (1 << variant);
    }
    for (let c = 0; c < classes; c++) sums[c] = row[base + c] as number;
  }
}

const WORD_SUMS_LIMIT = 100_000;
const wordSumCaches = new WeakMap<SparseModel, WordSums>();

function wordSums(model: SparseModel): WordSums {
  let sums = wordSumCaches.get(model);
  if (!sums) {
    sums = new WordSums(model);
    wordSumCaches.set(model, sums);
  }
  return sums;
}

const NONE = hashString("<none>");
const START = hashString("<s>");
const END = hashString("</s>");
const UNKNOWN = hashString("<unk>");

/** What the features of one document need, computed once per document. */
export interface NerDocument {
  readonly input: NerInput;
  readonly atoms: WordAtoms;
  /** Word-identity atom: the normalized form for known words, else UNKNOWN. */
  readonly ident: Int32Array;
  /** Segment index of each word. */
  readonly segment: Int32Array;
  /** 1 at the first word of a segment or after an opening quote/bracket/colon/dash there. */
  readonly initial: Uint8Array;
  /** 1 when the word's segment is written mostly in capitals (headline). */
  readonly caps: Uint8Array;
  /** 1 when the word may be part of a name (has a capital, a digit after a capital, or is a known connector). */
  readonly candidate: Uint8Array;
  /** 1 for a word of lower-case letters only ("of", "on", "van"): inside a name, never its last word. */
  readonly lowerWord: Uint8Array;
  /**
   * 1 for a mixed-case word followed by a word in capitals ("Fine" of "Larry Fine NEW YORK"): ends a person.
   * Left 0 in training (see prepareDocument).
   */
  readonly capsNext: Uint8Array;
  /** Bits: 1 = written in lower case elsewhere in the document; 2 = capitalized elsewhere, not sentence-initially. */
  readonly docCase: Uint8Array;
  /** Gazetteer atoms per word: up to 4 (kind, position) codes, 0 = none. */
  readonly gaz: Int32Array;
  /** Gazetteer summary atom per word (all codes hashed together), NONE when none. */
  readonly gazAll: Int32Array;
  readonly given: Uint8Array;
  /** Static features of each candidate word, computed on first use and shared by both stages (see staticOf). */
  readonly staticFeatures: Int32Array;
  /** Per candidate slot: the static features but the word's own (see WordSums), for frozen models; and how many. */
  readonly contextFeatures: Int32Array;
  readonly contextCount: Uint8Array;
  /** Per word: how many static features are cached (0 = not yet). */
  readonly staticCount: Uint8Array;
  /** Per word: its slot in `staticFeatures` (candidates only; −1 otherwise). */
  readonly staticSlot: Int32Array;
}

const LOWER_WORD = /^\p{Ll}+$/u;
const CAPS_WORD = /^\p{Lu}{2,}$/u;
const ROMAN = /^[IVX]+$/;
const OPENERS = new Set(['"', "'", "(", "[", ":", "-", "--", "—", "–", "``", "`", "“", "‘", "«"]);
const QUOTES = /^(?:``|''|[“”„«»]|‘‘|’’)$/;

/** The form the features see: curly and doubled quotes are one straight quote (as in CoNLL). */
export function featureForm(form: string): string {
  if (QUOTES.test(form)) return '"';
  if (form === "‘" || form === "’" || form === "`") return "'";
  if (form.length > 1 && /[’‘]/.test(form)) return form.replace(/[’‘]/g, "'");
  return form;
}

function hasUpper(form: string): boolean {
  for (let k = 0; k < form.length; k++) {
    const c = form.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
    if (c > 127) {
      const ch = form[k] as string;
      if (ch !== ch.toLowerCase()) return true;
    }
  }
  return false;
}

function hasLower(form: string): boolean {
  for (let k = 0; k < form.length; k++) {
    const c = form.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
    if (c > 127) {
      const ch = form[k] as string;
      if (ch !== ch.toUpperCase()) return true;
    }
  }
  return false;
}

const isDigits = (form: string) => /^[0-9][0-9.,]*$/.test(form);

const ATOMS = ATOM_COLUMNS.length;
const MAX_CACHED_WORDS = 200_000;

/** Bits of `WordInfo` flags: per-form tests that prepareDocument used to repeat (string scans, regexes) per token. */
const UPPER = 1;
const LOWER = 2;
const OPENER = 4;
const DASH = 8;
const LOWER_ONLY = 16;
const CAPS_NOT_ROMAN = 32;
const DIGITS = 64;
const DAY_OR_MONTH = 128;
const CONNECTOR = 256;

/** Row layout of a cached form: its atoms (ATOM_COLUMNS order), then its identity atom, gazetteer key and flags. */
const IDENT = ATOMS;
const GAZ_KEY = ATOMS + 1;
const FLAGS = ATOMS + 2;
const ROW = ATOMS + 3;

/** The flags of one form as the features see it (see featureForm). */
function formFlags(f: string): number {
  let bits = 0;
  if (hasUpper(f)) bits |= UPPER;
  if (hasLower(f)) bits |= LOWER;
  if (OPENERS.has(f)) bits |= OPENER;
  if (f === "-") bits |= DASH;
  if (LOWER_WORD.test(f)) bits |= LOWER_ONLY;
  if (CAPS_WORD.test(f) && !ROMAN.test(f)) bits |= CAPS_NOT_ROMAN;
  if (isDigits(f)) bits |= DIGITS;
  if (CALENDAR.test(f)) bits |= DAY_OR_MONTH;
  if (FUNCTION_WORDS.has(f.toLowerCase())) bits |= CONNECTOR;
  return bits;
}

/**
 * Per model: word form as written → its row (a word's atoms and flags never change; most words recur from one
 * article to the next). Emptying the cache when it grows large changes no output.
 */
const rowCaches = new WeakMap<NerModel, Map<string, Int32Array>>();
const EMPTY_ROW = new Int32Array(0);

/** What prepareDocument reads of each word, all from the per-form cache. */
interface DocumentWords {
  atoms: WordAtoms;
  ident: Int32Array;
  gazKey: Int32Array;
  flags: Int32Array;
}

/** `wordAtoms` (of the feature forms) and the flags of a document's words, computing each distinct form once. */
function cachedWords(model: NerModel, raw: readonly string[]): DocumentWords {
  let cache = rowCaches.get(model);
  if (!cache) {
    cache = new Map();
    rowCaches.set(model, cache);
  }
  const n = raw.length;
  // One hash lookup per word: the rows found are kept, only the misses are looked up again after filling.
  const rows: (Int32Array | undefined)[] = new Array(n);
  let missed = false;
  for (let i = 0; i < n; i++) {
    const row = cache.get(raw[i] as string);
    rows[i] = row;
    if (row === undefined) missed = true;
  }
  if (missed) {
    const fresh = new Map<string, Int32Array>();
    for (let i = 0; i < n; i++) if (rows[i] === undefined) fresh.set(raw[i] as string, EMPTY_ROW);
    const missing = [...fresh.keys()];
    if (cache.size + missing.length > MAX_CACHED_WORDS) cache.clear();
    const forms = missing.map(featureForm);
    const computed = wordAtoms(forms, model.clusters);
    for (let k = 0; k < missing.length; k++) {
      const row = new Int32Array(ROW);
      for (let c = 0; c < ATOMS; c++)
        row[c] = (computed[ATOM_COLUMNS[c] as (typeof ATOM_COLUMNS)[number]] as Int32Array)[k] as number;
      const norm = row[1] as number;
      const f = forms[k] as string;
      row[IDENT] = model.known.has(norm) ? norm : UNKNOWN;
      row[GAZ_KEY] = hashString(gazetteerKey(f));
      row[FLAGS] = formFlags(f);
      cache.set(missing[k] as string, row);
      fresh.set(missing[k] as string, row);
    }
    for (let i = 0; i < n; i++) rows[i] ??= fresh.get(raw[i] as string);
  }
  // one buffer for all the columns (see wordAtoms)
  const buffer = new Int32Array(ROW * n);
  for (let i = 0; i < n; i++) {
    const row = rows[i] as Int32Array;
    for (let c = 0; c < ROW; c++) buffer[c * n + i] = row[c] as number;
  }
  const column = (c: number) => buffer.subarray(c * n, (c + 1) * n);
  const out: Record<string, unknown> = { count: n, normText: [] };
  ATOM_COLUMNS.forEach((name, c) => {
    out[name] = column(c);
  });
  return { atoms: out as unknown as WordAtoms, ident: column(IDENT), gazKey: column(GAZ_KEY), flags: column(FLAGS) };
}

/** Precomputes everything per document that does not depend on the tags. */
export function prepareDocument(model: NerModel, input: NerInput, training = false): NerDocument {
  const n = input.forms.length;
  const { atoms, ident, gazKey, flags } = cachedWords(model, input.forms);
  const segment = new Int32Array(n);
  const initial = new Uint8Array(n);
  const caps = new Uint8Array(n);
  const bounds = input.bounds;
  for (let s = 0; s + 1 < bounds.length; s++) {
    const a = bounds[s] as number;
    const b = bounds[s + 1] as number;
    let words = 0;
    let upper = 0;
    for (let i = a; i < b; i++) {
      segment[i] = s;
      const f = flags[i] as number;
      if (f & (UPPER | LOWER)) {
        words++;
        if (!(f & LOWER)) upper++;
      }
    }
    const shouting = words >= 3 && upper / words > 0.6 ? 1 : 0;
    let k = a;
    while (k < b && (flags[k] as number) & OPENER) k++;
    for (let i = a; i < b; i++) caps[i] = shouting;
    for (let i = a; i <= k && i < b; i++) initial[i] = 1;
  }
  // Mid-segment openers: after a quote or colon a capital proves little.
  for (let i = 1; i < n; i++) if (((flags[i - 1] as number) & (OPENER | DASH)) === OPENER) initial[i] = 1;
  const candidate = candidates(model, flags, atoms, segment, training);
  const lowerWord = new Uint8Array(n);
  for (let i = 0; i < n; i++) lowerWord[i] = (flags[i] as number) & LOWER_ONLY ? 1 : 0;
  // Run time only: trained with it, the model scored 0.3 lower on CoNLL dev; applied at run time, the same on
  // CoNLL dev and +0.4 actors-stage F1 on wire copy, where bylines run into datelines.
  const capsNext = new Uint8Array(n);
  for (let i = 0; !training && i + 1 < n; i++) {
    const f = flags[i] as number;
    if (segment[i] === segment[i + 1] && f & UPPER && f & LOWER && (flags[i + 1] as number) & CAPS_NOT_ROMAN) {
      capsNext[i] = 1;
    }
  }
  const staticSlot = new Int32Array(n).fill(-1);
  let slots = 0;
  for (let i = 0; i < n; i++) if (candidate[i]) staticSlot[i] = slots++;
  const docCase = documentCase(flags, atoms, initial, caps);
  const { gaz, gazAll, given } = gazetteerAtoms(model.gazetteer, flags, gazKey, segment, caps);
  return {
    input,
    atoms,
    ident,
    segment,
    initial,
    caps,
    candidate,
    lowerWord,
    capsNext,
    docCase,
    gaz,
    gazAll,
    given,
    staticFeatures: new Int32Array(slots * MAX_STATIC),
    staticCount: new Uint8Array(n),
    contextFeatures: new Int32Array(slots * MAX_STATIC),
    contextCount: new Uint8Array(n),
    staticSlot,
  };
}

/**
 * Words that may be part of a name: those with a capital letter; a connector seen inside names in training ("of",
 * "de", "&", "-") only between capitalized words ("Bank of England", "Trinidad and Tobago"); a number right after a
 * capitalized word ("Schalke 04"). Everything else is O without scoring — most words of running text.
 *
 * `training`: every connector is scored, wherever it stands. The model then also learns from the connectors
 * outside names (2 points of dev F1 against training on the narrow set), while at run time those are O anyway
 * (the same dev F1 either way) and skipping them makes the recognizer 40% faster.
 */
function candidates(
  model: NerModel,
  flags: Int32Array,
  atoms: WordAtoms,
  segment: Int32Array,
  training: boolean,
): Uint8Array {
  const n = flags.length;
  const upper = new Uint8Array(n);
  for (let i = 0; i < n; i++) upper[i] = (flags[i] as number) & UPPER ? 1 : 0;
  const out = new Uint8Array(n);
  const same = (a: number, b: number) => b >= 0 && b < n && segment[a] === segment[b];
  const inside = (k: number) => model.inside.has(atoms.norm[k] as number);
  for (let i = 0; i < n; i++) {
    if (upper[i]) {
      out[i] = 1;
      continue;
    }
    if ((flags[i] as number) & DIGITS) {
      out[i] = same(i, i - 1) && upper[i - 1] ? 1 : 0;
      continue;
    }
    if (!inside(i)) continue;
    if (training) {
      out[i] = 1;
      continue;
    }
    // A run of connectors ("van der", "de la") with a capitalized word on both sides, within three words.
    let back = i - 1;
    while (back >= i - 3 && same(i, back) && !upper[back] && inside(back)) back--;
    let ahead = i + 1;
    while (ahead <= i + 3 && same(i, ahead) && !upper[ahead] && inside(ahead)) ahead++;
    // A day or month after the run dates the name, it does not continue it ("South Darfur State on Monday").
    const dated = ahead < n && ((flags[ahead] as number) & DAY_OR_MONTH) !== 0;
    out[i] = same(i, back) && upper[back] && same(i, ahead) && upper[ahead] && !dated ? 1 : 0;
  }
  return out;
}

const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;

function documentCase(flags: Int32Array, atoms: WordAtoms, initial: Uint8Array, caps: Uint8Array): Uint8Array {
  const n = flags.length;
  const seen = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const f = (flags[i] as number) & (UPPER | LOWER);
    if (caps[i]) continue;
    const key = atoms.norm[i] as number;
    if (f === LOWER) seen.set(key, (seen.get(key) ?? 0) | 1);
    else if (f === (UPPER | LOWER) && !initial[i]) seen.set(key, (seen.get(key) ?? 0) | 2);
  }
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = seen.get(atoms.norm[i] as number) ?? 0;
  return out;
}

const FUNCTION_WORDS = new Set([
  "of",
  "the",
  "and",
  "de",
  "for",
  "&",
  "'s",
  "-",
  "van",
  "von",
  "der",
  "al",
  "bin",
  "la",
  "le",
  "du",
  "da",
  "di",
]);

function gazetteerAtoms(
  gazetteer: Gazetteer,
  flags: Int32Array,
  keys: Int32Array,
  segment: Int32Array,
  caps: Uint8Array,
) {
  const n = flags.length;
  const gaz = new Int32Array(n * 4);
  const count = new Uint8Array(n);
  const given = new Uint8Array(n);
  const table = gazetteer.table;
  const push = (i: number, code: number) => {
    const c = count[i] as number;
    for (let k = 0; k < c; k++) if (gaz[i * 4 + k] === code) return;
    if (c < 4) {
      gaz[i * 4 + c] = code;
      count[i] = c + 1;
    }
  };
  for (let i = 0; i < n; i++) {
    if (!((flags[i] as number) & UPPER)) continue;
    let h = 0;
    for (let j = i; j < n && j - i < MAX_GAZ_WORDS && segment[j] === segment[i]; j++) {
      const f = flags[j] as number;
      // Inside a name every word but a connector is capitalized (headlines in capitals: all are).
      if (j > i && !(f & UPPER) && !(f & CONNECTOR) && !caps[j]) break;
      h = phraseStep(h, keys[j] as number);
      const bits = table.get(h);
      if (bits === undefined) break;
      const kinds = bits & ~PREFIX;
      if (kinds === 0) continue;
      if (j === i && kinds & GAZ_GIVEN) given[i] = 1;
      if (!(f & UPPER)) continue;
      for (const kind of GAZ_KINDS) {
        if (!(kinds & kind) || kind === GAZ_GIVEN) continue;
        if (j === i) push(i, kind * 4 + U);
        else {
          push(i, kind * 4 + B);
          for (let k = i + 1; k < j; k++) push(k, kind * 4 + I);
          push(j, kind * 4 + L);
        }
      }
    }
  }
  const gazAll = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = count[i] as number;
    if (c === 0) {
      gazAll[i] = NONE;
      continue;
    }
    const codes = Array.from(gaz.subarray(i * 4, i * 4 + c)).sort((a, b) => a - b);
    let h = 7;
    for (const x of codes) h = hashFeature(98, h, x);
    gazAll[i] = h;
  }
  return { gaz, gazAll, given };
}

/** Features that do not depend on tags (shared by both stages). Returns how many were written at `out[n0..]`. */
export function staticFeatures(d: NerDocument, i: number, out: Int32Array, n0: number): number {
  let n = n0;
  n += wordFeatures(d, i, out, n);
  n += contextFeatures(d, i, out, n);
  n += wordTailFeatures(d, i, out, n);
  n += neighbourClassFeatures(d, i, segmentReader(d, i), out, n);
  return n - n0;
}

/** Reads an atom column at j as word i's features see it: START / END outside i's segment, NONE for 0. */
function segmentReader(d: NerDocument, i: number): (a: Int32Array, j: number) => number {
  const seg = d.segment[i] as number;
  const lo = d.input.bounds[seg] as number;
  const hi = d.input.bounds[seg + 1] as number;
  return (a: Int32Array, j: number) => (j < lo ? START : j >= hi ? END : (a[j] as number) || NONE);
}

/**
 * Features of the word alone: its spelling's atoms, with whether it opens its segment (`initial`) and whether
 * the segment is in capitals (`caps`). A word's weight sums for these are cached (WordSums below).
 */
function wordFeatures(d: NerDocument, i: number, out: Int32Array, n0: number): number {
  const w = d.atoms;
  let n = n0;
  const shape = w.shape[i] as number;
  const ident = d.ident[i] as number;
  const init = d.initial[i] as number;
  const caps = d.caps[i] as number;
  out[n++] = hashFeature(F.bias, 0);
  out[n++] = hashFeature(F.norm, ident);
  out[n++] = hashFeature(F.form, ident === UNKNOWN ? UNKNOWN : (w.form[i] as number), caps);
  out[n++] = hashFeature(F.shape, shape);
  out[n++] = hashFeature(F.shapeInit, shape, init);
  out[n++] = hashFeature(F.shapeCaps, shape, caps, init);
  out[n++] = hashFeature(F.pre2, w.prefix2[i] as number);
  out[n++] = hashFeature(F.pre3, w.prefix3[i] as number);
  out[n++] = hashFeature(F.suf2, w.suffix2[i] as number);
  out[n++] = hashFeature(F.suf3, w.suffix3[i] as number);
  out[n++] = hashFeature(F.suf4, w.suffix4[i] as number);
  out[n++] = hashFeature(F.c4, w.cluster4[i] as number);
  out[n++] = hashFeature(F.c8, w.cluster8[i] as number);
  out[n++] = hashFeature(F.c12, w.cluster12[i] as number);
  out[n++] = hashFeature(F.cAll, w.cluster[i] as number);
  out[n++] = hashFeature(F.capRate, w.capitalRate[i] as number, shape, init);
  return n - n0;
}

/** The word alone again, features added to the model after the context ones (their order is the training order). */
function wordTailFeatures(d: NerDocument, i: number, out: Int32Array, n0: number): number {
  let n = n0;
  const shape = d.atoms.shape[i] as number;
  const ident = d.ident[i] as number;
  if (d.initial[i]) out[n++] = hashFeature(F.initNorm, ident);
  if (d.caps[i]) {
    out[n++] = hashFeature(F.capsNorm, ident);
    out[n++] = hashFeature(F.capsC8, d.atoms.cluster8[i] as number);
  }
  out[n++] = hashFeature(F.len, Math.min((d.input.forms[i] as string).length, 12), shape);
  return n - n0;
}

/** The neighbours' words, shapes and clusters, gazetteer matches and the document's casing of the word. */
function contextFeatures(d: NerDocument, i: number, out: Int32Array, n0: number): number {
  const w = d.atoms;
  const at = segmentReader(d, i);
  let n = n0;
  const shape = w.shape[i] as number;
  const ident = d.ident[i] as number;
  const init = d.initial[i] as number;
  const caps = d.caps[i] as number;
  const identM1 = at(d.ident, i - 1);
  const identP1 = at(d.ident, i + 1);
  out[n++] = hashFeature(F.normM1, identM1);
  out[n++] = hashFeature(F.normP1, identP1);
  out[n++] = hashFeature(F.normM2, at(d.ident, i - 2));
  out[n++] = hashFeature(F.normP2, at(d.ident, i + 2));
  const shapeM1 = at(w.shape, i - 1);
  const shapeP1 = at(w.shape, i + 1);
  out[n++] = hashFeature(F.shapeM1, shapeM1);
  out[n++] = hashFeature(F.shapeP1, shapeP1);
  out[n++] = hashFeature(F.shapeBiM, shapeM1, shape);
  out[n++] = hashFeature(F.shapeBiP, shape, shapeP1);
  out[n++] = hashFeature(F.c8M1, at(w.cluster8, i - 1));
  out[n++] = hashFeature(F.c8P1, at(w.cluster8, i + 1));
  out[n++] = hashFeature(F.c12M1, at(w.cluster12, i - 1));
  out[n++] = hashFeature(F.c12P1, at(w.cluster12, i + 1));
  out[n++] = hashFeature(F.biM, identM1, ident);
  out[n++] = hashFeature(F.biP, ident, identP1);
  out[n++] = hashFeature(F.normM1P1, identM1, identP1);
  out[n++] = hashFeature(F.normP1Shape, identP1, shape);
  out[n++] = hashFeature(F.normM1Shape, identM1, shape);
  const gc = i * 4;
  for (let k = 0; k < 4; k++) {
    const g = d.gaz[gc + k] as number;
    if (g === 0) break;
    out[n++] = hashFeature(F.gaz, g);
    out[n++] = hashFeature(F.gaz, g, shape);
  }
  out[n++] = hashFeature(F.gazM1, at(d.gazAll, i - 1), d.gazAll[i] as number);
  out[n++] = hashFeature(F.gazP1, d.gazAll[i] as number, at(d.gazAll, i + 1));
  out[n++] = hashFeature(F.gazGiven, d.given[i] as number, shapeP1);
  const dc = d.docCase[i] as number;
  out[n++] = hashFeature(F.lowerElse, dc, shape);
  out[n++] = hashFeature(F.capElse, dc, init, caps);
  out[n++] = hashFeature(F.initCapElse, dc, init, ident);
  return n - n0;
}

/**
 * The neighbours' word classes: full cluster paths, coarse clusters against the word's shape, three-word shape
 * windows and suffixes. They generalize over neighbours seen too rarely for identity features (a rare verb or
 * a rare company suffix after a name); CoNLL dev F1 89.8 → 90.6 (seed 11; 90.7 with seed 12).
 */
function neighbourClassFeatures(
  d: NerDocument,
  i: number,
  at: (a: Int32Array, j: number) => number,
  out: Int32Array,
  n0: number,
): number {
  const w = d.atoms;
  const shape = w.shape[i] as number;
  let n = n0;
  out[n++] = hashFeature(F.cAllM1, at(w.cluster, i - 1));
  out[n++] = hashFeature(F.cAllP1, at(w.cluster, i + 1));
  out[n++] = hashFeature(F.c4M1, at(w.cluster4, i - 1), shape);
  out[n++] = hashFeature(F.c4P1, shape, at(w.cluster4, i + 1));
  out[n++] = hashFeature(F.shapeTriM, at(w.shape, i - 2), at(w.shape, i - 1), shape);
  out[n++] = hashFeature(F.shapeTriP, shape, at(w.shape, i + 1), at(w.shape, i + 2));
  out[n++] = hashFeature(F.suf3M1, at(w.suffix3, i - 1));
  out[n++] = hashFeature(F.suf3P1, at(w.suffix3, i + 1));
  return n - n0;
}

/** Features of the first-stage tags around word i and of the same word elsewhere in the document (stage 2). */
export interface DocumentVotes {
  /** Stage-1 tag per word. */
  readonly tags: Uint8Array;
  /** Per word: the type most often given to the same word elsewhere in the document (+1), 0 = none, 5 = O. */
  readonly major: Uint8Array;
  /** Per word: the type of the first mention of the same word, when earlier (+1); 0 = none. */
  readonly first: Uint8Array;
  /** Per word: the type (+1) of a longer name containing the same word elsewhere in the document; 0 = none. */
  readonly longer: Uint8Array;
}

export function documentVotes(d: NerDocument, tags: Uint8Array): DocumentVotes {
  const n = tags.length;
  const counts = new Map<number, Int32Array>();
  const firstOf = new Map<number, [number, number]>();
  const longerOf = new Map<number, Int32Array>();
  const norm = d.atoms.norm;
  const spans = tagsToSpans(tags);
  const inSpan = new Int32Array(n).fill(-1);
  spans.forEach((s, k) => {
    for (let t = s.start; t < s.end; t++) inSpan[t] = k;
  });
  for (let i = 0; i < n; i++) {
    if (!d.candidate[i] || !hasUpper(d.input.forms[i] as string)) continue;
    const key = norm[i] as number;
    let c = counts.get(key);
    if (!c) {
      c = new Int32Array(5);
      counts.set(key, c);
    }
    const k = inSpan[i] as number;
    const type = k >= 0 ? ((spans[k] as NerSpan).type as number) : 4;
    c[type] = (c[type] as number) + 1;
    if (!firstOf.has(key)) firstOf.set(key, [i, type]);
    if (k >= 0) {
      const s = spans[k] as NerSpan;
      if (s.end - s.start > 1) {
        let l = longerOf.get(key);
        if (!l) {
          l = new Int32Array(4);
          longerOf.set(key, l);
        }
        l[s.type] = (l[s.type] as number) + 1;
      }
    }
  }
  const major = new Uint8Array(n);
  const first = new Uint8Array(n);
  const longer = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!d.candidate[i]) continue;
    const key = norm[i] as number;
    const c = counts.get(key);
    if (!c) continue;
    // Votes of the other mentions: this word's own vote left out.
    const k = inSpan[i] as number;
    const own = k >= 0 ? (spans[k] as NerSpan).type : 4;
    let best = -1;
    let bestCount = 0;
    for (let t = 0; t < 5; t++) {
      const v = (c[t] as number) - (t === own ? 1 : 0);
      if (v > bestCount) {
        bestCount = v;
        best = t;
      }
    }
    if (best >= 0) major[i] = best + 1;
    const f = firstOf.get(key);
    if (f && f[0] < i) first[i] = f[1] + 1;
    const l = longerOf.get(key);
    if (l) {
      let lb = -1;
      let lc = 0;
      for (let t = 0; t < 4; t++) {
        const v =
          (l[t] as number) -
          (k >= 0 && (spans[k] as NerSpan).end - (spans[k] as NerSpan).start > 1 && t === own ? 1 : 0);
        if (v > lc) {
          lc = v;
          lb = t;
        }
      }
      if (lb >= 0) longer[i] = lb + 1;
    }
  }
  return { tags, major, first, longer };
}

export function stage2Features(d: NerDocument, v: DocumentVotes, i: number, out: Int32Array, n0: number): number {
  let n = n0;
  const seg = d.segment[i] as number;
  const lo = d.input.bounds[seg] as number;
  const hi = d.input.bounds[seg + 1] as number;
  const tagAt = (j: number) => (j < lo ? 20 : j >= hi ? 21 : (v.tags[j] as number));
  const shape = d.atoms.shape[i] as number;
  const s1 = v.tags[i] as number;
  out[n++] = hashFeature(F.s1, s1);
  out[n++] = hashFeature(F.s1M1, tagAt(i - 1), s1);
  out[n++] = hashFeature(F.s1P1, s1, tagAt(i + 1));
  out[n++] = hashFeature(F.docMajor, v.major[i] as number);
  out[n++] = hashFeature(
    F.docMajorShape,
    v.major[i] as number,
    shape,
    (d.initial[i] as number) + 2 * (d.caps[i] as number),
  );
  out[n++] = hashFeature(F.docFirst, v.first[i] as number);
  out[n++] = hashFeature(F.docLonger, v.longer[i] as number);
  out[n++] = hashFeature(F.s1Doc, s1, v.major[i] as number, v.longer[i] as number);
  return n - n0;
}

/** Features of the previous tags (added per word during decoding). */
export function historyFeatures(
  d: NerDocument,
  i: number,
  p1: number,
  p2: number,
  out: Int32Array,
  n0: number,
): number {
  let n = n0;
  out[n++] = hashFeature(F.prev, p1);
  out[n++] = hashFeature(F.prev2, p1, p2);
  out[n++] = hashFeature(F.prevShape, p1, d.atoms.shape[i] as number);
  out[n++] = hashFeature(F.prevNorm, p1, d.ident[i] as number);
  out[n++] = hashFeature(F.prevC8, p1, d.atoms.cluster8[i] as number);
  return n - n0;
}

/** May `tag` follow `prev` (BILOU)? `prev` −1 = segment start. */
export function allowedAfter(prev: number, tag: number): boolean {
  const open = prev > 0 && (tagPart(prev) === B || tagPart(prev) === I);
  if (open) return tag > 0 && tagType(tag) === tagType(prev) && (tagPart(tag) === I || tagPart(tag) === L);
  return tag === 0 || tagPart(tag) === B || tagPart(tag) === U;
}

/** May a name be open after word i (is the next word a possible part of a name in the same segment)? */
function canContinue(d: NerDocument, i: number): boolean {
  return i + 1 < d.candidate.length && d.candidate[i + 1] === 1 && d.segment[i + 1] === d.segment[i];
}

/** ALLOWED[(prev + 1) · NER_CLASSES + tag]: BILOU transitions (prev −1 = segment start). */
const ALLOWED = new Uint8Array((NER_CLASSES + 1) * NER_CLASSES);
for (let p = -1; p < NER_CLASSES; p++) {
  for (let t = 0; t < NER_CLASSES; t++) ALLOWED[(p + 1) * NER_CLASSES + t] = allowedAfter(p, t) ? 1 : 0;
}
/** OPENS[tag]: B or I, a tag that needs the name to go on. */
const OPENS = Uint8Array.from({ length: NER_CLASSES }, (_v, t) => (t > 0 && tagPart(t) <= I ? 1 : 0));

/** CLOSES[tag]: L or U, a tag that ends a name. */
const CLOSES = Uint8Array.from({ length: NER_CLASSES }, (_v, t) => (t > 0 && tagPart(t) >= L ? 1 : 0));
/** OPENS_PERSON[tag]: B-PER or I-PER. */
const OPENS_PERSON = Uint8Array.from({ length: NER_CLASSES }, (_v, t) => (OPENS[t] && tagType(t) === 0 ? 1 : 0));

/**
 * The best allowed tag at word i after `prev` (−1 = segment start). A lower-case word ends no name: a connector
 * the model had let into a name ("South Darfur State on Monday") must be followed by a capitalized word. A
 * person's name written in mixed case does not go on into a word in capitals: a byline run into a dateline
 * ("Larry Fine NEW YORK 1996-08-30") is a person and a place (organizations may: "Deutsche Bank AG").
 */
export function bestTag(d: NerDocument, i: number, prev: number, scores: Float32Array): number {
  const row = (prev + 1) * NER_CLASSES;
  const open = canContinue(d, i);
  const lower = d.lowerWord[i] === 1;
  const capsNext = d.capsNext[i] === 1;
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < NER_CLASSES; c++) {
    if (!ALLOWED[row + c] || (OPENS[c] && !open) || (lower && CLOSES[c]) || (capsNext && OPENS_PERSON[c])) continue;
    const v = scores[c] as number;
    if (v > bestScore) {
      bestScore = v;
      best = c;
    }
  }
  return best;
}

/**
 * Greedy left-to-right decoding of one stage. `extra` adds stage-specific features (stage 2's document votes).
 * Words that cannot be part of a name are tagged O without scoring.
 */
export function decode(
  d: NerDocument,
  scorer: Scorer,
  votes: DocumentVotes | null,
  buffers: { features: Int32Array; scores: Float32Array } = newBuffers(),
): Uint8Array {
  const n = d.candidate.length;
  const tags = new Uint8Array(n);
  const { features, scores } = buffers;
  const words = scorer instanceof SparseModel ? wordSums(scorer) : undefined;
  const sums = new Int32Array(scorer.classes);
  for (let i = 0; i < n; i++) {
    const seg = d.segment[i] as number;
    const lo = d.input.bounds[seg] as number;
    const p1 = i > lo ? (tags[i - 1] as number) : -1;
    if (!d.candidate[i]) {
      tags[i] = 0;
      continue;
    }
    const p2 = i - 1 > lo ? (tags[i - 2] as number) : -1;
    let k = words ? contextOf(d, i, features) : staticOf(d, i, features);
    if (votes) k += stage2Features(d, votes, i, features, k);
    k += historyFeatures(d, i, p1 + 1, p2 + 1, features, k);
    if (words && scorer instanceof SparseModel) {
      words.set(d, i, sums);
      scorer.accumulate(features, k, sums);
      const step = scorer.stepSize;
      for (let c = 0; c < scores.length; c++) scores[c] = (sums[c] as number) * step;
    } else {
      scores.fill(0);
      scorer.score(features, k, scores);
    }
    tags[i] = bestTag(d, i, p1, scores);
  }
  return tags;
}

export function newBuffers(): { features: Int32Array; scores: Float32Array } {
  return { features: new Int32Array(MAX_NER_FEATURES), scores: new Float32Array(NER_CLASSES) };
}

/** Names (spans) from BILOU tags. */
export function tagsToSpans(tags: Uint8Array): NerSpan[] {
  const out: NerSpan[] = [];
  let open = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i] as number;
    if (t === 0) {
      open = -1;
      continue;
    }
    const part = tagPart(t);
    if (part === U) {
      out.push({ start: i, end: i + 1, type: tagType(t) });
      open = -1;
    } else if (part === B) open = i;
    else if (part === L && open >= 0) {
      out.push({ start: open, end: i + 1, type: tagType(t) });
      open = -1;
    }
  }
  return out;
}

/** Runs both stages over a document's words. */
export function recognizeNames(model: NerModel, input: NerInput): NerSpan[] {
  if (input.forms.length === 0) return [];
  const d = prepareDocument(model, input);
  const buffers = newBuffers();
  let tags = decode(d, model.stage1, null, buffers);
  if (model.stage2) tags = decode(d, model.stage2, documentVotes(d, tags), buffers);
  return tagsToSpans(tags);
}

// ---- model file ------------------------------------------------------------------------------------------------

/** Rebuilds the recognizer from data/models/ner.bin (and the word clusters it was trained with). */
export function nerModelFromFile(file: ModelFile, clusters?: ClusterTable): NerModel {
  const get = <T extends Int32Array | Uint16Array | Float32Array>(name: string, kind: new (...args: never[]) => T) =>
    requireArray(file, name, kind);
  const version = typeof file.meta.version === "string" ? file.meta.version : "ner-unversioned";
  const stage2 = file.arrays.has("ner.stage2.keys") ? sparseFromArrays(NER_CLASSES, get, "ner.stage2") : null;
  return {
    version,
    stage1: sparseFromArrays(NER_CLASSES, get, "ner.stage1"),
    stage2,
    gazetteer: Gazetteer.fromArrays(get("ner.gaz.keys", Int32Array), get("ner.gaz.kinds", Int32Array)),
    known: new Set(get("ner.known", Int32Array)),
    inside: new Set(get("ner.inside", Int32Array)),
    ...(clusters ? { clusters } : {}),
  };
}

const MODEL_DIR = fileURLToPath(new URL("../../data/models/", import.meta.url));
let defaultModel: NerModel | undefined;

/** The committed model (data/models/ner.bin with clusters.bin), loaded once per process. */
export function defaultNerModel(): NerModel {
  defaultModel ??= nerModelFromFile(
    readModelFile(join(MODEL_DIR, "ner.bin")),
    clustersFromModel(readModelFile(join(MODEL_DIR, "clusters.bin"))),
  );
  return defaultModel;
}
