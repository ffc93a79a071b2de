/**
 * Store benchmarks (`node dist/bench/store-bench.js`):
 *  1. ingest of the shared corpus (all .jsonl except news-politics-subset.jsonl, which repeats the others) into
 *     SQLite with the worker pool, and into PostgreSQL through the pg-boss queue with 1 and 2 coding threads;
 *  2. a synthetic store of 1M events: dyad-by-month query latency (goal < 1 s) on SQLite and PostgreSQL;
 *  3. database size per 1,000 articles.
 * Prints a Markdown block; `--write` replaces the store block in docs/benchmarks.md.
 *
 * Options: --limit N (first N articles per run), --events N (synthetic size), --skip-pg, --skip-ingest, --write,
 * --pg URL (admin URL; default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { REPO_ROOT, sharedDir } from "../eval/shared.js";
import { openStore } from "../store/index.js";
import type { SqliteStore } from "../store/sqlite.js";
import type { DyadStore } from "../store/types.js";
import { runIngest } from "../workers/ingest-run.js";
import { readArticles } from "../workers/inputs.js";
import { enqueueArticles, runQueueWorker, startBoss } from "../workers/queue.js";

interface IngestResult {
  name: string;
  articles: number;
  events: number;
  seconds: number;
  mb: number;
  sizeMbPer1k: number;
}

interface QueryResult {
  backend: string;
  events: number;
  fillSeconds: number;
  query: string;
  coldMs: number;
  warmMs: number;
  rows: number;
}

function corpusFiles(): string[] {
  const dir = join(sharedDir(), "corpus");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl") && !f.includes("subset"))
    .sort()
    .map((f) => join(dir, f));
}

/** The first `limit` lines across the corpus files, written to a temp JSONL (so every run reads the same input). */
function corpusInput(dir: string, limit: number): string[] {
  const files = corpusFiles();
  if (!Number.isFinite(limit)) return files;
  const lines: string[] = [];
  for (const f of files) {
    for (const line of readFileSync(f, "utf8").split("\n")) {
      if (line.trim() && lines.length < limit) lines.push(line);
    }
  }
  const path = join(dir, "input.jsonl");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return [path];
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function withPgDb<T>(adminUrl: string, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `dyad_bench_${Date.now().toString(36)}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

async function pgSizeMb(store: DyadStore): Promise<number> {
  const rows = await (store as unknown as { pool: pg.Pool }).pool.query(
    // Dyad's own tables with their indexes and TOAST; the queue's tables and the empty database are not counted.
    "SELECT SUM(pg_total_relation_size(c.oid)) AS s FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'",
  );
  return Number(rows.rows[0].s) / 1e6;
}

async function benchSqliteIngest(inputs: string[], dir: string, workers: number): Promise<IngestResult> {
  const path = join(dir, `ingest-${workers}.db`);
  const store = await openStore(path);
  const s = await runIngest({ inputs, store, workers });
  await store.close();
  const size = ["", "-wal"].reduce((sum, ext) => {
    try {
      return sum + statSync(path + ext).size;
    } catch {
      return sum;
    }
  }, 0);
  return {
    name: `SQLite, dyad ingest --workers ${workers}`,
    articles: s.read,
    events: s.events,
    seconds: s.seconds,
    mb: s.bytes / 1e6,
    sizeMbPer1k: size / 1e6 / (s.read / 1000),
  };
}

async function benchPgQueue(inputs: string[], adminUrl: string, threads: number): Promise<IngestResult> {
  return withPgDb(adminUrl, async (url) => {
    const store = await openStore(url, { poolSize: threads * 2 + 2 });
    const boss = await startBoss(url);
    try {
      let batch: { article: import("../ingest/types.js").Article; where: string }[] = [];
      for await (const item of readArticles(inputs)) {
        if (item.kind !== "article") continue;
        batch.push({ article: item.article, where: item.location.input });
        if (batch.length >= 500) {
          await enqueueArticles(boss, batch);
          batch = [];
        }
      }
      await enqueueArticles(boss, batch);
      // Timed from here: the queue is full, as when workers start on a backlog.
      const s = await runQueueWorker({ boss, store, concurrency: threads, once: true, pollMs: 200 });
      const size = await pgSizeMb(store);
      return {
        name: `PostgreSQL, dyad worker --concurrency ${threads}`,
        articles: s.jobs,
        events: s.events,
        seconds: s.seconds,
        mb: s.bytes / 1e6,
        sizeMbPer1k: size / (s.jobs / 1000),
      };
    } finally {
      await boss.stop({ graceful: false, wait: true }).catch(() => {});
      await store.close();
    }
  });
}

/** Synthetic events: 60 countries × roles, dates over 2015–2024, codes from the 20 CAMEO roots. */
const COUNTRIES =
  "USA CHN RUS GBR FRA DEU JPN IND BRA ZAF NGA EGY ISR IRN IRQ SYR TUR SAU PAK AFG UKR POL ITA ESP CAN MEX ARG COL VEN CUB PRK KOR VNM IDN PHL AUS NZL KEN ETH SDN LBY DZA MAR TUN JOR LBN YEM QAT ARE GRC SRB HUN CZE SWE NOR FIN DNK NLD BEL CHE".split(
    " ",
  );

function syntheticSql(postgres: boolean, events: number, articles: number): string[] {
  const arr = (xs: string[]) => (postgres ? `ARRAY[${xs.map((x) => `'${x}'`).join(",")}]` : "");
  const roles = ["", "GOV", "MIL", "MED", "BUS", "OPP"];
  if (postgres) {
    return [
      `INSERT INTO articles (id, hash, title, date, source, url, text, coded, versions, n_events, n_quotes, ingested_at)
       SELECT 'syn-' || g, md5(g::text), 'Synthetic ' || g, to_char(DATE '2015-01-01' + (g % 3650), 'YYYY-MM-DD'),
         'Source ' || (g % 40), NULL, 'synthetic', '\\x'::bytea, '{}', 0, 0, '' FROM generate_series(0, ${articles - 1}) g`,
      `INSERT INTO events (article_id, id, code, root, name, plover, goldstein, quad, source_actor, source_cc,
         target_actor, target_cc, trigger_start, trigger_end, trigger_text, sentence, sentence_text, date,
         asserted_by, certainty, negated, rule)
       SELECT 'syn-' || (g % ${articles}), 'ev' || g, c, substr(c, 1, 2), 'synthetic', NULL, ((g % 21) - 10)::float,
         1 + (g % 4), sc || sr, sc, tc || tr, tc, 0, 1, 'x', 0, 'x',
         to_char(DATE '2015-01-01' + ((g * 7919) % 3650)::int, 'YYYY-MM-DD'), '[]', 'asserted', 0, 'synthetic'
       FROM (SELECT g, lpad(((g % 20) + 1)::text, 2, '0') || ((g / 20) % 10)::text AS c,
               (${arr(COUNTRIES)})[1 + (CASE WHEN g % 10 < 4 THEN 0 ELSE g % ${COUNTRIES.length} END)] AS sc,
               (${arr(COUNTRIES)})[1 + (CASE WHEN (g / 60) % 10 < 2 THEN 2 ELSE (g / 7) % ${COUNTRIES.length} END)] AS tc,
               (${arr(roles)})[1 + (g % ${roles.length})] AS sr,
               (${arr(roles)})[1 + ((g / 7) % ${roles.length})] AS tr
             FROM generate_series(0::bigint, ${events - 1}) g) s`,
      "ANALYZE",
    ];
  }
  // SQLite: small lookup tables joined to a recursive counter. Skewed like real news: USA is the source of ~40% of
  // events, RUS the target of ~20%, so USA–RUS is a large dyad (~8% of all events).
  const SC = `CASE WHEN g % 10 < 4 THEN 0 ELSE g % ${COUNTRIES.length} END`;
  const TC = `CASE WHEN (g / 60) % 10 < 2 THEN 2 ELSE (g / 7) % ${COUNTRIES.length} END`;
  const values = (xs: string[]) => xs.map((x, i) => `(${i}, '${x}')`).join(",");
  return [
    `CREATE TEMP TABLE syn_c (i INTEGER PRIMARY KEY, c TEXT); INSERT INTO syn_c VALUES ${values(COUNTRIES)};
     CREATE TEMP TABLE syn_r (i INTEGER PRIMARY KEY, r TEXT); INSERT INTO syn_r VALUES ${values(roles)};`,
    `INSERT INTO articles (id, hash, title, date, source, url, text, coded, versions, n_events, n_quotes, ingested_at)
     WITH RECURSIVE n(g) AS (SELECT 0 UNION ALL SELECT g + 1 FROM n WHERE g < ${articles - 1})
     SELECT 'syn-' || g, hex(g), 'Synthetic ' || g, date('2015-01-01', '+' || (g % 3650) || ' days'),
       'Source ' || (g % 40), NULL, 'synthetic', '{}', '{}', 0, 0, '' FROM n`,
    `INSERT INTO events (article_id, id, code, root, name, plover, goldstein, quad, source_actor, source_cc,
       target_actor, target_cc, trigger_start, trigger_end, trigger_text, sentence, sentence_text, date,
       asserted_by, certainty, negated, rule)
     WITH RECURSIVE n(g) AS (SELECT 0 UNION ALL SELECT g + 1 FROM n WHERE g < ${events - 1})
     SELECT 'syn-' || (g % ${articles}), 'ev' || g,
       printf('%02d%d', (g % 20) + 1, (g / 20) % 10), printf('%02d', (g % 20) + 1), 'synthetic', NULL,
       (g % 21) - 10, 1 + (g % 4),
       (SELECT c FROM syn_c WHERE i = ${SC}) || (SELECT r FROM syn_r WHERE i = g % ${roles.length}),
       (SELECT c FROM syn_c WHERE i = ${SC}),
       (SELECT c FROM syn_c WHERE i = ${TC}) || (SELECT r FROM syn_r WHERE i = (g / 7) % ${roles.length}),
       (SELECT c FROM syn_c WHERE i = ${TC}),
       0, 1, 'x', 0, 'x', date('2015-01-01', '+' || ((g * 7919) % 3650) || ' days'), '[]', 'asserted', 0, 'synthetic'
     FROM n`,
    "ANALYZE",
  ];
}

async function timeQueries(store: DyadStore, backend: string, events: number, fillSeconds: number) {
  const out: QueryResult[] = [];
  const cases: [string, () => Promise<number>][] = [
    [
      "dyadSeries(USA, RUS, by month)",
      async () => (await store.dyadSeries({ a: "USA", b: "RUS", by: "month" })).length,
    ],
    [
      "dyadSeries(CHNGOV, USA, by week, 2020)",
      async () =>
        (await store.dyadSeries({ a: "CHNGOV", b: "USA", by: "week", from: "2020-01-01", to: "2020-12-31" })).length,
    ],
    [
      "events(source USA, target RUS, code 1, limit 100)",
      async () => (await store.events({ source: "USA", target: "RUS", code: "1", limit: 100 })).length,
    ],
  ];
  for (const [query, run] of cases) {
    let t = performance.now();
    const rows = await run();
    const coldMs = performance.now() - t;
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      await run();
      warm.push(performance.now() - t);
    }
    warm.sort((a, b) => a - b);
    out.push({ backend, events, fillSeconds, query, coldMs, warmMs: warm[2] as number, rows });
  }
  return out;
}

async function timeRecluster(store: DyadStore, backend: string, events: number, fill: number): Promise<QueryResult> {
  const t = performance.now();
  const n = await store.recluster();
  const ms = performance.now() - t;
  return {
    backend,
    events,
    fillSeconds: fill,
    query: "recluster() (all events)",
    coldMs: ms,
    warmMs: Number.NaN,
    rows: n,
  };
}

async function benchSyntheticSqlite(dir: string, events: number): Promise<QueryResult[]> {
  const path = join(dir, "synthetic.db");
  const store = (await openStore(path)) as SqliteStore;
  const t = performance.now();
  for (const sql of syntheticSql(false, events, Math.ceil(events / 10))) store.exec(sql);
  const fill = (performance.now() - t) / 1000;
  await store.close();
  const reopened = await openStore(path);
  try {
    const results = await timeQueries(reopened, "SQLite", events, fill);
    results.push(await timeRecluster(reopened, "SQLite", events, fill));
    return results;
  } finally {
    await reopened.close();
  }
}

async function benchSyntheticPg(adminUrl: string, events: number): Promise<QueryResult[]> {
  return withPgDb(adminUrl, async (url) => {
    const store = await openStore(url);
    try {
      const pool = (store as unknown as { pool: pg.Pool }).pool;
      const t = performance.now();
      for (const sql of syntheticSql(true, events, Math.ceil(events / 10))) await pool.query(sql);
      const fill = (performance.now() - t) / 1000;
      const results = await timeQueries(store, "PostgreSQL", events, fill);
      results.push(await timeRecluster(store, "PostgreSQL", events, fill));
      return results;
    } finally {
      await store.close();
    }
  });
}

function markdown(ingest: IngestResult[], queries: QueryResult[], note: string): string {
  const lines = [note, ""];
  if (ingest.length) {
    lines.push(
      "| ingest run | articles | events | seconds | articles/s | MB/s (text) | DB MB per 1k articles |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    for (const r of ingest) {
      lines.push(
        `| ${r.name} | ${r.articles} | ${r.events} | ${r.seconds.toFixed(1)} | ${(r.articles / r.seconds).toFixed(1)} | ${(r.mb / r.seconds).toFixed(3)} | ${r.sizeMbPer1k.toFixed(1)} |`,
      );
    }
    lines.push("");
  }
  if (queries.length) {
    lines.push(
      "| synthetic store | events | fill s | query | rows | first run ms | warm median ms |",
      "| --- | ---: | ---: | --- | ---: | ---: | ---: |",
    );
    for (const q of queries) {
      lines.push(
        `| ${q.backend} | ${q.events} | ${q.fillSeconds.toFixed(1)} | ${q.query} | ${q.rows} | ${q.coldMs.toFixed(1)} | ${Number.isNaN(q.warmMs) ? "–" : q.warmMs.toFixed(1)} |`,
      );
    }
  }
  return lines.join("\n");
}

export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      limit: { type: "string" },
      events: { type: "string", default: "1000000" },
      "skip-pg": { type: "boolean", default: false },
      "skip-ingest": { type: "boolean", default: false },
      "skip-synthetic": { type: "boolean", default: false },
      write: { type: "boolean", default: false },
      pg: { type: "string", default: process.env.DYAD_BENCH_PG ?? "postgres://postgres@127.0.0.1:5432/postgres" },
    },
  });
  const limit = values.limit ? Number(values.limit) : Number.POSITIVE_INFINITY;
  const events = Number(values.events);
  const adminUrl = values.pg as string;
  const dir = mkdtempSync(join(tmpdir(), "dyad-store-bench-"));
  const ingest: IngestResult[] = [];
  const queries: QueryResult[] = [];
  let pgOk = !values["skip-pg"];
  if (pgOk) {
    try {
      await adminQuery(adminUrl, "SELECT 1");
    } catch (error) {
      console.error(`store-bench: skipping PostgreSQL (${(error as Error).message})`);
      pgOk = false;
    }
  }
  try {
    const inputs = corpusInput(dir, limit);
    if (!values["skip-ingest"]) {
      const workers = availableParallelism();
      console.error(`store-bench: SQLite ingest, ${workers} workers ...`);
      ingest.push(await benchSqliteIngest(inputs, dir, workers));
      if (pgOk) {
        for (const threads of [1, 2]) {
          console.error(`store-bench: PostgreSQL queue ingest, ${threads} thread(s) ...`);
          ingest.push(await benchPgQueue(inputs, adminUrl, threads));
        }
      }
    }
    if (!values["skip-synthetic"]) {
      console.error(`store-bench: synthetic ${events} events (SQLite) ...`);
      queries.push(...(await benchSyntheticSqlite(dir, events)));
      if (pgOk) {
        console.error(`store-bench: synthetic ${events} events (PostgreSQL) ...`);
        queries.push(...(await benchSyntheticPg(adminUrl, events)));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const note = `Measured ${new Date().toISOString().slice(0, 16)}Z on ${availableParallelism()} × ${cpu}, Node ${process.version}${
    Number.isFinite(limit) ? `, first ${limit} articles` : ", whole corpus (21,110 articles)"
  }.`;
  const md = markdown(ingest, queries, note);
  console.log(md);
  if (values.write) {
    const path = join(REPO_ROOT, "docs", "benchmarks.md");
    const doc = readFileSync(path, "utf8");
    const begin = "<!-- store-bench:begin -->";
    const end = "<!-- store-bench:end -->";
    const i = doc.indexOf(begin);
    const j = doc.indexOf(end);
    if (i >= 0 && j > i) writeFileSync(path, `${doc.slice(0, i + begin.length)}\n${md}\n${doc.slice(j)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
