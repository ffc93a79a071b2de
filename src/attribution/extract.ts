/**
 * Rule-based quote and attribution extraction (layouts and rules: docs/attribution.md).
 *
 * Order of work, because later passes rely on what earlier ones claimed:
 *  1. direct quotes: quotation-mark regions with a cue after, before or inside them, dash or "X:" speakers,
 *     and paragraphs that continue the previous speaker's quote; short cue-less quoted phrases are left alone
 *     (scare quotes, titles);
 *  2. indirect speech around cue verbs (lemma lookup), "according to X", sourceless "reportedly", reporting
 *     nouns with a "that" clause; a quoted fragment inside indirect content makes it "mixed";
 *  3. certainty/negation of each content, then nesting into assertion frames (in index.ts).
 */
import type { ActorLayer } from "../actors/types.js";
import { type Document, tokenAt } from "../nlp/document.js";
import { assess, clipNestedContent, cuePhrases, dropCuesInSources, dropQuotedCuesReachingOut } from "./assess.js";
import type { Ctx, Item } from "./context.js";
import { directQuotes, extendLeadIns } from "./direct.js";
import { indirect } from "./indirect.js";
import type { CertaintyLexicon, CueLexicon } from "./lexicon.js";
import { sourceUpToCue } from "./source-span.js";
import { quoteRegions } from "./spans.js";

export type { Item };

export function extract(doc: Document, actors: ActorLayer, cues: CueLexicon, cert: CertaintyLexicon): Item[] {
  const regions = quoteRegions(doc, (offset) => tokenAt(doc, offset));
  const regionOf = new Int32Array(doc.tokens.count).fill(-1);
  regions.forEach((r, i) => {
    regionOf.fill(i, r.tokFrom, r.tokTo);
  });
  const ctx: Ctx = {
    doc,
    actors,
    cues,
    cert,
    claimed: new Int32Array(doc.tokens.count),
    inQuote: new Uint8Array(doc.tokens.count),
    regionOf,
    regions,
    regionUsed: new Uint8Array(regions.length),
    items: [],
    cuesBySentence: new Map(),
  };
  directQuotes(ctx);
  indirect(ctx);
  extendLeadIns(ctx);
  dropCuesInSources(ctx);
  dropQuotedCuesReachingOut(ctx);
  clipNestedContent(ctx);
  assess(ctx);
  cuePhrases(ctx);
  sourceUpToCue(ctx);
  return ctx.items;
}
