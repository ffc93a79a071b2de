/** JSONL: one article per line, `{id, title, date, source, url, text}`; text is kept exactly as given. */
import { contentId, normalizeDate } from "./decode.js";
import type { Article } from "./types.js";

export type JsonlLine =
  | { ok: true; article: Article }
  | { ok: false; code: "E_JSON" | "E_JSON_FIELD" | "E_EMPTY"; message: string };

const str = (v: unknown): string | null =>
  typeof v === "string" && v.trim() !== "" ? v : typeof v === "number" ? String(v) : null;

/**
 * The article's URL: `url`, else `link` or `source_url`, else `meta.url` (news dumps such as the project's corpus
 * keep it there), so that exports (GDELT SOURCEURL…) can cite it.
 */
function urlOf(r: Record<string, unknown>): string | null {
  const meta = r.meta && typeof r.meta === "object" ? (r.meta as Record<string, unknown>) : {};
  return str(r.url) ?? str(r.link) ?? str(r.source_url) ?? str(meta.url);
}

/**
 * Reads one JSONL record. `text` is the article; `body` or `content` are accepted only when `text` is absent, so
 * records from common news dumps work unchanged.
 */
export function parseJsonlLine(line: string): JsonlLine {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { ok: false, code: "E_JSON", message: `malformed JSON (${(error as Error).message})` };
  }
  if (!record || typeof record !== "object" || Array.isArray(record)) {
    return { ok: false, code: "E_JSON_FIELD", message: "a JSON line must be an object with a text field" };
  }
  const r = record as Record<string, unknown>;
  const text = [r.text, r.body, r.content].find((v) => typeof v === "string");
  if (typeof text !== "string") return { ok: false, code: "E_JSON_FIELD", message: 'no string "text" field' };
  if (text.trim() === "") return { ok: false, code: "E_EMPTY", message: '"text" is empty' };
  return {
    ok: true,
    article: {
      id: str(r.id) ?? contentId(text),
      title: str(r.title),
      date: normalizeDate(r.date),
      source: str(r.source),
      url: urlOf(r),
      text,
    },
  };
}
