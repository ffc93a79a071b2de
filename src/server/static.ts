/**
 * Serves the built web UI (web/dist) with node:fs. Only files under the root are reachable: the request path
 * is decoded once, any "..", "." or dot-file segment, backslash or NUL is refused, and the resolved real path
 * must still lie inside the root (no symlink escapes). Everything else is a 404.
 */
import { readFile, realpath, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { DyadError } from "../errors.js";

/** web/dist relative to this module: src/server/ (tsx, vitest) and dist/server/ (built) are both two levels down. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../web/dist/", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dyad</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;line-height:1.5">
<h1>Dyad</h1><p>The web UI has not been built. Run <code>npm run build</code> (which runs
<code>vite build web</code>) and restart <code>dyad serve</code>. The JSON API is available under
<a href="/api/openapi.json">/api</a>.</p></body></html>`;

export interface StaticFile {
  body: Buffer | string;
  type: string;
  /** Hashed asset names can be cached for good. */
  immutable: boolean;
}

function notFound(): DyadError {
  return new DyadError("E_NOT_FOUND", "not found");
}

/** Maps a request URL to a file under `root`, or throws E_NOT_FOUND. */
export async function resolveStatic(root: string, url: string): Promise<StaticFile> {
  const rawPath = url.split("?")[0]?.split("#")[0] ?? "/";
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    throw notFound();
  }
  if (path.includes("\0") || path.includes("\\") || !path.startsWith("/")) throw notFound();
  const segments = path.split("/").filter((s) => s !== "");
  if (segments.some((s) => s.startsWith(".") || s.includes(":"))) throw notFound();
  const rel = segments.length === 0 ? "index.html" : segments.join("/");
  const base = resolve(root);
  const full = resolve(base, rel);
  if (!full.startsWith(base + sep)) throw notFound();
  let real: string;
  let realBase: string;
  try {
    [real, realBase] = await Promise.all([realpath(full), realpath(base)]);
    if (!real.startsWith(realBase + sep) || !(await stat(real)).isFile()) throw notFound();
  } catch {
    if (rel === "index.html") return { body: NOT_BUILT, type: TYPES[".html"] as string, immutable: false };
    throw notFound();
  }
  const body = await readFile(real);
  return {
    body,
    type: TYPES[extname(real).toLowerCase()] ?? "application/octet-stream",
    immutable: segments[0] === "assets",
  };
}
