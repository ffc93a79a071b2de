/**
 * `dyad serve`: the JSON API (under /api) and the web UI (at /) on one port. Binds 127.0.0.1 unless --host says
 * otherwise; runs until SIGINT/SIGTERM, then closes the server and the store.
 */

import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DyadError } from "../../errors.js";
import { DEFAULT_DB, isPostgresUrl, openStore } from "../../store/index.js";
import { type Command, ExitCode } from "../io.js";

const USAGE = `Usage: dyad serve [--db <path-or-url>] [--port 8080] [--host 127.0.0.1]

Serves the JSON API under /api (OpenAPI document at /api/openapi.json) and the web UI at /.

Options:
  --db <path|url>   SQLite file (default ./dyad.db) or postgres:// URL (default: $DYAD_DB)
  --port <n>        TCP port (default 8080; 0 picks a free one)
  --host <addr>     address to bind (default 127.0.0.1; the API has no authentication)`;

export const command: Command = {
  summary: "serve the JSON API and the web UI (default http://127.0.0.1:8080)",
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        db: { type: "string" },
        port: { type: "string", default: "8080" },
        host: { type: "string", default: "127.0.0.1" },
      },
      strict: true,
      allowPositionals: false,
    });
    const port = Number(values.port);
    if (!/^\d{1,5}$/.test(values.port ?? "") || port > 65535) {
      throw new DyadError("E_USAGE", `--port must be a number from 0 to 65535, not '${values.port}'`);
    }
    const host = values.host ?? "127.0.0.1";
    const [{ buildServer }, { createPipeline }] = await Promise.all([
      import("../../server/index.js"),
      import("../../pipeline.js"),
    ]);
    const location = values.db ?? io.env.DYAD_DB ?? DEFAULT_DB;
    const store = await openStore(isPostgresUrl(location) ? location : resolve(io.cwd, location), { create: false });
    const pipeline = createPipeline();
    const app = buildServer({
      store,
      pipeline,
      onError: (error, request) => {
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        io.stderr.write(`dyad serve: error on ${request.method} ${request.url.split("?")[0]}: ${detail}\n`);
      },
    });
    let address: string;
    try {
      address = await app.listen({ port, host });
    } catch (error) {
      await store.close();
      const message = error instanceof Error ? error.message : String(error);
      throw new DyadError("E_USAGE", `cannot listen on ${host}:${port}: ${message}`, { cause: error });
    }
    io.stderr.write(`dyad serve: listening on ${address} (web UI at /, API at /api, ${store.kind} store)\n`);
    if (!["127.0.0.1", "::1", "localhost"].includes(host)) {
      io.stderr.write("dyad serve: warning: bound to a non-loopback address; the API has no authentication\n");
    }
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        resolve();
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
    io.stderr.write("dyad serve: shutting down\n");
    await app.close();
    await store.close();
    return ExitCode.OK;
  },
};
