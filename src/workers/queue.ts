/**
 * Scale-out on PostgreSQL: a pg-boss (v10) job queue in the same database as the store. `enqueue` inserts one job
 * per article (payload = the article); `runQueueWorker` fetches jobs, codes them on a worker-thread pool and saves
 * them. Delivery is at-least-once; saves are idempotent (article id + content hash), so a job that runs twice
 * changes nothing the second time.
 *
 * Dead workers: a fetched job is "active" with an expiry (QUEUE_SETTINGS.expireInSeconds). If its worker dies,
 * pg-boss's maintenance (run by every live worker, every MAINTENANCE_SECONDS) fails the expired job, and it is
 * retried after retryDelay (exponential backoff) up to retryLimit times.
 */
import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import type { Article } from "../ingest/types.js";
import { contentHash, storedUnchanged, versionsKey } from "../store/rows.js";
import type { DyadStore, StoredVersion } from "../store/types.js";
import { CodePool, CodingError } from "./pool.js";

export const QUEUE = "dyad-articles";
export const BOSS_SCHEMA = "pgboss";
export const MAINTENANCE_SECONDS = 30;

export interface QueueSettings {
  /** How long a job may stay active before it counts as abandoned (its worker died) and is retried. */
  expireInSeconds: number;
  retryLimit: number;
  /** Seconds before the first retry; doubled each time (retryBackoff). */
  retryDelay: number;
  retryBackoff: boolean;
}

export const QUEUE_SETTINGS: QueueSettings = {
  expireInSeconds: 300,
  retryLimit: 5,
  retryDelay: 10,
  retryBackoff: true,
};

export interface ArticleJob {
  article: Article;
  /** Where the article came from (file:line), for error rows. */
  where: string;
}

export async function startBoss(url: string, options: { maintenanceSeconds?: number } = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: BOSS_SCHEMA,
    max: 4,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? MAINTENANCE_SECONDS,
    monitorStateIntervalSeconds: 600,
  });
  boss.on("error", () => {
    // pg-boss reports transient maintenance errors here; they are retried on the next interval.
  });
  await boss.start();
  if (!(await boss.getQueue(QUEUE))) {
    try {
      await boss.createQueue(QUEUE, { name: QUEUE, ...QUEUE_SETTINGS });
    } catch (error) {
      // Another process created it between our check and our insert.
      if (!(await boss.getQueue(QUEUE))) throw error;
    }
  }
  return boss;
}

/**
 * The job id of an article: a UUID made from its id and content hash. Enqueuing the same article again gives the
 * same id, which pg-boss's insert skips (ON CONFLICT DO NOTHING on the job's key), so each article has one job
 * however often it is enqueued; changed content gives a new job. (Once pg-boss archives a finished job, a later
 * enqueue queues it again, and the worker then finds it stored unchanged and skips the coding.)
 */
export function jobId(article: Article): string {
  const h = createHash("sha256")
    .update(`${article.id}\u0000${contentHash(article)}`)
    .digest("hex");
  // RFC 4122 layout, version 5-style name-based (hash) id with the variant bits set.
  const variant = ((Number.parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Queues one job per article not already queued; returns how many were new. Repeats within the batch and jobs
 * already in the queue (by jobId) are skipped, so running enqueue twice queues nothing the second time.
 */
export async function enqueueArticles(
  boss: PgBoss,
  jobs: ArticleJob[],
  settings: Partial<QueueSettings> = {},
): Promise<number> {
  if (jobs.length === 0) return 0;
  const s = { ...QUEUE_SETTINGS, ...settings };
  const byId = new Map(jobs.map((data) => [jobId(data.article), data]));
  const { rows } = await boss
    .getDb()
    .executeSql(`SELECT id::text AS id FROM ${BOSS_SCHEMA}.job WHERE name = $1 AND id = ANY($2::uuid[])`, [
      QUEUE,
      [...byId.keys()],
    ]);
  for (const row of rows as { id: string }[]) byId.delete(row.id);
  if (byId.size === 0) return 0;
  await boss.insert(
    [...byId].map(([id, data]) => ({
      id,
      name: QUEUE,
      data,
      retryLimit: s.retryLimit,
      retryDelay: s.retryDelay,
      retryBackoff: s.retryBackoff,
      expireInSeconds: s.expireInSeconds,
    })),
  );
  return byId.size;
}

/** Jobs not yet finished (created, retry or active). */
export function pendingJobs(boss: PgBoss): Promise<number> {
  return boss.getQueueSize(QUEUE, { before: "completed" });
}

export interface QueueWorkerOptions {
  boss: PgBoss;
  store: DyadStore;
  /** Worker threads coding in parallel (0 = in the main thread). */
  concurrency: number;
  /** Exit when no job is queued, retrying or active. */
  once?: boolean;
  /** Exit after this many seconds without a job. */
  idleExitSeconds?: number;
  pollMs?: number;
  signal?: AbortSignal;
  onJob?: (info: { outcome: string; bytes: number; failed: boolean; where: string; message?: string }) => void;
}

export interface QueueWorkerSummary {
  jobs: number;
  inserted: number;
  replaced: number;
  unchanged: number;
  events: number;
  errors: number;
  bytes: number;
  seconds: number;
}

export async function runQueueWorker(options: QueueWorkerOptions): Promise<QueueWorkerSummary> {
  const started = performance.now();
  const { boss, store } = options;
  const pool = await CodePool.start(options.concurrency);
  const run = new QueueRun(options, pool);
  // Enough jobs in hand to keep every thread busy while saves and fetches are on the wire.
  const window = Math.max(8, Math.max(1, options.concurrency) * 8);
  const pollMs = options.pollMs ?? 1000;
  const inflight = new Set<Promise<void>>();
  let idleSince = performance.now();
  try {
    while (!options.signal?.aborted) {
      if (run.doneCount >= 50) await run.flushDone();
      const room = window - inflight.size;
      const jobs = room > 0 ? await boss.fetch<ArticleJob>(QUEUE, { batchSize: room }) : [];
      if (jobs.length === 0) {
        if (inflight.size > 0) {
          await Promise.race(inflight);
          continue;
        }
        await run.flushDone();
        if (options.once && (await pendingJobs(boss)) === 0) break;
        if (options.idleExitSeconds !== undefined && performance.now() - idleSince >= options.idleExitSeconds * 1000) {
          break;
        }
        await sleep(pollMs, options.signal);
        continue;
      }
      idleSince = performance.now();
      const ids = jobs.map((j) => j.data?.article?.id).filter((id): id is string => typeof id === "string");
      const known = await store.storedVersions(ids);
      for (const job of jobs) {
        const p: Promise<void> = run.handle(job, known).finally(() => inflight.delete(p));
        inflight.add(p);
      }
      // Wait for a slot before fetching more, so jobs are not held (and their expiry ticking) without a thread.
      if (inflight.size >= window) await Promise.race(inflight);
    }
    await Promise.all(inflight);
    await run.flushDone();
  } finally {
    await pool.close();
  }
  return { ...run.summary, seconds: (performance.now() - started) / 1000 };
}

/** One worker's counts and the jobs it finished but has not yet marked complete. */
class QueueRun {
  readonly summary: QueueWorkerSummary = {
    jobs: 0,
    inserted: 0,
    replaced: 0,
    unchanged: 0,
    events: 0,
    errors: 0,
    bytes: 0,
    seconds: 0,
  };
  private readonly versions: string;
  private done: string[] = [];

  constructor(
    private readonly options: QueueWorkerOptions,
    private readonly pool: CodePool,
  ) {
    this.versions = versionsKey(pool.versions);
  }

  get doneCount(): number {
    return this.done.length;
  }

  /** Successful jobs are completed in bulk: one round trip per batch instead of one per article. */
  async flushDone(): Promise<void> {
    if (this.done.length === 0) return;
    const ids = this.done;
    this.done = [];
    await this.options.boss.complete(QUEUE, ids);
  }

  async handle(job: PgBoss.Job<ArticleJob>, known: Map<string, StoredVersion>): Promise<void> {
    const { article, where } = job.data ?? ({} as ArticleJob);
    const bytes = Buffer.byteLength(article?.text ?? "", "utf8");
    this.summary.jobs++;
    this.summary.bytes += bytes;
    try {
      if (!article || typeof article.text !== "string" || typeof article.id !== "string") {
        throw new CodingError("job payload is not an article");
      }
      // A retried or duplicate job whose article is already stored by this pipeline needs no coding.
      const stored = known.get(article.id);
      if (storedUnchanged(stored, this.versions, article)) {
        this.summary.unchanged++;
        this.done.push(job.id);
        this.options.onJob?.({ outcome: "unchanged", bytes, failed: false, where });
        return;
      }
      const coded = await this.pool.code(article);
      const outcome = await this.options.store.saveArticle(coded);
      this.summary[outcome]++;
      if (outcome !== "unchanged") this.summary.events += coded.events.length;
      this.done.push(job.id);
      this.options.onJob?.({ outcome, bytes, failed: false, where });
    } catch (error) {
      await this.failed(job, where, bytes, error);
    }
  }

  private async failed(job: PgBoss.Job<ArticleJob>, where: string, bytes: number, error: unknown): Promise<void> {
    const { boss, store } = this.options;
    const message = error instanceof Error ? error.message : String(error);
    this.summary.errors++;
    if (error instanceof CodingError) {
      // Coding is deterministic: retrying would fail the same way. Record it and finish the job.
      await store.recordError(where ?? `job ${job.id}`, "E_INTERNAL", `coding failed: ${message}`);
      await boss.complete(QUEUE, job.id, { error: message });
      this.options.onJob?.({ outcome: "error", bytes, failed: true, where, message });
    } else {
      // Database trouble is transient from the job's point of view: let pg-boss retry it.
      await boss.fail(QUEUE, job.id, { error: message }).catch(() => {});
      this.options.onJob?.({ outcome: "retry", bytes, failed: true, where, message });
    }
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(t);
        resolve();
      },
      { once: true },
    );
  });
}
