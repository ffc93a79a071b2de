/**
 * Actors stage entry point: loads Dyad's dictionary (data/actors/) plus any TABARI/PETRARCH or Dyad files given
 * in `actorFiles`, builds the token tries once, and returns a frozen stage whose `run` finds, codes and groups the
 * actors of one Document. See docs/actors.md.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Document } from "../nlp/document.js";
import { defaultNerModel, type NerModel } from "../nlp/ner.js";
import { creditTokens } from "./credits.js";
import {
  type ActorDictionary,
  DEFAULT_FILES,
  defaultDataDir,
  loadDictionaryFile,
  mergeDictionaries,
} from "./dictionary.js";
import { buildLexicon, type Lexicon } from "./lexicon.js";
import { findNames } from "./names.js";
import { addPairMentions, type PairCues } from "./pairs.js";
import { type NameCues, recognize } from "./recognize.js";
import { parseTabariFile } from "./tabari.js";
import type { ActorContext, ActorLayer } from "./types.js";

export const ACTORS_VERSION = "actors-1";

export interface ActorStageOptions {
  /** Extra TABARI/PETRARCH actor dictionary files loaded at start (`--actors FILE`). */
  actorFiles?: string[];
  /** Replace Dyad's own data folder (tests). */
  dataDir?: string;
  /** Skip Dyad's own dictionary files and use only `actorFiles` (tests, comparisons). */
  noDefaultData?: boolean;
}

export interface ActorStage {
  readonly version: string;
  run(doc: Document, ctx: ActorContext): ActorLayer;
  /** Problems found while loading (malformed lines skipped in imported TABARI files), "file:line: why: text". */
  readonly problems: readonly string[];
  /** Number of dictionary entries and agents loaded. */
  readonly size: { entries: number; agents: number; phrases: number };
}

interface CuesFile {
  version: string;
  honorifics: string[];
  org_suffixes: Record<string, string[]>;
  place_suffixes: string[];
  water_suffixes?: string[];
  place_prepositions: string[];
  not_names: string[];
  given_names: string[];
  event_suffixes?: string[];
  product_nouns?: string[];
  pair_heads?: { person: string[]; country: string[]; party?: string[] };
  company_forms?: string[];
  staff_nouns?: string[];
  shared_heads?: string[];
  member_bodies?: string[];
  body_members?: Record<string, string[]>;
  committee_words?: string[];
  chamber_words?: string[];
  international_words?: string[];
}

export function loadNameCues(dir: string): { cues: NameCues; pairs: PairCues; version: string } {
  const raw = JSON.parse(readFileSync(join(dir, "name-cues.json"), "utf8")) as CuesFile;
  const orgSuffix = new Map<string, string>();
  for (const [role, words] of Object.entries(raw.org_suffixes)) for (const w of words) orgSuffix.set(w, role);
  const bodyMembers = new Map<string, string>();
  for (const [role, words] of Object.entries(raw.body_members ?? {})) for (const w of words) bodyMembers.set(w, role);
  return {
    version: raw.version,
    pairs: {
      person: new Set(raw.pair_heads?.person ?? []),
      country: new Set(raw.pair_heads?.country ?? []),
      party: new Set(raw.pair_heads?.party ?? []),
    },
    cues: {
      honorifics: new Set(raw.honorifics),
      orgSuffix,
      placeSuffix: new Set(raw.place_suffixes),
      waterSuffix: new Set(raw.water_suffixes ?? []),
      placePreps: new Set(raw.place_prepositions),
      notNames: new Set(raw.not_names),
      givenNames: new Set(raw.given_names),
      eventSuffix: new Set(raw.event_suffixes ?? []),
      productNoun: new Set(raw.product_nouns ?? []),
      companyForms: new Set(raw.company_forms ?? []),
      staffNouns: new Set(raw.staff_nouns ?? []),
      sharedHeads: new Set(raw.shared_heads ?? []),
      memberBodies: new Set(raw.member_bodies ?? []),
      bodyMembers,
      committeeWords: new Set(raw.committee_words ?? []),
      chamberWords: new Set(raw.chamber_words ?? []),
      internationalWords: new Set(raw.international_words ?? []),
    },
  };
}

/** Loads and merges every dictionary file (Dyad's own first, then the extra files in order). */
export function loadActorDictionary(options: ActorStageOptions = {}, problems: string[] = []): ActorDictionary {
  const dir = options.dataDir ?? defaultDataDir();
  const parts: ActorDictionary[] = [];
  if (!options.noDefaultData) for (const f of DEFAULT_FILES) parts.push(loadDictionaryFile(join(dir, f), parseTabari));
  for (const f of options.actorFiles ?? []) {
    parts.push(loadDictionaryFile(f, (text, file) => parseTabariFile(text, file, { strict: false, problems })));
  }
  return mergeDictionaries(parts);
}

const parseTabari = (text: string, file: string) => parseTabariFile(text, file);

export function createActorStage(options: ActorStageOptions = {}): ActorStage {
  const problems: string[] = [];
  const dict = loadActorDictionary(options, problems);
  const lex: Lexicon = buildLexicon(dict);
  const { cues, pairs } = loadNameCues(options.dataDir ?? defaultDataDir());
  const extra = options.actorFiles?.length ? `+${options.actorFiles.length}files` : "";
  const ner: NerModel = defaultNerModel();
  return Object.freeze({
    version: `${ACTORS_VERSION}+${ner.version}${extra}`,
    problems,
    size: { entries: dict.entries.length, agents: dict.agents.length, phrases: lex.actors.size + lex.agents.size },
    run(doc: Document, ctx: ActorContext): ActorLayer {
      const layer = recognize(doc, ctx, lex, cues, findNames(doc, ner), creditTokens(doc));
      return addPairMentions(doc, layer, pairs);
    },
  });
}
