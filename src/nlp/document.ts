/**
 * The Document: one article's frozen text plus columnar layers (paragraphs, sentences, tokens), every position a
 * `[start, end)` UTF-16 offset into the original text. Every later stage reads a Document and never changes it.
 *
 * Tokens, POS tags and lemmas come from wink-nlp (wink-eng-lite-web-model). wink-nlp has no offset API, so the
 * offsets are rebuilt from each token's value and preceding whitespace, which together reproduce the input exactly.
 * Two things wink-nlp does not do are done here by hand:
 *  - curly quotes and apostrophes (’ ‘ “ ”) are mapped to straight ones before tagging (a same-length substitution,
 *    so offsets stay valid) so that "China’s" and "China's" tokenize and tag alike;
 *  - every line break ends a sentence, so headlines, captions and one-line headings are segments of their own.
 */

import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import type { ArticleMeta, Span } from "../contract.js";

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
  /** wink-nlp token type: word, number, punctuation, symbol, email, url, ... */
  readonly type: readonly string[];
  /** Index of the sentence that holds the token. */
  readonly sentence: Int32Array;
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

/**
 * wink-nlp remembers every word it has not seen before by adding it to its lexicon, and its tokenizer keeps a
 * whitespace-delimited chunk whole when the lexicon knows it. So "Poor's" is split into "Poor" + "'s" in one
 * article but kept whole in a later one, once some other context ("Poor's)") has added it: the same text would
 * give different tokens (and POS tags, actors, events) depending on what the process coded before. To keep
 * buildDocument a pure function, the words a document adds are taken out of the lexicon's index again after it
 * is read (the instance's lexicon object is captured by wrapping the model's loader), so every document sees the
 * lexicon as the model shipped it, give or take plain words (see PLAIN_WORD). The lexicon's word list still
 * grows, so the instance is replaced after WINK_RENEW_AFTER additions (creating one takes ~60 ms).
 */
interface WinkLexicon {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}
interface Wink {
  nlp: ReturnType<typeof winkNLP>;
  lexicon: WinkLexicon;
  /** What the document stage has read of each lexeme id of this instance (see Lexeme). */
  lexemes: (Lexeme | undefined)[];
}
const WINK_RENEW_AFTER = 200_000;

function createWink(): Wink {
  let core: { features: { lexeme: WinkLexicon } } | undefined;
  const loadCore = model.core as unknown as () => NonNullable<typeof core>;
  const tracked = Object.assign(Object.create(null), model, { core: () => (core = loadCore()) }) as typeof model;
  const nlp = winkNLP(tracked, ["sbd", "pos"]);
  if (!core) throw new Error("wink-nlp did not load its core model through model.core()");
  return { nlp, lexicon: core.features.lexeme, lexemes: [] };
}

let wink = createWink();
const its = wink.nlp.its;

/**
 * A run of plain letters (or of digits) is one token whichever way the tokenizer reaches it, so it may stay in the
 * lexicon: forgetting it would only make the next document pay for adding it again (a third of the stage's time).
 */
const PLAIN_WORD = /^(?:[A-Za-z]+|[0-9]+)$/;

/** Takes the words added since the lexicon held `size` words out of its index (see Wink). */
function forgetWordsSince(lexicon: WinkLexicon, size: number): void {
  const { hash, list } = lexicon;
  for (let k = size; k < list.length; k++) {
    const word = list[k] as string;
    if (!PLAIN_WORD.test(word)) delete hash[word];
  }
  if (list.length - lexicon.intrinsicSize > WINK_RENEW_AFTER) wink = createWink();
}

/** Straightens curly quotes without changing the length of the string. */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');
}

/** Token columns as tagTokens fills them, plus what buildDocument needs to place sentence boundaries. */
interface RawTokens {
  count: number;
  /** Filled up to `count` (sized for every wink token, SPACE tokens included). */
  start: Int32Array;
  end: Int32Array;
  value: string[];
  norm: string[];
  lemma: string[];
  pos: string[];
  type: string[];
  /** 1 when a line break precedes the token. */
  newlineBefore: Uint8Array;
  /** wink-nlp's sentence index of the token. */
  winkSentence: Int32Array;
}

/**
 * What wink-nlp knows of a lexeme regardless of context: its value, lower-cased value, token type and (per POS
 * tag) lemma. wink-nlp derives all four from the token's lexeme id alone (the lemma from id + POS, except in
 * contractions), and an id means the same word for the life of the wink-nlp instance (a word new to the lexicon
 * gets a fresh id each time a document brings it, see Wink). So they are read once per lexeme instead of once per
 * token: reading them as columns for every token cost about as much as the rest of the column building together.
 */
interface Lexeme {
  value: string;
  norm: string;
  type: string;
  /** All whitespace (wink-nlp keeps line breaks and runs of spaces as tokens). */
  blank: boolean;
  /** The lemma under the first POS tag seen (most words only ever get one or two tags). */
  firstPos: string;
  firstLemma: string;
  /** Lemmas under other POS tags. */
  otherLemmas?: Map<string, string>;
}
type WinkTokens = ReturnType<ReturnType<Wink["nlp"]["readDoc"]>["tokens"]>;
type TokenIts = Parameters<WinkTokens["out"]>[0];

/** `lexemes` is indexed by lexeme id, a dense index into the instance's lexicon. */
function lexemeOf(lexemes: (Lexeme | undefined)[], tokens: WinkTokens, i: number, id: number): Lexeme {
  let lex = lexemes[id];
  if (lex === undefined) {
    const item = tokens.itemAt(i);
    const value = item.out(its.value) as string;
    const type = item.out(its.type) as string;
    lex = { value, norm: value.toLowerCase(), type, blank: value.trim() === "", firstPos: "", firstLemma: "" };
    lexemes[id] = lex;
  }
  return lex;
}

function lemmaOf(tokens: WinkTokens, i: number, lex: Lexeme, pos: string, contraction: boolean): string {
  // a contraction's lemma ("ca|n't" → "can") sits in the token's own data, not in the lexeme
  if (contraction) return winkLemma(tokens, i, lex.value);
  if (lex.firstPos === pos) return lex.firstLemma;
  if (lex.firstPos === "") {
    lex.firstPos = pos;
    lex.firstLemma = winkLemma(tokens, i, lex.value);
    return lex.firstLemma;
  }
  lex.otherLemmas ??= new Map();
  let lemma = lex.otherLemmas.get(pos);
  if (lemma === undefined) {
    lemma = winkLemma(tokens, i, lex.value);
    lex.otherLemmas.set(pos, lemma);
  }
  return lemma;
}

function winkLemma(tokens: WinkTokens, i: number, value: string): string {
  const lemma = tokens.itemAt(i).out(its.lemma as TokenIts) as string | undefined;
  return (lemma ?? value).toLowerCase();
}

function tagTokens(text: string): RawTokens {
  const { lexicon } = wink;
  const lexiconSize = lexicon.list.length;
  try {
    return readTokens(text, wink);
  } finally {
    // also when wink-nlp throws half-way, so that no later document sees what this one added
    forgetWordsSince(lexicon, lexiconSize);
  }
}

function readTokens(text: string, { nlp, lexemes }: Wink): RawTokens {
  const straight = straightenQuotes(text);
  const wdoc = nlp.readDoc(straight);
  const tokens = wdoc.tokens();
  const ids = tokens.out(its.uniqueId as TokenIts) as unknown as number[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as string[];
  const contraction = tokens.out(its.contractionFlag as TokenIts) as unknown as boolean[];
  const wn = ids.length;
  const sentenceOfWinkToken = new Int32Array(wn);
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s] as [number, number];
    sentenceOfWinkToken.fill(s, span[0], span[1] + 1);
  }
  // Offsets are the same in both strings; only tokens holding a curly quote need the original slice.
  const same = straight === text;

  const out: RawTokens = {
    count: 0,
    start: new Int32Array(wn),
    end: new Int32Array(wn),
    value: [],
    norm: [],
    lemma: [],
    pos: [],
    type: [],
    newlineBefore: new Uint8Array(wn),
    winkSentence: new Int32Array(wn),
  };
  let n = 0;
  let offset = 0;
  let pendingNewline = false;
  for (let i = 0; i < wn; i++) {
    const space = spaces[i] ?? "";
    if (space.length > 0 && space.includes("\n")) pendingNewline = true;
    offset += space.length;
    const lex = lexemeOf(lexemes, tokens, i, ids[i] as number);
    const value = lex.value;
    const start = offset;
    offset += value.length;
    const p = pos[i] ?? "X";
    if (p === "SPACE" || lex.blank) {
      if (value.includes("\n")) pendingNewline = true;
      continue;
    }
    out.start[n] = start;
    out.end[n] = offset;
    out.value.push(same ? value : text.slice(start, offset));
    out.norm.push(lex.norm);
    out.lemma.push(lemmaOf(tokens, i, lex, p, contraction[i] === true));
    out.pos.push(p);
    out.type.push(lex.type);
    out.newlineBefore[n] = pendingNewline ? 1 : 0;
    out.winkSentence[n] = sentenceOfWinkToken[i] ?? 0;
    n++;
    pendingNewline = false;
  }
  out.count = n;
  return out;
}

function paragraphRanges(text: string): [number, number][] {
  // Blank lines separate paragraphs when the text has any; otherwise every line is a paragraph (as in articles
  // pasted from the web, where each paragraph is one line).
  const separator = /\n[ \t\r]*\n/.test(text) ? /\n[ \t\r]*\n\s*/g : /\n+/g;
  const ranges: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(separator)) {
    pushTrimmed(text, from, m.index, ranges);
    from = m.index + m[0].length;
  }
  pushTrimmed(text, from, text.length, ranges);
  return ranges;
}

function pushTrimmed(text: string, start: number, end: number, into: [number, number][]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  if (e > s) into.push([s, e]);
}

const CLOSING_PUNCT = /[.!?:;"'…]$/;

/** Builds the frozen Document for an article. Pure: the same text always gives the same columns. */
export function buildDocument(text: string, article: ArticleMeta): Document {
  const raw = tagTokens(text);
  const n = raw.count;
  const tokens = {
    count: n,
    start: raw.start.slice(0, n),
    end: raw.end.slice(0, n),
    value: raw.value,
    norm: raw.norm,
    lemma: raw.lemma,
    pos: raw.pos,
    type: raw.type,
    sentence: new Int32Array(n),
  };

  // Sentence boundaries: wink-nlp's, plus one before every token that starts a new line.
  const starts: number[] = [];
  const nl = raw.newlineBefore;
  const ws = raw.winkSentence;
  for (let i = 0; i < n; i++) {
    if (i === 0 || nl[i] === 1 || ws[i - 1] !== ws[i]) starts.push(i);
  }
  const paragraphs = paragraphRanges(text);
  const sCount = starts.length;
  const sentences = {
    count: sCount,
    start: new Int32Array(sCount),
    end: new Int32Array(sCount),
    tokenStart: new Int32Array(sCount),
    tokenEnd: new Int32Array(sCount),
    paragraph: new Int32Array(sCount),
    heading: new Uint8Array(sCount),
  };
  let para = 0;
  for (let s = 0; s < sCount; s++) {
    const from = starts[s] as number;
    const to = (starts[s + 1] ?? n) as number;
    sentences.tokenStart[s] = from;
    sentences.tokenEnd[s] = to;
    sentences.start[s] = tokens.start[from] as number;
    sentences.end[s] = tokens.end[to - 1] as number;
    tokens.sentence.fill(s, from, to);
    const sStart = sentences.start[s] as number;
    while (para < paragraphs.length - 1 && sStart >= (paragraphs[para]?.[1] ?? 0)) para++;
    sentences.paragraph[s] = para;
    const lineEnd = (to >= n || nl[to] === 1) && (nl[from] === 1 || from === 0);
    const lastValue = raw.value[to - 1] ?? "";
    sentences.heading[s] = lineEnd && !CLOSING_PUNCT.test(lastValue) ? 1 : 0;
  }

  return Object.freeze({
    text,
    article: Object.freeze({ ...article }),
    paragraphs: Object.freeze({
      count: paragraphs.length,
      start: Int32Array.from(paragraphs, (p) => p[0]),
      end: Int32Array.from(paragraphs, (p) => p[1]),
    }),
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
