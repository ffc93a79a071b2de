/**
 * Where reported content starts and ends around a cue (complement clauses, adjuncts skipped between a cue and its
 * content), and how an indirect item is recorded (pushIndirect, mixed quotes absorbed).
 */
import type { EntityRef, Span } from "../contract.js";
import { type Document, tokenAt } from "../nlp/document.js";
import {
  ATTRIBUTION_CLASSES,
  addItem,
  CLAUSE_WORDS,
  CONTENT_STOP_AFTER_COMMA,
  CONTENT_STOP_PARTICIPLES,
  type Ctx,
  claim,
  DASHES,
  hasFinite,
  isCueVerb,
  relativeOrEnd,
  SENT_END,
  sentEnd,
  sentStart,
} from "./context.js";
import { npStartingAt, type QuoteRegion, span, tokSpan } from "./spans.js";
import { frontedClauseEnd, hostClauseStart } from "./tree.js";

/** End of the clause that starts at `from`: before ";", ", but", a relative "which", or the sentence end. */
export function clauseEnd(ctx: Ctx, from: number, se: number): number {
  const { norm, pos } = ctx.doc.tokens;
  for (let k = from; k < se; k++) {
    const n = norm[k] as string;
    // "mocked the plans of three rivals: Lind, Okafor and Brenn": a colon before a list of names
    // or words (no quotation) spells out the object; a colon before a quotation or clause ends it
    if (n === ";" || (n === ":" && !listAfterColon(ctx, k, se))) return k;
    if (
      n === "," &&
      (norm[k + 1] === "but" || norm[k + 1] === "which" || norm[k + 1] === "who" || norm[k + 1] === "while")
    )
      return k;
    // "defended the route and said …": a second predicate of the same subject is not the object
    // the parse decides what "and" + a verb coordinates when it can: the content's own verb ("refused to wait
    // and pay") or the reporting verb ("defended the route and said …")
    if (n === "and" && infinitiveConjunct(ctx, from, k)) continue;
    const side = n === "and" && ctx.regionOf[k] === -1 ? coordinationSide(ctx, from, k) : null;
    if (side === "in") continue;
    if (side === "out" && k > from) return norm[k - 1] === "," ? k - 1 : k;
    if (n === "and" && pos[k + 1] === "VERB" && !(norm[k + 1] as string).endsWith("ing") && k > from + 1) return k;
  }
  return contentEnd(ctx, from);
}

/**
 * Where the parser attaches the coordination at `k` ("and"/"but"/"or" marked `cc` on the second conjunct):
 * "out" when the first conjunct lies before the content (a second predicate of the reporting clause: "said the
 * ferry was late and asked …" with "asked" conjoined to "said"), "in" when it lies inside [from, k) (the
 * reported clause goes on: "said she was tired and wanted a change"), null when the parse says neither.
 */
export function coordinationSide(ctx: Ctx, from: number, k: number): "in" | "out" | null {
  const { head, deprel, pos } = ctx.doc.tokens;
  const c = head[k] as number;
  if (c <= k || deprel[k] !== "cc" || !(deprel[c] as string).startsWith("conj")) return null;
  const v = pos[c];
  if ((v !== "VERB" && v !== "AUX") || ctx.regionOf[c] !== -1) return null;
  const h = head[c] as number;
  if (h < 0) return null;
  if (h < from) return "out";
  if (h < k) return "in";
  return null;
}

/**
 * Whether the "and" at `k` joins a bare verb to an infinitive or a modal's verb inside the content from `from`
 * ("vowed to build a wall and deport the smugglers", "said she would change course and endorse the deal"): a
 * base form cannot be a second predicate of a past or third-person reporting verb, so the reported clause goes
 * on. The tagger may read the bare verb as a present ("deport"/VBP) that the parse hangs on the reporting verb;
 * that present still counts when the verb it hangs on is past or third-person singular.
 */
function infinitiveConjunct(ctx: Ctx, from: number, k: number): boolean {
  const { xpos, head } = ctx.doc.tokens;
  const v = k + 1;
  const tag = xpos[v];
  if (tag !== "VB" && tag !== "VBP") return false;
  if (tag === "VBP") {
    const h = head[v] as number;
    if (h < 0 || h >= from || (xpos[h] !== "VBD" && xpos[h] !== "VBZ")) return false;
  }
  for (let t = from; t < k - 1; t++)
    if ((xpos[t] === "TO" || xpos[t] === "MD") && xpos[t + 1] === "VB" && ctx.regionOf[t] === -1) return true;
  return false;
}

/** Whether a colon at `k` opens a short list or phrase with no verb or quotation, up to the sentence end. */
function listAfterColon(ctx: Ctx, k: number, se: number): boolean {
  if (se - k > 20) return false;
  for (let t = k + 1; t < se; t++) if (ctx.regionOf[t] !== -1 || hasFinite(ctx, t, t + 1)) return false;
  return true;
}

/** Subject pronouns that open a new main clause after a comma. */
const SUBJECT_PRON = new Set(["he", "she", "they", "we", "i"]);

/**
 * Whether the "and" at `k` follows a dash-delimited insert opened inside the content ("met twice—once in Beijing
 * and once in Moscow—and discussed …"): the writer's parenthesis interrupts the reported clause, and "and" after
 * it resumes that clause, so it coordinates a second predicate of the content's subject. A cue verb after it
 * ("—and said …") is still the reporter's own next statement.
 */
function afterInsert(ctx: Ctx, from: number, k: number): boolean {
  const { norm } = ctx.doc.tokens;
  if (!DASHES.has(norm[k - 1] as string) || isCueVerb(ctx, k + 1) !== null) return false;
  for (let t = k - 2; t > from; t--) if (DASHES.has(norm[t] as string)) return true;
  return false;
}

/** Whether token `k` is the closing mark of a quotation whose last word is a comma (“about right,”). */
function closesOnComma(ctx: Ctx, k: number): boolean {
  const r = ctx.regionOf[k] as number;
  if (r < 0 || ctx.doc.tokens.norm[k - 1] !== ",") return false;
  return (ctx.regions[r] as QuoteRegion).tokTo === k + 1;
}

/** A cue verb in a finite form at `t` ("said", "says", "told"), not a participle ("saying"). */
function finiteCue(ctx: Ctx, t: number): boolean {
  return isCueVerb(ctx, t) !== null && !(ctx.doc.tokens.norm[t] as string).endsWith("ing");
}

/**
 * Whether a closing cue group starts at `t` and runs to the sentence end or a comma: a short noun phrase and a
 * finite cue verb ("the newspaper reported", "officials said on Friday"), or "said"/"says" first ("said
 * the minister").
 */
function closingCueGroup(ctx: Ctx, t: number, end: number): boolean {
  const { norm, pos } = ctx.doc.tokens;
  let v = t;
  if (!(norm[t] === "said" || norm[t] === "says")) {
    while (v < end && v - t < 8 && NP_TAGS.has(pos[v] as string) && norm[v] !== ",") v++;
    if (v === t) return false;
  }
  if (!finiteCue(ctx, v)) return false;
  if (v === t) return true;
  const after = skipTimeWords(ctx, v + 1, end);
  return after >= end || norm[after] === "," || SENT_END.has(norm[after] as string);
}

const NP_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"]);

/** The first token at or after `t` that is not a time word ("said Friday", "said last week"). */
function skipTimeWords(ctx: Ctx, t: number, end: number): number {
  const { norm } = ctx.doc.tokens;
  let k = t;
  while (k < end && (TIME_WORDS.has(norm[k] as string) || TIME_HEADS.has(norm[k] as string))) k++;
  return k;
}

/**
 * Whether a relative clause opened before `from` closes with a comma or dash and the sentence goes on with a verb
 * ("that Lind, who ran the port, has resigned"): then the relative sits inside the reported clause.
 */
function resumesAfter(ctx: Ctx, from: number, end: number): boolean {
  const { norm, pos } = ctx.doc.tokens;
  for (let t = from; t < end; t++) {
    if (norm[t] !== "," && !DASHES.has(norm[t] as string)) continue;
    let v = t + 1;
    while (v < end && pos[v] === "ADV") v++;
    if ((pos[v] === "VERB" || pos[v] === "AUX") && !(norm[v] as string).endsWith("ing")) return true;
  }
  return false;
}

/** Content end for indirect speech starting at `from`: the sentence end, minus final punctuation. */
export function contentEnd(ctx: Ctx, from: number): number {
  const { doc } = ctx;
  const { norm, pos } = doc.tokens;
  const end = sentEnd(doc, from);
  let subordinate = opensWithAdverbial(ctx, from);
  for (let k = from; k < end; k++) {
    const n = norm[k] as string;
    if (n === ";") return k;
    if (k > from && innerAdverbial(ctx, from, k)) subordinate = true;
    if (n === "," && (CONTENT_STOP_PARTICIPLES.has(norm[k + 1] ?? "") || norm[k + 1] === "according")) return k;
    const stop =
      secondPredicateStop(ctx, from, k) ?? glossStop(ctx, from, k, end) ?? closingReportStop(ctx, from, k, end);
    if (stop !== null) return stop;
    // "Although she said that the delay was regrettable, she insisted that …": a new main clause after a comma
    // (but in "said that if the ferry closed, she would resign" the content's own main clause follows the comma)
    if (n === "," && ctx.regionOf[k] === -1 && k > from + 2 && SUBJECT_PRON.has(norm[k + 1] as string)) {
      const v = pos[k + 2];
      if ((v === "VERB" || v === "AUX") && !subordinate) return k;
      subordinate = false;
    }
    const added = writerClauseStop(ctx, from, k);
    if (added !== null) return added;
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

/**
 * Where the content stops before "and"/"but" at `k` that opens a second predicate of the reporting subject, or
 * null: the reporter's next act is not part of what was reported.
 */
function secondPredicateStop(ctx: Ctx, from: number, k: number): number | null {
  const { norm, pos } = ctx.doc.tokens;
  const n = norm[k] as string;
  // "pledged a “fresh start” and said that …": content with no verb of its own (an object, a quotation) ends
  // before "and" + a finite cue verb, the subject's next report
  if (n === "and" && ctx.regionOf[k] === -1 && k > from && !hasFinite(ctx, from, k) && finiteCue(ctx, k + 1))
    return norm[k - 1] === "," ? k - 1 : k;
  // "said his speeches have given his campaign energy and said that …": after a complete clause, "and" + a
  // past or present-tense verb is a second predicate of the reporting subject, not part of the content
  // ("… would offer a prayer but did not suggest …", "acknowledged that … but declined to …": the same with "but")
  if (
    (n === "and" || n === "but") &&
    ctx.regionOf[k] === -1 &&
    k > from + 2 &&
    hasFinite(ctx, from, k) &&
    !afterInsert(ctx, from, k) &&
    !infinitiveConjunct(ctx, from, k)
  ) {
    const v = norm[k + 1] as string;
    const negDo = (v === "did" || v === "does") && (norm[k + 2] === "not" || norm[k + 2] === "n't");
    const aux = v === "has" || v === "have" || v === "had" || negDo;
    // ("said she was tired and wanted a change": a wish or belief after "and" goes on with the reported subject)
    const past =
      pos[k + 1] === "VERB" &&
      isCueVerb(ctx, k + 1) !== null &&
      !CLAUSE_WORDS.attitude_conjunct_verbs.has(ctx.doc.tokens.lemma[k + 1] as string);
    if (past || (aux && (pos[k + 2] === "VERB" || (negDo && pos[k + 3] === "VERB"))))
      return norm[k - 1] === "," ? k - 1 : k;
  }
  return null;
}

/**
 * Where the content stops before the writer's gloss on a person or thing at `k` (a closing apposition or a
 * ", who …" relative), or null.
 */
function glossStop(ctx: Ctx, from: number, k: number, end: number): number | null {
  const { doc } = ctx;
  const { norm } = doc.tokens;
  const n = norm[k] as string;
  // "…as much a patriot as Sen. Ada Brenn, a former candidate who was born in Chile": a closing apposition
  // (no verb of its own outside a relative clause) is the writer's gloss — after a clause or after an object
  // ("have endorsed Lind, a signal of …", "voted for Ben Okafor, a surgeon who …")
  if (
    (n === "," || (DASHES.has(n) && (doc.tokens.start[k] as number) > (doc.tokens.end[k - 1] as number))) &&
    ctx.regionOf[k] === -1 &&
    k > from + 1 &&
    (norm[k + 1] === "a" || norm[k + 1] === "an" || norm[k + 1] === "the") &&
    !hasFinite(ctx, k + 1, relativeOrEnd(ctx, k + 1, end), true) &&
    !listAfter(ctx, k, end)
  )
    return k;
  // "… was the mayor's rival, Dana Lind, who ran the port": a relative clause that closes the content
  // describes the person for the reader; the speaker is not reported as saying it
  if (
    n === "," &&
    norm[k + 1] === "who" &&
    ctx.regionOf[k] === -1 &&
    k > from + 2 &&
    hasFinite(ctx, from, k) &&
    !resumesAfter(ctx, k + 2, end)
  )
    return k;
  return null;
}

/**
 * Where the content stops because the sentence's own report or main clause takes over after a comma at `k`
 * (a closing cue group, the main clause resuming after a relative that holds the cue), or null.
 */
function closingReportStop(ctx: Ctx, from: number, k: number, end: number): number | null {
  const n = ctx.doc.tokens.norm[k] as string;
  // "The union, which said it would strike, now insists …": a finite verb right after a comma (no subject of
  // its own) is the main clause resuming after the relative clause that holds the cue
  if (n === "," && ctx.regionOf[k] === -1 && k > from && inRelative(ctx, from) && resumingVerb(ctx, k + 1)) return k;
  // "…agreed to sell jets to India, the newspaper reported.": a closing cue group reports the clause before it
  if (n === "," && ctx.regionOf[k] === -1 && k > from && closingCueGroup(ctx, k + 1, end)) return k;
  // the same after a quotation that closes on its comma: to "create jobs," Lind said
  if (k > from && closesOnComma(ctx, k) && closingCueGroup(ctx, k + 1, end)) return k + 1;
  return null;
}

/**
 * Where the content stops before a clause the writer adds after a comma at `k` (", but …", ", which …", ", and"
 * + a clause with its own subject, a participial comment), or null.
 */
function writerClauseStop(ctx: Ctx, from: number, k: number): number | null {
  const { norm, pos } = ctx.doc.tokens;
  const n = norm[k] as string;
  // ", but …", ", while …", ", which …" start a clause the speaker is not reported as saying (a non-restrictive
  // relative or a contrast added by the writer)
  // (", but that …" is a second complement of the same cue and continues the content)
  if (
    n === "," &&
    CONTENT_STOP_AFTER_COMMA.has(norm[k + 1] ?? "") &&
    ctx.regionOf[k] === -1 &&
    !(norm[k + 1] === "but" && (norm[k + 2] === "that" || notButPair(ctx, from, k)))
  )
    return k;
  // "said the toll was fair — though the pier stayed shut": a single dash before a concession does the comma's
  // work (a second dash later makes it an insert inside the clause, which goes on)
  if (concessionAfterDash(ctx, from, k)) return k;
  // the same after a quotation that closes on the comma (are “about right,” though …): the quotation stays
  if (CONTENT_STOP_AFTER_COMMA.has(norm[k + 1] ?? "") && closesOnComma(ctx, k)) return k + 1;
  // '… “expanded the party,” claiming that …', '… “tied for second,” adding …': a participle after a quotation
  // that closes on its comma comments on the report or starts the next one, as after a plain comma (below)
  if (k > from + 2 && closesOnComma(ctx, k) && participleAt(ctx, k + 1)) return k + 1;
  if (n === "," && ctx.regionOf[k] === -1 && k > from + 2) {
    const n1 = norm[k + 1] as string;
    // ", and the ACLU has sued …": a coordinated clause with its own subject is the writer's addition
    const p2 = pos[k + 2] as string;
    // (", and on a dating site", ", and to carry the message …": a second adjunct or infinitive of the same
    // clause goes on)
    const verbal =
      p2 === "VERB" || p2 === "AUX" || p2 === "ADV" || p2 === "ADP" || norm[k + 2] === "that" || norm[k + 2] === "to";
    if (
      (n1 === "and" || n1 === "or") &&
      !verbal &&
      !listGoesOn(ctx, from, k) &&
      !(n1 === "and" && nominalConjunct(ctx, from, k + 1))
    )
      return k;
    // ", raising fears …": a participial adjunct comments on the report
    if (participleAt(ctx, k + 1)) return k;
  }
  return null;
}

/** Whether the dash at `k` stands alone before "though" / "although" / "while" (no second dash before the end). */
function concessionAfterDash(ctx: Ctx, from: number, k: number): boolean {
  const { norm } = ctx.doc.tokens;
  if (k <= from + 1 || !DASHES.has(norm[k] as string) || ctx.regionOf[k] !== -1) return false;
  if (!CLAUSE_WORDS.concessives_after_dash.has(norm[k + 1] as string)) return false;
  const end = sentEnd(ctx.doc, k);
  for (let t = k + 2; t < end; t++) if (DASHES.has(norm[t] as string)) return false;
  return true;
}

const NOMINAL = new Set(["NOUN", "PROPN", "NUM", "ADJ", "PRON"]);

/**
 * Whether the parse makes the "and" at `cc` join two noun phrases (or adjectives) whose first conjunct lies
 * inside the content from `from`: "backed McCain, Ayotte (R-N.H.), and Sen. Lind", "the economy (33 percent), and
 * health care": the list goes on. A clause after ", and" has a verb as its conjunct and stops the content (", or"
 * is left alone: ", or gross domestic product" glosses the word before it).
 */
function nominalConjunct(ctx: Ctx, from: number, cc: number): boolean {
  const { head, deprel, pos } = ctx.doc.tokens;
  const c = head[cc] as number;
  if (c <= cc || deprel[cc] !== "cc" || !(deprel[c] as string).startsWith("conj")) return false;
  const h = head[c] as number;
  return NOMINAL.has(pos[c] as string) && h >= from && h < cc && NOMINAL.has(pos[h] as string);
}

/** A present participle outside quotation marks at `t` ("raising", "claiming"), not "including". */
function participleAt(ctx: Ctx, t: number): boolean {
  const n = ctx.doc.tokens.norm[t] as string;
  return ctx.doc.tokens.pos[t] === "VERB" && n.endsWith("ing") && n !== "including" && ctx.regionOf[t] === -1;
}

/**
 * Whether the comma at `k` separates items of a list the content spells out ("urged a review of taxes, a
 * review of prices and a check on spending"): another comma or "and"/"or" + a determiner follows before the
 * sentence end.
 */
function listAfter(ctx: Ctx, k: number, end: number): boolean {
  const { norm } = ctx.doc.tokens;
  for (let t = k + 2; t < end; t++) {
    const n = norm[t] as string;
    if ((n === "," || n === "and" || n === "or") && ["a", "an", "the", "and"].includes(norm[t + 1] as string))
      return true;
  }
  return false;
}

/** Whether the cue before content start `from` opens a non-restrictive relative (", which said …"). */
function inRelative(ctx: Ctx, from: number): boolean {
  const { norm } = ctx.doc.tokens;
  for (let t = from - 1; t > 0 && t >= from - 5; t--) {
    if (norm[t] === "," || SENT_END.has(norm[t] as string)) return false;
    if ((norm[t] === "who" || norm[t] === "which") && norm[t - 1] === ",") return true;
  }
  return false;
}

/** A finite verb (past or present tense, after at most one adverb) at `t`, not a participle or infinitive. */
function resumingVerb(ctx: Ctx, t: number): boolean {
  const { pos, xpos } = ctx.doc.tokens;
  const v = pos[t] === "ADV" ? t + 1 : t;
  const x = xpos[v] as string;
  return (pos[v] === "VERB" || pos[v] === "AUX") && (x === "VBD" || x === "VBZ" || x === "VBP");
}

/** Subject pronouns that open a new clause after ", and". */
const CLAUSE_SUBJECTS = new Set(["he", "she", "it", "they", "we", "i", "you", "there", "this"]);

/**
 * ", and" at `k` closes a list the content is spelling out ("three hopefuls: Jeb, Ben Carson, and Donald
 * Trump", "dentists, entrepreneurs, and CEOs"): the item before it follows another comma with no finite verb
 * between, and no subject pronoun opens a clause after "and". Then the content goes on.
 */
function listGoesOn(ctx: Ctx, from: number, k: number): boolean {
  const { norm } = ctx.doc.tokens;
  if (CLAUSE_SUBJECTS.has(norm[k + 2] as string)) return false;
  let p = k - 1;
  while (p > from && norm[p] !== "," && norm[p] !== ":" && k - p <= 6) p--;
  return p > from && (norm[p] === "," || norm[p] === ":") && k - p <= 6 && !hasFinite(ctx, p + 1, k);
}

/**
 * "not just a failure, but a catastrophe", "not by choice, but out of need": ", but" after a "not"
 * with no finite verb between answers the negation inside the same reported clause.
 */
function notButPair(ctx: Ctx, from: number, k: number): boolean {
  const { norm } = ctx.doc.tokens;
  // "…, but she has also …" opens a clause of its own
  if (CLAUSE_SUBJECTS.has(norm[k + 2] as string)) return false;
  for (let t = k - 1; t >= from && t >= k - 10; t--) {
    if (norm[t] === "," || norm[t] === ";") return false;
    if (norm[t] === "not" || norm[t] === "n't") return !hasFinite(ctx, t + 1, k);
  }
  return false;
}

/** Mixed quotes: direct regions inside [from, to) make the item mixed and are not emitted alone. */
export function absorbRegions(ctx: Ctx, from: number, to: number): boolean {
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

export function pushIndirect(
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
  for (const [f, t0] of pieces) {
    const t = fronted(ctx, cueFrom, f, t0);
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
  addItem(ctx, {
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

/** Subordinators that open a fronted adverbial clause ("When Lind said …, Marrow laughed"). */
const FRONTED_OPENERS: ReadonlySet<string> = new Set([...CLAUSE_WORDS.object_clause_openers, "if", "as"]);

/**
 * Whether content starting at `from` opens with an adverbial clause of its own: "that if …", "that even when …",
 * or a subordinator right after the cue ("said while …"). "if" right after the cue is left out (in "asked if the
 * ferry ran, …" it is the question's complementizer), and so is the ambiguous "as".
 */
function opensWithAdverbial(ctx: Ctx, from: number): boolean {
  const { norm } = ctx.doc.tokens;
  const that = norm[from] === "that";
  let o = that ? from + 1 : from;
  if (norm[o] === "even") o++;
  const w = norm[o] as string;
  // "as we have explained before, …": a subordinator that stands alone is an adverb
  if (w === "as" || (w === "if" && !that) || norm[o + 1] === ",") return false;
  return FRONTED_OPENERS.has(w);
}

/**
 * Whether token `k` opens an adverbial clause inside the content that a comma and the content's own main clause
 * follow: "said that lately, when he speaks, he is asked …", "said that on a trip abroad, he would …",
 * "said the ferry was late and that if it sank, she would resign".
 */
function innerAdverbial(ctx: Ctx, from: number, k: number): boolean {
  const { norm, pos } = ctx.doc.tokens;
  const w = norm[k] as string;
  // an adverb may stand first ("that lately, when …")
  let prev = k - 1;
  if (pos[prev] === "ADV" && prev > from) prev--;
  if (norm[prev] !== "that" && norm[prev] !== ",") return false;
  if (w !== "as" && FRONTED_OPENERS.has(w) && norm[k + 1] !== ",") return true;
  // a prepositional phrase right after "that" ("that on a trip abroad, he would …", "that as mayor, she …")
  return norm[prev] === "that" && pos[k] === "ADP" && w !== "of";
}

/**
 * End of content [f, t) of cue `cue` when the cue sits in a fronted adverbial clause: from the parse
 * (`frontedClauseEnd`), or when the sentence opens with a subordinator before the cue, at the first comma
 * followed by a subject and a finite verb — the main clause, which the speaker is not reported as saying.
 */
function fronted(ctx: Ctx, cue: number, f: number, t: number): number {
  const { doc } = ctx;
  const { norm, pos } = doc.tokens;
  // "said that if Lind ran, she would lose": the content itself opens with the adverbial clause, so the clause
  // after its comma is the reported main clause, not a host of the cue (parses often hang the cue on it)
  if (f > cue && opensWithAdverbial(ctx, f)) return t;
  const byParse = frontedClauseEnd(doc, cue, f, t);
  if (byParse < t) return byParse;
  const host = f > cue ? hostClauseStart(doc, cue, f, t) : t;
  if (host < t) {
    // the comma that closes the cue's clause before its host ("…, cast himself as …")
    for (let k = host - 1; k > f; k--) if (norm[k] === "," && ctx.regionOf[k] === -1) return k;
  }
  // content before a closing cue ("As of Monday, the fund held $5 million, according to filings") holds the main
  // clause of a fronted opener itself
  if (f < cue) return t;
  const ss = sentStart(doc, cue);
  // "Conceding that the vote was close, Lind said …": a participle that opens the sentence is fronted too
  const openingParticiple = cue === ss && doc.tokens.xpos[cue] === "VBG";
  const o = openerAt(ctx, ss, cue);
  // ("After saying he was late, …": a participle after the subordinator is the cue itself)
  if (!openingParticiple && (o < 0 || (pos[o + 1] === "VERB" && o + 1 !== cue))) return t;
  for (let k = f + 1; k < t; k++) {
    if (norm[k] !== "," || ctx.regionOf[k] !== -1) continue;
    const subj = npStartingAt(doc, ctx.actors, k + 1, t);
    if (
      subj &&
      subj.to < t &&
      (pos[subj.to] === "AUX" || (pos[subj.to] === "VERB" && hasFinite(ctx, subj.to, subj.to + 1)))
    )
      return k;
  }
  return t;
}

/**
 * The subordinator that opens the sentence starting at `ss` before cue `cue`, or -1: "While …", also after a
 * sentence-initial conjunction ("But while …", "And, while …") and as the second word of "now that", "even as",
 * "even though".
 */
function openerAt(ctx: Ctx, ss: number, cue: number): number {
  const { norm, pos } = ctx.doc.tokens;
  let o = ss;
  if (pos[o] === "CCONJ" && o + 1 < cue) o += norm[o + 1] === "," ? 2 : 1;
  if (
    (norm[o] === "now" && norm[o + 1] === "that") ||
    (norm[o] === "even" && FRONTED_OPENERS.has(norm[o + 1] as string))
  )
    return o + 1 < cue ? o + 1 : -1;
  return o < cue && FRONTED_OPENERS.has(norm[o] as string) ? o : -1;
}

/** Heads of time phrases, which are never speakers ("last week", "on Monday"). */
export const TIME_HEADS: ReadonlySet<string> = CLAUSE_WORDS.time_heads;

export const ADJUNCT_PREP = new Set(["on", "in", "at", "during", "after", "before", "via", "through", "from", "with"]);

const TIME_WORDS: ReadonlySet<string> = CLAUSE_WORDS.time_words;

/** Skips time words and a short prepositional adjunct after a cue verb ("said on Friday", "said in a statement"). */
export function skipAdjuncts(ctx: Ctx, j: number, se: number): number {
  const { norm } = ctx.doc.tokens;
  for (let guard = 0; guard < 4 && j < se; guard++) {
    const n = norm[j] as string;
    if (TIME_WORDS.has(n)) {
      // "said this was a mistake": a demonstrative subject, not "this week"
      const p1 = ctx.doc.tokens.pos[j + 1];
      if ((n === "this" || n === "last") && (p1 === "AUX" || p1 === "VERB")) break;
      j++;
      if (norm[j] === "week" || norm[j] === "month" || norm[j] === "year" || norm[j] === "night") j++;
      continue;
    }
    if (n === ",") {
      // a comma closing an adjunct ("said on Friday, …") is skipped; a comma right after the verb is not, nor
      // one before a participle clause, which is the speaker's next act ("reported on Monday, citing officials")
      if (guard > 0 && ctx.doc.tokens.xpos[j + 1] !== "VBG") {
        j++;
        continue;
      }
      break;
    }
    // "has said for weeks (that)", "argued for several years": a duration is a time adjunct too
    const forTime = (k: number) => TIME_HEADS.has(ctx.doc.tokens.lemma[k] as string) && /s$/.test(norm[k] as string);
    if (n === "for" && (forTime(j + 1) || (ctx.doc.tokens.pos[j + 1] !== "NOUN" && forTime(j + 2)))) {
      j += forTime(j + 1) ? 2 : 3;
      continue;
    }
    if (ADJUNCT_PREP.has(n)) {
      const np = npStartingAt(ctx.doc, ctx.actors, j + 1, se);
      if (!np || np.to - j > 7) break;
      // only when a complement follows ("that", a subject + verb), so "reported on supplies" stays intact
      j = np.to;
      // "said on Harbor Radio's "Morning Tide Hour" that …": the show's title belongs to the adjunct
      const k = /^['\u2019]s?$/.test(norm[j] ?? "") ? j + 1 : j;
      const r = ctx.regionOf[k] as number;
      if (r >= 0 && ctx.regions[r]?.tokFrom === k && namesTitle(ctx, ctx.regions[r] as QuoteRegion))
        j = (ctx.regions[r] as QuoteRegion).tokTo;
      continue;
    }
    break;
  }
  return j;
}

/**
 * A short title-cased quotation after a possessive or a preposition (`Harbor Radio's "Morning Tide Hour,"`, `on
 * "Island Matters"`): a show, book or film. A title-cased quotation standing alone ("Your Honor," he said) may
 * still be speech.
 */
export function namesTitle(ctx: Ctx, reg: QuoteRegion): boolean {
  const { norm, pos } = ctx.doc.tokens;
  const prev = reg.tokFrom - 1;
  if (reg.words > 6 || prev < 0 || !titleCased(ctx, reg.tokFrom)) return false;
  const p = norm[prev] as string;
  return pos[prev] === "ADP" || p === "'s" || p === "\u2019s" || p === "'" || p === "\u2019";
}

/** True when every longer word of the quotation opening at `open` is capitalized: a title, not a claim. */
export function titleCased(ctx: Ctx, open: number): boolean {
  const { doc } = ctx;
  const r = ctx.regionOf[open] as number;
  const reg = ctx.regions[r];
  if (!reg) return false;
  for (let t = reg.tokFrom; t < reg.tokTo; t++) {
    const v = doc.tokens.value[t] as string;
    if (v.length > 3 && /^[a-z]/.test(v)) return false;
  }
  return true;
}

/** Start of the stretch an "according to" phrase (or a final "X said") modifies: the sentence start. */
export function clauseStartBefore(ctx: Ctx, t: number, ss: number): number {
  const { norm } = ctx.doc.tokens;
  for (let k = t - 1; k > ss; k--) if (norm[k] === ";" || (norm[k] === ":" && k < t - 1)) return k + 1;
  return afterDateline(ctx, ss, t);
}

/** "LISBON, Portugal, May 3 (Wire) — Dock workers …": content starts after an all-caps dateline's dash. */
export function afterDateline(ctx: Ctx, ss: number, limit: number): number {
  const { norm, value } = ctx.doc.tokens;
  const first = value[ss] ?? "";
  if (first.length < 2 || first !== first.toUpperCase() || !/[A-Z]/.test(first)) return ss;
  for (let k = ss + 1; k < Math.min(limit, ss + 16); k++) if (DASHES.has(norm[k] as string)) return k + 1;
  return ss;
}

/**
 * A content piece that ends on the ")" of a parenthesis opened before it ("(Lind has denied that she knew.)")
 * ends before the ")" (and the period inside it): the parenthesis is the writer's, as PolNeAR marks it. The same
 * for a piece that opens on a "(" closed after it.
 */
export function balanceParentheses(ctx: Ctx): void {
  const { text } = ctx.doc;
  const count = (s: string, ch: string) => s.split(ch).length - 1;
  for (const item of ctx.items) {
    item.content = item.content.map((c) => {
      let { start, end } = c;
      const t = text.slice(start, end);
      if (t.endsWith(")") && count(t, ")") > count(t, "(")) {
        end--;
        while (end > start && /[\s.,;]/.test(text[end - 1] as string)) end--;
      }
      if (text[start] === "(" && count(t, "(") > count(t, ")")) {
        start++;
        while (start < end && /\s/.test(text[start] as string)) start++;
      }
      return (start === c.start && end === c.end) || end <= start ? c : span(ctx.doc, start, end);
    });
  }
}

const OCCASIONS: ReadonlySet<string> = CLAUSE_WORDS.report_occasions;
const OCCASION_PREPS = new Set(["in", "on", "during", "at", "via"]);
const OCCASION_DETS = new Set(["a", "an", "the", "his", "her", "their", "its", "this", "that", "our", "my"]);
const TAIL_POS = new Set(["PROPN", "ADP", "DET", "NUM", "PUNCT"]);

/**
 * Token index where a closing phrase naming the occasion or medium of the report starts in [a, b) ("… “that
 * crap,” in an interview with Harbor Radio on Sunday", "… in a statement"), or -1: a preposition, a determiner,
 * up to three modifiers, an occasion noun (clause-words `report_occasions`), then only names, prepositions and
 * time words to the end.
 */
function occasionTail(ctx: Ctx, a: number, b: number): number {
  const { norm, pos, lemma } = ctx.doc.tokens;
  for (let k = b - 3; k > a + 1; k--) {
    if (!OCCASION_PREPS.has(norm[k] as string) || ctx.regionOf[k] !== -1) continue;
    if (!OCCASION_DETS.has(norm[k + 1] as string)) continue;
    let h = k + 2;
    while (h < b && h - k <= 5 && !OCCASIONS.has(lemma[h] as string)) {
      if (!NP_TAGS.has(pos[h] as string) && norm[h] !== "-") break;
      h++;
    }
    if (h >= b || !OCCASIONS.has(lemma[h] as string)) continue;
    let t = h + 1;
    while (
      t < b &&
      (TAIL_POS.has(pos[t] as string) || TIME_WORDS.has(norm[t] as string) || TIME_HEADS.has(norm[t] as string))
    )
      t++;
    if (t < b) continue;
    // only right after a quotation closes ("“that crap,” in an interview"): after an unquoted clause the phrase
    // is as often the reported event's own setting ("met the mayor in a call")
    if (ctx.regionOf[k - 1] === -1) continue;
    return k;
  }
  return -1;
}

/** Content that closes on the occasion of its report ends before it (`occasionTail`). */
export function dropOccasionTails(ctx: Ctx): void {
  const { doc } = ctx;
  for (const item of ctx.items) {
    item.content = item.content.map((c) => {
      const a = tokenAt(doc, c.start);
      const b = tokenAt(doc, c.end - 1) + 1;
      const k = occasionTail(ctx, a, b);
      if (k < 0) return c;
      let e = k;
      while (e > a && (doc.tokens.norm[e - 1] === "," || SENT_END.has(doc.tokens.norm[e - 1] as string))) e--;
      return e > a ? span(doc, c.start, doc.tokens.end[e - 1] as number) : c;
    });
  }
}
