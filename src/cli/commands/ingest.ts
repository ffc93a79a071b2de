/**
 * `dyad ingest`: code inputs on a worker-thread pool and store everything (articles, entities, mentions, quotes,
 * attributions, events with spans) in SQLite or PostgreSQL; then recompute the cross-article clusters.
 */
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { DB_HELP, intOption, openDb } from "../../store/cli.js";
import { estimateTotal } from "../../workers/inputs.js";
import { type Command, ExitCode } from "../io.js";
import { ENCODING_HELP, READ_OPTIONS, readingOptions, URL_HELP } from "../options.js";
import { Progress } from "../progress.js";

const USAGE = `Usage: dyad ingest <inputs...> [--db PATH|URL] [--workers N] [--date YYYY-MM-DD] [--source NAME]

Codes every article in the inputs (files, folders, globs, http(s) URLs or - for stdin: .jsonl, text, HTML,
RSS/Atom) and stores the result. URLs are fetched with limits: 20 MB, 30 s, 5 redirects, public addresses only.
Re-running is safe: unchanged articles are skipped, changed ones (same id, new content) are replaced.

Options:
  ${DB_HELP}
  --workers <n>       coding threads (default: all cores, ${availableParallelism()}; 0 = main thread)
  --date <date>       override every article's date
  --source <name>     override every article's source
  ${ENCODING_HELP}
  ${URL_HELP}
  --batch <n>         articles per write transaction (default 100)
  --no-recluster      skip recomputing event clusters at the end
  --force             re-code and replace articles even if stored unchanged (e.g. after a pipeline fix
                      that kept its version strings)

Exit status: 0 all stored, 1 some inputs failed (see stderr and the errors table), 3 database unusable.`;

export const command: Command = {
  summary: "code articles and store them (SQLite or PostgreSQL), in parallel",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        db: { type: "string" },
        workers: { type: "string" },
        ...READ_OPTIONS,
        batch: { type: "string" },
        "no-recluster": { type: "boolean", default: false },
        force: { type: "boolean", default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    const { inputs, read } = readingOptions(values, positionals, io);
    const workers = intOption("workers", values.workers, 0, availableParallelism());
    const batchSize = intOption("batch", values.batch, 1, 100);
    const store = await openDb(values.db, io, { create: true });
    const { runIngest } = await import("../../workers/ingest-run.js");
    const progress = new Progress({
      stream: io.stderr,
      label: "ingest",
      total: io.stderr.isTTY ? await estimateTotal(inputs, io.cwd) : null,
    });
    const shown: { where: string; code: string; message: string }[] = [];
    try {
      const summary = await runIngest({
        ...read,
        inputs,
        store,
        workers,
        batchSize,
        force: values.force ?? false,
        onArticle: ({ bytes, failed, error }) => {
          progress.tick(1, bytes, failed ? 1 : 0);
          if (error && shown.length < 20) shown.push(error);
        },
      });
      progress.done();
      let clusters = "";
      if (!values["no-recluster"] && summary.inserted + summary.replaced > 0) {
        const n = await store.recluster();
        clusters = `, ${n} clusters`;
      }
      const mb = summary.bytes / 1e6;
      io.stderr.write(
        `dyad ingest: ${summary.read} articles (${summary.inserted} new, ${summary.replaced} replaced, ` +
          `${summary.unchanged} unchanged), ${summary.events} events${clusters}, ${summary.errors} errors ` +
          `in ${summary.seconds.toFixed(1)} s (${(summary.read / Math.max(summary.seconds, 1e-3)).toFixed(1)} articles/s, ` +
          `${(mb / Math.max(summary.seconds, 1e-3)).toFixed(2)} MB/s) → ${store.location}\n`,
      );
      if (summary.errors > 0) {
        for (const e of shown) io.stderr.write(`  ${e.where}: ${e.message.split("\n")[0]} [${e.code}]\n`);
        if (summary.errors > 20) io.stderr.write(`  ... (${summary.errors} in total; see the errors table)\n`);
      }
      return summary.errors > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    } finally {
      progress.done();
      await store.close();
    }
  },
};
