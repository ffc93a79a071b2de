/** `dyad enqueue`: put articles on the PostgreSQL job queue for `dyad worker` processes. */
import { parseArgs } from "node:util";
import { DyadError } from "../../errors.js";
import { dbLocation, intOption, openDb } from "../../store/cli.js";
import { type Command, ExitCode } from "../io.js";
import { ENCODING_HELP, READ_OPTIONS, readingOptions, URL_HELP } from "../options.js";
import { Progress } from "../progress.js";

const USAGE = `Usage: dyad enqueue <inputs...> --db postgres://... [--date D] [--source S] [--expire-seconds N]

Reads the inputs and queues one job per article (payload = the article) in the database's pg-boss queue
"dyad-articles". Idempotent: an article already queued (same id and content) is not queued again. Start any
number of 'dyad worker --db <same url>' processes to code and store them.

Options:
  --db <url>            PostgreSQL URL (or $DYAD_DB); required
  --expire-seconds <n>  a job active this long is considered abandoned and retried (default 300)
  --retry-limit <n>     retries per job (default 5)
  ${ENCODING_HELP}
  ${URL_HELP}`;

export const command: Command = {
  summary: "queue articles on PostgreSQL for 'dyad worker' processes",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        db: { type: "string" },
        ...READ_OPTIONS,
        "expire-seconds": { type: "string" },
        "retry-limit": { type: "string" },
      },
      allowPositionals: true,
      strict: true,
    });
    const url = dbLocation(values.db, io);
    if (!/^postgres(ql)?:\/\//i.test(url)) {
      throw new DyadError("E_USAGE", "enqueue needs --db postgres://... (the queue lives in PostgreSQL)");
    }
    const { inputs, read: reading } = readingOptions(values, positionals, io);
    const settings = {
      expireInSeconds: intOption("expire-seconds", values["expire-seconds"], 1, 300),
      retryLimit: intOption("retry-limit", values["retry-limit"], 0, 5),
    };
    const { startBoss, enqueueArticles } = await import("../../workers/queue.js");
    const { readArticles, describeLocation } = await import("../../workers/inputs.js");
    // Opening the store applies migrations, so workers and enqueue agree on the schema; errors go in its table.
    const store = await openDb(url, io, { create: true });
    const boss = await startBoss(url);
    const progress = new Progress({ stream: io.stderr, label: "enqueue" });
    let queued = 0;
    let read = 0;
    let errors = 0;
    let batch: { article: import("../../ingest/types.js").Article; where: string }[] = [];
    const started = performance.now();
    try {
      for await (const item of readArticles(inputs, reading)) {
        if (item.kind === "problem") {
          errors++;
          const where = describeLocation(item.problem.location);
          await store.recordError(where, item.problem.code, item.problem.message);
          io.stderr.write(`  ${where}: ${item.problem.message} [${item.problem.code}]\n`);
          continue;
        }
        batch.push({ article: item.article, where: describeLocation(item.location) });
        if (batch.length >= 200) {
          queued += await enqueueArticles(boss, batch, settings);
          read += batch.length;
          progress.tick(batch.length);
          batch = [];
        }
      }
      queued += await enqueueArticles(boss, batch, settings);
      read += batch.length;
      progress.done();
      const s = (performance.now() - started) / 1000;
      io.stderr.write(
        `dyad enqueue: ${queued} jobs queued (${read - queued} articles already queued), ${errors} errors in ` +
          `${s.toFixed(1)} s → ${store.location}\n`,
      );
      return errors > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    } finally {
      progress.done();
      await boss.stop({ graceful: false, wait: true });
      await store.close();
    }
  },
};
