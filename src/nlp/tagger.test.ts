/**
 * The tagger's cached scoring (weight sums of the one-word feature groups kept per spelling) must give exactly the
 * tags of scoring all features for every word: the same committed model is run both ways on invented sentences,
 * including words the cache has already seen in other positions and a sentence of one word.
 */
import { describe, expect, it } from "vitest";
import { wordAtoms } from "./lexical.js";
import { type Scorer, SparseModel } from "./perceptron.js";
import { syntaxModels } from "./syntax.js";
import { type TaggerModel, tagWords } from "./tagger.js";

/** The same model behind a plain Scorer, so tagWords takes its uncached path. */
function uncached(model: TaggerModel): TaggerModel {
  const sparse = model.scorer as SparseModel;
  const scorer: Scorer = { classes: sparse.classes, score: (f, n, s) => sparse.score(f, n, s) };
  return { ...model, scorer };
}

const SENTENCES = [
  "Turkish President Recep Tayyip Erdoğan accused Greece of violating its airspace on Tuesday .",
  "Obama aides said the talks would resume in Geneva .",
  "The ministry 's spokesmen declined to comment .",
  "Talks",
  "Greece accused Turkey , and Turkey accused Greece .",
  "“ We will not be intimidated , ” the prime minister told reporters in Athens .",
  "Vučić met Orbán , Babiš and Kaczyński in Belgrade on 3 March 2021 .",
];

describe("tagger", () => {
  it("tags exactly as scoring every feature does, with the per-spelling sums cached", () => {
    const { tagger, clusters } = syntaxModels();
    expect(tagger.scorer).toBeInstanceOf(SparseModel);
    const plain = uncached(tagger);
    for (const round of [1, 2]) {
      for (const sentence of SENTENCES) {
        const forms = sentence.split(" ");
        const atoms = wordAtoms(forms, clusters);
        const cached = Array.from(tagWords(tagger, forms, atoms).tags);
        const reference = Array.from(tagWords(plain, forms, atoms).tags);
        expect(cached, `round ${round}: ${sentence}`).toEqual(reference);
      }
    }
  });

  it("does not reuse sums made from atoms of another cluster table", () => {
    const { tagger, clusters } = syntaxModels();
    const forms = "Officials said the aides met in Ankara .".split(" ");
    const withClusters = Array.from(tagWords(tagger, forms, wordAtoms(forms, clusters)).tags);
    const bare = wordAtoms(forms);
    expect(Array.from(tagWords(tagger, forms, bare).tags)).toEqual(
      Array.from(tagWords(uncached(tagger), forms, bare).tags),
    );
    expect(Array.from(tagWords(tagger, forms, wordAtoms(forms, clusters)).tags)).toEqual(withClusters);
  });

  it("tags exactly as scoring every feature does when shape contexts and tag pairs repeat across sentences", () => {
    // the same shapes around different words (and the same words at and after the start), so the per-context
    // and per-tag-pair sums are reused from earlier sentences with other neighbours
    const { tagger, clusters } = syntaxModels();
    const plain = uncached(tagger);
    const sentences = [
      "Mayor Kessler told NATO envoys in Brno on Friday .",
      "Kessler told envoys the NATO plan failed .",
      "Envoys in Brno told Mayor Kessler on Friday that NATO had failed .",
      "BRNO , 4 May ( Wire ) - Mayor Kessler said 12,000 people marched .",
      "On Friday , 4,500 marched in Brno , Kessler said .",
    ];
    for (const sentence of [...sentences, ...sentences.reverse()]) {
      const forms = sentence.split(" ");
      const atoms = wordAtoms(forms, clusters);
      expect(Array.from(tagWords(tagger, forms, atoms).tags), sentence).toEqual(
        Array.from(tagWords(plain, forms, atoms).tags),
      );
    }
  });
});
