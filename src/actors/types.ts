/**
 * Typed output of the actors stage. Later stages (attribution, events) read actors only through this layer.
 */
import type { Entity, MentionForm } from "../contract.js";

/** One mention of an entity, with the token range it covers. */
export interface ActorMention {
  start: number;
  end: number;
  text: string;
  form: MentionForm;
  /** Token range [tokenStart, tokenEnd) in the Document. */
  tokenStart: number;
  tokenEnd: number;
  /** Index into ActorLayer.entities. */
  entity: number;
  /**
   * CAMEO code this mention itself carries for the article date. Usually the entity's code, but a composed
   * mention may be more specific ("Russian troops" → RUSMIL) than its entity would be alone.
   */
  actor: string | null;
  /**
   * Offset where the proper name starts inside a name mention that opens with a title or description
   * ("President Vladimir Putin" → offset of "Vladimir"); equals `start` otherwise. NER scoring uses
   * [nameStart, end).
   */
  nameStart?: number;
}

export interface ActorLayer {
  /** Entities in order of first mention; `Entity.id` values are "e1", "e2", ... */
  readonly entities: readonly Entity[];
  /** All mentions, sorted by start offset, non-overlapping. */
  readonly mentions: readonly ActorMention[];
  /** For each token, the index into `mentions` of the mention that covers it, or -1. */
  readonly mentionOfToken: Int32Array;
}

/** What the actors stage needs besides the Document. */
export interface ActorContext {
  /** Article date (YYYY-MM-DD) used for date-aware codes; null = use the undated default codes. */
  date: string | null;
}
