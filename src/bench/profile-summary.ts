/**
 * Summarizes a V8 CPU profile of Dyad (`node --cpu-prof bin/dyad.js code FILE --format json > /dev/null`, or any
 * `.cpuprofile`): self time by function, and by pipeline stage — the stage whose entry point is on the sample's
 * call stack (`buildDocument`, the actors, attribution and events stages' `run`). On a shared machine compare
 * builds by these shares, not by wall-clock time.
 *
 * Usage: node dist/bench/profile-summary.js PROFILE.cpuprofile [--top N]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The stage a frame opens, if it is one of the pipeline's entry points. */
function stageOpenedBy(frame: ProfileNode["callFrame"]): string | undefined {
  if (frame.functionName === "buildDocument") return "document";
  for (const stage of ["actors", "attribution", "events"]) {
    if (frame.functionName === "run" && frame.url.endsWith(`/${stage}/index.js`)) return stage;
  }
  return undefined;
}

/** A frame's name with its file relative to dist/ (or node_modules/) and its line. */
function frameName(frame: ProfileNode["callFrame"]): string {
  const file = frame.url.replace(/^.*\/dist\//, "").replace(/^.*node_modules\//, "");
  return `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`;
}

/** Self time (µs) by function and by stage. */
export function summarize(profile: CpuProfile): {
  total: number;
  byFunction: Map<string, number>;
  byStage: Map<string, number>;
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stageOf = new Map<number, string>();
  const stage = (id: number): string => {
    const known = stageOf.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id) as ProfileNode;
    const up = parent.get(id);
    const found = stageOpenedBy(node.callFrame) ?? (up === undefined ? "other" : stage(up));
    stageOf.set(id, found);
    return found;
  };
  const byFunction = new Map<string, number>();
  const byStage = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
    total += dt;
    const name = frameName((byId.get(id) as ProfileNode).callFrame);
    byFunction.set(name, (byFunction.get(name) ?? 0) + dt);
    byStage.set(stage(id), (byStage.get(stage(id)) ?? 0) + dt);
  });
  return { total, byFunction, byStage };
}

function table(title: string, rows: Map<string, number>, total: number, top: number): string[] {
  const sorted = [...rows].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `| ${title} | ms | share |`,
    "|---|---:|---:|",
    ...sorted.map(([k, v]) => `| ${k} | ${(v / 1000).toFixed(0)} | ${((100 * v) / total).toFixed(1)} % |`),
  ];
}

function main(): void {
  const { values, positionals } = parseArgs({ options: { top: { type: "string" } }, allowPositionals: true });
  const file = positionals[0];
  if (!file) {
    process.stderr.write("usage: node dist/bench/profile-summary.js PROFILE.cpuprofile [--top N]\n");
    process.exitCode = 2;
    return;
  }
  const { total, byFunction, byStage } = summarize(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
  const top = Number(values.top ?? 30);
  const lines = [
    `Profile ${file}: ${(total / 1000).toFixed(0)} ms sampled`,
    "",
    ...table("stage", byStage, total, 10),
    "",
    ...table("function (self time)", byFunction, total, top),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

if (process.argv[1]?.endsWith("profile-summary.js")) main();
