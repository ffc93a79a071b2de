/** Browser-test harness: a real server on a random port over a temp store, and Debian's Chromium via playwright-core. */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { type BrowserContext, chromium } from "playwright-core";
import type { Pipeline } from "../../src/pipeline.js";
import { buildServer } from "../../src/server/index.js";
import { openStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";

export const CHROMIUM = process.env.DYAD_CHROMIUM ?? "/usr/bin/chromium";
export const SEED = "/work/shared/examples/seed-xi-putin.txt";
export const SEED_CANDIDATES = [SEED, join(import.meta.dirname, "../../../shared/examples/seed-xi-putin.txt")];
export const SCREENSHOTS = join(import.meta.dirname, "../../docs/screenshots");

export function seedPath(): string | null {
  return SEED_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** A SQLite store in a temporary folder. */
export async function openTempStore(dir: string): Promise<{ store: Store; kind: string }> {
  return { store: await openStore(join(dir, "test.db")), kind: "sqlite" };
}

export interface Harness {
  app: FastifyInstance;
  url: string;
  store: Store;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function startHarness(store: Store, pipeline: Pipeline): Promise<Harness> {
  const app = buildServer({ store, pipeline });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const profile = mkdtempSync(join(tmpdir(), "dyad-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1320, height: 900 },
    deviceScaleFactor: 1,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-quic",
      "--disable-sync",
    ],
  });
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    store,
    context,
    async close() {
      await context.close().catch(() => {});
      await app.close();
      await store.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function webBuilt(): boolean {
  return existsSync(join(import.meta.dirname, "../../web/dist/index.html"));
}
