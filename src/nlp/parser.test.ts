/**
 * The parser's cached move scoring (per-word role, valency and arc-label sums, move-sums.ts; no scoring of forced
 * moves and of the labels of arcs from the root) must make exactly the moves of scoring every feature: the
 * committed models parse invented sentences both ways, twice, so the second round reads rows the caches made for
 * other sentences and other positions.
 */
import { describe, expect, it } from "vitest";
import { wordAtoms } from "./lexical.js";
import { moveRoleSums } from "./move-sums.js";
import {
  forcedMove,
  groupedMoveFeatures,
  labelFeatures,
  labelSums,
  MAX_LABEL_FEATURES,
  MAX_MOVE_FEATURES,
  MOVES,
  Move,
  ParseState,
  uncachedStateFeatures,
} from "./parser.js";
import { type Scorer, SparseModel } from "./perceptron.js";
import { analyzeSentence, parserInput, type SyntaxModels, syntaxModels } from "./syntax.js";
import { tagWords } from "./tagger.js";

/** The same models with the move and label models behind plain Scorers, so parseSentence takes its uncached path. */
function uncached(models: SyntaxModels): SyntaxModels {
  const plain = (model: SparseModel): Scorer => ({ classes: model.classes, score: (f, n, s) => model.score(f, n, s) });
  const { moves, labeler } = models.parser;
  return {
    ...models,
    parser: { ...models.parser, moves: plain(moves as SparseModel), labeler: plain(labeler as SparseModel) },
  };
}

/** Heads and relations copied out at once (the parse's arrays may be reused by the next parse). */
function treeOf(syntax: { head: Int32Array; deprel: readonly string[] }): string[] {
  return syntax.deprel.map((rel, i) => `${syntax.head[i]}:${rel}`);
}

const SENTENCES = [
  "Turkish President Recep Tayyip Erdoğan accused Greece of violating its airspace on Tuesday .",
  "The talks , which officials said would resume in Geneva next week , were called off by the ministry .",
  "Talks",
  "Greece accused Turkey , and Turkey accused Greece .",
  "“ We will not be intimidated , ” the prime minister told reporters in Athens .",
  "Vučić met Orbán , Babiš and Kaczyński in Belgrade on 3 March 2021 , according to state media .",
  "In 2016 , the party , whose leader had been jailed , received 1.2 million votes .",
];

describe("parser", () => {
  it("parses exactly as scoring every move feature does, with the per-word role sums cached", () => {
    const models = syntaxModels();
    expect(models.parser.moves).toBeInstanceOf(SparseModel);
    const plain = uncached(models);
    for (const round of [1, 2]) {
      for (const sentence of SENTENCES) {
        const forms = sentence.split(" ");
        const cached = treeOf(analyzeSentence(models, forms));
        const reference = treeOf(analyzeSentence(plain, forms));
        expect(cached, `round ${round}: ${sentence}`).toEqual(reference);
      }
    }
  });

  it("sums to the integer weights of every move feature, in states with many dependents and high label indices", () => {
    const models = syntaxModels();
    const moves = models.parser.moves as SparseModel;
    const cache = moveRoleSums(moves);
    const forms = "Elessar of Gondor , Eomer , Faramir , Imrahil and Aragorn met the envoys of Rohan".split(" ");
    const atoms = wordAtoms(forms, models.clusters);
    const { tags } = tagWords(models.tagger, forms, atoms);
    const st = new ParseState();
    st.reset(
      parserInput(
        atoms,
        Int32Array.from(tags, (t) => models.tagAtoms[t] as number),
      ),
    );
    cache.prepare(st);
    const features = new Int32Array(MAX_MOVE_FEATURES);
    const expectSame = () => {
      const all = new Int32Array(MOVES);
      moves.accumulate(features, groupedMoveFeatures(st, features), all);
      const split = new Int32Array(MOVES);
      cache.add(st, split);
      moves.accumulate(features, uncachedStateFeatures(st, features, 0), split);
      expect([...split]).toEqual([...all]);
    };
    // "Elessar" collects six right dependents with labels 3, 9, ... 48, then is the left dependent of "met"
    st.apply(Move.shift, 0);
    for (let k = 0; k < 6; k++) {
      expectSame();
      st.apply(Move.right, 3 + 9 * k);
      expectSame();
      st.apply(Move.reduce, 0);
    }
    while (st.b < 9) st.apply(Move.shift, 0);
    for (let k = 0; k < 5 && st.sp > 1; k++) {
      expectSame();
      st.apply(Move.left, 40 + k);
    }
    expectSame();
  });

  it("sums to the integer weights of every label feature, with the tag-pair sums cached, in both directions", () => {
    const models = syntaxModels();
    const labeler = models.parser.labeler as SparseModel;
    const forms = "Yesterday the envoys of Rohan , Gondor and Dale quietly met the old king in Edoras".split(" ");
    const atoms = wordAtoms(forms, models.clusters);
    const { tags } = tagWords(models.tagger, forms, atoms);
    const st = new ParseState();
    st.reset(
      parserInput(
        atoms,
        Int32Array.from(tags, (t) => models.tagAtoms[t] as number),
      ),
    );
    const features = new Int32Array(MAX_LABEL_FEATURES);
    const expectSame = (h: number, d: number) => {
      const all = new Int32Array(labeler.classes);
      labeler.accumulate(features, labelFeatures(st, h, d, features), all);
      const cached = labelSums(labeler, st, h, d, features, new Int32Array(labeler.classes));
      expect([...cached], `${h} -> ${d}`).toEqual([...all]);
    };
    // every pair of words both ways, before and after some arcs give the words dependents and labels
    for (const round of [0, 1]) {
      for (let h = 0; h < forms.length; h++) for (let d = 0; d < forms.length; d++) if (h !== d) expectSame(h, d);
      if (round === 0) {
        st.attach(2, 1, 5);
        st.attach(2, 4, 9);
        st.attach(10, 2, 30);
        st.attach(10, 13, 12);
        st.attach(13, 15, 7);
      }
    }
  });

  it("knows the moves that need no scores: SHIFT on an empty stack, LEFT or REDUCE when only the root is left", () => {
    const st = new ParseState();
    const words = Int32Array.from([11, 12, 13]);
    st.reset({ count: 3, word: words, tag: words, cluster: words });
    expect(forcedMove(st)).toBe(Move.shift);
    st.apply(Move.shift, 0);
    expect(forcedMove(st)).toBe(-1);
    st.apply(Move.right, 1);
    st.apply(Move.right, 1);
    expect(forcedMove(st)).toBe(Move.reduce);
    st.apply(Move.reduce, 0);
    st.apply(Move.reduce, 0);
    expect(forcedMove(st)).toBe(Move.left);
    st.apply(Move.left, 0);
    expect(st.done).toBe(true);
  });
});
