/**
 * The ingest loop shared by `dyad ingest` and the benchmark: read inputs → skip articles already stored with the
 * same content and pipeline → code them on the worker pool → write batches from this (main) thread, the single
 * writer. A bad input or an article that fails to code becomes an error row; the run goes on.
 */
import type { CodedArticle } from "../contract.js";
import type { Article, IngestItem, IngestOptions, ReadItem } from "../ingest/types.js";
import { storedUnchanged, versionsKey } from "../store/rows.js";
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
  const pool = await CodePool.start(options.workers);
  const run = new IngestRun(options, pool);
  try {
    for await (const item of parsedInOrder(
      readArticles(options.inputs, { ...readOptions(options), deferParsing: true }),
      pool,
      run.maxInflight,
    )) {
      if (run.fatal) break;
      await run.take(item);
    }
    await run.finish();
  } finally {
    await pool.close();
  }
  if (run.fatal) throw run.fatal;
  return { ...run.summary, seconds: (performance.now() - started) / 1000 };
}

/** The reader's options out of the run's (only those that are set: exactOptionalPropertyTypes). */
function readOptions(options: IngestRunOptions): ReadOptions {
  return {
    ...(options.date === undefined ? {} : { date: options.date }),
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(options.format === undefined ? {} : { format: options.format }),
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    ...(options.charset === undefined ? {} : { charset: options.charset }),
    ...(options.allowPrivate === undefined ? {} : { allowPrivate: options.allowPrivate }),
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
  };
}

/** Articles are checked against the store in groups of this many, so re-runs skip coding what is already there. */
const LOOKAHEAD = 64;

/** One ingest run's state: articles being coded, coded articles waiting to be written, and the counts. */
class IngestRun {
  readonly summary: IngestSummary = {
    read: 0,
    inserted: 0,
    replaced: 0,
    unchanged: 0,
    events: 0,
    errors: 0,
    bytes: 0,
    seconds: 0,
  };
  readonly maxInflight: number;
  /** A database failure: not an input problem, so it stops the run (what is committed stays). */
  fatal: unknown = null;
  private readonly batchSize: number;
  private readonly versions: string;
  private pendingWrites: { coded: CodedArticle; bytes: number }[] = [];
  private writing: Promise<void> = Promise.resolve();
  private readonly inflight = new Set<Promise<void>>();
  /** Coded articles not yet committed; bounded so a slow database cannot make coded results pile up in memory. */
  private unwritten = 0;
  private lookahead: { article: Article; where: string }[] = [];

  constructor(
    private readonly options: IngestRunOptions,
    private readonly pool: CodePool,
  ) {
    this.batchSize = options.batchSize ?? 100;
    this.versions = versionsKey(pool.versions);
    this.maxInflight = Math.max(4, options.workers * 4);
  }

  /** One item read: a problem is recorded, an article queued for the store check and coding. */
  async take(item: IngestItem): Promise<void> {
    if (item.kind === "problem") {
      await this.fail(describeLocation(item.problem.location), item.problem.code, item.problem.message, 0);
      return;
    }
    this.summary.read++;
    this.lookahead.push({ article: item.article, where: describeLocation(item.location) });
    if (this.lookahead.length >= LOOKAHEAD) await this.dispatch();
  }

  /** Codes and writes what is left. */
  async finish(): Promise<void> {
    await this.dispatch();
    await Promise.all(this.inflight);
    await this.flush();
    await this.writing;
  }

  private flush(): Promise<void> {
    const batch = this.pendingWrites;
    this.pendingWrites = [];
    if (batch.length === 0) return this.writing;
    // Writes are chained so only one transaction is open at a time (SQLite has a single writer).
    this.writing = this.writing.then(() => this.write(batch));
    return this.writing;
  }

  private async write(batch: { coded: CodedArticle; bytes: number }[]): Promise<void> {
    if (this.fatal) return;
    try {
      const outcomes = await this.options.store.saveArticles(
        batch.map((b) => b.coded),
        { force: this.options.force === true },
      );
      this.unwritten -= batch.length;
      outcomes.forEach((o, i) => {
        const item = batch[i] as { coded: CodedArticle; bytes: number };
        this.summary[o]++;
        if (o !== "unchanged") this.summary.events += item.coded.events.length;
        this.options.onArticle?.({ bytes: item.bytes, failed: false });
      });
    } catch (error) {
      this.fatal = error;
    }
  }

  private async fail(where: string, code: string, message: string, bytes: number): Promise<void> {
    this.summary.errors++;
    await this.options.store.recordError(where, code, message);
    this.options.onArticle?.({ bytes, failed: true, error: { where, code, message } });
  }

  /** Sends the looked-ahead articles that are not stored unchanged to the pool. */
  private async dispatch(): Promise<void> {
    const group = this.lookahead;
    this.lookahead = [];
    const known = await this.options.store.storedVersions(group.map((g) => g.article.id));
    for (const { article, where } of group) {
      const bytes = Buffer.byteLength(article.text, "utf8");
      this.summary.bytes += bytes;
      const stored = known.get(article.id);
      if (!this.options.force && storedUnchanged(stored, this.versions, article)) {
        this.summary.unchanged++;
        this.options.onArticle?.({ bytes, failed: false });
        continue;
      }
      while (this.inflight.size >= this.maxInflight) await Promise.race(this.inflight);
      if (this.unwritten > this.batchSize * 4) await this.writing;
      if (this.fatal) return;
      this.code(article, where, bytes);
    }
  }

  private code(article: Article, where: string, bytes: number): void {
    const job: Promise<void> = this.pool.code(article).then(
      (coded) => {
        this.unwritten++;
        this.pendingWrites.push({ coded, bytes });
        if (this.pendingWrites.length >= this.batchSize) void this.flush();
      },
      (error: unknown) =>
        this.fail(
          where,
          "E_INTERNAL",
          `coding failed: ${error instanceof Error ? error.message : String(error)}`,
          bytes,
        ),
    );
    const tracked = job.finally(() => this.inflight.delete(tracked));
    this.inflight.add(tracked);
  }
}
