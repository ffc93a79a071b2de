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
  ["./ner.js", "evaluateNer"],
  ["./attribution.js", "evaluateAttribution"],
  ["./hedging.js", "evaluateHedging"],
  ["./petrarch.js", "evaluatePetrarch"],
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

async function main(): Promise<void> {
  const started = performance.now();
  const ctx: EvalContext = { pipeline: createPipeline(), shared: sharedDir() };
  const results: EvalResult[] = [];
  for (const evaluate of await loadEvaluators()) {
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
  const path = join(REPO_ROOT, "docs", "accuracy.md");
  writeFileSync(path, render(results, (performance.now() - started) / 1000));
  process.stdout.write(`wrote ${path}\n`);
}

await main();
