/**
 * Pass 1: direct quotes. Quotation-mark regions with a cue after, before or inside them, dash or "X:" speakers,
 * and paragraphs that continue the previous speaker's quote; short cue-less quoted phrases (scare quotes, titles)
 * are left alone.
 */
import type { EntityRef, Span } from "../contract.js";
import { type Document, tokenAt } from "../nlp/document.js";
import { namesTitle, skipAdjuncts, titleCased } from "./content.js";
import {
  ADDRESSEE,
  addItem,
  type Ctx,
  claim,
  DASHES,
  type Item,
  isCueVerb,
  SENT_END,
  sentEnd,
  sentStart,
} from "./context.js";
import {
  capitalized,
  isMarkToken,
  npEndingAt,
  npStartingAt,
  type QuoteRegion,
  span,
  subjectEnd,
  tokSpan,
} from "./spans.js";
import { apposition, relativeSubject, sentenceSubject } from "./subjects.js";
import { subjectPhrase } from "./verb-cue.js";

/** Finds a "<NP> <cue>" or "<cue> <NP>" group starting at token `from` (after a closing quote mark). */
function cueAfter(ctx: Ctx, from: number, limit: number): { cue: number; np: ReturnType<typeof npEndingAt> } | null {
  const { norm, pos } = ctx.doc.tokens;
  let k = from;
  while (k < limit && norm[k] === ",") k++;
  // '… has “expanded the party,” claiming that …': a participle with a "that" clause of its own is the next
  // report of the speaker who introduced the quotation, not this quotation's cue
  if (k < limit && (norm[k] as string).endsWith("ing") && norm[k + 1] === "that") return null;
  // "said Putin" / "says the minister"
  if (k < limit && isCueVerb(ctx, k)) {
    if (bareAnswerAfter(ctx, k)) return null;
    let np = npStartingAt(ctx.doc, ctx.actors, k + 1, limit, true);
    const prev = npEndingAt(ctx.doc, ctx.actors, k, from);
    if (!prev && np && norm[np.to] === ",") {
      // "said Ivo Renn, co-director of the Harbor Institute for Trade Policy, a small research group."
      const se = sentEnd(ctx.doc, np.to);
      let e = se;
      // not over a ", which …" relative: it describes the organization named last, not the speaker ("…, said Ada
      // Lind, director of the Harbor Trust, which runs the ferries"; PolNeAR leaves it out 40 times to 8 on dev)
      for (let t = np.to; t + 1 < e; t++) if (norm[t] === "," && norm[t + 1] === "which") e = t;
      while (e > np.to && (SENT_END.has(norm[e - 1] as string) || isMarkToken(ctx.doc, e - 1))) e--;
      // the apposition may end in a relative clause ("…, who had endorsed Kasich"), but has no verb of its own
      let plain = e - np.to <= 40;
      for (let t = np.to; t < e && plain; t++) {
        if (norm[t] === "who" || norm[t] === "which") {
          // "…, who said she would stay home": a relative with its own report is a second attribution
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
    // "Rep. Ana Vos (D-Ohio) said": a short parenthesis in the speaker group, whatever its periods
    if (norm[j] === "(") {
      let c = j + 1;
      while (c < Math.min(limit, j + 8) && norm[c] !== ")") c++;
      if (norm[c] === ")") {
        j = c;
        continue;
      }
    }
    if (SENT_END.has(norm[j] as string) || isMarkToken(ctx.doc, j) || norm[j] === ";") break;
    // "Brandt, who used to work at the treasury, said": a relative clause inside the speaker group is skipped
    if (norm[j] === "," && (norm[j + 1] === "who" || norm[j + 1] === "whose") && j > k) {
      let c = j + 1;
      while (c < Math.min(limit, k + 25) && norm[c] !== "," && !SENT_END.has(norm[c] as string)) c++;
      if (norm[c] !== ",") break;
      j = c;
      continue;
    }
    if (isCueVerb(ctx, j)) {
      if (bareAnswerAfter(ctx, j)) return null;
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

/**
 * Whether cue `c` is answered by a bare "yes" or "no" closed by punctuation or a conjunction ('Asked whether Lind
 * "has the integrity to serve," 45 percent said yes.'): that word is its content, so the quotation before it is
 * part of the question, not what the speaker said.
 */
function bareAnswerAfter(ctx: Ctx, c: number): boolean {
  const { norm, pos } = ctx.doc.tokens;
  const w = norm[c + 1];
  if (w !== "yes" && w !== "no") return false;
  const next = norm[c + 2] as string;
  return (
    c + 2 >= ctx.doc.tokens.count ||
    SENT_END.has(next) ||
    next === "," ||
    next === ";" ||
    pos[c + 2] === "CCONJ" ||
    pos[c + 2] === "SCONJ"
  );
}

/** Direct quotes (pass 1). */
export function directQuotes(ctx: Ctx): void {
  const { doc, regions } = ctx;
  const { norm } = doc.tokens;
  let lastQuote: Item | null = null;
  let lastQuotePara = -2;
  for (let r = 0; r < regions.length; r++) {
    const reg = regions[r] as QuoteRegion;
    if (ctx.regionUsed[r]) continue;
    // `said on Harbor Radio's "Morning Tide Hour" that …`: a short title-cased quotation names a show, book or
    // film; it is never what the speaker says (the report, if any, is found around it in pass 2)
    if (namesTitle(ctx, reg)) continue;
    const after = reg.tokTo;
    const para = doc.sentences.paragraph[doc.tokens.sentence[reg.tokFrom] as number] as number;
    const paraEndTok = paragraphEndTok(doc, para);
    const contents: Span[] = reg.pieces.map(([s, e]) => span(doc, s, e));
    let who: EntityRef | null = null;
    let cueTok = -1;
    let cue: Span | null = null;
    let lead: number | null = null;
    const before = reg.tokFrom > 0 ? cueBefore(ctx, reg.tokFrom) : null;
    let found = !before && reg.closed ? cueAfter(ctx, after, Math.min(paraEndTok, sentEnd(doc, after - 1) + 12)) : null;
    if (found && endsSentence(doc, reg)) {
      // `"…." He added, "…"` — a quote that ends its sentence takes a following cue only when that cue group
      // is a sentence of its own (`"…." he said.`); otherwise the cue introduces the next quote.
      let groupEnd = Math.max(found.cue + 1, found.np?.to ?? 0);
      while (groupEnd < doc.tokens.count && doc.tokens.pos[groupEnd] === "ADV") groupEnd++;
      // the group may end in adjuncts or an addressee (`"…?" Marrow said Friday.`, `"…!" she told reporters.`)
      groupEnd = cueGroupEnd(ctx, found.cue, groupEnd);
      const next = norm[groupEnd] ?? ".";
      // `"…." He said, twice, that …`: after the comma the cue goes on to a report of its own
      let k = groupEnd;
      while (k < doc.tokens.count && (norm[k] === "," || doc.tokens.pos[k] === "ADV")) k++;
      const ownReport = next === "," && norm[k] === "that";
      const introducesNext = next === ":" || (next === "," && isMarkToken(doc, groupEnd + 1)) || ownReport;
      if (introducesNext || !(SENT_END.has(next) || next === "," || groupEnd >= doc.tokens.count)) found = null;
    }
    if (before) {
      cueTok = before.cue;
      cue = tokSpan(doc, before.cue, before.cueEnd);
      who = before.who;
      lead = complementLeadIn(ctx, before.cue, before.cueEnd, reg.tokFrom);
    } else if (found && found.cue < paraEndTok) {
      cueTok = found.cue;
      cue = tokSpan(doc, found.cue, found.cue + 1);
      who = found.np?.ref ?? null;
      claim(ctx, found.cue, found.cue + 1);
      if (found.np) claim(ctx, found.np.from, found.np.to);
      continueAfterCue(ctx, r, found, paraEndTok, contents);
      lead = leadIn(ctx, reg.tokFrom);
    }
    if (cue === null && reg.closed) {
      const dashed = dashSpeaker(ctx, after, paraEndTok);
      if (dashed) ({ cueTok, cue, who } = dashed);
    }
    if (cue === null) {
      // No cue: a whole quoted sentence that follows the same speaker's quote continues it; a short quoted phrase
      // is a scare quote or a title, not speech (it may still become part of a mixed quote in pass 2).
      const startsSentence = reg.tokFrom === sentStart(doc, reg.tokFrom);
      // a short one continues only inside the same paragraph ("…," X told Reuters in Macau. "He was charming.")
      const long = reg.words >= 6 || (para === lastQuotePara && reg.words >= 2 && endsSentence(doc, reg));
      if (startsSentence && long && lastQuote && para - lastQuotePara <= 1) {
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
    if (lead !== null) item.leadTok = lead;
    addItem(ctx, item);
    lastQuote = item;
    lastQuotePara = doc.sentences.paragraph[
      doc.tokens.sentence[(ctx.regions[r] as QuoteRegion).tokTo - 1] as number
    ] as number;
  }
}

/**
 * `Yet the plan is "a disaster," Lind said.` — unquoted words open the sentence before a quotation whose cue
 * follows it: they are part of what the speaker is reported to say (PolNeAR marks the whole clause as the
 * content), so the content starts at the sentence start. Returns that token, or null when the words before the
 * mark are no plain lead-in: another quotation, a cue of their own, a claimed source or a colon/semicolon.
 */
function leadIn(ctx: Ctx, open: number): number | null {
  const { doc } = ctx;
  const s = sentStart(doc, open);
  if (s >= open) return null;
  // `On Fox's "Morning Hour," Lind said …`: words before a title are a setting, not the claim's wording
  if (titleCased(ctx, open)) return null;
  let words = 0;
  for (let t = s; t < open; t++) {
    const n = doc.tokens.norm[t] as string;
    if (isMarkToken(doc, t) || ctx.regionOf[t] !== -1 || ctx.claimed[t] === 1 || isCueVerb(ctx, t)) return null;
    if (n === ":" || n === ";" || n === "(" || n === ")" || DASHES.has(n)) return null;
    if (/\w/.test(n)) words++;
  }
  return words > 0 ? s : null;
}

/**
 * `Lind said that whatever voters choose, "the island will survive."` — a cue before the quotation whose "that"
 * (or "if", "whether") clause opens before the mark: the clause start is part of the content, as PolNeAR marks it
 * (the quote becomes mixed). Returns the complementizer's token, or null (`Lind said on Monday, "…"`).
 */
function complementLeadIn(ctx: Ctx, cue: number, cueEnd: number, open: number): number | null {
  if (cueEnd !== cue + 1) return null;
  const j = cueGroupEnd(ctx, cue, cueEnd);
  const n = ctx.doc.tokens.norm[j];
  if (j + 1 >= open || !(n === "that" || n === "if" || n === "whether")) return null;
  for (let t = j; t < open; t++) if (ctx.regionOf[t] !== -1 || isMarkToken(ctx.doc, t)) return null;
  return j;
}

/**
 * Joins each quote's lead-in (`leadIn`) to its content, after all passes: words that hold another item's cue
 * or content ("According to the paper, Lind called it "a disaster," …") stay out, so the other item survives.
 */
export function extendLeadIns(ctx: Ctx): void {
  const { doc } = ctx;
  for (const it of ctx.items) {
    const first = it.content[0];
    if (it.leadTok === undefined || !first) continue;
    const from = doc.tokens.start[it.leadTok] as number;
    const taken = ctx.items.some(
      (o) =>
        o !== it &&
        ((o.cue !== null && o.cue.start >= from && o.cue.start < first.start) ||
          o.content.some((c) => c.start < first.start && c.end > from)),
    );
    if (taken) continue;
    it.content[0] = span(doc, from, first.end);
    it.type = "mixed";
  }
}

/**
 * End of a cue group after a quote, past time words and a short adjunct ("said last week", "said on Twitter",
 * "said of the plan in May") and, for addressee verbs, the hearer ("asked the council members").
 */
function cueGroupEnd(ctx: Ctx, cue: number, from: number): number {
  const { doc } = ctx;
  const se = sentEnd(doc, cue);
  let k = skipAdjuncts(ctx, from, se);
  if (k === from && doc.tokens.norm[k] === "of")
    k = skipAdjuncts(ctx, npStartingAt(doc, ctx.actors, k + 1, se)?.to ?? k, se);
  if (ADDRESSEE.has(doc.tokens.lemma[cue] as string) || doc.tokens.lemma[cue] === "ask") {
    const hearer = npStartingAt(doc, ctx.actors, k, se);
    if (hearer) k = skipAdjuncts(ctx, hearer.to, se);
  }
  return k;
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
      // `Whatever the council decides, "…," Lind said`: a verb inside a fronted subordinate clause is that
      // clause's own predicate, not the quotation's cue; the cue after the quotation (if any) is taken instead
      if (norm[k] === "," && inFrontedSubordinate(ctx, j)) return null;
      const subjEnd = subjectEnd(doc, j, min);
      let np = npEndingAt(doc, ctx.actors, subjEnd, min) ?? npStartingAt(doc, ctx.actors, j + 1, k);
      if (np === null && (norm[j] ?? "").endsWith("ing")) np = participleSpeaker(ctx, j);
      // the subject rules of indirect speech: an apposition ("…, her adviser, Jo Lind, said: "…""), a coordinated
      // verb ("The president noted …, and added: "…""), the parse's subject
      if (np === null) np = subjectPhrase(ctx, j, sentStart(doc, j)).np;
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
        // "… doesn't surprise independent pollster Mira Vos: "…"": a named actor right before the colon
        (ctx.actors.mentionOfToken[np.to - 1] !== -1 && pos[np.to - 1] === "PROPN" && np.to === k)) &&
      namesSpeaker(ctx, np.to - 1)
    )
      return { cue: k, cueEnd: k + 1, who: np.ref };
  }
  return null;
}

/** Words that open a fronted adverbial or free relative clause ("whatever the council decides, …"). */
const SUBORDINATORS = new Set([
  "whatever",
  "whoever",
  "whichever",
  "wherever",
  "whenever",
  "however",
  "if",
  "unless",
  "because",
  "although",
  "though",
  "while",
  "whereas",
  "since",
  "until",
  "before",
  "after",
  "when",
]);

/**
 * True when the cue verb `j` is the predicate of a clause opened by a subordinator at the start of its stretch
 * (sentence start or after a comma): "Whatever the council decides, …", "Freddy, as he was known, …". "As X
 * said, "…"" stays a cue (PolNeAR marks it), but "as" + a passive ("as he was known") describes, it reports
 * nothing.
 */
function inFrontedSubordinate(ctx: Ctx, j: number): boolean {
  const { doc } = ctx;
  const { norm, pos, lemma } = doc.tokens;
  const ss = sentStart(doc, j);
  let c = j - 1;
  while (c >= ss && norm[c] !== "," && norm[c] !== ";" && !DASHES.has(norm[c] as string) && !isMarkToken(doc, c)) c--;
  let first = c + 1;
  while (first < j && (norm[first] === "and" || norm[first] === "but" || norm[first] === "even")) first++;
  const w = norm[first] as string;
  if (SUBORDINATORS.has(w)) {
    // fronted only ("…, when a boy shouted, "…"" introduces the quote), and the cue is the clause's first verb
    // ("When he returned he began by saying, "…"": the main clause has begun)
    for (let t = first + 1; t < j; t++) if (pos[t] === "VERB") return false;
    return c < ss;
  }
  if (w !== "as") return false;
  let b = j - 1;
  while (b > first && pos[b] === "ADV") b--;
  return lemma[b] === "be" && b > first;
}

/**
 * The speaker of a participle cue with no subject of its own (", adding, "…"", "followed that by saying: "…""):
 * the subject of the nearest earlier cue verb in the sentence ("Nefzi said, adding"), else the sentence subject.
 */
export function participleSpeaker(ctx: Ctx, cue: number): ReturnType<typeof npEndingAt> {
  const { doc } = ctx;
  const ss = sentStart(doc, cue);
  for (let k = cue - 1; k >= ss; k--) {
    if (ctx.inQuote[k] || !isCueVerb(ctx, k)) continue;
    const np = npEndingAt(doc, ctx.actors, subjectEnd(doc, k, ss), ss) ?? npStartingAt(doc, ctx.actors, k + 1, cue);
    if (np) return np;
  }
  return sentenceSubject(ctx, ss, cue);
}

/**
 * A phrase before a colon is a speaker only when its head names someone (an actor mention, or a proper noun that
 * is not an all-caps label): "Marrow: …", "Piet Daal: …", but not "Editor's note: …", "UPDATE: …", "Question: …".
 */
export function namesSpeaker(ctx: Ctx, head: number): boolean {
  if (ctx.actors.mentionOfToken[head] !== -1) return true;
  const v = ctx.doc.tokens.value[head] ?? "";
  return ctx.doc.tokens.pos[head] === "PROPN" && v !== v.toUpperCase();
}

/**
 * After a cue that follows quote region `r`, the next region continues the same quote: `"…," he said, "…"`
 * (right after the cue group), or `"…," he said. "…"` (a new sentence in the same paragraph without a cue of
 * its own). Its pieces are appended to `contents`.
 */
function continueAfterCue(
  ctx: Ctx,
  r: number,
  found: NonNullable<ReturnType<typeof cueAfter>>,
  paraEndTok: number,
  contents: Span[],
): void {
  const { doc, regions } = ctx;
  const { norm, pos } = doc.tokens;
  const reg = regions[r] as QuoteRegion;
  // `"…," he said, "…"`: the next region right after the cue group continues the same quote.
  let groupEnd = Math.max(found.cue + 1, found.np?.to ?? 0);
  // "…," he said of the two leaders, "…": a short prepositional adjunct of the cue sits between the parts
  if (pos[groupEnd] === "ADP") {
    let e = groupEnd + 1;
    while (e < Math.min(paraEndTok, groupEnd + 8) && !["VERB", "AUX", "PUNCT"].includes(pos[e] as string)) e++;
    if (norm[e] === "," && regions[r + 1]?.tokFrom === e + 1) groupEnd = e;
  }
  // `"…," she told the council, "…"`, `"…," Lind wrote on her blog. "…"`: an addressee or adjunct of the cue
  // is part of the group
  if (norm[groupEnd] !== "," && !SENT_END.has(norm[groupEnd] as string)) {
    const e = cueGroupEnd(ctx, found.cue, groupEnd);
    if (e > groupEnd && e < paraEndTok && (norm[e] === "," || norm[e] === ".")) groupEnd = e;
  }
  let k = groupEnd;
  while (k < paraEndTok && (norm[k] === "," || norm[k] === ":" || norm[k] === "." || pos[k] === "ADV")) k++;
  // a region in the next paragraph is not "right after the cue group": it may have a cue of its own, and a
  // cue-less one is appended by the paragraph continuation rule in `directQuotes`
  const next = k < paraEndTok ? regions[r + 1] : undefined;
  if (next && next.tokFrom === k && k > groupEnd && !SENT_END.has(norm[groupEnd] as string) && reg.words >= 1) {
    for (const [s, e] of next.pieces) contents.push(span(doc, s, e));
    ctx.regionUsed[r + 1] = 1;
    markQuote(ctx, next);
  } else if (
    next &&
    next.tokFrom === k &&
    k > groupEnd &&
    norm[groupEnd] === "." &&
    // `"A," Lind said. "B," Lind said.`: a next quote with a cue of its own is a new quote
    !(next.closed && cueAfter(ctx, next.tokTo, Math.min(paraEndTok, sentEnd(doc, next.tokTo - 1) + 12)))
  ) {
    // `"…," he said. "…"` — a new sentence in the same paragraph continues the speaker's quote.
    for (const [s, e] of next.pieces) contents.push(span(doc, s, e));
    ctx.regionUsed[r + 1] = 1;
    markQuote(ctx, next);
  }
}

/** Dash-introduced speaker after a closed quote: `"…" -Commissioner X` / `"…" — X`; claims the dash and name. */
function dashSpeaker(
  ctx: Ctx,
  after: number,
  paraEndTok: number,
): { cueTok: number; cue: Span; who: EntityRef | null } | null {
  const { doc } = ctx;
  const { norm } = doc.tokens;
  let k = after;
  if (norm[k] === ",") k++;
  if (k >= paraEndTok || !DASHES.has(norm[k] as string)) return null;
  const np = npStartingAt(doc, ctx.actors, k + 1, paraEndTok);
  if (!np) return null;
  claim(ctx, k, np.to);
  return { cueTok: k, cue: tokSpan(doc, k, k + 1), who: np.ref };
}

/**
 * A whole quoted sentence with no cue of its own right after an indirect report ("Lind said the ferry was late.
 * “We waited an hour.”") continues what the reporter's speaker said: it joins that item's content as a second
 * piece, as a cue-less quote continues a direct quote (pass 1). Only the item whose content ends in the sentence
 * right before the quotation, in the same or the previous paragraph, and only a quotation no item used.
 */
export function attachFollowingQuotes(ctx: Ctx): void {
  const { doc, regions } = ctx;
  const { sentence } = doc.tokens;
  for (let r = 0; r < regions.length; r++) {
    const reg = regions[r] as QuoteRegion;
    if (ctx.regionUsed[r] || !reg.closed || namesTitle(ctx, reg)) continue;
    if (reg.tokFrom !== sentStart(doc, reg.tokFrom) || !endsSentence(doc, reg) || reg.words < 4) continue;
    const s = sentence[reg.tokFrom] as number;
    const para = doc.sentences.paragraph[s] as number;
    let best: Item | null = null;
    let bestEnd = -1;
    for (const it of ctx.items) {
      const last = it.content[it.content.length - 1];
      if (!last || last.end > (doc.tokens.start[reg.tokFrom] as number)) continue;
      if (last.end > bestEnd) {
        bestEnd = last.end;
        best = it;
      }
    }
    if (!best || best.type === "direct" || !best.who) continue;
    const lastTok = tokenAt(doc, bestEnd - 1);
    const ls = sentence[lastTok] as number;
    if (ls !== s - 1 || para - (doc.sentences.paragraph[ls] as number) > 1) continue;
    for (const [a, b] of reg.pieces) best.content.push(span(doc, a, b));
    ctx.regionUsed[r] = 1;
    markQuote(ctx, reg);
  }
}

/**
 * `The new bridge, Lind said, "will open next spring."`: a quotation that goes on from a subject fronted before
 * the speaker and cue (its first word in lower case) reports that subject too — it becomes a first content piece
 * of the quote, as in the unquoted `The bridge, Lind said, will open …`. Only a short verbless phrase from the
 * sentence start to the comma before the speaker, holding no other item's cue or content.
 */
const SUBJECT_POS = new Set(["NOUN", "PROPN", "PRON", "NUM"]);

export function frontedQuoteSubjects(ctx: Ctx): void {
  const { doc } = ctx;
  const { norm, pos, start } = doc.tokens;
  for (const it of ctx.items) {
    const first = it.content[0];
    if (it.type !== "direct" || !first || !it.who || !it.cue || it.who.end > it.cue.start) continue;
    if (it.cue.end > first.start || !/^[\u201C"]\s*[a-z]/.test(doc.text.slice(first.start, first.start + 3))) continue;
    const comma = tokenAt(doc, it.who.start) - 1;
    if (norm[comma] !== ",") continue;
    const ss = sentStart(doc, comma);
    if (comma - ss < 1 || comma - ss > 12) continue;
    // a subject: some nominal word, not a fronted adverb or prepositional phrase ("However,", "In May,")
    let ok = pos[ss] !== "ADP" && pos[ss] !== "ADV" && pos[ss] !== "SCONJ" && pos[ss] !== "CCONJ";
    let nominal = false;
    for (let t = ss; t < comma; t++) if (SUBJECT_POS.has(pos[t] as string)) nominal = true;
    ok &&= nominal;
    for (let t = ss; t < comma && ok; t++)
      if (ctx.regionOf[t] !== -1 || pos[t] === "VERB" || pos[t] === "AUX" || norm[t] === ",") ok = false;
    const from = start[ss] as number;
    const to = doc.tokens.end[comma - 1] as number;
    if (!ok || ctx.items.some((o) => o !== it && o.content.some((c) => c.start < to && c.end > from))) continue;
    it.content.unshift(span(doc, from, to));
    it.type = "mixed";
  }
}
