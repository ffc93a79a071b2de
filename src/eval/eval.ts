/**
 * `npm run eval`: runs every gold-set section against one pipeline, prints a summary table and writes
 * docs/accuracy.md. A section whose gold data is absent is reported as skipped, with the reason.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createPipeline } from "../pipeline.js";
import { evaluateSeed } from "./seed.js";
import { REPO_ROOT, sharedDir } from "./shared.js";
import type { EvalContext, EvalResult, Evaluator } from "./types.js";

/** Sections in report order: [module path relative to this file, exported evaluator name]. */
const SECTIONS: [string, string][] = [
  ["./syntax.js", "evaluateSyntax"],
  ["./ner.js", "evaluateNer"],
  ["./attribution.js", "evaluateAttribution"],
  ["./hedging.js", "evaluateHedging"],
  ["./petrarch.js", "evaluatePetrarch"],
  ["./contract.js", "evaluateContract"],
];

async function loadEvaluators(): Promise<Evaluator[]> {
  const evaluators: Evaluator[] = [evaluateSeed];
  for (const [path, name] of SECTIONS) {
    const mod = (await import(path)) as Record<string, Evaluator>;
    const fn = mod[name];
    if (typeof fn !== "function") throw new Error(`${path} does not export ${name}`);
    evaluators.push(fn);
  }
  return evaluators;
}

function render(results: EvalResult[], seconds: number): string {
  const out = [
    "# Accuracy",
    "",
    `Written by \`npm run eval\` (${new Date().toISOString().slice(0, 10)}, ${seconds.toFixed(0)} s). Gold data from the`,
    "shared folder (dev splits only; test splits are kept out for independent evaluation). Do not edit by hand.",
    "",
  ];
  for (const r of results) {
    if (r.ok) out.push(`## ${r.section.title}`, "", r.section.markdown, "");
    else out.push(`## ${r.title}`, "", `Skipped: ${r.skipped}`, "");
  }
  return out.join("\n");
}

/**
 * `--only <name>` (repeatable, or comma-separated) runs only the sections whose evaluator name contains one of the
 * names, case-insensitively (`--only attribution`, `--only hedging,seed`), prints them and leaves
 * docs/accuracy.md untouched, since a partial run would drop the other sections.
 */
function onlyFilter(argv: string[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--only" && argv[i + 1]) names.push(...(argv[++i] as string).split(","));
    else if (a.startsWith("--only=")) names.push(...a.slice(7).split(","));
  }
  return names.map((n) => n.trim().toLowerCase()).filter((n) => n.length > 0);
}

async function main(): Promise<void> {
  const started = performance.now();
  const ctx: EvalContext = { pipeline: createPipeline(), shared: sharedDir() };
  const results: EvalResult[] = [];
  const only = onlyFilter(process.argv.slice(2));
  const selected = (await loadEvaluators()).filter(
    (fn) => only.length === 0 || only.some((n) => fn.name.toLowerCase().includes(n)),
  );
  if (selected.length === 0) throw new Error(`--only ${only.join(",")} matches no section`);
  for (const evaluate of selected) {
    const t0 = performance.now();
    const result = await evaluate(ctx);
    results.push(result);
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    if (result.ok) {
      const nums = Object.entries(result.section.headline).map(([k, v]) => `${k} ${v}`);
      process.stdout.write(`${result.section.title.padEnd(44)} ${nums.join("  ")}  (${secs} s)\n`);
    } else {
      process.stdout.write(`${result.title.padEnd(44)} skipped: ${result.skipped}\n`);
    }
  }
  if (only.length > 0) {
    for (const r of results) if (r.ok) process.stdout.write(`\n## ${r.section.title}\n\n${r.section.markdown}\n`);
    return;
  }
  const path = join(REPO_ROOT, "docs", "accuracy.md");
  writeFileSync(path, render(results, (performance.now() - started) / 1000));
  process.stdout.write(`wrote ${path}\n`);
}

await main();
