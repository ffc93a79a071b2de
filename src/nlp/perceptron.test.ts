import { describe, expect, it } from "vitest";
import { hashFeature, PerceptronTrainer, pruneRows, SparseModel } from "./perceptron.js";

/** A frozen model whose feature `k` (for k in 1..n) weighs `(k % 7) - 3 + 0.25 * c` on class c (zeros left out). */
function model(classes: number, n: number): { model: SparseModel; weight: (k: number, c: number) => number } {
  const weight = (k: number, c: number) => (k % 7) - 3 + 0.25 * c;
  const keys: number[] = [];
  const counts: number[] = [];
  const cls: number[] = [];
  const vals: number[] = [];
  for (let k = 1; k <= n; k++) {
    keys.push(hashFeature(9, k));
    let count = 0;
    for (let c = 0; c < classes; c++) {
      if (weight(k, c) === 0) continue;
      cls.push(c);
      vals.push(weight(k, c));
      count++;
    }
    counts.push(count);
  }
  const frozen = new SparseModel(
    classes,
    Int32Array.from(keys),
    Uint16Array.from(counts),
    Uint16Array.from(cls),
    Float32Array.from(vals),
  );
  return { model: frozen, weight };
}

describe("SparseModel (frozen, 16-bit weights)", () => {
  it.each([3, 4, 8, 51])(
    "adds the weights of the features present, for %d classes (dense, four-class and sparse layouts)",
    (classes) => {
      const { model: m, weight } = model(classes, 5000);
      const features = Int32Array.from([
        hashFeature(9, 12),
        hashFeature(9, 4999),
        hashFeature(9, 77777),
        hashFeature(8, 12),
      ]);
      const scores = new Float32Array(classes).fill(1);
      m.score(features, features.length, scores);
      for (let c = 0; c < classes; c++) {
        // features 77777 (never trained) and template 8 are unknown and add nothing; the scorer adds to what is there
        expect(scores[c]).toBeCloseTo(1 + weight(12, c) + weight(4999, c), 2);
      }
    },
  );

  it("scores as the float weights it was frozen from, within the 16-bit step", () => {
    const trainer = new PerceptronTrainer(3);
    const f = Int32Array.from([hashFeature(1, 1), hashFeature(1, 2), hashFeature(1, 3)]);
    trainer.update(f, 3, 2, 0);
    trainer.tick();
    trainer.update(f, 1, 1, 2, 0.5);
    trainer.tick();
    const frozen = trainer.freeze();
    const expected = new Float32Array(3);
    let at = 0;
    for (let i = 0; i < frozen.keys.length; i++) {
      for (let j = at; j < at + (frozen.counts[i] as number); j++) {
        expected[frozen.cls[j] as number] = (expected[frozen.cls[j] as number] as number) + (frozen.vals[j] as number);
      }
      at += frozen.counts[i] as number;
    }
    const scores = new Float32Array(3);
    frozen.score(f, 3, scores);
    for (let c = 0; c < 3; c++) expect(scores[c]).toBeCloseTo(expected[c] as number, 3);
    expect(scores[2]).toBeGreaterThan(scores[1] as number);
    expect(scores[1]).toBeGreaterThan(scores[0] as number);
  });
});

describe("pruneRows", () => {
  it("drops exactly the features whose weights sum to less than the threshold, keeping the rest whole", () => {
    const { model: m, weight } = model(4, 200);
    const rowWeight = (k: number) => [0, 1, 2, 3].reduce((s, c) => s + Math.abs(weight(k, c)), 0);
    const pruned = pruneRows(m, 5);
    const kept = Array.from({ length: 200 }, (_, i) => i + 1).filter((k) => rowWeight(k) >= 5);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(200);
    expect(Array.from(pruned.keys)).toEqual(kept.map((k) => hashFeature(9, k)));
    for (const k of [1, 2, 3, 4, 5, 6, 7]) {
      const scores = new Float32Array(4);
      pruned.score(Int32Array.of(hashFeature(9, k)), 1, scores);
      for (let c = 0; c < 4; c++) expect(scores[c]).toBeCloseTo(rowWeight(k) >= 5 ? weight(k, c) : 0, 2);
    }
  });
});
