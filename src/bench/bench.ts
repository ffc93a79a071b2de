/**
 * `npm run bench`: the whole pipeline over the shared news corpus on one core, beside a baseline of wink-nlp's own
 * tokenizer + sentence splitter + POS tagger on the same texts, in the same process, and beside Dyad's syntax alone
 * (the document stage) and its tagger + parser alone on pre-tokenized sentences (tokens/s per core). Prints MB/s,
 * articles/s, tokens/s, peak RSS and each stage's share of the time; `--write` also updates docs/benchmarks.md.
 *
 * Options: --limit N (first N articles), --actors FILE... (extra dictionaries, e.g. the Phoenix actor files, to
 * check the cost of a large dictionary), --warmup N (articles run untimed through each contender first; default
 * 1000, 0 = off), --rounds N (each contender runs N times, interleaved, and its fastest run is reported; default 2),
 * --write.
 *
 * Why the warm-up: a worker codes articles for hours, so the steady state is what matters. Without it, the first
 * timed Dyad run alone paid for JIT compilation, chrono-node's slow first parses and the fill-up of wink-nlp's
 * and the document stage's word caches (a few seconds, spread over the first thousand or so articles), which made
 * the run with 50k extra dictionary entries, timed after it, look faster than the one without (200 articles of
 * warm-up were not enough to undo that). Every contender (the baseline too) gets the same warm-up, taken from the
 * start of the corpus.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { loadNewsCorpus, REPO_ROOT } from "../eval/shared.js";
import type { Article } from "../ingest/types.js";
import { buildDocument } from "../nlp/document.js";
import { splitSentences } from "../nlp/sentences.js";
import { analyzeSentence, syntaxModels } from "../nlp/syntax.js";
import { tokenize } from "../nlp/tokenize.js";
import { createPipeline, emptyTimings, type StageTimings } from "../pipeline.js";

interface Run {
  name: string;
  seconds: number;
  bytes: number;
  articles: number;
  tokens: number;
  peakRssMb: number;
  timings?: StageTimings;
  events?: number;
  quotes?: number;
}

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

/**
 * Seconds of CPU time this process has used. Runs are timed by CPU time, not by the wall clock: the figures are
 * per core, and on a shared machine the wall clock also counts the time other processes held the core (measured
 * on a loaded 2-core machine: wall-clock rates fell by half and reordered the contenders from one run to the next).
 */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function baseline(articles: Article[], warmup: Article[]): Run {
  const nlp = winkNLP(model, ["sbd", "pos"]);
  const its = nlp.its;
  for (const a of warmup) {
    const doc = nlp.readDoc(a.text);
    doc.tokens().out(its.pos);
    doc.sentences().out();
  }
  let tokens = 0;
  let bytes = 0;
  const t0 = cpuSeconds();
  for (const a of articles) {
    const doc = nlp.readDoc(a.text);
    tokens += (doc.tokens().out(its.pos) as string[]).length;
    doc.sentences().out();
    bytes += Buffer.byteLength(a.text);
  }
  const seconds = cpuSeconds() - t0;
  return {
    name: "baseline: wink-nlp (sbd + pos)",
    seconds,
    bytes,
    articles: articles.length,
    tokens,
    peakRssMb: peakRssMb(),
  };
}

/** Dyad's document stage alone: tokenizer, sentence splitter, tagger, lemmatizer and parser. */
function syntaxOnly(articles: Article[], warmup: Article[]): Run {
  const meta = { id: "", title: null, date: null, source: null, url: null };
  for (const a of warmup) buildDocument(a.text, meta);
  let tokens = 0;
  let bytes = 0;
  const t0 = cpuSeconds();
  for (const a of articles) {
    tokens += buildDocument(a.text, meta).tokens.count;
    bytes += Buffer.byteLength(a.text);
  }
  const seconds = cpuSeconds() - t0;
  return {
    name: "Dyad syntax (tokenize, split, tag, lemmatize, parse)",
    seconds,
    bytes,
    articles: articles.length,
    tokens,
    peakRssMb: peakRssMb(),
  };
}

/** The sentences of the corpus as word lists, tokenized and split before timing. */
function corpusSentences(articles: Article[]): string[][] {
  const models = syntaxModels();
  const out: string[][] = [];
  for (const a of articles) {
    const t = tokenize(a.text);
    const split = splitSentences(a.text, t, models.clusters);
    for (let s = 0; s < split.tokenStart.length; s++) {
      const words: string[] = [];
      for (let i = split.tokenStart[s] as number; i < (split.tokenEnd[s] as number); i++)
        words.push(a.text.slice(t.start[i], t.end[i]));
      out.push(words);
    }
  }
  return out;
}

/** Tagging + lemmatizing + parsing alone, on words already tokenized and split: the tokens/s per core. */
function tagParse(articles: Article[], warmup: Article[], sentences: string[][]): Run {
  const models = syntaxModels();
  for (const s of sentences.slice(0, warmup.length * 20)) analyzeSentence(models, s);
  let tokens = 0;
  const t0 = cpuSeconds();
  for (const s of sentences) {
    analyzeSentence(models, s);
    tokens += s.length;
  }
  const seconds = cpuSeconds() - t0;
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  return {
    name: "Dyad tag + parse only (pre-tokenized)",
    seconds,
    bytes,
    articles: articles.length,
    tokens,
    peakRssMb: peakRssMb(),
  };
}

function full(articles: Article[], warmup: Article[], actorFiles: string[], name: string): Run {
  const pipeline = createPipeline({ actorFiles });
  for (const a of warmup) pipeline.layers(a);
  const timings = emptyTimings();
  let tokens = 0;
  let bytes = 0;
  let events = 0;
  let quotes = 0;
  const t0 = cpuSeconds();
  for (const a of articles) {
    const layers = pipeline.layers(a, timings);
    tokens += layers.doc.tokens.count;
    events += layers.events.events.length;
    quotes += layers.attribution.quotes.length;
    bytes += Buffer.byteLength(a.text);
  }
  const seconds = cpuSeconds() - t0;
  return { name, seconds, bytes, articles: articles.length, tokens, peakRssMb: peakRssMb(), timings, events, quotes };
}

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

function rows(runs: Run[]): string[] {
  const base = runs[0] as Run;
  const out = [
    "| run | MB/s | articles/s | tokens/s | time (s) | vs baseline | peak RSS (MB) |",
    "|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of runs) {
    const mbs = r.bytes / 1e6 / r.seconds;
    const ratio = base.seconds / r.seconds;
    out.push(
      `| ${r.name} | ${f2(mbs)} | ${(r.articles / r.seconds).toFixed(0)} | ${(r.tokens / r.seconds).toFixed(0)} | ${f1(r.seconds)} | ${f2(ratio)}× | ${r.peakRssMb.toFixed(0)} |`,
    );
  }
  return out;
}

function shares(run: Run): string[] {
  const t = run.timings as StageTimings;
  const total = t.document + t.actors + t.attribution + t.events;
  const pct = (x: number) => `${((100 * x) / total).toFixed(1)} %`;
  return [
    `Stage shares of "${run.name}" (${run.events} events, ${run.quotes} quotes):`,
    "",
    "| document (tokenize, split, tag, parse) | actors | attribution | events |",
    "|---:|---:|---:|---:|",
    `| ${pct(t.document)} | ${pct(t.actors)} | ${pct(t.attribution)} | ${pct(t.events)} |`,
  ];
}

function main(): void {
  const { values } = parseArgs({
    options: {
      limit: { type: "string" },
      actors: { type: "string", multiple: true },
      warmup: { type: "string" },
      rounds: { type: "string" },
      write: { type: "boolean" },
    },
  });
  const limit = values.limit ? Number(values.limit) : Number.POSITIVE_INFINITY;
  const { articles, files } = loadNewsCorpus(limit);
  const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
  process.stderr.write(`corpus: ${articles.length} articles, ${f1(mb)} MB of text from ${files.join(", ")}\n`);

  const warmup = articles.slice(0, values.warmup === undefined ? 1000 : Number(values.warmup));
  const extra = values.actors ?? [];
  const sentences = corpusSentences(articles);
  const contenders: (() => Run)[] = [
    () => baseline(articles, warmup),
    () => full(articles, warmup, [], "Dyad full pipeline"),
    () => syntaxOnly(articles, warmup),
    () => tagParse(articles, warmup, sentences),
  ];
  if (extra.length > 0) {
    contenders.push(() => full(articles, warmup, extra, `Dyad full pipeline + ${extra.length} extra dictionaries`));
  }
  const rounds = Math.max(1, values.rounds === undefined ? 2 : Number(values.rounds));
  const runs = bestOf(rounds, contenders);

  const lines = [
    `Corpus: ${articles.length} articles, ${f1(mb)} MB of UTF-8 text (${files.join(", ")}); one core (CPU time), Node ${process.version}; each run after an untimed warm-up on the first ${warmup.length} articles; best of ${rounds} interleaved rounds.`,
    "",
    ...rows(runs),
    "",
    ...shares(runs[1] as Run),
  ];
  if (runs[4]) lines.push("", ...shares(runs[4]));
  process.stdout.write(`${lines.join("\n")}\n`);
  if (values.write) writeSection(lines.join("\n"));
}

/**
 * Runs every contender once per round, in the same order each round, and keeps each one's fastest run. Whatever
 * ran first in a fresh process paid for more of the JIT's and the caches' warming than the warm-up removes, and
 * the shared machine's speed drifts; interleaving rounds and keeping the best puts the contenders on an equal
 * footing (the usual minimum-time rule of throughput benchmarks).
 */
function bestOf(rounds: number, contenders: (() => Run)[]): Run[] {
  const best: Run[] = [];
  for (let r = 0; r < rounds; r++) {
    contenders.forEach((run, i) => {
      const result = run();
      process.stderr.write(
        `round ${r + 1}/${rounds}: ${result.name} ${f2(result.bytes / 1e6 / result.seconds)} MB/s\n`,
      );
      const prev = best[i];
      // Peak RSS is the process's high-water mark, so only the first round's reading belongs to this contender
      // and those before it (as in a single-round run); later rounds would all show the largest contender's.
      if (!prev) best[i] = result;
      else if (result.seconds < prev.seconds) best[i] = { ...result, peakRssMb: prev.peakRssMb };
    });
  }
  return best;
}

/** Replaces the generated part of docs/benchmarks.md between its markers. */
function writeSection(body: string): void {
  const path = join(REPO_ROOT, "docs", "benchmarks.md");
  const begin = "<!-- bench:begin -->";
  const end = "<!-- bench:end -->";
  const doc = readFileSync(path, "utf8");
  const a = doc.indexOf(begin);
  const b = doc.indexOf(end);
  if (a < 0 || b < 0) throw new Error(`${path} lacks the ${begin} / ${end} markers`);
  writeFileSync(path, `${doc.slice(0, a + begin.length)}\n${body}\n${doc.slice(b)}`);
}

main();
