/**
 * Training and dev data for the name recognizer (see ../ner.ts), read from the shared folder:
 *  - CoNLL-2003 English (`ner/conll2003/{train,dev}.jsonl`, Reuters 1996, research use only): documents with
 *    character-offset entities; each sentence is re-tokenized with Dyad's tokenizer (so training sees the words the
 *    pipeline produces: "AL-AIN" → AL - AIN) and the entities are projected onto those words;
 *  - GUM (`treebanks/en_gum`, CC BY genres only: the treebank reader drops `whow` and `fiction` from train): named
 *    person/organization/place mentions from the `Entity=` annotations, trimmed to the proper-noun run a CoNLL
 *    annotator would mark ("the University of Portsmouth , United Kingdom" → ORG "University of Portsmouth" and
 *    LOC "United Kingdom"); other capitalized words (GUM has no MISC class) are left unlabeled (masked);
 *  - Universal NER English EWT dev (`ner/uner-en-ewt`, web text, PER/ORG/LOC) as an extra out-of-domain dev set.
 * No text is kept or written anywhere: only the trained weights are.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ConlluSentence, ConlluWord } from "../conllu.js";
import { makeTag, NER_TYPES, type NerInput } from "../ner.js";
import { tokenize } from "../tokenize.js";
import { readTreebank, type Split } from "./treebank.js";

/** One training or dev document: words, segment bounds and gold tags (−1 = unlabeled, no update). */
export interface NerTrainDoc {
  id: string;
  input: NerInput;
  gold: Int8Array;
  /** Gold spans, words [start, end) and type index, for scoring. */
  spans: { start: number; end: number; type: number }[];
  /** Weight of the document's updates in training (GUM's other genres count less than news). */
  weight?: number;
  /** Character offsets of the words in `text` (CoNLL only, for end-to-end checks). */
  offsets?: { start: Int32Array; end: Int32Array };
}

interface ConllJson {
  id: string;
  text: string;
  entities: { start: number; end: number; label: string }[];
  sentences: [number, number][];
}

export function conllPath(shared: string, split: "train" | "dev"): string {
  return join(shared, "ner", "conll2003", `${split}.jsonl`);
}

export function readConllJson(path: string): ConllJson[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as ConllJson);
}

/** Tags of words from character spans. */
function project(
  start: Int32Array,
  end: Int32Array,
  entities: { start: number; end: number; type: number }[],
): { gold: Int8Array; spans: NerTrainDoc["spans"] } {
  const n = start.length;
  const gold = new Int8Array(n);
  const spans: NerTrainDoc["spans"] = [];
  let w = 0;
  for (const e of entities) {
    while (w < n && (end[w] as number) <= e.start) w++;
    let a = w;
    while (a < n && (start[a] as number) < e.start) a++;
    let b = a;
    while (b < n && (end[b] as number) <= e.end) b++;
    if (b <= a) continue;
    spans.push({ start: a, end: b, type: e.type });
    if (e.type < 0) continue;
    if (b - a === 1) gold[a] = makeTag(e.type, 3);
    else {
      gold[a] = makeTag(e.type, 0);
      for (let k = a + 1; k < b - 1; k++) gold[k] = makeTag(e.type, 1);
      gold[b - 1] = makeTag(e.type, 2);
    }
  }
  return { gold, spans: spans.filter((s) => s.type >= 0) };
}

/**
 * CoNLL documents as word sequences. `gold`: "retokenized" splits each CoNLL token the way Dyad's tokenizer
 * would (what the pipeline sees); "conll" keeps CoNLL's own tokens (scoring on gold tokens).
 */
export function conllDocuments(path: string, tokens: "retokenized" | "conll" = "retokenized"): NerTrainDoc[] {
  return readConllJson(path).map((d) => {
    const starts: number[] = [];
    const ends: number[] = [];
    const bounds: number[] = [0];
    for (const [a, b] of d.sentences) {
      if (tokens === "conll") {
        const re = /\S+/g;
        const s = d.text.slice(a, b);
        for (const m of s.matchAll(re)) {
          starts.push(a + (m.index as number));
          ends.push(a + (m.index as number) + m[0].length);
        }
      } else {
        const t = tokenize(d.text, a, b);
        for (let k = 0; k < t.count; k++) {
          starts.push(t.start[k] as number);
          ends.push(t.end[k] as number);
        }
      }
      if (starts.length > (bounds[bounds.length - 1] as number)) bounds.push(starts.length);
    }
    const start = Int32Array.from(starts);
    const end = Int32Array.from(ends);
    const entities = d.entities.map((e) => ({
      start: e.start,
      end: e.end,
      type: NER_TYPES.indexOf(e.label as (typeof NER_TYPES)[number]),
    }));
    const { gold, spans } = project(start, end, entities);
    const forms = starts.map((s, k) => d.text.slice(s, end[k] as number));
    return { id: d.id, input: { forms, bounds: Int32Array.from(bounds) }, gold, spans, offsets: { start, end } };
  });
}

// ---- GUM --------------------------------------------------------------------------------------------------------

const GUM_TYPES: Record<string, number> = { person: 0, organization: 1, place: 2 };
/** Title words that open a person mention but are not part of a CoNLL name ("President Obama"). */
const TITLE_WORDS =
  /^(mr|mrs|ms|dr|prof|professor|president|senator|sen|governor|gov|king|queen|prince|princess|lord|lady|sir|saint|st|pope|general|gen|colonel|captain|chairman|minister|prime|secretary|judge|justice|mayor|rev|reverend|father|sister|brother|uncle|aunt|emperor|empress|duke|duchess|earl|baron|count|sheikh|sheik|ayatollah|imam|rabbi|bishop|archbishop|cardinal|lieutenant|lt|sergeant|sgt|officer|chief|coach|dame|madame|mme|miss)\.?$/i;
const CONNECTORS = new Set([
  "of",
  "the",
  "and",
  "&",
  "de",
  "du",
  "da",
  "di",
  "van",
  "von",
  "der",
  "del",
  "-",
  "'s",
  "la",
  "le",
]);

interface Mention {
  first: number;
  last: number;
  type: string;
  depth: number;
}

/** Mentions of one sentence from the Entity= annotations (bracket format, possibly nested, possibly spanning). */
function sentenceMentions(
  words: readonly ConlluWord[],
  open: Map<string, { first: number; type: string }[]>,
  base: number,
): Mention[] {
  const out: Mention[] = [];
  words.forEach((w, k) => {
    const m = /(?:^|\|)Entity=([^|]*)/.exec(w.misc);
    if (!m) return;
    const v = m[1] as string;
    // "(6-person-new-cf1-1,2-coref" opens, "(5-object-new-cf3-1-coref)" is a one-word mention, "6)" closes.
    const re = /\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)/g;
    for (const x of v.matchAll(re)) {
      if (x[1] !== undefined) {
        if (x[3] === ")") out.push({ first: base + k, last: base + k, type: x[2] as string, depth: 0 });
        else {
          const list = open.get(x[1]) ?? [];
          list.push({ first: base + k, type: x[2] as string });
          open.set(x[1], list);
        }
      } else if (x[4] !== undefined) {
        const list = open.get(x[4]);
        const o = list?.pop();
        if (o) out.push({ first: o.first, last: base + k, type: o.type, depth: 0 });
      }
    }
  });
  return out;
}

/**
 * The proper-name part of a mention, as CoNLL would mark it, or null: the run of proper nouns (with inner
 * connectors: "Bank of England") around the mention's syntactic head; a mention headed by a common noun ("William
 * Glennie's school") is no name. `heads[k]` is word k's head (document index, −1 = root).
 */
function namePart(
  words: readonly ConlluWord[],
  heads: Int32Array,
  first: number,
  last: number,
): [number, number] | null {
  let head = -1;
  for (let k = first; k <= last; k++) {
    const h = heads[k] as number;
    if (h < first || h > last) {
      head = k;
      break;
    }
  }
  if (head < 0 || (words[head] as ConlluWord).upos !== "PROPN") return null;
  // Capitalized content words count too: GUM tags "United" in "United States" as a verb.
  const inName = (k: number) => {
    if (k < first || k > last) return false;
    const w = words[k] as ConlluWord;
    return w.upos === "PROPN" || (/^\p{Lu}/u.test(w.form) && /^(ADJ|NOUN|VERB|NUM)$/.test(w.upos));
  };
  const connector = (k: number) => k > first && k < last && CONNECTORS.has((words[k] as ConlluWord).form.toLowerCase());
  let a = head;
  while (inName(a - 1) || (connector(a - 1) && inName(a - 2))) a -= inName(a - 1) ? 1 : 2;
  let b = head;
  while (inName(b + 1) || (connector(b + 1) && inName(b + 2))) b += inName(b + 1) ? 1 : 2;
  while (a < b && TITLE_WORDS.test((words[a] as ConlluWord).form)) a++;
  if (!/^\p{Lu}/u.test((words[a] as ConlluWord).form)) return null;
  return [a, b + 1];
}

/** GUM documents (CC BY genres for train) with named person/organization/place mentions as PER/ORG/LOC. */
export function gumDocuments(shared: string, split: Split): NerTrainDoc[] {
  const sentences = readTreebank(shared, "gum", split);
  const docs: NerTrainDoc[] = [];
  let current: ConlluSentence[] = [];
  const flush = () => {
    if (current.length > 0) docs.push(gumDocument(current));
    current = [];
  };
  for (const s of sentences) {
    if (s.newdoc !== undefined) flush();
    current.push(s);
  }
  flush();
  return docs;
}

function gumDocument(sentences: ConlluSentence[]): NerTrainDoc {
  const words: ConlluWord[] = [];
  const bounds: number[] = [0];
  const mentions: Mention[] = [];
  const open = new Map<string, { first: number; type: string }[]>();
  const headList: number[] = [];
  for (const s of sentences) {
    const base = words.length;
    mentions.push(...sentenceMentions(s.words, open, base));
    words.push(...s.words);
    for (const w of s.words) headList.push(w.head === 0 ? -1 : base + w.head - 1);
    bounds.push(words.length);
  }
  const heads = Int32Array.from(headList);
  const n = words.length;
  const gold = new Int8Array(n);
  const taken = new Uint8Array(n);
  const spans: NerTrainDoc["spans"] = [];
  // Outer mentions first: "University of Portsmouth" before the "Portsmouth" inside it.
  mentions.sort((x, y) => x.first - y.first || y.last - x.last);
  for (const m of mentions) {
    const type = GUM_TYPES[m.type];
    if (type === undefined) continue;
    const part = namePart(words, heads, m.first, m.last);
    if (!part) continue;
    const [a, b] = part;
    let free = true;
    for (let k = a; k < b; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, a, b);
    spans.push({ start: a, end: b, type });
    if (b - a === 1) gold[a] = makeTag(type, 3);
    else {
      gold[a] = makeTag(type, 0);
      for (let k = a + 1; k < b - 1; k++) gold[k] = makeTag(type, 1);
      gold[b - 1] = makeTag(type, 2);
    }
  }
  // Capitalized proper nouns and adjectives outside those names may be MISC ("Spanish", "Christmas"): unlabeled.
  for (let k = 0; k < n; k++) {
    const w = words[k] as ConlluWord;
    if (!taken[k] && /\p{Lu}/u.test(w.form) && (w.upos === "PROPN" || w.upos === "ADJ")) gold[k] = -1;
  }
  spans.sort((x, y) => x.start - y.start);
  return {
    id: sentences[0]?.newdoc ?? sentences[0]?.id ?? "gum",
    input: { forms: words.map((w) => w.form), bounds: Int32Array.from(bounds) },
    gold,
    spans,
  };
}

// ---- UNER EWT (dev only) ---------------------------------------------------------------------------------------

export function unerPath(shared: string): string {
  return join(shared, "ner", "uner-en-ewt", "en_ewt-ud-dev.iob2");
}

/** UNER English EWT dev: IOB2 over PER/ORG/LOC, documents by `# newdoc`. */
export function unerDocuments(shared: string): NerTrainDoc[] {
  const path = unerPath(shared);
  if (!existsSync(path)) return [];
  const docs: NerTrainDoc[] = [];
  let forms: string[] = [];
  let labels: string[] = [];
  let bounds: number[] = [0];
  let id = "";
  const flush = () => {
    if (forms.length === 0) return;
    if (forms.length > (bounds[bounds.length - 1] as number)) bounds.push(forms.length);
    const entities: { start: number; end: number; type: number }[] = [];
    for (let k = 0; k < labels.length; k++) {
      const l = labels[k] as string;
      if (!l.startsWith("B-")) continue;
      let e = k + 1;
      while (e < labels.length && labels[e] === `I-${l.slice(2)}`) e++;
      entities.push({ start: k, end: e, type: NER_TYPES.indexOf(l.slice(2) as (typeof NER_TYPES)[number]) });
    }
    const idx = Int32Array.from(forms, (_f, k) => k);
    const { gold, spans } = project(
      idx,
      Int32Array.from(forms, (_f, k) => k + 1),
      entities,
    );
    docs.push({ id, input: { forms, bounds: Int32Array.from(bounds) }, gold, spans });
    forms = [];
    labels = [];
    bounds = [0];
  };
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.startsWith("# newdoc")) {
      flush();
      id = line.split("=")[1]?.trim() ?? "";
    } else if (line.startsWith("#")) continue;
    else if (line.trim() === "") {
      if (forms.length > (bounds[bounds.length - 1] as number)) bounds.push(forms.length);
    } else {
      const cols = line.split("\t");
      forms.push(cols[1] as string);
      labels.push(cols[2] as string);
    }
  }
  flush();
  return docs;
}
