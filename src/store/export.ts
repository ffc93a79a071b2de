/**
 * Event export formats: flat CSV/JSONL, GDELT 2.0 event table rows (61 columns), Phoenix dataset rows and PLOVER
 * JSON records. Compound actor codes ("CHN+RUS") are expanded: one GDELT/Phoenix row per actor combination, and
 * one PLOVER entity object per actor. CAMEO codes are always written as strings ("072", never 72).
 */

import { countryOf, splitCompound } from "./rows.js";
import type { StoredEvent } from "./types.js";

export type ExportFormat = "jsonl" | "csv" | "gdelt" | "phoenix" | "plover";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["jsonl", "csv", "gdelt", "phoenix", "plover"];

/** GDELT 2.0 event table, in file order. */
export const GDELT_COLUMNS = [
  "GLOBALEVENTID",
  "SQLDATE",
  "MonthYear",
  "Year",
  "FractionDate",
  ...actorColumns("Actor1"),
  ...actorColumns("Actor2"),
  "IsRootEvent",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "AvgTone",
  ...geoColumns("Actor1Geo"),
  ...geoColumns("Actor2Geo"),
  ...geoColumns("ActionGeo"),
  "DATEADDED",
  "SOURCEURL",
] as const;

function actorColumns(p: string): string[] {
  return [
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
  ].map((c) => `${p}${c}`);
}

function geoColumns(p: string): string[] {
  return ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map(
    (c) => `${p}_${c}`,
  );
}

export const PHOENIX_COLUMNS = [
  "EventID",
  "Date",
  "Year",
  "Month",
  "Day",
  "SourceActorFull",
  "SourceActorEntity",
  "SourceActorRole",
  "SourceActorAttribute",
  "TargetActorFull",
  "TargetActorEntity",
  "TargetActorRole",
  "TargetActorAttribute",
  "EventCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScore",
  "Issues",
  "Lat",
  "Lon",
  "LocationName",
  "StateName",
  "CountryCode",
  "SentenceID",
  "URLs",
  "NewsSources",
] as const;

export const CSV_COLUMNS = [
  "article_id",
  "event_id",
  "date",
  "code",
  "name",
  "plover",
  "quad",
  "goldstein",
  "source_actor",
  "source_text",
  "source_start",
  "source_end",
  "target_actor",
  "target_text",
  "target_start",
  "target_end",
  "trigger",
  "trigger_start",
  "trigger_end",
  "certainty",
  "negated",
  "asserted_by",
  "cluster_id",
  "article_title",
  "article_source",
  "sentence",
  "article_url",
] as const;

const KNOWN_GROUP_ROLES = new Set(["IGO", "NGO", "NGM", "MNC", "REB", "UAF"]);

function clean(value: string | null | undefined): string {
  // Tabs and newlines would break the TSV layouts.
  return value == null ? "" : value.replace(/[\t\r\n]+/g, " ");
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function dateParts(date: string | null): { y: string; m: string; d: string } | null {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  return m ? { y: m[1] as string, m: m[2] as string, d: m[3] as string } : null;
}

/** Roles inside a CAMEO actor code after its country part: "CHNGOVMIL" → ["GOV", "MIL"]. */
function actorParts(code: string | null, country: string | null): { entity: string; roles: string[] } {
  if (!code) return { entity: "", roles: [] };
  const head = country && code.startsWith(country) ? country : code.slice(0, 3);
  const tail = code.slice(head.length);
  const roles: string[] = [];
  for (let i = 0; i + 3 <= tail.length; i += 3) roles.push(tail.slice(i, i + 3));
  return { entity: head, roles };
}

/** Every (source, target) combination of an event's possibly compound actors. */
function actorPairs(ev: StoredEvent): [string | null, string | null][] {
  const out: [string | null, string | null][] = [];
  for (const s of splitCompound(ev.source?.actor ?? null)) {
    for (const t of splitCompound(ev.target?.actor ?? null)) out.push([s, t]);
  }
  return out;
}

function fractionDate(p: { y: string; m: string; d: string }): string {
  const start = Date.UTC(Number(p.y), 0, 1);
  const day = (Date.UTC(Number(p.y), Number(p.m) - 1, Number(p.d)) - start) / 86_400_000 + 1;
  return (Number(p.y) + day / 365).toFixed(4);
}

export interface ExportContext {
  /** DATEADDED for GDELT (YYYYMMDDHHMMSS) — the export time. */
  dateAdded: string;
  coder: string;
}

export function exportContext(version: string): ExportContext {
  const now = new Date().toISOString();
  return { dateAdded: now.replace(/[-T:]/g, "").slice(0, 14), coder: `dyad ${version}` };
}

function gdeltActor(code: string | null, ev: StoredEvent, side: "source" | "target"): string[] {
  if (!code) return Array(10).fill("");
  const own = side === "source" ? ev.source?.actor : ev.target?.actor;
  // The stored country/role belong to the whole (possibly compound) code; for a part, derive them from the part.
  const country =
    own === code ? ((side === "source" ? ev.source_country : ev.target_country) ?? countryOf(code)) : countryOf(code);
  const { roles } = actorParts(code, country);
  const name =
    own === code
      ? ((side === "source" ? ev.source_name : ev.target_name) ??
        (side === "source" ? ev.source?.text : ev.target?.text))
      : code;
  const known =
    roles.find((r) => KNOWN_GROUP_ROLES.has(r)) ??
    (country ? "" : KNOWN_GROUP_ROLES.has(code.slice(0, 3)) ? code.slice(0, 3) : "");
  return [
    code,
    clean(name?.toUpperCase()),
    country ?? "",
    known,
    "",
    "",
    "",
    roles[0] ?? (country ? "" : code.slice(0, 3)),
    roles[1] ?? "",
    roles[2] ?? "",
  ];
}

export function gdeltRows(ev: StoredEvent, ctx: ExportContext): string[] {
  const p = dateParts(ev.date ?? ev.article_date ?? null);
  const code = String(ev.code);
  return actorPairs(ev).map(([s, t], i, all) => {
    const id = all.length > 1 ? `${ev.seq}${String(i).padStart(2, "0")}` : String(ev.seq);
    const cols = [
      id,
      p ? `${p.y}${p.m}${p.d}` : "",
      p ? `${p.y}${p.m}` : "",
      p ? p.y : "",
      p ? fractionDate(p) : "",
      ...gdeltActor(s, ev, "source"),
      ...gdeltActor(t, ev, "target"),
      ev.sentence === 0 ? "1" : "0",
      code,
      code.slice(0, 3),
      code.slice(0, 2),
      String(ev.quad),
      ev.goldstein === null ? "" : String(ev.goldstein),
      String(ev.cluster_mentions ?? 1),
      String(ev.cluster_sources ?? 1),
      String(ev.cluster_articles ?? 1),
      "",
      ...Array(24).fill(""),
      ctx.dateAdded,
      clean(ev.article_url ?? ""),
    ];
    return cols.join("\t");
  });
}

/** Phoenix QuadClass: 0 neutral (CAMEO roots 01–02), then 1–4 as GDELT. */
export function phoenixQuad(ev: StoredEvent): number {
  const root = String(ev.code).slice(0, 2);
  return root === "01" || root === "02" ? 0 : ev.quad;
}

export function phoenixRows(ev: StoredEvent): string[] {
  const p = dateParts(ev.date ?? ev.article_date ?? null);
  const code = String(ev.code);
  return actorPairs(ev).map(([s, t], i, all) => {
    const sp = actorParts(s, s ? countryOf(s) : null);
    const tp = actorParts(t, t ? countryOf(t) : null);
    const cols = [
      all.length > 1 ? `${ev.seq}-${i}` : String(ev.seq),
      p ? `${p.y}${p.m}${p.d}` : "",
      p ? p.y : "",
      p ? p.m : "",
      p ? p.d : "",
      s ?? "",
      sp.entity,
      sp.roles[0] ?? "",
      sp.roles.slice(1).join(";"),
      t ?? "",
      tp.entity,
      tp.roles[0] ?? "",
      tp.roles.slice(1).join(";"),
      code,
      code.slice(0, 2),
      String(phoenixQuad(ev)),
      ev.goldstein === null ? "" : String(ev.goldstein),
      "",
      "",
      "",
      "",
      "",
      "",
      `${ev.article_id}_${ev.sentence}`,
      clean(ev.article_url ?? ""),
      clean(ev.article_source ?? ""),
    ];
    return cols.map((c) => clean(c)).join("\t");
  });
}

function ploverEntity(code: string | null, ref: StoredEvent["source"], name: string | null | undefined) {
  if (!code && !ref) return null;
  const country = countryOf(code);
  const { entity, roles } = actorParts(code, country);
  return {
    code: entity || null,
    sector: roles.join("") || null,
    entity_text: ref?.text ?? null,
    identifier_id: ref?.entity ?? null,
    identifier_text: name ?? null,
  };
}

export function ploverRecord(ev: StoredEvent, ctx: ExportContext): Record<string, unknown> {
  const sources = splitCompound(ev.source?.actor ?? null);
  const targets = splitCompound(ev.target?.actor ?? null);
  const actor = sources.map((c) => ploverEntity(c, ev.source, ev.source_name)).filter((x) => x !== null);
  const recipient = targets.map((c) => ploverEntity(c, ev.target, ev.target_name)).filter((x) => x !== null);
  const now = new Date().toISOString();
  return {
    id: `${ev.article_id}:${ev.id}`,
    has_event: true,
    date: (ev.date ?? ev.article_date ?? "").slice(0, 10) || null,
    actor,
    recipient,
    event: ev.plover ? [ev.plover] : [],
    event_text: [ev.trigger.text],
    quad_code: ev.quad,
    event_scale: ev.goldstein,
    mode: [],
    context: [],
    link: ev.cluster_id,
    text: ev.sentence_text,
    text_info: { article_id: ev.article_id, sentence: ev.sentence, trigger: ev.trigger, cameo: String(ev.code) },
    cite_info: { title: ev.article_title, source: ev.article_source, url: ev.article_url ?? null },
    coder: ctx.coder,
    coded_date: now.slice(0, 10),
    coded_time: now,
    comment: `${ev.certainty}${ev.negated ? ", negated" : ""}; rule ${ev.rule}`,
  };
}

export function csvRow(ev: StoredEvent): string {
  return [
    ev.article_id,
    ev.id,
    ev.date,
    String(ev.code),
    ev.name,
    ev.plover,
    ev.quad,
    ev.goldstein,
    ev.source?.actor,
    ev.source?.text,
    ev.source?.start,
    ev.source?.end,
    ev.target?.actor,
    ev.target?.text,
    ev.target?.start,
    ev.target?.end,
    ev.trigger.text,
    ev.trigger.start,
    ev.trigger.end,
    ev.certainty,
    ev.negated,
    ev.asserted_by.join(";"),
    ev.cluster_id,
    ev.article_title,
    ev.article_source,
    ev.sentence_text,
    ev.article_url,
  ]
    .map(csvCell)
    .join(",");
}

/** The public JSONL shape: the StoredEvent minus internal join helpers that are null. */
export function jsonlRecord(ev: StoredEvent): string {
  return JSON.stringify({ ...ev, code: String(ev.code) });
}

/** Lines for one event in a format (header lines come from `formatHeader`). */
export function formatEvent(format: ExportFormat, ev: StoredEvent, ctx: ExportContext): string[] {
  switch (format) {
    case "jsonl":
      return [jsonlRecord(ev)];
    case "csv":
      return [csvRow(ev)];
    case "gdelt":
      return gdeltRows(ev, ctx);
    case "phoenix":
      return phoenixRows(ev);
    case "plover":
      return [JSON.stringify(ploverRecord(ev, ctx))];
  }
}

/** GDELT files have no header row; Phoenix and CSV exports start with one. */
export function formatHeader(format: ExportFormat): string | null {
  if (format === "csv") return CSV_COLUMNS.join(",");
  if (format === "phoenix") return PHOENIX_COLUMNS.join("\t");
  return null;
}
