/**
 * The name recognizer's gazetteer, frozen: `data/lexicons/ner-gazetteer.json` lists the phrases (already cut into
 * words) that the `ner` step of `npm run train` learns gazetteer features from and stores, hashed, in ner.bin;
 * at run time the recognizer reads only the copy in ner.bin (src/nlp/ner.ts, `loadNerModel`), so training and
 * decoding see the same gazetteer. The file is made from Dyad's actor dictionaries (`data/actors`) by
 * `npm run train -- --only gazetteer`, a step that the full `npm run train` does not run: an edit of the
 * dictionaries changes neither the recognizer nor what `npm run train -- --check` rebuilds until someone refreezes
 * the gazetteer on purpose (and retrains the recognizer under a new version).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultDataDir } from "../../actors/dictionary.js";
import { loadActorDictionary, loadNameCues } from "../../actors/index.js";
import { splitPhrase } from "../../actors/normalize.js";
import { REPO_ROOT } from "../../eval/shared.js";
import { GAZ_GIVEN, GAZ_LOC, GAZ_MISC, GAZ_ORG, GAZ_PER, Gazetteer } from "../ner.js";

export const GAZETTEER_FILE = "ner-gazetteer.json";
/** The committed frozen gazetteer. */
export const COMMITTED_GAZETTEER = join(REPO_ROOT, "data", "lexicons", GAZETTEER_FILE);
/** Version of a gazetteer frozen from data/actors now (bump it with your name when you refreeze). */
export const GAZETTEER_VERSION = "ner-gazetteer-1-syn6";
/** Longest phrase the gazetteer keeps (longer ones were never matched; see Gazetteer.add). */
const MAX_WORDS = 6;

const KINDS = { PER: GAZ_PER, ORG: GAZ_ORG, LOC: GAZ_LOC, MISC: GAZ_MISC, GIVEN: GAZ_GIVEN } as const;
type KindName = keyof typeof KINDS;

export interface FrozenGazetteer {
  version: string;
  about: string;
  /** Phrases by kind, each its words joined by single spaces, sorted, without repeats. */
  phrases: Record<KindName, string[]>;
}

/** The phrases of Dyad's actor dictionaries and given-name cues, as the recognizer's gazetteer kinds. */
export function freezeGazetteer(dataDir = defaultDataDir()): FrozenGazetteer {
  const sets: Record<KindName, Set<string>> = {
    PER: new Set(),
    ORG: new Set(),
    LOC: new Set(),
    MISC: new Set(),
    GIVEN: new Set(),
  };
  const add = (kind: KindName, words: readonly string[]) => {
    if (words.length === 0 || words.length > MAX_WORDS) return;
    if (words.some((w) => /\s/.test(w) || w === "")) throw new Error(`gazetteer: a word with a space in ${words}`);
    sets[kind].add(words.join(" "));
  };
  for (const e of loadActorDictionary({ dataDir }).entries) {
    const kind: KindName =
      e.kind === "person" ? "PER" : e.kind === "organization" || e.kind === "group" ? "ORG" : "LOC";
    for (const name of [...e.names, ...(e.metonyms ?? [])]) add(kind, splitPhrase(name));
    for (const a of [...(e.adjectives ?? []), ...(e.plurals ?? [])]) add("MISC", splitPhrase(a));
  }
  for (const name of loadNameCues(dataDir).cues.givenNames) add("GIVEN", [name]);
  const sorted = (s: Set<string>) => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    version: GAZETTEER_VERSION,
    about:
      "The name recognizer's gazetteer (src/nlp/train/ner-gazetteer.ts), frozen from data/actors by `npm run train -- --only gazetteer`; ner.bin stores it hashed. Edit data/actors, not this file.",
    phrases: {
      PER: sorted(sets.PER),
      ORG: sorted(sets.ORG),
      LOC: sorted(sets.LOC),
      MISC: sorted(sets.MISC),
      GIVEN: sorted(sets.GIVEN),
    },
  };
}

/** The file's text: one phrase a line, so that a refreeze reads as a diff. */
export function gazetteerText(g: FrozenGazetteer): string {
  return `${JSON.stringify(g, null, 2)}\n`;
}

export function readGazetteer(path: string): FrozenGazetteer {
  return JSON.parse(readFileSync(path, "utf8")) as FrozenGazetteer;
}

/** The hashed table the recognizer trains with and ner.bin stores. */
export function gazetteerOf(g: FrozenGazetteer): Gazetteer {
  const out = new Gazetteer();
  for (const kind of Object.keys(KINDS) as KindName[]) {
    for (const phrase of g.phrases[kind]) out.add(phrase.split(" "), KINDS[kind]);
  }
  return out;
}

/** The gazetteer the `ner` step reads: one frozen in `dir` by this run (with --check), else the committed one. */
export function gazetteerPath(dir: string): string {
  const here = join(dir, GAZETTEER_FILE);
  return existsSync(here) ? here : COMMITTED_GAZETTEER;
}

/** The `gazetteer` step: freezes data/actors into `path`. */
export function freezeGazetteerStep(path: string, log: (msg: string) => void): void {
  const g = freezeGazetteer();
  writeFileSync(path, gazetteerText(g));
  const counts = Object.entries(g.phrases).map(([k, v]) => `${v.length} ${k}`);
  log(`wrote ${path} (${g.version}: ${counts.join(", ")}; ${gazetteerOf(g).size} hashed keys)`);
}
