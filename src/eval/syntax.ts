/**
 * Syntax section of `npm run eval`: Dyad's tokenizer, sentence splitter, tagger and parser against the treebanks'
 * dev files (../shared/treebanks; test files are held out and scored independently).
 *  - Gold tokenization: the file's words go in, UPOS / XPOS / LEMMA / UAS / LAS come out, by the CoNLL 2018
 *    shared task definitions (every word counts, punctuation included; LAS compares the universal part of the
 *    relation, so "obl:tmod" = "obl"). GUM is also scored on its news and wiki genres (Wikinews, Wikipedia
 *    biographies, Wikivoyage), the text closest to what Dyad reads.
 *  - Raw text: each document's text (sentences joined by a space, paragraphs by a blank line) is tokenized and
 *    split; words and sentences are scored as exact character spans (F1).
 */
import type { ConlluSentence } from "../nlp/conllu.js";
import { splitSentences } from "../nlp/sentences.js";
import { annotateConllu, syntaxModels } from "../nlp/syntax.js";
import { tokenize } from "../nlp/tokenize.js";
import { gumGenre, readTreebank, treebankAvailable } from "../nlp/train/treebank.js";
import { type EvalContext, type EvalResult, type Evaluator, prf } from "./types.js";

export interface SyntaxScores {
  words: number;
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
}

const universal = (deprel: string) => deprel.split(":")[0];
const pct = (n: number, d: number) => Math.round((1000 * n) / Math.max(d, 1)) / 10;

/** Scores predicted sentences against gold ones with the same words. */
export function scoreSyntax(gold: readonly ConlluSentence[], predicted: readonly ConlluSentence[]): SyntaxScores {
  let words = 0;
  let upos = 0;
  let xpos = 0;
  let lemma = 0;
  let uas = 0;
  let las = 0;
  gold.forEach((g, s) => {
    const p = predicted[s] as ConlluSentence;
    g.words.forEach((w, i) => {
      const q = p.words[i];
      words++;
      if (!q) return;
      if (q.upos === w.upos) upos++;
      if (q.xpos === w.xpos) xpos++;
      if (q.lemma === w.lemma) lemma++;
      if (q.head === w.head) {
        uas++;
        if (universal(q.deprel) === universal(w.deprel)) las++;
      }
    });
  });
  return {
    words,
    upos: pct(upos, words),
    xpos: pct(xpos, words),
    lemma: pct(lemma, words),
    uas: pct(uas, words),
    las: pct(las, words),
  };
}

/** Word and sentence F1 on the raw text of each document. */
export function scoreSegmentation(sentences: readonly ConlluSentence[]): { words: number; sentences: number } {
  const docs = documents(sentences);
  let wordCounts = [0, 0, 0];
  let sentenceCounts = [0, 0, 0];
  for (const d of docs) {
    const t = tokenize(d.text);
    const split = splitSentences(d.text, t, syntaxModels().clusters);
    const words = new Set<string>();
    for (let i = 0; i < t.count; i++) words.add(`${t.start[i]},${t.end[i]}`);
    const sents = new Set<string>();
    for (let s = 0; s < split.tokenStart.length; s++) {
      sents.add(`${t.start[split.tokenStart[s] as number]},${t.end[(split.tokenEnd[s] as number) - 1]}`);
    }
    wordCounts = add(wordCounts, overlap(d.words, words));
    sentenceCounts = add(sentenceCounts, overlap(d.sentences, sents));
  }
  return {
    words: prf(...(wordCounts as [number, number, number])).f,
    sentences: prf(...(sentenceCounts as [number, number, number])).f,
  };
}

const add = (a: number[], b: number[]) => a.map((x, i) => x + (b[i] as number));

/** [true positives, false positives, false negatives] of predicted against gold spans. */
function overlap(gold: Set<string>, predicted: Set<string>): number[] {
  let tp = 0;
  for (const x of predicted) if (gold.has(x)) tp++;
  return [tp, predicted.size - tp, gold.size - tp];
}

interface RawDocument {
  text: string;
  words: Set<string>;
  sentences: Set<string>;
}

/** Rebuilds each document's text from its sentences, with the gold word and sentence spans in it. */
function documents(sentences: readonly ConlluSentence[]): RawDocument[] {
  const docs: RawDocument[] = [];
  let parts: string[] = [];
  let current: RawDocument | null = null;
  let length = 0;
  const close = () => {
    if (current) docs.push({ ...current, text: parts.join("") });
  };
  for (const s of sentences) {
    if (s.newdoc !== undefined || !current) {
      close();
      current = { text: "", words: new Set(), sentences: new Set() };
      parts = [];
      length = 0;
    }
    if (parts.length > 0) {
      const sep = s.newpar ? "\n\n" : " ";
      parts.push(sep);
      length += sep.length;
    }
    current.sentences.add(`${length},${length + s.text.length}`);
    for (const [a, b] of wordSpans(s)) current.words.add(`${length + a},${length + b}`);
    parts.push(s.text);
    length += s.text.length;
  }
  close();
  return docs;
}

/** Character spans of a sentence's words in its `# text` (a multiword token's words split by their forms). */
function wordSpans(s: ConlluSentence): [number, number][] {
  const out: [number, number][] = [];
  const ranges = new Map(s.ranges.map((r) => [r.first, r]));
  let at = 0;
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i] as ConlluSentence["words"][number];
    const r = ranges.get(w.id);
    const form = r ? r.form : w.form;
    const pos = s.text.indexOf(form, at);
    if (pos < 0) return out;
    const parts = r ? s.words.slice(i, i + r.last - r.first + 1) : [w];
    if (r && parts.map((x) => x.form).join("") === form) {
      let p = pos;
      for (const x of parts) {
        out.push([p, p + x.form.length]);
        p += x.form.length;
      }
    } else out.push([pos, pos + form.length]);
    if (r) i += r.last - r.first;
    at = pos + form.length;
  }
  return out;
}

const NEWS_WIKI = new Set(["news", "bio", "voyage"]);

function row(name: string, gold: readonly ConlluSentence[]): { name: string; s: SyntaxScores } {
  return { name, s: scoreSyntax(gold, annotateConllu(syntaxModels(), gold)) };
}

export const evaluateSyntax: Evaluator = async (ctx: EvalContext): Promise<EvalResult> => {
  const title = "Syntax: UD English EWT and GUM dev";
  if (!treebankAvailable(ctx.shared)) return { ok: false, title, skipped: "../shared/treebanks not found" };
  const ewt = readTreebank(ctx.shared, "ewt", "dev");
  const gum = readTreebank(ctx.shared, "gum", "dev");
  const rows = [
    row("EWT dev", ewt),
    row("GUM dev", gum),
    row(
      "GUM dev, news + wiki genres",
      gum.filter((s) => NEWS_WIKI.has(gumGenre(s.id))),
    ),
  ];
  const seg = [
    { name: "EWT dev", ...scoreSegmentation(ewt) },
    { name: "GUM dev", ...scoreSegmentation(gum) },
  ];
  const markdown = [
    "Gold tokenization (the file's words in; CoNLL 2018 definitions: all words, LAS on universal relations):",
    "",
    "| data | words | UPOS | XPOS | lemma | UAS | LAS |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) => `| ${r.name} | ${r.s.words} | ${r.s.upos} | ${r.s.xpos} | ${r.s.lemma} | ${r.s.uas} | ${r.s.las} |`,
    ),
    "",
    "Raw text (documents rebuilt from the sentences; exact character spans):",
    "",
    "| data | words F1 | sentences F1 |",
    "|---|---:|---:|",
    ...seg.map((r) => `| ${r.name} | ${r.words} | ${r.sentences} |`),
  ].join("\n");
  const [e, g, n] = rows.map((r) => r.s) as [SyntaxScores, SyntaxScores, SyntaxScores];
  const headline = { "EWT UPOS": e.upos, "EWT LAS": e.las, "GUM LAS": g.las, "news/wiki LAS": n.las };
  return { ok: true, section: { title, markdown, headline } };
};
