import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";
import { storeSuite } from "./suite.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-store-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeSuite("sqlite", () => openStore(join(dir, `t${n++}.db`)));

describe("sqlite migrations", () => {
  it("records applied migrations and reopens an existing file", async () => {
    const path = join(dir, "mig.db");
    const s1 = await openStore(path);
    await s1.close();
    const s2 = await openStore(path);
    expect(s2.kind).toBe("sqlite");
    const { SqliteStore } = await import("../../src/store/sqlite.js");
    const raw = (s2 as InstanceType<typeof SqliteStore>).raw;
    expect(raw.prepare("SELECT version FROM schema_migrations").all()).toEqual([{ version: 1 }, { version: 2 }]);
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    raw.prepare("INSERT INTO schema_migrations VALUES (99, 'future', '')").run();
    await s2.close();
    await expect(openStore(path)).rejects.toThrow(/schema version 99 is newer/);
  });
});
