/**
 * Source spans in PolNeAR's convention: the source is the whole subject phrase of the cue, so an apposition or a
 * relative clause between the name and the cue belongs to it ("Mark Dubowitz, executive director of the
 * foundation, said" — not "Mark Dubowitz"). On PolNeAR dev, 10,348 of 10,734 gold sources that stand before their
 * cue end right at the cue's verb group; the rest are mostly set off by a sentence adverb (", however,") or a
 * participle (", speaking at a rally,"), which stay outside.
 */
import { tokenAt } from "../nlp/document.js";
import { CLAUSE_WORDS, type Ctx, type Item, SENT_END } from "./context.js";
import { tokSpan } from "./spans.js";
import { dominates } from "./tree.js";

/** Parts of speech that open a comma-delimited insert that modifies the clause, not the subject. */
const CLAUSE_INSERT_POS = new Set(["ADV", "ADP", "SCONJ", "CCONJ", "VERB", "AUX", "PART", "INTJ"]);

/** Cue classes that make a relative clause a report of its own (a stance such as "who supports X" is not). */
const REPORTS = new Set(["speech", "belief", "report", "denial"]);

/** Longest insert (tokens, commas included) read as part of the subject. */
const MAX_INSERT = 40;

/**
 * Extends each item's source over a ", …," insert that separates it from its cue phrase: an apposition ("X, the
 * party's chair,") or a relative clause ("X, who heads the committee,"). Inserts that overlap another item (its
 * cue or content) and inserts opening with an adverb, preposition, conjunction or verb form (", however,",
 * ", in fact,", ", speaking on Monday,") are left alone.
 */
export function sourceUpToCue(ctx: Ctx): void {
  const { doc } = ctx;
  const { norm, pos, sentence } = doc.tokens;
  const taken = new Uint8Array(doc.tokens.count);
  for (const it of ctx.items) {
    for (const c of it.content) markTokens(ctx, taken, c.start, c.end);
    if (it.cue) markTokens(ctx, taken, it.cue.start, it.cue.end);
  }
  for (const item of ctx.items) pronounSubject(ctx, item);
  for (const item of ctx.items) {
    const who = item.who;
    const phrase = item.cuePhrase ?? item.cue;
    if (!who || !phrase || item.cueTok < 0 || who.end > phrase.start) continue;
    const a = tokenAt(doc, who.end - 1) + 1;
    const p = tokenAt(doc, phrase.start);
    if (p - a < 3 || p - a > MAX_INSERT || norm[a] !== "," || norm[p - 1] !== ",") continue;
    if (sentence[a] !== sentence[p] || CLAUSE_INSERT_POS.has(pos[a + 1] as string)) continue;
    let free = true;
    for (let k = a; k < p && free; k++) if (taken[k] || ctx.regionOf[k] !== -1) free = false;
    if (!free) continue;
    const from = tokenAt(doc, who.start);
    item.who = { ...tokSpan(doc, from, p - 1), entity: who.entity };
  }
  for (const item of ctx.items) {
    if (!item.who || !item.cue || item.who.start < item.cue.end) continue;
    restOfSourceAfter(ctx, item, taken);
    appositionAfter(ctx, item);
  }
  const spansIn = spansBySentence(ctx);
  for (const item of ctx.items) leftOfSubject(ctx, item, taken, spansIn);
  sharedSubjects(ctx);
}

/** A cue or content span of an item, for `leftOfSubject`. */
interface OwnedSpan {
  item: Item;
  start: number;
  end: number;
  content: boolean;
}

/** Every item's cue and content spans, listed under each sentence they touch (built once per document). */
function spansBySentence(ctx: Ctx): Map<number, OwnedSpan[]> {
  const { doc } = ctx;
  const out = new Map<number, OwnedSpan[]>();
  const add = (item: Item, start: number, end: number, content: boolean) => {
    if (end <= start) return;
    const first = doc.tokens.sentence[tokenAt(doc, start)] as number;
    const last = doc.tokens.sentence[tokenAt(doc, end - 1)] as number;
    for (let s = first; s <= last; s++) {
      const list = out.get(s) ?? [];
      if (list.length === 0) out.set(s, list);
      list.push({ item, start, end, content });
    }
  };
  for (const it of ctx.items) {
    if (it.cue) add(it, it.cue.start, it.cue.end, false);
    for (const c of it.content) add(it, c.start, c.end, true);
  }
  return out;
}

/** Personal pronouns that are a subject phrase of their own. */
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i"]);

/**
 * A source before its cue that ends in a personal subject pronoun is that pronoun alone: the words before it
 * belong to another phrase ("Monday he said", "a fact he often mentions", "told the mayor last week she would
 * …"), which the word walk ran into.
 */
export function pronounSubject(ctx: Pick<Ctx, "doc">, item: Item): void {
  const { doc } = ctx;
  const who = item.who;
  if (!who || !item.cue || who.end > item.cue.start) return;
  const last = tokenAt(doc, who.end - 1);
  if (last === tokenAt(doc, who.start) || !SUBJECT_PRONOUNS.has(doc.tokens.norm[last] as string)) return;
  item.who = { ...tokSpan(doc, last, last + 1), entity: who.entity };
}

/**
 * The left edge of a source before its cue, from the parse: words the word walk stopped short of but that the
 * subject's head governs ("Only about 4 in 10 voters", "The Washington Post's Ann Lind", "An earlier report in
 * a local paper", "A person familiar with the talks", "one kind-hearted reader") join the source, as PolNeAR
 * marks the whole subject phrase. The walk stops at punctuation, quotation marks and other items' words.
 */
function leftOfSubject(ctx: Ctx, item: Item, taken: Uint8Array, spansIn: Map<number, OwnedSpan[]>): void {
  const { doc } = ctx;
  const { norm, head, sentence, pos } = doc.tokens;
  const who = item.who;
  if (!who || !item.cue || who.end > item.cue.start) return;
  const from = tokenAt(doc, who.start);
  const to = tokenAt(doc, who.end - 1) + 1;
  // the phrase's head: its one word governed from outside it
  let h = -1;
  for (let k = from; k < to; k++) {
    const hk = head[k] as number;
    if (hk >= from && hk < to) continue;
    if (h >= 0) return;
    h = k;
  }
  if (h < 0) return;
  // a report nested in another's content ("…, and no one wants it, traders said") may grow inside that content:
  // a taken word is free when every span over it is another item's content span that holds this item's cue
  const cueAt = item.cue.start;
  const free = (k: number) => {
    if (!taken[k]) return true;
    const at = doc.tokens.start[k] as number;
    for (const o of spansIn.get(sentence[k] as number) ?? []) {
      if (at < o.start || at >= o.end) continue;
      if (o.item === item || !(o.content && o.start <= cueAt && cueAt < o.end)) return false;
    }
    return true;
  };
  let f = from;
  while (
    f - 1 >= 0 &&
    sentence[f - 1] === sentence[from] &&
    free(f - 1) &&
    ctx.regionOf[f - 1] === -1 &&
    (nominalWord(ctx, f - 1) || phraseInternal(ctx, f - 1)) &&
    dominates(doc, h, f - 1)
  )
    f--;
  // the phrase opens with a word of its own, not a preposition, conjunction or comma left of a conjunct
  while (f < from && !nominalWord(ctx, f) && pos[f] !== "PRON") f++;
  // "then-Senate Majority Leader …": a hyphen whose left word stays out does not open the phrase
  while (f < from && norm[f] === "-") f++;
  if (f === from) return;
  item.who = { ...tokSpan(doc, f, to), entity: who.entity };
}

/**
 * Words inside a subject phrase that the subject's head governs besides its modifiers: pronouns and the verbs
 * and adverbs of a restrictive relative or participle ("people who have battled online threats", "those
 * newly installed"). Prepositions and coordination were measured neutral or worse (the parser attaches verb
 * adjuncts such as "in his speech" to the subject) and stay out.
 */
function phraseInternal(ctx: Ctx, k: number): boolean {
  const { pos, lemma } = ctx.doc.tokens;
  const p = pos[k] as string;
  if (p === "PRON") return true;
  // a form of "be" would cross from a relative or cleft into another clause ("X is the thing Lind wants")
  return (p === "VERB" || p === "AUX" || p === "ADV") && lemma[k] !== "be";
}

/** Approximators before a number or quantifier ("only about 4 in 10", "nearly half", "at least a dozen"). */
const APPROXIMATORS = new Set(["only", "about", "nearly", "almost", "roughly", "approximately", "just", "least"]);

/**
 * Words a subject phrase opens with: determiners, adjectives, nouns, numbers, possessives, a participle or
 * glued hyphen of a compound modifier ("award-winning", "leaked"), an approximator; never a preposition,
 * subordinator, auxiliary or clause adverb ("in the crowd", "after the court", "even a strategist").
 */
function nominalWord(ctx: Ctx, k: number): boolean {
  const { norm, pos, xpos, start, end } = ctx.doc.tokens;
  const p = pos[k] as string;
  const n = norm[k] as string;
  if (p === "DET" || p === "ADJ" || p === "NOUN" || p === "PROPN" || p === "NUM") return true;
  if (n === "'s" || n === "’s" || xpos[k] === "PRP$") return true;
  if (p === "VERB") return (xpos[k] === "VBN" || xpos[k] === "VBG") && n !== "including";
  if (n === "-") return start[k] === end[k - 1] && start[k + 1] === end[k];
  if (n === "at") return norm[k + 1] === "least";
  return p === "ADV" && APPROXIMATORS.has(n);
}

/** Prepositions that continue a noun phrase after its cue ("said the former aide to the governor"). */
const NP_PREPOSITIONS = new Set(["of", "to", "in", "at", "for", "from", "with", "on", "by"]);

/**
 * The rest of a source after its cue that the noun-phrase walk stopped short of, up to the next comma: a glued
 * hyphen compound ("said the 46-year-old", "said Lyon-based lawyer Ada Brenn"), a party tag in parentheses
 * ("Rep. Dana Lind (D-Ore.)"), prepositional phrases ("the former aide to Governor Lind", "one person with
 * knowledge of the talks"), a participle phrase ("a source involved in the talks") and a restrictive relative
 * ("an official who oversaw the inquiry"). PolNeAR marks the whole phrase.
 */
function restOfSourceAfter(ctx: Ctx, item: Item, taken: Uint8Array): void {
  const { doc } = ctx;
  const { norm, pos, xpos, sentence, start, end } = doc.tokens;
  const who = item.who as NonNullable<Item["who"]>;
  const first = tokenAt(doc, who.start);
  let k = tokenAt(doc, who.end - 1) + 1;
  const same = (t: number) =>
    t < doc.tokens.count && sentence[t] === sentence[first] && !taken[t] && ctx.regionOf[t] === -1;
  const nominalRun = (t: number) => {
    while (same(t) && nominalWord(ctx, t) && pos[t] !== "VERB") t++;
    return t;
  };
  for (let guard = 0; guard < 6 && same(k); guard++) {
    const n = norm[k] as string;
    const glued = n === "-" && start[k] === end[k - 1] && start[k + 1] === end[k];
    if (glued) {
      k = nominalRun(k + 1);
      continue;
    }
    if (n === "(") {
      let c = k + 1;
      while (same(c) && norm[c] !== ")" && c - k < 8) c++;
      if (norm[c] !== ")") break;
      k = c + 1;
      continue;
    }
    if (NP_PREPOSITIONS.has(n) && nominalWord(ctx, k + 1) && pos[k + 1] !== "VERB") {
      const to = nominalRun(k + 1);
      // "said Lind on Monday", "at the time", "in an interview": a setting of the report, not of the speaker
      if (settingPhrase(ctx, k + 1, to)) break;
      k = to;
      continue;
    }
    const participle = pos[k] === "VERB" && (xpos[k] === "VBN" || xpos[k] === "VBG");
    const relative = n === "who";
    if (participle || relative) {
      let c = k + 1;
      let report = false;
      while (same(c) && norm[c] !== "," && !SENT_END.has(norm[c] as string) && norm[c] !== ";") {
        if (pos[c] === "VERB" && REPORTS.has(ctx.cues.verbs.get(doc.tokens.lemma[c] as string) ?? "")) report = true;
        c++;
      }
      if (report || c - k > MAX_INSERT) break;
      k = c;
    }
    break;
  }
  if (k > tokenAt(doc, who.end - 1) + 1) item.who = { ...tokSpan(doc, first, k), entity: who.entity };
}

/** Months: "said Lind in March" sets the time of the report. */
export const MONTHS: ReadonlySet<string> = new Set(
  "january february march april may june july august september october november december".split(" "),
);

/** Whether [from, to) names a time or the medium of a report ("on Monday", "at the time", "in an interview"). */
function settingPhrase(ctx: Ctx, from: number, to: number): boolean {
  const { norm, lemma, pos } = ctx.doc.tokens;
  for (let t = from; t < to; t++) {
    const n = norm[t] as string;
    const l = lemma[t] as string;
    if (CLAUSE_WORDS.time_words.has(n) || CLAUSE_WORDS.time_heads.has(l) || MONTHS.has(n)) return true;
    if (ctx.cues.nouns.has(l) || MEDIA.has(l)) return true;
  }
  return pos[to - 1] === "NUM";
}

/** Media a report is made in ("said Lind in an interview", "by telephone"). */
const MEDIA = new Set([
  "interview",
  "telephone",
  "phone",
  "email",
  "e-mail",
  "statement",
  "call",
  "conference",
  "speech",
  "tweet",
  "post",
]);

const RELATIVE_PRONOUNS = new Set(["who", "whose", "which"]);

/** Whether text offset `at` lies in one of the item's content spans. */
function inContent(item: Item, at: number): boolean {
  return item.content.some((c) => c.start <= at && at < c.end);
}

/** A participle that modifies a noun: "a retired banker", "a broker based in Lund". */
function nounParticiple(ctx: Ctx, k: number): boolean {
  const { xpos, deprel } = ctx.doc.tokens;
  return (xpos[k] === "VBN" || xpos[k] === "VBG") && (deprel[k] === "amod" || deprel[k] === "acl");
}

/** Parts of speech that open an apposition after a name ("…, said Jim Bopp, a member of the committee,"). */
const APPOSITION_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/**
 * A source after its cue ("…," said Jim Bopp, a member of the platform committee, told …) runs over its
 * appositions and a relative clause ("…, who supports Mrs. Clinton") up to the sentence end, not into a
 * participle or a verb phrase after them (", referring to …").
 */
function appositionAfter(ctx: Ctx, item: Item): void {
  const { doc } = ctx;
  const { norm, pos, sentence, start } = doc.tokens;
  const who = item.who as NonNullable<Item["who"]>;
  // "According to a survey, Ivo Berg, the port chief, sold …": a phrase followed by its content has no apposition
  // after it (openingSourceEnd has taken the source's own inserts)
  const cueStart = item.cue?.start ?? 0;
  if (item.cls === "according" && !item.content.some((c) => c.end <= cueStart)) return;
  let a = tokenAt(doc, who.end - 1) + 1;
  let end = a;
  for (let guard = 0; guard < 4 && norm[a] === "," && sentence[a + 1] === sentence[a]; guard++) {
    // "…, said Ada Lind, director of the Harbor Trust, which runs the ferries": a "which" relative describes the
    // organization named last, not the speaker (PolNeAR leaves it out 40 times to 8 on dev)
    if (norm[a + 1] === "which") break;
    const relative = norm[a + 1] === "who";
    if (!relative && !APPOSITION_POS.has(pos[a + 1] as string)) break;
    let k = a + 1;
    let verb = false;
    let report = false;
    let inRelative = relative;
    let ownClause = false;
    while (k < doc.tokens.count && sentence[k] === sentence[a] && k - a <= MAX_INSERT) {
      const n = norm[k] as string;
      if (n === "," || n === ";" || SENT_END.has(n) || ctx.regionOf[k] !== -1) break;
      // "According to a poll, 57 percent of voters oppose expanding …": a clause in the item's own content is no
      // apposition, even when the parse reads it as a noun phrase
      if (pos[k] === "VERB" && !inRelative && inContent(item, start[k] as number)) ownClause = true;
      // "a retired banker", "a broker based in Lund", "an economist who heads the panel": a participle that
      // modifies a noun and the verbs of a relative clause stay inside the apposition
      if (RELATIVE_PRONOUNS.has(n)) inRelative = true;
      if ((pos[k] === "VERB" || pos[k] === "AUX") && !inRelative && !nounParticiple(ctx, k)) verb = true;
      // "…, who noted that …": a relative clause with a report of its own is that report's, not the speaker's
      // (PolNeAR annotates it as its own attribution)
      if (pos[k] === "VERB" && REPORTS.has(ctx.cues.verbs.get(doc.tokens.lemma[k] as string) ?? "")) report = true;
      k++;
    }
    if (ownClause || k - a > MAX_INSERT || (verb && !relative) || report) break;
    end = k;
    a = k;
  }
  if (end <= tokenAt(doc, who.end - 1) + 1) return;
  const grown = { ...tokSpan(doc, tokenAt(doc, who.start), end), entity: who.entity };
  item.who = grown;
  // "…, according to a filing by Ada Lind, a former mayor.": the apposition read as content after the phrase is
  // the source's, when the item keeps content of its own before it
  const kept = item.content.filter((c) => c.start < grown.start || c.end > grown.end);
  if (kept.length > 0) item.content = kept;
}

/**
 * Coordinated cues share one subject ("Thomas Wiegold, an expert on defense, noted that … and asked whether …"):
 * PolNeAR repeats the same source span, so a shorter source that starts where a longer one of the same sentence
 * starts takes the longer span when that still ends before its own cue.
 */
function sharedSubjects(ctx: Ctx): void {
  const before = (it: Item) => it.who !== null && it.cue !== null && it.who.end <= it.cue.start;
  // the longest source before its cue for each start offset (one pass, not items × items)
  const longest = new Map<number, NonNullable<Item["who"]>>();
  for (const it of ctx.items) {
    if (!before(it)) continue;
    const who = it.who as NonNullable<Item["who"]>;
    const o = longest.get(who.start);
    if (!o || o.end < who.end) longest.set(who.start, who);
  }
  for (const item of ctx.items) {
    if (!before(item)) continue;
    const who = item.who as NonNullable<Item["who"]>;
    const o = longest.get(who.start);
    const cueStart = (item.cue as NonNullable<Item["cue"]>).start;
    if (o && o.end > who.end && o.end <= cueStart) item.who = { ...o, entity: who.entity ?? o.entity };
  }
}

function markTokens(ctx: Ctx, taken: Uint8Array, start: number, end: number): void {
  if (end <= start) return;
  const from = tokenAt(ctx.doc, start);
  const to = tokenAt(ctx.doc, end - 1);
  for (let k = from; k <= to; k++) taken[k] = 1;
}
