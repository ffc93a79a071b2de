/** `dyad code` tested as shipped: the built binary, real files, real exit codes. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CodedArticle } from "../src/contract.js";
import { REPO_ROOT } from "../src/eval/shared.js";

function dyad(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, "bin", "dyad.js"), ...args], {
    cwd: REPO_ROOT,
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string) =>
  s
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as CodedArticle);

describe("dyad code (built binary)", () => {
  it("codes the example article as one JSON line when piped", () => {
    const r = dyad(["code", "examples/summit.txt", "--date", "2025-06-10"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const [coded] = lines(r.stdout);
    expect(coded?.article.date).toBe("2025-06-10");
    expect(coded?.article.title).toBe("Modi and Macron pledge deeper defence ties at Paris summit");
    expect(coded?.entities.some((e) => e.name === "Narendra Modi" && e.actor === "INDGOV")).toBe(true);
  });

  it("prints a readable summary with --format pretty", () => {
    const r = dyad(["code", "examples/summit.txt", "--date", "2025-06-10", "--format", "pretty"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Entities \(\d+\)/);
    expect(r.stdout).toContain("INDGOV");
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("goes on past bad inputs, names them on stderr and exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-cli-"));
    writeFileSync(join(dir, "bad.txt"), Buffer.from([0x41, 0xff, 0x42]));
    writeFileSync(
      join(dir, "a.jsonl"),
      '{"id":"one","text":"Peru and Chile signed a deal."}\n{oops\n{"id":"two","text":"Kenya hosted talks."}\n',
    );
    const r = dyad(["code", join(dir, "bad.txt"), join(dir, "a.jsonl"), "--format", "json"]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((c) => c.article.id)).toEqual(["one", "two"]);
    expect(r.stderr).toContain(`${join(dir, "bad.txt")}: invalid UTF-8 at byte 1 [E_INVALID_UTF8]`);
    expect(r.stderr).toContain(`${join(dir, "a.jsonl")}:2: malformed JSON`);
  });

  it("reads stdin with -", () => {
    const r = dyad(["code", "-", "--format", "json"], "Brazil condemned the attack.");
    expect(r.code).toBe(0);
    expect(lines(r.stdout)[0]?.text).toBe("Brazil condemned the attack.");
  });

  it.each([
    [["code"], "no input given"],
    [["code", "examples/summit.txt", "--date", "10/06/2025"], "not a date written YYYY-MM-DD"],
    [["code", "examples/summit.txt", "--format", "xml"], "--format must be json or pretty"],
    [["code", "examples/summit.txt", "--bogus"], "Unknown option"],
  ])("rejects bad usage %j with exit code 2", (args, message) => {
    const r = dyad(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
