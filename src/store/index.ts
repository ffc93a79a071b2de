/**
 * Opening a store: `openStore()` → SQLite at ./dyad.db; a path → SQLite file; a postgres:// or postgresql:// URL
 * → PostgreSQL. The PostgreSQL driver is loaded only when asked for, so SQLite users never load it.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { DyadError } from "../errors.js";
import { SqliteStore } from "./sqlite.js";
import type { DyadStore } from "./types.js";

export const DEFAULT_DB = "./dyad.db";

export function isPostgresUrl(location: string | undefined): boolean {
  return !!location && /^postgres(ql)?:\/\//i.test(location);
}

export interface OpenOptions {
  /** PostgreSQL connection pool size (default 4). */
  poolSize?: number;
  /**
   * Create a missing SQLite file (default true). Commands that only read (events, export, serve…) pass false, so
   * a mistyped --db is an error instead of a new empty database.
   */
  create?: boolean;
}

export async function openStore(location?: string, options: OpenOptions = {}): Promise<DyadStore> {
  const where = location && location.length > 0 ? location : DEFAULT_DB;
  if (isPostgresUrl(where)) {
    const { PostgresStore } = await import("./postgres.js");
    return PostgresStore.open(where, options.poolSize === undefined ? {} : { poolSize: options.poolSize });
  }
  if (options.create === false && where !== ":memory:" && !existsSync(where))
    throw new DyadError(
      "E_DB",
      `no database at ${resolve(where)}; 'dyad ingest' or 'dyad enqueue' creates one (or give --db / $DYAD_DB)`,
    );
  return new SqliteStore(where);
}

export type * from "./types.js";
