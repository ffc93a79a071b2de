/** `dyad events`: query stored events with their evidence. */
import { parseArgs } from "node:util";
import {
  choice,
  DB_HELP,
  EVENT_FILTER_OPTIONS,
  eventFilter,
  intOption,
  lineWriter,
  openDb,
  renderTable,
} from "../../store/cli.js";
import { formatEvent, formatHeader } from "../../store/export.js";
import type { EventQuery } from "../../store/types.js";
import { type Command, ExitCode } from "../io.js";

const CERTAINTIES = ["asserted", "reported", "hedged", "hypothetical"] as const;
const FORMATS = ["table", "jsonl", "csv"] as const;

const USAGE = `Usage: dyad events [--source CODE] [--target CODE] [--from DATE] [--to DATE] [--code CAMEO]
                   [--certainty asserted|reported|hedged|hypothetical] [--article ID]
                   [--limit N] [--offset N] [--format table|jsonl|csv] [--db PATH|URL]

Actor codes and CAMEO codes match as prefixes: --source CHN matches CHNGOV, --code 07 matches 070-075.

Options:
  ${DB_HELP}
  --limit <n>         at most n events (default 100; table) / all (jsonl, csv)`;

export const command: Command = {
  summary: "query stored events (who did what to whom), with evidence",
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        db: { type: "string" },
        ...EVENT_FILTER_OPTIONS,
        certainty: { type: "string" },
        article: { type: "string" },
        limit: { type: "string" },
        offset: { type: "string" },
        format: { type: "string", default: "table" },
      },
      allowPositionals: false,
      strict: true,
    });
    const format = choice("format", values.format, FORMATS) ?? "table";
    const query: EventQuery = eventFilter(values);
    const certainty = choice("certainty", values.certainty, CERTAINTIES);
    if (certainty) query.certainty = certainty;
    if (values.article) query.article = values.article;
    const limit = intOption("limit", values.limit, 0, format === "table" ? 100 : Number.POSITIVE_INFINITY);
    const offset = intOption("offset", values.offset, 0, 0);
    const store = await openDb(values.db, io);
    try {
      if (format === "table") {
        const events = await store.events({ ...query, limit, offset });
        const rows = events.map((e) => [
          e.date ?? "",
          e.code,
          e.source?.actor ?? "",
          e.target?.actor ?? "",
          e.certainty + (e.negated ? " (neg)" : ""),
          `${e.source?.text ?? "?"} | ${e.trigger.text} | ${e.target?.text ?? "?"}`,
          e.article_id,
        ]);
        io.stdout.write(renderTable(["date", "code", "source", "target", "certainty", "evidence", "article"], rows));
        io.stderr.write(`${events.length} event(s)${events.length === limit ? " (limit reached; use --limit)" : ""}\n`);
        return ExitCode.OK;
      }
      const header = formatHeader(format);
      if (header) io.stdout.write(`${header}\n`);
      const ctx = { dateAdded: "", coder: "dyad" };
      let n = 0;
      const writer = lineWriter(io.stdout);
      try {
        const all = { ...query, ...(Number.isFinite(limit) ? { limit: limit + offset } : {}) };
        for await (const ev of store.iterateEvents(all)) {
          if (n++ < offset) continue;
          if (!(await writer.write(`${formatEvent(format, ev, ctx).join("\n")}\n`))) break;
        }
      } finally {
        writer.release();
      }
      return ExitCode.OK;
    } finally {
      await store.close();
    }
  },
};
