/**
 * The Document: one article's frozen text plus columnar layers (paragraphs, sentences, tokens), every position a
 * `[start, end)` UTF-16 offset into the original text. Every later stage reads a Document and never changes it.
 *
 * Built entirely by Dyad's own syntax (src/nlp): the tokenizer (UD English words, any script), the sentence splitter
 * (hard-wrapped wire text, datelines, headings), and per sentence the tagger (UPOS, XPOS), lemmatizer and labeled
 * dependency parser, whose heads and relations are token columns the later stages read.
 */
import type { ArticleMeta, Span } from "../contract.js";
import { lemmatizeCached } from "./lemmatize.js";
import { ATOM_COLUMNS, formAtoms, type NumberedAtoms } from "./lexical.js";
import { splitSentences } from "./sentences.js";
import { type SyntaxModels, syntaxModels, tagAndParse } from "./syntax.js";
import { TOKEN_KIND_NAMES, tokenize } from "./tokenize.js";

export interface TokenColumns {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** The token exactly as in the text. */
  readonly value: readonly string[];
  /** Lower-cased value with curly quotes straightened ("’s" → "'s"). */
  readonly norm: readonly string[];
  /** Lemma (lower case), e.g. "said" → "say". */
  readonly lemma: readonly string[];
  /** Universal Dependencies POS tag (PROPN, VERB, ...). */
  readonly pos: readonly string[];
  /** Penn Treebank tag (NNP, VBD, ...), as UD English's XPOS. */
  readonly xpos: readonly string[];
  /** Token kind: word, number, punctuation, symbol, url, email, emoji. */
  readonly type: readonly string[];
  /** Index of the sentence that holds the token. */
  readonly sentence: Int32Array;
  /** Token index of the syntactic head (always in the same sentence), -1 for a sentence's root. */
  readonly head: Int32Array;
  /** Universal Dependencies relation to the head ("nsubj", "obl:agent", "root", ...). */
  readonly deprel: readonly string[];
  /**
   * Index of the first token of the written word the token was split from ("do" and "n't" of "don't" both point
   * at "do"); a token's own index otherwise.
   */
  readonly group: Int32Array;
}

export interface SentenceColumns {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** First token of the sentence. */
  readonly tokenStart: Int32Array;
  /** One past the last token of the sentence. */
  readonly tokenEnd: Int32Array;
  readonly paragraph: Int32Array;
  /** 1 when the sentence is a whole line without closing punctuation (headline, caption, heading). */
  readonly heading: Uint8Array;
}

export interface ParagraphColumns {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

export interface Document {
  readonly text: string;
  readonly article: ArticleMeta;
  readonly paragraphs: ParagraphColumns;
  readonly sentences: SentenceColumns;
  readonly tokens: TokenColumns;
}

/** Straightens curly quotes without changing the length of the string. */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');
}

interface MutableTokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  value: string[];
  norm: string[];
  lemma: string[];
  pos: string[];
  xpos: string[];
  type: string[];
  sentence: Int32Array;
  head: Int32Array;
  deprel: string[];
  group: Int32Array;
}

/**
 * One copy of each distinct string per document. Token columns hold a string per token, but an article has far
 * fewer distinct words than tokens (a 4 MB article: 828k tokens, ~60k word forms), so sharing them keeps the
 * Document's memory near the size of its vocabulary instead of three new strings per token. Each distinct string
 * also gets a number, so that what depends on a word alone (its atoms, its lemma for a tag) is looked up once per
 * document in the process-wide caches, not once per token: those caches are large, and a lookup in them cost
 * more than all else in the document stage but tagging and parsing.
 */
class Interner {
  private readonly ids = new Map<string, number>();
  readonly strings: string[] = [];

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  intern(s: string): string {
    return this.strings[this.id(s)] as string;
  }
}

/** The atom rows of a document's words by number, each looked up once (see Interner). */
function numberedAtoms(strings: Interner, valueIds: Int32Array, models: SyntaxModels): NumberedAtoms {
  const width = ATOM_COLUMNS.length;
  const count = strings.strings.length;
  const atoms = new Int32Array(count * width);
  const norms: string[] = new Array<string>(count).fill("");
  const done = new Uint8Array(count);
  for (let i = 0; i < valueIds.length; i++) {
    const id = valueIds[i] as number;
    if (done[id] === 1) continue;
    done[id] = 1;
    const row = formAtoms(strings.strings[id] as string, models.clusters);
    atoms.set(row.atoms, id * width);
    norms[id] = row.norm;
  }
  return { atoms, norms, ids: valueIds };
}

/** Tags and parses each sentence and writes the results into the token columns. */
function fillSyntax(
  tokens: MutableTokens,
  valueIds: Int32Array,
  tokenStart: Int32Array,
  tokenEnd: Int32Array,
  models: SyntaxModels,
  strings: Interner,
): void {
  const { tagger, parser } = models;
  const table = numberedAtoms(strings, valueIds, models);
  const groupRows: (Int32Array | undefined)[] = [];
  // lemma (lower case, interned) by value id and joint tag
  const lemmas = new Map<number, string>();
  const tagCount = tagger.tags.length;
  for (let s = 0; s < tokenStart.length; s++) {
    const from = tokenStart[s] as number;
    const to = tokenEnd[s] as number;
    tokens.sentence.fill(s, from, to);
    const forms = tokens.value.slice(from, to);
    const ids = valueIds.subarray(from, to);
    const syntax = tagAndParse(models, forms, { ...table, ids }, { ids, rows: groupRows });
    for (let i = from; i < to; i++) {
      const k = i - from;
      const t = syntax.tags[k] as number;
      tokens.pos[i] = tagger.upos[t] as string;
      tokens.xpos[i] = tagger.xpos[t] as string;
      const key = (valueIds[i] as number) * tagCount + t;
      let lemma = lemmas.get(key);
      if (lemma === undefined) {
        lemma = strings.intern(
          lemmatizeCached(models.lemmas, forms[k] as string, tagger.xpos[t] as string).toLowerCase(),
        );
        lemmas.set(key, lemma);
      }
      tokens.lemma[i] = lemma;
      const h = syntax.head[k] as number;
      tokens.head[i] = h < 0 ? -1 : from + h;
      tokens.deprel[i] = parser.labels[syntax.label[k] as number] as string;
    }
  }
}

function tokenColumns(text: string, strings: Interner): { tokens: MutableTokens; valueIds: Int32Array } {
  const t = tokenize(text);
  const n = t.count;
  const value: string[] = [];
  const norm: string[] = [];
  const type: string[] = [];
  const valueIds = new Int32Array(n);
  // the norm of each distinct value, computed once (lower-casing and two replacements per token add up)
  const normOf: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = strings.id(text.slice(t.start[i], t.end[i]));
    const v = strings.strings[id] as string;
    valueIds[i] = id;
    value.push(v);
    let nv = normOf[id];
    if (nv === undefined) {
      nv = strings.intern(straightenQuotes(v.toLowerCase()));
      normOf[id] = nv;
    }
    norm.push(nv);
    type.push(TOKEN_KIND_NAMES[t.kind[i] as number] as string);
  }
  const tokens = {
    count: n,
    start: t.start,
    end: t.end,
    value,
    norm,
    lemma: new Array<string>(n).fill(""),
    pos: new Array<string>(n).fill("X"),
    xpos: new Array<string>(n).fill("_"),
    type,
    sentence: new Int32Array(n),
    head: new Int32Array(n).fill(-1),
    deprel: new Array<string>(n).fill("dep"),
    group: t.group,
  };
  return { tokens, valueIds };
}

/** Builds the frozen Document for an article. Pure: the same text always gives the same columns. */
export function buildDocument(text: string, article: ArticleMeta, models: SyntaxModels = syntaxModels()): Document {
  const strings = new Interner();
  const { tokens, valueIds } = tokenColumns(text, strings);
  const split = splitSentences(text, tokens, models.clusters);
  fillSyntax(tokens, valueIds, split.tokenStart, split.tokenEnd, models, strings);
  const sCount = split.tokenStart.length;
  const sentences = {
    count: sCount,
    start: new Int32Array(sCount),
    end: new Int32Array(sCount),
    tokenStart: split.tokenStart,
    tokenEnd: split.tokenEnd,
    paragraph: new Int32Array(sCount),
    heading: split.heading,
  };
  const pStart: number[] = [];
  const pEnd: number[] = [];
  for (let s = 0; s < sCount; s++) {
    sentences.start[s] = tokens.start[split.tokenStart[s] as number] as number;
    sentences.end[s] = tokens.end[(split.tokenEnd[s] as number) - 1] as number;
    if (s === 0 || split.paragraphStart[s] === 1) pStart.push(sentences.start[s] as number);
    else pEnd.pop();
    pEnd.push(sentences.end[s] as number);
    sentences.paragraph[s] = pStart.length - 1;
  }
  return Object.freeze({
    text,
    article: Object.freeze({ ...article }),
    paragraphs: Object.freeze({ count: pStart.length, start: Int32Array.from(pStart), end: Int32Array.from(pEnd) }),
    sentences: Object.freeze(sentences),
    tokens: Object.freeze(tokens),
  });
}

/** A span over the text; `span.text` is always `text.slice(start, end)`. */
export function spanOf(doc: Document, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

/** Span covering tokens `[from, to)`. */
export function tokenSpan(doc: Document, from: number, to: number): Span {
  return spanOf(doc, doc.tokens.start[from] as number, doc.tokens.end[to - 1] as number);
}

/**
 * Token h is a hyphen written inside one word ("ABS-CBN", "US-led", "go-ahead"): the Document splits such words at
 * the hyphen, as UD does, and the stages that want the written word back ask this.
 */
export function isGluedHyphen(tokens: TokenColumns, h: number): boolean {
  return (
    h > 0 &&
    h + 1 < tokens.count &&
    tokens.value[h] === "-" &&
    tokens.end[h - 1] === tokens.start[h] &&
    tokens.end[h] === tokens.start[h + 1]
  );
}

/** Index of the token containing (or starting after) a character offset; binary search. */
export function tokenAt(doc: Document, offset: number): number {
  const starts = doc.tokens.end;
  let lo = 0;
  let hi = doc.tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence containing a character offset, or -1. */
export function sentenceAt(doc: Document, offset: number): number {
  const t = tokenAt(doc, offset);
  if (t >= doc.tokens.count) return doc.sentences.count - 1;
  return doc.tokens.sentence[t] as number;
}
