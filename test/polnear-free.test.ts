/**
 * PolNeAR may not be republished (its articles belong to their publishers): no tracked file — test strings,
 * docs, comments, data — may quote a PolNeAR document. Checked by eight-word shingles against the gold texts in
 * ../shared; skipped with a message when they are absent.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, sharedFile } from "../src/eval/shared.js";

const gold = sharedFile("attribution", "polnear", "dev.jsonl");
if (!gold) console.warn("skipping the PolNeAR quotation check: ../shared/attribution/polnear is absent");

/** Lower-case words, quotes and apostrophes unified, so a re-typed quotation still matches. */
function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .match(/[a-z0-9']+/g) ?? []
  );
}

const SHINGLE = 8;

describe.skipIf(!gold)("no PolNeAR text in the repository", () => {
  it("no tracked text file shares eight consecutive words with a PolNeAR document", () => {
    const shingles = new Set<string>();
    for (const line of readFileSync(gold as string, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const w = words((JSON.parse(line) as { text?: string }).text ?? "");
      for (let i = 0; i + SHINGLE <= w.length; i++) shingles.add(w.slice(i, i + SHINGLE).join(" "));
    }
    const files = execFileSync("git", ["ls-files"], { cwd: REPO_ROOT, encoding: "utf8" })
      .split("\n")
      .filter((f) => /\.(ts|tsx|md|json|txt|jsonl|html|xml)$/.test(f) && f !== "package-lock.json");
    const quoted: string[] = [];
    for (const file of files) {
      const w = words(readFileSync(join(REPO_ROOT, file), "utf8"));
      for (let i = 0; i + SHINGLE <= w.length; i++) {
        const s = w.slice(i, i + SHINGLE).join(" ");
        if (shingles.has(s)) {
          quoted.push(`${file}: "${s}"`);
          break;
        }
      }
    }
    expect(quoted).toEqual([]);
  });
});
