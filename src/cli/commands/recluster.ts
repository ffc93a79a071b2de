/** `dyad recluster`: recompute the cross-article event clusters (a separate, repeatable step). */
import { parseArgs } from "node:util";
import { DB_HELP, openDb } from "../../store/cli.js";
import { CLUSTER_VERSION } from "../../store/cluster.js";
import { type Command, ExitCode } from "../io.js";

const USAGE = `Usage: dyad recluster [--db PATH|URL]

Regroups all stored events into clusters (same source actor, target actor and CAMEO root, dates within ±1 day,
same trigger lemma or shared content words) and updates each cluster's article/source/mention counts.
Rule set: ${CLUSTER_VERSION}

Options:
  ${DB_HELP}`;

export const command: Command = {
  summary: "recompute cross-article event clusters",
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { db: { type: "string" } }, strict: true });
    const store = await openDb(values.db, io);
    try {
      const t = performance.now();
      const n = await store.recluster();
      io.stderr.write(
        `dyad recluster: ${n} clusters (${CLUSTER_VERSION}) in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
      );
      return ExitCode.OK;
    } finally {
      await store.close();
    }
  },
};
