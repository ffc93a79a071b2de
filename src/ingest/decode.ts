/**
 * Turning bytes into article text, with the checks every input format shares. Problems are returned, not thrown:
 * one bad input must never stop a batch.
 */
import { createHash } from "node:crypto";
import * as chrono from "chrono-node";
import iconv from "iconv-lite";
import type { ErrorCode } from "../errors.js";

/** Largest single article file (or JSONL line) accepted. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; code: ErrorCode; message: string };

/** Where the encoding of some bytes may come from, strongest first after a byte-order mark. */
export interface EncodingOptions {
  /** The user's word (`--encoding`): over every declaration, but not over a byte-order mark. */
  encoding?: string | undefined;
  /** A charset declared by the transport (an HTTP Content-Type). */
  charset?: string | undefined;
  /** Look for a declaration in the document itself (`<meta charset>`, `<?xml … encoding?>`): HTML and feeds. */
  sniffDeclaration?: boolean;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * True when Node can decode text in this encoding (utf-8, windows-1252, latin1, iso-8859-2, utf-16le, shift_jis…).
 * Decoding other than UTF-8 goes through iconv-lite: Node 20's TextDecoder reads "windows-1252" as ISO-8859-1,
 * which turns curly quotes and dashes (0x91–0x97) into control characters.
 */
export function isKnownEncoding(label: string): boolean {
  return iconv.encodingExists(label.trim());
}

/**
 * Labels that name windows-1252 in the WHATWG Encoding Standard (what browsers do): a page or a user saying
 * "latin1" or "iso-8859-1" almost always means windows-1252, whose 0x80–0x9F hold curly quotes and dashes where
 * ISO-8859-1 has control characters.
 */
const WINDOWS_1252_LABELS = new Set([
  "latin1",
  "iso-8859-1",
  "iso8859-1",
  "iso_8859-1",
  "l1",
  "ascii",
  "us-ascii",
  "cp819",
]);

/** The label iconv-lite should decode with. */
function decoderName(label: string): string {
  const l = label.trim().toLowerCase();
  return WINDOWS_1252_LABELS.has(l) ? "windows-1252" : l;
}

/** The encoding a byte-order mark names, or null. */
function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * The charset a document declares in its first 1024 bytes: an XML declaration's `encoding`, or a `<meta charset>`
 * or `<meta http-equiv="Content-Type" content="…; charset=…">` (the HTML standard's prescan looks as far).
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString("latin1");
  const xml = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  const meta = xml ?? /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

const isUtf16 = (encoding: string) => /^utf-?16/i.test(encoding);
const isUtf8 = (encoding: string) => /^utf-?8$/i.test(encoding);

/**
 * The encoding to read the bytes in: a byte-order mark, else `--encoding`, else the transport's charset, else the
 * document's own declaration, else UTF-8. Unknown declared names are ignored (so UTF-8 applies); a declaration
 * of a legacy encoding loses to bytes that are valid UTF-8 (pages re-saved as UTF-8 often keep their old meta
 * tag), and one of UTF-16 in an ASCII-readable document is a mistake the HTML standard also reads as UTF-8.
 */
export function chooseEncoding(bytes: Uint8Array, options: EncodingOptions = {}): string {
  const bom = bomEncoding(bytes);
  if (bom) return bom;
  const given = [options.encoding, options.charset].find((e) => e !== undefined && isKnownEncoding(e));
  if (given) return decoderName(given);
  const declared = options.sniffDeclaration ? declaredCharset(bytes) : null;
  if (!declared || !isKnownEncoding(declared) || isUtf16(declared) || isUtf8(declared)) return "utf-8";
  try {
    utf8.decode(bytes);
    return "utf-8";
  } catch {
    return decoderName(declared);
  }
}

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

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Decodes in a legacy encoding or UTF-16; bytes that encoding cannot hold are an error, not replaced silently. */
function decodeOther(bytes: Uint8Array, encoding: string): Decoded {
  const body = bomEncoding(bytes) ? bytes.subarray(isUtf16(encoding) ? 2 : 3) : bytes;
  if (isUtf16(encoding) && body.length % 2 === 1)
    return { ok: false, code: "E_ENCODING", message: `not ${encoding}: an odd number of bytes (${body.length})` };
  const text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding, { stripBOM: false });
  const bad = text.indexOf("\ufffd");
  if (bad >= 0 || (isUtf16(encoding) && LONE_SURROGATE.test(text)))
    return {
      ok: false,
      code: "E_ENCODING",
      message: `bytes that are not valid ${encoding}${bad >= 0 ? ` (near character ${bad})` : " (an unpaired surrogate)"}`,
    };
  return { ok: true, text };
}

/**
 * Decodes text in the encoding chooseEncoding picks: UTF-8 strictly (invalid bytes are an error naming their
 * offset), others through iconv-lite. A leading byte-order mark is dropped, so offsets point into the text after
 * it; nothing else is changed.
 */
export function decodeBytes(bytes: Uint8Array, options: EncodingOptions = {}): Decoded {
  if (bytes.length > MAX_INPUT_BYTES) {
    return { ok: false, code: "E_TOO_LARGE", message: `${(bytes.length / 1e6).toFixed(1)} MB is over the 20 MB limit` };
  }
  const encoding = chooseEncoding(bytes, options);
  // UTF-16 text is full of NUL bytes, which is no sign of a binary file there.
  if (!isUtf16(encoding) && looksBinary(bytes))
    return { ok: false, code: "E_BINARY", message: "looks binary (NUL or control bytes), not text" };
  let decoded: Decoded;
  if (isUtf8(encoding)) {
    try {
      decoded = { ok: true, text: utf8.decode(bytes) };
    } catch {
      const at = firstInvalidUtf8(bytes);
      decoded = {
        ok: false,
        code: "E_INVALID_UTF8",
        message: `invalid UTF-8 at byte ${at}; if the file is in another encoding, name it with --encoding (e.g. --encoding windows-1252)`,
      };
    }
  } else {
    decoded = decodeOther(bytes, encoding);
  }
  if (decoded.ok && decoded.text.trim() === "") return { ok: false, code: "E_EMPTY", message: "empty (no text)" };
  return decoded;
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
