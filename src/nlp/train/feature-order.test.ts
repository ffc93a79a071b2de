/**
 * `npm run train` rebuilds the committed models byte for byte only if the trainers see each state's features in
 * the order they had when the models were trained: the order of template ids. The decoders list the same
 * features grouped differently (single-word features first, for their per-word caches); training must not.
 */
import { describe, expect, it } from "vitest";
import { wordAtoms } from "../lexical.js";
import {
  GROUPED_TEMPLATE_IDS,
  groupedMoveFeatures,
  MAX_MOVE_FEATURES,
  Move,
  moveFeatures,
  ParseState,
} from "../parser.js";
import { hashFeature, PerceptronTrainer } from "../perceptron.js";
import { GROUPED_TAGGER_TEMPLATES, groupedTaggerFeatures, MAX_TAGGER_FEATURES, taggerFeatures } from "../tagger.js";

const FORMS = "The envoy of Veltria met Ostrava officials on Monday .".split(" ");

const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("training feature order", () => {
  it("a trainer's frozen keys follow the order in which colliding features were first seen", () => {
    const a = 0x1234;
    const b = a + 0x10000; // the same home slot in the trainer's first key table
    const frozenOrder = (features: number[]) => {
      const trainer = new PerceptronTrainer(2);
      trainer.update(Int32Array.from(features), features.length, 0, 1);
      trainer.tick();
      trainer.tick();
      return [...trainer.freeze().keys];
    };
    expect(frozenOrder([a, b])).toEqual([a, b]);
    expect(frozenOrder([b, a])).toEqual([b, a]);
  });

  it("gives the parser's trainer the move features in template-id order (1–87)", () => {
    expect([...GROUPED_TEMPLATE_IDS].sort((x, y) => x - y)).toEqual(oneToN(87));
    const atoms = wordAtoms(FORMS);
    const st = new ParseState();
    st.reset({ count: atoms.count, word: atoms.norm, tag: atoms.shape, cluster: atoms.cluster8 });
    st.apply(Move.shift, 0);
    st.apply(Move.shift, 0);
    st.apply(Move.left, 1);
    st.apply(Move.shift, 0);
    const out = new Int32Array(MAX_MOVE_FEATURES);
    const n = moveFeatures(st, out);
    expect(n).toBe(87);
    const { W, P, WP } = st;
    const s0 = st.s(0);
    const n0 = st.buf(0);
    const s1 = st.s(1);
    expect(out[0]).toBe(hashFeature(1, WP[s0] as number));
    expect(out[1]).toBe(hashFeature(2, W[s0] as number));
    expect(out[3]).toBe(hashFeature(4, WP[n0] as number));
    expect(out[12]).toBe(hashFeature(13, WP[s0] as number, WP[n0] as number));
    expect(out[72]).toBe(hashFeature(73, P[s1] as number));
    expect(out[73]).toBe(hashFeature(74, W[s1] as number));
    expect(out[86]).toBe(hashFeature(87, Math.min(st.sp, 4), P[n0] as number));
    const grouped = new Int32Array(MAX_MOVE_FEATURES);
    expect(groupedMoveFeatures(st, grouped)).toBe(n);
    expect([...out.subarray(0, n)].sort()).toEqual([...grouped.subarray(0, n)].sort());
  });

  it("gives the tagger's trainer its features in template-id order (1–46)", () => {
    expect([...GROUPED_TAGGER_TEMPLATES].sort((x, y) => x - y)).toEqual(oneToN(46));
    const atoms = wordAtoms(FORMS);
    const amb = new Int32Array(atoms.count);
    const out = new Int32Array(MAX_TAGGER_FEATURES);
    const n = taggerFeatures(atoms, amb, 3, 4, 7, out);
    expect(n).toBe(46);
    expect(out[0]).toBe(hashFeature(1, 0));
    expect(out[1]).toBe(hashFeature(2, atoms.norm[3] as number));
    expect(out[11]).toBe(hashFeature(12, 6));
    expect(out[12]).toBe(hashFeature(13, 6, 9));
    expect(out[16]).toBe(hashFeature(17, atoms.norm[1] as number));
    expect(out[35]).toBe(hashFeature(36, atoms.cluster4[3] as number));
    const grouped = new Int32Array(MAX_TAGGER_FEATURES);
    expect(groupedTaggerFeatures(atoms, amb, 3, 4, 7, grouped)).toBe(n);
    expect([...out.subarray(0, n)].sort()).toEqual([...grouped.subarray(0, n)].sort());
  });
});
