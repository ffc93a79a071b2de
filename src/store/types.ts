/**
 * The store interface: one contract for the embedded SQLite backend and the PostgreSQL backend, used by the
 * CLI query commands, the HTTP API and the web UI. All methods are async so both backends fit.
 */
import type { Certainty, CodedArticle, CodedEvent, Quote } from "../contract.js";

export type SaveOutcome = "inserted" | "unchanged" | "replaced";

export interface EventQuery {
  /** Actor code prefix of the source, e.g. "CHN" or "CHNGOV". */
  source?: string;
  /** Actor code prefix of the target. */
  target?: string;
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
  /** CAMEO code prefix, e.g. "07" or "072". */
  code?: string;
  certainty?: Certainty;
  article?: string;
  limit?: number;
  offset?: number;
  /** Keyset paging for exports: only events with seq greater than this, in seq order. */
  afterSeq?: number;
}

export interface StoredEvent extends CodedEvent {
  article_id: string;
  article_title: string | null;
  article_source: string | null;
  /** The sentence that carries the event (evidence). */
  sentence_text: string;
  /** Dedup cluster the event belongs to, when clustering has run. */
  cluster_id: string | null;
  /** Store-wide event number (stable while the event's article is unchanged); GDELT GLOBALEVENTID on export. */
  seq?: number;
  article_url?: string | null;
  article_date?: string | null;
  /** Canonical entity names and roles of the participants, when resolved. */
  source_name?: string | null;
  target_name?: string | null;
  source_role?: string | null;
  target_role?: string | null;
  /** Country part of each actor code (entity country, else the code's first three letters). */
  source_country?: string | null;
  target_country?: string | null;
  /** The cluster's counts (GDELT NumArticles / NumSources / NumMentions) when clustering has run. */
  cluster_articles?: number | null;
  cluster_sources?: number | null;
  cluster_mentions?: number | null;
}

export interface StoredQuote extends Quote {
  article_id: string;
  article_title: string | null;
  /** Canonical name of the speaker entity, when resolved. */
  speaker_name: string | null;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  events: number;
  quotes: number;
}

export interface ArticleQuery {
  /** Full-text search over article text. */
  q?: string;
  limit?: number;
  offset?: number;
}

export interface QuoteQuery {
  /** Substring of the speaker's name or mention. */
  speaker?: string;
  /** Full-text search over quote content. */
  q?: string;
  limit?: number;
  offset?: number;
}

export interface EntitySummary {
  name: string;
  actor: string | null;
  kind: string;
  articles: number;
  mentions: number;
}

export type Period = "day" | "week" | "month";

export interface SeriesRow {
  /** Period start, ISO date. */
  period: string;
  quad: 1 | 2 | 3 | 4;
  events: number;
  goldstein_sum: number;
  goldstein_mean: number;
}

export interface SeriesQuery {
  /** Country or full actor code prefixes of the pair; both directions are counted unless `directed`. */
  a: string;
  b: string;
  by: Period;
  from?: string;
  to?: string;
  directed?: boolean;
  certainty?: Certainty;
}

export interface NetworkQuery {
  from?: string;
  to?: string;
  /** Minimum event count for an edge. */
  minEvents?: number;
  /** Group actors by "country" (CHN) or full "actor" code (CHNGOV). */
  level?: "country" | "actor";
  quad?: 1 | 2 | 3 | 4;
}

export interface Network {
  nodes: { id: string; events: number }[];
  edges: { source: string; target: string; events: number; goldstein_mean: number }[];
}

/** A deduplicated event across articles (GDELT NumArticles/NumSources/NumMentions analogue). */
export interface EventCluster {
  id: string;
  source_actor: string | null;
  target_actor: string | null;
  root: string;
  code: string;
  date: string | null;
  articles: number;
  sources: number;
  mentions: number;
  /** One representative event with its evidence. */
  example: StoredEvent;
}

export interface ClusterQuery extends EventQuery {
  minSources?: number;
}

export interface StoreStats {
  articles: number;
  events: number;
  quotes: number;
  errors: number;
}

export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** Stores a coded article; same content hash → "unchanged", changed content for the same id → "replaced". */
  saveArticle(coded: CodedArticle): Promise<SaveOutcome>;
  /** Records an input that could not be coded, so a run's failures are queryable. */
  recordError(input: string, code: string, message: string): Promise<void>;
  getArticle(id: string): Promise<CodedArticle | null>;
  listArticles(query: ArticleQuery): Promise<ArticleSummary[]>;
  events(query: EventQuery): Promise<StoredEvent[]>;
  quotes(query: QuoteQuery): Promise<StoredQuote[]>;
  entities(query: { q?: string; limit?: number }): Promise<EntitySummary[]>;
  dyadSeries(query: SeriesQuery): Promise<SeriesRow[]>;
  network(query: NetworkQuery): Promise<Network>;
  /** Recomputes dedup clusters from all stored events; returns the number of clusters. */
  recluster(): Promise<number>;
  clusters(query: ClusterQuery): Promise<EventCluster[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

export interface SaveOptions {
  /** Replace stored rows even when hash and pipeline versions match (re-code after a pipeline fix). */
  force?: boolean;
}

/** What the store knows about an article already, so ingest can skip coding unchanged input. */
export interface StoredVersion {
  hash: string;
  /** Pipeline versions (sorted JSON) the stored rows were coded with. */
  versions: string;
}

export interface ErrorRow {
  id: number;
  input: string;
  code: string;
  message: string;
  at: string;
}

/** The full store as the backends implement it: `Store` plus what ingest, workers and exports need. */
export interface DyadStore extends Store {
  /** Where the store lives (file path or URL without password). */
  readonly location: string;
  /** Saves several coded articles; each article is its own all-or-nothing unit, SQLite commits them together. */
  saveArticles(coded: CodedArticle[], options?: SaveOptions): Promise<SaveOutcome[]>;
  storedVersions(ids: string[]): Promise<Map<string, StoredVersion>>;
  /** All matching events in seq order, fetched page by page (for exports of any size). */
  iterateEvents(query: EventQuery, pageSize?: number): AsyncGenerator<StoredEvent>;
  errors(limit?: number): Promise<ErrorRow[]>;
}
