/** Messages between the main thread and code workers. */
import type { CodedArticle } from "../contract.js";
import type { Article, IngestItem, PendingDocument } from "../ingest/types.js";

/** Work for a thread: code an article, or parse a document (HTML page, feed) into articles. */
export type Task = { type: "code"; article: Article } | { type: "read"; document: PendingDocument };

export type ToWorker = Task & { id: number };

export type FromWorker =
  | { type: "ready"; versions: Record<string, string> }
  | { type: "done"; id: number; coded: CodedArticle }
  | { type: "read"; id: number; items: IngestItem[] }
  | { type: "failed"; id: number; message: string };
