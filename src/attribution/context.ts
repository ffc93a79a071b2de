/**
 * Shared state of one extraction run (the Ctx every pass reads and writes), the Item it produces, and the
 * small token tests all passes use (cue verbs, sentence bounds, finite verbs). Rules: docs/attribution.md.
 */
import type { ActorLayer } from "../actors/types.js";
import type { Certainty, EntityRef, QuoteType, Span } from "../contract.js";
import type { Document } from "../nlp/document.js";
import { type CertaintyLexicon, type CueLexicon, clauseWords } from "./lexicon.js";
import type { QuoteRegion } from "./spans.js";

/** One extracted item before ids are assigned; `kind` decides whether it is reported as a quote or attribution. */
export interface Item {
  kind: "quote" | "attribution";
  type: QuoteType;
  who: EntityRef | null;
  cue: Span | null;
  /** Token index of the cue (first token), or -1. */
  cueTok: number;
  content: Span[];
  certainty: Certainty;
  negated: boolean;
  /**
   * The whole cue phrase: auxiliaries and adverbs of the verb group before the cue, and adjuncts or a colon
   * between the cue and content after it ("has also said", "said Tuesday", "said in a statement:"). PolNeAR marks
   * cues this way; `cue` itself stays the head word (the project's convention).
   */
  cuePhrase?: Span;
  /** The cue class ("speech", "belief", "report", "denial", "according", "sourceless", "noun", "direct"). */
  cls: string;
  /**
   * Token indexes of the hedges found inside the content ("may", "possibly") when the hedge is the content's,
   * not the report's; absent when the report itself is hedged (a hedged cue, no source). Lets later stages apply
   * the hedge only to the clause it belongs to (set by `assess`).
   */
  contentHedges?: number[];
  /**
   * The source this item's speaker names for its content ("…, the paper reported, citing unnamed officials"):
   * the paper asserts the content on the officials' word, so the content's asserter chain is [paper, officials].
   * Set by the ", citing X" participle that follows the report (`citedSource` in verb-cue.ts).
   */
  cited?: EntityRef;
  /**
   * A direct quote with its cue after it whose sentence opens with unquoted words (`Yet the plan is "a
   * disaster," Lind said.`): the first token of those words. `extendLeadIns` (direct.ts) joins them to the
   * content once every pass has run, unless another item claims them.
   */
  leadTok?: number;
}

export const CLAUSE_WORDS = clauseWords();

export const SENT_END = new Set([".", "!", "?"]);

export const DASHES = new Set(["-", "—", "–", "--"]);

/** Participle cues after a comma continue the same speaker (", adding that ...", ", saying ..."). */
export const CONTENT_STOP_PARTICIPLES: ReadonlySet<string> = CLAUSE_WORDS.continuing_participles;

/** Words that, after a comma, end reported content. */
export const CONTENT_STOP_AFTER_COMMA = new Set(["but", "while", "whereas", "however", "which", "although", "though"]);

/** Verbs that put their addressee before the content ("told reporters that ..."). */
export const ADDRESSEE: ReadonlySet<string> = CLAUSE_WORDS.addressee_verbs;

/** Attribution (not quote) classes: mental states, media reports, "according to", sourceless. */
export const ATTRIBUTION_CLASSES = new Set([
  "belief",
  "report",
  "according",
  "sourceless",
  "noun",
  "denial",
  "stance",
  "headline",
  "passive",
  "intent",
]);

/** Verbs whose lemma is ambiguous enough that they need an explicit "that"/colon/quote complement. */
export const NEEDS_THAT: ReadonlySet<string> = CLAUSE_WORDS.needs_complement;

export interface Extracted {
  items: Item[];
}

export interface Ctx {
  doc: Document;
  actors: ActorLayer;
  cues: CueLexicon;
  cert: CertaintyLexicon;
  /** For each token: index of the item whose cue or source claims it, else -1 (keeps cues from double use). */
  claimed: Int32Array;
  /** For each token: 1 when inside a direct quote region that became a quote. */
  inQuote: Uint8Array;
  /** For each token: index into regions of the region that holds it, else -1. */
  regionOf: Int32Array;
  regions: QuoteRegion[];
  regionUsed: Uint8Array;
  items: Item[];
  /** The items with a cue, by the sentence of the cue, in the order they were added (see addItem). */
  cuesBySentence: Map<number, Item[]>;
}

/** Adds an item, indexed by its cue's sentence so later cues find the sentence's earlier ones directly. */
export function addItem(ctx: Ctx, item: Item): void {
  ctx.items.push(item);
  if (item.cueTok < 0) return;
  const s = ctx.doc.tokens.sentence[item.cueTok] as number;
  const list = ctx.cuesBySentence.get(s);
  if (list) list.push(item);
  else ctx.cuesBySentence.set(s, [item]);
}

/**
 * The item whose cue is the nearest before token `i` and at or after token `from` (the first added among
 * equals), or undefined. Looks only in the sentences between the two, not at every item of the article.
 */
export function latestCueBefore(ctx: Ctx, from: number, i: number): Item | undefined {
  let prev: Item | undefined;
  const { sentence } = ctx.doc.tokens;
  for (let s = sentence[from] as number; s <= (sentence[Math.max(from, i - 1)] as number); s++) {
    for (const it of ctx.cuesBySentence.get(s) ?? []) {
      if (it.cueTok >= from && it.cueTok < i && (!prev || it.cueTok > prev.cueTok)) prev = it;
    }
  }
  return prev;
}

export const sentStart = (doc: Document, t: number) =>
  doc.sentences.tokenStart[doc.tokens.sentence[t] as number] as number;

export const sentEnd = (doc: Document, t: number) => doc.sentences.tokenEnd[doc.tokens.sentence[t] as number] as number;

/** "say"/"tell" mis-tagged as nouns after a plural or numeric subject ("About 3 in 10 say they …"). */
const SAY_FORMS = new Set(["say", "says", "said", "tell", "tells", "told"]);

export function isCueVerb(ctx: Ctx, t: number): string | null {
  const { lemma, pos, norm } = ctx.doc.tokens;
  // "self-described", "so-called": the participle of a compound adjective reports nothing
  if (norm[t - 1] === "-" && ctx.doc.tokens.start[t] === ctx.doc.tokens.end[t - 1]) return null;
  // "Lind's repeated calls", "his stated aim": a participle between a possessor and a noun modifies the noun
  const { xpos } = ctx.doc.tokens;
  if ((xpos[t - 1] === "PRP$" || xpos[t - 1] === "POS") && /ed$/.test(norm[t] as string) && pos[t + 1] === "NOUN")
    return null;
  if (attributiveParticiple(ctx, t)) return null;
  // "You know, when I became mayor …": the filler reports nothing
  if (lemma[t] === "know" && norm[t - 1] === "you" && FILLER_NEXT.has(norm[t + 1] as string)) return null;
  if (pos[t] !== "VERB" && !(pos[t] === "AUX" && lemma[t] === "say") && !(norm[t] === "says" || norm[t] === "said")) {
    const prev = pos[t - 1];
    const nominalBefore = prev === "NUM" || prev === "PRON" || prev === "PROPN" || prev === "NOUN";
    if (!(SAY_FORMS.has(norm[t] as string) && nominalBefore) && !taggedAsNoun(ctx, t, nominalBefore)) return null;
  }
  return ctx.cues.verbs.get(lemma[t] as string) ?? null;
}

const FILLER_NEXT = new Set([",", ".", "?", "!", "—", "–", "--", "...", "…"]);
const ARTICLES = new Set(["a", "an", "the"]);
const QUANTIFIER_WORDS = new Set(["many", "several", "few", "both", "all", "some", "most", "more", "others", "each"]);

/**
 * "400 pledged delegates", "a large pledged delegate lead", "regular, pledged delegates": a participle between a
 * number, an article or an adjective (or an adjective and a comma) and a noun modifies the noun (the tagger often
 * reads it as a past tense). A quantifier before it can be its subject ("many pledged support").
 */
function attributiveParticiple(ctx: Ctx, t: number): boolean {
  const { norm, pos, xpos } = ctx.doc.tokens;
  if (!/ed$/.test(norm[t] as string) || pos[t + 1] !== "NOUN") return false;
  const prev = norm[t - 1] as string;
  if (pos[t - 1] === "NUM" || ARTICLES.has(prev)) return true;
  if (prev === "," && pos[t - 2] === "ADJ" && !QUANTIFIER_WORDS.has(norm[t - 2] as string)) return true;
  return pos[t - 1] === "ADJ" && xpos[t] === "VBN" && !QUANTIFIER_WORDS.has(prev);
}

/**
 * A present-tense cue verb after a plural subject that the tagger called a noun ("new filings show it has …",
 * "Data show that …"): the form must be a verb form of a reporting lemma and a complement must open after it
 * ("that", a pronoun, a determiner, a name or a number).
 */
function taggedAsNoun(ctx: Ctx, t: number, nominalBefore: boolean): boolean {
  const { pos, norm, lemma } = ctx.doc.tokens;
  if (pos[t] !== "NOUN" || !nominalBefore || !ctx.cues.verbs.has(lemma[t] as string)) return false;
  if (pos[t - 1] === "NUM" || ctx.cues.nouns.has(lemma[t] as string)) return false;
  const next = pos[t + 1];
  return norm[t + 1] === "that" || next === "PRON" || next === "DET" || next === "PROPN" || next === "NUM";
}

export function claim(ctx: Ctx, from: number, to: number): void {
  for (let t = from; t < to; t++) ctx.claimed[t] = 1;
}

/** True when [from, to) holds a finite verb (a verb not ending in -ing, or an auxiliary). */
export function hasFinite(ctx: Ctx, from: number, to: number, reducedRelatives = false): boolean {
  const { pos, norm, xpos } = ctx.doc.tokens;
  for (let t = from; t < to; t++) {
    // with `reducedRelatives`, a past participle with no auxiliary before it modifies a noun ("a claim not
    // recognized abroad", "an offer rebuffed"): no verb of the phrase's own
    if (reducedRelatives && xpos[t] === "VBN" && pos[t - 1] !== "AUX") continue;
    if (pos[t] === "AUX" || (pos[t] === "VERB" && !(norm[t] as string).endsWith("ing"))) return true;
  }
  return false;
}

/** The first relative pronoun in [from, end), or end. */
export function relativeOrEnd(ctx: Ctx, from: number, end: number): number {
  const { norm } = ctx.doc.tokens;
  for (let t = from; t < end; t++) if (norm[t] === "who" || norm[t] === "which" || norm[t] === "that") return t;
  return end;
}

/** Words before a participle cue that leave its subject to the main clause ("by saying", "while noting"). */
export const PARTICIPLE_OPENERS = new Set(["by", "while", "after", "before", "without", "when", "in"]);
