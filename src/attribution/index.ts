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
 * The parent is the narrowest item, wider in processing order, whose content holds the cue.
 */
export function buildFrames(entries: { id: string; item: Item }[]): AssertionFrame[] {
  const byWidth = [...entries].sort((a, b) => width(b.item) - width(a.item));
  const widths = byWidth.map((e) => width(e.item));
  const holders = contentHolders(byWidth.map((e) => e.item));
  const chains: string[][] = [];
  byWidth.forEach(({ item }, rank) => {
    // Only items handled before this one (wider, or as wide and earlier) can be its parent; the narrowest wins,
    // the earliest among equals.
    let parent = -1;
    for (const other of holders[rank] ?? []) {
      if (other >= rank) continue;
      const w = widths[other] as number;
      const pw = parent < 0 ? Number.POSITIVE_INFINITY : (widths[parent] as number);
      if (w < pw || (w === pw && other < parent)) parent = other;
    }
    const base = parent >= 0 ? (chains[parent] ?? []) : [];
    const own = item.who?.entity ?? null;
    let chain = own && base[base.length - 1] !== own ? [...base, own] : base;
    // "…, the paper reported, citing officials": the officials are the paper's source, inside its frame
    const cited = item.cited?.entity ?? null;
    if (cited && chain[chain.length - 1] !== cited) chain = [...chain, cited];
    chains[rank] = chain;
  });
  const chainOf = new Map(byWidth.map((e, rank) => [e.id, chains[rank] ?? []]));
  const frames: AssertionFrame[] = [];
  for (const { id, item } of entries) {
    for (const c of item.content) {
      frames.push({
        start: c.start,
        end: c.end,
        assertedBy: chainOf.get(id) ?? [],
        certainty: item.certainty,
        ...(item.contentHedges ? { contentHedges: item.contentHedges } : {}),
        negated: item.negated,
        origin: id,
      });
    }
  }
  // sorted by start; a nested frame (starting at or after its parent, shorter) follows it
  return frames.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * For each item (by index), the indexes of the other items whose content holds its cue (or its first content
 * start). A sweep over the content spans sorted by start keeps only the spans open at each point, so the cost is
 * (n + spans) log n plus the nesting depth at each point, not n² as checking every pair was on long articles.
 */
function contentHolders(items: Item[]): number[][] {
  const spans: [start: number, end: number, owner: number][] = [];
  items.forEach((item, i) => {
    for (const c of item.content) spans.push([c.start, c.end, i]);
  });
  spans.sort((a, b) => a[0] - b[0]);
  const points = items.map((item, i) => [item.cue?.start ?? item.content[0]?.start ?? 0, i] as const);
  points.sort((a, b) => a[0] - b[0]);
  const holders: number[][] = items.map(() => []);
  let open: [number, number, number][] = [];
  let next = 0;
  for (const [at, i] of points) {
    while (next < spans.length && (spans[next] as [number, number, number])[0] <= at)
      open.push(spans[next++] as [number, number, number]);
    open = open.filter((s) => s[1] > at);
    const found = new Set<number>();
    for (const [, , owner] of open) if (owner !== i) found.add(owner);
    holders[i] = [...found];
  }
  return holders;
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
            cue_phrase: item.cue ? (item.cuePhrase ?? item.cue) : null,
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
            cue_phrase: item.cuePhrase ?? item.cue,
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
