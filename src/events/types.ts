import type { CodedEvent } from "../contract.js";

export interface EventLayer {
  readonly events: readonly CodedEvent[];
}

export interface EventContext {
  /** Article date (YYYY-MM-DD) or null. */
  date: string | null;
}
