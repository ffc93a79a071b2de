/**
 * The state the event coder shares while it codes one document: the document, its actors and parse, the options,
 * the events coded so far and what they leave for later events (targets of conjuncts, place targets, one-way
 * targets). Built once per document by createCoderContext and passed to every coder function. Also the word
 * lists more than one part of the coder reads.
 */
import IntervalTree from "@flatten-js/interval-tree";
import type { ActorLayer, ActorMention } from "../actors/types.js";
import type { AssertionFrame, AttributionLayer, LocalCertainty } from "../attribution/types.js";
import type { CodedEvent, EntityRef } from "../contract.js";
import type { Document } from "../nlp/document.js";
import { buildTree, type DepTree } from "../nlp/tree.js";
import { inDomain } from "./arguments.js";
import type { PatternLexicon } from "./lexicon.js";

export type CertaintyFn = (doc: Document, trigger: number) => LocalCertainty;

export interface CoderOptions {
  lexicon: PatternLexicon;
  certainty: CertaintyFn;
  date: string | null;
  /** Lower-case capitals standing for their government ("Moscow"): participants coded <country>GOV. */
  seats?: ReadonlySet<string>;
}

/** Tokens that always end a clause. */
export const HARD = new Set([";", ":", "—", "–", "--", "(", ")", '"', "“", "”", "[", "]", "?", "!"]);
/** Words that open a new clause: the subject of a verb after them is never left of them. */
export const OPENERS = new Set([
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "because",
  "if",
  "unless",
  "when",
  "whereas",
  "although",
  "though",
  "while",
  "after",
  "before",
  "since",
  "until",
  "whether",
  "according",
  "however",
]);
/** Prepositions whose object is a place or time, never a default target ("met in Beijing"). */
export const LOCATIVE = new Set([
  "in",
  "at",
  "near",
  "inside",
  "outside",
  "across",
  "throughout",
  "during",
  "from",
  "of",
  "over",
  "since",
  "within",
  "around",
  "regarding",
  "about",
  "for",
  "like",
  "as",
  // "sending its exports through South Africa": the route of a shipment, no party it goes to
  "through",
  "via",
]);
export const POSSESSIVE = new Set(["its", "their", "his", "her", "our", "my", "your"]);

/** The possessive mark after a name: "'s", or a bare apostrophe after a plural ("the allies' talks"), either quote. */
export function isPossessiveMark(w: string): boolean {
  return w === "'s" || w === "’s" || w === "'" || w === "’";
}
export interface CoderContext {
  readonly doc: Document;
  readonly actors: ActorLayer;
  readonly opt: CoderOptions;
  readonly lex: PatternLexicon;
  readonly pos: Document["tokens"]["pos"];
  readonly value: Document["tokens"]["value"];
  readonly count: number;
  /** Actor mention index of each token, or -1. */
  readonly mot: ActorLayer["mentionOfToken"];
  readonly events: CodedEvent[];
  readonly seen: Set<string>;
  /** Targets of the events emitted so far, by trigger token and quad class (for shared targets of conjuncts). */
  readonly targetsAt: Map<number, { quad: number; targets: ActorMention[] }>;
  /** Place targets (see placeTarget): coded as places, never as the government a capital may stand for. */
  readonly placeRefs: Set<ActorMention>;
  readonly lower: (i: number) => string;
  readonly val: (i: number) => string;
  readonly mentionAt: (i: number) => ActorMention | null;
  readonly isVerbPos: (i: number) => boolean;
  readonly entityIndex: Map<string, number>;
  readonly framesAt: (at: number) => AssertionFrame[];
  readonly tree: DepTree;
  /** Targets of reciprocal verbs that sit inside the verb's complement clause: no reverse event (see outsideClauses). */
  readonly oneWay: Set<ActorMention>;
  /** Speaker or source of each quote and attribution, by id (frames name their origin). */
  readonly originOf: Map<string, EntityRef | null>;
  /**
   * A pair named by a plural description ("the two leaders") stands for its members, like a coordinated subject:
   * each member gets the description's span with its own entity and code.
   */
  readonly asMembers: (m: ActorMention) => ActorMention[];
  /** The article is about sport (see `inDomain`): its conflict verbs are sporting language, not events. */
  readonly sport: boolean;
}

export function createCoderContext(
  doc: Document,
  actors: ActorLayer,
  attribution: AttributionLayer,
  opt: CoderOptions,
): CoderContext {
  const { lemma, pos, value, count } = doc.tokens;
  const mot = actors.mentionOfToken;
  const lower = (i: number) => (lemma[i] ?? "").toLowerCase();
  const val = (i: number) => (value[i] ?? "").toLowerCase();
  const mentionAt = (i: number): ActorMention | null => {
    if (i < 0 || i >= count) return null;
    const m = mot[i] as number;
    return m >= 0 ? (actors.mentions[m] as ActorMention) : null;
  };
  const isVerbPos = (i: number) => pos[i] === "VERB";
  const entityIndex = new Map(actors.entities.map((e, k) => [e.id, k]));
  const originOf = new Map<string, EntityRef | null>();
  for (const a of attribution.attributions) originOf.set(a.id, a.source);
  for (const q of attribution.quotes) originOf.set(q.id, q.speaker);
  const asMembers = (m: ActorMention): ActorMention[] => {
    const members = actors.entities[m.entity]?.members;
    if (!members) return [m];
    return members.flatMap((id) => {
      const k = entityIndex.get(id);
      const e = k === undefined ? undefined : actors.entities[k];
      return k === undefined || !e ? [] : [{ ...m, entity: k, actor: e.actor }];
    });
  };
  return {
    doc,
    actors,
    opt,
    lex: opt.lexicon,
    pos,
    value,
    count,
    mot,
    events: [],
    seen: new Set<string>(),
    targetsAt: new Map(),
    placeRefs: new Set<ActorMention>(),
    lower,
    val,
    mentionAt,
    isVerbPos,
    entityIndex,
    framesAt: frameIndex(attribution.frames),
    tree: buildTree(doc),
    oneWay: new Set<ActorMention>(),
    originOf,
    asMembers,
    sport: !opt.lexicon.anyPos && inDomain(doc.tokens, "sport"),
  };
}

/**
 * The frames that hold an offset (start <= at < end), in frame order. An interval tree answers in log time plus
 * the answer's size; scanning every frame before the offset, as before, made long articles quadratic.
 */
function frameIndex(frames: readonly AssertionFrame[]): (at: number) => AssertionFrame[] {
  const tree = new IntervalTree<number>();
  frames.forEach((f, k) => {
    if (f.end > f.start) tree.insert([f.start, f.end - 1], k);
  });
  return (at) => {
    const found: number[] = tree.search([at, at]);
    return found.sort((a, b) => a - b).map((k) => frames[k] as AssertionFrame);
  };
}
