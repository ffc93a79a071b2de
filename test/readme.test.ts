/** The README's example output is what Dyad prints today: its JSON event is checked against a fresh run. */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { parseInput } from "../src/ingest/index.js";
import { createPipeline } from "../src/pipeline.js";

const ROOT = resolve(import.meta.dirname, "..");

it("the README's JSON event matches coding examples/summit.txt on its date", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const block = /```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
  expect(block, "README has a ```json block").toBeDefined();
  const shown = JSON.parse(block as string);
  const [item] = parseInput(readFileSync(join(ROOT, "examples/summit.txt")), "summit.txt", { date: "2025-06-10" });
  if (item?.kind !== "article") throw new Error("examples/summit.txt did not read as an article");
  const coded = createPipeline().code(item.article);
  expect(coded.events.find((e) => e.id === shown.id)).toEqual(shown);
  expect(readme).toContain(`Events (${coded.events.length})`);
  expect(coded.text.slice(shown.source.start, shown.source.end)).toBe(shown.source.text);
});
