/**
 * The tagger learns from ambiguity classes computed on the other folds of the training set (syn8), so a word that
 * occurs in one fold only has no class there, as an unseen word has none in use.
 */
import { describe, expect, it } from "vitest";
import type { ConlluSentence } from "../conllu.js";
import { wordAtoms } from "../lexical.js";
import { ambiguityAtoms } from "../tagger.js";
import { ambiguityClasses, foldAmbiguityAtoms } from "./train-tagger.js";

function sentence(text: string, tags: string): ConlluSentence {
  const forms = text.split(" ");
  const xpos = tags.split(" ");
  return {
    comments: [],
    ranges: [],
    id: text,
    text,
    newpar: false,
    words: forms.map((form, i) => ({
      id: i + 1,
      form,
      lemma: form.toLowerCase(),
      upos: "X",
      xpos: xpos[i] as string,
      feats: "_",
      head: 0,
      deprel: "dep",
      deps: "_",
      misc: "_",
    })),
  };
}

const SENTENCES = [
  sentence("the glimmer faded", "DT NN VBD"),
  sentence("the glimmer returned", "DT NN VBD"),
  sentence("the lanterns glimmer", "DT NNS VBP"),
  sentence("the lanterns faded", "DT NNS VBD"),
];

describe("ambiguity classes by fold", () => {
  it("gives each sentence's words the classes of the other folds only", () => {
    const atoms = foldAmbiguityAtoms(SENTENCES, 2);
    const whole = ambiguityClasses(SENTENCES);
    const classOf = (i: number) =>
      ambiguityAtoms({ ambiguity: whole }, wordAtoms(SENTENCES[i]?.words.map((w) => w.form) ?? []));
    // "glimmer" is seen twice in the first fold (NN) and once in the second (VBP): the whole set knows it as NN|VBP,
    // the first fold's sentences learn from the second fold alone, where it was seen once (no class)
    expect(classOf(0)[1]).not.toBe(0);
    expect(atoms[0]?.[1]).toBe(0);
    expect(atoms[1]?.[1]).toBe(0);
    // "the" is everywhere: the same class (DT) in every fold as in the whole set
    expect(atoms[0]?.[0]).toBe(classOf(0)[0]);
    expect(atoms[3]?.[0]).toBe(classOf(3)[0]);
    // "lanterns" is seen twice, in the second fold only: its sentences learn from the first fold, where it is absent
    expect(atoms[2]?.[1]).toBe(0);
    expect(classOf(2)[1]).not.toBe(0);
  });
});
