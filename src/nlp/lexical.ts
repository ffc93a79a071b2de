/**
 * What the tagger, parser and name recognizer know of a word on its own: hashed atoms for its form, lower-cased
 * form, affixes and shape, computed once per word and shared by every feature template that uses them.
 */
import { hashString } from "./perceptron.js";

/**
 * Lower case with every digit mapped to 0 (so "1995" and "2024" share what they have in common) and curly quotes
 * straightened (so "China’s" and "China's" are one word to the models).
 */
export function normalizeWord(form: string): string {
  if (plainAscii(form, true)) return form.toLowerCase();
  return straightQuotes(form.toLowerCase().replace(/[0-9]/g, "0"));
}

/**
 * True when the form holds only ASCII characters other than the backquote (and, with `noDigits`, other than
 * digits): then the replacements of normalizeWord and straightQuotes change nothing, and are skipped.
 */
function plainAscii(form: string, noDigits: boolean): boolean {
  for (let k = 0; k < form.length; k++) {
    const c = form.charCodeAt(k);
    if (c >= 128 || c === 96 || (noDigits && c >= 48 && c <= 57)) return false;
  }
  return true;
}

/** Curly quotes and primes as straight ones; backquotes as apostrophes (wire text's ``…'' stays two characters). */
function straightQuotes(form: string): string {
  if (plainAscii(form, false)) return form;
  return form.replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /[\p{L}\p{M}]/u;

function charClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 128) {
    // ASCII without the regexes: the same answers (no other ASCII character is a letter or a decimal digit)
    if (c >= 65 && c <= 90) return "X";
    if (c >= 97 && c <= 122) return "x";
    if (c >= 48 && c <= 57) return "d";
    return ch;
  }
  if (UPPER.test(ch)) return "X";
  if (LOWER.test(ch)) return "x";
  if (DIGIT.test(ch)) return "d";
  if (LETTER.test(ch)) return "l"; // caseless letters (CJK, Arabic, …)
  return ch;
}

/** Word shape with runs of one class collapsed: "Erdoğan" → "Xx", "U.S." → "X.X.", "1,000" → "d,d". */
export function wordShape(form: string): string {
  let out = "";
  let last = "";
  for (const ch of form) {
    const c = charClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 12 ? out.slice(0, 12) : out;
}

/** Word clusters (see train/clusters.ts) by normalized word. */
export interface ClusterTable {
  /** normalized word → [path bits, depth, capital rate 0–255]. */
  get(norm: string): readonly [number, number, number] | undefined;
}

/** Capitalization rate (0–255) under which news text writes a word in lower case inside sentences. */
export const USUALLY_LOWER_RATE = 64;

/**
 * True when the clusters know the word and news text writes it in lower case inside sentences, so that a capital
 * marks the start of a sentence or quotation ("He", "Unfortunately") rather than a name.
 */
export function usuallyLower(clusters: ClusterTable | undefined, word: string): boolean {
  const entry = clusters?.get(word.toLowerCase());
  return entry !== undefined && entry[2] < USUALLY_LOWER_RATE;
}

/** Cluster prefix lengths used as atoms. */
const PREFIXES = [4, 8, 12] as const;

export interface WordAtoms {
  readonly count: number;
  /** Hash of the form as written (case kept, quotes straightened). */
  readonly form: Int32Array;
  /** Hash of the normalized (lower-cased, digit-folded) form. */
  readonly norm: Int32Array;
  readonly shape: Int32Array;
  readonly prefix1: Int32Array;
  readonly prefix2: Int32Array;
  readonly prefix3: Int32Array;
  readonly suffix1: Int32Array;
  readonly suffix2: Int32Array;
  readonly suffix3: Int32Array;
  readonly suffix4: Int32Array;
  /** Cluster path prefixes of 4, 8 and 12 bits and the whole path (0 = word not clustered). */
  readonly cluster4: Int32Array;
  readonly cluster8: Int32Array;
  readonly cluster12: Int32Array;
  readonly cluster: Int32Array;
  /** How often the word is capitalized inside a sentence, in 8 buckets (0 = unknown). */
  readonly capitalRate: Int32Array;
  /** Normalized forms, for lookups (tag dictionary, lemma table). */
  readonly normText: readonly string[];
}

function affix(norm: string, n: number, fromEnd: boolean): number {
  // code units are characters unless the word holds a surrogate pair (rare: emoji, historic scripts)
  const chars = /[\uD800-\uDFFF]/.test(norm) ? Array.from(norm) : norm;
  if (chars.length <= n) return hashString(`=${norm}`);
  const part = fromEnd ? chars.slice(-n) : chars.slice(0, n);
  return hashString(typeof part === "string" ? part : part.join(""));
}

function prefixAtom(bits: number, depth: number, length: number): number {
  const keep = Math.min(depth, length);
  return hashString(`c${keep}:${bits >>> (depth - keep)}`);
}

/** Everything wordAtoms knows of one form, in the order of ATOM_COLUMNS. */
export interface FormAtoms {
  atoms: Int32Array;
  norm: string;
}

/** The atom columns of a word, in a fixed order (the name recognizer caches rows in the same order). */
export const ATOM_COLUMNS = [
  "form",
  "norm",
  "shape",
  "prefix1",
  "prefix2",
  "prefix3",
  "suffix1",
  "suffix2",
  "suffix3",
  "suffix4",
  "cluster4",
  "cluster8",
  "cluster12",
  "cluster",
  "capitalRate",
] as const;

function computeFormAtoms(form: string, clusters: ClusterTable | undefined): FormAtoms {
  const norm = normalizeWord(form);
  const a = new Int32Array(ATOM_COLUMNS.length);
  a[0] = hashString(straightQuotes(form));
  a[1] = hashString(norm);
  a[2] = hashString(wordShape(form));
  a[3] = affix(norm, 1, false);
  a[4] = affix(norm, 2, false);
  a[5] = affix(norm, 3, false);
  a[6] = affix(norm, 1, true);
  a[7] = affix(norm, 2, true);
  a[8] = affix(norm, 3, true);
  a[9] = affix(norm, 4, true);
  const c = clusters?.get(norm);
  if (c) {
    const [bits, depth, capital] = c;
    a[10] = prefixAtom(bits, depth, PREFIXES[0]);
    a[11] = prefixAtom(bits, depth, PREFIXES[1]);
    a[12] = prefixAtom(bits, depth, PREFIXES[2]);
    a[13] = prefixAtom(bits, depth, 32);
    a[14] = 1 + (capital >> 5);
  }
  return { atoms: a, norm };
}

/**
 * Atoms by form, per cluster table: a word's atoms never change, and computing them (a dozen string hashes) was
 * a fifth of the tagger's time. The cache only saves work, so emptying it when it grows large changes no output.
 */
const CACHE_LIMIT = 200_000;
const NO_CLUSTERS: ClusterTable = { get: () => undefined };
const caches = new WeakMap<ClusterTable, Map<string, FormAtoms>>();

function formCache(clusters: ClusterTable | undefined): Map<string, FormAtoms> {
  const table = clusters ?? NO_CLUSTERS;
  let cache = caches.get(table);
  if (!cache) {
    cache = new Map();
    caches.set(table, cache);
  }
  return cache;
}

/** The atoms of one form (remembered per cluster table). */
export function formAtoms(form: string, clusters: ClusterTable | undefined): FormAtoms {
  return cachedFormAtoms(formCache(clusters), form, clusters);
}

function cachedFormAtoms(cache: Map<string, FormAtoms>, form: string, clusters: ClusterTable | undefined): FormAtoms {
  let found = cache.get(form);
  if (found === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    found = computeFormAtoms(form, clusters);
    cache.set(form, found);
  }
  return found;
}

/**
 * A document's atom rows by word number (see buildDocument): row `id` at `atoms[id * ATOM_COLUMNS.length]`, in one
 * array, so that a sentence's columns are copied from a small table that stays in the processor's cache.
 */
export interface NumberedAtoms {
  readonly atoms: Int32Array;
  readonly norms: readonly string[];
  /** The sentence's word numbers. */
  readonly ids: ArrayLike<number>;
}

/**
 * Atoms for a sequence of words (one sentence). A caller that has looked up its words' rows already (a document
 * looks up each distinct word once, see buildDocument) passes them as `numbered`, so no word is hashed here.
 */
export function wordAtoms(forms: readonly string[], clusters?: ClusterTable, numbered?: NumberedAtoms): WordAtoms {
  const n = forms.length;
  const width = ATOM_COLUMNS.length;
  // one buffer for all the columns: a typed array of its own per column cost more than filling it
  const buffer = new Int32Array(width * n);
  const normText: string[] = [];
  if (numbered) {
    const { atoms, norms, ids } = numbered;
    for (let i = 0; i < n; i++) {
      const id = ids[i] as number;
      for (let k = 0; k < width; k++) buffer[k * n + i] = atoms[id * width + k] as number;
      normText.push(norms[id] as string);
    }
  } else {
    const cache = formCache(clusters);
    for (let i = 0; i < n; i++) {
      const { atoms, norm } = cachedFormAtoms(cache, forms[i] as string, clusters);
      for (let k = 0; k < width; k++) buffer[k * n + i] = atoms[k] as number;
      normText.push(norm);
    }
  }
  const column = (k: number) => buffer.subarray(k * n, (k + 1) * n);
  // an object literal, not properties added one by one, so every WordAtoms shares one shape (ATOM_COLUMNS order)
  return {
    count: n,
    normText,
    form: column(0),
    norm: column(1),
    shape: column(2),
    prefix1: column(3),
    prefix2: column(4),
    prefix3: column(5),
    suffix1: column(6),
    suffix2: column(7),
    suffix3: column(8),
    suffix4: column(9),
    cluster4: column(10),
    cluster8: column(11),
    cluster12: column(12),
    cluster: column(13),
    capitalRate: column(14),
  };
}
