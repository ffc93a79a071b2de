/**
 * The name recognizer's cached word sums (WordSums in ner.ts) must tag exactly as scoring every feature does: the
 * committed model tags invented text both ways, twice, so the second round reads the rows the first one made,
 * with words at the start of their sentence, inside it, and in a headline in capitals (all four word variants).
 */
import { describe, expect, it } from "vitest";
import { defaultNerModel, type NerModel, recognizeNames } from "./ner.js";
import type { Scorer } from "./perceptron.js";

/** The same model behind plain Scorers, so decoding scores every feature. */
function plain(model: NerModel): NerModel {
  const wrap = (s: Scorer): Scorer => ({ classes: s.classes, score: (f, n, out) => s.score(f, n, out) });
  return { ...model, stage1: wrap(model.stage1), stage2: model.stage2 ? wrap(model.stage2) : null };
}

const SEGMENTS = [
  "GONDOR AND ROHAN SIGN PACT IN MINAS TIRITH",
  "Elessar Telcontar , King of Gondor , met Eomer of Rohan in Minas Tirith on Tuesday .",
  "Rohan said the Bank of Dale and Erebor Mining Co would fund the road to Esgaroth .",
  "Faramir told the Gondor Herald that Mordor had not answered .",
  "Eomer , speaking in Edoras , said Rohan and Gondor would meet again in May .",
];

function input(segments: string[]) {
  const forms: string[] = [];
  const bounds = [0];
  for (const s of segments) {
    forms.push(...s.split(" "));
    bounds.push(forms.length);
  }
  return { forms, bounds: Int32Array.from(bounds) };
}

describe("name recognizer", () => {
  it("finds exactly the names of scoring every feature, with the per-word sums cached", () => {
    const model = defaultNerModel();
    const reference = plain(model);
    for (const round of [1, 2]) {
      for (const order of [SEGMENTS, [...SEGMENTS].reverse()]) {
        const doc = input(order);
        const cached = recognizeNames(model, doc);
        expect(cached.length, `round ${round}`).toBeGreaterThan(5);
        expect(cached, `round ${round}`).toEqual(recognizeNames(reference, doc));
      }
    }
  });
});
