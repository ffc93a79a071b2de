/**
 * Turning bytes into article text, with the checks every input format shares. Problems are returned, not thrown:
 * one bad input must never stop a batch.
 */
import { createHash } from "node:crypto";
import * as chrono from "chrono-node";
import type { ErrorCode } from "../errors.js";

/** Largest single article file (or JSONL line) accepted. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; code: ErrorCode; message: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Offset of the first byte that is not part of a valid UTF-8 sequence (for the error message). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

/** True when the bytes look like a binary file: a NUL byte, or many control characters, in the first 8 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}

/**
 * Decodes UTF-8 strictly. A leading byte-order mark is dropped (TextDecoder's default), so offsets point into the
 * text after the BOM; nothing else is changed.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_INPUT_BYTES) {
    return { ok: false, code: "E_TOO_LARGE", message: `${(bytes.length / 1e6).toFixed(1)} MB is over the 20 MB limit` };
  }
  // UTF-16 text is full of NUL bytes; saying what it is beats calling it binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, code: "E_INVALID_UTF8", message: "UTF-16 text (byte-order mark); convert it to UTF-8" };
  if (looksBinary(bytes))
    return { ok: false, code: "E_BINARY", message: "looks binary (NUL or control bytes), not text" };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, code: "E_INVALID_UTF8", message: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}` };
  }
  if (text.trim() === "") return { ok: false, code: "E_EMPTY", message: "empty (no text)" };
  return { ok: true, text };
}

/** Stable id from the text alone: the same text always gets the same id, whatever file it came from. */
export function contentId(text: string): string {
  return `sha256:${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m || value.length !== 10) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * Normalizes a date found in metadata (ISO 8601, RFC 822 as in RSS, or free text such as "June 3, 2025") to
 * YYYY-MM-DD; null when it cannot be read. The calendar day is taken as written, in the publisher's own time
 * zone: "Tue, 03 Jun 2025 23:30:00 -0500" is June 3 although it is June 4 in UTC, and the result never depends on
 * the machine's time zone. A date without a day or a year ("June 2025", "June 3") is not a publication date: null.
 */
export function normalizeDate(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) value = String(value);
  if (typeof value !== "string" || value.trim() === "") return null;
  const v = value.trim();
  const iso = ISO_DAY.exec(v);
  if (iso) return isIsoDate(iso[0]) ? iso[0] : null;
  const start = chrono.parse(v)[0]?.start;
  if (!start || !(["year", "month", "day"] as const).every((part) => start.isCertain(part))) return null;
  const [y, m, d] = [start.get("year"), start.get("month"), start.get("day")].map((n) => String(n ?? 0));
  const out = `${y?.padStart(4, "0")}-${m?.padStart(2, "0")}-${d?.padStart(2, "0")}`;
  return isIsoDate(out) ? out : null;
}

/** First line of a plain-text article, when it is short enough to be its headline. */
export function headlineOf(text: string): string | null {
  const nl = text.indexOf("\n");
  if (nl < 0) return null;
  const first = text.slice(0, nl).trim();
  return first.length > 0 && first.length <= 200 && !/[.!?]["”]?$/.test(first) ? first : null;
}
