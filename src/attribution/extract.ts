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
import type { Document } from "../nlp/document.js";
import { clauseOf, localCertainty, stronger } from "./certainty.js";
import { type CertaintyLexicon, type CueLexicon, matchAt } from "./lexicon.js";
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

const SENT_END = new Set([".", "!", "?"]);
const DASHES = new Set(["-", "—", "–", "--"]);
/** Participle cues after a comma continue the same speaker (", adding that ...", ", saying ..."). */
const CONTENT_STOP_PARTICIPLES = new Set([
  "adding",
  "saying",
  "noting",
  "stressing",
  "arguing",
  "warning",
  "insisting",
]);
/** Words that, after a comma, end reported content. */
const CONTENT_STOP_AFTER_COMMA = new Set(["but", "while", "whereas", "however", "which", "although", "though"]);
/** Verbs that put their addressee before the content ("told reporters that ..."). */
const ADDRESSEE = new Set(["tell", "inform", "assure", "warn", "remind", "brief", "notify", "urge", "ask", "reassure"]);
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
]);
/** Verbs whose lemma is ambiguous enough that they need an explicit "that"/colon/quote complement. */
const NEEDS_THAT = new Set([
  "see",
  "find",
  "know",
  "learn",
  "understand",
  "feel",
  "call",
  "ask",
  "order",
  "direct",
  "command",
  "point",
  "continue",
  "read",
  "question",
  "post",
  "own",
  "flag",
  "signal",
  "answer",
  "object",
  "charge",
  "maintain",
  "counter",
  "snap",
  "express",
  "view",
  "judge",
  "figure",
  "determine",
  "decide",
  "want",
  "wish",
  "prefer",
  "plan",
  "intend",
  "agree",
  "consider",
  "regard",
  "describe",
  "label",
  "dub",
  "characterize",
  "portray",
  "praise",
  "criticize",
  "criticise",
  "condemn",
  "slam",
  "blast",
  "denounce",
  "decry",
  "blame",
  "mock",
  "dismiss",
  "hail",
  "tout",
  "quote",
  "cite",
  "publish",
  "broadcast",
  "sing",
  "pray",
  "order",
  "instruct",
  "remember",
  "forget",
  "trust",
  "sense",
  "notice",
  "discover",
  "recognize",
  "recognise",
  "realize",
  "realise",
  "hope",
  "expect",
  "fear",
  "worry",
  "imagine",
  "suppose",
  "reject",
  "dispute",
  "contest",
]);

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

function tokenIndexFn(doc: Document): (offset: number) => number {
  return (offset: number) => {
    const ends = doc.tokens.end;
    let lo = 0;
    let hi = doc.tokens.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ends[mid] as number) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const sentStart = (doc: Document, t: number) => doc.sentences.tokenStart[doc.tokens.sentence[t] as number] as number;
const sentEnd = (doc: Document, t: number) => doc.sentences.tokenEnd[doc.tokens.sentence[t] as number] as number;

/** "say"/"tell" mis-tagged as nouns after a plural or numeric subject ("About 4 in 10 say they …"). */
const SAY_FORMS = new Set(["say", "says", "said", "tell", "tells", "told"]);

function isCueVerb(ctx: Ctx, t: number): string | null {
  const { lemma, pos, norm } = ctx.doc.tokens;
  if (pos[t] !== "VERB" && !(pos[t] === "AUX" && lemma[t] === "say") && !(norm[t] === "says" || norm[t] === "said")) {
    const prev = pos[t - 1];
    if (
      !(SAY_FORMS.has(norm[t] as string) && (prev === "NUM" || prev === "PRON" || prev === "PROPN" || prev === "NOUN"))
    )
      return null;
  }
  return ctx.cues.verbs.get(lemma[t] as string) ?? null;
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
        if (norm[t] === "who" || norm[t] === "which") break;
        if (pos[t] === "VERB" && !(norm[t] ?? "").endsWith("ing") && !capitalized(ctx.doc, t)) plain = false;
      }
      if (plain && ctx.regionOf[e - 1] === -1)
        np = { from: np.from, to: e, ref: { ...tokSpan(ctx.doc, np.from, e), entity: np.ref.entity } };
    }
    return { cue: k, np: prev ?? np };
  }
  // "the Chinese leader said" / "Hugh Hill, a doctor, said" — a cue verb within a short window, nothing verbal
  // before it except auxiliaries.
  for (let j = k; j < Math.min(limit, k + 12); j++) {
    if (SENT_END.has(norm[j] as string) || isMarkToken(ctx.doc, j) || norm[j] === ";") break;
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
      } else if (next && next.tokFrom === k && k > groupEnd && norm[groupEnd] === ".") {
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
  return tokenIndexFn(doc)(pe - 1) + 1;
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
      const np = npEndingAt(doc, ctx.actors, subjEnd, min) ?? npStartingAt(doc, ctx.actors, j + 1, k);
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
      (np.from === sentStart(doc, k) || DASHES.has(norm[np.from - 1] as string)) &&
      namesSpeaker(ctx, np.to - 1)
    )
      return { cue: k, cueEnd: k + 1, who: np.ref };
  }
  return null;
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
    if (n === "and" && pos[k + 1] === "VERB" && k > from + 1) return k;
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

/** Content end for indirect speech starting at `from`: the sentence end, minus final punctuation. */
function contentEnd(ctx: Ctx, from: number): number {
  const { doc } = ctx;
  const { norm, pos } = doc.tokens;
  const end = sentEnd(doc, from);
  for (let k = from; k < end; k++) {
    const n = norm[k] as string;
    if (n === ";") return k;
    if (n === "," && (CONTENT_STOP_PARTICIPLES.has(norm[k + 1] ?? "") || norm[k + 1] === "according")) return k;
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
      if (p1 === "VERB" && n1.endsWith("ing")) return k;
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

/** Indirect speech and other attributions (pass 2). */
function indirect(ctx: Ctx): void {
  const { doc, cues } = ctx;
  const { norm, pos, lemma } = doc.tokens;
  const n = doc.tokens.count;
  for (let i = 0; i < n; i++) {
    if (ctx.claimed[i] || ctx.inQuote[i]) continue;
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
    if (raising(ctx, i, ss, se) || question(ctx, i, ss, se)) continue;
    const cls = isCueVerb(ctx, i);
    if (!cls) continue;
    verbCue(ctx, i, cls, ss, se);
  }
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
  if (norm[j] !== "to" || (pos[j + 1] !== "VERB" && pos[j + 1] !== "AUX")) return false;
  const subj = npEndingAt(doc, ctx.actors, subjectEnd(doc, cueFrom, ss), ss);
  if (!subj || norm[subj.from] === "it" || norm[subj.from] === "there") return false;
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
  const np = npStartingAt(doc, ctx.actors, cueTo, se);
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
    np = k < np.from ? npEndingAt(doc, ctx.actors, k, ss) : null;
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
  let who: EntityRef | null = np?.ref ?? null;
  const participle = norm[i - 1] === "," && (norm[i] ?? "").endsWith("ing");
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
    if (!np || np.to < subjEnd) srcFrom = i;
    let inverted: ReturnType<typeof npStartingAt> = null;
    if (!np) {
      inverted = npStartingAt(doc, ctx.actors, i + 1, se);
      if (inverted) who = inverted.ref;
    }
    const comma = srcFrom - 1;
    if (norm[comma] !== "," || comma <= ss || ctx.inQuote[comma - 1]) return;
    const pieces: [number, number][] = [[clauseStartBefore(ctx, comma, ss), comma]];
    const groupEnd = Math.max(i + 1, inverted?.to ?? 0);
    if (norm[groupEnd] === "," && groupEnd + 1 < se) {
      const e = contentEnd(ctx, groupEnd + 1);
      if (e > groupEnd + 1) pieces.push([groupEnd + 1, e]);
    }
    if (who === null) return;
    if (inverted) claim(ctx, inverted.from, inverted.to);
    pushIndirect(ctx, cls, who, i, i + 1, pieces);
    return;
  }
  if (sourceless && !participle) return;
  if (nj === "to" && (ctx.cues.belief.has(l) || ctx.cues.stance.has(l)) && who !== null && pos[j + 1] === "VERB") {
    // "wants to lose", "plans to run": the infinitive is the wished/planned content
    const end = clauseEnd(ctx, j, se);
    if (end > j + 1) pushIndirect(ctx, "belief", who, i, i + 1, [[j, end]]);
    return;
  }
  if (cls === "stance" || (ctx.cues.stance.has(l) && nj !== "that")) {
    // "a group called Veterans for Peace", "an ad backed by …": a participle after an indefinite noun names, it
    // does not report
    if (pos[i - 1] === "NOUN" && (norm[i - 2] === "a" || norm[i - 2] === "an" || pos[i - 2] === "ADJ")) return;
    // "voters supporting Trump", "a PAC backed by donors": participles modifying a noun, not reports
    const form = norm[i] as string;
    if (form.endsWith("ing") && (pos[i - 1] === "NOUN" || pos[i - 1] === "PROPN")) return;
    if (form.endsWith("ed") && norm[i + 1] === "by") return;
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
    const end = clauseEnd(ctx, j, se);
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
      open = k;
      break;
    }
    if (SENT_END.has(norm[k] as string) || norm[k] === ";" || isMarkToken(ctx.doc, k)) return null;
  }
  if (open < 0) return null;
  const p0 = pos[open + 1] as string;
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

/** Heads of time phrases, which are never speakers ("last week", "on Monday"). */
const TIME_HEADS = new Set([
  "week",
  "month",
  "year",
  "day",
  "night",
  "morning",
  "afternoon",
  "evening",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "weekend",
  "today",
  "yesterday",
  "time",
]);
const ADJUNCT_PREP = new Set(["on", "in", "at", "during", "after", "before", "via", "through", "from", "with"]);
const TIME_WORDS = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "yesterday",
  "today",
  "tonight",
  "recently",
  "earlier",
  "later",
  "again",
  "also",
  "last",
  "this",
  "late",
  "early",
  "previously",
  "repeatedly",
  "publicly",
]);

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

/** Certainty and negation of each item's content (pass 3). */
function assess(ctx: Ctx): void {
  const { doc } = ctx;
  const { pos, norm } = doc.tokens;
  const tokenIndex = tokenIndexFn(doc);
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
      if (cueCert.certainty === "hedged") certainty = stronger(certainty, "hedged");
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
  const tokenIndex = tokenIndexFn(doc);
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

/** Fills `cuePhrase` (see Item); content before the cue ("…," he said) gets the verb group only. */
function cuePhrases(ctx: Ctx): void {
  const { doc } = ctx;
  const { norm, lemma } = doc.tokens;
  const tokenIndex = tokenIndexFn(doc);
  for (const item of ctx.items) {
    if (!item.cue || item.cueTok < 0 || item.cls === "according" || item.cls === "headline") continue;
    let a = item.cueTok;
    let b = tokenIndex(item.cue.end - 1) + 1;
    const floor = item.who && item.who.end <= item.cue.start ? tokenIndex(item.who.end - 1) + 1 : 0;
    while (
      a - 1 >= floor &&
      GROUP_LEFT.has(norm[a - 1] as string) &&
      doc.tokens.sentence[a - 1] === doc.tokens.sentence[a]
    )
      a--;
    const first = item.content[0];
    if (first && first.start >= item.cue.end && !ADDRESSEE.has(lemma[item.cueTok] as string)) {
      const c = tokenIndex(first.start);
      let e = c;
      while (e > b && (norm[e - 1] === "," || isMarkToken(doc, e - 1))) e--;
      if (e - b <= 6 && e >= b) b = e;
    }
    item.cuePhrase = span(doc, doc.tokens.start[a] as number, doc.tokens.end[b - 1] as number);
  }
}

export function extract(doc: Document, actors: ActorLayer, cues: CueLexicon, cert: CertaintyLexicon): Item[] {
  const regions = quoteRegions(doc, tokenIndexFn(doc));
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
  assess(ctx);
  cuePhrases(ctx);
  return ctx.items;
}
