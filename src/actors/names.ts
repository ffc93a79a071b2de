/**
 * The trained name recognizer (src/nlp/ner.ts) over a Document: builds its input from the Document's tokens and
 * maps the names it finds back to token ranges.
 *
 * - Words: a Document token is one word, except pieces of one written word that a tokenizer split at a letter
 *   outside ASCII ("Erdo" + "ğ" + "an") — they are joined again, so names stay whole in every script.
 * - Segments: the Document's sentences, except that in hard-wrapped text (wire copy wrapped at 70 columns) a line
 *   break inside a sentence is only a space: sentences the Document cut at such a break are joined again. A text
 *   is hard-wrapped when at least a quarter of its single line breaks fall where a sentence goes on (the next line
 *   starts in lower case). Headlines, bylines and datelines on lines of their own stay segments of their own; a
 *   sentence the Document ended at a dash on the same line is joined to the next ("SOCCER - SHEARER NAMED …").
 */
import { type Document, isGluedHyphen } from "../nlp/document.js";
import { NER_TYPES, type NerModel, type NerType, recognizeNames } from "../nlp/ner.js";

/** A name the recognizer found: tokens [s, e) of the Document, characters [start, end). */
export interface NameSpan {
  s: number;
  e: number;
  start: number;
  end: number;
  type: NerType;
  /** Read by the actors stage as no name although the recognizer typed it PER/ORG/LOC (see trimNames). */
  demoted?: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;
const NON_ASCII_LETTER = /[^ -~]/;

/**
 * Token t+1 continues the word of token t: no space between and letters on both sides, one of them outside ASCII
 * ("Erdo|ğan"), or a doubled quote mark written as two tokens ("`|`", "'|'").
 */
export function continuesWord(text: string, end: number, nextStart: number, word = ""): boolean {
  if (end !== nextStart || end === 0 || end >= text.length) return false;
  const a = text[end - 1] as string;
  const b = text[end] as string;
  if ((word === "`" || word === "'") && a === b && text[end + 1] !== b) return true;
  return LETTER.test(a) && LETTER.test(b) && (NON_ASCII_LETTER.test(a) || NON_ASCII_LETTER.test(b));
}

/** True when most line breaks of the text fall inside sentences (hard-wrapped wire copy). */
export function hardWrapped(text: string): boolean {
  let single = 0;
  let inside = 0;
  const re = /([^\n])\n[ \t]*([^\n\s])/g;
  for (const m of text.matchAll(re)) {
    single++;
    const before = m[1] as string;
    const after = m[2] as string;
    if (/[\p{L}\p{N},;]/u.test(before) && /\p{Ll}/u.test(after)) inside++;
  }
  return inside >= 2 && inside * 4 >= single;
}

const TERMINAL = /[.!?:;"'”’)\]]$/;
const DASH = /^(?:-|--|—|–)$/;

const WORD_START = /^[\p{L}\p{N}]/u;
const WORD_END = /[\p{L}\p{M}\p{N}.]$/u;
const LOWER_START = /^[\p{Ll}\p{N}]/u;

/**
 * Token t continues a hyphenated word with a lower-case part ("U.S.-backed", "Serb-held", "pro-Western"): a hyphen
 * glued between two words, or the word glued after such a hyphen. The recognizer learned from CoNLL 2003, whose
 * tokens keep such words whole (and mostly unnamed), while the Document splits them as UD does. Compounds of
 * capitalized parts ("ABS-CBN", "Russia-Ukraine") stay split: the recognizer knows their parts, and
 * `joinHyphenated` rejoins names afterwards.
 */
function joinsHyphen(doc: Document, t: number, word: string): boolean {
  const T = doc.tokens;
  if (T.end[t - 1] !== T.start[t]) return false;
  const value = T.value[t] as string;
  if (word.length > 1 && word.endsWith("-")) return WORD_START.test(value);
  if (!isGluedHyphen(T, t)) return false;
  const next = T.value[t + 1] as string;
  if (!WORD_END.test(word) || !WORD_START.test(next)) return false;
  // "al-Qaeda", "bin-Talal": a lower-case name particle glued to a name is part of the name, not a compound.
  return (LOWER_START.test(word) && !PARTICLES.has(word)) || LOWER_START.test(next);
}

/** Word boundaries ([first token of each word] + count) and segment bounds in words. */
function wordsOf(doc: Document): { firstToken: Int32Array; forms: string[]; bounds: Int32Array } {
  const T = doc.tokens;
  const text = doc.text;
  const first: number[] = [];
  const forms: string[] = [];
  const bounds: number[] = [0];
  const wrapped = hardWrapped(text);
  let lastSentence = -1;
  for (let t = 0; t < T.count; t++) {
    const s = T.sentence[t] as number;
    if (s !== lastSentence && t > 0 && forms.length > (bounds[bounds.length - 1] as number)) {
      const gap = text.slice(T.end[t - 1] as number, T.start[t] as number);
      // A sentence that ends in a dash on the same line goes on ("SOCCER - SHEARER NAMED …" cut after "-").
      const dash = DASH.test(T.value[t - 1] as string) && !gap.includes("\n");
      const joined = dash || (wrapped && !/\n[ \t]*\n/.test(gap) && !TERMINAL.test(T.value[t - 1] as string));
      if (!joined) bounds.push(forms.length);
    }
    lastSentence = s;
    const glued = forms.length > 0 && t > 0;
    const last = forms[forms.length - 1] as string;
    if (
      glued &&
      (continuesWord(text, T.end[t - 1] as number, T.start[t] as number, last) || joinsHyphen(doc, t, last))
    ) {
      forms[forms.length - 1] = text.slice(T.start[first[first.length - 1] as number] as number, T.end[t] as number);
      continue;
    }
    first.push(t);
    forms.push(T.value[t] as string);
  }
  if (forms.length > (bounds[bounds.length - 1] as number)) bounds.push(forms.length);
  first.push(T.count);
  return { firstToken: Int32Array.from(first), forms, bounds: Int32Array.from(bounds) };
}

/** Names in a Document, sorted by position. */
export function findNames(doc: Document, model: NerModel): NameSpan[] {
  const { firstToken, forms, bounds } = wordsOf(doc);
  const T = doc.tokens;
  const names = recognizeNames(model, { forms, bounds }).map((n) => {
    const s = firstToken[n.start] as number;
    const e = firstToken[n.end] as number;
    return { s, e, start: T.start[s] as number, end: T.end[e - 1] as number, type: NER_TYPES[n.type] as NerType };
  });
  return joinParticles(doc, joinHyphenated(doc, names));
}

/**
 * One name across a glued hyphen: "ABS-CBN" came out of the recognizer as a place "ABS" and an organization "CBN",
 * because the Document splits hyphenated words as UD does while the recognizer learned from CoNLL's whole
 * hyphenated tokens. Two places stay apart ("Russia-Ukraine" is a relation between two countries). The joined
 * name is an organization when either half was, else takes the second half's type (the head of an English compound).
 */
export function joinHyphenated(doc: Document, names: NameSpan[]): NameSpan[] {
  const T = doc.tokens;
  const out: NameSpan[] = [];
  for (const b of names) {
    const a = out[out.length - 1];
    const h = a?.e ?? -1;
    const glued = a && b.s === h + 1 && isGluedHyphen(T, h);
    if (!a || !glued || (a.type === "LOC" && b.type === "LOC")) {
      out.push(b);
      continue;
    }
    const type = a.type === "ORG" || b.type === "ORG" ? "ORG" : b.type;
    out[out.length - 1] = { s: a.s, e: b.e, start: a.start, end: b.end, type };
  }
  return out;
}

/**
 * Lower-case particles that stand inside Arabic, Swahili, Romance, Dutch and German names ("Dar es Salaam", "Sharm
 * el Sheikh", "Osama bin Laden", "Lula da Silva", "Ursula von der Leyen"). The recognizer only scores connectors it
 * saw inside CoNLL/GUM names, which leaves most of these out, so it cuts such names in two.
 */
const PARTICLES = new Set(
  "es el al ad ed ash ar ibn bin bint abu de da do dos das del della di du van von der den ter la le los".split(" "),
);
/** Longest particle run between the two halves ("von der", "de la"). */
const MAX_PARTICLES = 2;

/**
 * One name across a run of particles: a name, one or two particles separated by single spaces, then a name or a
 * capitalized word ("Dar es Salaam", "Sharm el Sheikh" where "Sheikh" alone was no name). The joined name is a
 * person when either half was, else takes the first half's type.
 */
export function joinParticles(doc: Document, names: NameSpan[]): NameSpan[] {
  const T = doc.tokens;
  const spaceAfter = (t: number) => doc.text.slice(T.end[t] as number, T.start[t + 1] as number) === " ";
  const out: NameSpan[] = [];
  for (let i = 0; i < names.length; i++) {
    const a = names[i] as NameSpan;
    let t = a.e;
    while (t - a.e < MAX_PARTICLES && t < T.count && PARTICLES.has(T.value[t] as string) && spaceAfter(t - 1)) t++;
    if (t === a.e || t >= T.count || !spaceAfter(t - 1) || T.sentence[t] !== T.sentence[a.s]) {
      out.push(a);
      continue;
    }
    const b = names[i + 1];
    if (b && b.s === t) {
      const type = a.type === "PER" || b.type === "PER" ? "PER" : a.type;
      out.push({ s: a.s, e: b.e, start: a.start, end: b.end, type });
      i++;
    } else if (/^\p{Lu}\p{Ll}/u.test(T.value[t] as string) && (!b || b.s > t)) {
      out.push({ ...a, e: t + 1, end: T.end[t] as number });
    } else out.push(a);
  }
  return out;
}
