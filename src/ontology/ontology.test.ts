import { describe, expect, it } from "vitest";
import { allCodes, cameoInfo, ploverFor, quadOfRoot } from "./index.js";

describe("CAMEO ontology tables", () => {
  const cases: [string, string | null, number][] = [
    ["040", "CONSULT", 1],
    ["072", "AID", 2],
    ["112", "ACCUSE", 3],
    ["166", "SANCTION", 4],
    ["190", "ASSAULT", 4],
    ["010", null, 1],
    // No CAMEO2PLOVER row: appeals are REQUEST by the PLOVER manual's definition (scripts/build-ontology.ts).
    ["020", "REQUEST", 1],
    ["0214", "REQUEST", 1],
  ];
  for (const [code, plover, quad] of cases) {
    it(`${code} → ${plover}, quad ${quad}`, () => {
      expect(ploverFor(code)?.type ?? null).toBe(plover);
      expect(cameoInfo(code)?.quad).toBe(quad);
    });
  }
  it("Goldstein values come from GDELT's table (016 is negative there)", () => {
    expect(cameoInfo("016")?.goldstein).toBeLessThan(0);
    expect(cameoInfo("190")?.goldstein).toBe(-10);
  });
  it("unknown 4-digit codes fall back to the parent and keep their own code", () => {
    const info = cameoInfo("0429");
    expect(info?.code).toBe("0429");
    expect(info?.plover).toBe("CONSULT");
  });
  it("quad by root follows GDELT", () => {
    expect(["01", "05", "06", "09", "10", "14", "15", "20"].map(quadOfRoot)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });
  it("codes are strings with leading zeros", () => {
    const codes = allCodes();
    expect(codes).toContain("01");
    expect(codes.every((c) => typeof c === "string" && /^\d{2,4}$/.test(c))).toBe(true);
    expect(codes.length).toBeGreaterThan(300);
  });
});
