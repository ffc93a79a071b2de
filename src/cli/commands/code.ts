/** `dyad code`: codes articles and prints the output contract (JSON lines) or a readable summary. */
import { parseArgs } from "node:util";
import { DyadError } from "../../errors.js";
import { describeLocation, readInputs } from "../../ingest/index.js";
import { createPipeline } from "../../pipeline.js";
import { type CliIO, type Command, ExitCode } from "../io.js";
import { READ_OPTIONS, readingOptions } from "../options.js";
import { renderPretty, styleFor } from "../pretty.js";

const USAGE = `Usage: dyad code <inputs…> [options]

Codes articles (text, HTML, RSS/Atom, JSONL; files, folders, globs, http(s) URLs, - for stdin) and prints them.
URLs are fetched with limits: 20 MB, 30 s, 5 redirects, public addresses only.

Options:
  --format json|pretty   json: one JSON object per article per line (default when piped);
                         pretty: a readable summary (default on a terminal)
  --date YYYY-MM-DD      article date for every input (drives date-aware actor codes and event dates)
  --source NAME          source for every input
  --input-format F       force the input format: text|html|feed|jsonl
  --encoding NAME        read inputs in this encoding (windows-1252, latin1, iso-8859-2, utf-16le…) instead of
                         UTF-8; a byte-order mark still wins, and without this option an HTML <meta charset>,
                         a feed's <?xml encoding?> or an HTTP charset is honoured
  --actors FILE          extra TABARI/PETRARCH or Dyad actor dictionary (repeatable)
  --one-sided            also output events with a side missing or uncoded (by default only events between
                         two coded actors are output, as PETRARCH, ICEWS and Phoenix do)
  --urls FILE            also code the URLs listed in FILE, one a line (# comments)
  --allow-private        fetch URLs from loopback and private addresses too (refused by default)

Exit codes: 0 all coded, 1 some inputs failed (reported on stderr), 2 usage error.`;

/**
 * Writes with back-pressure (a large corpus must not pile up in memory when stdout is slow) and notices a reader
 * that went away (`dyad code … | head`), so the command stops quietly instead of dying on EPIPE.
 */
export function outputSink(stream: CliIO["stdout"]) {
  let wake: (() => void) | null = null;
  const sink = {
    closed: false,
    async write(chunk: string): Promise<void> {
      if (sink.closed || stream.write(chunk)) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
        stream.once("drain", resolve);
      });
      if (wake) stream.off("drain", wake);
      wake = null;
    },
    dispose: () => stream.off("error", onError),
  };
  function onError(error: NodeJS.ErrnoException) {
    if (error.code !== "EPIPE") throw error;
    sink.closed = true;
    wake?.();
  }
  stream.on("error", onError);
  return sink;
}

export const command: Command = {
  summary: "code articles and print entities, quotes, attributions and events",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...READ_OPTIONS,
        format: { type: "string" },
        "input-format": { type: "string" },
        actors: { type: "string", multiple: true },
        "one-sided": { type: "boolean", default: false },
      },
    });
    const { inputs, read } = readingOptions(values, positionals, io);
    const format = values.format ?? (io.stdout.isTTY ? "pretty" : "json");
    if (format !== "json" && format !== "pretty")
      throw new DyadError("E_USAGE", `--format must be json or pretty, not '${format}'`);
    const inputFormat = values["input-format"];
    if (inputFormat !== undefined && !["text", "html", "feed", "jsonl"].includes(inputFormat)) {
      throw new DyadError("E_USAGE", `--input-format must be text, html, feed or jsonl, not '${inputFormat}'`);
    }

    const pipeline = createPipeline({ actorFiles: values.actors ?? [], oneSided: values["one-sided"] === true });
    const style = styleFor(io.stdout, io.env);
    const out = outputSink(io.stdout);
    let failed = 0;
    const items = readInputs(inputs, {
      ...read,
      ...(inputFormat !== undefined ? { format: inputFormat as "text" | "html" | "feed" | "jsonl" } : {}),
    });
    try {
      for await (const item of items) {
        if (out.closed) break;
        if (item.kind === "problem") {
          failed++;
          io.stderr.write(
            `dyad: ${describeLocation(item.problem.location)}: ${item.problem.message} [${item.problem.code}]\n`,
          );
          continue;
        }
        let coded: ReturnType<typeof pipeline.code>;
        try {
          coded = pipeline.code(item.article);
        } catch (error) {
          // A pipeline bug on one article is reported like bad input, so the rest of the batch is still coded.
          failed++;
          io.stderr.write(
            `dyad: ${describeLocation(item.location)}: could not be coded: ${(error as Error).message} [E_INTERNAL]\n`,
          );
          continue;
        }
        await out.write(format === "json" ? `${JSON.stringify(coded)}\n` : `${renderPretty(coded, style)}\n`);
      }
    } finally {
      out.dispose();
    }
    return failed > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
  },
};
