import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";
import { makeArticle } from "./fixtures.js";
import { createTestDb, pgUnavailable } from "./pg-helper.js";

const reason = await pgUnavailable();
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

/** Events of one dyad on many days: each day is a cluster of its own, so a rewrite inserts many rows. */
function articles(n: number) {
  return Array.from({ length: n }, (_, i) =>
    makeArticle(
      `r${i}`,
      [{ src: "Gondor", srcActor: "GON", verb: "attacked", tgt: "Rohan", tgtActor: "ROH", code: "190", quad: 4 }],
      { date: `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`, source: "W" },
    ),
  );
}

if (reason) {
  console.warn(`skipping PostgreSQL recluster test: ${reason}`);
  describe.skip("postgres recluster", () => it("needs PostgreSQL", () => {}));
} else {
  describe("postgres recluster", () => {
    // Two `dyad worker` processes that finish together both recluster (the CI saw clusters_pkey violations).
    it("two stores reclustering the same database at once both succeed", async () => {
      const db = await createTestDb();
      drops.push(db.drop);
      const a = await openStore(db.url);
      const b = await openStore(db.url);
      try {
        await a.saveArticles(articles(200));
        for (let round = 0; round < 5; round++) {
          const [na, nb] = await Promise.all([a.recluster(), b.recluster()]);
          expect(na).toBe(nb);
        }
        expect((await a.clusters({ source: "GON" })).length).toBeGreaterThan(0);
      } finally {
        await a.close();
        await b.close();
      }
    });
  });
}
