/**
 * Pass 3 and after: dropping cues inside other items' sources, certainty and negation of each content, and the
 * full cue phrase of each item (PolNeAR's convention: "has also said").
 */
import type { Certainty, Span } from "../contract.js";
import { tokenAt } from "../nlp/document.js";
import { localCertainty, stronger } from "./certainty.js";
import { ADDRESSEE, CLAUSE_WORDS, type Ctx, type Item, sentEnd, sentStart } from "./context.js";
import { documentVerb } from "./document-reports.js";
import { matchAt } from "./lexicon.js";
import { isMarkToken, span } from "./spans.js";

/**
 * A cue inside another item's source phrase belongs to that phrase ("A man who has accused Mayor Ivo Renn of
 * fraud said …": "accused" is part of the speaker's description), so its item is dropped; PolNeAR lets a token
 * belong to one attribution only.
 */
export function dropCuesInSources(ctx: Ctx): void {
  const sources: [number, number][] = [];
  for (const it of ctx.items) if (it.who && it.who.end - it.who.start > 0) sources.push([it.who.start, it.who.end]);
  if (sources.length === 0) return;
  const inSource = coveredBy(sources);
  ctx.items = ctx.items.filter((it) => {
    const at = it.cue?.start;
    if (at === undefined || it.cueTok < 0) return true;
    return !inSource(at);
  });
}

/**
 * A cue inside a direct quotation ("… and frankly, you know, what the board …") is the quoted speaker's words:
 * its content cannot reach out of the quotation into the writer's sentence around it, where it would swallow the
 * real report ("He noted that …"). Such items are dropped; cues whose content stays inside the quotation remain
 * (nested speech the frames may use).
 */
export function dropQuotedCuesReachingOut(ctx: Ctx): void {
  const { doc } = ctx;
  ctx.items = ctx.items.filter((it) => {
    if (it.cueTok < 0) return true;
    const r = ctx.regionOf[it.cueTok] as number;
    if (r < 0) return true;
    const reg = ctx.regions[r];
    if (!reg) return true;
    const from = doc.tokens.start[reg.tokFrom] as number;
    const to = doc.tokens.end[reg.tokTo - 1] as number;
    return it.content.every((c) => c.start >= from && c.end <= to);
  });
}

/**
 * A report nested in another's content ends where that content ends: in "Asked if she thought the mayor wanted a
 * toll, Lind said …" the question's content stops at the comma, so "believed" cannot report the main
 * clause after it (which would hide the real report "Clinton said" inside a nested item).
 */
export function clipNestedContent(ctx: Ctx): void {
  const { doc } = ctx;
  // per token, the end offset of the narrowest content around it and the item owning it: wider spans are
  // painted first, so narrower ones overwrite them (linear in the content length, not items × items)
  const hostEnd = new Int32Array(doc.tokens.count).fill(-1);
  const owner = new Int32Array(doc.tokens.count).fill(-1);
  const spans: { c: Span; i: number }[] = [];
  ctx.items.forEach((it, i) => {
    for (const c of it.content) if (c.end > c.start) spans.push({ c, i });
  });
  spans.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start));
  for (const { c, i } of spans) {
    const to = tokenAt(doc, c.end - 1);
    for (let k = tokenAt(doc, c.start); k <= to; k++) {
      hostEnd[k] = c.end;
      owner[k] = i;
    }
  }
  ctx.items.forEach((inner, i) => {
    if (!inner.cue || inner.cueTok < 0) return;
    const end = hostEnd[inner.cueTok] as number;
    if (end < 0 || owner[inner.cueTok] === i) return;
    const clipped = inner.content.filter((c) => c.start < end).map((c) => (c.end <= end ? c : trimmedTo(ctx, c, end)));
    if (clipped.length > 0 && clipped.every((c) => c.end > c.start)) inner.content = clipped;
  });
}

/** Span `c` cut at offset `end`, without the punctuation and spaces that end up last. */
function trimmedTo(ctx: Ctx, c: Span, end: number): Span {
  const text = ctx.doc.text;
  let e = end;
  while (e > c.start && /[\s,;:]/.test(text[e - 1] as string)) e--;
  return span(ctx.doc, c.start, e);
}

/**
 * A test "is this offset inside one of these spans": the spans merged into disjoint sorted runs and a binary
 * search, so checking every item against every source (quadratic on long articles) is not needed.
 */
function coveredBy(spans: [number, number][]): (at: number) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const runs: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = runs[runs.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else runs.push([s, e]);
  }
  return (at) => {
    let lo = 0;
    let hi = runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = runs[mid] as [number, number];
      if (at < s) hi = mid - 1;
      else if (at >= e) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/** Certainty and negation of each item's content (pass 3). */
export function assess(ctx: Ctx): void {
  const { doc } = ctx;
  const { pos, norm } = doc.tokens;
  const tokenIndex = (offset: number) => tokenAt(doc, offset);
  for (const item of ctx.items) {
    let certainty: Certainty = "reported";
    let negated = item.negated;
    const hedges: number[] = [];
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
        // under a cue, "would" is the speaker's "will" in reported speech ("told reporters the vote would pass"),
        // whatever the parser made of the clause; only "if", "unless" and "whether" make the content a condition
        const condWords = item.cueTok >= 0 ? CONDITIONS : COND_WORDS;
        const conditional = local.cues.some((c) => condWords.has(norm[c] as string));
        if (local.certainty === "hedged") {
          certainty = "hedged";
          hedges.push(...local.cues);
        } else if (local.certainty === "hypothetical" && conditional) certainty = "hypothetical";
      } else {
        for (let t = from; t < Math.min(to, from + 3); t++)
          if ((norm[t] === "no" || norm[t] === "not") && !matchAt(doc, ctx.cert.notNegating, t, doc.tokens.count))
            negated = !negated;
      }
    }
    if (certainty === "reported") certainty = contentHedge(ctx, item, hedges);
    let reportHedged = item.cls === "sourceless";
    if (item.cueTok >= 0) {
      // a hedged cue ("may have said", "reportedly told") hedges the whole report
      const cueCert = localCertainty(doc, item.cueTok, ctx.cert);
      // a hedge inside the speaker's own description ("A woman who has accused X of rape said") is not about
      // the report
      const who = item.who;
      const inSource = (c: number) =>
        who !== null && (doc.tokens.start[c] as number) >= who.start && (doc.tokens.end[c] as number) <= who.end;
      if (cueCert.certainty === "hedged" && !cueCert.cues.every(inSource)) reportHedged = true;
    }
    if (reportHedged) certainty = stronger(certainty, "hedged");
    else if (certainty === "hedged" && hedges.length > 0) item.contentHedges = hedges;
    item.certainty = certainty;
    item.negated = negated;
  }
}

/**
 * Hedges anywhere in the asserted content: epistemic cues ("may have transferred", "possibly") → hedged,
 * "if"/"unless" → hypothetical. A direct quote is judged on its first sentence only, so one "could" deep in a
 * long statement does not hedge all of it.
 */
function contentHedge(ctx: Ctx, item: Item, hedges: number[]): Certainty {
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
    if (e.cls === "epistemic" && doc.tokens.pos[t] !== "PROPN") {
      out = stronger(out, "hedged");
      hedges.push(t);
    }
    if (e.cls === "condition" && (e.tokens[0] === "if" || e.tokens[0] === "unless")) out = "hypothetical";
    t += e.tokens.length - 1;
  }
  return out;
}

const CONDITIONS = new Set(["if", "unless", "whether"]);
const COND_WORDS = new Set([...CONDITIONS, "would", "'d"]);

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
  // contracted auxiliaries, straight and curly ("he’s said", "they've argued", "she'd noted")
  "’s",
  "’re",
  "’m",
  "'ve",
  "’ve",
  "'d",
  "’d",
  "'ll",
  "’ll",
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
/** Verbs whose "to" infinitive continues a report ("went on to say", "continued to suggest", "tried to discuss"). */
const ASPECTUAL: ReadonlySet<string> = CLAUSE_WORDS.aspectual_verbs;
const LINKING_VERBS: ReadonlySet<string> = CLAUSE_WORDS.linking_verbs;

/**
 * "began by saying", "responded by calling", "followed up by asking": for a participle `a` after "by", the verb
 * right before "by" (only adverbs or a particle between) whose manner the phrase gives, else -1. PolNeAR's cue
 * runs from that verb to the participle; after a verb with an object of its own ("launched his campaign by
 * talking about") the gold keeps the participle alone, so such verbs are left out.
 */
function byParticipleVerb(ctx: Ctx, a: number, floor: number): number {
  const { norm, pos, xpos, sentence } = ctx.doc.tokens;
  if (norm[a - 1] !== "by" || xpos[a] !== "VBG") return -1;
  for (let k = a - 2; k >= floor && k >= a - 4 && sentence[k] === sentence[a]; k--) {
    if (pos[k] === "VERB") return k;
    if (pos[k] !== "ADV" && norm[k] !== "up" && norm[k] !== "off") return -1;
  }
  return -1;
}

const GOVERNING_POS = new Set(["VERB", "ADJ"]);
const MEDIUM_DETERMINERS = new Set(["a", "an", "the", "his", "her", "their", "its", "a written", "a joint"]);

/**
 * End of a medium right after the cue group ending before token `b`: "in a statement", "in a written statement",
 * "on Facebook" (clause-words post_content_media); `b` itself when none follows.
 */
function mediumEnd(ctx: Ctx, b: number): number {
  const { norm, sentence } = ctx.doc.tokens;
  const same = (k: number) => k < ctx.doc.tokens.count && sentence[k] === sentence[b - 1];
  if (norm[b] === "on" && same(b + 1) && CLAUSE_WORDS.post_content_platforms.has(norm[b + 1] as string)) return b + 2;
  if (norm[b] !== "in") return b;
  for (const k of [b + 2, b + 3]) {
    const det = norm.slice(b + 1, k).join(" ");
    if (same(k) && MEDIUM_DETERMINERS.has(det) && CLAUSE_WORDS.post_content_media.has(norm[k] as string)) return k + 1;
  }
  return b;
}

export function cuePhrases(ctx: Ctx): void {
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
    // "appeared to imply", "seem to care about": the raising verb and "to" belong to the cue phrase
    const documentGovernor = documentVerb(ctx, a, sentStart(doc, a));
    const byGovernor = byParticipleVerb(ctx, a, floor);
    if (documentGovernor >= floor) a = documentGovernor;
    else if (byGovernor >= 0) a = byGovernor;
    else if (a - 2 >= floor && norm[a - 1] === "to" && ctx.cues.raisingActive.has(lemma[a - 2] as string)) a -= 2;
    // "to discuss", "went on to say": PolNeAR's cue holds the infinitive marker and an aspectual verb before it
    else if (a - 1 >= floor && norm[a - 1] === "to" && doc.tokens.pos[a - 1] === "PART" && !preset) {
      a--;
      const v = a - (norm[a - 1] === "on" ? 2 : 1);
      if (v >= floor && ASPECTUAL.has(lemma[v] as string)) a = v;
      // "are quick to point out", "struggled to demonstrate", "is correct to note": the predicate that governs the
      // infinitive belongs to the phrase when its subject is the source (no object stands between)
      else if (a - 1 >= floor && GOVERNING_POS.has(doc.tokens.pos[a - 1] as string)) a--;
    }
    // "remain confident that", "remains convinced that": the linking verb of an adjective cue belongs to the phrase
    if (doc.tokens.pos[a] === "ADJ") {
      const k = doc.tokens.pos[a - 1] === "ADV" ? a - 2 : a - 1;
      if (k >= floor && LINKING_VERBS.has(norm[k] as string)) a = k;
    }
    while (
      !(preset && item.cls === "noun") &&
      a - 1 >= floor &&
      (GROUP_LEFT.has(norm[a - 1] as string) || groupAdverb(ctx, a - 1)) &&
      doc.tokens.sentence[a - 1] === doc.tokens.sentence[a]
    )
      a--;
    const first = item.content[0];
    // '"…," the ministry said in a statement.', '"…," she wrote on Facebook.': the medium belongs to a cue after
    // its content (clause-words post_content_media). ('"…," the mayor says of the toll plan': the "of" naming the
    // topic stays out; PolNeAR dev marks "said" there about twice as often as "said of".)
    if (!preset && first && first.end <= item.cue.start) b = mediumEnd(ctx, b);
    if (!preset && first && first.start >= item.cue.end && !ADDRESSEE.has(lemma[item.cueTok] as string)) {
      const c = tokenIndex(first.start);
      let e = c;
      while (e > b && (norm[e - 1] === "," || isMarkToken(doc, e - 1))) e--;
      if (e - b <= 6 && e >= b) b = e;
    }
    item.cuePhrase = span(doc, doc.tokens.start[a] as number, doc.tokens.end[b - 1] as number);
  }
}
