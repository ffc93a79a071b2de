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
import type { Certainty, EntityRef, QuoteType, Span } from "../contract.js";
import { type Document, tokenAt } from "../nlp/document.js";
import { clauseOf, localCertainty, stronger } from "./certainty.js";
import { type CertaintyLexicon, type CueLexicon, clauseWords, matchAt } from "./lexicon.js";
import {
  capitalized,
  isMarkToken,
  npEndingAt,
  npStartingAt,
  type QuoteRegion,
  quoteRegions,
  span,
  subjectEnd,
  tokSpan,
} from "./spans.js";

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
}

const CLAUSE_WORDS = clauseWords();
const SENT_END = new Set([".", "!", "?"]);
const DASHES = new Set(["-", "—", "–", "--"]);
/** Participle cues after a comma continue the same speaker (", adding that ...", ", saying ..."). */
const CONTENT_STOP_PARTICIPLES: ReadonlySet<string> = CLAUSE_WORDS.continuing_participles;
/** Words that, after a comma, end reported content. */
const CONTENT_STOP_AFTER_COMMA = new Set(["but", "while", "whereas", "however", "which", "although", "though"]);
/** Verbs that put their addressee before the content ("told reporters that ..."). */
const ADDRESSEE: ReadonlySet<string> = CLAUSE_WORDS.addressee_verbs;
/** Attribution (not quote) classes: mental states, media reports, "according to", sourceless. */
const ATTRIBUTION_CLASSES = new Set([
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
const NEEDS_THAT: ReadonlySet<string> = CLAUSE_WORDS.needs_complement;

export interface Extracted {
  items: Item[];
}

interface Ctx {
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
}

const sentStart = (doc: Document, t: number) => doc.sentences.tokenStart[doc.tokens.sentence[t] as number] as number;
const sentEnd = (doc: Document, t: number) => doc.sentences.tokenEnd[doc.tokens.sentence[t] as number] as number;

/** "say"/"tell" mis-tagged as nouns after a plural or numeric subject ("About 4 in 10 say they …"). */
const SAY_FORMS = new Set(["say", "says", "said", "tell", "tells", "told"]);

function isCueVerb(ctx: Ctx, t: number): string | null {
  const { lemma, pos, norm } = ctx.doc.tokens;
  // "self-described", "so-called": the participle of a compound adjective reports nothing
  if (norm[t - 1] === "-" && ctx.doc.tokens.start[t] === ctx.doc.tokens.end[t - 1]) return null;
  if (pos[t] !== "VERB" && !(pos[t] === "AUX" && lemma[t] === "say") && !(norm[t] === "says" || norm[t] === "said")) {
    const prev = pos[t - 1];
    const nominalBefore = prev === "NUM" || prev === "PRON" || prev === "PROPN" || prev === "NOUN";
    if (!(SAY_FORMS.has(norm[t] as string) && nominalBefore) && !taggedAsNoun(ctx, t, nominalBefore)) return null;
  }
  return ctx.cues.verbs.get(lemma[t] as string) ?? null;
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

/** Finds a "<NP> <cue>" or "<cue> <NP>" group starting at token `from` (after a closing quote mark). */
function cueAfter(ctx: Ctx, from: number, limit: number): { cue: number; np: ReturnType<typeof npEndingAt> } | null {
  const { norm, pos } = ctx.doc.tokens;
  let k = from;
  while (k < limit && norm[k] === ",") k++;
  // "said Putin" / "says the minister"
  if (k < limit && isCueVerb(ctx, k)) {
    let np = npStartingAt(ctx.doc, ctx.actors, k + 1, limit);
    const prev = npEndingAt(ctx.doc, ctx.actors, k, from);
    if (!prev && np && norm[np.to] === ",") {
      // "said Dean Baker, co-director of the Center for Economic and Policy Research, a liberal think tank."
      const se = sentEnd(ctx.doc, np.to);
      let e = se;
      while (e > np.to && (SENT_END.has(norm[e - 1] as string) || isMarkToken(ctx.doc, e - 1))) e--;
      // the apposition may end in a relative clause ("…, who had endorsed Kasich"), but has no verb of its own
      let plain = e - np.to <= 40;
      for (let t = np.to; t < e && plain; t++) {
        if (norm[t] === "who" || norm[t] === "which") {
          // "…, who said he would not vote": a relative with its own report is a second attribution
          for (let u = t + 1; u < Math.min(e, t + 4); u++) if (isCueVerb(ctx, u)) plain = false;
          break;
        }
        if (pos[t] === "VERB" && !(norm[t] ?? "").endsWith("ing") && !capitalized(ctx.doc, t)) plain = false;
      }
      if (plain && ctx.regionOf[e - 1] === -1)
        np = { from: np.from, to: e, ref: { ...tokSpan(ctx.doc, np.from, e), entity: np.ref.entity } };
    }
    return { cue: k, np: prev ?? np };
  }
  // "the Chinese leader said" / "Hugh Hill, a doctor, said" — a cue verb within a short window, nothing verbal
  // before it except auxiliaries.
  for (let j = k; j < Math.min(limit, k + 25); j++) {
    if (SENT_END.has(norm[j] as string) || isMarkToken(ctx.doc, j) || norm[j] === ";") break;
    // "Paris, who used to work on Capitol Hill, said": a relative clause inside the speaker group is skipped
    if (norm[j] === "," && (norm[j + 1] === "who" || norm[j + 1] === "whose") && j > k) {
      let c = j + 1;
      while (c < Math.min(limit, k + 25) && norm[c] !== "," && !SENT_END.has(norm[c] as string)) c++;
      if (norm[c] !== ",") break;
      j = c;
      continue;
    }
    if (isCueVerb(ctx, j)) {
      const subjEnd = subjectEnd(ctx.doc, j, k);
      let np = npEndingAt(ctx.doc, ctx.actors, subjEnd, k);
      if (np === null && norm[subjEnd - 1] === ",")
        // apposition or relative clause: "Hugh Hill, a doctor, said", "Cox, who runs the lobby, says"
        np = relativeSubject(ctx, subjEnd - 1, k) ?? apposition(ctx, subjEnd - 1, k);
      return np ? { cue: j, np } : null;
    }
    if (pos[j] === "VERB" || pos[j] === "SCONJ") break;
  }
  return null;
}

/** Direct quotes (pass 1). */
function directQuotes(ctx: Ctx): void {
  const { doc, regions } = ctx;
  const { norm, pos } = doc.tokens;
  let lastQuote: Item | null = null;
  let lastQuotePara = -2;
  for (let r = 0; r < regions.length; r++) {
    const reg = regions[r] as QuoteRegion;
    if (ctx.regionUsed[r]) continue;
    const after = reg.tokTo;
    const para = doc.sentences.paragraph[doc.tokens.sentence[reg.tokFrom] as number] as number;
    const paraEndTok = paragraphEndTok(doc, para);
    const contents: Span[] = reg.pieces.map(([s, e]) => span(doc, s, e));
    let who: EntityRef | null = null;
    let cueTok = -1;
    let cue: Span | null = null;
    const before = reg.tokFrom > 0 ? cueBefore(ctx, reg.tokFrom) : null;
    let found = !before && reg.closed ? cueAfter(ctx, after, Math.min(paraEndTok, sentEnd(doc, after - 1) + 12)) : null;
    if (found && endsSentence(doc, reg)) {
      // `"…." He added, "…"` — a quote that ends its sentence takes a following cue only when that cue group
      // is a sentence of its own (`"…." he said.`); otherwise the cue introduces the next quote.
      let groupEnd = Math.max(found.cue + 1, found.np?.to ?? 0);
      while (groupEnd < doc.tokens.count && doc.tokens.pos[groupEnd] === "ADV") groupEnd++;
      const next = norm[groupEnd] ?? ".";
      const introducesNext = next === ":" || (next === "," && isMarkToken(doc, groupEnd + 1));
      if (introducesNext || !(SENT_END.has(next) || next === "," || groupEnd >= doc.tokens.count)) found = null;
    }
    if (before) {
      cueTok = before.cue;
      cue = tokSpan(doc, before.cue, before.cueEnd);
      who = before.who;
    } else if (found && found.cue < paraEndTok) {
      cueTok = found.cue;
      cue = tokSpan(doc, found.cue, found.cue + 1);
      who = found.np?.ref ?? null;
      claim(ctx, found.cue, found.cue + 1);
      if (found.np) claim(ctx, found.np.from, found.np.to);
      // `"…," he said, "…"`: the next region right after the cue group continues the same quote.
      const groupEnd = Math.max(found.cue + 1, found.np?.to ?? 0);
      let k = groupEnd;
      while (k < paraEndTok && (norm[k] === "," || norm[k] === ":" || norm[k] === "." || pos[k] === "ADV")) k++;
      const next = regions[r + 1];
      if (next && next.tokFrom === k && k > groupEnd && !SENT_END.has(norm[groupEnd] as string) && reg.words >= 1) {
        for (const [s, e] of next.pieces) contents.push(span(doc, s, e));
        ctx.regionUsed[r + 1] = 1;
        markQuote(ctx, next);
      } else if (
        next &&
        next.tokFrom === k &&
        k > groupEnd &&
        norm[groupEnd] === "." &&
        // `"A," Trump said. "B," Trump said.`: a next quote with a cue of its own is a new quote
        !(next.closed && cueAfter(ctx, next.tokTo, Math.min(paraEndTok, sentEnd(doc, next.tokTo - 1) + 12)))
      ) {
        // `"…," he said. "…"` — a new sentence in the same paragraph continues the speaker's quote.
        for (const [s, e] of next.pieces) contents.push(span(doc, s, e));
        ctx.regionUsed[r + 1] = 1;
        markQuote(ctx, next);
      }
    }
    if (cue === null && reg.closed) {
      // Dash-introduced speaker: `"…" -Commissioner X` / `"…" — X`.
      let k = after;
      if (norm[k] === ",") k++;
      if (k < paraEndTok && DASHES.has(norm[k] as string)) {
        const np = npStartingAt(doc, ctx.actors, k + 1, paraEndTok);
        if (np) {
          cueTok = k;
          cue = tokSpan(doc, k, k + 1);
          who = np.ref;
          claim(ctx, k, np.to);
        }
      }
    }
    if (cue === null) {
      // No cue: a whole quoted sentence that follows the same speaker's quote continues it; a short quoted phrase
      // is a scare quote or a title, not speech (it may still become part of a mixed quote in pass 2).
      const startsSentence = reg.tokFrom === sentStart(doc, reg.tokFrom);
      if (startsSentence && reg.words >= 6 && lastQuote && para - lastQuotePara <= 1) {
        for (const [s, e] of reg.pieces) lastQuote.content.push(span(doc, s, e));
        ctx.regionUsed[r] = 1;
        markQuote(ctx, reg);
        lastQuotePara = para;
      }
      continue;
    }
    if (reg.words < 1) continue;
    ctx.regionUsed[r] = 1;
    markQuote(ctx, reg);
    const item: Item = {
      kind: "quote",
      type: "direct",
      who,
      cue,
      cueTok,
      content: contents,
      certainty: "reported",
      negated: false,
      cls: "direct",
    };
    ctx.items.push(item);
    lastQuote = item;
    lastQuotePara = doc.sentences.paragraph[
      doc.tokens.sentence[(ctx.regions[r] as QuoteRegion).tokTo - 1] as number
    ] as number;
  }
}

/** True when the quoted text ends with sentence punctuation just inside the closing mark. */
function endsSentence(doc: Document, reg: QuoteRegion): boolean {
  const last = reg.pieces[reg.pieces.length - 1] as [number, number];
  let k = last[1] - 1;
  while (k > last[0] && `"'\u201D`.includes(doc.text[k] ?? "")) k--;
  const c = doc.text[k] ?? "";
  return c === "." || c === "!" || c === "?";
}

function paragraphEndTok(doc: Document, para: number): number {
  const pe = doc.paragraphs.end[para] as number;
  return tokenAt(doc, pe - 1) + 1;
}

function claim(ctx: Ctx, from: number, to: number): void {
  for (let t = from; t < to; t++) ctx.claimed[t] = 1;
}

function markQuote(ctx: Ctx, reg: QuoteRegion): void {
  ctx.inQuote.fill(1, reg.tokFrom, reg.tokTo);
}

/** `X said: "…"`, `X said, "…"`, `X: "…"`, and the same with the cue ending the previous paragraph. */
function cueBefore(ctx: Ctx, open: number): { cue: number; cueEnd: number; who: EntityRef | null } | null {
  const { doc } = ctx;
  const { norm, pos } = doc.tokens;
  const k = open - 1;
  if (!(norm[k] === ":" || norm[k] === ",")) return null;
  const min = Math.max(sentStart(doc, k), k - 25);
  // nearest cue verb before the mark, with only adjuncts ("in a statement", "on Monday") between
  for (let j = k - 1; j >= min; j--) {
    if (ctx.inQuote[j]) break;
    if (isCueVerb(ctx, j)) {
      const subjEnd = subjectEnd(doc, j, min);
      let np = npEndingAt(doc, ctx.actors, subjEnd, min) ?? npStartingAt(doc, ctx.actors, j + 1, k);
      if (np === null && (norm[j] ?? "").endsWith("ing")) np = participleSpeaker(ctx, j);
      claim(ctx, j, j + 1);
      return { cue: j, cueEnd: j + 1, who: np?.ref ?? null };
    }
    if (pos[j] === "VERB" && j < k - 6) break;
  }
  if (norm[k] === ":") {
    // "Putin: …" — a bare noun phrase before the colon is the speaker, the colon the cue.
    // also after a dash: "Pollsters agree - Carl Bialik: "…""
    const np = npEndingAt(doc, ctx.actors, k, min);
    if (
      np &&
      (np.from === sentStart(doc, k) ||
        DASHES.has(norm[np.from - 1] as string) ||
        // "… doesn't surprise Republican pollster Daron Shaw: "…"": a named actor right before the colon
        (ctx.actors.mentionOfToken[np.to - 1] !== -1 && pos[np.to - 1] === "PROPN" && np.to === k)) &&
      namesSpeaker(ctx, np.to - 1)
    )
      return { cue: k, cueEnd: k + 1, who: np.ref };
  }
  return null;
}

/**
 * The speaker of a participle cue with no subject of its own (", adding, "…"", "followed that by saying: "…""):
 * the subject of the nearest earlier cue verb in the sentence ("Nefzi said, adding"), else the sentence subject.
 */
function participleSpeaker(ctx: Ctx, cue: number): ReturnType<typeof npEndingAt> {
  const { doc } = ctx;
  const ss = sentStart(doc, cue);
  for (let k = cue - 1; k >= ss; k--) {
    if (ctx.inQuote[k] || !isCueVerb(ctx, k)) continue;
    const np = npEndingAt(doc, ctx.actors, subjectEnd(doc, k, ss), ss) ?? npStartingAt(doc, ctx.actors, k + 1, cue);
    if (np) return np;
  }
  return sentenceSubject(ctx, ss, cue);
}

/** End of the clause that starts at `from`: before ";", ", but", a relative "which", or the sentence end. */
function clauseEnd(ctx: Ctx, from: number, se: number): number {
  const { norm, pos } = ctx.doc.tokens;
  for (let k = from; k < se; k++) {
    const n = norm[k] as string;
    if (n === ";" || n === ":") return k;
    if (
      n === "," &&
      (norm[k + 1] === "but" || norm[k + 1] === "which" || norm[k + 1] === "who" || norm[k + 1] === "while")
    )
      return k;
    // "defended the route and said …": a second predicate of the same subject is not the object
    if (n === "and" && pos[k + 1] === "VERB" && !(norm[k + 1] as string).endsWith("ing") && k > from + 1) return k;
  }
  return contentEnd(ctx, from);
}

/**
 * A phrase before a colon is a speaker only when its head names someone (an actor mention, or a proper noun that
 * is not an all-caps label): "Lynch: …", "Carl Bialik: …", but not "Editor's note: …", "UPDATE: …", "Question: …".
 */
function namesSpeaker(ctx: Ctx, head: number): boolean {
  if (ctx.actors.mentionOfToken[head] !== -1) return true;
  const v = ctx.doc.tokens.value[head] ?? "";
  return ctx.doc.tokens.pos[head] === "PROPN" && v !== v.toUpperCase();
}

/** True when [from, to) holds a finite verb (a verb not ending in -ing, or an auxiliary). */
function hasFinite(ctx: Ctx, from: number, to: number): boolean {
  const { pos, norm } = ctx.doc.tokens;
  for (let t = from; t < to; t++)
    if (pos[t] === "AUX" || (pos[t] === "VERB" && !(norm[t] as string).endsWith("ing"))) return true;
  return false;
}

/** The first relative pronoun in [from, end), or end. */
function relativeOrEnd(ctx: Ctx, from: number, end: number): number {
  const { norm } = ctx.doc.tokens;
  for (let t = from; t < end; t++) if (norm[t] === "who" || norm[t] === "which" || norm[t] === "that") return t;
  return end;
}

/** Subject pronouns that open a new main clause after a comma. */
const SUBJECT_PRON = new Set(["he", "she", "they", "we", "i"]);

/** Content end for indirect speech starting at `from`: the sentence end, minus final punctuation. */
function contentEnd(ctx: Ctx, from: number): number {
  const { doc } = ctx;
  const { norm, pos } = doc.tokens;
  const end = sentEnd(doc, from);
  for (let k = from; k < end; k++) {
    const n = norm[k] as string;
    if (n === ";") return k;
    if (n === "," && (CONTENT_STOP_PARTICIPLES.has(norm[k + 1] ?? "") || norm[k + 1] === "according")) return k;
    // "said his attacks have given his campaign momentum and said that …": after a complete clause, "and" + a
    // past or present-tense verb is a second predicate of the reporting subject, not part of the content
    if (n === "and" && ctx.regionOf[k] === -1 && k > from + 2 && hasFinite(ctx, from, k)) {
      const v = norm[k + 1] as string;
      const aux = v === "has" || v === "have" || v === "had";
      const past =
        pos[k + 1] === "VERB" && ((/(ed|s)$/.test(v) && !v.endsWith("ss")) || isCueVerb(ctx, k + 1) !== null);
      if (past || (aux && pos[k + 2] === "VERB")) return norm[k - 1] === "," ? k - 1 : k;
    }
    // "…as much a citizen as Sen. John McCain, a former nominee who was born in Panama": a closing apposition
    // (no verb of its own outside a relative clause) is the writer's gloss
    if (
      (n === "," || (DASHES.has(n) && (doc.tokens.start[k] as number) > (doc.tokens.end[k - 1] as number))) &&
      ctx.regionOf[k] === -1 &&
      k > from + 2 &&
      (norm[k + 1] === "a" || norm[k + 1] === "an" || norm[k + 1] === "the") &&
      hasFinite(ctx, from, k) &&
      !hasFinite(ctx, k + 1, relativeOrEnd(ctx, k + 1, end))
    )
      return k;
    // "Although he said that the event was tragic, he maintained that …": a new main clause after a comma
    if (n === "," && ctx.regionOf[k] === -1 && k > from + 2 && SUBJECT_PRON.has(norm[k + 1] as string)) {
      const v = pos[k + 2];
      if (v === "VERB" || v === "AUX") return k;
    }
    // ", but …", ", while …", ", which …" start a clause the speaker is not reported as saying (a non-restrictive
    // relative or a contrast added by the writer)
    if (n === "," && CONTENT_STOP_AFTER_COMMA.has(norm[k + 1] ?? "") && ctx.regionOf[k] === -1) return k;
    if (n === "," && ctx.regionOf[k] === -1 && k > from + 2) {
      const p1 = pos[k + 1] as string;
      const n1 = norm[k + 1] as string;
      // ", and the ACLU has sued …": a coordinated clause with its own subject is the writer's addition
      const p2 = pos[k + 2] as string;
      if ((n1 === "and" || n1 === "or") && !(p2 === "VERB" || p2 === "AUX" || p2 === "ADV" || norm[k + 2] === "that"))
        return k;
      // ", raising fears …": a participial adjunct comments on the report
      if (p1 === "VERB" && n1.endsWith("ing") && n1 !== "including") return k;
    }
    // A quote region inside the content is kept whole (mixed quotes).
    const r = ctx.regionOf[k] as number;
    if (r >= 0) {
      const reg = ctx.regions[r] as QuoteRegion;
      if (reg.tokFrom === k && reg.tokTo > end) return reg.tokTo;
    }
  }
  let e = end;
  while (e > from && (SENT_END.has(norm[e - 1] as string) || norm[e - 1] === ",")) e--;
  return e;
}

/** Mixed quotes: direct regions inside [from, to) make the item mixed and are not emitted alone. */
function absorbRegions(ctx: Ctx, from: number, to: number): boolean {
  let mixed = false;
  for (let t = from; t < to; t++) {
    const r = ctx.regionOf[t] as number;
    if (r >= 0 && !ctx.regionUsed[r]) {
      ctx.regionUsed[r] = 1;
      mixed = true;
    }
  }
  return mixed;
}

function pushIndirect(
  ctx: Ctx,
  cls: string,
  who: EntityRef | null,
  cueFrom: number,
  cueTo: number,
  pieces: [number, number][],
): void {
  const { doc } = ctx;
  const content: Span[] = [];
  let mixed = false;
  for (const [f, t] of pieces) {
    if (t <= f) continue;
    content.push(tokSpan(doc, f, t));
    if (absorbRegions(ctx, f, t)) mixed = true;
  }
  if (content.length === 0) return;
  // a speaker mention that runs over its own cue ("Trevor Noah Says" in a title-case headline) ends before it
  const cueStart = doc.tokens.start[cueFrom] as number;
  if (who && who.start < cueStart && who.end > cueStart) {
    let e = cueFrom;
    while (e > 0 && (doc.tokens.start[e - 1] as number) >= who.start && doc.tokens.pos[e - 1] === "PUNCT") e--;
    const s0 = tokenAt(doc, who.start);
    who = e > s0 ? { ...tokSpan(doc, s0, e), entity: who.entity } : null;
  }
  if (who) who = withoutOpeningAdverb(doc, who);
  claim(ctx, cueFrom, cueTo);
  ctx.items.push({
    kind: ATTRIBUTION_CLASSES.has(cls) ? "attribution" : "quote",
    type: mixed ? "mixed" : "indirect",
    who,
    cue: tokSpan(doc, cueFrom, cueTo),
    cueTok: cueFrom,
    content,
    certainty: "reported",
    negated: cls === "denial",
    cls,
  });
}

/**
 * "Previously, US presidential envoy for Ukraine, Keith Kellogg": a sentence adverb and its comma at the start of
 * a speaker span belong to the clause, not to the speaker.
 */
function withoutOpeningAdverb(doc: Document, who: EntityRef): EntityRef {
  const { pos, norm } = doc.tokens;
  const t = tokenAt(doc, who.start);
  if (pos[t] !== "ADV" || norm[t + 1] !== ",") return who;
  const from = t + 2;
  const end = tokenAt(doc, who.end - 1) + 1;
  return from < end ? { ...tokSpan(doc, from, end), entity: who.entity } : who;
}

/** Words before a participle cue that leave its subject to the main clause ("by saying", "while noting"). */
const PARTICIPLE_OPENERS = new Set(["by", "while", "after", "before", "without", "when", "in"]);

/** Parts of speech no cue starts with (determiners, punctuation but ":", numbers, conjunctions, particles). */
const SKIP_POS = new Set(["DET", "PUNCT", "NUM", "CCONJ", "PART", "SYM", "X", "SPACE", "INTJ"]);

/** Indirect speech and other attributions (pass 2). */
function indirect(ctx: Ctx): void {
  const { doc, cues } = ctx;
  const { norm, pos, lemma } = doc.tokens;
  const n = doc.tokens.count;
  for (let i = 0; i < n; i++) {
    if (ctx.claimed[i] || ctx.inQuote[i]) continue;
    // word classes that never start a cue (cheap skip: this loop visits every token)
    const p = pos[i];
    if (SKIP_POS.has(p as string) && norm[i] !== ":") continue;
    const ss = sentStart(doc, i);
    const se = sentEnd(doc, i);
    const phrase = matchAt(doc, cues.phrases, i, se);
    if (phrase?.cls === "according") {
      i = according(ctx, i, i + phrase.tokens.length, ss, se) - 1;
      continue;
    }
    if (phrase?.cls === "sourceless") {
      const [from, to] = clauseOf(doc, i);
      let e = to;
      while (e > from && (SENT_END.has(norm[e - 1] as string) || norm[e - 1] === ",")) e--;
      pushIndirect(
        ctx,
        "sourceless",
        null,
        i,
        i + 1,
        [
          [from, i],
          [i + 1, e],
        ].filter(([a, b]) => (b as number) > (a as number)) as [number, number][],
      );
      continue;
    }
    if (norm[i] === "in" && inSource(ctx, i, se)) {
      i = according(ctx, i, i + 1, ss, se) - 1;
      continue;
    }
    if (phrase?.cls === "frame") {
      // "In his message, Xi noted that …": the frame phrase only adds context to the verb cue that follows.
      i += phrase.tokens.length - 1;
      continue;
    }
    // Reporting nouns with a "that" clause: "the claim that …", "a statement that …".
    if (pos[i] === "NOUN" && cues.nouns.has(lemma[i] as string) && norm[i + 1] === "that" && pos[i + 1] === "SCONJ") {
      const end = contentEnd(ctx, i + 1);
      let who: EntityRef | null = null;
      if (norm[i - 1] === "'s") who = npEndingAt(doc, ctx.actors, i - 1, ss)?.ref ?? null;
      pushIndirect(ctx, "noun", who, i, i + 1, [[i + 1, end]]);
      continue;
    }
    if (norm[i] === ":" && i > ss && i + 2 < se) {
      // "Trump: Cruz Has 'To Come a Long Way' On Ethanol" — a name (or short noun phrase) opening the line,
      // then a colon, then a clause: the headline and interview-transcript convention for speech.
      const np = npEndingAt(doc, ctx.actors, i, ss);
      if (np && np.from === ss && i - ss <= 6 && capitalized(doc, ss) && namesSpeaker(ctx, np.to - 1)) {
        // a headline line ("Lynch: No outside influence on FBI probe") needs no verb; running text does
        let hasVerb = doc.sentences.heading[doc.tokens.sentence[i] as number] === 1;
        for (let t = i + 1; t < se && !hasVerb; t++) if (pos[t] === "VERB" || pos[t] === "AUX") hasVerb = true;
        if (hasVerb) pushIndirect(ctx, "headline", np.ref, i, i + 1, [[i + 1, contentEnd(ctx, i + 1)]]);
      }
      continue;
    }
    if (raising(ctx, i, ss, se) || question(ctx, i, ss, se) || prepositional(ctx, i, ss, se)) continue;
    const cls = isCueVerb(ctx, i) ?? thatCue(ctx, i);
    if (!cls) continue;
    verbCue(ctx, i, cls, ss, se);
  }
}

const REMAIN: ReadonlySet<string> = CLAUSE_WORDS.linking_verbs;
const PHYSICAL_STANCE: ReadonlySet<string> = CLAUSE_WORDS.physical_stance_verbs;
const SMALL_CLAUSE: ReadonlySet<string> = CLAUSE_WORDS.small_clause_verbs;
const PERSONAL_PRONOUNS = new Set(["he", "she", "i", "we"]);

/** The source is a person: a person entity, or a personal pronoun. */
function personSource(ctx: Ctx, who: EntityRef | null): boolean {
  if (!who) return false;
  if (PERSONAL_PRONOUNS.has(who.text.toLowerCase())) return true;
  return ctx.actors.entities.some((e) => e.id === who.entity && e.kind === "person");
}

/**
 * A cue outside the verb lexicon followed directly by a "that" clause (cues.json `thatClause`): any verb but the
 * non-reporting ones ("Cruz argues that", "the judge ruled that"), or a belief adjective after be/remain ("are
 * confident that", "were adamant that"). Returns the class ("belief"), else null.
 */
function thatCue(ctx: Ctx, i: number): string | null {
  const { norm, pos, lemma } = ctx.doc.tokens;
  if (norm[i + 1] !== "that" || pos[i + 1] !== "SCONJ") return null;
  // "serve that goal.", "done that before": a demonstrative, not a complementizer — a clause needs a verb soon
  let verb = false;
  for (let k = i + 2; k < i + 10 && k < ctx.doc.tokens.count && !SENT_END.has(norm[k] as string); k++)
    if (pos[k] === "AUX" || (pos[k] === "VERB" && k > i + 2)) {
      verb = true;
      break;
    }
  const p2 = pos[i + 3];
  if (!verb || (pos[i + 2] === "NOUN" && (p2 === "PUNCT" || p2 === "ADV" || p2 === "ADP"))) return null;
  if (pos[i] === "VERB") return ctx.cues.notReporting.has(lemma[i] as string) ? null : "belief";
  if (pos[i] === "ADJ" && ctx.cues.thatAdjectives.has(norm[i] as string)) {
    let k = i - 1;
    if (pos[k] === "ADV") k--;
    if (BE_FORMS.has(norm[k] as string) || REMAIN.has(norm[k] as string)) return "belief";
  }
  return null;
}

/** Length of the preposition group of `list` that starts at token `j`, or 0. */
function prepAt(ctx: Ctx, list: string[][] | undefined, j: number): number {
  if (!list) return 0;
  const { norm } = ctx.doc.tokens;
  for (const words of list) if (words.every((w, k) => norm[j + k] === w)) return words.length;
  return 0;
}

/**
 * Prepositional cues (cues.json `prepositional`): "Trump called for a ban on …", "referring to Clinton", "his
 * criticism of the deal". The cue is the word plus its preposition, the content the phrase after it to the
 * clause end; a verb's source is its subject (or, for a participle after a comma, the sentence's speaker), a
 * noun's its possessor ("Trump's", "his"), else none.
 */
function prepositional(ctx: Ctx, i: number, ss: number, se: number): boolean {
  const { doc } = ctx;
  const { norm, pos, lemma } = doc.tokens;
  const l = lemma[i] as string;
  const isVerb = pos[i] === "VERB";
  const isNoun = pos[i] === "NOUN";
  if (!isVerb && !isNoun) return false;
  let j = i + 1;
  if (isVerb && pos[j] === "ADV" && norm[j] !== "out") j++; // "called repeatedly for"
  const n = prepAt(ctx, (isVerb ? ctx.cues.prepVerbs : ctx.cues.prepNouns).get(l), j);
  if (n === 0) return false;
  const from = j + n;
  if (from >= se || isMarkToken(doc, from) || !(pos[from] !== "PUNCT" && pos[from] !== "SCONJ")) return false;
  let end = clauseEnd(ctx, from, se);
  if (isNoun) {
    // a noun's content is its object phrase: "Trump's criticism of the judge drew fire" → "the judge"
    for (let k = from + 1; k < end; k++) {
      const finite = (pos[k] === "VERB" && !/(ing|ed)$/.test(norm[k] as string)) || pos[k] === "AUX";
      if (finite || (norm[k] === "," && ctx.regionOf[k] === -1)) {
        end = k;
        break;
      }
    }
  }
  if (end <= from) return false;
  let who: EntityRef | null = null;
  if (isVerb) {
    // "called for" in "a group called for …" is fine; "a website called …" never reaches here (no preposition)
    const subjEnd = subjectEnd(doc, i, ss);
    let np = npEndingAt(doc, ctx.actors, subjEnd, ss);
    if (np === null && norm[subjEnd - 1] === "," && (norm[i] ?? "").endsWith("ing")) np = participleSpeaker(ctx, i);
    if (np === null && norm[subjEnd - 1] === "," && subjEnd - 1 > ss)
      np = relativeSubject(ctx, subjEnd - 1, ss) ?? apposition(ctx, subjEnd - 1, ss);
    if (np === null && subjEnd > ss) np = longSubject(ctx, subjEnd, ss);
    if (np === null) return false;
    if (np.to - np.from === 1 && (norm[np.from] === "that" || norm[np.from] === "which" || norm[np.from] === "who"))
      return false;
    who = np.ref;
  } else {
    // the possessor: "Trump's criticism of", "her support for"
    let k = i - 1;
    while (k > ss && (pos[k] === "ADJ" || pos[k] === "ADV")) k--;
    if (POSSESSIVE.has(norm[k] as string))
      who = npEndingAt(doc, ctx.actors, k + 1, k)?.ref ?? { ...tokSpan(doc, k, k + 1), entity: null };
    else if (norm[k] === "'s" || norm[k] === "’s") who = npEndingAt(doc, ctx.actors, k, ss)?.ref ?? null;
    if (who === null) return false;
  }
  pushIndirect(ctx, isVerb ? "stance" : "noun", who, i, i + 1, [[from, end]]);
  const item = ctx.items[ctx.items.length - 1];
  if (item && item.cueTok === i) item.cuePhrase = tokSpan(doc, i, from);
  return true;
}

const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "'re"]);

/**
 * Sourceless raising: "the politician seemed to be shrinking", "Trump is expected to deliver a speech",
 * "It appears that …". The cue is the verb (with its form of be for passives); the content is the subject plus
 * the infinitive, or the that-clause.
 */
function raising(ctx: Ctx, i: number, ss: number, se: number): boolean {
  const { doc, cues } = ctx;
  const { norm, lemma, pos } = doc.tokens;
  const l = lemma[i] as string;
  let cueFrom = i;
  const active = cues.raisingActive.has(l) && pos[i] === "VERB";
  const passive = !active && cues.raisingPassive.has(l) && BE_FORMS.has(norm[i - 1] ?? "");
  if (!(active || passive)) return false;
  if (passive) cueFrom = i - 1;
  let j = i + 1;
  while (j < se && norm[j] === ",") j++;
  if (norm[j] === "though" || norm[j] === "however") {
    j++;
    while (j < se && norm[j] === ",") j++;
  }
  if (norm[j] === "that" && norm[cueFrom - 1] === "it") {
    const end = contentEnd(ctx, j);
    // "it seems that" hedges; "it was reported that" only reports
    pushIndirect(ctx, passive ? "passive" : "sourceless", null, cueFrom, i + 1, [[j, end]]);
    return true;
  }
  const infinitive = norm[j] === "to" && (pos[j + 1] === "VERB" || pos[j + 1] === "AUX");
  // "Cruz seemed lost", "the race appears closer in Ohio", "the returns seemed a reminder that …": an active
  // raising verb with an adjective, participle or noun phrase complement
  let k = j;
  while (k < se && pos[k] === "ADV") k++;
  const p = pos[k] as string;
  const complement =
    active &&
    !infinitive &&
    k < se &&
    (p === "ADJ" ||
      p === "DET" ||
      p === "NOUN" ||
      (p === "VERB" && !/ing$/.test(norm[k] as string)) ||
      norm[k] === "like");
  if (!infinitive && !complement) return false;
  const se0 = subjectEnd(doc, cueFrom, ss);
  const subj = npEndingAt(doc, ctx.actors, se0, ss) ?? (se0 > ss ? longSubject(ctx, se0, ss) : null);
  if (!subj || norm[subj.from] === "it" || norm[subj.from] === "there") return false;
  if (complement) {
    if (norm[subj.from] === "this" || norm[subj.from] === "that" || norm[subj.from] === "which") return false;
    const end = clauseEnd(ctx, j, se);
    if (end <= j) return false;
    pushIndirect(ctx, "sourceless", null, cueFrom, i + 1, [
      [subj.from, subj.to],
      [j, end],
    ]);
    return true;
  }
  const end = clauseEnd(ctx, j, se);
  pushIndirect(ctx, passive ? "passive" : "sourceless", null, cueFrom, i + 1, [
    [subj.from, subj.to],
    [j, end],
  ]);
  return true;
}

/** "Asked whether Clinton is honest, 75 percent said yes": the question is a sourceless attribution. */
function question(ctx: Ctx, i: number, ss: number, se: number): boolean {
  const { norm } = ctx.doc.tokens;
  if (!ctx.cues.questionCues.has(norm[i] as string)) return false;
  if (!(i === ss || norm[i - 1] === "when" || norm[i - 1] === "if" || norm[i - 1] === "once")) return false;
  let j = i + 1;
  for (let steps = 0; j < se && steps < 6 && !ctx.cues.wh.has(norm[j] as string); steps++) j++;
  if (!ctx.cues.wh.has(norm[j] as string)) return false;
  let end = j + 1;
  while (end < se && !(norm[end] === "," && ctx.regionOf[end] === -1)) {
    const r = ctx.regionOf[end] as number;
    end = r >= 0 ? Math.max(end + 1, (ctx.regions[r] as QuoteRegion).tokTo) : end + 1;
  }
  if (end > se) end = se;
  absorbRegions(ctx, j, end);
  pushIndirect(ctx, "sourceless", null, i, i + 1, [[j, end]]);
  return true;
}

function according(ctx: Ctx, cueFrom: number, cueTo: number, ss: number, se: number): number {
  const { doc } = ctx;
  const { norm } = doc.tokens;
  let np = npStartingAt(doc, ctx.actors, cueTo, se);
  // "according to the most recent RealClearPolitics average of national polls", "according to a New York
  // Times/CBS News survey": the source runs to the next comma or the sentence end when that is near
  if (norm[cueFrom] === "according") {
    let e = cueTo;
    while (
      e < se &&
      e - cueTo < 16 &&
      !(norm[e] === "," || norm[e] === ";" || norm[e] === ":" || SENT_END.has(norm[e] as string)) &&
      !(isMarkToken(doc, e) && ctx.regionOf[e] !== ctx.regionOf[cueTo])
    )
      e++;
    const stop = e >= se || norm[e] === "," || norm[e] === ";" || SENT_END.has(norm[e] as string);
    if (stop && e > cueTo && (!np || e > np.to) && e - cueTo < 16) {
      let entity: string | null = null;
      for (let t = cueTo; t < e && entity === null; t++) {
        const m = ctx.actors.mentions[ctx.actors.mentionOfToken[t] as number];
        const en = m ? ctx.actors.entities[m.entity] : undefined;
        if (en) entity = en.id;
      }
      np = { from: cueTo, to: e, ref: { ...tokSpan(doc, cueTo, e), entity } };
    }
  }
  let npEnd = np ? np.to : cueTo;
  // "according to The Economist's June reports": the phrase continues over the possessed noun.
  while (
    npEnd < se &&
    !(norm[npEnd] === "," || SENT_END.has(norm[npEnd] as string)) &&
    npEnd - cueTo < 8 &&
    doc.tokens.pos[npEnd] !== "VERB"
  )
    npEnd++;
  let who = np?.ref ?? null;
  if (np) claim(ctx, np.from, np.to);
  if (np && who && who.entity === null) {
    // "according to The Economist's June reports": the phrase is the source span, the possessor its entity.
    for (let t = np.from; t < np.to; t++) {
      const m = ctx.actors.mentions[ctx.actors.mentionOfToken[t] as number];
      const e = m ? ctx.actors.entities[m.entity] : undefined;
      if (e) {
        who = { ...who, entity: e.id };
        break;
      }
    }
  }
  const before: [number, number] = [clauseStartBefore(ctx, cueFrom, ss), cueFrom];
  while (before[1] > before[0] && norm[before[1] - 1] === ",") before[1]--;
  let after: [number, number] = [npEnd, se];
  while (after[0] < se && norm[after[0]] === ",") after[0]++;
  after = [after[0], contentEnd(ctx, after[0])];
  const pieces: [number, number][] = [];
  if (before[1] > before[0]) pieces.push(before);
  // content after the source only when the phrase opens the sentence or sits between commas mid-sentence
  if (after[1] > after[0] && (before[1] <= before[0] || norm[npEnd] === ",")) pieces.push(after);
  if (who && who.text.length === 0) who = null;
  pushIndirect(ctx, "according", who, cueFrom, cueTo, pieces);
  return Math.max(cueTo, npEnd);
}

/**
 * "In a Des Moines Register poll last month, …", "… in the latest NBC News poll", "in Forbes' words": a short
 * noun phrase after "in" whose head is a poll/survey-like noun (cues.json `inSource`) is a source like "according
 * to". The head must end the phrase (or be followed by a time phrase) so "in poll numbers" does not count.
 */
function inSource(ctx: Ctx, i: number, se: number): boolean {
  const { norm, pos, lemma } = ctx.doc.tokens;
  for (let k = i + 1; k < Math.min(se, i + 10); k++) {
    const p = pos[k] as string;
    if (ctx.cues.inSource.has(lemma[k] as string) && (p === "NOUN" || p === "PROPN")) {
      // "in the polls", "in most polls": a generic plural is a setting, not a source; a named one counts
      if (norm[k] !== lemma[k] && norm[k] !== "words") {
        let named = false;
        for (let m = i + 1; m < k; m++) if (pos[m] === "PROPN" || capitalized(ctx.doc, m)) named = true;
        if (!named) return false;
      }
      const n = norm[k + 1] as string;
      return (
        k + 1 >= se ||
        n === "," ||
        SENT_END.has(n) ||
        n === "last" ||
        n === "this" ||
        n === "released" ||
        n === "conducted" ||
        n === "of" ||
        n === "from" ||
        n === "by" ||
        n === "taken"
      );
    }
    const ok =
      ctx.actors.mentionOfToken[k] !== -1 ||
      p === "DET" ||
      p === "ADJ" ||
      p === "NOUN" ||
      p === "PROPN" ||
      p === "NUM" ||
      norm[k] === "'s" ||
      norm[k] === "’s" ||
      norm[k] === "'" ||
      norm[k] === "’" ||
      norm[k] === "-" ||
      norm[k] === "/" ||
      POSSESSIVE.has(norm[k] as string);
    if (!ok) return false;
  }
  return false;
}

/** Start of the stretch an "according to" phrase (or a final "X said") modifies: the sentence start. */
function clauseStartBefore(ctx: Ctx, t: number, ss: number): number {
  const { norm } = ctx.doc.tokens;
  for (let k = t - 1; k > ss; k--) if (norm[k] === ";" || (norm[k] === ":" && k < t - 1)) return k + 1;
  return afterDateline(ctx, ss, t);
}

/** "CAMBRIDGE, Mass., Dec. 11 (UPI) — Young democrats …": content starts after an all-caps dateline's dash. */
function afterDateline(ctx: Ctx, ss: number, limit: number): number {
  const { norm, value } = ctx.doc.tokens;
  const first = value[ss] ?? "";
  if (first.length < 2 || first !== first.toUpperCase() || !/[A-Z]/.test(first)) return ss;
  for (let k = ss + 1; k < Math.min(limit, ss + 16); k++) if (DASHES.has(norm[k] as string)) return k + 1;
  return ss;
}

function verbCue(ctx: Ctx, i: number, cls: string, ss: number, se: number): void {
  const { doc } = ctx;
  const { norm, pos, lemma } = doc.tokens;
  const l = lemma[i] as string;
  // Subject: left of the verb, or the subject of the main clause for ", adding that …".
  const subjEnd = subjectEnd(doc, i, ss);
  let np = npEndingAt(doc, ctx.actors, subjEnd, ss);
  if (np && TIME_HEADS.has(lemma[np.to - 1] as string)) {
    // "a poll released last week showed": the time phrase is an adjunct; the subject stands before it
    let k = np.from;
    while (
      k > ss &&
      (pos[k - 1] === "ADV" || norm[k - 1] === "out" || (pos[k - 1] === "VERB" && (norm[k - 1] ?? "").endsWith("ed")))
    )
      k--;
    np = k > ss ? npEndingAt(doc, ctx.actors, k, ss) : null;
  }
  if (np === null && norm[subjEnd - 1] === "," && subjEnd - 1 > ss)
    np = relativeSubject(ctx, subjEnd - 1, ss) ?? apposition(ctx, subjEnd - 1, ss);
  if (np === null && subjEnd - 1 > ss && (norm[subjEnd - 1] === "and" || norm[subjEnd - 1] === ",")) {
    // "Wilson praised Rubio and said …", "Kasich offered a job, then says …": the sentence's subject speaks.
    const subj = npStartingAt(doc, ctx.actors, ss, i);
    if (
      subj &&
      subj.to < subjEnd - 1 &&
      (pos[subj.to] === "VERB" || pos[subj.to] === "AUX" || pos[subj.to] === "ADV" || norm[subj.to] === ",")
    )
      np = subj;
  }
  if (np === null && subjEnd > ss) np = longSubject(ctx, subjEnd, ss);
  else if (np && np.from > ss && (pos[np.from - 1] === "VERB" || pos[np.from - 1] === "ADP")) {
    // the phrase before the cue is an object inside a restrictive relative: "A woman who has accused former
    // President Bill Clinton of rape said" — the whole subject speaks
    let rel = false;
    for (let k = np.from - 1; k > ss && k >= np.from - 12; k--) {
      if (norm[k] === "," || SENT_END.has(norm[k] as string)) break;
      if ((norm[k] === "who" || norm[k] === "that") && (pos[k - 1] === "NOUN" || pos[k - 1] === "PROPN")) rel = true;
    }
    if (rel) np = longSubject(ctx, subjEnd, ss) ?? np;
  }
  if (np) np = coordinated(ctx, np, ss);
  if (np && relativeReport(ctx, i, np, ss, se)) return;
  let who: EntityRef | null = np?.ref ?? null;
  // ", adding that …", "by saying that …", "while acknowledging that …": the participle's speaker is the
  // sentence's (or the previous cue's) subject
  const participle =
    (norm[i] ?? "").endsWith("ing") &&
    (norm[i - 1] === "," || (PARTICIPLE_OPENERS.has(norm[i - 1] as string) && i - 1 > ss));
  if (participle) {
    // the speaker of the nearest earlier cue in the same sentence, else the sentence's subject
    let prev: Item | undefined;
    for (const it of ctx.items) if (it.cueTok >= ss && it.cueTok < i && (!prev || it.cueTok > prev.cueTok)) prev = it;
    if (prev?.who) who = prev.who;
    else {
      np = sentenceSubject(ctx, ss, i);
      who = np?.ref ?? null;
    }
  }
  // Sourceless passive: "it was reported that", "it is said that".
  const passive = norm[i - 1] === "was" || norm[i - 1] === "is" || norm[i - 1] === "been" || norm[i - 1] === "be";
  if (passive && (who?.text.toLowerCase() === "it" || who === null)) who = null;
  let j = i + 1;
  // phrasal particles: "pointed out", "reported on"
  if (norm[j] === "out" || norm[j] === "up") j++;
  if (ctx.cues.reportOn.has(l) && (norm[j] === "on" || norm[j] === "about")) {
    if (who === null) return; // "Speaking on radio show X, …" is a setting, not a report
    const end = contentEnd(ctx, j + 1);
    if (end > j + 1) pushIndirect(ctx, "report", who, i, i + 1, [[j + 1, end]]);
    return;
  }
  if (ADDRESSEE.has(l) && norm[j] !== "that") {
    // "told reporters (on Monday) that …"
    const obj = npStartingAt(doc, ctx.actors, j, se);
    if (obj) j = obj.to;
    // "asked the Justice Department to investigate …", "urged Congress to act": the addressee and the
    // requested action together are the content
    if (obj && norm[j] === "to" && (pos[j + 1] === "VERB" || pos[j + 1] === "AUX") && who !== null) {
      const end = clauseEnd(ctx, j, se);
      pushIndirect(ctx, cls, who, i, i + 1, [[obj.from, end]]);
      return;
    }
  }
  // Adjuncts before the complement: "said on Monday (that)", "said in a statement (that)", "said Friday".
  j = skipAdjuncts(ctx, j, se);
  let k = j;
  for (let steps = 0; k < se && steps < 12; k++, steps++) {
    const verb = (pos[k] === "VERB" || pos[k] === "AUX") && !capitalized(doc, k);
    if (norm[k] === "that" || verb || norm[k] === ":" || isMarkToken(doc, k) || SENT_END.has(norm[k] as string)) break;
  }
  if (norm[k] === "that" && k > j && pos[j] !== "VERB") j = k;
  const nj = norm[j] as string;
  const sourceless = who === null && !passive;
  if (ctx.cues.wh.has(nj) && nj !== "if" && nj !== "whether" && (l === "ask" || l === "wonder" || l === "question")) {
    // "A reporter asked Sanders how he's feeling": the embedded question is the content
    const end = contentEnd(ctx, j);
    if (end > j + 1 && who !== null) pushIndirect(ctx, cls, who, i, i + 1, [[j, end]]);
    return;
  }
  if (nj === "that" || nj === "if" || nj === "whether") {
    const end = contentEnd(ctx, j);
    if (end > j + 1) pushIndirect(ctx, cls, who, i, i + 1, [[j, end]]);
    return;
  }
  if (nj === ":" && !ctx.inQuote[j + 1]) {
    const end = contentEnd(ctx, j + 1);
    if (end > j + 1) pushIndirect(ctx, cls, who, i, i + 1, [[j + 1, end]]);
    return;
  }
  // "Rubio says, win or lose, he's staying in the race": the subject opens the sentence, the content follows.
  if (nj === "," && np && np.from === ss && j + 1 < se && !ctx.inQuote[j + 1] && !isMarkToken(doc, j + 1)) {
    const end = contentEnd(ctx, j + 1);
    let finite = false;
    for (let t = j + 1; t < end; t++)
      if (pos[t] === "AUX" || (pos[t] === "VERB" && !(norm[t] ?? "").endsWith("ing"))) finite = true;
    if (finite && end > j + 2) {
      pushIndirect(ctx, cls, who, i, i + 1, [[j + 1, end]]);
      return;
    }
  }
  // Cue at the end: "Russia attacked Y, officials said." / "…, said the minister." / "The attack, he said, was …"
  const atEnd = j >= se || SENT_END.has(nj) || nj === ",";
  if (atEnd) {
    let srcFrom = np ? np.from : i;
    // an apposition subject ends at the comma before the verb ("…, a spokeswoman, Anna White, said")
    if (!np || (np.to < subjEnd && !(np.to === subjEnd - 1 && norm[np.to] === ","))) srcFrom = i;
    let inverted: ReturnType<typeof npStartingAt> = null;
    if (!np) {
      inverted = npStartingAt(doc, ctx.actors, i + 1, se);
      if (inverted) who = inverted.ref;
    }
    const comma = srcFrom - 1;
    if (norm[comma] !== "," || comma <= ss || ctx.inQuote[comma - 1]) return;
    const pieces: [number, number][] = [[clauseStartBefore(ctx, comma, ss), comma]];
    const groupEnd = Math.max(i + 1, inverted?.to ?? 0);
    if (norm[groupEnd] === "," && groupEnd + 1 < se && !CONTENT_STOP_PARTICIPLES.has(norm[groupEnd + 1] as string)) {
      const e = contentEnd(ctx, groupEnd + 1);
      if (e > groupEnd + 1) pieces.push([groupEnd + 1, e]);
    }
    if (who === null) return;
    if (inverted) claim(ctx, inverted.from, inverted.to);
    pushIndirect(ctx, cls, who, i, i + 1, pieces);
    return;
  }
  if (sourceless) return;
  const takesInfinitive = ctx.cues.belief.has(l) || ctx.cues.stance.has(l) || ctx.cues.intent.has(l);
  if (nj === "to" && takesInfinitive && who !== null && (pos[j + 1] === "VERB" || pos[j + 1] === "AUX")) {
    // "wants to lose", "plans to run": the infinitive is the wished/planned content
    const end = clauseEnd(ctx, j, se);
    if (end > j + 1) pushIndirect(ctx, "belief", who, i, i + 1, [[j, end]]);
    return;
  }
  if (cls === "intent") return;
  if (cls === "stance" || (ctx.cues.stance.has(l) && nj !== "that")) {
    // "a group called Veterans for Peace", "an ad backed by …": a participle after an indefinite noun names, it
    // does not report
    if (pos[i - 1] === "NOUN" && (norm[i - 2] === "a" || norm[i - 2] === "an" || pos[i - 2] === "ADJ")) return;
    // "voters supporting Trump", "a PAC backed by donors": participles modifying a noun, not reports
    const form = norm[i] as string;
    if (form.endsWith("ing") && (pos[i - 1] === "NOUN" || pos[i - 1] === "PROPN")) return;
    if (form.endsWith("ed") && norm[i + 1] === "by") return;
    // "the rebels attacked a convoy" is an act, "the senator attacked the plan" a stance
    if (PHYSICAL_STANCE.has(l) && !personSource(ctx, who)) return;
    // "criticized the deal", "wants a wall on the border": the object (to the clause end) is the content.
    if (
      who === null ||
      !(
        pos[j] === "DET" ||
        pos[j] === "NOUN" ||
        pos[j] === "PROPN" ||
        pos[j] === "PRON" ||
        pos[j] === "ADJ" ||
        pos[j] === "NUM" ||
        capitalized(doc, j) ||
        nj === "to"
      )
    )
      return;
    let end = clauseEnd(ctx, j, se);
    // "praised him in almost every speech", "attacked Sanders in last Sunday's debate": after a pronoun or a
    // name, a prepositional adjunct is the writer's setting, not part of what is praised
    const obj = npStartingAt(doc, ctx.actors, j, end);
    // "called the police" names a call, "called the plan a disaster" a stance: these verbs need words after
    // their object
    if (SMALL_CLAUSE.has(l) && obj && obj.to >= end) return;
    if (
      obj &&
      (pos[j] === "PRON" || pos[j] === "PROPN") &&
      ADJUNCT_PREP.has(norm[obj.to] as string) &&
      obj.to < end &&
      !ctx.cues.prepVerbs.get(l)?.some((w) => w[0] === norm[obj.to])
    )
      end = obj.to;
    if (end > j) pushIndirect(ctx, "stance", who, i, i + 1, [[j, end]]);
    return;
  }
  if (l === "express" && who !== null) {
    // "Xi expressed willingness to maintain …", "expressed concern that …", "expressed support for …": the
    // attitude noun's complement is what the source holds
    let k = j;
    while (k < se && (pos[k] === "ADJ" || pos[k] === "DET" || POSSESSIVE.has(norm[k] as string))) k++;
    if (pos[k] === "NOUN") {
      const after = norm[k + 1] as string;
      const from =
        after === "to" || after === "that"
          ? k + 1
          : ["for", "about", "over", "at", "with"].includes(after)
            ? k + 2
            : -1;
      if (from > 0) {
        const end = after === "that" ? contentEnd(ctx, from) : clauseEnd(ctx, from, se);
        if (end > from) pushIndirect(ctx, "belief", who, i, i + 1, [[from, end]]);
      }
    }
    return;
  }
  if (NEEDS_THAT.has(l)) return;
  // A quotation right after the verb: `Obama said "it gets me mad" …` (mixed or direct by the marks).
  if (ctx.regionOf[j] !== -1 && (ctx.regions[ctx.regionOf[j] as number] as QuoteRegion).tokFrom === j) {
    const end = contentEnd(ctx, j);
    if (end > j + 1) pushIndirect(ctx, cls, who, i, i + 1, [[j, end]]);
    return;
  }
  // Bare complement clause: "said Xi expressed …", "reported no greetings exchanged".
  const nominal =
    pos[j] === "PRON" ||
    pos[j] === "PROPN" ||
    pos[j] === "DET" ||
    pos[j] === "NOUN" ||
    pos[j] === "NUM" ||
    pos[j] === "ADJ" ||
    capitalized(doc, j) ||
    ctx.actors.mentionOfToken[j] !== -1 ||
    (pos[j] === "VERB" && nj.endsWith("ing")) ||
    (pos[j] === "ADV" && cls === "speech") ||
    nj === "there";
  if (nominal) {
    const end = contentEnd(ctx, j);
    let hasVerb = false;
    // a finite verb makes a clause; report verbs ("polls show Sanders surging") also take a participle
    const participleOk = ctx.cues.reportOn.has(l);
    for (let t = j; t < end; t++)
      if ((pos[t] === "VERB" && (participleOk || !(norm[t] ?? "").endsWith("ing"))) || pos[t] === "AUX") {
        hasVerb = true;
        break;
      }
    // "Doyle said each year of education yields/NOUN a 10% bump": after "say" with a named speaker a noun phrase
    // of some length is the reported clause even when the tagger found no verb in it ("61 percent say the same")
    if (!hasVerb && l === "say" && who !== null && end - j >= 3 && pos[j] !== "ADV") hasVerb = true;
    if (hasVerb && end > j + 1) pushIndirect(ctx, cls, who, i, i + 1, [[j, end]]);
  }
}

/**
 * Subject with an apposition before the verb: "Hugh Hill, a doctor, said", "US envoy for Ukraine, Keith Kellogg,
 * said". `comma` is the comma right before the verb group; the phrase before it or the one before the opening
 * comma is the subject — the one that names an entity wins, else the first.
 */
function apposition(ctx: Ctx, comma: number, min: number): ReturnType<typeof npEndingAt> {
  const { norm, pos } = ctx.doc.tokens;
  // The apposition may be long and hold a relative clause ("Rich Heffley, a top GOP operative who played a
  // major role in …, said"): find its opening comma, then check it reads as a noun phrase.
  let open = -1;
  for (let k = comma - 1; k > min && k >= comma - 40; k--) {
    if (norm[k] === ",") {
      // "in Wilmington, N.C., warned": a place's state between commas is not the apposition
      const place = k + 1 < comma && comma - k <= 3 && pos[k + 1] === "PROPN" && pos[k - 1] === "PROPN";
      if (place && open < 0 && k + 1 < comma && norm[comma] === ",") {
        let allProp = true;
        for (let t = k + 1; t < comma; t++) if (pos[t] !== "PROPN" && norm[t] !== ".") allProp = false;
        if (allProp) continue;
      }
      open = k;
      break;
    }
    if (SENT_END.has(norm[k] as string) || norm[k] === ";" || isMarkToken(ctx.doc, k)) return null;
  }
  if (open < 0) return null;
  const p0 = pos[open + 1] as string;
  if (p0 === "VERB" && /(ing|ed)$/.test(norm[open + 1] as string)) {
    const outer = npEndingAt(ctx.doc, ctx.actors, open, min);
    if (!outer) return null;
    // "Several candidates, including Trump and Cruz, criticized": the examples belong to the subject
    if (norm[open + 1] === "including")
      return { from: outer.from, to: comma, ref: { ...tokSpan(ctx.doc, outer.from, comma), entity: outer.ref.entity } };
    // "Trump, speaking at a rally in Wilmington, N.C., warned": a participle insert; the subject is before it
    return outer;
  }
  if (
    !(
      p0 === "DET" ||
      p0 === "ADJ" ||
      p0 === "NOUN" ||
      p0 === "PROPN" ||
      p0 === "NUM" ||
      POSSESSIVE.has(norm[open + 1] as string) ||
      capitalized(ctx.doc, open + 1)
    )
  )
    return null;
  for (let k = open + 1; k < comma; k++) {
    if (norm[k] === "who" || norm[k] === "which" || norm[k] === "that") break;
    if ((pos[k] === "VERB" || pos[k] === "AUX") && !(norm[k] ?? "").endsWith("ed") && !capitalized(ctx.doc, k))
      return null;
  }
  const outer = npEndingAt(ctx.doc, ctx.actors, open, min);
  if (!outer) return null;
  const inner = npStartingAt(ctx.doc, ctx.actors, open + 1, comma);
  // The source span covers the whole "Name, apposition," group (as PolNeAR marks it); the entity is the one
  // that names someone.
  const entity = outer.ref.entity ?? inner?.ref.entity ?? null;
  const whole = tokSpan(ctx.doc, outer.from, comma);
  return { from: outer.from, to: comma, ref: { ...whole, entity } };
}

const POSSESSIVE = new Set(["my", "his", "her", "its", "our", "their", "your"]);

/** "Chris Cox, who runs the NRA's lobbying arm, says": the subject before a comma-delimited relative clause. */
function relativeSubject(ctx: Ctx, comma: number, min: number): ReturnType<typeof npEndingAt> {
  const { norm, pos } = ctx.doc.tokens;
  for (let k = comma - 1; k > min && k >= comma - 20; k--) {
    if (norm[k] === "," && (norm[k + 1] === "who" || norm[k + 1] === "which")) {
      const np = npEndingAt(ctx.doc, ctx.actors, k, min);
      if (!np) return null;
      const whole = tokSpan(ctx.doc, np.from, comma);
      return { from: np.from, to: comma, ref: { ...whole, entity: np.ref.entity } };
    }
    if (norm[k] === "," || SENT_END.has(norm[k] as string) || pos[k] === "SCONJ") return null;
  }
  return null;
}

/**
 * Extends a subject over coordinated noun phrases on its left ("Ms. Toretti, Mrs. Rao and other bundlers said",
 * "Both Democrats and Republicans have argued"): "and"/"or" right before it and a noun phrase before that, itself
 * at the clause start or after a list comma; the entity stays the first named one.
 */
function coordinated(ctx: Ctx, np: NonNullable<ReturnType<typeof npEndingAt>>, ss: number): typeof np {
  const { doc } = ctx;
  const { norm, pos } = doc.tokens;
  const conj = np.from - 1;
  if (conj <= ss || !(norm[conj] === "and" || norm[conj] === "or")) return np;
  let from = -1;
  let k = conj;
  for (let hops = 0; hops < 4; hops++) {
    const left = npEndingAt(doc, ctx.actors, k, ss);
    if (!left) return np;
    from = left.from;
    if (norm[from - 1] === "," && from - 1 > ss) {
      k = from - 1;
      continue;
    }
    break;
  }
  if (from < 0) return np;
  if (norm[from - 1] === "both" || norm[from - 1] === "either" || norm[from - 1] === "neither") from--;
  const prev = from - 1;
  const opens =
    from === ss ||
    from === afterDateline(ctx, ss, from) ||
    pos[prev] === "CCONJ" ||
    pos[prev] === "SCONJ" ||
    norm[prev] === "," ||
    norm[prev] === ";";
  if (!opens) return np;
  let entity: string | null = null;
  for (let t = from; t < np.to && entity === null; t++) {
    const m = ctx.actors.mentions[ctx.actors.mentionOfToken[t] as number];
    const e = m ? ctx.actors.entities[m.entity] : undefined;
    if (e) entity = e.id;
  }
  return { from, to: np.to, ref: { ...tokSpan(doc, from, np.to), entity } };
}

/** Relative pronouns that open a reported relative clause ("which she said represented …"). */
const REL_REPORT = new Set(["which", "who", "whom", "that"]);
/** Cue lemmas that take a noun or "as" complement inside a relative ("whom one insider described as …"). */
const REL_NOMINAL: ReadonlySet<string> = CLAUSE_WORDS.relative_nominal_verbs;

/**
 * A report inside a relative clause: "emails, which she said represented all her work", "a group that some say
 * targets Muslims", "whom one Obama insider described as "his brother"", "what Mr. Hedge called the prior
 * economy model". PolNeAR's content is the whole relative clause from the pronoun (holding source and cue);
 * the clause ends at the next comma for a comma-opened relative, else at the clause end.
 */
function relativeReport(
  ctx: Ctx,
  i: number,
  np: NonNullable<ReturnType<typeof npEndingAt>>,
  ss: number,
  se: number,
): boolean {
  const { doc } = ctx;
  const { norm, pos, lemma } = doc.tokens;
  const rel = np.from - 1;
  if (rel < ss || !REL_REPORT.has(norm[rel] as string) || np.to - np.from > 8) return false;
  if (norm[rel] === "that" && !(pos[rel - 1] === "NOUN" || pos[rel - 1] === "PROPN")) return false;
  if (
    rel > ss &&
    !(
      norm[rel - 1] === "," ||
      DASHES.has(norm[rel - 1] as string) ||
      pos[rel - 1] === "NOUN" ||
      pos[rel - 1] === "PROPN"
    )
  )
    return false;
  let j = i + 1;
  while (j < se && pos[j] === "ADV") j++;
  const l = lemma[i] as string;
  const verbal = (pos[j] === "VERB" || pos[j] === "AUX") && !(norm[j] ?? "").endsWith("ing");
  const nominal =
    REL_NOMINAL.has(l) &&
    j < se &&
    (norm[j] === "as" ||
      isMarkToken(doc, j) ||
      pos[j] === "DET" ||
      pos[j] === "ADJ" ||
      pos[j] === "NOUN" ||
      pos[j] === "PROPN");
  if (!(verbal || nominal)) return false;
  let end = clauseEnd(ctx, j, se);
  if (norm[rel - 1] === "," || DASHES.has(norm[rel - 1] as string)) {
    for (let k = j; k < end; k++) {
      const spacedDash =
        DASHES.has(norm[k] as string) && (doc.tokens.start[k] as number) > (doc.tokens.end[k - 1] as number);
      if ((norm[k] === "," || spacedDash) && ctx.regionOf[k] === -1) {
        end = k;
        break;
      }
    }
  }
  if (end <= j) return false;
  pushIndirect(ctx, ctx.cues.verbs.get(l) === "speech" ? "speech" : "belief", np.ref, i, i + 1, [[rel, end]]);
  return true;
}

/** Words that open a clause: a subject found by `longSubject` starts after the last of them. */
const CLAUSE_OPENERS = new Set([
  "but",
  "and",
  "yet",
  "so",
  "while",
  "whereas",
  "because",
  "although",
  "though",
  "as",
  "since",
  "when",
  "if",
  "even",
  "still",
  "now",
  "meanwhile",
  "also",
]);
/** Determiners that stand alone as a subject ("those surveyed say", "most of them said"). */
const PRONOUN_DET = new Set(["those", "some", "many", "most", "all", "both", "few", "several", "half"]);
const RELATIVE = new Set(["who", "which", "that", "whose", "whom", "where"]);

/**
 * A long subject the noun-phrase walk cannot read, taken whole from the clause start to the verb group (PolNeAR
 * marks the whole phrase): "Thirty-one percent of those surveyed say", "The self-described democratic socialist
 * said", "Many speakers at the service — including Muslims, Christians — said", "The Supreme Court justice --
 * who has been involved in a scuffle … -- said". The stretch must open with a nominal word and hold no verb of
 * its own outside a relative clause, a dash or parenthesis insert, or a participle ("those surveyed").
 */
function longSubject(ctx: Ctx, subjEnd: number, ss: number): ReturnType<typeof npEndingAt> {
  const { doc } = ctx;
  const { norm, pos } = doc.tokens;
  let from = subjEnd - 1;
  // walk left to the clause start
  while (from > ss) {
    const n = norm[from - 1] as string;
    if (n === ";" || n === ":" || isMarkToken(doc, from - 1) || ctx.inQuote[from - 1]) break;
    if (CLAUSE_OPENERS.has(n) && (pos[from - 1] === "CCONJ" || pos[from - 1] === "SCONJ" || pos[from - 1] === "ADV"))
      break;
    // a relative pronoun opening the clause ("that some say") is no subject; after a noun it restricts the
    // subject ("A woman who has accused Bill Clinton of rape said")
    if (
      RELATIVE.has(n) &&
      norm[from - 2] !== "," &&
      !DASHES.has(norm[from - 2] as string) &&
      !(pos[from - 2] === "NOUN" || pos[from - 2] === "PROPN" || PRONOUN_DET.has(norm[from - 2] as string))
    )
      return null;
    if (subjEnd - from > 30) return null;
    from--;
  }
  if (from === ss) from = afterDateline(ctx, ss, subjEnd);
  // an opening adverbial before a comma: "By double digits, those surveyed say"
  const p0 = pos[from] as string;
  if (p0 === "ADP" || p0 === "ADV" || p0 === "SCONJ") {
    let k = from;
    while (k < subjEnd && norm[k] !== ",") k++;
    if (k >= subjEnd - 1 || k - from > 8) return null;
    from = k + 1;
  }
  if (subjEnd - from < 2) return null;
  const first = pos[from] as string;
  if (
    !(
      first === "DET" ||
      first === "NUM" ||
      first === "PROPN" ||
      first === "NOUN" ||
      first === "ADJ" ||
      capitalized(doc, from) ||
      POSSESSIVE.has(norm[from] as string)
    )
  )
    return null;
  let insert = false;
  let hasNoun = false;
  for (let k = from; k < subjEnd; k++) {
    const n = norm[k] as string;
    if (RELATIVE.has(n) || DASHES.has(n) || n === "(" || n === "including" || n === "like") insert = true;
    if (
      pos[k] === "NOUN" ||
      pos[k] === "PROPN" ||
      pos[k] === "NUM" ||
      ctx.actors.mentionOfToken[k] !== -1 ||
      PRONOUN_DET.has(n)
    )
      hasNoun = true;
    if (insert) continue;
    if (n === "," && !(pos[k + 1] === "DET" || pos[k + 1] === "NUM" || capitalized(doc, k + 1) || k === subjEnd - 1))
      return null;
    if (pos[k] === "SCONJ" || isMarkToken(doc, k)) return null;
    if ((pos[k] === "VERB" || pos[k] === "AUX") && !/(ed|ing|en)$/.test(n) && norm[k - 1] !== "-") return null;
    if (pos[k] === "AUX") return null;
  }
  const last = pos[subjEnd - 1] as string;
  if (
    !hasNoun ||
    !(
      last === "NOUN" ||
      last === "PROPN" ||
      last === "ADJ" ||
      last === "NUM" ||
      last === "PUNCT" ||
      last === "VERB" ||
      last === "PRON"
    )
  )
    return null;
  let entity: string | null = null;
  for (let t = from; t < subjEnd && entity === null; t++) {
    const m = ctx.actors.mentions[ctx.actors.mentionOfToken[t] as number];
    const e = m ? ctx.actors.entities[m.entity] : undefined;
    if (e) entity = e.id;
  }
  let to = subjEnd;
  while (to > from + 1 && norm[to - 1] === ",") to--;
  return { from, to, ref: { ...tokSpan(doc, from, to), entity } };
}

/** Heads of time phrases, which are never speakers ("last week", "on Monday"). */
const TIME_HEADS: ReadonlySet<string> = CLAUSE_WORDS.time_heads;
const ADJUNCT_PREP = new Set(["on", "in", "at", "during", "after", "before", "via", "through", "from", "with"]);
const TIME_WORDS: ReadonlySet<string> = CLAUSE_WORDS.time_words;

/** Skips time words and a short prepositional adjunct after a cue verb ("said on Friday", "said in a statement"). */
function skipAdjuncts(ctx: Ctx, j: number, se: number): number {
  const { norm } = ctx.doc.tokens;
  for (let guard = 0; guard < 4 && j < se; guard++) {
    const n = norm[j] as string;
    if (TIME_WORDS.has(n)) {
      j++;
      if (norm[j] === "week" || norm[j] === "month" || norm[j] === "year" || norm[j] === "night") j++;
      continue;
    }
    if (n === ",") {
      // a comma closing an adjunct ("said on Friday, …") is skipped; a comma right after the verb is not
      if (guard > 0) {
        j++;
        continue;
      }
      break;
    }
    if (ADJUNCT_PREP.has(n)) {
      const np = npStartingAt(ctx.doc, ctx.actors, j + 1, se);
      if (!np || np.to - j > 7) break;
      // only when a complement follows ("that", a subject + verb), so "reported on supplies" stays intact
      j = np.to;
      continue;
    }
    break;
  }
  return j;
}

/**
 * The subject of a sentence's main clause: the first noun phrase before `limit` followed by a verb (skipping an
 * opening adjunct such as "On Monday," or "But").
 */
function sentenceSubject(ctx: Ctx, ss: number, limit: number): ReturnType<typeof npStartingAt> {
  const { pos, norm } = ctx.doc.tokens;
  for (let k = ss; k < limit && k < ss + 15; k++) {
    const p = pos[k] as string;
    if (!(p === "PROPN" || p === "PRON" || p === "DET" || p === "NOUN" || ctx.actors.mentionOfToken[k] !== -1))
      continue;
    if (k > ss && !(norm[k - 1] === "," || pos[k - 1] === "CCONJ" || k - 1 === ss)) continue;
    const np = npStartingAt(ctx.doc, ctx.actors, k, limit);
    if (np && (pos[np.to] === "VERB" || pos[np.to] === "AUX" || pos[np.to] === "ADV")) return np;
  }
  return null;
}

/**
 * A cue inside another item's source phrase belongs to that phrase ("A woman who has accused Bill Clinton of
 * rape said …": "accused" is part of the speaker's description), so its item is dropped; PolNeAR lets a token
 * belong to one attribution only.
 */
function dropCuesInSources(ctx: Ctx): void {
  const sources: [number, number][] = [];
  for (const it of ctx.items) if (it.who && it.who.end - it.who.start > 0) sources.push([it.who.start, it.who.end]);
  if (sources.length === 0) return;
  ctx.items = ctx.items.filter((it) => {
    const at = it.cue?.start;
    if (at === undefined || it.cueTok < 0) return true;
    return !sources.some(([s, e]) => s <= at && at < e);
  });
}

/** Certainty and negation of each item's content (pass 3). */
function assess(ctx: Ctx): void {
  const { doc } = ctx;
  const { pos, norm } = doc.tokens;
  const tokenIndex = (offset: number) => tokenAt(doc, offset);
  for (const item of ctx.items) {
    let certainty: Certainty = "reported";
    let negated = item.negated;
    const first = item.content[0];
    if (first) {
      const from = tokenIndex(first.start);
      const to = tokenIndex(first.end - 1) + 1;
      // The head of the content: its first verb (the clause the speaker asserts).
      let head = -1;
      for (let t = from; t < to; t++) {
        if (pos[t] === "VERB") {
          head = t;
          break;
        }
      }
      if (head < 0)
        for (let t = from; t < to; t++)
          if (pos[t] === "AUX") {
            head = t;
            break;
          }
      if (head >= 0) {
        const local = localCertainty(doc, head, ctx.cert);
        if (local.negated) negated = !negated;
        const conditional = local.cues.some((c) => COND_WORDS.has(norm[c] as string));
        if (local.certainty === "hedged") certainty = "hedged";
        else if (local.certainty === "hypothetical" && conditional) certainty = "hypothetical";
      } else {
        for (let t = from; t < Math.min(to, from + 3); t++)
          if ((norm[t] === "no" || norm[t] === "not") && !matchAt(doc, ctx.cert.notNegating, t, doc.tokens.count))
            negated = !negated;
      }
    }
    if (certainty === "reported") certainty = contentHedge(ctx, item);
    if (item.cls === "sourceless") certainty = stronger(certainty, "hedged");
    if (item.cueTok >= 0) {
      // a hedged cue ("may have said", "reportedly told") hedges the whole report
      const cueCert = localCertainty(doc, item.cueTok, ctx.cert);
      // a hedge inside the speaker's own description ("A woman who has accused X of rape said") is not about
      // the report
      const who = item.who;
      const inSource = (c: number) =>
        who !== null && (doc.tokens.start[c] as number) >= who.start && (doc.tokens.end[c] as number) <= who.end;
      if (cueCert.certainty === "hedged" && !cueCert.cues.every(inSource)) certainty = stronger(certainty, "hedged");
    }
    item.certainty = certainty;
    item.negated = negated;
  }
}

/**
 * Hedges anywhere in the asserted content: epistemic cues ("may have transferred", "possibly") → hedged,
 * "if"/"unless" → hypothetical. A direct quote is judged on its first sentence only, so one "could" deep in a
 * long statement does not hedge all of it.
 */
function contentHedge(ctx: Ctx, item: Item): Certainty {
  const { doc } = ctx;
  const first = item.content[0];
  if (!first) return "reported";
  const tokenIndex = (offset: number) => tokenAt(doc, offset);
  const from = tokenIndex(first.start);
  let to = tokenIndex(first.end - 1) + 1;
  if (item.type === "direct") to = Math.min(to, sentEnd(doc, from + 1));
  let out: Certainty = "reported";
  for (let t = from; t < to; t++) {
    const e = matchAt(doc, ctx.cert.phrases, t, to);
    if (!e) continue;
    if (e.cls === "epistemic" && doc.tokens.pos[t] !== "PROPN") out = stronger(out, "hedged");
    if (e.cls === "condition" && (e.tokens[0] === "if" || e.tokens[0] === "unless")) out = "hypothetical";
    t += e.tokens.length - 1;
  }
  return out;
}

const COND_WORDS = new Set(["if", "unless", "whether", "would", "'d"]);

/** Verb-group words that belong to a cue phrase when right before the cue ("has also said", "did not mention"). */
const GROUP_LEFT = new Set([
  "has",
  "have",
  "had",
  "is",
  "are",
  "was",
  "were",
  "'s",
  "'re",
  "am",
  "'m",
  "be",
  "been",
  "also",
  "did",
  "does",
  "do",
  "not",
  "n't",
  "will",
  "would",
  "could",
  "may",
  "might",
  "can",
  "ca",
  "wo",
  "then",
  "later",
  "now",
  "again",
  "repeatedly",
  "publicly",
  "previously",
  "earlier",
  "further",
  "even",
  "still",
  "just",
  "first",
  "already",
]);

/** Adverbs that PolNeAR keeps in a cue's verb group: "-ly" manner/time adverbs ("finally acknowledged",
 * "strongly favored", "have long insisted"), not sentence connectives ("however"). */
function groupAdverb(ctx: Ctx, t: number): boolean {
  const { norm, pos } = ctx.doc.tokens;
  if (pos[t] !== "ADV") return false;
  const n = norm[t] as string;
  return (n.endsWith("ly") && n !== "only") || n === "long" || n === "never" || n === "once" || n === "often";
}

/** Fills `cuePhrase` (see Item); content before the cue ("…," he said) gets the verb group only. */
function cuePhrases(ctx: Ctx): void {
  const { doc } = ctx;
  const { norm, lemma } = doc.tokens;
  const tokenIndex = (offset: number) => tokenAt(doc, offset);
  for (const item of ctx.items) {
    if (!item.cue || item.cueTok < 0 || item.cls === "according" || item.cls === "headline") continue;
    // a phrase set by the rule that made the item ("called for") is only extended to the left
    const preset = item.cuePhrase !== undefined;
    let a = item.cueTok;
    let b = tokenIndex((item.cuePhrase ?? item.cue).end - 1) + 1;
    const floor = item.who && item.who.end <= item.cue.start ? tokenIndex(item.who.end - 1) + 1 : 0;
    while (
      !(preset && item.cls === "noun") &&
      a - 1 >= floor &&
      (GROUP_LEFT.has(norm[a - 1] as string) || groupAdverb(ctx, a - 1)) &&
      doc.tokens.sentence[a - 1] === doc.tokens.sentence[a]
    )
      a--;
    const first = item.content[0];
    if (!preset && first && first.start >= item.cue.end && !ADDRESSEE.has(lemma[item.cueTok] as string)) {
      const c = tokenIndex(first.start);
      let e = c;
      while (e > b && (norm[e - 1] === "," || isMarkToken(doc, e - 1))) e--;
      if (e - b <= 6 && e >= b) b = e;
    }
    item.cuePhrase = span(doc, doc.tokens.start[a] as number, doc.tokens.end[b - 1] as number);
  }
}

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
  };
  directQuotes(ctx);
  indirect(ctx);
  dropCuesInSources(ctx);
  assess(ctx);
  cuePhrases(ctx);
  return ctx.items;
}
