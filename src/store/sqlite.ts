/**
 * The embedded store: one SQLite file (WAL), written by a single connection. better-sqlite3 is synchronous, which
 * is what a single writer wants: a batch of articles is one transaction, one fsync.
 */
import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import type { CodedArticle } from "../contract.js";
import { DyadError } from "../errors.js";
import { type Row, SqlStore } from "./base.js";
import { CLUSTER_VERSION, type ClusterRow } from "./cluster.js";
import { MIGRATIONS } from "./migrations.js";
import { CHILD_TABLES, type ChildTable, flattenArticle, TABLE_COLUMNS } from "./rows.js";
import type { SaveOptions, SaveOutcome } from "./types.js";

type Statement = Database.Statement;

/**
 * Creates missing parent folders one level at a time. (Node's `mkdirSync(..., { recursive: true })` can spin
 * forever on pseudo file systems such as /proc instead of failing.)
 */
function makeParents(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) mkdirSync(d);
}

export class SqliteStore extends SqlStore {
  readonly kind = "sqlite" as const;
  readonly location: string;
  protected readonly isPostgres = false;
  private readonly db: Database.Database;
  private readonly inserts: Record<ChildTable, Statement>;
  private readonly insertArticle: Statement;
  private readonly lookup: Statement;
  private readonly deletes: Statement[];
  private readonly saveTx: (coded: CodedArticle[], force: boolean) => SaveOutcome[];

  constructor(path: string) {
    super();
    this.location = resolve(path);
    try {
      if (path !== ":memory:") makeParents(dirname(this.location));
      this.db = new Database(path === ":memory:" ? path : this.location);
      this.db.pragma("journal_mode = WAL");
      // NORMAL in WAL mode is durable against process crashes (SIGKILL); only power loss can drop the last commit.
      this.db.pragma("synchronous = NORMAL");
      this.db.pragma("busy_timeout = 10000");
      this.db.pragma("foreign_keys = OFF");
      this.migrate();
    } catch (error) {
      if (error instanceof DyadError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new DyadError("E_DB", `cannot open SQLite database '${path}': ${message}`, { cause: error });
    }
    this.inserts = {} as Record<ChildTable, Statement>;
    for (const table of CHILD_TABLES) {
      const cols = TABLE_COLUMNS[table];
      this.inserts[table] = this.db.prepare(
        `INSERT INTO ${table} (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`,
      );
    }
    this.insertArticle = this.db.prepare(
      `INSERT INTO articles (id, hash, title, date, source, url, text, coded, versions, n_events, n_quotes, ingested_at)
       VALUES (@id, @hash, @title, @date, @source, @url, @text, @coded, @versions, @n_events, @n_quotes, @ingested_at)`,
    );
    this.lookup = this.db.prepare("SELECT hash, versions FROM articles WHERE id = ?");
    this.deletes = [...CHILD_TABLES, "articles" as const].map((t) =>
      this.db.prepare(`DELETE FROM ${t} WHERE ${t === "articles" ? "id" : "article_id"} = ?`),
    );
    this.saveTx = this.db.transaction((list: CodedArticle[], force: boolean) =>
      list.map((coded) => this.saveOne(coded, force)),
    );
  }

  private migrate(): void {
    this.db.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    const applied = new Set(
      (this.db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map((r) => r.version),
    );
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
      this.db.transaction(() => {
        this.db.exec(m.sqlite);
        this.db
          .prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")
          .run(m.version, m.name, new Date().toISOString());
      })();
    }
  }

  private saveOne(coded: CodedArticle, force: boolean): SaveOutcome {
    const flat = flattenArticle(coded);
    const id = flat.article.id;
    const existing = this.lookup.get(id) as { hash: string; versions: string } | undefined;
    if (!force && existing && existing.hash === flat.article.hash && existing.versions === flat.article.versions) {
      return "unchanged";
    }
    if (existing) for (const del of this.deletes) del.run(id);
    this.insertArticle.run({ ...flat.article, ingested_at: new Date().toISOString() });
    for (const table of CHILD_TABLES) {
      const stmt = this.inserts[table];
      for (const row of flat.rows[table]) stmt.run(row);
    }
    return existing ? "replaced" : "inserted";
  }

  async saveArticles(coded: CodedArticle[], options: SaveOptions = {}): Promise<SaveOutcome[]> {
    try {
      return this.saveTx(coded, options.force === true);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new DyadError("E_DB", `cannot save to '${this.location}': ${message}`, { cause: error });
    }
  }

  async recordError(input: string, code: string, message: string): Promise<void> {
    this.db
      .prepare("INSERT INTO errors (input, code, message, at) VALUES (?, ?, ?, ?)")
      .run(input, code, message, new Date().toISOString());
  }

  protected async all(sql: string, params: unknown[]): Promise<Row[]> {
    return this.db.prepare(sql).all(...params) as Row[];
  }

  protected async writeClusters(clusters: ClusterRow[], assignments: [number, string][]): Promise<void> {
    const insert = this.db.prepare(
      `INSERT INTO clusters (id, version, source_actor, target_actor, root, code, date, articles, sources, mentions,
        example_seq) VALUES (@id, @version, @source_actor, @target_actor, @root, @code, @date, @articles, @sources,
        @mentions, @example_seq)`,
    );
    // Every event read gets an assignment, so only changed ones are written (a re-run on unchanged data writes
    // almost nothing); events saved after the read keep NULL until the next recluster.
    const assign = this.db.prepare("UPDATE events SET cluster_id = ? WHERE seq = ? AND cluster_id IS NOT ?");
    this.db.transaction(() => {
      this.db.exec("DELETE FROM clusters");
      for (const c of clusters) insert.run({ ...c, version: CLUSTER_VERSION });
      for (const [seq, id] of assignments) assign.run(id, seq, id);
      this.db
        .prepare(
          "INSERT INTO meta (key, value) VALUES ('cluster_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        )
        .run(CLUSTER_VERSION);
    })();
  }

  protected override async *clusterRows(): AsyncGenerator<Row> {
    // One sorted pass; the cursor is finished before writeClusters writes on this connection.
    const stmt = this.db.prepare(`${SqlStore.CLUSTER_SELECT} ORDER BY ${SqlStore.CLUSTER_KEY}`);
    yield* stmt.iterate() as IterableIterator<Row>;
  }

  /** Runs a statement directly (benchmarks and tests fill synthetic data this way). */
  exec(sql: string): void {
    this.db.exec(sql);
  }

  get raw(): Database.Database {
    return this.db;
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // Keep the WAL small for the next opener and fold it into the main file.
    try {
      this.db.pragma("wal_checkpoint(TRUNCATE)");
    } catch {
      // another connection may hold the WAL; the checkpoint happens later
    }
    this.db.close();
  }
}
