/**
 * Packaging (issue 15): the npm name is not the unrelated `dyad` package, the command is still `dyad`, and every
 * locked dependency accepts the Node version the project supports (npm ci printed EBADENGINE for cookie@2,
 * which needs Node 22).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../src/eval/shared.js";

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8"));
const lock = JSON.parse(readFileSync(join(REPO_ROOT, "package-lock.json"), "utf8"));

describe("package", () => {
  it("is published as dyad-events and installs the dyad command", () => {
    expect(pkg.name).toBe("dyad-events");
    expect(pkg.bin).toEqual({ dyad: "bin/dyad.js" });
    expect(lock.name).toBe("dyad-events");
  });

  it("needs no Node newer than the lowest version it declares: no EBADENGINE on Node 20", () => {
    // 20.19: linkedom's HTML parser packages (entities, css-select…) and vite need it.
    const lowest = semver.minVersion(pkg.engines.node)?.version as string;
    expect(semver.major(lowest)).toBe(20);
    const tooNew = Object.entries(lock.packages as Record<string, { engines?: { node?: string } }>)
      .filter(([, p]) => typeof p.engines?.node === "string")
      .filter(([, p]) => !semver.satisfies(lowest, p.engines?.node as string))
      .map(([name, p]) => `${name} wants node ${p.engines?.node}`);
    expect(tooNew).toEqual([]);
  });

  it("ships its licence and the notice of its data and models", () => {
    expect(pkg.license).toBe("MIT");
    expect(readFileSync(join(REPO_ROOT, "LICENSE"), "utf8")).toContain("MIT License");
    const notice = readFileSync(join(REPO_ROOT, "NOTICE"), "utf8");
    for (const needle of ["world-countries", "ODbL", "CAMEO", "PLOVER", "CC BY-SA", "CoNLL-2003", "PolNeAR"])
      expect(notice).toContain(needle);
  });
});
