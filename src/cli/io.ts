/** The streams a CLI command talks to; tests pass fakes, the binary passes process streams. */
import type { Readable, Writable } from "node:stream";

export interface CliIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  /** Working directory for relative paths. */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** A CLI command: parses its own arguments, returns the process exit code. */
export interface Command {
  summary: string;
  usage: string;
  run(argv: string[], io: CliIO): Promise<number>;
}

/** Exit codes shared by every command. */
export const ExitCode = {
  OK: 0,
  /** Ran to the end but some inputs failed (errors printed on stderr). */
  SOME_FAILED: 1,
  USAGE: 2,
  /** Could not run at all (bad config, database unreachable, ...). */
  FATAL: 3,
} as const;
