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
}
