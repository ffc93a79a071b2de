/**
 * Flattening a CodedArticle into table rows, shared by both backends so SQLite and PostgreSQL store exactly the
 * same thing. The full coded article (minus its text) is also kept as JSON on the article row: `getArticle` must
 * give back exactly what the pipeline produced, while the normalized tables exist for querying.
 */
import { createHash } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { ActorRef, CodedArticle, Span } from "../contract.js";

/** Column lists per table, in insert order. Both dialects create the tables with these names. */
export const TABLE_COLUMNS = {
  entities: ["article_id", "id", "name", "kind", "actor", "country", "role", "n_mentions"],
  mentions: ["article_id", "entity_id", "span_start", "span_end", "span_text", "form"],
  quotes: [
    "article_id",
    "id",
    "type",
    "speaker_entity",
    "speaker_name",
    "speaker_start",
    "speaker_end",
    "speaker_text",
    "cue_start",
    "cue_end",
    "cue_text",
    "cue_phrase_start",
    "cue_phrase_end",
    "cue_phrase_text",
    "content_json",
    "content_text",
    "certainty",
    "negated",
  ],
  attributions: [
    "article_id",
    "id",
    "source_entity",
    "source_start",
    "source_end",
    "source_text",
    "cue_start",
    "cue_end",
    "cue_text",
    "content_json",
    "certainty",
    "negated",
  ],
  events: [
    "article_id",
    "id",
    "code",
    "root",
    "name",
    "plover",
    "goldstein",
    "quad",
    "source_actor",
    "source_cc",
    "source_entity",
    "source_start",
    "source_end",
    "source_text",
    "target_actor",
    "target_cc",
    "target_entity",
    "target_start",
    "target_end",
    "target_text",
    "trigger_start",
    "trigger_end",
    "trigger_text",
    "sentence",
    "sentence_start",
    "sentence_end",
    "sentence_text",
    "date",
    "asserted_by",
    "certainty",
    "negated",
    "rule",
  ],
} as const;

export type ChildTable = keyof typeof TABLE_COLUMNS;
export const CHILD_TABLES = Object.keys(TABLE_COLUMNS) as ChildTable[];

export type Cell = string | number | null;

export interface ArticleRow {
  id: string;
  hash: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  text: string;
  /** CodedArticle without `text`, as deflated JSON (it repeats what the normalized tables hold; ~5× smaller). */
  coded: Buffer;
  versions: string;
  n_events: number;
  n_quotes: number;
}

export interface FlatArticle {
  article: ArticleRow;
  rows: Record<ChildTable, Cell[][]>;
}

/**
 * Content hash of what the pipeline reads (meta + text). Pipeline versions are compared separately, so a newer
 * pipeline re-codes an unchanged article while the same pipeline on the same article changes nothing.
 */
export function contentHash(meta: {
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  text: string;
}): string {
  return createHash("sha256")
    .update(JSON.stringify([meta.title, meta.date, meta.source, meta.url, meta.text]))
    .digest("hex");
}

/**
 * Whether an article is already stored as this pipeline would store it: same content, same pipeline versions
 * (`versions` as `versionsKey` gives them). Ingest and the queue worker skip coding such articles.
 */
export function storedUnchanged(
  stored: { hash: string; versions: string } | undefined,
  versions: string,
  article: Parameters<typeof contentHash>[0],
): boolean {
  return stored?.versions === versions && stored.hash === contentHash(article);
}

export function versionsKey(versions: Record<string, string> | undefined): string {
  if (!versions) return "{}";
  const sorted: Record<string, string> = {};
  for (const key of Object.keys(versions).sort()) sorted[key] = versions[key] as string;
  return JSON.stringify(sorted);
}

const ROLE_CODES = new Set(
  "GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LAB LEG HLH REF ELI AGR ENV IGO NGO NGM MNC UAF SET REL IMG INS RAD MOD CON AMN IRC GRN UIS PKO UNO SEP JEW CHR MOS BUD HIN".split(
    " ",
  ),
);

/** Country part of a CAMEO actor code: its first three letters unless they are a bare role ("MED", "GOV"). */
export function countryOf(actor: string | null, entityCountry: string | null = null): string | null {
  if (entityCountry) return entityCountry;
  if (!actor || actor.length < 3) return null;
  const head = actor.slice(0, 3).toUpperCase();
  return ROLE_CODES.has(head) || !/^[A-Z]{3}$/.test(head) ? null : head;
}

/** Compound actor codes ("CHN+RUS", "USA;GBR", "FRA|DEU") name several actors at once; exports expand them. */
export function splitCompound(actor: string | null): (string | null)[] {
  if (!actor) return [actor];
  const parts = actor
    .split(/[+;|]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return parts.length > 0 ? parts : [actor];
}

function bool(v: boolean): number {
  return v ? 1 : 0;
}

function spanCells(span: Span | null | undefined): Cell[] {
  return span ? [span.start, span.end, span.text] : [null, null, null];
}

function actorCells(ref: ActorRef | null, countries: Map<string, string | null>): Cell[] {
  if (!ref) return [null, null, null, null, null, null];
  const cc = countryOf(ref.actor, ref.entity ? (countries.get(ref.entity) ?? null) : null);
  return [ref.actor, cc, ref.entity, ref.start, ref.end, ref.text];
}

export function flattenArticle(coded: CodedArticle): FlatArticle {
  const { article, text } = coded;
  const hash = contentHash({ ...article, text });
  const { text: _omit, ...rest } = coded;
  const articleRow: ArticleRow = {
    id: article.id,
    hash,
    title: article.title,
    date: article.date,
    source: article.source,
    url: article.url,
    text,
    coded: deflateRawSync(JSON.stringify(rest), { level: 6 }),
    versions: versionsKey(coded.versions),
    n_events: coded.events.length,
    n_quotes: coded.quotes.length,
  };
  const id = article.id;
  const names = new Map<string, string>();
  const countries = new Map<string, string | null>();
  const entities: Cell[][] = [];
  const mentions: Cell[][] = [];
  for (const e of coded.entities) {
    names.set(e.id, e.name);
    countries.set(e.id, e.country);
    entities.push([id, e.id, e.name, e.kind, e.actor, e.country, e.role, e.mentions.length]);
    for (const m of e.mentions) mentions.push([id, e.id, m.start, m.end, m.text, m.form]);
  }
  const quotes = coded.quotes.map((q) => [
    id,
    q.id,
    q.type,
    q.speaker?.entity ?? null,
    q.speaker?.entity ? (names.get(q.speaker.entity) ?? null) : null,
    ...spanCells(q.speaker),
    ...spanCells(q.cue),
    ...spanCells(q.cue_phrase),
    JSON.stringify(q.content),
    q.content.map((c) => c.text).join(" … "),
    q.certainty,
    bool(q.negated),
  ]);
  const attributions = coded.attributions.map((a) => [
    id,
    a.id,
    a.source?.entity ?? null,
    ...spanCells(a.source),
    ...spanCells(a.cue),
    JSON.stringify(a.content),
    a.certainty,
    bool(a.negated),
  ]);
  const events = coded.events.map((ev) => {
    const sentence = coded.sentences[ev.sentence];
    const code = String(ev.code);
    return [
      id,
      ev.id,
      code,
      code.slice(0, 2),
      ev.name,
      ev.plover,
      ev.goldstein,
      ev.quad,
      ...actorCells(ev.source, countries),
      ...actorCells(ev.target, countries),
      ...spanCells(ev.trigger),
      ev.sentence,
      sentence?.start ?? null,
      sentence?.end ?? null,
      sentence ? text.slice(sentence.start, sentence.end) : ev.trigger.text,
      ev.date,
      JSON.stringify(ev.asserted_by),
      ev.certainty,
      bool(ev.negated),
      ev.rule,
    ];
  });
  return { article: articleRow, rows: { entities, mentions, quotes, attributions, events } };
}

/** Reads the `coded` column back (see ArticleRow.coded). */
export function decodeCoded(value: unknown): unknown {
  if (typeof value === "string") return JSON.parse(value);
  return JSON.parse(inflateRawSync(value as Buffer).toString("utf8"));
}
