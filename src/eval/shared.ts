import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../ingest/types.js";

/** Root of the repository (works from src/ under tsx/vitest and from dist/ when built). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The shared data folder: $DYAD_SHARED, else ../shared beside the repository. */
export function sharedDir(): string {
  return resolve(process.env.DYAD_SHARED ?? resolve(REPO_ROOT, "..", "shared"));
}

/** Returns the path when it exists, else null; callers print why they skip. */
export function sharedFile(...parts: string[]): string | null {
  const path = resolve(sharedDir(), ...parts);
  return existsSync(path) ? path : null;
}

/**
 * The shared news corpus (corpus/*.jsonl; news-politics-subset.jsonl is left out because it repeats records of the
 * others), as articles in file order, at most `limit`. No files when the folder is absent.
 */
export function loadNewsCorpus(limit = Number.POSITIVE_INFINITY): { articles: Article[]; files: string[] } {
  const dir = join(sharedDir(), "corpus");
  if (!existsSync(dir)) return { articles: [], files: [] };
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl") && !f.includes("subset"))
    .sort();
  const articles: Article[] = [];
  for (const file of files) {
    for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; title?: string; date?: string; source?: string; text: string };
      articles.push({
        id: r.id,
        title: r.title ?? null,
        date: r.date ? r.date.slice(0, 10) : null,
        source: r.source ?? null,
        url: null,
        text: r.text,
      });
      if (articles.length >= limit) return { articles, files };
    }
  }
  return { articles, files };
}
