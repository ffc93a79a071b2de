/** `dyad export`: all (or filtered) events as JSONL, CSV, GDELT 2.0 rows, Phoenix rows or PLOVER records. */

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { DyadError } from "../../errors.js";
import { PIPELINE_VERSION } from "../../pipeline.js";
import { choice, DB_HELP, EVENT_FILTER_OPTIONS, eventFilter, lineWriter, openDb } from "../../store/cli.js";
import { EXPORT_FORMATS, exportContext, formatEvent, formatHeader } from "../../store/export.js";
import type { EventQuery } from "../../store/types.js";
import { type Command, ExitCode } from "../io.js";

const USAGE = `Usage: dyad export --format jsonl|csv|gdelt|phoenix|plover [--out FILE] [--db PATH|URL]
                  [--source CODE] [--target CODE] [--from DATE] [--to DATE] [--code CAMEO] [--no-header]

Formats (see docs/store.md for the column mapping):
  jsonl    one stored event per line, with spans and evidence
  csv      flat event table with a header row
  gdelt    GDELT 2.0 event table: 61 tab-separated columns, no header (like GDELT's files)
  phoenix  Phoenix dataset columns, tab-separated, with a header row
  plover   PLOVER JSON records, one per line
Compound actors ("CHN+RUS") are expanded into one row per actor combination.

Options:
  ${DB_HELP}
  --out <file>        write to a file instead of stdout`;

export const command: Command = {
  summary: "export events (jsonl, csv, gdelt, phoenix, plover)",
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        db: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        ...EVENT_FILTER_OPTIONS,
        "no-header": { type: "boolean", default: false },
      },
      allowPositionals: false,
      strict: true,
    });
    if (!values.format) throw new DyadError("E_USAGE", `--format is required (${EXPORT_FORMATS.join(", ")})`);
    const format = choice("format", values.format, EXPORT_FORMATS) as (typeof EXPORT_FORMATS)[number];
    const query: EventQuery = eventFilter(values);
    const store = await openDb(values.db, io);
    let out: Writable = io.stdout;
    let file: ReturnType<typeof createWriteStream> | null = null;
    try {
      if (values.out) {
        const path = values.out.startsWith("/") ? values.out : `${io.cwd}/${values.out}`;
        file = createWriteStream(path);
        await Promise.race([
          once(file, "open"),
          once(file, "error").then(([e]) => {
            throw new DyadError("E_USAGE", `cannot write '${values.out}': ${(e as Error).message}`);
          }),
        ]);
        out = file;
      }
      const ctx = exportContext(PIPELINE_VERSION);
      const header = formatHeader(format);
      if (header && !values["no-header"]) out.write(`${header}\n`);
      let events = 0;
      let lines = 0;
      const writer = lineWriter(out);
      try {
        for await (const ev of store.iterateEvents(query)) {
          const rows = formatEvent(format, ev, ctx);
          events++;
          lines += rows.length;
          if (!(await writer.write(`${rows.join("\n")}\n`))) break;
        }
      } finally {
        writer.release();
      }
      if (writer.closed) return ExitCode.OK;
      if (file) {
        file.end();
        await once(file, "finish");
      }
      io.stderr.write(
        `dyad export: ${events} events → ${lines} ${format} records${values.out ? ` in ${values.out}` : ""}\n`,
      );
      return ExitCode.OK;
    } finally {
      await store.close();
    }
  },
};
