/**
 * Scale-out on PostgreSQL: enqueue → two `dyad worker` processes → every article stored once; a job held by a
 * dead worker is retried after its expiry. Each run uses a throwaway database; skipped if PostgreSQL is down.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";
import { enqueueArticles, pendingJobs, QUEUE, startBoss } from "../../src/workers/queue.js";
import { createTestDb, pgUnavailable } from "./pg-helper.js";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/dyad.js");
const built = existsSync(join(ROOT, "dist/workers/code-worker.js"));
const reason = (await pgUnavailable()) ?? (built ? null : "dist/ is missing, run `npm run build` first");
if (reason) console.warn(`skipping queue tests: ${reason}`);

const dir = mkdtempSync(join(tmpdir(), "dyad-queue-"));
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const d of drops) await d();
  rmSync(dir, { recursive: true, force: true });
});

function articles(n: number, prefix: string) {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}-${i}`,
    title: `Article ${i}`,
    date: `2025-01-0${(i % 9) + 1}`,
    source: i % 2 ? "Wire A" : "Wire B",
    url: null,
    text: `Russia and China held talks in Beijing on ${i} January. The minister said "we will cooperate".`,
  }));
}

function runWorker(url: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((res) => {
    const child = spawn(process.execPath, [BIN, "worker", "--db", url, ...args], { cwd: dir });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("exit", (code) => res({ code, stderr }));
  });
}

describe.skipIf(reason !== null)("pg-boss queue", () => {
  it("dyad enqueue + two dyad worker processes store every article exactly once", async () => {
    const db = await createTestDb();
    drops.push(db.drop);
    const list = articles(80, "q");
    const file = join(dir, "in.jsonl");
    // One duplicate line: at-least-once and duplicates must still give one row per article.
    writeFileSync(file, `${[...list, list[0]].map((a) => JSON.stringify(a)).join("\n")}\n`);
    const enq = spawnSync(process.execPath, [BIN, "enqueue", file, "--db", db.url], { cwd: dir, encoding: "utf8" });
    expect(enq.status, enq.stderr).toBe(0);
    // The duplicate line is the same article: one job.
    expect(enq.stderr).toContain("80 jobs queued (1 articles already queued)");
    // Enqueuing again queues nothing (issue 15: it used to queue every article twice).
    const again = spawnSync(process.execPath, [BIN, "enqueue", file, "--db", db.url], { cwd: dir, encoding: "utf8" });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain("0 jobs queued (81 articles already queued)");
    const [w1, w2] = await Promise.all([
      runWorker(db.url, ["--once", "--concurrency", "1"]),
      runWorker(db.url, ["--once", "--concurrency", "1"]),
    ]);
    expect(w1.code, w1.stderr).toBe(0);
    expect(w2.code, w2.stderr).toBe(0);
    const jobs = (s: string) => Number(/(\d+) jobs/.exec(s)?.[1]);
    expect(jobs(w1.stderr) + jobs(w2.stderr)).toBe(80);
    // Each worker that stored articles recomputed the clusters on exit: queries see cluster counts.
    expect(`${w1.stderr}${w2.stderr}`).toMatch(/\d+ clusters/);
    const store = await openStore(db.url);
    expect((await store.stats()).articles).toBe(80);
    const [event] = await store.events({ limit: 1 });
    expect(event?.cluster_id).not.toBeNull();
    await store.close();
  });

  it("retries the jobs of a worker that died (expired active jobs)", async () => {
    const db = await createTestDb();
    drops.push(db.drop);
    const store = await openStore(db.url);
    const boss = await startBoss(db.url, { maintenanceSeconds: 1 });
    await enqueueArticles(
      boss,
      articles(5, "dead").map((article) => ({ article, where: "test" })),
      { expireInSeconds: 1, retryDelay: 1, retryBackoff: false },
    );
    // A "worker" takes two jobs and dies without completing them.
    const taken = await boss.fetch(QUEUE, { batchSize: 2 });
    expect(taken).toHaveLength(2);
    await boss.stop({ graceful: false, wait: true });
    const w = await runWorker(db.url, ["--once", "--concurrency", "1", "--maintenance-seconds", "1"]);
    expect(w.code, w.stderr).toBe(0);
    expect((await store.stats()).articles).toBe(5);
    const check = await startBoss(db.url);
    expect(await pendingJobs(check)).toBe(0);
    await check.stop({ graceful: false, wait: true });
    await store.close();
  }, 120_000);

  it("dyad ingest --db postgres:// stores with the worker pool and is idempotent", async () => {
    const db = await createTestDb();
    drops.push(db.drop);
    const file = join(dir, "ingest.jsonl");
    writeFileSync(
      file,
      `${articles(30, "i")
        .map((a) => JSON.stringify(a))
        .join("\n")}\n`,
    );
    const run = () =>
      spawnSync(process.execPath, [BIN, "ingest", file, "--db", db.url, "--workers", "2"], {
        cwd: dir,
        encoding: "utf8",
      });
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain("30 new");
    const second = run();
    expect(second.stderr).toContain("30 unchanged");
    const store = await openStore(db.url);
    expect((await store.stats()).articles).toBe(30);
    await store.close();
  });

  it("rejects a non-PostgreSQL --db for worker and enqueue", () => {
    const r = spawnSync(process.execPath, [BIN, "worker", "--db", "x.db"], { cwd: dir, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("postgres://");
  });
});
