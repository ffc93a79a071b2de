/**
 * Training and dev data for the syntax models, from the shared treebanks (see ../shared/treebanks/README.md):
 * UD English EWT (CC BY-SA 4.0) and GUM (CC BY for every genre but `whow` and `fiction`, which are CC BY-NC-SA and
 * are therefore never trained on). GUM 2.13 and EWT 2.16 name two relation subtypes differently; GUM's are mapped to
 * EWT's newer names so one model learns one scheme.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ConlluSentence, parseConllu } from "../conllu.js";

export type Split = "train" | "dev";
export type Bank = "ewt" | "gum";

/** GUM documents under a non-commercial licence: never used for training shipped models. */
export const NON_COMMERCIAL_GUM = /^GUM_(whow|fiction)_/;

const RENAMED_DEPREL: Record<string, string> = {
  "obl:tmod": "obl:unmarked",
  "obl:npmod": "obl:unmarked",
  "nmod:tmod": "nmod:unmarked",
  "nmod:npmod": "nmod:unmarked",
};

export function treebankPath(shared: string, bank: Bank, split: Split): string {
  return join(shared, "treebanks", `en_${bank}`, `en_${bank}-ud-${split}.conllu`);
}

export function treebankAvailable(shared: string): boolean {
  return (["ewt", "gum"] as const).every((b) => existsSync(treebankPath(shared, b, "train")));
}

/** Reads one split; GUM's non-commercial documents are dropped from train (and kept in dev only for scoring). */
export function readTreebank(shared: string, bank: Bank, split: Split): ConlluSentence[] {
  const path = treebankPath(shared, bank, split);
  const sentences = parseConllu(readFileSync(path, "utf8"), path);
  for (const s of sentences) for (const w of s.words) w.deprel = RENAMED_DEPREL[w.deprel] ?? w.deprel;
  if (bank === "gum" && split === "train") return sentences.filter((s) => !NON_COMMERCIAL_GUM.test(s.id));
  return sentences;
}

/** The training set of every syntax model: EWT train + GUM train without its non-commercial documents. */
export function trainingSentences(shared: string): ConlluSentence[] {
  return [...readTreebank(shared, "ewt", "train"), ...readTreebank(shared, "gum", "train")];
}

/** GUM genre of a sentence id ("GUM_news_homeopathic-12" → "news"), or "" for EWT. */
export function gumGenre(sentenceId: string): string {
  return /^GUM_([a-z]+)_/.exec(sentenceId)?.[1] ?? "";
}

/** Deterministic pseudo-random numbers (mulberry32), so that every training run is the same. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}
