/**
 * Typed output of the attribution stage: quotes, attributions and the assertion frames the events stage uses to
 * know who asserts what, and how sure.
 */
import type { Attribution, Certainty, Quote, Span } from "../contract.js";

/**
 * A stretch of text asserted by someone other than the article itself (the content of a quote or attribution).
 * Frames nest: an inner frame's chain starts with its outer frame's chain.
 */
export interface AssertionFrame {
  /** Content range [start, end) in characters. */
  start: number;
  end: number;
  /** Entity ids of the asserters, outermost first (a sourceless attribution contributes nothing). */
  assertedBy: string[];
  /** Certainty the frame itself imposes (e.g. "reported" for speech, "hedged" for "may have"). */
  certainty: Certainty;
  /**
   * When the frame is hedged only by words inside its content, their token indexes: the hedge then belongs to
   * the clauses those words govern ("has become a supplier and may have transferred weapons" hedges the
   * transfer, not the supplying). Absent when the report itself is hedged ("reportedly said", no source).
   */
  contentHedges?: number[];
  negated: boolean;
  /** Id of the quote ("q1") or attribution ("a1") that made the frame. */
  origin: string;
}

export interface AttributionLayer {
  readonly quotes: readonly Quote[];
  readonly attributions: readonly Attribution[];
  /** Frames sorted by start; nested frames follow their parent. */
  readonly frames: readonly AssertionFrame[];
  /**
   * Full cue phrase per quote/attribution id, where it is longer than the head-word `cue` ("has also said",
   * "said in a statement:"), following the PolNeAR convention; used by the PolNeAR evaluation.
   */
  readonly cuePhrases?: Readonly<Record<string, Span>>;
}

/** Certainty of a clause around a trigger, from hedges, negation and conditionals in the text around it. */
export interface LocalCertainty {
  certainty: Certainty;
  negated: boolean;
  /** Token indexes of the cues that decided it (hedge, negation, condition), for explanation. */
  cues: number[];
}
