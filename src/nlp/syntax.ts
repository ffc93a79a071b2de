/**
 * Dyad's syntax at run time: the committed models under data/models/ (word clusters, tagger with lemmatizer,
 * parser), loaded once per process, and one function that reads a sentence's words into tags, lemmas and a
 * labeled dependency tree. See docs/syntax.md and data/models/MODEL_CARD.md.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { clustersFromModel } from "./clusters.js";
import type { ConlluSentence } from "./conllu.js";
import { type LemmaRules, lemmatizeCached } from "./lemmatize.js";
import { type ClusterTable, type NumberedAtoms, type WordAtoms, wordAtoms } from "./lexical.js";
import { readModelFile } from "./model-file.js";
import { type ParserInput, type ParserModel, ParserWorkspace, parserFromModelFile, parseSentence } from "./parser.js";
import { hashString } from "./perceptron.js";
import { type GroupRowMemo, type TaggerModel, taggerFromModelFile, tagWords } from "./tagger.js";

export const MODEL_DIR = fileURLToPath(new URL("../../data/models/", import.meta.url));

export interface SyntaxModels {
  /** "tagger-<v>+parser-<v>", for every output's `versions`. */
  readonly version: string;
  readonly clusters: ClusterTable;
  readonly tagger: TaggerModel;
  readonly lemmas: LemmaRules;
  readonly parser: ParserModel;
  /** Joint tag index → parser tag atom. */
  readonly tagAtoms: Int32Array;
  readonly workspace: ParserWorkspace;
}

function modelPath(dir: string, name: string): string {
  const path = join(dir, name);
  if (!existsSync(path))
    throw new Error(`syntax model ${path} is missing (the models are committed; run 'npm run train' to rebuild them)`);
  return path;
}

/** Loads the models of a folder (data/models by default). */
export function loadSyntaxModels(dir = MODEL_DIR): SyntaxModels {
  const clusters = clustersFromModel(readModelFile(modelPath(dir, "clusters.bin")));
  const taggerFile = readModelFile(modelPath(dir, "tagger.bin"));
  const { tagger, lemmas } = taggerFromModelFile(taggerFile, clusters);
  const parserFile = readModelFile(modelPath(dir, "parser.bin"));
  const parser = parserFromModelFile(parserFile);
  return {
    version: `${String(taggerFile.meta.version)}+${String(parserFile.meta.version)}`,
    clusters,
    tagger,
    // the clusters' vocabulary (news text) tells the lemmatizer which guesses are words and which adjectives proper
    lemmas: { ...lemmas, vocabulary: clusters },
    parser,
    tagAtoms: Int32Array.from(tagger.tags, parserTagAtom),
    workspace: new ParserWorkspace(parser.labels.length),
  };
}

let shared: SyntaxModels | undefined;

/** The process's models, loaded on first use. */
export function syntaxModels(): SyntaxModels {
  shared ??= loadSyntaxModels();
  return shared;
}

/** What the parser sees of a tag: the joint "UPOS XPOS" class (AUX vs VERB matters as much as VBD vs VBN). */
export function parserTagAtom(jointTag: string): number {
  return hashString(jointTag);
}

/** The parser's view of a tagged sentence. */
export function parserInput(atoms: WordAtoms, tagAtoms: Int32Array): ParserInput {
  return { count: atoms.count, word: atoms.norm, tag: tagAtoms, cluster: atoms.cluster8 };
}

export interface SentenceSyntax {
  readonly upos: string[];
  readonly xpos: string[];
  readonly lemma: string[];
  /** Head of each word within the sentence, -1 for the root word. */
  readonly head: Int32Array;
  readonly deprel: string[];
}

/** A sentence's joint tag indices (into `models.tagger.tags`) and tree (label indices into `models.parser.labels`). */
export interface SentenceAnalysis {
  readonly tags: Int32Array;
  /** Head of each word within the sentence, -1 for the root word. */
  readonly head: Int32Array;
  readonly label: Int32Array;
}

/**
 * Tags and parses one sentence's words, as indices. A caller that numbers its words (a document: the same number
 * for the same spelling) passes their atom rows and a memo of the tagger's rows by number (see wordAtoms, tagWords).
 */
export function tagAndParse(
  models: SyntaxModels,
  forms: readonly string[],
  numbered?: NumberedAtoms,
  groupRows?: GroupRowMemo,
): SentenceAnalysis {
  const atoms = wordAtoms(forms, models.clusters, numbered);
  const { tags } = tagWords(models.tagger, forms, atoms, groupRows);
  const tagAtoms = new Int32Array(forms.length);
  for (let i = 0; i < forms.length; i++) tagAtoms[i] = models.tagAtoms[tags[i] as number] as number;
  const parse = parseSentence(models.parser, parserInput(atoms, tagAtoms), models.workspace);
  return { tags, head: parse.head, label: parse.label };
}

/** Tags, lemmatizes and parses one sentence's words. */
export function analyzeSentence(models: SyntaxModels, forms: readonly string[]): SentenceSyntax {
  const { tags, head, label } = tagAndParse(models, forms);
  const upos: string[] = [];
  const xpos: string[] = [];
  const lemma: string[] = [];
  for (let i = 0; i < forms.length; i++) {
    const t = tags[i] as number;
    upos.push(models.tagger.upos[t] as string);
    xpos.push(models.tagger.xpos[t] as string);
    lemma.push(lemmatizeCached(models.lemmas, forms[i] as string, models.tagger.xpos[t] as string));
  }
  const deprel = Array.from(label, (l) => models.parser.labels[l] as string);
  return { upos, xpos, lemma, head, deprel };
}

/**
 * Annotates CoNLL-U sentences keeping their words and sentence breaks (as UDPipe does with `--input conllu`):
 * UPOS, XPOS, LEMMA, HEAD and DEPREL are predicted; FEATS and DEPS are emptied (Dyad predicts neither); comments,
 * multiword ranges and MISC are kept.
 */
export function annotateConllu(models: SyntaxModels, sentences: readonly ConlluSentence[]): ConlluSentence[] {
  return sentences.map((s) => {
    const syntax = analyzeSentence(
      models,
      s.words.map((w) => w.form),
    );
    const words = s.words.map((w, i) => ({
      ...w,
      id: i + 1,
      upos: syntax.upos[i] as string,
      xpos: syntax.xpos[i] as string,
      lemma: syntax.lemma[i] as string,
      feats: "_",
      head: (syntax.head[i] as number) + 1,
      deprel: syntax.deprel[i] as string,
      deps: "_",
    }));
    return { ...s, words };
  });
}
