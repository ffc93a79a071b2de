/**
 * Attribution stage entry point: quotes, attributions and assertion frames for one Document (rules in
 * docs/attribution.md). Lexicons (data/lexicons/cues.json, certainty.json) are compiled once at stage creation.
 */
import type { ActorLayer } from "../actors/types.js";
import type { Attribution, Quote, Span } from "../contract.js";
import type { Document } from "../nlp/document.js";
import { extract, type Item } from "./extract.js";
import { certaintyLexicon, cueLexicon } from "./lexicon.js";
import type { AssertionFrame, AttributionLayer } from "./types.js";

export { hedgeCues, localCertainty } from "./certainty.js";

export interface AttributionStage {
  readonly version: string;
  run(doc: Document, actors: ActorLayer): AttributionLayer;
}

/** Items in reading order: by the start of their first content span, then by cue. */
function order(items: Item[]): Item[] {
  const key = (it: Item) => Math.min(it.content[0]?.start ?? 0, it.cue?.start ?? Number.MAX_SAFE_INTEGER);
  return [...items].sort((a, b) => key(a) - key(b) || (a.cue?.start ?? 0) - (b.cue?.start ?? 0));
}

/**
 * Frames: one per content span. An item whose cue lies inside another item's content is nested in it, so its
 * chain is the outer chain plus its own source ("China's Foreign Ministry said Xi expressed willingness …").
 */
export function buildFrames(entries: { id: string; item: Item }[]): AssertionFrame[] {
  const byWidth = [...entries].sort((a, b) => width(b.item) - width(a.item));
  const chains = new Map<string, string[]>();
  for (const { id, item } of byWidth) {
    const at = item.cue?.start ?? item.content[0]?.start ?? 0;
    let parent: { id: string; w: number } | null = null;
    for (const other of byWidth) {
      if (other.id === id || !chains.has(other.id)) continue;
      if (other.item.content.some((c) => c.start <= at && at < c.end)) {
        const w = width(other.item);
        if (!parent || w < parent.w) parent = { id: other.id, w };
      }
    }
    const base = parent ? (chains.get(parent.id) ?? []) : [];
    const own = item.who?.entity ?? null;
    chains.set(id, own && base[base.length - 1] !== own ? [...base, own] : base);
  }
  const frames: AssertionFrame[] = [];
  for (const { id, item } of entries) {
    for (const c of item.content) {
      frames.push({
        start: c.start,
        end: c.end,
        assertedBy: chains.get(id) ?? [],
        certainty: item.certainty,
        negated: item.negated,
        origin: id,
      });
    }
  }
  // sorted by start; a nested frame (starting at or after its parent, shorter) follows it
  return frames.sort((a, b) => a.start - b.start || b.end - a.end);
}

function width(item: Item): number {
  let w = 0;
  for (const c of item.content) w += c.end - c.start;
  return w;
}

export function createAttributionStage(): AttributionStage {
  const cues = cueLexicon();
  const cert = certaintyLexicon();
  return {
    version: `attribution-1 (${cues.version}, ${cert.version})`,
    run(doc: Document, actors: ActorLayer): AttributionLayer {
      const items = order(extract(doc, actors, cues, cert));
      const quotes: Quote[] = [];
      const attributions: Attribution[] = [];
      const entries: { id: string; item: Item }[] = [];
      for (const item of items) {
        if (item.kind === "quote" || item.cue === null) {
          const id = `q${quotes.length + 1}`;
          quotes.push({
            id,
            type: item.type,
            speaker: item.who,
            cue: item.cue,
            content: item.content,
            certainty: item.certainty,
            negated: item.negated,
          });
          entries.push({ id, item });
        } else {
          const id = `a${attributions.length + 1}`;
          attributions.push({
            id,
            source: item.who,
            cue: item.cue,
            content: item.content,
            certainty: item.certainty,
            negated: item.negated,
          });
          entries.push({ id, item });
        }
      }
      const cuePhrases: Record<string, Span> = {};
      for (const { id, item } of entries) {
        if (item.cuePhrase && item.cue && item.cuePhrase.text !== item.cue.text) cuePhrases[id] = item.cuePhrase;
      }
      return { quotes, attributions, frames: buildFrames(entries), cuePhrases };
    },
  };
}
