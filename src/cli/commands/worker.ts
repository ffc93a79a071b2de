/** `dyad worker`: process queued articles from PostgreSQL (any number of processes, on any machines). */
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { DyadError } from "../../errors.js";
import { dbLocation, intOption, openDb } from "../../store/cli.js";
import { type Command, ExitCode } from "../io.js";
import { Progress } from "../progress.js";

const USAGE = `Usage: dyad worker --db postgres://... [--concurrency N] [--once | --idle-exit SECONDS] [--no-recluster]

Fetches article jobs queued by 'dyad enqueue', codes them on N threads and stores the results. Runs until
SIGINT/SIGTERM (finishing the jobs in hand), or with --once until no job is queued, retrying or active, or with
--idle-exit after that many seconds without a job. Jobs of a worker that died are retried after their expiry.

Options:
  --db <url>            PostgreSQL URL (or $DYAD_DB); required
  --concurrency <n>     coding threads (default: all cores, ${availableParallelism()})
  --no-recluster        do not recompute event clusters before exiting (by default a worker that stored or
                        replaced articles recomputes them when it stops, so queries see current clusters;
                        with several workers, or a worker that runs for days, 'dyad recluster' does it any time)
  --recluster           recompute them on exit even when this worker changed nothing
  --maintenance-seconds <n>  how often this worker expires abandoned jobs of dead workers (default 30)`;

export const command: Command = {
  summary: "process queued articles from PostgreSQL (scale-out)",
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        db: { type: "string" },
        concurrency: { type: "string" },
        once: { type: "boolean", default: false },
        "idle-exit": { type: "string" },
        recluster: { type: "boolean", default: false },
        "no-recluster": { type: "boolean", default: false },
        "maintenance-seconds": { type: "string" },
      },
      allowPositionals: false,
      strict: true,
    });
    const url = dbLocation(values.db, io);
    if (!/^postgres(ql)?:\/\//i.test(url)) {
      throw new DyadError("E_USAGE", "worker needs --db postgres://... (the queue lives in PostgreSQL)");
    }
    if (values.once && values["idle-exit"] !== undefined) {
      throw new DyadError("E_USAGE", "use either --once or --idle-exit, not both");
    }
    const concurrency = intOption("concurrency", values.concurrency, 0, availableParallelism());
    const idle = values["idle-exit"] === undefined ? undefined : intOption("idle-exit", values["idle-exit"], 0, 0);
    const maintenanceSeconds = intOption("maintenance-seconds", values["maintenance-seconds"], 1, 30);
    const { startBoss, runQueueWorker } = await import("../../workers/queue.js");
    const store = await openDb(url, io, { poolSize: Math.max(2, concurrency * 2 + 1) });
    const boss = await startBoss(url, { maintenanceSeconds });
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    const progress = new Progress({ stream: io.stderr, label: "worker" });
    try {
      const summary = await runQueueWorker({
        boss,
        store,
        concurrency,
        once: values.once ?? false,
        ...(idle === undefined ? {} : { idleExitSeconds: idle }),
        signal: stop.signal,
        onJob: ({ bytes, failed, where, message }) => {
          progress.tick(1, bytes, failed ? 1 : 0);
          if (failed) io.stderr.write(`  ${where}: ${message?.split("\n")[0]}\n`);
        },
      });
      progress.done();
      let clusters = "";
      // Clusters follow the stored events: recomputed when this worker changed any (--recluster forces it).
      const changed = summary.inserted + summary.replaced > 0;
      if (!values["no-recluster"] && (changed || values.recluster)) clusters = `, ${await store.recluster()} clusters`;
      io.stderr.write(
        `dyad worker: ${summary.jobs} jobs (${summary.inserted} new, ${summary.replaced} replaced, ` +
          `${summary.unchanged} unchanged), ${summary.events} events${clusters}, ${summary.errors} errors in ` +
          `${summary.seconds.toFixed(1)} s (${(summary.bytes / 1e6 / Math.max(summary.seconds, 1e-3)).toFixed(2)} MB/s)\n`,
      );
      return summary.errors > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      progress.done();
      await boss.stop({ graceful: false, wait: true }).catch(() => {});
      await store.close();
    }
  },
};
