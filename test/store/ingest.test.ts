/**
 * End-to-end ingest through the built binary (worker threads load dist/workers/code-worker.js), including the
 * "nothing lost" test: SIGKILL an ingest midway, rerun it, and every article is stored exactly once.
 * Needs `npm run build` first; skipped with a reason otherwise.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/dyad.js");
const CORPUS = "/work/shared/corpus/news-reuters21578.jsonl";
const built = existsSync(join(ROOT, "dist/workers/code-worker.js")) && existsSync(join(ROOT, "dist/cli/main.js"));
const dir = mkdtempSync(join(tmpdir(), "dyad-ingest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function corpusSlice(n: number, name: string): { path: string; ids: string[] } {
  let lines: string[];
  if (existsSync(CORPUS)) {
    lines = readFileSync(CORPUS, "utf8").split("\n").filter(Boolean).slice(0, n);
  } else {
    lines = Array.from({ length: n }, (_, i) =>
      JSON.stringify({
        id: `gen-${i}`,
        title: `T${i}`,
        date: "2025-01-01",
        text: `Russia met China in Beijing. (${i})`,
      }),
    );
  }
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return { path, ids: lines.map((l) => (JSON.parse(l) as { id: string }).id) };
}

function dyad(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8", timeout: 300_000 });
}

if (!built) console.warn("skipping ingest CLI tests: dist/ is missing, run `npm run build` first");

describe.skipIf(!built)("dyad ingest (built binary)", () => {
  it("stores articles with 2 workers, records bad lines and is idempotent on rerun", () => {
    const { path, ids } = corpusSlice(60, "small.jsonl");
    writeFileSync(path, `${readFileSync(path, "utf8")}{not json\n{"id":"empty","text":"  "}\n`);
    const db = join(dir, "small.db");
    const first = dyad(["ingest", path, "--db", db, "--workers", "2"]);
    expect(first.status, first.stderr).toBe(1);
    expect(first.stderr).toMatch(/60 articles \(60 new, 0 replaced, 0 unchanged\)/);
    expect(first.stderr).toMatch(/2 errors/);
    expect(first.stderr).toMatch(/small\.jsonl:61: .*\[E_JSON\]/);
    const second = dyad(["ingest", path, "--db", db, "--workers", "2"]);
    expect(second.stderr).toMatch(/60 articles \(0 new, 0 replaced, 60 unchanged\)/);
    const sql = new Database(db, { readonly: true });
    expect(sql.prepare("SELECT COUNT(*) AS n FROM articles").get()).toEqual({ n: 60 });
    expect(sql.prepare("SELECT COUNT(*) AS n FROM errors").get()).toEqual({ n: 4 });
    const stored = (sql.prepare("SELECT id FROM articles ORDER BY id").all() as { id: string }[]).map((r) => r.id);
    expect(stored).toEqual([...ids].sort());
    sql.close();
    // A changed article (same id, new text) replaces its rows.
    const changed = readFileSync(path, "utf8").replace(/"text": ?"/, '"text": "CHANGED. ');
    writeFileSync(path, changed);
    const third = dyad(["ingest", path, "--db", db, "--workers", "0", "--no-recluster"]);
    expect(third.stderr).toMatch(/0 new, 1 replaced, 59 unchanged/);
    const forced = dyad(["ingest", path, "--db", db, "--workers", "1", "--force", "--no-recluster"]);
    expect(forced.stderr).toMatch(/0 new, 60 replaced, 0 unchanged/);
    const events = dyad(["events", "--db", db, "--format", "jsonl"]);
    expect(events.status).toBe(0);
  });

  it("bad usage is a clear error", () => {
    const r = dyad(["ingest", "x.jsonl", "--workers", "many"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--workers must be a whole number");
    const d = dyad(["ingest", "x.jsonl", "--date", "2025-02-30"]);
    expect(d.status).toBe(2);
  });

  it("loses nothing when killed with SIGKILL midway and rerun", async () => {
    const { path, ids } = corpusSlice(3000, "big.jsonl");
    const db = join(dir, "killed.db");
    const child = spawn(process.execPath, [BIN, "ingest", path, "--db", db, "--workers", "2", "--batch", "20"], {
      cwd: dir,
      stdio: "ignore",
    });
    const exited = new Promise<void>((r) => child.on("exit", () => r()));
    // Kill once some, but not all, articles are committed.
    let count = 0;
    for (let i = 0; i < 600; i++) {
      await new Promise((r) => setTimeout(r, 50));
      if (!existsSync(db)) continue;
      try {
        const probe = new Database(db, { readonly: true, fileMustExist: true });
        count = (probe.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n;
        probe.close();
      } catch {
        continue; // schema not created yet
      }
      if (count >= 20) break;
    }
    child.kill("SIGKILL");
    await exited;
    expect(count).toBeGreaterThan(0);
    const mid = new Database(db, { readonly: true });
    const partial = (mid.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n;
    mid.close();
    expect(partial).toBeLessThan(ids.length);
    const rerun = dyad(["ingest", path, "--db", db, "--workers", "2"]);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(
      new RegExp(`${ids.length} articles \\(${ids.length - partial} new, 0 replaced, ${partial} unchanged\\)`),
    );
    const sql = new Database(db, { readonly: true });
    const stored = (sql.prepare("SELECT id FROM articles ORDER BY id").all() as { id: string }[]).map((r) => r.id);
    expect(stored).toEqual([...new Set(ids)].sort());
    // Child rows exactly once per article: the counts match what each article row says it holds.
    const check = sql
      .prepare(
        `SELECT (SELECT COUNT(*) FROM events) AS events, (SELECT SUM(n_events) FROM articles) AS expected,
                (SELECT COUNT(*) FROM quotes) AS quotes, (SELECT SUM(n_quotes) FROM articles) AS expected_quotes,
                (SELECT COUNT(*) FROM (SELECT article_id, id FROM entities GROUP BY 1, 2 HAVING COUNT(*) > 1)) AS dup`,
      )
      .get() as { events: number; expected: number; quotes: number; expected_quotes: number; dup: number };
    expect(check.events).toBe(check.expected);
    expect(check.quotes).toBe(check.expected_quotes);
    expect(check.dup).toBe(0);
    expect(sql.prepare("PRAGMA integrity_check").get()).toEqual({ integrity_check: "ok" });
    sql.close();
  }, 300_000);
});
