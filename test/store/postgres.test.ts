import { afterAll, describe, it } from "vitest";
import { openStore } from "../../src/store/index.js";
import { createTestDb, pgUnavailable } from "./pg-helper.js";
import { storeSuite } from "./suite.js";

const reason = await pgUnavailable();
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

if (reason) {
  console.warn(`skipping PostgreSQL store tests: ${reason}`);
  describe.skip("postgres store", () => it("needs PostgreSQL", () => {}));
} else {
  storeSuite("postgres", async () => {
    const db = await createTestDb();
    drops.push(db.drop);
    return openStore(db.url);
  });
}
