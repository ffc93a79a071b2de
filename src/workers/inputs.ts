/**
 * Reading inputs for ingest/enqueue. Uses the ingest module's `readInputs` (src/ingest/index.ts) when it exists;
 * until then, and as a fallback, a small reader for JSONL files (one article per line) and plain-text files.
 */
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { Article, IngestItem, IngestOptions, InputLocation } from "../ingest/types.js";

/** Options of src/ingest's readInputs: where relative paths start, and the stream `-` reads. */
export type ReadOptions = IngestOptions & { stdin?: NodeJS.ReadableStream; cwd?: string };

type ReadInputs = (inputs: string[], options?: ReadOptions) => AsyncGenerator<IngestItem>;

async function ingestModule(): Promise<ReadInputs | null> {
  const url = new URL("../ingest/index.js", import.meta.url);
  const ts = new URL("../ingest/index.ts", import.meta.url);
  if (!existsSync(fileURLToPath(url)) && !existsSync(fileURLToPath(ts))) return null;
  try {
    const mod = (await import(url.href)) as { readInputs?: ReadInputs };
    return typeof mod.readInputs === "function" ? mod.readInputs : null;
  } catch {
    return null;
  }
}

export async function* readArticles(inputs: string[], options: ReadOptions = {}): AsyncGenerator<IngestItem> {
  const reader = (await ingestModule()) ?? fallbackReadInputs;
  yield* reader(inputs, options);
}

export function describeLocation(loc: InputLocation): string {
  if (loc.line !== undefined) return `${loc.input}:${loc.line}`;
  if (loc.item !== undefined) return `${loc.input}#${loc.item}`;
  return loc.input;
}

function isoDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const m = /^\d{4}-\d{2}-\d{2}/.exec(value);
  return m ? m[0] : null;
}

function listFiles(path: string): string[] {
  const st = statSync(path);
  if (!st.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (name.startsWith(".") ? [] : listFiles(join(path, name))));
}

export async function* fallbackReadInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<IngestItem> {
  const override = (a: Article): Article => ({
    ...a,
    date: options.date ?? a.date,
    source: options.source ?? a.source,
  });
  for (const given of inputs) {
    const input = resolve(options.cwd ?? process.cwd(), given);
    if (!existsSync(input)) {
      yield {
        kind: "problem",
        problem: { location: { input }, code: "E_NOT_FOUND", message: "no such file or folder" },
      };
      continue;
    }
    for (const file of listFiles(input)) {
      if (extname(file) === ".jsonl" || options.format === "jsonl") {
        const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
        let line = 0;
        for await (const raw of lines) {
          line++;
          if (raw.trim() === "") continue;
          const location = { input: file, line };
          let rec: Record<string, unknown>;
          try {
            rec = JSON.parse(raw) as Record<string, unknown>;
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            yield {
              kind: "problem",
              problem: { location, code: "E_JSON", message: `malformed JSON line: ${message}` },
            };
            continue;
          }
          if (typeof rec.text !== "string" || rec.text.trim() === "") {
            yield {
              kind: "problem",
              problem: { location, code: "E_JSON_FIELD", message: "JSON record lacks a usable text field" },
            };
            continue;
          }
          const meta = (rec.meta ?? {}) as Record<string, unknown>;
          const article: Article = {
            id: typeof rec.id === "string" || typeof rec.id === "number" ? String(rec.id) : `${basename(file)}:${line}`,
            title: typeof rec.title === "string" ? rec.title : null,
            date: isoDate(rec.date),
            source: typeof rec.source === "string" ? rec.source : null,
            url: typeof rec.url === "string" ? rec.url : typeof meta.url === "string" ? meta.url : null,
            text: rec.text,
          };
          yield { kind: "article", article: override(article), location };
        }
      } else {
        const text = await readFile(file, "utf8");
        const location = { input: file };
        if (text.trim() === "") {
          yield { kind: "problem", problem: { location, code: "E_EMPTY", message: "input is empty" } };
          continue;
        }
        yield {
          kind: "article",
          article: override({ id: basename(file), title: null, date: null, source: null, url: null, text }),
          location,
        };
      }
    }
  }
}

/** Expected number of articles, for the progress ETA: lines of JSONL files, 1 per other file; null if unknown. */
export async function estimateTotal(inputs: string[], cwd = process.cwd()): Promise<number | null> {
  let total = 0;
  try {
    for (const input of inputs) {
      if (input === "-") return null;
      for (const file of listFiles(resolve(cwd, input))) {
        if (extname(file) === ".jsonl") {
          const buf = await readFile(file);
          let n = 0;
          for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
          if (buf.length > 0 && buf[buf.length - 1] !== 10) n++;
          total += n;
        } else if ([".xml", ".rss", ".atom"].includes(extname(file))) {
          return null; // feeds hold many items: unknown without parsing
        } else {
          total += 1;
        }
      }
    }
  } catch {
    return null;
  }
  return total;
}
