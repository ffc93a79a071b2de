/**
 * Ingest: turns files, folders, globs and stdin into articles for the pipeline. Formats: plain text, HTML (main
 * text extraction), RSS/Atom feeds (one article per item) and JSONL (one article per line). Every problem becomes
 * an IngestItem of kind "problem" naming the input (and line or item) — the batch goes on.
 */
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { glob } from "tinyglobby";
import type { ErrorCode } from "../errors.js";
import { contentId, decodeBytes, headlineOf, MAX_INPUT_BYTES, normalizeDate } from "./decode.js";
import { looksLikeFeed, parseFeed } from "./feed.js";
import { extractHtml, looksLikeHtml } from "./html.js";
import { parseJsonlLine } from "./jsonl.js";
import type { Article, IngestItem, IngestOptions, InputLocation } from "./types.js";

export { contentId, isIsoDate, normalizeDate } from "./decode.js";
export type { Article, IngestItem, IngestOptions, InputLocation } from "./types.js";

export type Format = NonNullable<IngestOptions["format"]>;

const EXTENSIONS: Record<string, Format> = {
  ".txt": "text",
  ".text": "text",
  ".md": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".xml": "feed",
  ".rss": "feed",
  ".atom": "feed",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

/** Names the place of an item for messages: `file`, `file:line` or `file#item`. */
export function describeLocation(loc: InputLocation): string {
  if (loc.line !== undefined) return `${loc.input}:${loc.line}`;
  if (loc.item !== undefined) return `${loc.input}#${loc.item}`;
  return loc.input;
}

function problem(location: InputLocation, code: ErrorCode, message: string): IngestItem {
  return { kind: "problem", problem: { location, code, message } };
}

function withOverrides(article: Article, options: IngestOptions): Article {
  return { ...article, date: options.date ?? article.date, source: options.source ?? article.source };
}

/** Picks the format from the extension, else from the content. */
export function detectFormat(name: string, text: string): Format {
  const byExt = EXTENSIONS[extname(name).toLowerCase()];
  if (byExt) return byExt;
  if (looksLikeFeed(text)) return "feed";
  if (looksLikeHtml(text)) return "html";
  const first = text.trimStart().split("\n", 1)[0] ?? "";
  if (first.startsWith("{") && first.trimEnd().endsWith("}")) return "jsonl";
  return "text";
}

function jsonlItems(text: string, input: string, options: IngestOptions, firstLine = 1): IngestItem[] {
  const items: IngestItem[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const location = { input, line: firstLine + i };
    const parsed = parseJsonlLine(line.endsWith("\r") ? line.slice(0, -1) : line);
    items.push(
      parsed.ok
        ? { kind: "article", article: withOverrides(parsed.article, options), location }
        : problem(location, parsed.code, parsed.message),
    );
  });
  return items;
}

function documentItems(text: string, input: string, format: Format, options: IngestOptions): IngestItem[] {
  const location = { input };
  switch (format) {
    case "jsonl":
      return jsonlItems(text, input, options);
    case "html": {
      const page = extractHtml(text);
      if (!page) return [problem(location, "E_HTML", "no readable main text in the HTML")];
      const article = {
        id: contentId(page.text),
        title: page.title,
        date: normalizeDate(page.date),
        source: page.source,
        url: page.url,
        text: page.text,
      };
      return [{ kind: "article", article: withOverrides(article, options), location }];
    }
    case "feed": {
      const feed = parseFeed(text);
      if (!feed.ok) return [problem(feed.line ? { input, line: feed.line } : location, "E_XML", feed.message)];
      return feed.items.map((item, i) => {
        const at = { input, item: i + 1 };
        if (item.text.trim() === "") return problem(at, "E_EMPTY", "feed item has no text");
        const article = {
          id: contentId(item.text),
          title: item.title,
          date: normalizeDate(item.date),
          source: item.source,
          url: item.url,
          text: item.text,
        };
        return { kind: "article", article: withOverrides(article, options), location: at };
      });
    }
    case "text": {
      const article = { id: contentId(text), title: headlineOf(text), date: null, source: null, url: null, text };
      return [{ kind: "article", article: withOverrides(article, options), location }];
    }
  }
}

/**
 * Parses in-memory content (a whole file, a request body). `name` is used for messages and to pick the format
 * by extension; `options.format` forces one.
 */
export function parseInput(buffer: Uint8Array, name: string, options: IngestOptions = {}): IngestItem[] {
  const decoded = decodeBytes(buffer);
  if (!decoded.ok) return [problem({ input: name }, decoded.code, decoded.message)];
  return documentItems(decoded.text, name, options.format ?? detectFormat(name, decoded.text), options);
}

/**
 * Streams a JSONL file line by line, so corpus files larger than one article's limit work; each line is decoded
 * strictly on its own, so one bad line is reported with its number and the rest still read.
 */
async function* streamJsonl(path: string, input: string, options: IngestOptions): AsyncGenerator<IngestItem> {
  let pending: Buffer[] = [];
  let lineNo = 0;
  const emit = (bytes: Buffer): IngestItem | null => {
    lineNo++;
    if (bytes.length === 0 || (bytes.length === 1 && bytes[0] === 13)) return null;
    const decoded = decodeBytes(bytes);
    const location = { input, line: lineNo };
    if (!decoded.ok) return decoded.code === "E_EMPTY" ? null : problem(location, decoded.code, decoded.message);
    return jsonlItems(decoded.text, input, options, lineNo)[0] ?? null;
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      pending.push(chunk.subarray(from, nl));
      const item = emit(Buffer.concat(pending));
      pending = [];
      if (item) yield item;
      from = nl + 1;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (pending.length > 0) {
    const item = emit(Buffer.concat(pending));
    if (item) yield item;
  }
}

async function* readFileItems(path: string, input: string, options: IngestOptions): AsyncGenerator<IngestItem> {
  const format = options.format ?? EXTENSIONS[extname(path).toLowerCase()];
  if (format === "jsonl") {
    yield* streamJsonl(path, input, options);
    return;
  }
  const size = statSync(path).size;
  if (size > MAX_INPUT_BYTES) {
    yield problem({ input }, "E_TOO_LARGE", `${(size / 1e6).toFixed(1)} MB is over the 20 MB limit`);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield problem({ input }, "E_READ", (error as Error).message);
    return;
  }
  yield* parseInput(bytes, input, options);
}

/** Files below a folder (recursive, sorted, hidden entries skipped) whose extension is a known format. */
function folderFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith("."))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return folderFiles(path);
      return e.isFile() && EXTENSIONS[extname(e.name).toLowerCase()] ? [path] : [];
    });
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer | string>)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Reads every input in order: `-` is stdin, a folder is read recursively, a pattern with glob characters is
 * expanded. Never throws for bad input: each problem is yielded as an item.
 */
export async function* readInputs(
  inputs: string[],
  options: IngestOptions & { stdin?: NodeJS.ReadableStream; cwd?: string } = {},
): AsyncGenerator<IngestItem> {
  const cwd = options.cwd ?? process.cwd();
  for (const input of inputs) {
    if (input === "-") {
      if (!options.stdin) {
        yield problem({ input: "<stdin>" }, "E_READ", "no standard input available");
        continue;
      }
      yield* parseInput(await readAll(options.stdin), "<stdin>", options);
      continue;
    }
    const path = resolve(cwd, input);
    if (existsSync(path)) {
      const files = statSync(path).isDirectory() ? folderFiles(path) : [path];
      if (files.length === 0) yield problem({ input }, "E_EMPTY", "folder holds no readable article files");
      for (const file of files) yield* readFileItems(file, file === path ? input : file, options);
      continue;
    }
    if (GLOB_CHARS.test(input)) {
      const matches = (await glob(input, { cwd, absolute: true, dot: false, onlyFiles: true })).sort();
      if (matches.length === 0) yield problem({ input }, "E_NOT_FOUND", "pattern matches no file");
      for (const file of matches) yield* readFileItems(file, file, options);
      continue;
    }
    yield problem({ input }, "E_NOT_FOUND", "no such file or folder");
  }
}
