/**
 * Unlabeled text for learning word clusters: the training treebanks' own words plus the shared news corpus
 * (../shared/corpus, used here only to count which words occur in which contexts; no text is kept).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tokenize } from "../tokenize.js";
import { trainingSentences } from "./treebank.js";

export const NEWS_FILES = ["news-bbc", "news-reuters21578", "news-wikinews"];

const SENTENCE_END = new Set([".", "!", "?"]);

/** Word forms of a text, cut into rough sentences (at . ! ? and line breaks), which is all counting needs. */
function* roughSentences(text: string): Generator<string[]> {
  const t = tokenize(text);
  let current: string[] = [];
  for (let i = 0; i < t.count; i++) {
    const form = text.slice(t.start[i], t.end[i]);
    current.push(form);
    const gap = text.slice(t.end[i], i + 1 < t.count ? t.start[i + 1] : text.length);
    if (SENTENCE_END.has(form) || gap.includes("\n")) {
      yield current;
      current = [];
    }
  }
  if (current.length > 0) yield current;
}

export function* unlabeledSentences(shared: string): Generator<string[]> {
  for (const s of trainingSentences(shared)) yield s.words.map((w) => w.form);
  for (const name of NEWS_FILES) {
    const path = join(shared, "corpus", `${name}.jsonl`);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const text = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text === "string") yield* roughSentences(text);
    }
  }
}
