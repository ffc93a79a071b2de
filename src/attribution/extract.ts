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
import { balanceParentheses, dropOccasionTails } from "./content.js";
import type { Ctx, Item } from "./context.js";
import { attachFollowingQuotes, directQuotes, extendLeadIns, frontedQuoteSubjects } from "./direct.js";
import { mergeDocumentReports } from "./document-reports.js";
import { indirect } from "./indirect.js";
import type { CertaintyLexicon, CueLexicon } from "./lexicon.js";
import { dropSourceAdjuncts } from "./source-adjunct.js";
import { sourceUpToCue } from "./source-span.js";
import { quoteRegions } from "./spans.js";

export type { Item };

export function extract(raw: Document, actors: ActorLayer, cues: CueLexicon, cert: CertaintyLexicon): Item[] {
  const doc = withCueLemmas(raw, cues);
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
  attachFollowingQuotes(ctx);
  mergeDocumentReports(ctx);
  extendLeadIns(ctx);
  frontedQuoteSubjects(ctx);
  dropCuesInSources(ctx);
  dropQuotedCuesReachingOut(ctx);
  clipNestedContent(ctx);
  balanceParentheses(ctx);
  dropOccasionTails(ctx);
  assess(ctx);
  cuePhrases(ctx);
  sourceUpToCue(ctx);
  dropSourceAdjuncts(ctx);
  return ctx.items;
}

/**
 * The lemmatizer sometimes cuts an "-ed"/"-ing" form one letter short or long ("joked" → "jok", "rebuked" →
 * "rebuk", "touted" → "toute"); a verb whose lemma is no cue but whose repaired lemma (+e, or −e) is one gets
 * the repaired lemma, so the lexicon matches it. The Document is copied only when a lemma changes.
 */
function withCueLemmas(doc: Document, cues: CueLexicon): Document {
  const { lemma, norm, pos } = doc.tokens;
  let fixed: string[] | null = null;
  for (let t = 0; t < doc.tokens.count; t++) {
    const l = lemma[t] as string;
    const n = norm[t] as string;
    if (pos[t] !== "VERB" || cues.verbs.has(l) || !/(ed|ing)$/.test(n)) continue;
    let repaired: string | null = null;
    if ((n === `${l}ed` || n === `${l}ing`) && cues.verbs.has(`${l}e`)) repaired = `${l}e`;
    else if (l.endsWith("e") && n === `${l}d` && cues.verbs.has(l.slice(0, -1))) repaired = l.slice(0, -1);
    if (repaired === null) continue;
    fixed ??= [...lemma];
    fixed[t] = repaired;
  }
  return fixed ? { ...doc, tokens: { ...doc.tokens, lemma: fixed } } : doc;
}
