/** `dyad dyad A B`: the time series of events between two actors (counts, Goldstein) by day/week/month. */
import { parseArgs } from "node:util";
import { DyadError } from "../../errors.js";
import { choice, DB_HELP, openDb, renderTable, sparkline } from "../../store/cli.js";
import type { SeriesRow } from "../../store/types.js";
import { type Command, ExitCode } from "../io.js";
import { dateOption } from "../options.js";

const USAGE = `Usage: dyad dyad <A> <B> [--by day|week|month] [--from DATE] [--to DATE] [--directed]
                 [--certainty C] [--format table|jsonl|csv] [--db PATH|URL]

Event counts and Goldstein sums/means between actors A and B (code prefixes: CHN, CHNGOV) per period and quad
class (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict). Both directions unless --directed.

Options:
  ${DB_HELP}`;

export const command: Command = {
  summary: "event time series for an actor pair (table + sparkline)",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        db: { type: "string" },
        by: { type: "string", default: "month" },
        from: { type: "string" },
        to: { type: "string" },
        directed: { type: "boolean", default: false },
        certainty: { type: "string" },
        format: { type: "string", default: "table" },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 2)
      throw new DyadError("E_USAGE", "give exactly two actor codes, e.g. 'dyad dyad CHN RUS'");
    const [a, b] = positionals as [string, string];
    const by = choice("by", values.by, ["day", "week", "month"] as const) ?? "month";
    const format = choice("format", values.format, ["table", "jsonl", "csv"] as const) ?? "table";
    const certainty = choice("certainty", values.certainty, [
      "asserted",
      "reported",
      "hedged",
      "hypothetical",
    ] as const);
    const from = dateOption("from", values.from);
    const to = dateOption("to", values.to);
    const store = await openDb(values.db, io);
    let rows: SeriesRow[];
    try {
      rows = await store.dyadSeries({
        a,
        b,
        by,
        directed: values.directed ?? false,
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(certainty ? { certainty } : {}),
      });
    } finally {
      await store.close();
    }
    if (format === "jsonl") {
      for (const r of rows) io.stdout.write(`${JSON.stringify(r)}\n`);
      return ExitCode.OK;
    }
    if (format === "csv") {
      io.stdout.write("period,quad,events,goldstein_sum,goldstein_mean\n");
      for (const r of rows)
        io.stdout.write(`${r.period},${r.quad},${r.events},${r.goldstein_sum},${r.goldstein_mean}\n`);
      return ExitCode.OK;
    }
    // One table row per period with the four quad classes side by side.
    const periods = [...new Set(rows.map((r) => r.period))];
    const table = periods.map((p) => {
      const of = (q: number) => rows.find((r) => r.period === p && r.quad === q);
      const all = rows.filter((r) => r.period === p);
      const n = all.reduce((s, r) => s + r.events, 0);
      const g = all.reduce((s, r) => s + r.goldstein_sum, 0);
      return [
        p,
        String(n),
        ...[1, 2, 3, 4].map((q) => String(of(q)?.events ?? 0)),
        g.toFixed(1),
        (n ? g / n : 0).toFixed(2),
      ];
    });
    io.stdout.write(
      renderTable(["period", "events", "q1", "q2", "q3", "q4", "goldstein_sum", "goldstein_mean"], table),
    );
    if (io.stdout.isTTY && table.length > 1) {
      const counts = table.map((r) => Number(r[1]));
      io.stdout.write(`\nevents  ${sparkline(counts)}  (${periods[0]} … ${periods[periods.length - 1]}, per ${by})\n`);
    }
    if (table.length === 0) io.stderr.write(`no events between ${a} and ${b}\n`);
    return ExitCode.OK;
  },
};
