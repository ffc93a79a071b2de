/**
 * Ingest: turns files, folders, globs and stdin into articles for the pipeline. Formats: plain text, HTML (main
 * text extraction), RSS/Atom feeds (one article per item) and JSONL (one article per line). Every problem becomes
 * an IngestItem of kind "problem" naming the input (and line or item) — the batch goes on.
 */
import { createReadStream, type Dirent, existsSync, readdirSync, statSync } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import iconv from "iconv-lite";
import { glob } from "tinyglobby";
import { DyadError, type ErrorCode } from "../errors.js";
import {
  chooseEncoding,
  contentId,
  decodeBytes,
  headlineOf,
  isIsoDate,
  isKnownEncoding,
  MAX_INPUT_BYTES,
  normalizeDate,
} from "./decode.js";
import { looksLikeFeed, parseFeed } from "./feed.js";
import { fetchUrl, formatOfContentType, isUrl } from "./fetch.js";
import { extractHtml, hasMarkup, looksLikeHtml } from "./html.js";
import { parseJsonlLine } from "./jsonl.js";
import type { Article, IngestItem, IngestOptions, InputLocation, PendingDocument, ReadItem } from "./types.js";

export { contentId, isIsoDate, isKnownEncoding, normalizeDate } from "./decode.js";
export type { Article, IngestItem, IngestOptions, InputLocation, PendingDocument, ReadItem } from "./types.js";

/** Options of readInputs: what `-` reads, where relative paths start, and whether to defer parsing. */
export type ReadOptions = IngestOptions & {
  stdin?: NodeJS.ReadableStream;
  cwd?: string;
  /** Yield HTML pages and feeds unparsed, as "document" items, for the caller to parse with parseDocument. */
  deferParsing?: boolean;
  /** Fetch URL inputs from loopback and private addresses too (refused by default). */
  allowPrivate?: boolean;
  /** Time limit for fetching one URL (default 30 s). */
  fetchTimeoutMs?: number;
};

/** Formats whose parsing may be costly on hostile input, and so is deferred when asked. */
const DEFERRABLE: ReadonlySet<Format> = new Set(["html", "feed"]);

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
  return {
    ...article,
    date: options.date ?? article.date,
    source: options.source ?? article.source,
    url: article.url ?? options.url ?? null,
  };
}

/** Picks the format from the extension, else from the content. */
export function detectFormat(name: string, text: string): Format {
  const byExt = EXTENSIONS[extname(name).toLowerCase()];
  if (byExt) return byExt;
  if (looksLikeFeed(text)) return "feed";
  if (looksLikeHtml(text)) return "html";
  const first = text.trimStart().split("\n", 1)[0] ?? "";
  // `{"` also catches a first line too long to be seen whole; no plain-text article starts that way.
  if (/^\{\s*"/.test(first) || (first.startsWith("{") && first.trimEnd().endsWith("}"))) return "jsonl";
  return "text";
}

function jsonlItems(text: string, input: string, options: IngestOptions, firstLine = 1): IngestItem[] {
  // A corpus fetched from a URL does not lend its URL to its articles: each line names its own.
  const { url: _url, ...overrides } = options;
  const items: IngestItem[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const location = { input, line: firstLine + i };
    const parsed = parseJsonlLine(line.endsWith("\r") ? line.slice(0, -1) : line);
    items.push(
      parsed.ok
        ? { kind: "article", article: withOverrides(parsed.article, overrides), location }
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
      // Plain text saved as .htm: no tags to read, and its line breaks are its paragraphs.
      if (!hasMarkup(text)) return documentItems(text, input, "text", options);
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
      if (feed.items.length === 0) return [problem(location, "E_EMPTY", "the feed has no items")];
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
  checkOverrides(options);
  const format = formatOf(buffer, name, options);
  const encoding = { encoding: options.encoding, charset: options.charset, sniffDeclaration: format !== "text" };
  // JSONL is decoded line by line (a bad line is reported alone), except in UTF-16, whose newlines are two bytes.
  if (format === "jsonl" && !/^utf-?16/i.test(chooseEncoding(buffer, encoding)))
    return jsonlBufferItems(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength), name, options);
  const decoded = decodeBytes(buffer, encoding);
  if (!decoded.ok) return [problem({ input: name }, decoded.code, decoded.message)];
  try {
    return documentItems(decoded.text, name, format, options);
  } catch (error) {
    // A reader bug on one input is reported like bad input, so the rest of the batch is still read.
    return [problem({ input: name }, "E_INTERNAL", `could not be read as ${format}: ${(error as Error).message}`)];
  }
}

/** Parses a document that readInputs deferred; never throws for bad input. */
export function parseDocument(document: PendingDocument): IngestItem[] {
  return parseInput(document.bytes, document.name, document.options);
}

/**
 * Whole-document content: parsed now, or with `deferParsing` (for HTML and feeds) handed back as a "document" item
 * with its format fixed, so that parsing it later reads it the same way.
 */
function* contentItems(bytes: Uint8Array, name: string, options: ReadOptions): Generator<ReadItem> {
  const {
    stdin: _stdin,
    cwd: _cwd,
    deferParsing,
    allowPrivate: _private,
    fetchTimeoutMs: _timeout,
    ...ingest
  } = options;
  const format = formatOf(bytes, name, ingest);
  if (deferParsing && DEFERRABLE.has(format)) {
    yield { kind: "document", document: { bytes, name, options: { ...ingest, format } } };
    return;
  }
  yield* parseInput(bytes, name, ingest);
}

/** How many leading bytes are looked at to guess a format from the content. */
const SNIFF_BYTES = 64 * 1024;
const lenientUtf8 = new TextDecoder("utf-8");

/**
 * The format from the option, the extension, or a look at the first bytes. The look decodes leniently, before the
 * strict check, so that JSONL with one bad line is still read line by line and only that line is reported.
 */
function formatOf(bytes: Uint8Array, name: string, options: IngestOptions): Format {
  return options.format ?? EXTENSIONS[extname(name).toLowerCase()] ?? detectFormat(name, sniffText(bytes, options));
}

/** The first bytes decoded leniently, in the encoding a byte-order mark or the options name, for sniffing. */
function sniffText(bytes: Uint8Array, options: IngestOptions): string {
  const head = bytes.subarray(0, SNIFF_BYTES);
  const encoding = chooseEncoding(head, { encoding: options.encoding, charset: options.charset });
  if (encoding === "utf-8") return lenientUtf8.decode(head);
  return iconv.decode(Buffer.from(head.buffer, head.byteOffset, head.byteLength - (head.byteLength % 2)), encoding);
}

/** JSONL held in memory: each line decoded and checked on its own, numbered from 1. */
function jsonlBufferItems(bytes: Buffer, input: string, options: IngestOptions): IngestItem[] {
  const items: IngestItem[] = [];
  let lineNo = 0;
  for (let from = 0; from < bytes.length; ) {
    const nl = bytes.indexOf(10, from);
    const end = nl < 0 ? bytes.length : nl;
    const item = jsonlLineItem(bytes.subarray(from, end), input, ++lineNo, options);
    if (item) items.push(item);
    from = end + 1;
  }
  return items.length > 0 ? items : [problem({ input }, "E_EMPTY", "empty (no JSON lines)")];
}

/** Decodes and parses one JSONL line; null for a blank line. */
function jsonlLineItem(bytes: Buffer, input: string, lineNo: number, options: IngestOptions): IngestItem | null {
  const location = { input, line: lineNo };
  if (bytes.length > MAX_INPUT_BYTES) {
    return problem(location, "E_TOO_LARGE", `line of ${(bytes.length / 1e6).toFixed(1)} MB is over the 20 MB limit`);
  }
  const decoded = decodeBytes(bytes, { encoding: options.encoding, charset: options.charset });
  if (!decoded.ok) return decoded.code === "E_EMPTY" ? null : problem(location, decoded.code, decoded.message);
  return jsonlItems(decoded.text, input, options, lineNo)[0] ?? null;
}

/**
 * Streams JSONL line by line, so corpus files of any size work (the 20 MB limit applies per line); each line is
 * decoded strictly on its own, so one bad line is reported with its number and the rest are still read. A line
 * that grows past the limit is not buffered further: its bytes are dropped up to the next newline.
 */
async function* streamJsonl(
  chunks: AsyncIterable<Buffer>,
  input: string,
  options: IngestOptions,
): AsyncGenerator<IngestItem> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let lineNo = 0;
  let seen = false;
  const take = (part: Buffer) => {
    // Past the limit only the length is kept, as a stand-in buffer the size check recognizes.
    if (pendingBytes + part.length > MAX_INPUT_BYTES) pending = [Buffer.alloc(0)];
    else pending.push(part);
    pendingBytes += part.length;
  };
  const finishLine = (): IngestItem | null => {
    lineNo++;
    const bytes = pendingBytes > MAX_INPUT_BYTES ? Buffer.alloc(0) : Buffer.concat(pending);
    const item =
      pendingBytes > MAX_INPUT_BYTES
        ? problem(
            { input, line: lineNo },
            "E_TOO_LARGE",
            `line of ${(pendingBytes / 1e6).toFixed(1)} MB is over the 20 MB limit`,
          )
        : jsonlLineItem(bytes, input, lineNo, options);
    pending = [];
    pendingBytes = 0;
    if (item) seen = true;
    return item;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      take(chunk.subarray(from, nl));
      const item = finishLine();
      if (item) yield item;
      from = nl + 1;
    }
    if (from < chunk.length) take(chunk.subarray(from));
  }
  if (pendingBytes > 0) {
    const item = finishLine();
    if (item) yield item;
  }
  if (!seen) yield problem({ input }, "E_EMPTY", "empty (no JSON lines)");
}

const readError = (input: string, error: unknown): IngestItem =>
  problem(
    { input },
    "E_READ",
    `could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
  );

/** True when the file starts with a UTF-16 byte-order mark (such JSONL is read whole, not streamed by line). */
async function startsUtf16(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return (
      bytesRead === 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))
    );
  } finally {
    await handle.close();
  }
}

async function* readFileItems(path: string, input: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  const format = options.format ?? EXTENSIONS[extname(path).toLowerCase()];
  try {
    if (format === "jsonl" && !(options.encoding && /^utf-?16/i.test(options.encoding)) && !(await startsUtf16(path))) {
      yield* streamJsonl(createReadStream(path) as AsyncIterable<Buffer>, input, options);
      return;
    }
    const size = statSync(path).size;
    if (size > MAX_INPUT_BYTES) {
      yield problem({ input }, "E_TOO_LARGE", `${(size / 1e6).toFixed(1)} MB is over the 20 MB limit`);
      return;
    }
    yield* contentItems(await readFile(path), input, options);
  } catch (error) {
    // Permissions, a file removed while the batch runs, a folder named like a file: reported, batch goes on.
    yield readError(input, error);
  }
}

/**
 * Files below a folder (recursive, sorted, hidden entries skipped) whose extension is a known format; files with
 * other extensions (images, PDFs, ...) are skipped, as are unreadable subfolders (reported as problems).
 */
function folderFiles(dir: string, problems: IngestItem[]): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.push(readError(dir, error));
    return [];
  }
  return entries
    .filter((e) => !e.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return folderFiles(path, problems);
      return e.isFile() && EXTENSIONS[extname(e.name).toLowerCase()] ? [path] : [];
    });
}

async function* buffers(stream: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  for await (const chunk of stream as AsyncIterable<Buffer | string>)
    yield typeof chunk === "string" ? Buffer.from(chunk) : chunk;
}

/**
 * Standard input: its format is sniffed from the first bytes; JSONL is then streamed line by line (so a corpus can
 * be piped in), anything else is read whole, up to the 20 MB limit.
 */
async function* readStdin(stream: NodeJS.ReadableStream, options: ReadOptions): AsyncGenerator<ReadItem> {
  const input = "<stdin>";
  const source = buffers(stream);
  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < SNIFF_BYTES && !head.some((b) => b.includes(10))) {
    const next = await source.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.length;
  }
  const all = async function* () {
    yield* head;
    if (!ended) yield* source;
  };
  const sniffed = sniffText(Buffer.concat(head), options);
  const format = options.format ?? detectFormat(input, sniffed);
  if (format === "jsonl") {
    yield* streamJsonl(all(), input, options);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of all()) {
    size += chunk.length;
    if (size > MAX_INPUT_BYTES) {
      yield problem({ input }, "E_TOO_LARGE", "more than 20 MB on standard input");
      return;
    }
    chunks.push(chunk);
  }
  yield* contentItems(Buffer.concat(chunks), input, { ...options, format });
}

/**
 * A URL input: fetched within limits (src/ingest/fetch.ts), then read like a file, its format from the
 * Content-Type (else the URL's extension, else the content) and its encoding from the Content-Type's charset.
 */
async function* readUrl(url: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  const fetched = await fetchUrl(url, {
    allowPrivate: options.allowPrivate === true,
    ...(options.fetchTimeoutMs === undefined ? {} : { timeoutMs: options.fetchTimeoutMs }),
  });
  if (!fetched.ok) {
    yield problem({ input: url }, "E_FETCH", fetched.message);
    return;
  }
  const format = options.format ?? formatOfContentType(fetched.contentType) ?? undefined;
  yield* contentItems(fetched.bytes, url, {
    ...options,
    ...(format === undefined ? {} : { format }),
    ...(fetched.charset === null || options.charset !== undefined ? {} : { charset: fetched.charset }),
    url: fetched.url,
  });
}

const GLOB_CHARS = /[*?[\]{}]/;

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // then read as a file, which reports the real error
  }
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  try {
    return (await glob(pattern, { cwd, absolute: true, dot: false, onlyFiles: true })).sort();
  } catch {
    return []; // an unreadable folder under the pattern: reported as "matches no file"
  }
}

/**
 * A malformed --date is misuse by the caller, not bad input, so it throws (E_DATE) before anything is read, as
 * src/errors.ts prescribes; callers validate it up front with isIsoDate to give their own message.
 */
function checkOverrides(options: IngestOptions): void {
  if (options.date !== undefined && !isIsoDate(options.date))
    throw new DyadError("E_DATE", `date override '${options.date}' is not a date written YYYY-MM-DD`);
  if (options.encoding !== undefined && !isKnownEncoding(options.encoding))
    throw new DyadError(
      "E_USAGE",
      `encoding '${options.encoding}' is not one Dyad can read (e.g. utf-8, windows-1252, latin1, iso-8859-2, utf-16le)`,
    );
}

/**
 * Reads every input in order: `-` is stdin, a folder is read recursively, a pattern with glob characters is
 * expanded. Never throws for bad input: each problem is yielded as an item.
 */
export function readInputs(inputs: string[], options: ReadOptions & { deferParsing: true }): AsyncGenerator<ReadItem>;
export function readInputs(inputs: string[], options?: ReadOptions): AsyncGenerator<IngestItem>;
export async function* readInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  checkOverrides(options);
  const cwd = options.cwd ?? process.cwd();
  for (const input of inputs) {
    if (input === "-") {
      if (!options.stdin) {
        yield problem({ input: "<stdin>" }, "E_READ", "no standard input available");
        continue;
      }
      try {
        yield* readStdin(options.stdin, options);
      } catch (error) {
        yield readError("<stdin>", error);
      }
      continue;
    }
    if (isUrl(input)) {
      yield* readUrl(input, options);
      continue;
    }
    const path = resolve(cwd, input);
    if (existsSync(path)) {
      const folderProblems: IngestItem[] = [];
      const files = isFolder(path) ? folderFiles(path, folderProblems) : [path];
      yield* folderProblems;
      if (files.length === 0 && folderProblems.length === 0)
        yield problem({ input }, "E_EMPTY", "folder holds no readable article files");
      for (const file of files) yield* readFileItems(file, file === path ? input : file, options);
      continue;
    }
    if (GLOB_CHARS.test(input)) {
      const matches = await expandGlob(input, cwd);
      if (matches.length === 0) yield problem({ input }, "E_NOT_FOUND", "pattern matches no file");
      for (const file of matches) yield* readFileItems(file, file, options);
      continue;
    }
    yield problem({ input }, "E_NOT_FOUND", "no such file or folder");
  }
}
