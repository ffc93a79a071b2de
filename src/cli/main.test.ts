import { describe, expect, it } from "vitest";
import { fakeIO } from "../test-support/cli-io.js";
import { main } from "./main.js";

describe("dyad main", () => {
  it("lists the commands on --help", async () => {
    const f = fakeIO();
    expect(await main(["--help"], f.io)).toBe(0);
    expect(f.out()).toMatch(/code\s/);
    expect(f.out()).toMatch(/ingest\s/);
  });

  it("rejects an unknown command with exit code 2 and names it", async () => {
    const f = fakeIO();
    expect(await main(["frobnicate"], f.io)).toBe(2);
    expect(f.err()).toContain("unknown command 'frobnicate'");
  });

  it("prints the version", async () => {
    const f = fakeIO();
    expect(await main(["--version"], f.io)).toBe(0);
    expect(f.out()).toMatch(/^dyad \d+\.\d+\.\d+/);
  });
});
