/** Attribution stage entry point. (Initial wiring; replaced by the real extractor.) */
import type { ActorLayer } from "../actors/types.js";
import type { Document } from "../nlp/document.js";
import type { AttributionLayer } from "./types.js";

export interface AttributionStage {
  readonly version: string;
  run(doc: Document, actors: ActorLayer): AttributionLayer;
}

export function createAttributionStage(): AttributionStage {
  return {
    version: "attribution-0",
    run() {
      return { quotes: [], attributions: [], frames: [] };
    },
  };
}
