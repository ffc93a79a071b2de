/**
 * `npm run bench:scale`: how the cost of ONE article grows with its size. Builds articles of 1, 2, 4, 8 and 16 MB
 * (by default) by joining corpus articles with blank lines, and measures each reader (plain text, HTML, JSONL) and
 * each pipeline stage on them, in a fresh child process per size so that the peak RSS it reports belongs to that
 * size alone. A linear pipeline shows a flat s/MB column. `--write` puts the table into docs/benchmarks.md.
 *
 * Options: --sizes 1,2,4 (MB), --write, --timeout SECONDS (per size; default 900).
 * Skips with a message when ../shared/corpus is absent.
 */
import { fork } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadNewsCorpus, REPO_ROOT } from "../eval/shared.js";
import { parseInput } from "../ingest/index.js";
import type { Article } from "../ingest/types.js";
import { createPipeline, emptyTimings } from "../pipeline.js";

/** What one child reports for one size. */
export interface SizeResult {
  mb: number;
  /** Seconds per step; readers first, then the pipeline stages, then output assembly. */
  seconds: Record<string, number>;
  peakRssMb: number;
  /** Length of the serialized output (millions of UTF-16 units, ≈ MB). */
  outputMb: number;
  events: number;
}

const READERS = ["read text", "read html", "read jsonl"] as const;
const STAGES = ["document", "actors", "attribution", "events", "output"] as const;

/** Corpus texts joined by blank lines until the article reaches `mb` MB (UTF-8). */
export function buildText(texts: readonly string[], mb: number): string {
  const target = mb * 1024 * 1024;
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < target && texts.length > 0; i++) {
    const t = texts[i % texts.length] as string;
    parts.push(t);
    bytes += Buffer.byteLength(t) + 2;
  }
  return parts.join("\n\n");
}

/** The same text as an HTML page, one <p> per paragraph (entities escaped), for the HTML reader. */
function asHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const paragraphs = text.split(/\n{2,}/).map((p) => `<p>${esc(p)}</p>`);
  return `<!doctype html><html><head><title>Scale</title></head><body><article>${paragraphs.join("\n")}</article></body></html>`;
}

/** CPU seconds of this process (per-core cost, undistorted by other load on a shared machine). */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function time<T>(run: () => T): [T, number] {
  const t0 = cpuSeconds();
  const out = run();
  return [out, cpuSeconds() - t0];
}

/** Runs in the child: one size, every reader and stage, after a small warm-up. */
function measureSize(mb: number): SizeResult {
  const texts = loadNewsCorpus(3000).articles.map((a) => a.text);
  const text = buildText(texts, mb);
  const seconds: Record<string, number> = {};
  const pipeline = createPipeline();
  for (const t of texts.slice(0, 200))
    pipeline.code({ id: "w", title: null, date: null, source: null, url: null, text: t });

  const bytes = Buffer.from(text, "utf8");
  [, seconds["read text"]] = time(() => parseInput(bytes, "scale.txt"));
  const html = Buffer.from(asHtml(text), "utf8");
  [, seconds["read html"]] = time(() => parseInput(html, "scale.html"));
  const jsonl = Buffer.from(`${JSON.stringify({ id: "scale", text })}\n`, "utf8");
  [, seconds["read jsonl"]] = time(() => parseInput(jsonl, "scale.jsonl"));

  const article: Article = { id: "scale", title: null, date: "2025-01-01", source: null, url: null, text };
  const timings = emptyTimings();
  // Coded as every surface codes it: `code` cuts a text over LONG_TEXT_CHARS into pieces (src/long-text.ts).
  // The output column is what assembling (merging pieces, for long texts) and serializing cost beyond the stages.
  const t0 = cpuSeconds();
  const coded = pipeline.code(article, timings);
  const json = JSON.stringify(coded).length;
  for (const stage of ["document", "actors", "attribution", "events"] as const) seconds[stage] = timings[stage] / 1000;
  const staged = (timings.document + timings.actors + timings.attribution + timings.events) / 1000;
  seconds.output = Math.max(0, cpuSeconds() - t0 - staged);
  return {
    mb: bytes.length / 1024 / 1024,
    seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    outputMb: json / 1024 / 1024,
    events: coded.events.length,
  };
}

/** Runs one size in a child process (fresh heap, own peak RSS); null when it failed or ran out of time. */
function runChild(mb: number, timeoutSeconds: number): Promise<SizeResult | { error: string }> {
  return new Promise((resolve) => {
    const child = fork(fileURLToPath(import.meta.url), ["--child", String(mb)], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      execArgv: ["--max-old-space-size=4096"],
    });
    let result: SizeResult | { error: string } = { error: "no result" };
    const timer = setTimeout(() => {
      result = { error: `over ${timeoutSeconds} s` };
      child.kill("SIGKILL");
    }, timeoutSeconds * 1000);
    child.on("message", (msg) => {
      result = msg as SizeResult;
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code !== 0 && !("error" in result && result.error.startsWith("over")) && !("seconds" in result))
        result = { error: `exited with code ${code}` };
      resolve(result);
    });
  });
}

const f2 = (x: number) => x.toFixed(2);

/** The Markdown table: one row per size, total and per-MB cost, each step's seconds, peak RSS. */
export function table(results: (SizeResult | { error: string; mb: number })[]): string[] {
  const steps = [...READERS, ...STAGES];
  const lines = [
    `| MB | pipeline s | s/MB | ${steps.join(" s | ")} s | peak RSS (MB) | events |`,
    `|---:|---:|---:|${steps.map(() => "---:|").join("")}---:|---:|`,
  ];
  for (const r of results) {
    if ("error" in r) {
      lines.push(`| ${r.mb} | ${r.error} |`);
      continue;
    }
    const total = STAGES.reduce((s, k) => s + (r.seconds[k] ?? 0), 0);
    const cells = steps.map((k) => f2(r.seconds[k] ?? 0));
    lines.push(
      `| ${r.mb.toFixed(1)} | ${f2(total)} | ${f2(total / r.mb)} | ${cells.join(" | ")} | ${r.peakRssMb.toFixed(0)} | ${r.events} |`,
    );
  }
  return lines;
}

/** Replaces the scale section of docs/benchmarks.md between its markers. */
function writeSection(body: string): void {
  const path = join(REPO_ROOT, "docs", "benchmarks.md");
  const begin = "<!-- scale:begin -->";
  const end = "<!-- scale:end -->";
  const doc = readFileSync(path, "utf8");
  const a = doc.indexOf(begin);
  const b = doc.indexOf(end);
  if (a < 0 || b < 0) throw new Error(`${path} lacks the ${begin} / ${end} markers`);
  writeFileSync(path, `${doc.slice(0, a + begin.length)}\n${body}\n${doc.slice(b)}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      child: { type: "string" },
      sizes: { type: "string", default: "1,2,4,8,16" },
      timeout: { type: "string", default: "900" },
      write: { type: "boolean", default: false },
    },
  });
  if (values.child !== undefined) {
    const result = measureSize(Number(values.child));
    if (process.send) process.send(result);
    else process.stdout.write(`${JSON.stringify(result)}\n`); // run by hand, e.g. under --cpu-prof
    return;
  }
  if (loadNewsCorpus(1).articles.length === 0) {
    process.stderr.write("bench:scale: skipped: no corpus in ../shared/corpus (set DYAD_SHARED)\n");
    return;
  }
  const sizes = values.sizes.split(",").map(Number);
  const results: (SizeResult | { error: string; mb: number })[] = [];
  for (const mb of sizes) {
    const r = await runChild(mb, Number(values.timeout));
    results.push("error" in r ? { ...r, mb } : r);
    process.stderr.write(
      `${mb} MB: ${"error" in r ? r.error : `${f2(STAGES.reduce((s, k) => s + (r.seconds[k] ?? 0), 0))} s`}\n`,
    );
  }
  const lines = [
    `One article built from corpus texts joined by blank lines, per size in a fresh process; Node ${process.version}, one core (CPU time). Readers: the same text as .txt, as an HTML page (one <p> per paragraph) and as one JSONL line. Pipeline = document + actors + attribution + events + output (assembling the contract and serializing it).`,
    "",
    ...table(results),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  if (values.write) writeSection(lines.join("\n"));
}

// Run only as a script, so tests can import buildText and table.
if (process.argv[1] === fileURLToPath(import.meta.url)) void main();
