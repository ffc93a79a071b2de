/** Argument and output helpers shared by the store commands (ingest, enqueue, worker, events, quotes, dyad, export, recluster). */

import type { CliIO } from "../cli/io.js";
import { dateOption } from "../cli/options.js";
import { DyadError } from "../errors.js";
import { openStore } from "./index.js";
import type { DyadStore, EventQuery } from "./types.js";

export const DB_HELP = "--db <path|url>     SQLite file (default ./dyad.db, or $DYAD_DB) or postgres:// URL";

export function dbLocation(value: string | undefined, io: CliIO): string {
  const where = value ?? io.env.DYAD_DB ?? "./dyad.db";
  if (/^postgres(ql)?:\/\//i.test(where)) return where;
  return where === ":memory:"
    ? where
    : new URL(where, `file://${io.cwd.endsWith("/") ? io.cwd : `${io.cwd}/`}`).pathname;
}

/**
 * Opens the store named by --db / $DYAD_DB / ./dyad.db. Only commands that write articles (ingest, enqueue) pass
 * `create`; for the others a missing SQLite file is an error (E_DB, exit 3), not a new empty database.
 */
export function openDb(
  value: string | undefined,
  io: CliIO,
  options: { poolSize?: number; create?: boolean } = {},
): Promise<DyadStore> {
  return openStore(dbLocation(value, io), { ...options, create: options.create === true });
}

export function intOption(name: string, value: string | undefined, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new DyadError("E_USAGE", `--${name} must be a whole number >= ${min}, not '${value}'`);
  }
  return Number(value);
}

/** parseArgs options shared by the commands that select events (events, export). */
export const EVENT_FILTER_OPTIONS = {
  source: { type: "string" },
  target: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  code: { type: "string" },
} as const;

/** The event query named by the EVENT_FILTER_OPTIONS values, dates checked. */
export function eventFilter(values: {
  source?: string;
  target?: string;
  from?: string;
  to?: string;
  code?: string;
}): EventQuery {
  const query: EventQuery = {};
  if (values.source) query.source = values.source;
  if (values.target) query.target = values.target;
  const from = dateOption("from", values.from);
  const to = dateOption("to", values.to);
  if (from) query.from = from;
  if (to) query.to = to;
  if (values.code) query.code = values.code;
  return query;
}

export function choice<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new DyadError("E_USAGE", `--${name} must be one of ${allowed.join(", ")}, not '${value}'`);
  }
  return value as T;
}

/** A plain text table, columns padded to their widest cell (cells trimmed to `max`). */
export function renderTable(headers: string[], rows: string[][], max = 60): string {
  const cut = (s: string) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  const cells = rows.map((r) => r.map((c) => cut(c.replace(/\s+/g, " "))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return `${[line(headers), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n")}\n`;
}

const BARS = "▁▂▃▄▅▆▇█";

export function sparkline(values: number[]): string {
  if (values.length === 0) return "";
  const max = Math.max(...values);
  const min = Math.min(0, ...values);
  return values
    .map((v) => (max === min ? BARS[0] : BARS[Math.round(((v - min) / (max - min)) * (BARS.length - 1))]))
    .join("");
}

/**
 * Writes with backpressure. Returns false once the reader has gone away (EPIPE, e.g. `| head`), so the caller
 * stops producing instead of failing.
 */
export function lineWriter(out: NodeJS.WritableStream & { once: (e: string, f: () => void) => unknown }) {
  let closed = false;
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") closed = true;
  };
  (out as unknown as { on: (e: string, f: (err: NodeJS.ErrnoException) => void) => void }).on("error", onError);
  return {
    get closed() {
      return closed;
    },
    async write(text: string): Promise<boolean> {
      if (closed) return false;
      if (!out.write(text)) {
        // Wait for whichever comes first, then drop the other listeners (they would pile up over a long export).
        const emitter = out as unknown as NodeJS.EventEmitter;
        await new Promise<void>((resolve) => {
          const done = () => {
            emitter.off("drain", done);
            emitter.off("close", done);
            emitter.off("error", done);
            resolve();
          };
          emitter.on("drain", done);
          emitter.on("close", done);
          emitter.on("error", done);
        });
      }
      return !closed;
    },
    release() {
      (out as unknown as { off: (e: string, f: (err: NodeJS.ErrnoException) => void) => void }).off("error", onError);
    },
  };
}
