/**
 * `dyad` entry point: maps a command name to its module (loaded lazily so `dyad code` never loads the database
 * or server code) and maps thrown errors to exit codes in one place.
 */
import { DyadError } from "../errors.js";
import { type CliIO, type Command, ExitCode } from "./io.js";

const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  code: () => import("./commands/code.js"),
  parse: () => import("./commands/parse.js"),
  ingest: () => import("./commands/ingest.js"),
  enqueue: () => import("./commands/enqueue.js"),
  worker: () => import("./commands/worker.js"),
  events: () => import("./commands/events.js"),
  quotes: () => import("./commands/quotes.js"),
  dyad: () => import("./commands/dyad.js"),
  export: () => import("./commands/export.js"),
  recluster: () => import("./commands/recluster.js"),
  serve: () => import("./commands/serve.js"),
  validate: () => import("./commands/validate.js"),
  dict: () => import("./commands/dict.js"),
};

async function help(io: CliIO): Promise<number> {
  const lines = ["Usage: dyad <command> [options]", "", "Commands:"];
  for (const [name, load] of Object.entries(COMMANDS)) {
    try {
      const { command } = await load();
      lines.push(`  ${name.padEnd(10)} ${command.summary}`);
    } catch {
      lines.push(`  ${name.padEnd(10)} (not yet available)`);
    }
  }
  lines.push("", "Run `dyad <command> --help` for a command's options.");
  io.stdout.write(`${lines.join("\n")}\n`);
  return ExitCode.OK;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") return help(io);
  if (name === "--version" || name === "-v") {
    const { PIPELINE_VERSION } = await import("../pipeline.js");
    io.stdout.write(`dyad ${PIPELINE_VERSION}\n`);
    return ExitCode.OK;
  }
  const load = COMMANDS[name];
  if (load === undefined) {
    io.stderr.write(`dyad: unknown command '${name}'. Run 'dyad --help' for the list.\n`);
    return ExitCode.USAGE;
  }
  const { command } = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(`${command.usage}\n`);
    return ExitCode.OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    return reportFatal(name, error, io);
  }
}

function reportFatal(name: string, error: unknown, io: CliIO): number {
  if (error instanceof DyadError) {
    io.stderr.write(`dyad ${name}: ${error.message} [${error.code}]\n`);
    return error.code === "E_USAGE" || error.code === "E_DATE" ? ExitCode.USAGE : ExitCode.FATAL;
  }
  if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
    io.stderr.write(`dyad ${name}: ${error.message}\n`);
    return ExitCode.USAGE;
  }
  io.stderr.write(
    `dyad ${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return ExitCode.FATAL;
}
