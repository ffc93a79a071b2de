/** Messages between the main thread and code workers. */
import type { CodedArticle } from "../contract.js";
import type { Article } from "../ingest/types.js";

export type ToWorker = { type: "code"; id: number; article: Article };

export type FromWorker =
  | { type: "ready"; versions: Record<string, string> }
  | { type: "done"; id: number; coded: CodedArticle }
  | { type: "failed"; id: number; message: string };
