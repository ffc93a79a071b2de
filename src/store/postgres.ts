/**
 * The PostgreSQL store: same tables and semantics as SQLite, for many writers (queue workers on many machines).
 * Each article is saved in its own transaction under a transaction-scoped advisory lock on its id, so two workers
 * that got the same job (at-least-once delivery) serialize and the second sees "unchanged".
 */
import pg from "pg";
import type { CodedArticle } from "../contract.js";
import { DyadError } from "../errors.js";
import { type Row, SqlStore } from "./base.js";
import { CLUSTER_VERSION, type ClusterRow } from "./cluster.js";
import { MIGRATIONS } from "./migrations.js";
import { type Cell, CHILD_TABLES, flattenArticle, TABLE_COLUMNS } from "./rows.js";
import type { SaveOptions, SaveOutcome } from "./types.js";

/** Arbitrary constant: the advisory lock that serializes schema migrations across processes. */
const MIGRATION_LOCK = 0x0d7ad;
/**
 * Arbitrary constant: the advisory lock that serializes cluster rewrites. Two workers finishing together both
 * recluster; without it the second one's DELETE cannot see the first one's uncommitted rows and its INSERT then
 * fails on their keys.
 */
const CLUSTER_LOCK = 734_002;
/** PostgreSQL's bind-parameter limit is 65535 per statement. */
const MAX_PARAMS = 60_000;

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

export class PostgresStore extends SqlStore {
  readonly kind = "postgres" as const;
  readonly location: string;
  protected readonly isPostgres = true;
  readonly pool: pg.Pool;

  private constructor(
    readonly url: string,
    pool: pg.Pool,
  ) {
    super();
    this.location = redactUrl(url);
    this.pool = pool;
  }

  static async open(url: string, options: { poolSize?: number } = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4 });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on("error", () => {});
    const store = new PostgresStore(url, pool);
    try {
      await store.migrate();
    } catch (error) {
      await pool.end().catch(() => {});
      if (error instanceof DyadError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new DyadError("E_DB", `cannot open PostgreSQL database ${redactUrl(url)}: ${message}`, { cause: error });
    }
    return store;
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
      await client.query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
      );
      const { rows } = await client.query<{ version: number }>("SELECT version FROM schema_migrations");
      const applied = new Set(rows.map((r) => r.version));
      const newest = Math.max(0, ...applied);
      const known = Math.max(0, ...MIGRATIONS.map((m) => m.version));
      if (newest > known) {
        throw new DyadError(
          "E_DB",
          `database schema version ${newest} is newer than this dyad knows (${known}); upgrade dyad to open it`,
        );
      }
      for (const m of MIGRATIONS) {
        if (applied.has(m.version)) continue;
        await client.query("BEGIN");
        try {
          await client.query(m.postgres);
          await client.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", [
            m.version,
            m.name,
            new Date().toISOString(),
          ]);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw error;
        }
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
      client.release();
    }
  }

  protected async all(sql: string, params: unknown[]): Promise<Row[]> {
    const result = await this.pool.query(sql, params);
    return result.rows as Row[];
  }

  async saveArticles(coded: CodedArticle[], options: SaveOptions = {}): Promise<SaveOutcome[]> {
    const out: SaveOutcome[] = [];
    for (const c of coded) out.push(await this.saveOne(c, options.force === true));
    return out;
  }

  private async saveOne(coded: CodedArticle, force: boolean): Promise<SaveOutcome> {
    const flat = flattenArticle(coded);
    const a = flat.article;
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [a.id]);
      const { rows } = await client.query<{ hash: string; versions: string }>(
        "SELECT hash, versions FROM articles WHERE id = $1",
        [a.id],
      );
      const existing = rows[0];
      if (!force && existing && existing.hash === a.hash && existing.versions === a.versions) {
        await client.query("COMMIT");
        return "unchanged";
      }
      if (existing) {
        for (const t of CHILD_TABLES) await client.query(`DELETE FROM ${t} WHERE article_id = $1`, [a.id]);
        await client.query("DELETE FROM articles WHERE id = $1", [a.id]);
      }
      await client.query(
        `INSERT INTO articles (id, hash, title, date, source, url, text, coded, versions, n_events, n_quotes, ingested_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          a.id,
          a.hash,
          a.title,
          a.date,
          a.source,
          a.url,
          a.text,
          a.coded,
          a.versions,
          a.n_events,
          a.n_quotes,
          new Date().toISOString(),
        ],
      );
      for (const t of CHILD_TABLES) await insertRows(client, t, TABLE_COLUMNS[t], flat.rows[t]);
      await client.query("COMMIT");
      return existing ? "replaced" : "inserted";
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      const message = error instanceof Error ? error.message : String(error);
      throw new DyadError("E_DB", `cannot save article '${a.id}' to ${this.location}: ${message}`, { cause: error });
    } finally {
      client.release();
    }
  }

  protected override async *clusterRows(): AsyncGenerator<Row> {
    // A server-side cursor: one sort, rows streamed in pages, memory bounded by the page size.
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN READ ONLY");
      await client.query(
        `DECLARE dyad_cluster_rows NO SCROLL CURSOR FOR ${SqlStore.CLUSTER_SELECT} ORDER BY ${SqlStore.CLUSTER_KEY}`,
      );
      for (;;) {
        const { rows } = await client.query("FETCH 20000 FROM dyad_cluster_rows");
        yield* rows as Row[];
        if (rows.length < 20000) break;
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async recordError(input: string, code: string, message: string): Promise<void> {
    await this.pool.query("INSERT INTO errors (input, code, message, at) VALUES ($1, $2, $3, $4)", [
      input,
      code,
      message,
      new Date().toISOString(),
    ]);
  }

  protected async writeClusters(clusters: ClusterRow[], assignments: [number, string][]): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [CLUSTER_LOCK]);
      await client.query("DELETE FROM clusters");
      const cols = [
        "id",
        "version",
        "source_actor",
        "target_actor",
        "root",
        "code",
        "date",
        "articles",
        "sources",
        "mentions",
        "example_seq",
      ];
      await insertRows(
        client,
        "clusters",
        cols,
        clusters.map((c) => [
          c.id,
          CLUSTER_VERSION,
          c.source_actor,
          c.target_actor,
          c.root,
          c.code,
          c.date,
          c.articles,
          c.sources,
          c.mentions,
          c.example_seq,
        ]),
      );
      for (let i = 0; i < assignments.length; i += 50_000) {
        const chunk = assignments.slice(i, i + 50_000);
        await client.query(
          // Only changed assignments are written (see SqliteStore.writeClusters).
          "UPDATE events e SET cluster_id = v.c FROM unnest($1::bigint[], $2::text[]) AS v(s, c) WHERE e.seq = v.s AND e.cluster_id IS DISTINCT FROM v.c",
          [chunk.map((x) => x[0]), chunk.map((x) => x[1])],
        );
      }
      await client.query(
        "INSERT INTO meta (key, value) VALUES ('cluster_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [CLUSTER_VERSION],
      );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Multi-row INSERTs, chunked under the bind-parameter limit. */
export async function insertRows(
  client: pg.PoolClient | pg.Pool,
  table: string,
  cols: readonly string[],
  rows: Cell[][],
): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / cols.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const values: Cell[] = [];
    const tuples = chunk.map((row) => {
      const start = values.length;
      values.push(...row);
      return `(${row.map((_, k) => `$${start + k + 1}`).join(", ")})`;
    });
    await client.query(`INSERT INTO ${table} (${cols.join(", ")}) VALUES ${tuples.join(", ")}`, values);
  }
}
