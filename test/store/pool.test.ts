/** The worker pool survives a crashing or hanging article; only that article fails. Needs dist/ (npm run build). */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";
import { runIngest } from "../../src/workers/ingest-run.js";
import { CodePool } from "../../src/workers/pool.js";

const ROOT = resolve(import.meta.dirname, "../..");
const built = existsSync(join(ROOT, "dist/workers/code-worker.js"));
if (!built) console.warn("skipping worker pool tests: dist/ is missing, run `npm run build` first");
const dir = mkdtempSync(join(tmpdir(), "dyad-pool-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = (id: string) => ({
  id,
  title: null,
  date: "2025-01-01",
  source: "Wire",
  url: null,
  text: `Russia and China met in Beijing on Monday (${id}).`,
});

describe.skipIf(!built)("worker pool", () => {
  it("codes in parallel threads and reports pipeline versions", async () => {
    const pool = await CodePool.start(2);
    try {
      expect(pool.versions.dyad).toBeDefined();
      const out = await Promise.all(Array.from({ length: 10 }, (_, i) => pool.code(article(`p${i}`))));
      expect(out.map((c) => c.article.id)).toEqual(Array.from({ length: 10 }, (_, i) => `p${i}`));
    } finally {
      await pool.close();
    }
  });

  it("gives a replacement thread its start-up before the time limit runs (slow start, no false time-outs)", async () => {
    process.env.DYAD_TEST_WORKER_CRASH_ID = "crash";
    process.env.DYAD_TEST_WORKER_START_DELAY_MS = "2500";
    try {
      // Every thread takes 2.5 s to start, longer than the 2 s limit; coding one of these articles takes far less.
      const pool = await CodePool.start(1, { timeoutMs: 2000 });
      try {
        const ids = ["a", "crash", "b", "c"];
        const results = await Promise.allSettled(ids.map((id) => pool.code(article(id))));
        const failed = ids.filter((_, i) => results[i]?.status === "rejected");
        expect(failed).toEqual(["crash"]);
      } finally {
        await pool.close();
      }
    } finally {
      delete process.env.DYAD_TEST_WORKER_CRASH_ID;
      delete process.env.DYAD_TEST_WORKER_START_DELAY_MS;
    }
  }, 60_000);

  it("records a crashing and a hanging article as errors and stores all the others", async () => {
    process.env.DYAD_TEST_WORKER_CRASH_ID = "crash";
    process.env.DYAD_TEST_WORKER_HANG_ID = "hang";
    try {
      const input = join(dir, "in.jsonl");
      const ids = ["a", "b", "crash", "c", "d", "hang", "e", "f", "g", "h"];
      writeFileSync(input, `${ids.map((id) => JSON.stringify(article(id))).join("\n")}\n`);
      const store = await openStore(join(dir, "pool.db"));
      const { CodePool: Pool } = await import("../../src/workers/pool.js");
      const start = Pool.start.bind(Pool);
      // Short timeout so the hanging article is given up on quickly.
      Pool.start = (size: number) => start(size, { timeoutMs: 3000 });
      try {
        const summary = await runIngest({ inputs: [input], store, workers: 2 });
        expect({ ...summary, seconds: 0, bytes: 0 }, JSON.stringify(await store.errors())).toMatchObject({
          inserted: 8,
        });
        expect(summary.errors).toBe(2);
        const errors = await store.errors();
        expect(errors.map((e) => e.input).sort()).toEqual([`${input}:3`, `${input}:6`]);
        expect(errors.find((e) => e.input.endsWith(":6"))?.message).toContain("timed out");
        expect((await store.stats()).articles).toBe(8);
      } finally {
        Pool.start = start;
        await store.close();
      }
    } finally {
      delete process.env.DYAD_TEST_WORKER_CRASH_ID;
      delete process.env.DYAD_TEST_WORKER_HANG_ID;
    }
  }, 60_000);

  it("reads HTML pages on the threads, under the time limit: a page that hangs fails alone", async () => {
    process.env.DYAD_TEST_WORKER_HANG_ID = "stuck.html";
    const pages = join(dir, "pages");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(pages, { recursive: true });
    for (const name of ["a.html", "stuck.html", "b.html"]) {
      writeFileSync(
        join(pages, name),
        `<html><body><article><p>Russia and China met in Beijing on Monday (${name}).</p></article></body></html>`,
      );
    }
    const store = await openStore(join(dir, "pages.db"));
    const { CodePool: Pool } = await import("../../src/workers/pool.js");
    const start = Pool.start.bind(Pool);
    Pool.start = (size: number) => start(size, { timeoutMs: 3000 });
    try {
      const summary = await runIngest({ inputs: [pages], store, workers: 2 });
      expect(summary.inserted).toBe(2);
      const errors = await store.errors();
      expect(errors.map((e) => e.input)).toEqual([join(pages, "stuck.html")]);
      expect(errors[0]?.message).toMatch(/^reading failed: .*timed out/);
    } finally {
      Pool.start = start;
      delete process.env.DYAD_TEST_WORKER_HANG_ID;
      await store.close();
    }
  }, 60_000);
});
