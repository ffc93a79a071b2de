/** `dyad quotes`: who said what, by speaker and/or words in the quote. */
import { parseArgs } from "node:util";
import { DyadError } from "../../errors.js";
import { choice, DB_HELP, intOption, openDb, renderTable } from "../../store/cli.js";
import { type Command, ExitCode } from "../io.js";

const USAGE = `Usage: dyad quotes [--speaker NAME] [--q WORDS] [--limit N] [--offset N] [--format table|jsonl] [--db PATH|URL]

--speaker matches part of the speaker's canonical name or of the mention ("Putin" finds "Vladimir Putin").
--q searches the quoted words (full text).

Options:
  ${DB_HELP}`;

export const command: Command = {
  summary: "query stored quotes (who said what, how sure)",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        db: { type: "string" },
        speaker: { type: "string" },
        q: { type: "string" },
        limit: { type: "string" },
        offset: { type: "string" },
        format: { type: "string", default: "table" },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > 1) throw new DyadError("E_USAGE", "give at most one speaker (or use --speaker)");
    const format = choice("format", values.format, ["table", "jsonl"] as const) ?? "table";
    const speaker = values.speaker ?? positionals[0];
    const limit = intOption("limit", values.limit, 0, 100);
    const offset = intOption("offset", values.offset, 0, 0);
    const store = await openDb(values.db, io);
    try {
      const quotes = await store.quotes({
        ...(speaker ? { speaker } : {}),
        ...(values.q ? { q: values.q } : {}),
        limit,
        offset,
      });
      if (format === "jsonl") {
        for (const q of quotes) io.stdout.write(`${JSON.stringify(q)}\n`);
        return ExitCode.OK;
      }
      const rows = quotes.map((q) => [
        q.speaker_name ?? q.speaker?.text ?? "(unknown)",
        q.type,
        q.certainty + (q.negated ? " (neg)" : ""),
        q.content.map((c) => c.text).join(" … "),
        q.article_id,
      ]);
      io.stdout.write(renderTable(["speaker", "type", "certainty", "content", "article"], rows, 80));
      io.stderr.write(`${quotes.length} quote(s)\n`);
      return ExitCode.OK;
    } finally {
      await store.close();
    }
  },
};
