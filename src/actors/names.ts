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
import type { Document } from "../nlp/document.js";
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
    if (glued && continuesWord(text, T.end[t - 1] as number, T.start[t] as number, forms[forms.length - 1] as string)) {
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
  return joinParticles(doc, names);
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
