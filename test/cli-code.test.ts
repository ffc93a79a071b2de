/** `dyad code` tested as shipped: the built binary, real files, real exit codes. */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { colourStyle, plainStyle, renderPretty, styleFor } from "../src/cli/pretty.js";
import type { CodedArticle } from "../src/contract.js";
import { REPO_ROOT } from "../src/eval/shared.js";
import { brokenSpans } from "../src/test-support/spans.js";

const newest = (dir: string): number =>
  Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );

// test/global-setup.ts builds dist/ once per run; when it was skipped (DYAD_SKIP_BUILD=1) and the sources have
// changed since, build here so the binary under test is never stale.
beforeAll(() => {
  const built = join(REPO_ROOT, "dist", "cli", "commands", "code.js");
  if (existsSync(built) && statSync(built).mtimeMs >= newest(join(REPO_ROOT, "src"))) return;
  execFileSync("npm", ["run", "build", "--silent"], { cwd: REPO_ROOT, stdio: "inherit" });
}, 180_000);

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
    expect(r.stderr).toMatch(
      new RegExp(`${join(dir, "bad.txt")}: invalid UTF-8 at byte 1; .*--encoding.* \\[E_INVALID_UTF8\\]`),
    );
    expect(r.stderr).toContain(`${join(dir, "a.jsonl")}:2: malformed JSON`);
  });

  it("codes every item of a feed with the --source override, all spans valid against the extracted text", () => {
    const r = dyad(["code", "test/fixtures/ingest/feed.rss", "--source", "Desk", "--format", "json"]);
    expect(r.code).toBe(0);
    const coded = lines(r.stdout);
    expect(coded).toHaveLength(2);
    expect(coded.map((c) => c.article.source)).toEqual(["Desk", "Desk"]);
    expect(coded.flatMap(brokenSpans)).toEqual([]);
  });

  it("reports a missing path, exits 1 and still codes the other inputs of the batch", () => {
    const r = dyad(["code", "no/such/file.txt", "examples/summit.txt", "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("dyad: no/such/file.txt: no such file or folder [E_NOT_FOUND]");
    expect(lines(r.stdout)).toHaveLength(1);
  });

  it("stops quietly when the reader of its output goes away (| head)", () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-cli-"));
    const record = (i: number) =>
      JSON.stringify({ id: `a${i}`, text: "Kenya hosted talks with Sudan. Egypt objected." });
    writeFileSync(join(dir, "many.jsonl"), `${Array.from({ length: 400 }, (_, i) => record(i)).join("\n")}\n`);
    const script = `"${process.execPath}" bin/dyad.js code "${join(dir, "many.jsonl")}" --format json | head -c 100 >/dev/null; echo "exit=\${PIPESTATUS[0]}"`;
    const r = spawnSync("bash", ["-c", script], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(r.stderr).not.toContain("EPIPE");
    expect(r.stdout.trim()).toBe("exit=0");
  });

  it("outputs only events between two coded actors unless --one-sided, and says so in the versions", () => {
    const text = "Rebels attacked the convoy near Goma. Brazil condemned Argentina.";
    const gated = lines(dyad(["code", "-", "--format", "json"], text).stdout)[0];
    const all = lines(dyad(["code", "-", "--format", "json", "--one-sided"], text).stdout)[0];
    expect(gated?.events.every((e) => e.source?.actor && e.target?.actor)).toBe(true);
    expect(gated?.events.some((e) => e.source?.actor === "BRA" && e.target?.actor === "ARG")).toBe(true);
    expect(all?.events.some((e) => !e.source?.actor || !e.target?.actor)).toBe(true);
    expect(all?.versions.events).toMatch(/\+one-sided$/);
    expect(gated?.versions.events).not.toMatch(/one-sided/);
  });

  it("reads stdin with -", () => {
    const r = dyad(["code", "-", "--format", "json"], "Brazil condemned the attack.");
    expect(r.code).toBe(0);
    expect(lines(r.stdout)[0]?.text).toBe("Brazil condemned the attack.");
  });

  it.each([
    [["code"], "no input given"],
    [["code", "examples/summit.txt", "--date", "10/06/2025"], "--date '10/06/2025' is not a valid date"],
    // The commands that read articles share one check of the reading flags, made before any input is read.
    [["ingest", "examples/summit.txt", "--db", "/nonexistent/dyad.db", "--date", "2025-02-30"], "--date '2025-02-30'"],
    [["ingest", "--db", "/nonexistent/dyad.db"], "no input given"],
    [
      ["enqueue", "examples/summit.txt", "--db", "postgres://127.0.0.1/none", "--encoding", "klingon"],
      "--encoding 'klingon'",
    ],
    [["code", "examples/summit.txt", "--format", "xml"], "--format must be json or pretty"],
    [["code", "examples/summit.txt", "--bogus"], "Unknown option"],
  ])("rejects bad usage %j with exit code 2", (args, message) => {
    const r = dyad(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

function sample(): CodedArticle {
  const text = "China's Foreign Ministry said Beijing agreed to help Moscow.";
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const mention = (s: string) => ({ ...span(s), form: "name" as const });
  return {
    article: {
      id: "sha256:0123456789abcdef",
      title: "Ministry statement",
      date: "2025-06-10",
      source: null,
      url: null,
    },
    text,
    sentences: [{ start: 0, end: text.length }],
    entities: [
      {
        id: "e1",
        name: "China's Foreign Ministry",
        kind: "organization",
        actor: "CHNGOV",
        country: "CHN",
        role: "GOV",
        mentions: [mention("China's Foreign Ministry")],
      },
      {
        id: "e2",
        name: "China",
        kind: "country",
        actor: "CHNGOV",
        country: "CHN",
        role: "GOV",
        mentions: [mention("Beijing")],
      },
      {
        id: "e3",
        name: "Russia",
        kind: "country",
        actor: "RUSGOV",
        country: "RUS",
        role: "GOV",
        mentions: [mention("Moscow")],
      },
    ],
    quotes: [
      {
        id: "q1",
        type: "indirect",
        speaker: { ...span("China's Foreign Ministry"), entity: "e1" },
        cue: span("said"),
        content: [span("Beijing agreed to help Moscow")],
        certainty: "reported",
        negated: false,
      },
    ],
    attributions: [],
    events: [
      {
        id: "v1",
        code: "030",
        name: "Express intent to cooperate",
        plover: "COOPERATE",
        goldstein: 4,
        quad: 1,
        source: { ...span("Beijing"), entity: "e2", actor: "CHNGOV" },
        target: { ...span("Moscow"), entity: "e3", actor: "RUSGOV" },
        trigger: span("agreed"),
        sentence: 0,
        date: "2025-06-10",
        asserted_by: ["e1"],
        certainty: "reported",
        negated: false,
        rule: "test",
      },
    ],
  };
}

describe("pretty output", () => {
  it("shows the event line with codes, Goldstein, asserter and the trigger marked in context", () => {
    const out = renderPretty(sample(), plainStyle);
    expect(out).toContain(
      "CHNGOV → RUSGOV 030 Express intent to cooperate (Goldstein 4.0) [reported by China's Foreign Ministry]",
    );
    expect(out).toContain("Beijing [agreed] to help Moscow");
    expect(out).toContain("China's Foreign Ministry → “Beijing agreed to help Moscow” [said, indirect, reported]");
    expect(out).not.toContain("\u001b[");
  });

  it("renders an article with nothing found", () => {
    const empty = { ...sample(), entities: [], quotes: [], events: [] };
    const out = renderPretty(empty, plainStyle);
    expect(out).toContain("Ministry statement");
    expect(out).toContain("Events (0)");
  });

  it("colours only a terminal without NO_COLOR", () => {
    expect(styleFor({ isTTY: true }, {})).toBe(colourStyle);
    expect(styleFor({ isTTY: true }, { NO_COLOR: "1" })).toBe(plainStyle);
    expect(styleFor({ isTTY: false }, {})).toBe(plainStyle);
    expect(renderPretty(sample(), colourStyle)).toContain("\u001b[");
  });
});
