import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { command } from "../../src/cli/commands/serve.js";
import type { CliIO } from "../../src/cli/io.js";
import { DyadError } from "../../src/errors.js";

function io(): CliIO & { err: () => string } {
  const stderr = new PassThrough();
  let err = "";
  stderr.on("data", (d: Buffer) => {
    err += d.toString();
  });
  return { stdin: new PassThrough(), stdout: new PassThrough(), stderr, cwd: process.cwd(), env: {}, err: () => err };
}

const storeReady = existsSync(join(import.meta.dirname, "../../src/store/index.ts"));

describe("dyad serve", () => {
  it("documents its options", () => {
    expect(command.usage).toMatch(/--db/);
    expect(command.usage).toMatch(/--port/);
    expect(command.usage).toMatch(/--host/);
  });

  it.each([
    ["--port", "abc"],
    ["--port", "70000"],
    ["--port=-1", ""],
  ])("refuses %s %s", async (...argv: string[]) => {
    await expect(command.run(argv.filter(Boolean), io())).rejects.toSatisfy(
      (e) => e instanceof DyadError && e.code === "E_USAGE",
    );
  });

  it("refuses unknown options", async () => {
    await expect(command.run(["--bogus"], io())).rejects.toThrow();
  });

  it.skipIf(!storeReady)("serves the API on 127.0.0.1 and stops on SIGINT", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-serve-"));
    const streams = io();
    try {
      // serve reads an existing database (a missing one is refused); ingest would have made this one.
      const { openStore } = await import("../../src/store/index.js");
      await (await openStore(join(dir, "t.db"))).close();
      const running = command.run(["--db", join(dir, "t.db"), "--port", "0"], streams);
      let url: string | undefined;
      for (let i = 0; i < 200 && !url; i++) {
        url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(streams.err())?.[1];
        if (!url) await new Promise((r) => setTimeout(r, 25));
      }
      expect(url, streams.err()).toBeDefined();
      const res = await fetch(`${url}/api/stats`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ articles: 0, events: 0 });
      process.emit("SIGINT");
      await expect(running).resolves.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
