/** Events stage entry point. (Initial wiring; replaced by the real coder.) */
import type { ActorLayer } from "../actors/types.js";
import type { AttributionLayer } from "../attribution/types.js";
import type { Document } from "../nlp/document.js";
import type { EventContext, EventLayer } from "./types.js";

export interface EventStage {
  readonly version: string;
  run(doc: Document, actors: ActorLayer, attribution: AttributionLayer, ctx: EventContext): EventLayer;
}

export function createEventStage(): EventStage {
  return {
    version: "events-0",
    run() {
      return { events: [] };
    },
  };
}
