/**
 * Dyad's tokenizer: text → syntactic words with exact `[start, end)` UTF-16 offsets, following the Universal
 * Dependencies English conventions (EWT, GUM) so that the tagger and parser see words as they were trained on:
 * clitics split ("don't" → "do" + "n't", "China's" → "China" + "'s"), hyphens between words split except after
 * a few prefixes ("anti-war"), punctuation split off except in abbreviations ("Mr.", "U.S."), URLs and e-mail
 * addresses whole. Letters and combining marks of any script stay inside one word ("Erdoğan", "Vučić",
 * "Nguyễn", "Þórður", "Кремль"), which wink-nlp did not do.
 *
 * Written by hand: no tokenizer on npm gives UD word boundaries with offsets into the original text. The word
 * lists it uses are data (data/lexicons/tokenizer.json).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const TokenKind = {
  word: 0,
  number: 1,
  punctuation: 2,
  symbol: 3,
  url: 4,
  email: 5,
  emoji: 6,
} as const;
export type TokenKindName = keyof typeof TokenKind;
export const TOKEN_KIND_NAMES = Object.keys(TokenKind) as TokenKindName[];

export interface Tokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** TokenKind of each word. */
  readonly kind: Uint8Array;
  /**
   * For words split out of one written token ("do" + "n't" from "don't"): the index of the first word of that
   * token; otherwise the word's own index. CoNLL-U calls such a token a multiword token.
   */
  readonly group: Int32Array;
}

interface TokenizerLexicon {
  version: string;
  hyphenPrefixes: Set<string>;
  titles: Set<string>;
  abbreviations: Set<string>;
  beforeNumber: Set<string>;
  betweenNames: Set<string>;
  cliticEndings: string[];
  apostropheLess: Map<string, number>;
}

function loadLexicon(): TokenizerLexicon {
  const path = fileURLToPath(new URL("../../data/lexicons/tokenizer.json", import.meta.url));
  const raw = JSON.parse(readFileSync(path, "utf8")) as {
    version: string;
    hyphenPrefixes: { words: string[] };
    abbreviations: { titles: string[]; others: string[]; beforeNumber: string[]; betweenNames: string[] };
    clitics: { after_apostrophe: string[]; apostrophe_less: { words: [string, number][] } };
  };
  return {
    version: raw.version,
    hyphenPrefixes: new Set(raw.hyphenPrefixes.words),
    titles: new Set(raw.abbreviations.titles),
    abbreviations: new Set([
      ...raw.abbreviations.titles,
      ...raw.abbreviations.others,
      ...raw.abbreviations.betweenNames,
    ]),
    beforeNumber: new Set(raw.abbreviations.beforeNumber),
    betweenNames: new Set(raw.abbreviations.betweenNames),
    cliticEndings: raw.clitics.after_apostrophe,
    apostropheLess: new Map(raw.clitics.apostrophe_less.words),
  };
}

export const TOKENIZER_LEXICON = loadLexicon();

/** True for an abbreviation that comes before a name ("Mr.", "Gen."): it never ends a sentence. */
export function isTitleAbbreviation(word: string): boolean {
  return TOKENIZER_LEXICON.titles.has(word.toLowerCase().replace(/\.$/, ""));
}

/**
 * True for a lower-case "v." or "vs." between two names ("Roe v. Wade"): it never ends a sentence, even when the
 * next name is also a common word ("wade"), which would otherwise let the splitter cut after it.
 */
export function isBetweenNamesAbbreviation(word: string): boolean {
  return /^\p{Ll}+\.$/u.test(word) && TOKENIZER_LEXICON.betweenNames.has(word.slice(0, -1));
}

/** True for a word that keeps its final period ("Inc.", "Jan.", "U.S.", "J."). */
export function isAbbreviation(word: string): boolean {
  if (!word.endsWith(".")) return false;
  const bare = word.slice(0, -1);
  return TOKENIZER_LEXICON.abbreviations.has(bare.toLowerCase()) || /^(?:\p{L}\.)*\p{L}$/u.test(bare);
}

const URL_RE = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”]+/iy;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
/**
 * Letters with periods: "U.S.", "e.g.", "a.m.", "U.S.A.", and degrees whose first part is a capital and a small
 * letter ("Ph.D.", "Ed.D."); never followed by another letter.
 */
const ACRONYM_RE = /(?:\p{Lu}\p{Ll}\.|\p{L}\.)(?:\p{L}\.)+(?!\p{L})/uy;
/** Numbers with inner separators: "1,000.50", "10:30", "3.5", "1990s", "21st". */
const NUMBER_RE = /\p{N}+(?:[.,:/]\p{N}+)*(?:s|st|nd|rd|th)?(?![\p{L}\p{M}\p{N}])/uy;
/** Telephone-like digit groups: "303-832-8160", "3-5213" (not year ranges such as "1990-1995"). */
const PHONE_RE = /\+?(?:\p{N}{1,3}-\p{N}{3,4}(?:-\p{N}{4})?)(?![\p{L}\p{N}-])/uy;
/** Host and file names: "enron.com", "alt.animals.cat", "Outlook.jpg"; user@host without a dot. */
const DOTTED_RE =
  /[\p{L}\p{N}_][\p{L}\p{N}_-]*(?:\.[\p{L}\p{N}_-]+)+(?=$|[\s,;:!?)"'’”>])|[\p{L}\p{N}._]+@[\p{L}\p{N}]+/uy;
/** Hashtags and handles. */
const TAG_RE = /[#@][\p{L}_][\p{L}\p{N}_]*/uy;
/** A run of one repeated symbol ("====", "***", "<<", "$$$"). */
const REPEAT_RE = /([^\p{L}\p{N}\s.!?'`-])\1+/uy;
/** A word: letters, marks, digits, with inner apostrophes ("O'Brien", "don't"). */
const WORD_RE = /[\p{L}\p{M}\p{N}_]+(?:['’`][\p{L}\p{M}\p{N}]+)*/uy;
/** A clitic written apart, as in pre-tokenized text ("Japan 's", "do n't"). */
const CLITIC_RE = /(?:['’`](?:s|re|ve|ll|d|m)|n['’`]t)(?![\p{L}\p{N}])/iuy;
const ELLIPSIS_RE = /\.{2,}|…+|-{2,}|[!?][.!?]+|\.[!?][.!?]*|'{2}|`{2}/y;
const EMOJI_RE =
  /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic}\uFE0F?)*|[\u{1F1E6}-\u{1F1FF}]{2}/uy;
const EMOTICON_RE = /[:;=8][-^o']?[)(\][dDpPoO/\\|*3]+(?![\p{L}\p{N}])/uy;

const PUNCT = /[\p{P}]/u;

interface Piece {
  start: number;
  end: number;
  kind: number;
}

function matchAt(re: RegExp, text: string, at: number, limit: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return -1;
  return Math.min(at + m[0].length, limit);
}

/** A URL's own trailing punctuation is sentence punctuation, unless it closes a bracket the URL opened. */
function trimUrl(text: string, start: number, end: number): number {
  while (end > start + 4) {
    const ch = text[end - 1] as string;
    if (".,;:!?'\"’”".includes(ch)) end--;
    else if (ch === ")" && !text.slice(start, end - 1).includes("(")) end--;
    else break;
  }
  return end;
}

/**
 * A dotted run is a host or file name unless it looks like two sentences run together ("said.The") or a number
 * ("3.5" is matched before this is asked).
 */
function isNameLike(text: string, start: number, end: number): boolean {
  const s = text.slice(start, end);
  if (s.includes("@") || /^[#+\p{N}]/u.test(s)) return true;
  const parts = s.split(".");
  if (parts.some((p) => p === "")) return false;
  if (parts.length >= 3) return true;
  const last = parts[parts.length - 1] as string;
  return /^\p{Ll}/u.test(last) || /^\p{Lu}\p{Ll}{1,2}$/u.test(last);
}

/** Splits a word at its clitics: "don't" → [do][n't], "China's" → [China]['s], "cannot" → [can][not]. */
function cliticSplit(text: string, start: number, end: number): number[] {
  const word = text.slice(start, end);
  const folded = word.toLowerCase();
  // the replacement only when there is something to replace (most words have no apostrophe)
  const lower = folded.includes("’") || folded.includes("`") ? folded.replace(/[’`]/g, "'") : folded;
  if (lower.length > 3 && lower.endsWith("n't")) return [start, end - 3, end];
  const apo = lower.lastIndexOf("'");
  if (apo > 0 && TOKENIZER_LEXICON.cliticEndings.includes(lower.slice(apo + 1))) return [start, start + apo, end];
  const at = TOKENIZER_LEXICON.apostropheLess.get(lower);
  if (at !== undefined) return [start, start + at, end];
  return [start, end];
}

/** Extends a word through hyphens that follow a prefix ("anti-war", "non-stop") and through an abbreviation's period. */
function extendWord(text: string, start: number, end: number, limit: number): number {
  for (;;) {
    if (text[end] !== "-") break;
    const prefix = text.slice(start, end).toLowerCase();
    if (!TOKENIZER_LEXICON.hyphenPrefixes.has(prefix.slice(prefix.lastIndexOf("-") + 1))) break;
    if (end + 1 >= limit) return end + 1; // "pre- and post-war": the prefix keeps its hyphen
    const next = matchAt(WORD_RE, text, end + 1, limit);
    if (next < 0) break;
    end = next;
  }
  if (text[end] === "." && isAbbreviation(`${text.slice(start, end)}.`)) {
    // "J." and "Inc." keep their period; "end." at the end of a chunk does not
    const bare = text.slice(start, end);
    const single = /^\p{Lu}$/u.test(bare);
    if (single || TOKENIZER_LEXICON.abbreviations.has(bare.toLowerCase())) end++;
  } else if (text[end] === "." && TOKENIZER_LEXICON.beforeNumber.has(text.slice(start, end).toLowerCase())) {
    if (/^\.\s*\p{N}/u.test(text.slice(end, end + 4))) end++;
  }
  return end;
}

/** True when `text[from, to)` is all ASCII letters. */
function asciiLetters(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k) | 32; // folds upper case onto lower case
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** A word and its clitic parts, as pieces. */
function pushWord(text: string, at: number, end: number, out: Piece[], groups: number[][]): void {
  const cuts = cliticSplit(text, at, end);
  if (cuts.length > 2) groups.push([out.length, out.length + cuts.length - 2]);
  for (let k = 0; k + 1 < cuts.length; k++) {
    out.push({ start: cuts[k] as number, end: cuts[k + 1] as number, kind: TokenKind.word });
  }
}

/** Splits one whitespace-free chunk `[from, to)` into pieces. */
function splitChunk(text: string, from: number, to: number, out: Piece[], groups: number[][]): void {
  // Most chunks are plain words of ASCII letters ("said", "Ankara"): none of the patterns below but WORD_RE can match
  // them (each needs a digit, a period, an apostrophe, "@", "#" or a symbol), and extendWord leaves them as they are
  // unless a hyphen or period follows, so they skip the dozen regular expressions tried on the other chunks.
  const next = text[to];
  if (next !== "-" && next !== "." && asciiLetters(text, from, to)) {
    pushWord(text, from, to, out, groups);
    return;
  }
  let at = from;
  while (at < to) {
    let end = matchAt(URL_RE, text, at, to);
    if (end > 0) {
      end = trimUrl(text, at, end);
      out.push({ start: at, end, kind: TokenKind.url });
      at = end;
      continue;
    }
    end = matchAt(EMAIL_RE, text, at, to);
    if (end > 0) {
      out.push({ start: at, end, kind: TokenKind.email });
      at = end;
      continue;
    }
    end = Math.max(matchAt(DOTTED_RE, text, at, to), matchAt(PHONE_RE, text, at, to), matchAt(TAG_RE, text, at, to));
    if (end > 0 && isNameLike(text, at, end)) {
      out.push({ start: at, end, kind: TokenKind.word });
      at = end;
      continue;
    }
    end = matchAt(ACRONYM_RE, text, at, to);
    if (end > 0) {
      out.push({ start: at, end, kind: TokenKind.word });
      at = end;
      continue;
    }
    end = at === from ? matchAt(CLITIC_RE, text, at, to) : -1;
    if (end > 0) {
      out.push({ start: at, end, kind: TokenKind.word });
      at = end;
      continue;
    }
    end = matchAt(NUMBER_RE, text, at, to);
    if (end > 0) {
      out.push({ start: at, end, kind: TokenKind.number });
      at = end;
      continue;
    }
    end = matchAt(WORD_RE, text, at, to);
    if (end > 0) {
      end = extendWord(text, at, end, to);
      pushWord(text, at, end, out, groups);
      at = end;
      continue;
    }
    at = splitSymbol(text, at, to, out);
  }
}

function splitSymbol(text: string, at: number, to: number, out: Piece[]): number {
  let end = matchAt(EMOTICON_RE, text, at, to);
  if (end > 0 && (at === 0 || /\s/.test(text[at - 1] as string))) {
    out.push({ start: at, end, kind: TokenKind.emoji });
    return end;
  }
  end = matchAt(EMOJI_RE, text, at, to);
  if (end > 0) {
    out.push({ start: at, end, kind: TokenKind.emoji });
    return end;
  }
  end = Math.max(matchAt(ELLIPSIS_RE, text, at, to), matchAt(REPEAT_RE, text, at, to));
  if (end > 0) {
    out.push({ start: at, end, kind: TokenKind.punctuation });
    return end;
  }
  const cp = text.codePointAt(at) as number;
  end = at + (cp > 0xffff ? 2 : 1);
  // a combining mark with no letter before it still belongs to the symbol it follows
  while (end < to && /\p{M}/u.test(text[end] as string)) end++;
  const kind = PUNCT.test(String.fromCodePoint(cp)) ? TokenKind.punctuation : TokenKind.symbol;
  out.push({ start: at, end, kind });
  return end;
}

const WHITESPACE = /\s/;

/** `WHITESPACE.test(text[k])` with ASCII (nearly every character of news text) decided without the regex. */
function isSpace(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITESPACE.test(text[k] as string);
}

/** Tokenizes `text[from, to)` (the whole text by default). */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const pieces: Piece[] = [];
  const groups: number[][] = [];
  let at = from;
  while (at < to) {
    while (at < to && isSpace(text, at)) at++;
    let end = at;
    while (end < to && !isSpace(text, end)) end++;
    if (end > at) splitChunk(text, at, end, pieces, groups);
    at = end;
  }
  return toColumns(pieces, groups);
}

function toColumns(pieces: Piece[], groups: number[][]): Tokens {
  const n = pieces.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const kind = new Uint8Array(n);
  const group = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = pieces[i] as Piece;
    start[i] = p.start;
    end[i] = p.end;
    kind[i] = p.kind;
    group[i] = i;
  }
  for (const [first, last] of groups) group.fill(first as number, first as number, (last as number) + 1);
  return { count: n, start, end, kind, group };
}
