/**
 * Sources of cue verbs beyond a plain noun phrase: appositions, relative clauses inside the subject, coordinated
 * subjects, long subjects read from the clause start, and reports inside relative clauses ("which she said …").
 */

import type { EntityRef } from "../contract.js";
import { afterDateline, clauseEnd, pushIndirect } from "./content.js";
import { CLAUSE_WORDS, type Ctx, DASHES, isCueVerb, SENT_END } from "./context.js";
import { capitalized, isMarkToken, npEndingAt, npStartingAt, tokSpan } from "./spans.js";

/**
 * Subject with an apposition before the verb: "Hugh Hill, a doctor, said", "US envoy for Ukraine, Keith Kellogg,
 * said". `comma` is the comma right before the verb group; the phrase before it or the one before the opening
 * comma is the subject — the one that names an entity wins, else the first.
 */
export function apposition(ctx: Ctx, comma: number, min: number): ReturnType<typeof npEndingAt> {
  const { norm, pos } = ctx.doc.tokens;
  // The apposition may be long and hold a relative clause ("Tor Lund, a senior party organiser who ran the
  // spring campaign …, said"): find its opening comma, then check it reads as a noun phrase.
  let open = -1;
  let placeComma = -1;
  for (let k = comma - 1; k > min && k >= comma - 40; k--) {
    if (norm[k] === ",") {
      // "in Dayton, Ohio, warned": a place's state between commas is not the apposition
      const place = k + 1 < comma && comma - k <= 3 && pos[k + 1] === "PROPN" && pos[k - 1] === "PROPN";
      if (place && open < 0 && k + 1 < comma && norm[comma] === ",") {
        let allProp = true;
        for (let t = k + 1; t < comma; t++) if (pos[t] !== "PROPN" && norm[t] !== ".") allProp = false;
        if (allProp) {
          placeComma = k;
          continue;
        }
      }
      open = k;
      break;
    }
    if (SENT_END.has(norm[k] as string) || norm[k] === ";" || isMarkToken(ctx.doc, k)) return null;
  }
  if (open < 0) {
    // "Mira Holt of Dayton, Ohio, says": the place and its state are the whole subject
    const named = placeComma > 0 ? npEndingAt(ctx.doc, ctx.actors, placeComma, min) : null;
    return named
      ? { from: named.from, to: comma, ref: { ...tokSpan(ctx.doc, named.from, comma), entity: named.ref.entity } }
      : null;
  }
  const p0 = pos[open + 1] as string;
  if (p0 === "VERB" && /(ing|ed)$/.test(norm[open + 1] as string)) {
    const outer = npEndingAt(ctx.doc, ctx.actors, open, min);
    if (!outer) return null;
    // "Several candidates, including Lind and Okafor, criticized": the examples belong to the subject
    if (norm[open + 1] === "including")
      return { from: outer.from, to: comma, ref: { ...tokSpan(ctx.doc, outer.from, comma), entity: outer.ref.entity } };
    // "Marrow, speaking at a rally in Dayton, Ohio, warned": a participle insert; the subject is before it
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
      capitalized(ctx.doc, open + 1) ||
      affiliation(ctx, open + 1)
    )
  )
    return null;
  for (let k = open + 1; k < comma; k++) {
    if (norm[k] === "who" || norm[k] === "which" || norm[k] === "that") break;
    if ((pos[k] === "VERB" || pos[k] === "AUX") && !(norm[k] ?? "").endsWith("ed") && !capitalized(ctx.doc, k))
      return null;
  }
  let outer = npEndingAt(ctx.doc, ctx.actors, open, min);
  // "Dana Lind, 21, a nurse from Dayton, said": an age between commas belongs to the name before it
  if (outer && outer.to - outer.from === 1 && pos[outer.from] === "NUM" && norm[outer.from - 1] === ",")
    outer = npEndingAt(ctx.doc, ctx.actors, outer.from - 1, min);
  if (!outer) return null;
  const inner = npStartingAt(ctx.doc, ctx.actors, open + 1, comma);
  // The source span covers the whole "Name, apposition," group (as PolNeAR marks it); the entity is the one
  // that names someone. "Gondor's budget chief, Ada Lind, said": when the outer phrase's head is no mention, its
  // entity is only its possessor's, and the name in the apposition is the speaker. (Only a common-noun head: a
  // name the actors stage cut short, "House Speaker James Wright, a Texas Democrat", keeps its own.)
  const last = outer.to - 1;
  const possessedTitle = (ctx.actors.mentionOfToken[last] ?? -1) < 0 && pos[last] === "NOUN";
  const entity = !possessedTitle
    ? (outer.ref.entity ?? inner?.ref.entity ?? null)
    : (inner?.ref.entity ?? outer.ref.entity ?? null);
  const whole = tokSpan(ctx.doc, outer.from, comma);
  return { from: outer.from, to: comma, ref: { ...whole, entity } };
}

/**
 * Whether an apposition opens at `t` with "of"/"from" + a name or determiner: "Mr. Brenn, of Gondor Shipping,
 * said", "Ada Lind, from the port authority, said" name the speaker's affiliation, so they belong to the source.
 */
function affiliation(ctx: Ctx, t: number): boolean {
  const { norm, pos } = ctx.doc.tokens;
  if (norm[t] !== "of" && norm[t] !== "from") return false;
  return pos[t + 1] === "PROPN" || pos[t + 1] === "DET" || capitalized(ctx.doc, t + 1);
}

/** Whether [from, to) holds a cue verb: the relative clause there reports something of its own. */
function relativeReports(ctx: Ctx, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (isCueVerb(ctx, t) !== null) return true;
  return false;
}

export const POSSESSIVE = new Set(["my", "his", "her", "its", "our", "their", "your"]);

/** "Ana Kloss, who runs the union's press office, says": the subject before a comma-delimited relative clause. */
export function relativeSubject(ctx: Ctx, comma: number, min: number): ReturnType<typeof npEndingAt> {
  const { norm, pos } = ctx.doc.tokens;
  for (let k = comma - 1; k > min && k >= comma - 20; k--) {
    if (norm[k] === "," && (norm[k + 1] === "who" || norm[k + 1] === "which")) {
      const np = npEndingAt(ctx.doc, ctx.actors, k, min);
      if (!np) return null;
      // "Kasich, who says he held 100 town halls, warned": a relative with a report of its own is annotated as
      // that report's source ("who"), so the subject is the noun phrase alone; else the group is the source
      if (relativeReports(ctx, k + 2, comma)) return np;
      const whole = tokSpan(ctx.doc, np.from, comma);
      return { from: np.from, to: comma, ref: { ...whole, entity: np.ref.entity } };
    }
    if (norm[k] === "," || SENT_END.has(norm[k] as string) || pos[k] === "SCONJ") return null;
  }
  return null;
}

const REFLEXIVES = new Set(["himself", "herself", "itself", "themselves", "ourselves", "myself"]);
const PARTITIVE_PRONOUNS = new Set(["them", "us", "those", "these", "whom"]);

/**
 * Extends a pronoun subject over the phrase it belongs to: an intensifier after a name ("Clinton herself has
 * proposed …") and a partitive "of" ("Nearly 10 percent of them said …", "Both of us think …").
 */
export function pronounHost(ctx: Ctx, np: NonNullable<ReturnType<typeof npEndingAt>>, ss: number): typeof np {
  const { doc } = ctx;
  const { norm, pos } = doc.tokens;
  if (np.to - np.from !== 1 || pos[np.from] !== "PRON") return np;
  const w = norm[np.from] as string;
  let left: ReturnType<typeof npEndingAt> = null;
  if (REFLEXIVES.has(w) && (pos[np.from - 1] === "PROPN" || pos[np.from - 1] === "NOUN"))
    left = npEndingAt(doc, ctx.actors, np.from, ss);
  else if (PARTITIVE_PRONOUNS.has(w) && norm[np.from - 1] === "of" && np.from - 1 > ss)
    left = npEndingAt(doc, ctx.actors, np.from - 1, ss);
  if (!left || left.from >= np.from) return np;
  return { from: left.from, to: np.to, ref: { ...tokSpan(doc, left.from, np.to), entity: left.ref.entity } };
}

/**
 * Extends a subject over coordinated noun phrases on its left ("Ms. Ferreira, Mrs. Okoye and other donors said",
 * "Both farmers and fishers have warned"): "and"/"or" right before it and a noun phrase before that, itself
 * at the clause start or after a list comma; the entity stays the first named one.
 */
const FOCUS_ADVERBS = new Set(["even", "also"]);

export function coordinated(ctx: Ctx, np: NonNullable<ReturnType<typeof npEndingAt>>, ss: number): typeof np {
  const { doc } = ctx;
  const { norm, pos } = doc.tokens;
  // ("Captains and even some pilots say": a focus adverb may follow the conjunction)
  const conj = FOCUS_ADVERBS.has(norm[np.from - 1] as string) ? np.from - 2 : np.from - 1;
  if (conj <= ss || !(norm[conj] === "and" || norm[conj] === "or" || norm[conj] === "nor")) return np;
  let from = -1;
  // the last conjunct that a comma opens: "The plan is dead, he and Allen said" stops there when the phrase
  // before that comma ("dead") opens no list
  let afterComma = -1;
  let k = conj;
  for (let hops = 0; hops < 4; hops++) {
    const left = npEndingAt(doc, ctx.actors, k, ss);
    if (!left) break;
    from = left.from;
    if (norm[from - 1] === "," && from - 1 > ss) {
      afterComma = from;
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
  if (!opens && afterComma < 0) return np;
  if (!opens) from = afterComma;
  let entity: string | null = null;
  for (let t = from; t < np.to && entity === null; t++) {
    const m = ctx.actors.mentions[ctx.actors.mentionOfToken[t] as number];
    const e = m ? ctx.actors.entities[m.entity] : undefined;
    if (e) entity = e.id;
  }
  return { from, to: np.to, ref: { ...tokSpan(doc, from, np.to), entity } };
}

/** Relative pronouns that open a reported relative clause ("which she said represented …"). */
const REL_REPORT = new Set(["which", "who", "whom", "that", "what"]);

/** Cue lemmas that take a noun or "as" complement inside a relative ("whom one insider described as …"). */
const REL_NOMINAL: ReadonlySet<string> = CLAUSE_WORDS.relative_nominal_verbs;

/**
 * A report inside a relative clause: "letters, which he said covered all his dealings", "a group that some say
 * targets farmers", "whom one aide described as "her shadow"", "what Mr. Tamm called the old
 * pension plan". PolNeAR's content is the whole relative clause from the pronoun (holding source and cue);
 * the clause ends at the next comma for a comma-opened relative, else at the clause end.
 */
export function relativeReport(
  ctx: Ctx,
  i: number,
  np: NonNullable<ReturnType<typeof npEndingAt>>,
  ss: number,
  se: number,
): boolean {
  const { doc } = ctx;
  const { norm, pos, lemma } = doc.tokens;
  // "which even critics say …": a focus adverb may stand between the pronoun and the subject
  const rel = pos[np.from - 1] === "ADV" ? np.from - 2 : np.from - 1;
  if (rel < ss || !REL_REPORT.has(norm[rel] as string) || np.to - np.from > 8) return false;
  if (norm[rel] === "that" && !(pos[rel - 1] === "NOUN" || pos[rel - 1] === "PROPN")) return false;
  // "led to what one aide called …": a free relative is the object of the verb or preposition before it
  // ("What I can share is …" opening the sentence is a pseudo-cleft, no report)
  const freeRelative =
    norm[rel] === "what" && rel > ss && (pos[rel - 1] === "ADP" || pos[rel - 1] === "VERB" || pos[rel - 1] === "AUX");
  if (norm[rel] === "what" && !freeRelative) return false;
  if (
    rel > ss &&
    !freeRelative &&
    !(
      norm[rel - 1] === "," ||
      norm[rel - 1] === "(" ||
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
  if (!(verbal || nominal)) return objectGap(ctx, i, j, rel, np.ref, se);
  let end = clauseEnd(ctx, j, se);
  // "what one aide called "a new era" in his book": a quoted name is the whole complement
  const quoted = nominal ? ctx.regions[ctx.regionOf[j] as number] : undefined;
  if (quoted?.closed && quoted.tokFrom === j && quoted.tokTo <= end) end = quoted.tokTo;
  else if (norm[rel - 1] === "," || DASHES.has(norm[rel - 1] as string)) {
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
  // the pronoun stands for the reported thing; the source and cue between it and the rest are no part of the
  // content (PolNeAR splits "which | was not a sentence" around "I said", 141 times to 6 on dev)
  const pieces: [number, number][] = [
    [rel, rel + 1],
    [j, end],
  ];
  pushIndirect(ctx, ctx.cues.verbs.get(l) === "speech" ? "speech" : "belief", np.ref, i, i + 1, pieces);
  return true;
}

/**
 * "(which Queen Arwen also supports)", "a rate of 10 percent, which Senator Lind proposed under a flat tax", "which
 * he has denied": the pronoun is the object of a stance, belief or denial cue with nothing after it but
 * punctuation, a preposition or a subordinate clause, so the pronoun alone is the content (as PolNeAR marks it).
 * Speech verbs are left out: "which he said on Monday would fail" goes on with the reported clause.
 */
function objectGap(ctx: Ctx, i: number, j: number, rel: number, who: EntityRef | null, se: number): boolean {
  const { norm, pos, lemma } = ctx.doc.tokens;
  const cls = ctx.cues.verbs.get(lemma[i] as string);
  if (cls === undefined || cls === "speech" || cls === "intent" || (norm[i] as string).endsWith("ing")) return false;
  const n = norm[j] as string;
  const time = CLAUSE_WORDS.time_words.has(n) || CLAUSE_WORDS.time_heads.has(n);
  const gap = j >= se || time || pos[j] === "PUNCT" || pos[j] === "ADP" || pos[j] === "SCONJ" || SENT_END.has(n);
  if (!gap || n === "as" || isMarkToken(ctx.doc, j)) return false;
  // "that sort of figure is rarely demanded": a determiner "that" and a passive subject are no relative object
  const passive = lemma[i - 1] === "be" || (pos[i - 1] === "ADV" && lemma[i - 2] === "be");
  if (pos[rel] === "DET" || passive) return false;
  pushIndirect(ctx, cls, who, i, i + 1, [[rel, rel + 1]]);
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
 * marks the whole phrase): "Forty-two percent of those polled say", "The self-described green reformer
 * said", "Several guests at the dinner — including bakers, fishers — said", "The harbour master --
 * who has been caught in a dispute … -- said". The stretch must open with a nominal word and hold no verb of
 * its own outside a relative clause, a dash or parenthesis insert, or a participle ("those surveyed").
 */
export function longSubject(ctx: Ctx, subjEnd: number, ss: number): ReturnType<typeof npEndingAt> {
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
    // subject ("A man who has accused Mayor Ivo Renn of fraud said")
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
  // an opening adverbial before a comma: "By wide margins, those polled say"
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

/**
 * The subject of a sentence's main clause: the first noun phrase before `limit` followed by a verb (skipping an
 * opening adjunct such as "On Monday," or "But").
 */
export function sentenceSubject(ctx: Ctx, ss: number, limit: number): ReturnType<typeof npStartingAt> {
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
