/**
 * The ingest loop shared by `dyad ingest` and the benchmark: read inputs → skip articles already stored with the
 * same content and pipeline → code them on the worker pool → write batches from this (main) thread, the single
 * writer. A bad input or an article that fails to code becomes an error row; the run goes on.
 */
import type { CodedArticle } from "../contract.js";
import type { Article, IngestItem, IngestOptions, ReadItem } from "../ingest/types.js";
import { contentHash, versionsKey } from "../store/rows.js";
import type { DyadStore } from "../store/types.js";
import { describeLocation, type ReadOptions, readArticles } from "./inputs.js";
import { CodePool } from "./pool.js";

/**
 * The items of a read, with deferred documents (HTML pages, feeds) parsed on the pool's threads, up to `window` at
 * a time, and everything yielded in input order. A document whose parsing fails or times out becomes a problem.
 */
export async function* parsedInOrder(
  source: AsyncIterable<ReadItem>,
  pool: CodePool,
  window: number,
): AsyncGenerator<IngestItem> {
  const ahead: Promise<IngestItem[]>[] = [];
  const parse = (item: ReadItem): Promise<IngestItem[]> => {
    if (item.kind !== "document") return Promise.resolve([item]);
    const input = item.document.name;
    return pool.read(item.document).catch((error: unknown) => [
      {
        kind: "problem" as const,
        problem: {
          location: { input },
          code: "E_INTERNAL",
          message: `reading failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
        },
      },
    ]);
  };
  for await (const item of source) {
    ahead.push(parse(item));
    if (ahead.length >= window) yield* await (ahead.shift() as Promise<IngestItem[]>);
  }
  while (ahead.length > 0) yield* await (ahead.shift() as Promise<IngestItem[]>);
}

export interface IngestRunOptions extends IngestOptions {
  /** Fetch URL inputs from loopback and private addresses too. */
  allowPrivate?: boolean;
  inputs: string[];
  /** Base for relative input paths (default: process.cwd()). */
  cwd?: string;
  /** What `-` reads. */
  stdin?: NodeJS.ReadableStream;
  store: DyadStore;
  /** Worker threads; 0 codes in the main thread. */
  workers: number;
  /** Articles per write transaction. */
  batchSize?: number;
  /** Re-code and replace articles even when stored with the same content and pipeline versions. */
  force?: boolean;
  /** Called after each article is stored, skipped or failed. */
  onArticle?: (info: {
    bytes: number;
    failed: boolean;
    error?: { where: string; code: string; message: string };
  }) => void;
}

export interface IngestSummary {
  /** Articles read (input problems are counted in `errors` only). */
  read: number;
  inserted: number;
  replaced: number;
  unchanged: number;
  events: number;
  errors: number;
  /** UTF-8 bytes of article text read. */
  bytes: number;
  seconds: number;
}

export async function runIngest(options: IngestRunOptions): Promise<IngestSummary> {
  const started = performance.now();
  const { store } = options;
  const batchSize = options.batchSize ?? 100;
  const summary: IngestSummary = {
    read: 0,
    inserted: 0,
    replaced: 0,
    unchanged: 0,
    events: 0,
    errors: 0,
    bytes: 0,
    seconds: 0,
  };
  const pool = await CodePool.start(options.workers);
  const versions = versionsKey(pool.versions);
  const maxInflight = Math.max(4, options.workers * 4);
  let pendingWrites: { coded: CodedArticle; bytes: number }[] = [];
  let writing: Promise<void> = Promise.resolve();
  let fatal: unknown = null;
  const inflight = new Set<Promise<void>>();
  /** Coded articles not yet committed; bounded so a slow database cannot make coded results pile up in memory. */
  let unwritten = 0;

  const flush = () => {
    const batch = pendingWrites;
    pendingWrites = [];
    if (batch.length === 0) return writing;
    // Writes are chained so only one transaction is open at a time (SQLite has a single writer).
    writing = writing.then(async () => {
      if (fatal) return;
      try {
        const outcomes = await store.saveArticles(
          batch.map((b) => b.coded),
          { force: options.force === true },
        );
        unwritten -= batch.length;
        outcomes.forEach((o, i) => {
          const item = batch[i] as { coded: CodedArticle; bytes: number };
          summary[o]++;
          if (o !== "unchanged") summary.events += item.coded.events.length;
          options.onArticle?.({ bytes: item.bytes, failed: false });
        });
      } catch (error) {
        // A database failure is not an input problem: stop the run, keep what is committed.
        fatal = error;
      }
    });
    return writing;
  };

  const fail = async (where: string, code: string, message: string, bytes: number) => {
    summary.errors++;
    await store.recordError(where, code, message);
    options.onArticle?.({ bytes, failed: true, error: { where, code, message } });
  };

  // Articles are checked against the store in small groups so re-runs skip coding what is already there.
  let lookahead: { article: Article; where: string }[] = [];
  const dispatch = async () => {
    const group = lookahead;
    lookahead = [];
    const known = await store.storedVersions(group.map((g) => g.article.id));
    for (const { article, where } of group) {
      const bytes = Buffer.byteLength(article.text, "utf8");
      summary.bytes += bytes;
      const stored = known.get(article.id);
      if (!options.force && stored && stored.versions === versions && stored.hash === contentHash(article)) {
        summary.unchanged++;
        options.onArticle?.({ bytes, failed: false });
        continue;
      }
      while (inflight.size >= maxInflight) await Promise.race(inflight);
      if (unwritten > batchSize * 4) await writing;
      if (fatal) return;
      const job: Promise<void> = pool.code(article).then(
        (coded) => {
          unwritten++;
          pendingWrites.push({ coded, bytes });
          if (pendingWrites.length >= batchSize) void flush();
        },
        (error: unknown) =>
          fail(where, "E_INTERNAL", `coding failed: ${error instanceof Error ? error.message : String(error)}`, bytes),
      );
      const tracked = job.finally(() => inflight.delete(tracked));
      inflight.add(tracked);
    }
  };

  try {
    const read: ReadOptions = {
      ...(options.date === undefined ? {} : { date: options.date }),
      ...(options.source === undefined ? {} : { source: options.source }),
      ...(options.format === undefined ? {} : { format: options.format }),
      ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
      ...(options.charset === undefined ? {} : { charset: options.charset }),
      ...(options.allowPrivate === undefined ? {} : { allowPrivate: options.allowPrivate }),
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
      ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
    };
    for await (const item of parsedInOrder(
      readArticles(options.inputs, { ...read, deferParsing: true }),
      pool,
      maxInflight,
    )) {
      if (fatal) break;
      if (item.kind === "problem") {
        await fail(describeLocation(item.problem.location), item.problem.code, item.problem.message, 0);
        continue;
      }
      summary.read++;
      lookahead.push({ article: item.article, where: describeLocation(item.location) });
      if (lookahead.length >= 64) await dispatch();
    }
    await dispatch();
    await Promise.all(inflight);
    await flush();
    await writing;
  } finally {
    await pool.close();
  }
  if (fatal) throw fatal;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
