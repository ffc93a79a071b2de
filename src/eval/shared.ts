import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

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
