/** An in-memory CliIO for tests of `main(argv, io)`: what the command wrote is read back with out() / err(). */
import { PassThrough } from "node:stream";
import type { CliIO } from "../cli/io.js";

export function fakeIO(options: { cwd?: string; tty?: boolean } = {}): {
  io: CliIO;
  out: () => string;
  err: () => string;
} {
  const stdout = new PassThrough() as PassThrough & { isTTY?: boolean };
  const stderr = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdout.isTTY = options.tty ?? false;
  let out = "";
  let err = "";
  stdout.on("data", (d) => {
    out += d;
  });
  stderr.on("data", (d) => {
    err += d;
  });
  const io: CliIO = { stdin: new PassThrough(), stdout, stderr, cwd: options.cwd ?? process.cwd(), env: {} };
  return { io, out: () => out, err: () => err };
}
