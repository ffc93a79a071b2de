/**
 * Reading inputs for ingest, enqueue and the benchmarks: src/ingest's readInputs, plus the size estimate the
 * progress display uses.
 */
import { createReadStream, readdirSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { type ReadOptions, readInputs } from "../ingest/index.js";
import type { IngestItem, ReadItem } from "../ingest/types.js";

export type { ReadOptions } from "../ingest/index.js";
export { describeLocation } from "../ingest/index.js";

export function readArticles(inputs: string[], options: ReadOptions & { deferParsing: true }): AsyncGenerator<ReadItem>;
export function readArticles(inputs: string[], options?: ReadOptions): AsyncGenerator<IngestItem>;
export function readArticles(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  return readInputs(inputs, options);
}

function listFiles(path: string): string[] {
  const st = statSync(path);
  if (!st.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (name.startsWith(".") ? [] : listFiles(join(path, name))));
}

/** Lines of a file (a last line without a newline counts), read in chunks so a corpus of any size fits. */
async function countLines(file: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
    if (chunk.length > 0) last = chunk[chunk.length - 1] as number;
  }
  return last === 10 ? n : n + 1;
}

/** Expected number of articles, for the progress ETA: lines of JSONL files, 1 per other file; null if unknown. */
export async function estimateTotal(inputs: string[], cwd = process.cwd()): Promise<number | null> {
  let total = 0;
  try {
    for (const input of inputs) {
      if (input === "-") return null;
      for (const file of listFiles(resolve(cwd, input))) {
        const ext = extname(file).toLowerCase();
        if (ext === ".jsonl" || ext === ".ndjson") total += await countLines(file);
        else if ([".xml", ".rss", ".atom"].includes(ext))
          return null; // feeds hold many items: unknown unparsed
        else total += 1;
      }
    }
  } catch {
    return null; // a glob, a URL or an unreadable path: the run reports it; the display goes without a total
  }
  return total;
}
