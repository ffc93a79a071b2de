/**
 * Events stage entry point: codes who did what to whom with Dyad's pattern lexicon (data/events/lexicon.txt),
 * indexed by head lemma once at stage creation. See docs/events.md.
 */
import { readFileSync } from "node:fs";
import type { ActorLayer } from "../actors/types.js";
import { localCertainty } from "../attribution/certainty.js";
import type { AttributionLayer } from "../attribution/types.js";
import type { Document } from "../nlp/document.js";
import { ontologyVersion } from "../ontology/index.js";
import { type CertaintyFn, codeDocument } from "./coder.js";
import { gateByDyad } from "./gate.js";
import { defaultLexicon, type PatternLexicon } from "./lexicon.js";
import type { EventContext, EventLayer } from "./types.js";

export interface EventStage {
  readonly version: string;
  run(doc: Document, actors: ActorLayer, attribution: AttributionLayer, ctx: EventContext): EventLayer;
}

export interface EventStageOptions {
  /** Replace Dyad's lexicon (e.g. one imported from a PETRARCH verb dictionary). */
  lexicon?: PatternLexicon;
  /** Replace the local certainty function (tests). */
  certainty?: CertaintyFn;
  /**
   * Emit only events whose source and target both resolve to coded actors (default true; see gate.ts). Off, every
   * coded event is in `events` (tests of the coder's readings, diagnostics).
   */
  requireDyad?: boolean;
}

export function createEventStage(options: EventStageOptions = {}): EventStage {
  const lexicon = options.lexicon ?? defaultLexicon();
  const certainty = options.certainty ?? ((doc: Document, i: number) => localCertainty(doc, i));
  const seats = seatMetonyms();
  return {
    version: `events-1+${lexicon.version}+${ontologyVersion()}`,
    run(doc, actors, attribution, ctx) {
      const all = codeDocument(doc, actors, attribution, { lexicon, certainty, date: ctx.date, seats });
      return options.requireDyad === false ? { events: all, unpaired: [] } : gateByDyad(all);
    },
  };
}

let metonyms: ReadonlySet<string> | null = null;

/**
 * Capitals and other places that stand for a government (`metonyms` of data/actors/countries.json, lower case):
 * as event participants they are coded <country>GOV ("Moscow demanded" → RUSGOV). Read once.
 */
export function seatMetonyms(): ReadonlySet<string> {
  if (metonyms) return metonyms;
  const out = new Set<string>();
  try {
    const path = new URL("../../data/actors/countries.json", import.meta.url);
    const data = JSON.parse(readFileSync(path, "utf8")) as { entries?: { metonyms?: string[] }[] };
    for (const e of data.entries ?? []) for (const m of e.metonyms ?? []) out.add(m.toLowerCase());
  } catch {
    // No actor data next to the build: participants keep their country codes.
  }
  metonyms = out;
  return out;
}
