/**
 * Versioned schema migrations for both backends. Kept in TypeScript (not .sql files) so they compile into dist/
 * with the code that depends on them. A migration is applied once, inside a transaction, and recorded in
 * `schema_migrations`; never edit an applied migration — append a new one.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

// events_pair covers the dyad series query (pair prefixes, date range, quad, Goldstein) so it never reads rows.
// PostgreSQL text columns that take part in prefix range scans use COLLATE "C" so `col >= 'CHN' AND col <
// 'CHN\uffff'` means "starts with CHN" (byte order) and can use the btree index, as it does in SQLite.
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "initial schema",
    sqlite: `
CREATE TABLE articles (
  id TEXT PRIMARY KEY, hash TEXT NOT NULL, title TEXT, date TEXT, source TEXT, url TEXT, text TEXT NOT NULL,
  coded BLOB NOT NULL, versions TEXT NOT NULL, n_events INTEGER NOT NULL, n_quotes INTEGER NOT NULL,
  ingested_at TEXT NOT NULL);
CREATE INDEX articles_date ON articles(date);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END;
CREATE TABLE entities (article_id TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
  actor TEXT, country TEXT, role TEXT, n_mentions INTEGER NOT NULL, PRIMARY KEY (article_id, id)) WITHOUT ROWID;
CREATE INDEX entities_name ON entities(name);
CREATE TABLE mentions (article_id TEXT NOT NULL, entity_id TEXT NOT NULL, span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL, span_text TEXT NOT NULL, form TEXT NOT NULL);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE TABLE quotes (article_id TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, speaker_entity TEXT,
  speaker_name TEXT, speaker_start INTEGER, speaker_end INTEGER, speaker_text TEXT, cue_start INTEGER,
  cue_end INTEGER, cue_text TEXT, content_json TEXT NOT NULL, content_text TEXT NOT NULL, certainty TEXT NOT NULL,
  negated INTEGER NOT NULL);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE VIRTUAL TABLE quotes_fts USING fts5(content_text, speaker_name, speaker_text, content='quotes',
  content_rowid='rowid');
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, content_text, speaker_name, speaker_text)
  VALUES (new.rowid, new.content_text, new.speaker_name, new.speaker_text); END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, content_text, speaker_name, speaker_text)
  VALUES ('delete', old.rowid, old.content_text, old.speaker_name, old.speaker_text); END;
CREATE TABLE attributions (article_id TEXT NOT NULL, id TEXT NOT NULL, source_entity TEXT, source_start INTEGER,
  source_end INTEGER, source_text TEXT, cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
  content_json TEXT NOT NULL, certainty TEXT NOT NULL, negated INTEGER NOT NULL);
CREATE INDEX attributions_article ON attributions(article_id);
CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, article_id TEXT NOT NULL, id TEXT NOT NULL,
  code TEXT NOT NULL, root TEXT NOT NULL, name TEXT NOT NULL, plover TEXT, goldstein REAL, quad INTEGER NOT NULL,
  source_actor TEXT, source_cc TEXT, source_entity TEXT, source_start INTEGER, source_end INTEGER, source_text TEXT,
  target_actor TEXT, target_cc TEXT, target_entity TEXT, target_start INTEGER, target_end INTEGER, target_text TEXT,
  trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
  sentence INTEGER NOT NULL, sentence_start INTEGER, sentence_end INTEGER, sentence_text TEXT NOT NULL,
  date TEXT, asserted_by TEXT NOT NULL, certainty TEXT NOT NULL, negated INTEGER NOT NULL, rule TEXT NOT NULL,
  cluster_id TEXT);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_pair ON events(source_actor, target_actor, date, quad, goldstein);
CREATE INDEX events_target ON events(target_actor, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_cluster ON events(cluster_id);
CREATE TABLE errors (id INTEGER PRIMARY KEY AUTOINCREMENT, input TEXT NOT NULL, code TEXT NOT NULL,
  message TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE clusters (id TEXT PRIMARY KEY, version TEXT NOT NULL, source_actor TEXT, target_actor TEXT,
  root TEXT NOT NULL, code TEXT NOT NULL, date TEXT, articles INTEGER NOT NULL, sources INTEGER NOT NULL,
  mentions INTEGER NOT NULL, example_seq INTEGER NOT NULL);
CREATE INDEX clusters_pair ON clusters(source_actor, target_actor, date);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`,
    postgres: `
CREATE TABLE articles (
  id TEXT PRIMARY KEY, hash TEXT NOT NULL, title TEXT, date TEXT COLLATE "C", source TEXT, url TEXT,
  text TEXT NOT NULL, coded BYTEA NOT NULL, versions TEXT NOT NULL, n_events INTEGER NOT NULL,
  n_quotes INTEGER NOT NULL, ingested_at TEXT NOT NULL);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_fts ON articles USING gin (to_tsvector('english', coalesce(title, '') || ' ' || text));
CREATE TABLE entities (article_id TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
  actor TEXT COLLATE "C", country TEXT, role TEXT, n_mentions INTEGER NOT NULL, PRIMARY KEY (article_id, id));
CREATE INDEX entities_name ON entities(name);
CREATE TABLE mentions (article_id TEXT NOT NULL, entity_id TEXT NOT NULL, span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL, span_text TEXT NOT NULL, form TEXT NOT NULL);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE TABLE quotes (article_id TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, speaker_entity TEXT,
  speaker_name TEXT, speaker_start INTEGER, speaker_end INTEGER, speaker_text TEXT, cue_start INTEGER,
  cue_end INTEGER, cue_text TEXT, content_json TEXT NOT NULL, content_text TEXT NOT NULL, certainty TEXT NOT NULL,
  negated INTEGER NOT NULL);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_fts ON quotes USING gin (to_tsvector('english', content_text));
CREATE TABLE attributions (article_id TEXT NOT NULL, id TEXT NOT NULL, source_entity TEXT, source_start INTEGER,
  source_end INTEGER, source_text TEXT, cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
  content_json TEXT NOT NULL, certainty TEXT NOT NULL, negated INTEGER NOT NULL);
CREATE INDEX attributions_article ON attributions(article_id);
CREATE TABLE events (seq BIGSERIAL PRIMARY KEY, article_id TEXT NOT NULL, id TEXT NOT NULL,
  code TEXT COLLATE "C" NOT NULL, root TEXT NOT NULL, name TEXT NOT NULL, plover TEXT, goldstein DOUBLE PRECISION,
  quad INTEGER NOT NULL, source_actor TEXT COLLATE "C", source_cc TEXT, source_entity TEXT, source_start INTEGER,
  source_end INTEGER, source_text TEXT, target_actor TEXT COLLATE "C", target_cc TEXT, target_entity TEXT,
  target_start INTEGER, target_end INTEGER, target_text TEXT, trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL, sentence INTEGER NOT NULL, sentence_start INTEGER,
  sentence_end INTEGER, sentence_text TEXT NOT NULL, date TEXT COLLATE "C", asserted_by TEXT NOT NULL,
  certainty TEXT NOT NULL, negated INTEGER NOT NULL, rule TEXT NOT NULL, cluster_id TEXT);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_pair ON events(source_actor, target_actor, date, quad, goldstein);
CREATE INDEX events_target ON events(target_actor, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_cluster ON events(cluster_id);
CREATE TABLE errors (id BIGSERIAL PRIMARY KEY, input TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL,
  at TEXT NOT NULL);
CREATE TABLE clusters (id TEXT PRIMARY KEY, version TEXT NOT NULL, source_actor TEXT COLLATE "C",
  target_actor TEXT COLLATE "C", root TEXT NOT NULL, code TEXT NOT NULL, date TEXT COLLATE "C",
  articles INTEGER NOT NULL, sources INTEGER NOT NULL, mentions INTEGER NOT NULL, example_seq BIGINT NOT NULL);
CREATE INDEX clusters_pair ON clusters(source_actor, target_actor, date);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`,
  },
  {
    // The whole cue phrase ("has also said") beside the head word, for quote lists; null for quotes stored before.
    version: 2,
    name: "quote cue phrases",
    sqlite: `
ALTER TABLE quotes ADD COLUMN cue_phrase_start INTEGER;
ALTER TABLE quotes ADD COLUMN cue_phrase_end INTEGER;
ALTER TABLE quotes ADD COLUMN cue_phrase_text TEXT;
`,
    postgres: `
ALTER TABLE quotes ADD COLUMN cue_phrase_start INTEGER;
ALTER TABLE quotes ADD COLUMN cue_phrase_end INTEGER;
ALTER TABLE quotes ADD COLUMN cue_phrase_text TEXT;
`,
  },
];
