import type { ArticleMeta } from "../contract.js";

/** An article read from some input, ready for the pipeline. `text` is exactly the text offsets point into. */
export interface Article extends ArticleMeta {
  text: string;
}

/** Where an article (or a problem) came from: file path or "<stdin>", plus line/item number when relevant. */
export interface InputLocation {
  input: string;
  line?: number;
  item?: number;
}

export interface IngestProblem {
  location: InputLocation;
  /** Error code from src/errors.ts, e.g. "E_INVALID_UTF8". */
  code: string;
  message: string;
}

export type IngestItem =
  | { kind: "article"; article: Article; location: InputLocation }
  | { kind: "problem"; problem: IngestProblem };

export interface IngestOptions {
  /** Override the date of every article (YYYY-MM-DD). */
  date?: string;
  /** Override the source of every article. */
  source?: string;
  /** Force an input format instead of detecting it from the extension / content. */
  format?: "text" | "html" | "feed" | "jsonl";
  /** Read the bytes in this encoding (`--encoding`: windows-1252, latin1, utf-16le…); a byte-order mark still wins. */
  encoding?: string;
  /** The charset the transport declared (an HTTP Content-Type), below `encoding`, above the document's own. */
  charset?: string;
  /** The URL the input was fetched from: articles that name no URL of their own get it. */
  url?: string;
}

/**
 * An HTML page or a feed that was read but not yet parsed (readInputs with `deferParsing`): parseDocument turns it
 * into items, e.g. on a worker thread under the per-article time limit, as parsing a hostile page is the costly part.
 */
export interface PendingDocument {
  bytes: Uint8Array;
  /** Input name for messages and format detection (the path as given, or "<stdin>"). */
  name: string;
  options: IngestOptions;
}

/** What readInputs yields with `deferParsing`: items, or documents still to parse. */
export type ReadItem = IngestItem | { kind: "document"; document: PendingDocument };
