import type { CodedEvent } from "../contract.js";

export interface EventLayer {
  readonly events: readonly CodedEvent[];
  /**
   * Events that fail the dyad gate (a side missing or without an actor code; src/events/gate.ts): kept for
   * diagnostics and library callers, never written to the output contract. Empty (or absent, in hand-built layers) when the gate is off.
   */
  readonly unpaired?: readonly CodedEvent[];
}

export interface EventContext {
  /** Article date (YYYY-MM-DD) or null. */
  date: string | null;
}
