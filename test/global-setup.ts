/**
 * Builds dist/ once before any test file runs, so tests of the shipped binary (`node bin/dyad.js …`) and of
 * worker threads (which load compiled .js) see the current sources. Set DYAD_SKIP_BUILD=1 to reuse a build.
 */
import { execFileSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  if (process.env.DYAD_SKIP_BUILD === "1") return;
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "inherit" });
}
