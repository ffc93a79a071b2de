/**
 * The tagger and the labeler pick their class on the integer weight sums of a frozen model (bestAllowedSum,
 * labelArc), no longer on the 32-bit scores made from them: the choices must be exactly those of the scores,
 * ties included. Checked on invented sentences against the same models behind plain Scorers (the float path), and
 * with empty models, where every class ties.
 */
import { describe, expect, it } from "vitest";
import { wordAtoms } from "./lexical.js";
import { ParserWorkspace, parseSentence } from "./parser.js";
import { type Scorer, SparseModel } from "./perceptron.js";
import { parserInput, type SyntaxModels, syntaxModels } from "./syntax.js";
import { type TaggerModel, tagWords } from "./tagger.js";

/** A model behind a plain Scorer: the callers then score every feature and compare 32-bit scores. */
function plain(model: SparseModel): Scorer {
  return { classes: model.classes, score: (f, n, s) => model.score(f, n, s) };
}

/** A frozen model with no features: every class sums to zero. */
function empty(classes: number): SparseModel {
  return new SparseModel(classes, new Int32Array(0), new Uint16Array(0), new Uint16Array(0), new Float32Array(0));
}

const SENTENCES = [
  "Marsh wardens from Lowfen said on Friday that the ferry tolls would double by spring .",
  "The council , whose chair resigned last month , approved the budget after a long night .",
  "Blue",
  "Did the envoy from Ostrava really promise 40 tractors to the co-operative ?",
  "Quillon 's harbour master blamed the storm , not the pilots , for the collision .",
  "“ Nobody told us , ” said Ydris Manto , who runs the bakery near the old mill .",
];

/** Tags and, with those tags, the tree of each sentence. */
function analyze(models: SyntaxModels, tagger: TaggerModel, parser: SyntaxModels["parser"], forms: string[]) {
  const atoms = wordAtoms(forms, models.clusters);
  const tags = tagWords(tagger, forms, atoms).tags;
  const tagAtoms = Int32Array.from(tags, (t) => models.tagAtoms[t] as number);
  const ws = new ParserWorkspace(parser.labels.length);
  const tree = parseSentence(parser, parserInput(atoms, tagAtoms), ws);
  return { tags: Array.from(tags), head: Array.from(tree.head), label: Array.from(tree.label) };
}

describe("class choice on integer sums (syn10)", () => {
  it("gives the tags, heads and labels of comparing 32-bit scores", () => {
    const models = syntaxModels();
    const floatTagger = { ...models.tagger, scorer: plain(models.tagger.scorer as SparseModel) };
    const { moves, labeler } = models.parser;
    const floatParser = { ...models.parser, labeler: plain(labeler as SparseModel) };
    expect(moves).toBeInstanceOf(SparseModel);
    for (const round of [1, 2]) {
      for (const sentence of SENTENCES) {
        const forms = sentence.split(" ");
        const ints = analyze(models, models.tagger, models.parser, forms);
        const floats = analyze(models, floatTagger, floatParser, forms);
        expect(ints, `round ${round}: ${sentence}`).toEqual(floats);
      }
    }
  });

  it("breaks ties as the scores do: the first allowed tag, the first non-root label", () => {
    const models = syntaxModels();
    const classes = models.tagger.tags.length;
    const zeroTagger = { ...models.tagger, scorer: empty(classes) };
    const zeroFloatTagger = { ...models.tagger, scorer: plain(empty(classes)) };
    const labels = models.parser.labels.length;
    const zeroParser = { ...models.parser, labeler: empty(labels) };
    const zeroFloatParser = { ...models.parser, labeler: plain(empty(labels)) };
    for (const sentence of SENTENCES) {
      const forms = sentence.split(" ");
      const ints = analyze(models, zeroTagger, zeroParser, forms);
      expect(ints, sentence).toEqual(analyze(models, zeroFloatTagger, zeroFloatParser, forms));
      // every arc from a word got label 1, every arc from the root label 0 ("root")
      expect(ints.label, sentence).toEqual(ints.head.map((h) => (h === -1 ? 0 : 1)));
    }
  });
});
