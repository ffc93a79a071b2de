/**
 * Sentence splitter. Two passes:
 *  1. Layout: the text's line breaks are read as hard (a paragraph, heading, list item or dateline ends there) or
 *     soft (a hard-wrapped line of wire text continues). A blank line, an indented line, a list marker and a short
 *     line in a wrapped block are hard; in text that is not hard-wrapped every line break is hard.
 *  2. Punctuation: inside each segment a sentence ends after . ! ? … (and any closing quotes or brackets) when the
 *     next word can start a sentence. Abbreviations need more: a title ("Mr.", "Gen.") never ends one; others
 *     ("U.S.", "Inc.", "Jan.") end one only before a word that is usually written in lower case ("the", "He"),
 *     which the word clusters' capitalization rates tell.
 * Datelines ("WASHINGTON (AP) — ", "LONDON, March 3 (Reuters) - ") become a segment of their own, and no sentence
 * grows beyond MAX_SENTENCE words, so parsing cost stays linear in text length.
 */
import { type ClusterTable, usuallyLower } from "./lexical.js";
import { isAbbreviation, isBetweenNamesAbbreviation, isTitleAbbreviation, type Tokens } from "./tokenize.js";

export const MAX_SENTENCE = 200;

/** The token offsets the splitter reads. */
export type TokenOffsets = Pick<Tokens, "count" | "start" | "end">;

export interface SentenceSplit {
  /** First token of each sentence. */
  readonly tokenStart: Int32Array;
  /** One past the last token of each sentence. */
  readonly tokenEnd: Int32Array;
  /** 1 when the sentence starts a paragraph (after a blank line or an indented line). */
  readonly paragraphStart: Uint8Array;
  /** 1 when the sentence is a whole line without closing punctuation (headline, caption, heading). */
  readonly heading: Uint8Array;
}

const CLOSERS = /^["'’”»)\]}]+$|^''$/;
const ENDERS = /^(?:[.!?…]+|\.\.\.)$/;
/** A line that ends a sentence, a heading with a colon, or a quotation. */
const LINE_END = /[.!?…:;"'’”»)\]]\s*$|''\s*$/u;
const OPENERS = /^["'‘“«([{]|^``$/;
const LIST_MARKER = /^[ \t]*(?:[-*•·▪–—]|\d{1,3}[.)]|[a-z][.)])[ \t]+\S/;
const DATELINE =
  /^[ \t]*\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}(?:,[ \t]*[\p{L}.]+(?:[ \t]+[\p{L}.]+){0,3})?(?:,?[ \t]*\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2})?[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*(?:--|—|–|-)[ \t]+/u;

interface Line {
  start: number;
  end: number;
  /** Length without leading/trailing white space. */
  length: number;
  indented: boolean;
  blank: boolean;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    lines.push({ start, end, length: trimmed.length, indented: /^(?:\t| {2,})\S/.test(raw), blank: trimmed === "" });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

/**
 * The wrap width of hard-wrapped text, or 0 when the text is not hard-wrapped (most lines far from one width).
 */
function wrapWidth(lines: Line[]): number {
  const lengths = lines.filter((l) => !l.blank).map((l) => l.length);
  if (lengths.length < 4) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)] as number;
  if (width < 30 || width > 120) return 0;
  const near = lengths.filter((n) => n >= width * 0.7 && n <= width + 2).length;
  return near >= lengths.length * 0.5 ? width : 0;
}

/**
 * Whether the text of a hard-wrapped block goes on after this line: a full-width line does; so does the short first
 * line of an indented paragraph that stops mid-sentence ("\tNAIROBI, Kenya (AP) -- President" + "Daniel arap
 * Moi…"), which a headline or list item (ending the block, or not indented) does not.
 */
function wrapsOn(text: string, line: Line, width: number): boolean {
  if (line.length >= width * 0.7) return true;
  return line.indented && !LINE_END.test(text.slice(line.start, line.end));
}

/** Offsets at which a new segment starts, and which of them start paragraphs. */
function hardBreaks(text: string): { breaks: number[]; paragraphs: Set<number> } {
  const lines = linesOf(text);
  const width = wrapWidth(lines);
  // with blank lines between paragraphs, a single line break inside one does not start a new paragraph
  const blankSeparated = lines.some((l, i) => l.blank && i > 0 && i + 1 < lines.length);
  const breaks: number[] = [];
  const paragraphs = new Set<number>();
  let afterBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.blank) {
      afterBlank = true;
      continue;
    }
    const prev = lines[i - 1];
    const soft = width > 0 && prev !== undefined && !prev.blank && !line.indented && wrapsOn(text, prev, width);
    const listItem = LIST_MARKER.test(text.slice(line.start, line.end));
    if (afterBlank || line.indented || !soft || listItem) {
      breaks.push(line.start);
      if (afterBlank || line.indented || (width === 0 && !blankSeparated)) paragraphs.add(line.start);
    }
    const dateline = afterBlank || line.indented || i === 0 ? DATELINE.exec(text.slice(line.start, line.end)) : null;
    if (dateline) breaks.push(line.start + dateline[0].length);
    afterBlank = false;
  }
  return { breaks, paragraphs };
}

function wordText(text: string, tokens: TokenOffsets, i: number): string {
  return text.slice(tokens.start[i], tokens.end[i]);
}

/** A country abbreviation ("U.S.", "U.K.") and what follows it: a word, then the word after that. */
const COUNTRY_ABBREVIATION_THEN = /\bU\.[SK]\.[ \t\n]+(\p{L})(\p{L}*)(?:[ \t\n]+(\p{L}))?/gu;

/** Closed-class words that, capitalized after "U.S.", show the copy's habit rather than a new sentence. */
const NEVER_OPEN_AFTER_ABBREVIATION = new Set(
  "and or of to is are has have had was were would will could should can may might did does dlrs dlr cents".split(" "),
);

/**
 * Words that open a new sentence after "U.S." even in copy that capitalizes every word after it: pronouns,
 * determiners, "But" and "However" cannot go on a noun phrase ending in "U.S.". Besides "However", these are the
 * pronoun and determiner part of SENTENCE_OPENERS: its prepositions and subordinators ("In", "For", "As") do go
 * on such a phrase in that copy ("cooperate with the U.S. In its plans").
 */
const STRONG_OPENERS = new Set(
  "the a an he she it they we i you his her its their this these those there but however".split(" "),
);

/**
 * Whether this text capitalizes every word after "U.S."/"U.K." — a habit of some wire copy (Reuters in the 1980s:
 * "pressed the U.S. To increase its aid", "one billion U.S. Dlrs"). Read from the whole text: the copy never puts a
 * lower-case word after the abbreviation, and either does it twice before a lower-case word or once before a
 * closed-class word that opens no sentence. One capitalized noun ("…to the U.S. Officials said") is not enough.
 */
export function capitalizesAfterCountryAbbreviation(text: string): boolean {
  if (!text.includes("U.")) return false;
  let capitalized = 0;
  for (const m of text.matchAll(COUNTRY_ABBREVIATION_THEN)) {
    const first = m[1] as string;
    if (/\p{Ll}/u.test(first)) return false;
    if (m[3] === undefined || !/\p{Ll}/u.test(m[3])) continue;
    if (NEVER_OPEN_AFTER_ABBREVIATION.has(`${first}${m[2]}`.toLowerCase())) capitalized += 2;
    else capitalized += 1;
  }
  return capitalized >= 2;
}

/** In copy that capitalizes after "U.S.", only a strong opener starts a sentence after the abbreviation. */
function continuesAfterCountryAbbreviation(value: string, following: string, capitalizedCopy: boolean): boolean {
  return capitalizedCopy && /^U\.[SK]\.$/.test(value) && !STRONG_OPENERS.has(following.toLowerCase());
}

/** Whether a sentence ends after token i (a candidate ender), given the token after it. */
function endsSentence(
  text: string,
  tokens: TokenOffsets,
  i: number,
  next: number,
  clusters?: ClusterTable,
  capitalizedCopy = false,
): boolean {
  const value = wordText(text, tokens, i);
  if (next >= tokens.count) return true;
  const following = wordText(text, tokens, next);
  if (/^\p{Ll}/u.test(following)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(following) && !OPENERS.test(following)) return false;
  if (ENDERS.test(value)) return true;
  if (continuesAfterCountryAbbreviation(value, following, capitalizedCopy)) return false;
  // a word that carries its own period
  if (isTitleAbbreviation(value)) return false;
  // "Roe v. Wade", "Ali vs. Frazier": a name on each side ("option v." may still end one).
  if (isBetweenNamesAbbreviation(value) && /^\p{Lu}/u.test(wordText(text, tokens, i - 1))) return false;
  if (/^\p{Lu}\.$/u.test(value)) return false; // an initial
  if (!isAbbreviation(value)) return true;
  return usuallyLower(clusters, following) && !opensTitleCasePhrase(text, tokens, next);
}

/**
 * Words that open sentences and also stand before capitalized words inside them ("The White House", "He
 * Jintao"): after an abbreviation they end the sentence before them whatever follows.
 */
const SENTENCE_OPENERS = new Set(
  "the a an he she it they we i you his her its their this these those there but in on at for if when while as after before since some many most all one what how no yet so".split(
    " ",
  ),
);

/**
 * Whether the capitalized common word at `next`, right after an abbreviation, opens a title-case phrase
 * ("U.S. Trade Representative X", "U.S. Patent Office"; Reuters copy also capitalizes words after "U.S.": "U.S.
 * And Japan") rather than a sentence: the word after it is capitalized too, and it is no usual sentence opener.
 */
function opensTitleCasePhrase(text: string, tokens: TokenOffsets, next: number): boolean {
  if (next + 1 >= tokens.count || SENTENCE_OPENERS.has(wordText(text, tokens, next).toLowerCase())) return false;
  return /^\p{Lu}/u.test(wordText(text, tokens, next + 1));
}

/** Splits the tokens of `text` into sentences. */
export function splitSentences(text: string, tokens: TokenOffsets, clusters?: ClusterTable): SentenceSplit {
  const { breaks, paragraphs } = hardBreaks(text);
  const capitalizedCopy = capitalizesAfterCountryAbbreviation(text);
  const starts: number[] = [];
  const paragraphStarts = new Set<number>();
  let b = 0;
  let sentenceStart = 0;
  for (let i = 0; i < tokens.count; i++) {
    const start = tokens.start[i] as number;
    let hard = i === 0;
    while (b < breaks.length && (breaks[b] as number) <= start) {
      hard = true;
      if (paragraphs.has(breaks[b] as number)) paragraphStarts.add(i);
      b++;
    }
    if (
      hard ||
      i - sentenceStart >= MAX_SENTENCE ||
      (i > 0 && punctuationEnd(text, tokens, i, sentenceStart, clusters, capitalizedCopy))
    ) {
      if (i === 0) paragraphStarts.add(0);
      starts.push(i);
      sentenceStart = i;
    }
  }
  return toSplit(text, tokens, starts, paragraphStarts);
}

/**
 * Most words a sentence can have when it ends in an abbreviation: two or three words up to "U.S." ("Senior
 * U.S. Officials have…", Reuters copy capitalizing the word after "U.S.") are a noun phrase that goes on, not a
 * sentence, which needs a verb besides.
 */
const MIN_WORDS_BEFORE_ABBREVIATION_END = 4;

/** True when a sentence ends just before token i because of the punctuation before it. */
function punctuationEnd(
  text: string,
  tokens: TokenOffsets,
  i: number,
  sentenceStart: number,
  clusters?: ClusterTable,
  capitalizedCopy = false,
): boolean {
  let k = i - 1;
  while (k > 0 && CLOSERS.test(wordText(text, tokens, k))) k--;
  const value = wordText(text, tokens, k);
  if (!ENDERS.test(value) && !(value.endsWith(".") && value.length > 1)) return false;
  if ((tokens.start[i] as number) === (tokens.end[i - 1] as number)) return false; // no space: "3.5", "U.S.-led"
  if (k + 1 - sentenceStart < MIN_WORDS_BEFORE_ABBREVIATION_END && isAbbreviation(value)) return false;
  return endsSentence(text, tokens, k, i, clusters, capitalizedCopy);
}

function toSplit(text: string, tokens: TokenOffsets, starts: number[], paragraphStarts: Set<number>): SentenceSplit {
  const n = starts.length;
  const newlines = newlinePositions(text);
  const tokenStart = Int32Array.from(starts);
  const tokenEnd = new Int32Array(n);
  const paragraphStart = new Uint8Array(n);
  const heading = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    const from = starts[s] as number;
    const to = s + 1 < n ? (starts[s + 1] as number) : tokens.count;
    tokenEnd[s] = to;
    paragraphStart[s] = paragraphStarts.has(from) ? 1 : 0;
    heading[s] = isHeading(text, tokens, newlines, from, to) ? 1 : 0;
  }
  return { tokenStart, tokenEnd, paragraphStart, heading };
}

function newlinePositions(text: string): Int32Array {
  const out: number[] = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) out.push(i);
  return Int32Array.from(out);
}

/** Index of the first newline at or after `offset` (= newlines.length when none). */
function nextNewline(newlines: Int32Array, offset: number): number {
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((newlines[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A whole line (line breaks on both sides) that does not end in closing punctuation. The line's ends are found
 * by binary search among the text's newlines: scanning the text for them made long unbroken texts quadratic.
 */
function isHeading(text: string, tokens: TokenOffsets, newlines: Int32Array, from: number, to: number): boolean {
  const start = tokens.start[from] as number;
  const end = tokens.end[to - 1] as number;
  const k = nextNewline(newlines, start);
  const before = k > 0 ? (newlines[k - 1] as number) : -1;
  if (text.slice(before + 1, start).trim() !== "") return false;
  const after = k < newlines.length ? (newlines[k] as number) : text.length;
  if (after < end) return false; // the sentence spans a line break
  if (text.slice(end, after).trim() !== "") return false;
  return !/[.!?:;"'’”…)]$/.test(text.slice(start, end));
}
