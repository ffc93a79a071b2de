/**
 * A pool of worker threads that run the pipeline; the caller (main thread) does all database writes. With
 * size 0 the pipeline runs in the calling thread (debugging, tiny inputs).
 *
 * Threads also parse HTML pages and feeds (`read`), so that reading, too, runs under the time limit.
 *
 * Fault tolerance: a thread that dies (out of memory, a native crash) or stays busy with one article longer than
 * `timeoutMs` is replaced. The articles it held are retried one at a time on a thread that holds nothing else, so
 * a second death blames exactly one article, which then fails with a CodingError; the others go through.
 *
 * The worker script is the compiled dist/workers/code-worker.js: worker_threads cannot load .ts. When this module
 * itself runs from src/ (vitest), the dist/ copy is used, so build before running worker tests.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { CodedArticle } from "../contract.js";
import { DyadError } from "../errors.js";
import { parseDocument } from "../ingest/index.js";
import type { Article, IngestItem, PendingDocument } from "../ingest/types.js";
import type { Pipeline } from "../pipeline.js";
import type { FromWorker, Task, ToWorker } from "./protocol.js";

export function workerScript(): URL {
  const beside = new URL("./code-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  const dist = new URL("../../dist/workers/code-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(dist))) return dist;
  throw new DyadError("E_INTERNAL", `worker script not found at ${fileURLToPath(beside)}; run 'npm run build' first`);
}

/** Rejection for an article whose coding failed; the pool itself keeps going. */
export class CodingError extends Error {
  override readonly name = "CodingError";
}

interface Pending {
  task: Task;
  /** Set once a thread died while holding this task: it is retried alone. */
  suspect: boolean;
  /** Called with the coded article (code) or the parsed items (read). */
  resolve: (result: never) => void;
  reject: (e: Error) => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  inflight: Map<number, Pending>;
  /** Running a suspect article alone: no other work is sent here meanwhile. */
  isolated: boolean;
  dead: boolean;
  /** The thread has built its pipeline. Work is sent only then: the time limit must not count its start-up. */
  ready: boolean;
}

/** Articles queued per thread: one running, one waiting, so a thread never idles while a result travels back. */
const PER_SLOT = 2;

export class CodePool {
  private slots: Slot[] = [];
  private queue: Pending[] = [];
  private retries: Pending[] = [];
  private nextId = 1;
  private closing = false;
  private local: Pipeline | null = null;
  versions: Record<string, string> = {};

  private constructor(
    readonly size: number,
    readonly timeoutMs: number,
  ) {}

  static async start(size: number, options: { timeoutMs?: number } = {}): Promise<CodePool> {
    const pool = new CodePool(size, options.timeoutMs ?? 120_000);
    if (size <= 0) {
      const { createPipeline } = await import("../pipeline.js");
      pool.local = createPipeline();
      pool.versions = { ...pool.local.versions };
      return pool;
    }
    const ready: Promise<Record<string, string>>[] = [];
    for (let i = 0; i < size; i++) {
      const { slot, versions } = pool.spawn();
      pool.slots.push(slot);
      ready.push(versions);
    }
    try {
      pool.versions = (await Promise.all(ready))[0] ?? {};
    } catch (error) {
      await pool.close();
      const message = error instanceof Error ? error.message : String(error);
      throw new DyadError("E_INTERNAL", `worker threads could not start the pipeline: ${message}`, { cause: error });
    }
    return pool;
  }

  private spawn(): { slot: Slot; versions: Promise<Record<string, string>> } {
    const worker = new Worker(workerScript());
    const slot: Slot = { worker, inflight: new Map(), isolated: false, dead: false, ready: false };
    let started = false;
    const versions = new Promise<Record<string, string>>((resolve, reject) => {
      worker.on("message", (msg: FromWorker) => {
        if (msg.type === "ready") {
          started = true;
          slot.ready = true;
          resolve(msg.versions);
          this.pump();
          return;
        }
        const p = slot.inflight.get(msg.id);
        if (!p) return;
        slot.inflight.delete(msg.id);
        clearTimeout(p.timer);
        slot.isolated = false;
        if (msg.type === "done") (p.resolve as (c: CodedArticle) => void)(msg.coded);
        else if (msg.type === "read") (p.resolve as (items: IngestItem[]) => void)(msg.items);
        else p.reject(new CodingError(msg.message));
        this.pump();
      });
      const die = (error: Error) => {
        if (!started) reject(error);
        this.bury(slot, error, null);
      };
      worker.on("error", die);
      worker.on("exit", (code) => die(new Error(`exited with code ${code}`)));
    });
    versions.catch(() => {}); // observed by start(); a replacement's failure surfaces through its articles
    return { slot, versions };
  }

  /** Replaces a dead thread; `culprit` (a timed-out article) fails at once, the rest are retried alone. */
  private bury(slot: Slot, error: Error, culprit: number | null): void {
    if (slot.dead) return;
    slot.dead = true;
    const orphans = [...slot.inflight.entries()];
    slot.inflight.clear();
    const index = this.slots.indexOf(slot);
    if (index >= 0 && !this.closing) this.slots[index] = this.spawn().slot;
    for (const [id, p] of orphans) {
      clearTimeout(p.timer);
      if (this.closing || p.suspect || id === culprit || orphans.length === 1) {
        // It was alone on the thread (or already suspected): it is the one to blame.
        p.reject(new CodingError(`worker thread died: ${error.message}`));
      } else {
        p.suspect = true;
        this.retries.push(p);
      }
    }
    this.pump();
  }

  /** Assigns queued work to threads: suspects first, alone on an empty thread; then normal work. */
  private pump(): void {
    if (this.closing) return;
    for (const slot of this.slots) {
      if (slot.dead || !slot.ready) continue;
      if (this.retries.length > 0) {
        if (slot.inflight.size === 0) {
          slot.isolated = true;
          this.assign(slot, this.retries.shift() as Pending);
        }
        continue; // let threads drain so suspects can run alone
      }
      while (!slot.isolated && slot.inflight.size < PER_SLOT && this.queue.length > 0) {
        this.assign(slot, this.queue.shift() as Pending);
      }
    }
  }

  private assign(slot: Slot, p: Pending): void {
    const id = this.nextId++;
    slot.inflight.set(id, p);
    p.timer = setTimeout(() => {
      this.bury(slot, new Error(`timed out after ${this.timeoutMs / 1000} s on one article`), id);
      void slot.worker.terminate();
    }, this.timeoutMs);
    p.timer.unref();
    const msg: ToWorker = { ...p.task, id };
    slot.worker.postMessage(msg);
  }

  /** Articles accepted and not yet finished. */
  get inflight(): number {
    let n = this.queue.length + this.retries.length;
    for (const s of this.slots) n += s.inflight.size;
    return n;
  }

  code(article: Article): Promise<CodedArticle> {
    if (this.local) {
      try {
        return Promise.resolve(this.local.code(article));
      } catch (error) {
        return Promise.reject(new CodingError(error instanceof Error ? (error.stack ?? error.message) : String(error)));
      }
    }
    return this.submit<CodedArticle>({ type: "code", article });
  }

  /**
   * Parses a document (HTML page, feed) on a thread, under the same time limit as coding, so that a hostile page
   * cannot stall the batch; a thread that dies or times out on it rejects with a CodingError.
   */
  read(document: PendingDocument): Promise<IngestItem[]> {
    if (this.local) return Promise.resolve(parseDocument(document));
    return this.submit<IngestItem[]>({ type: "read", document });
  }

  private submit<T>(task: Task): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ task, suspect: false, resolve: resolve as (result: never) => void, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const p of [...this.queue, ...this.retries]) p.reject(new CodingError("worker pool closed"));
    this.queue = [];
    this.retries = [];
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}
