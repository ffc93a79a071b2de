/**
 * Query logic shared by the SQLite and PostgreSQL stores. The schema is the same in both (src/store/migrations.ts),
 * so only placeholders, case-insensitive matching, full-text search and week truncation differ; those sit behind
 * the small `dialect` hooks. Writes (transactions) are backend-specific and live in the subclasses.
 */
import type { CodedArticle, Span } from "../contract.js";
import { CLUSTER_VERSION, Clusterer, type ClusterInput, type ClusterRow } from "./cluster.js";
import { decodeCoded } from "./rows.js";
import type {
  ArticleQuery,
  ArticleSummary,
  ClusterQuery,
  DyadStore,
  EntitySummary,
  ErrorRow,
  EventCluster,
  EventQuery,
  Network,
  NetworkQuery,
  QuoteQuery,
  SaveOptions,
  SaveOutcome,
  SeriesQuery,
  SeriesRow,
  StoredEvent,
  StoredQuote,
  StoredVersion,
  StoreStats,
} from "./types.js";

export type Row = Record<string, unknown>;

/** Collects parameters and renders placeholders for one dialect. */
export class Params {
  readonly values: unknown[] = [];
  constructor(private readonly postgres: boolean) {}
  p(value: unknown): string {
    this.values.push(value);
    return this.postgres ? `$${this.values.length}` : "?";
  }
}

/** Upper bound for a prefix range: every string starting with `prefix` sorts below it (C/binary collation). */
export function prefixEnd(prefix: string): string {
  return `${prefix}\uffff`;
}

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 100_000;

function limitOf(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit)));
}

function num(v: unknown): number {
  return typeof v === "number" ? v : Number(v);
}

function numOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : num(v);
}

function str(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

const withEntity = (span: Span | null, entity: string | null) => (span ? { ...span, entity } : null);

/** The span stored in a row's `<prefix>_start`, `_end` and `_text` columns (the reverse of rows.ts spanCells). */
function spanOfRow(r: Row, prefix: string): Span | null {
  const start = r[`${prefix}_start`];
  if (start === null || start === undefined) return null;
  return { start: num(start), end: num(r[`${prefix}_end`]), text: String(r[`${prefix}_text`]) };
}

/** Words of a user query as an FTS5 expression that cannot be a syntax error (each word quoted, AND-ed). */
export function fts5Query(q: string): string {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(" ");
}

export abstract class SqlStore implements DyadStore {
  abstract readonly kind: "sqlite" | "postgres";
  abstract readonly location: string;
  protected abstract readonly isPostgres: boolean;

  protected abstract all(sql: string, params: unknown[]): Promise<Row[]>;
  abstract saveArticles(coded: CodedArticle[], options?: SaveOptions): Promise<SaveOutcome[]>;
  abstract recordError(input: string, code: string, message: string): Promise<void>;
  /** Replaces all clusters and event assignments in one transaction. */
  protected abstract writeClusters(clusters: ClusterRow[], assignments: [number, string][]): Promise<void>;
  abstract close(): Promise<void>;

  protected params(): Params {
    return new Params(this.isPostgres);
  }

  protected get like(): string {
    return this.isPostgres ? "ILIKE" : "LIKE";
  }

  async saveArticle(coded: CodedArticle): Promise<SaveOutcome> {
    const [outcome] = await this.saveArticles([coded]);
    return outcome as SaveOutcome;
  }

  async storedVersions(ids: string[]): Promise<Map<string, StoredVersion>> {
    const out = new Map<string, StoredVersion>();
    for (let i = 0; i < ids.length; i += 500) {
      const p = this.params();
      const chunk = ids.slice(i, i + 500);
      const rows = await this.all(
        `SELECT id, hash, versions FROM articles WHERE id IN (${chunk.map((id) => p.p(id)).join(",")})`,
        p.values,
      );
      for (const r of rows) out.set(String(r.id), { hash: String(r.hash), versions: String(r.versions) });
    }
    return out;
  }

  async getArticle(id: string): Promise<CodedArticle | null> {
    const p = this.params();
    const rows = await this.all(`SELECT text, coded FROM articles WHERE id = ${p.p(id)}`, p.values);
    const row = rows[0];
    if (!row) return null;
    const rest = decodeCoded(row.coded) as Omit<CodedArticle, "text">;
    // Rebuild in contract key order (text after article) so output matches the pipeline's byte for byte.
    const { article, ...others } = rest;
    return { article, text: String(row.text), ...others } as CodedArticle;
  }

  async listArticles(query: ArticleQuery): Promise<ArticleSummary[]> {
    const p = this.params();
    const where: string[] = [];
    if (query.q) {
      if (this.isPostgres) {
        where.push(
          `to_tsvector('english', coalesce(title, '') || ' ' || text) @@ plainto_tsquery('english', ${p.p(query.q)})`,
        );
      } else {
        const expr = fts5Query(query.q);
        if (!expr) return [];
        where.push(`rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${p.p(expr)})`);
      }
    }
    const sql = `SELECT id, title, date, source, url, n_events, n_quotes FROM articles
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY date DESC, id LIMIT ${p.p(limitOf(query.limit))} OFFSET ${p.p(query.offset ?? 0)}`;
    const rows = await this.all(sql, p.values);
    return rows.map((r) => ({
      id: String(r.id),
      title: str(r.title),
      date: str(r.date),
      source: str(r.source),
      url: str(r.url),
      events: num(r.n_events),
      quotes: num(r.n_quotes),
    }));
  }

  /** WHERE clauses for an event query over `events e`. */
  protected eventWhere(query: EventQuery, p: Params, seqs?: number[]): string[] {
    const where: string[] = [];
    const prefix = (col: string, value: string) => {
      where.push(`${col} >= ${p.p(value)} AND ${col} < ${p.p(prefixEnd(value))}`);
    };
    if (query.source) prefix("e.source_actor", query.source.toUpperCase());
    if (query.target) prefix("e.target_actor", query.target.toUpperCase());
    if (query.code) prefix("e.code", query.code);
    if (query.from) where.push(`e.date >= ${p.p(query.from)}`);
    // Dates may carry a time part in imported data; "to" is inclusive of the whole day.
    if (query.to) where.push(`e.date < ${p.p(prefixEnd(query.to))}`);
    if (query.certainty) where.push(`e.certainty = ${p.p(query.certainty)}`);
    if (query.article) where.push(`e.article_id = ${p.p(query.article)}`);
    if (query.afterSeq !== undefined) where.push(`e.seq > ${p.p(query.afterSeq)}`);
    if (seqs) where.push(`e.seq IN (${seqs.map((s) => p.p(s)).join(",") || "NULL"})`);
    return where;
  }

  protected async selectEvents(query: EventQuery, seqs?: number[]): Promise<StoredEvent[]> {
    const p = this.params();
    const where = this.eventWhere(query, p, seqs);
    const order = query.afterSeq !== undefined || seqs ? "e.seq" : "e.date, e.seq";
    const sql = `SELECT e.*, a.title AS article_title, a.source AS article_source, a.url AS article_url,
        a.date AS article_date, se.name AS source_name, te.name AS target_name, se.role AS source_role,
        te.role AS target_role, c.articles AS cluster_articles, c.sources AS cluster_sources,
        c.mentions AS cluster_mentions
      FROM events e JOIN articles a ON a.id = e.article_id
      LEFT JOIN entities se ON se.article_id = e.article_id AND se.id = e.source_entity
      LEFT JOIN entities te ON te.article_id = e.article_id AND te.id = e.target_entity
      LEFT JOIN clusters c ON c.id = e.cluster_id
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY ${order} LIMIT ${p.p(seqs ? seqs.length : limitOf(query.limit))}
      OFFSET ${p.p(seqs ? 0 : (query.offset ?? 0))}`;
    const rows = await this.all(sql, p.values);
    return rows.map(toStoredEvent);
  }

  events(query: EventQuery): Promise<StoredEvent[]> {
    return this.selectEvents(query);
  }

  async *iterateEvents(query: EventQuery, pageSize = 5000): AsyncGenerator<StoredEvent> {
    let after = query.afterSeq ?? 0;
    let remaining = query.limit ?? Number.POSITIVE_INFINITY;
    while (remaining > 0) {
      const page = await this.selectEvents({
        ...query,
        afterSeq: after,
        offset: 0,
        limit: Math.min(pageSize, remaining),
      });
      for (const ev of page) yield ev;
      if (page.length < Math.min(pageSize, remaining)) return;
      remaining -= page.length;
      after = page[page.length - 1]?.seq ?? after;
    }
  }

  async quotes(query: QuoteQuery): Promise<StoredQuote[]> {
    const p = this.params();
    const where: string[] = [];
    if (query.speaker) {
      const pat = `%${query.speaker.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      where.push(
        `(q.speaker_name ${this.like} ${p.p(pat)} ESCAPE '\\' OR q.speaker_text ${this.like} ${p.p(pat)} ESCAPE '\\')`,
      );
    }
    if (query.q) {
      if (this.isPostgres) {
        where.push(`to_tsvector('english', q.content_text) @@ plainto_tsquery('english', ${p.p(query.q)})`);
      } else {
        const expr = fts5Query(query.q);
        if (!expr) return [];
        where.push(
          `q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ${p.p(`content_text : (${expr})`)})`,
        );
      }
    }
    const sql = `SELECT q.*, a.title AS article_title, a.date AS article_date FROM quotes q
      JOIN articles a ON a.id = q.article_id
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY a.date DESC, q.article_id, q.id LIMIT ${p.p(limitOf(query.limit))} OFFSET ${p.p(query.offset ?? 0)}`;
    const rows = await this.all(sql, p.values);
    return rows.map((r) => ({
      id: String(r.id),
      type: String(r.type) as StoredQuote["type"],
      speaker: withEntity(spanOfRow(r, "speaker"), str(r.speaker_entity)),
      cue: spanOfRow(r, "cue"),
      cue_phrase: spanOfRow(r, "cue_phrase"),
      content: JSON.parse(String(r.content_json)),
      certainty: String(r.certainty) as StoredQuote["certainty"],
      negated: num(r.negated) === 1,
      article_id: String(r.article_id),
      article_title: str(r.article_title),
      speaker_name: str(r.speaker_name),
    }));
  }

  async entities(query: { q?: string; limit?: number }): Promise<EntitySummary[]> {
    const p = this.params();
    const where = query.q
      ? `WHERE name ${this.like} ${p.p(`%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`)} ESCAPE '\\'`
      : "";
    const rows = await this.all(
      `SELECT name, actor, kind, COUNT(DISTINCT article_id) AS articles, SUM(n_mentions) AS mentions
       FROM entities ${where} GROUP BY name, actor, kind ORDER BY mentions DESC, name LIMIT ${p.p(limitOf(query.limit))}`,
      p.values,
    );
    return rows.map((r) => ({
      name: String(r.name),
      actor: str(r.actor),
      kind: String(r.kind),
      articles: num(r.articles),
      mentions: num(r.mentions),
    }));
  }

  protected bucket(by: SeriesQuery["by"]): string {
    const day = "substr(date, 1, 10)";
    if (by === "day") return day;
    if (by === "month") return "substr(date, 1, 7) || '-01'";
    if (this.isPostgres) return `to_char(date_trunc('week', ${day}::date), 'YYYY-MM-DD')`;
    // ISO weeks start on Monday; %w is 0 for Sunday.
    return `date(${day}, '-' || ((CAST(strftime('%w', ${day}) AS INTEGER) + 6) % 7) || ' days')`;
  }

  async dyadSeries(query: SeriesQuery): Promise<SeriesRow[]> {
    if (!["day", "week", "month"].includes(query.by)) throw new Error(`unknown period '${query.by}'`);
    const p = this.params();
    const a = query.a.toUpperCase();
    const b = query.b.toUpperCase();
    const branch = (src: string, tgt: string) => {
      const where = [
        `source_actor >= ${p.p(src)} AND source_actor < ${p.p(prefixEnd(src))}`,
        `target_actor >= ${p.p(tgt)} AND target_actor < ${p.p(prefixEnd(tgt))}`,
        "date IS NOT NULL",
      ];
      if (query.from) where.push(`date >= ${p.p(query.from)}`);
      if (query.to) where.push(`date < ${p.p(prefixEnd(query.to))}`);
      if (query.certainty) where.push(`certainty = ${p.p(query.certainty)}`);
      return `SELECT date, quad, goldstein FROM events WHERE ${where.join(" AND ")}`;
    };
    // Undirected pairs are the union of both directions; a pair with itself has only one direction to count.
    const body = query.directed || a === b ? branch(a, b) : `${branch(a, b)} UNION ALL ${branch(b, a)}`;
    const rows = await this.all(
      `SELECT ${this.bucket(query.by)} AS period, quad, COUNT(*) AS events, COALESCE(SUM(goldstein), 0) AS gsum,
         AVG(goldstein) AS gmean
       FROM (${body}) x GROUP BY 1, quad ORDER BY 1, quad`,
      p.values,
    );
    return rows.map((r) => ({
      period: String(r.period),
      quad: num(r.quad) as SeriesRow["quad"],
      events: num(r.events),
      goldstein_sum: num(r.gsum),
      goldstein_mean: r.gmean === null ? 0 : num(r.gmean),
    }));
  }

  async network(query: NetworkQuery): Promise<Network> {
    const p = this.params();
    const level = query.level ?? "country";
    const src = level === "country" ? "COALESCE(source_cc, source_actor)" : "source_actor";
    const tgt = level === "country" ? "COALESCE(target_cc, target_actor)" : "target_actor";
    const where = ["source_actor IS NOT NULL", "target_actor IS NOT NULL"];
    if (query.from) where.push(`date >= ${p.p(query.from)}`);
    if (query.to) where.push(`date < ${p.p(prefixEnd(query.to))}`);
    if (query.quad) where.push(`quad = ${p.p(query.quad)}`);
    const rows = await this.all(
      `SELECT ${src} AS s, ${tgt} AS t, COUNT(*) AS n, AVG(goldstein) AS g FROM events
       WHERE ${where.join(" AND ")} GROUP BY 1, 2 HAVING COUNT(*) >= ${p.p(query.minEvents ?? 1)}
       ORDER BY n DESC, s, t`,
      p.values,
    );
    const edges = rows.map((r) => ({
      source: String(r.s),
      target: String(r.t),
      events: num(r.n),
      goldstein_mean: r.g === null ? 0 : num(r.g),
    }));
    const nodes = new Map<string, number>();
    for (const e of edges) {
      nodes.set(e.source, (nodes.get(e.source) ?? 0) + e.events);
      if (e.target !== e.source) nodes.set(e.target, (nodes.get(e.target) ?? 0) + e.events);
    }
    return {
      nodes: [...nodes.entries()].map(([id, events]) => ({ id, events })).sort((x, y) => y.events - x.events),
      edges,
    };
  }

  /** Columns the clusterer reads, in group order (source actor, target actor, root). */
  protected static readonly CLUSTER_SELECT = `SELECT e.seq, e.article_id, e.id, a.source, e.date, e.code, e.root,
      e.source_actor, e.target_actor, e.trigger_text, e.sentence_text, e.source_text, e.target_text
    FROM events e JOIN articles a ON a.id = e.article_id`;
  protected static readonly CLUSTER_KEY = "COALESCE(e.source_actor, ''), COALESCE(e.target_actor, ''), e.root, e.seq";

  /**
   * Events for clustering in group order. This default pages on (group key, seq) so memory stays bounded by the
   * page size; SQLite overrides it with one streaming cursor.
   */
  protected async *clusterRows(): AsyncGenerator<Row> {
    const pageSize = 20_000;
    let last: Row | null = null;
    for (;;) {
      const p = this.params();
      const key = SqlStore.CLUSTER_KEY;
      const cond = last
        ? `WHERE (${key}) > (${p.p(last.source_actor ?? "")}, ${p.p(last.target_actor ?? "")}, ${p.p(last.root)}, ${p.p(last.seq)})`
        : "";
      const rows = await this.all(
        `${SqlStore.CLUSTER_SELECT} ${cond} ORDER BY ${key} LIMIT ${p.p(pageSize)}`,
        p.values,
      );
      yield* rows;
      if (rows.length < pageSize) return;
      last = rows[rows.length - 1] ?? null;
    }
  }

  async recluster(): Promise<number> {
    const clusterer = new Clusterer();
    for await (const r of this.clusterRows()) {
      const input: ClusterInput = {
        seq: num(r.seq),
        article_id: String(r.article_id),
        event_id: String(r.id),
        article_source: str(r.source),
        date: str(r.date),
        code: String(r.code),
        root: String(r.root),
        source_actor: str(r.source_actor),
        target_actor: str(r.target_actor),
        trigger_text: String(r.trigger_text),
        sentence_text: String(r.sentence_text),
        source_text: str(r.source_text),
        target_text: str(r.target_text),
      };
      clusterer.add(input);
    }
    const { clusters, assignments } = clusterer.finish();
    await this.writeClusters(clusters, assignments);
    return clusters.length;
  }

  async clusters(query: ClusterQuery): Promise<EventCluster[]> {
    const p = this.params();
    const where: string[] = [];
    const prefix = (col: string, value: string) => {
      where.push(`${col} >= ${p.p(value)} AND ${col} < ${p.p(prefixEnd(value))}`);
    };
    if (query.source) prefix("source_actor", query.source.toUpperCase());
    if (query.target) prefix("target_actor", query.target.toUpperCase());
    if (query.code) prefix("code", query.code);
    if (query.from) where.push(`date >= ${p.p(query.from)}`);
    if (query.to) where.push(`date < ${p.p(prefixEnd(query.to))}`);
    if (query.minSources) where.push(`sources >= ${p.p(query.minSources)}`);
    const rows = await this.all(
      `SELECT * FROM clusters ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY sources DESC, articles DESC, date, id LIMIT ${p.p(limitOf(query.limit))} OFFSET ${p.p(query.offset ?? 0)}`,
      p.values,
    );
    const examples = new Map<number, StoredEvent>();
    const seqs = rows.map((r) => num(r.example_seq));
    for (let i = 0; i < seqs.length; i += 500) {
      for (const ev of await this.selectEvents({}, seqs.slice(i, i + 500))) examples.set(ev.seq as number, ev);
    }
    const out: EventCluster[] = [];
    for (const r of rows) {
      const example = examples.get(num(r.example_seq));
      if (!example) continue; // the example's article was replaced after clustering; recluster fixes it
      out.push({
        id: String(r.id),
        source_actor: str(r.source_actor),
        target_actor: str(r.target_actor),
        root: String(r.root),
        code: String(r.code),
        date: str(r.date),
        articles: num(r.articles),
        sources: num(r.sources),
        mentions: num(r.mentions),
        example,
      });
    }
    return out;
  }

  async stats(): Promise<StoreStats> {
    const rows = await this.all(
      `SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM events) AS events,
        (SELECT COUNT(*) FROM quotes) AS quotes, (SELECT COUNT(*) FROM errors) AS errors`,
      [],
    );
    const r = rows[0] ?? {};
    return { articles: num(r.articles), events: num(r.events), quotes: num(r.quotes), errors: num(r.errors) };
  }

  async errors(limit = 100): Promise<ErrorRow[]> {
    const p = this.params();
    const rows = await this.all(`SELECT * FROM errors ORDER BY id LIMIT ${p.p(limit)}`, p.values);
    return rows.map((r) => ({
      id: num(r.id),
      input: String(r.input),
      code: String(r.code),
      message: String(r.message),
      at: String(r.at),
    }));
  }

  /** The cluster rule set the stored clusters were computed with, or null before the first recluster. */
  async clusterVersion(): Promise<string | null> {
    const rows = await this.all("SELECT value FROM meta WHERE key = 'cluster_version'", []);
    return rows[0] ? String(rows[0].value) : null;
  }
}

export { CLUSTER_VERSION };

function actorRef(r: Row, side: "source" | "target"): StoredEvent["source"] {
  const start = r[`${side}_start`];
  if (start === null || start === undefined) return null;
  return {
    start: num(start),
    end: num(r[`${side}_end`]),
    text: String(r[`${side}_text`]),
    entity: str(r[`${side}_entity`]),
    actor: str(r[`${side}_actor`]),
  };
}

export function toStoredEvent(r: Row): StoredEvent {
  return {
    id: String(r.id),
    code: String(r.code),
    name: String(r.name),
    plover: str(r.plover),
    goldstein: numOrNull(r.goldstein),
    quad: num(r.quad) as StoredEvent["quad"],
    source: actorRef(r, "source"),
    target: actorRef(r, "target"),
    trigger: { start: num(r.trigger_start), end: num(r.trigger_end), text: String(r.trigger_text) },
    sentence: num(r.sentence),
    date: str(r.date),
    asserted_by: JSON.parse(String(r.asserted_by)) as string[],
    certainty: String(r.certainty) as StoredEvent["certainty"],
    negated: num(r.negated) === 1,
    rule: String(r.rule),
    article_id: String(r.article_id),
    article_title: str(r.article_title),
    article_source: str(r.article_source),
    sentence_text: String(r.sentence_text),
    cluster_id: str(r.cluster_id),
    seq: num(r.seq),
    article_url: str(r.article_url),
    article_date: str(r.article_date),
    source_name: str(r.source_name),
    target_name: str(r.target_name),
    source_role: str(r.source_role),
    target_role: str(r.target_role),
    source_country: str(r.source_cc),
    target_country: str(r.target_cc),
    cluster_articles: numOrNull(r.cluster_articles),
    cluster_sources: numOrNull(r.cluster_sources),
    cluster_mentions: numOrNull(r.cluster_mentions),
  };
}
