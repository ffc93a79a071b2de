/**
 * `dyad parse`: Dyad's syntax on its own — tokens, sentences, tags, lemmas and dependency trees as CoNLL-U or JSON —
 * for raw inputs, or (`--input-format conllu`) for a CoNLL-U file whose words and sentences are kept, so that Dyad
 * can be scored on any treebank the way UDPipe is.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { ArticleMeta } from "../../contract.js";
import { DyadError } from "../../errors.js";
import { describeLocation, readInputs } from "../../ingest/index.js";
import { type ConlluSentence, type ConlluWord, formatConllu, parseConllu } from "../../nlp/conllu.js";
import { buildDocument, type Document } from "../../nlp/document.js";
import { lemmatize } from "../../nlp/lemmatize.js";
import { annotateConllu, syntaxModels } from "../../nlp/syntax.js";
import { type CliIO, type Command, ExitCode } from "../io.js";
import { encodingOption } from "../options.js";
import { outputSink } from "./code.js";

const USAGE = `Usage: dyad parse <inputs…> [options]
       dyad parse --input-format conllu FILE…

Tokenizes, splits, tags, lemmatizes and parses text (files, folders, globs, URLs, - for stdin) and prints
Universal Dependencies CoNLL-U (default) or JSON. With --input-format conllu the file's words and sentences are
kept and UPOS, XPOS, LEMMA, HEAD and DEPREL are predicted (FEATS and DEPS are left empty), so the output can be
scored against the file with any CoNLL-U evaluation script.

Options:
  --format conllu|json   output format (default conllu)
  --input-format F       text|html|feed|jsonl, or conllu (keeps the file's tokenization)
  --encoding NAME        read inputs in this encoding instead of UTF-8
  --allow-private        fetch URLs from loopback and private addresses too

Exit codes: 0 all parsed, 1 some inputs failed, 2 usage error.`;

function isConllu(value: string | undefined): boolean {
  return value === "conllu";
}

function misc(doc: Document, t: number, last: number): string {
  const noSpace = t + 1 < doc.tokens.count && doc.tokens.end[t] === doc.tokens.start[t + 1];
  const parts = [`TokenRange=${doc.tokens.start[t]}:${doc.tokens.end[t]}`];
  if (noSpace && t < last) parts.unshift("SpaceAfter=No");
  return parts.join("|");
}

/** The Document's sentences as CoNLL-U sentences (multiword tokens from its `group` column). */
export function documentToConllu(doc: Document, docId: string): ConlluSentence[] {
  const { tokens } = doc;
  const lemmas = syntaxModels().lemmas;
  const out: ConlluSentence[] = [];
  for (let s = 0; s < doc.sentences.count; s++) {
    const from = doc.sentences.tokenStart[s] as number;
    const to = doc.sentences.tokenEnd[s] as number;
    const words: ConlluWord[] = [];
    const ranges: ConlluSentence["ranges"] = [];
    for (let t = from; t < to; t++) {
      const head = tokens.head[t] as number;
      words.push({
        id: t - from + 1,
        form: tokens.value[t] as string,
        lemma: lemmatize(lemmas, tokens.value[t] as string, tokens.xpos[t] as string),
        upos: tokens.pos[t] as string,
        xpos: tokens.xpos[t] as string,
        feats: "_",
        head: head < 0 ? 0 : head - from + 1,
        deprel: tokens.deprel[t] as string,
        deps: "_",
        misc: misc(doc, t, to - 1),
      });
      if (tokens.group[t] === t && t + 1 < to && tokens.group[t + 1] === t) {
        let last = t + 1;
        while (last + 1 < to && tokens.group[last + 1] === t) last++;
        const form = doc.text.slice(tokens.start[t], tokens.end[last]);
        ranges.push({ first: t - from + 1, last: last - from + 1, form, misc: "_" });
      }
    }
    const text = doc.text.slice(doc.sentences.start[s], doc.sentences.end[s]).replace(/\s+/g, " ");
    const id = `${docId}-${s + 1}`;
    const comments = [...(s === 0 ? [`newdoc id = ${docId}`] : []), `sent_id = ${id}`, `text = ${text}`];
    out.push({ comments, words, ranges, id, text, newpar: false });
  }
  return out;
}

function documentToJson(doc: Document): unknown {
  const sentences = documentToConllu(doc, doc.article.id);
  return {
    id: doc.article.id,
    sentences: sentences.map((s, i) => ({
      start: doc.sentences.start[i],
      end: doc.sentences.end[i],
      words: s.words.map((w) => {
        const t = (doc.sentences.tokenStart[i] as number) + w.id - 1;
        return {
          id: w.id,
          form: w.form,
          start: doc.tokens.start[t],
          end: doc.tokens.end[t],
          lemma: w.lemma,
          upos: w.upos,
          xpos: w.xpos,
          head: w.head,
          deprel: w.deprel,
        };
      }),
    })),
  };
}

async function parseConlluFiles(files: string[], io: CliIO, format: string): Promise<number> {
  const out = outputSink(io.stdout);
  let failed = 0;
  try {
    for (const file of files) {
      const path = resolve(io.cwd, file);
      let sentences: ConlluSentence[];
      try {
        sentences = parseConllu(readFileSync(path, "utf8"), file);
      } catch (error) {
        failed++;
        io.stderr.write(`dyad: ${file}: ${(error as Error).message} [E_READ]\n`);
        continue;
      }
      const annotated = annotateConllu(syntaxModels(), sentences);
      await out.write(
        format === "json" ? `${JSON.stringify({ file, sentences: annotated })}\n` : formatConllu(annotated),
      );
    }
  } finally {
    out.dispose();
  }
  return failed > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
}

export const command: Command = {
  summary: "tokenize, tag and parse text (CoNLL-U or JSON)",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "conllu" },
        "input-format": { type: "string" },
        encoding: { type: "string" },
        "allow-private": { type: "boolean", default: false },
      },
    });
    if (positionals.length === 0)
      throw new DyadError("E_USAGE", "no input given (a file, folder, glob, URL or - for stdin)");
    const format = values.format as string;
    if (format !== "conllu" && format !== "json")
      throw new DyadError("E_USAGE", `--format must be conllu or json, not '${format}'`);
    const inputFormat = values["input-format"];
    if (isConllu(inputFormat)) return parseConlluFiles(positionals, io, format);
    if (inputFormat !== undefined && !["text", "html", "feed", "jsonl"].includes(inputFormat)) {
      throw new DyadError("E_USAGE", `--input-format must be text, html, feed, jsonl or conllu, not '${inputFormat}'`);
    }
    const encoding = values.encoding === undefined ? undefined : encodingOption(values.encoding);
    const out = outputSink(io.stdout);
    let failed = 0;
    try {
      for await (const item of readInputs(positionals, {
        allowPrivate: values["allow-private"] === true,
        stdin: io.stdin,
        cwd: io.cwd,
        ...(inputFormat !== undefined ? { format: inputFormat as "text" | "html" | "feed" | "jsonl" } : {}),
        ...(encoding !== undefined ? { encoding } : {}),
      })) {
        if (out.closed) break;
        if (item.kind === "problem") {
          failed++;
          io.stderr.write(
            `dyad: ${describeLocation(item.problem.location)}: ${item.problem.message} [${item.problem.code}]\n`,
          );
          continue;
        }
        const { text, id, title, date, source, url } = item.article;
        const meta: ArticleMeta = { id, title, date, source, url };
        const doc = buildDocument(text, meta);
        await out.write(
          format === "json" ? `${JSON.stringify(documentToJson(doc))}\n` : formatConllu(documentToConllu(doc, id)),
        );
      }
    } finally {
      out.dispose();
    }
    return failed > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
  },
};
