/**
 * The committed tagger and parser (data/models): they load, parse sentences written for this test as UD would,
 * and keep a minimum accuracy on a slice of the treebanks' dev files (skipped with a reason when ../shared is
 * absent). CI never retrains; this is the check that the committed files are the trained ones.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scoreSyntax } from "../eval/syntax.js";
import { analyzeSentence, annotateConllu, loadSyntaxModels, syntaxModels } from "./syntax.js";
import { readTreebank, treebankAvailable } from "./train/treebank.js";

const SHARED = fileURLToPath(new URL("../../../shared", import.meta.url));

/** "word/UPOS<-head:deprel" for each word, heads 1-based as in CoNLL-U (0 = root). */
function parse(sentence: string): string[] {
  const words = sentence.split(" ");
  const s = analyzeSentence(syntaxModels(), words);
  return words.map((w, i) => `${w}/${s.upos[i]}<-${(s.head[i] as number) + 1}:${s.deprel[i]}`);
}

describe("committed syntax models", () => {
  it("load in well under a second and carry their versions", () => {
    const t = performance.now();
    const models = loadSyntaxModels();
    expect(performance.now() - t).toBeLessThan(2000);
    expect(models.version).toMatch(/^tagger-\d+\+parser-\d+$/);
  });

  it("parse a transitive clause with a fronted time phrase", () => {
    expect(parse("On Monday , Russia attacked Ukraine .")).toEqual([
      "On/ADP<-2:case",
      "Monday/PROPN<-5:obl",
      expect.stringMatching(/^,\/PUNCT<-[25]:punct$/),
      "Russia/PROPN<-5:nsubj",
      "attacked/VERB<-0:root",
      "Ukraine/PROPN<-5:obj",
      "./PUNCT<-5:punct",
    ]);
  });

  it("read a passive agent, a reported clause and a relative clause", () => {
    const passive = parse("The embassy was attacked by militants .");
    expect(passive).toContain("embassy/NOUN<-4:nsubj:pass");
    expect(passive).toContain("militants/NOUN<-4:obl:agent");
    const reported = parse("Putin said China would help Russia .");
    expect(reported).toContain("help/VERB<-2:ccomp");
    expect(reported).toContain("China/PROPN<-5:nsubj");
    const relative = parse("Iran sanctioned the airline that flew the troops .");
    expect(relative).toContain("flew/VERB<-4:acl:relcl");
  });

  it("keep the possessive tag for possessive markers only (a past-tense verb after a noun stays a verb)", () => {
    const words = "Marrow 's criticism of the mayor drew fire .".split(" ");
    const s = analyzeSentence(syntaxModels(), words);
    expect(s.xpos[1]).toBe("POS");
    expect(`${s.upos[6]} ${s.xpos[6]}`).toBe("VERB VBD");
    expect(s.deprel[6]).toBe("root");
  });
});

describe.skipIf(!treebankAvailable(SHARED))("committed syntax models on dev slices", () => {
  if (!existsSync(SHARED)) console.log(`skipping dev-slice accuracy: ${SHARED} is absent`);

  it.each([
    ["ewt", 79, 94],
    ["gum", 79, 95],
  ] as const)("%s dev, first 400 sentences: LAS ≥ %d, UPOS ≥ %d (gold tokenization)", (bank, las, upos) => {
    const gold = readTreebank(SHARED, bank, "dev").slice(0, 400);
    const scores = scoreSyntax(gold, annotateConllu(syntaxModels(), gold));
    expect(scores.las).toBeGreaterThanOrEqual(las);
    expect(scores.upos).toBeGreaterThanOrEqual(upos);
  });
});
