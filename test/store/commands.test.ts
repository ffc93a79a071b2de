/** The query/export commands, run in-process through the CLI entry point against a fixture store. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { openStore } from "../../src/store/index.js";
import { fakeIO } from "../../src/test-support/cli-io.js";
import { makeArticle } from "./fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-cmd-"));
const db = join(dir, "q.db");

beforeAll(async () => {
  const store = await openStore(db);
  await store.saveArticles([
    makeArticle(
      "c1",
      [
        { src: "China", srcActor: "CHNGOV", verb: "met", tgt: "Russia", tgtActor: "RUS", code: "036", goldstein: 4 },
        { src: "China", srcActor: "CHN", verb: "aided", tgt: "Russia", tgtActor: "RUS", code: "070", quad: 2 },
      ],
      { date: "2025-01-03" },
    ),
    makeArticle(
      "c2",
      [{ src: "Putin", srcActor: "RUSGOV", verb: "accused", tgt: "China", tgtActor: "CHN", code: "112", quad: 3 }],
      { date: "2025-02-10" },
    ),
  ]);
  await store.recluster();
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], tty = false) {
  const f = fakeIO({ cwd: dir, tty });
  const code = await main(args, f.io);
  return { code, out: f.out(), err: f.err() };
}

describe("store commands", () => {
  it("dyad events filters by actor, date, code and certainty", async () => {
    const r = await run([
      "events",
      "--db",
      db,
      "--source",
      "CHN",
      "--target",
      "RUS",
      "--from",
      "2025-01-01",
      "--code",
      "07",
      "--certainty",
      "asserted",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("070");
    expect(r.out).not.toContain("036");
    const csv = await run(["events", "--db", db, "--format", "csv"]);
    expect(csv.out.split("\n").filter(Boolean)).toHaveLength(4);
    const jsonl = await run(["events", "--db", db, "--format", "jsonl", "--source", "RUS"]);
    expect(JSON.parse(jsonl.out.trim()).code).toBe("112");
    const bad = await run(["events", "--db", db, "--certainty", "sure"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--certainty must be one of");
  });

  it("dyad quotes finds a speaker by part of the name", async () => {
    const r = await run(["quotes", "--db", db, "--speaker", "Put"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("We will talk");
    expect(r.out).toContain("Putin");
  });

  it("dyad dyad prints the series with a sparkline on a TTY", async () => {
    const r = await run(["dyad", "CHN", "RUS", "--db", db, "--by", "month"], true);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2025-01-01\s+2\s+1\s+1\s+0\s+0/);
    expect(r.out).toMatch(/2025-02-01\s+1\s+0\s+0\s+1\s+0/);
    expect(r.out).toMatch(/events {2}[▁-█]{2}/);
    const plain = await run(["dyad", "CHN", "RUS", "--db", db, "--directed", "--format", "jsonl"]);
    expect(plain.out.trim().split("\n")).toHaveLength(2);
  });

  it("dyad export writes each format to a file", async () => {
    for (const format of ["jsonl", "csv", "gdelt", "phoenix", "plover"]) {
      const out = join(dir, `out.${format}`);
      const r = await run(["export", "--db", db, "--format", format, "--out", out]);
      expect(r.code, r.err).toBe(0);
      const lines = readFileSync(out, "utf8").trim().split("\n");
      expect(lines.length).toBe(format === "csv" || format === "phoenix" ? 4 : 3);
    }
    const gdelt = readFileSync(join(dir, "out.gdelt"), "utf8").trim().split("\n");
    expect(gdelt.every((l) => l.split("\t").length === 61)).toBe(true);
    const r = await run(["export", "--db", db]);
    expect(r.code).toBe(2);
  });

  it("dyad recluster reports the clusters", async () => {
    const r = await run(["recluster", "--db", db]).catch(() => null);
    // recluster is registered by the lead in src/cli/main.ts; until then the command module is tested directly.
    if (r && r.code === 0) expect(r.err).toMatch(/\d+ clusters/);
    const { command } = await import("../../src/cli/commands/recluster.js");
    const stderr = new PassThrough();
    let err = "";
    stderr.on("data", (d) => {
      err += d;
    });
    const code = await command.run(["--db", db], {
      stdin: new PassThrough(),
      stdout: new PassThrough(),
      stderr,
      cwd: dir,
      env: {},
    });
    expect(code).toBe(0);
    expect(err).toMatch(/3 clusters/);
  });

  it.each([
    ["events"],
    ["quotes"],
    ["dyad", "CHN", "RUS"],
    ["export", "--format", "jsonl"],
    ["recluster"],
    ["serve", "--port", "0"],
  ])("dyad %s refuses a missing database (exit 3, names it) and creates no file", async (name, ...rest) => {
    const typo = join(dir, "typo.db");
    const r = await run([name, ...rest, "--db", typo]);
    expect(r.code).toBe(3);
    expect(r.err).toContain(`no database at ${typo}`);
    expect(r.err).toContain("[E_DB]");
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(typo)).toBe(false);
  });

  it("dyad events refuses a missing default ./dyad.db too (no --db)", async () => {
    const empty = mkdtempSync(join(tmpdir(), "dyad-nodb-"));
    const f = fakeIO({ cwd: empty });
    expect(await main(["events"], f.io)).toBe(3);
    expect(f.err()).toContain(`no database at ${join(empty, "dyad.db")}`);
    expect(existsSync(join(empty, "dyad.db"))).toBe(false);
    rmSync(empty, { recursive: true, force: true });
  });

  it("dyad ingest on a terminal that reports 0 columns finishes and computes clusters", async () => {
    const input = join(dir, "zero-cols.jsonl");
    writeFileSync(
      input,
      `${JSON.stringify({ id: "z1", date: "2025-01-02", text: "China criticized Japan on Monday." })}\n`,
    );
    const f = fakeIO({ cwd: dir });
    Object.assign(f.io.stderr, { isTTY: true, columns: 0 });
    const code = await main(["ingest", input, "--db", join(dir, "zero.db"), "--workers", "0"], f.io);
    expect(code, f.err()).toBe(0);
    expect(f.err()).toMatch(/1 new.*\d+ clusters/);
  });

  it("fills SOURCEURL and every URL field of every export from the URL a JSONL record carries (meta.url too)", async () => {
    const input = join(dir, "urls.jsonl");
    const records = [
      { id: "u1", date: "2025-01-02", url: "https://news.example/u1", text: "China criticized Japan on Monday." },
      {
        id: "u2",
        date: "2025-01-03",
        meta: { url: "https://news.example/u2" },
        text: "Russia praised India on Friday.",
      },
    ];
    writeFileSync(input, `${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
    const urlsDb = join(dir, "urls.db");
    expect(await main(["ingest", input, "--db", urlsDb, "--workers", "0"], fakeIO({ cwd: dir }).io)).toBe(0);
    const urls = ["https://news.example/u1", "https://news.example/u2"];
    const exported = async (format: string) => {
      const r = await run(["export", "--db", urlsDb, "--format", format]);
      expect(r.code, r.err).toBe(0);
      return r.out.trim().split("\n");
    };
    expect((await exported("gdelt")).map((l) => l.split("\t")[60])).toEqual(urls);
    const phoenix = await exported("phoenix");
    const urlCol = phoenix[0]?.split("\t").indexOf("URLs") ?? -1;
    expect(phoenix.slice(1).map((l) => l.split("\t")[urlCol])).toEqual(urls);
    expect((await exported("csv")).slice(1).map((l) => l.split(",").at(-1))).toEqual(urls);
    expect((await exported("jsonl")).map((l) => JSON.parse(l).article_url)).toEqual(urls);
    expect((await exported("plover")).map((l) => JSON.parse(l).cite_info.url)).toEqual(urls);
  });
});
