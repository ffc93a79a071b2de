/** Actors stage entry point. (Initial wiring; replaced by the real recognizer.) */
import type { Document } from "../nlp/document.js";
import type { ActorContext, ActorLayer } from "./types.js";

export interface ActorStageOptions {
  /** Extra TABARI/PETRARCH actor dictionary files loaded at start (`--actors FILE`). */
  actorFiles?: string[];
}

export interface ActorStage {
  readonly version: string;
  run(doc: Document, ctx: ActorContext): ActorLayer;
}

export function createActorStage(_options: ActorStageOptions = {}): ActorStage {
  return {
    version: "actors-0",
    run(doc) {
      return { entities: [], mentions: [], mentionOfToken: new Int32Array(doc.tokens.count).fill(-1) };
    },
  };
}
