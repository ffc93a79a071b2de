/**
 * Kinds of the names found outside the dictionary by the capitalized-run fallback (after titles): evidence from
 * each mention's own words and context, then one sense per document. Names the trained recognizer found keep its
 * type. Also drops names inside event names ("the Chinese People's War of Resistance …") and weapon models.
 */
import type { EntityKind } from "../contract.js";
import type { Document } from "../nlp/document.js";
import {
  type Cand,
  isoDateAt,
  memberBodyRole,
  type NameCues,
  ORG_FOLLOWERS,
  PLACE_NOUNS,
  suffixNamesOrganization,
} from "./candidates.js";
import type { Lexicon } from "./lexicon.js";

/**
 * Decides the kind (and a role hint) of capitalized names found outside the dictionary. Each mention collects
 * evidence from its own words (suffixes, given names, initials) and its context ("in X", "X said", "X 4-38" in
 * results tables); then one sense per document: every mention of the same text takes the kind with most evidence.
 */
export function classifyUnknown(doc: Document, cands: Cand[], keys: string[], cues: NameCues, lex: Lexicon): void {
  const T = doc.tokens;
  // Words of names known to be people (dictionary, title or apposition evidence) make later surnames people.
  const personTokens = new Set<string>();
  for (const c of cands) {
    const known = c.entry >= 0 || c.titled === true || c.code !== null;
    if (c.kind === "person" && c.form === "name" && known) {
      for (let t = c.nameStart; t < c.e; t++) personTokens.add(keys[t] ?? "");
    }
  }
  // A lone capitalized word that only ever appears at the start of a sentence is most likely a common word
  // ("Rumors circulated", "Former champion"): drop it unless something else says it is a name.
  const nonInitial = new Set<string>();
  // The first word of a sentence: a bullet or dash opening the line ("- Parenting plans to …") is skipped.
  // Remembered per sentence: a line of many bullets or dashes would otherwise be skipped again for every word.
  const firstWords = new Map<number, number>();
  const firstWordOf = (s: number): number => {
    const known = firstWords.get(s);
    if (known !== undefined) return known;
    let t = doc.sentences.tokenStart[s] as number;
    const end = doc.sentences.tokenEnd[s] as number;
    while (t < end - 1 && (T.type[t] === "punctuation" || T.type[t] === "symbol")) t++;
    firstWords.set(s, t);
    return t;
  };
  for (let t = 1; t < T.count; t++) {
    const s = T.sentence[t] as number;
    const c0 = (T.value[t] as string).charCodeAt(0);
    if (c0 >= 65 && c0 <= 90 && t > firstWordOf(s) && T.norm[t - 1] !== '"') {
      nonInitial.add(keys[t] as string);
    }
  }
  // "World Anti-Fascist War", "Euro 96 Cup", "Dayton Accords": events and treaties are not actors.
  dropEventNameChains(doc, cands, keys, cues);
  for (const c of cands) {
    if (c.unknown && !c.titled && c.e - c.nameStart > 1 && cues.eventSuffix.has(keys[c.e - 1] as string)) c.drop = true;
    // "six Rafale jets", "Leopard tanks": a name right before a product noun names a model, not an actor.
    if (c.unknown && !c.titled && cues.productNoun.has(T.norm[c.e] as string)) c.drop = true;
  }
  for (const c of cands) {
    if (!c.unknown || c.ner || c.e - c.nameStart !== 1 || c.titled || c.code !== null) continue;
    const k = keys[c.nameStart] as string;
    const atStart = c.nameStart === firstWordOf(T.sentence[c.nameStart] as number);
    if (!atStart || nonInitial.has(k) || personTokens.has(k) || T.type[c.e] === "number") continue;
    // Datelines ("KHASAVYURT , Russia 1996-08-30") keep their place name. Looked for only here, for a name that
    // would otherwise be dropped: scanning the sentence for every name made very long sentences quadratic.
    const s = T.sentence[c.nameStart] as number;
    let dateline = false;
    for (let t = c.e; t < (doc.sentences.tokenEnd[s] as number) && !dateline; t++) {
      dateline = isoDateAt(T, t);
    }
    if (!dateline) c.drop = true;
  }
  // Pass 1 decides multi-word names; their words then count as surnames / given names in pass 2.
  // Names the recognizer found keep its type (it already weighed the context and the rest of the document).
  vote(doc, cands, keys, cues, personTokens, (c) => !c.ner && c.e - c.nameStart > 1);
  for (const c of cands) {
    if (c.unknown && !c.drop && c.kind === "person" && c.e - c.nameStart > 1) {
      for (let t = c.nameStart; t < c.e; t++) if (!/^[a-z]$/.test(keys[t] ?? "")) personTokens.add(keys[t] ?? "");
    }
  }
  vote(doc, cands, keys, cues, personTokens, (c) => !c.ner && c.e - c.nameStart === 1);
  void lex;
}

type Add = (kind: EntityKind, w: number) => void;

/** What the evidence of one pass needs besides the candidate. */
interface VoteContext {
  doc: Document;
  keys: string[];
  cues: NameCues;
  personTokens: Set<string>;
  apposed: Set<Cand>;
  /** Known names (dictionary, titled) by end and start token, for coordination ("Blackpool, Bournemouth and …"). */
  knownEnd: Map<number, EntityKind>;
  knownStart: Map<number, EntityKind>;
}

function vote(
  doc: Document,
  cands: Cand[],
  keys: string[],
  cues: NameCues,
  personTokens: Set<string>,
  which: (c: Cand) => boolean,
): void {
  type Votes = { person: number; organization: number; place: number; role?: string };
  const apposed = new Set<Cand>();
  for (const o of cands) if (o.link !== undefined) apposed.add(cands[o.link] as Cand);
  const votes = new Map<string, Votes>();
  const textKey = (c: Cand) => {
    c.text ??= c.e - c.nameStart === 1 ? (keys[c.nameStart] as string) : keys.slice(c.nameStart, c.e).join(" ");
    return c.text;
  };
  const evidence: { c: Cand; kind: EntityKind; w: number }[] = [];
  // Coordination: "between Blackpool, Bournemouth and Brighton" — list members share a kind; dictionary members
  // (and titled people) say which.
  const knownEnd = new Map<number, EntityKind>();
  const knownStart = new Map<number, EntityKind>();
  for (const c of cands) {
    if (c.drop || c.form !== "name" || (c.entry < 0 && !c.titled)) continue;
    const kind = c.kind === "country" ? "place" : c.kind;
    knownEnd.set(c.e, kind);
    knownStart.set(c.s, kind);
  }
  const ctx: VoteContext = { doc, keys, cues, personTokens, apposed, knownEnd, knownStart };
  for (const c of cands) {
    if (!c.unknown || c.drop || !which(c)) continue;
    const add: Add = (kind, w) => evidence.push({ c, kind, w });
    wordEvidence(ctx, c, add);
    contextEvidence(ctx, c, add);
  }
  for (const { c, kind, w } of evidence) {
    const k = textKey(c);
    const v = votes.get(k) ?? { person: 0, organization: 0, place: 0 };
    v[kind as "person" | "organization" | "place"] += w;
    if (c.role) v.role = c.role;
    votes.set(k, v);
  }
  for (const c of cands) {
    if (!c.unknown || c.drop || !which(c)) continue;
    const v = votes.get(textKey(c));
    if (!v) continue;
    const kind: EntityKind =
      v.person >= v.organization && v.person >= v.place
        ? "person"
        : v.organization >= v.place
          ? "organization"
          : "place";
    c.kind = kind;
    if (kind === "organization" && v.role) c.role = v.role;
    // Cleared by assignment: `delete` would turn the candidate into a slow dictionary-mode object.
    else c.role = undefined;
  }
}

/** Evidence from the name's own words: titles, organization and place suffixes, acronyms, initials, given names. */
function wordEvidence(ctx: VoteContext, c: Cand, add: Add): void {
  const { keys, cues } = ctx;
  const T = ctx.doc.tokens;
  const a = c.nameStart;
  const b = c.e;
  const len = b - a;
  const first = keys[a] as string;
  const last = keys[b - 1] as string;
  const titled = c.titled === true || c.code !== null || c.link !== undefined;
  if (titled || ctx.apposed.has(c)) add(c.kind === "organization" ? "organization" : "person", 10);
  const inner = keys.slice(a, b);
  const orgWord = inner.find((w, k) => cues.orgSuffix.has(w) && suffixNamesOrganization(inner, k, inner.length));
  if (orgWord !== undefined) {
    add("organization", 4);
    const role = cues.orgSuffix.get(orgWord);
    if (role) c.role = role;
  }
  const member = memberBodyRole(inner, 0, inner.length, cues);
  if (member) {
    if (orgWord === undefined) add("organization", 4);
    c.role = member;
  }
  if (cues.placeSuffix.has(last)) add("place", 3);
  const v0 = T.value[a] as string;
  const letters = v0.replace(/[^A-Za-z]/g, "");
  if (len === 1 && letters.length >= 2 && letters.length <= 5 && letters === letters.toUpperCase())
    add("organization", 2);
  if (/^[A-Z]\.$/.test(v0) && len >= 2) add("person", 4);
  if (cues.givenNames.has(first) && len >= 2) add("person", 3);
  if (len === 1 && ctx.personTokens.has(first)) add("person", 3);
  if (len >= 2 && len <= 3 && inner.every((w) => /^\p{L}[\p{L}'.-]*$/u.test(w))) add("person", 1);
  if (len === 1) add("organization", 0.5);
  else add("organization", 0.2);
}

/** Evidence from around the name: "X said", "in X", results tables, datelines, "the town of X", lists. */
function contextEvidence(ctx: VoteContext, c: Cand, add: Add): void {
  const { doc, cues } = ctx;
  const T = doc.tokens;
  const a = c.nameStart;
  const b = c.e;
  const prev = a > 0 ? (T.norm[a - 1] as string) : "";
  const next = b < T.count ? (T.lemma[b] as string) : "";
  const nextType = b < T.count ? (T.type[b] as string) : "";
  if (/^(say|tell|add|according|told|said|says)$/.test(next)) add("person", 2);
  // "Duran , 45 ," (age apposition); scorecards "c Healy b Fleming" (caught / bowled by a player).
  if (T.norm[b] === "," && T.type[b + 1] === "number" && T.norm[b + 2] === ",") add("person", 3);
  if (/^(b|c|st|lbw)$/.test(prev) && a > 0 && T.value[a - 1] === prev) add("person", 3);
  // "Ericsson spokesman", "Eagles owner", "Pirelli shares": a company or club speaks through its people.
  if (b < T.count && ORG_FOLLOWERS.has(T.norm[b] as string)) add("organization", 3);
  if (cues.placePreps.has(prev)) add("place", 2);
  // Results tables and fixtures: "Somerset 83 and 174", "v Kent", "Essex beat Yorkshire" name teams.
  if (nextType === "number" && !isoDateAt(T, b)) add("organization", 2);
  if (prev === "v" || prev === "vs") add("organization", 2);
  // Datelines ("PHILADELPHIA 1996-08-29", "LONDON (Reuters) -") and venue headers ("Leicester : ...").
  const lineStart = a === (doc.sentences.tokenStart[T.sentence[a] as number] as number);
  if (lineStart && isoDateAt(T, b)) add("place", 5);
  if (lineStart && (T.norm[b] === ":" || T.norm[b] === "(")) add("place", 1);
  if (lineStart && T.norm[b] === ",") {
    const s = T.sentence[a] as number;
    for (let t = b; t < (doc.sentences.tokenEnd[s] as number); t++) {
      if (isoDateAt(T, t)) add("place", 5);
    }
  }
  // "the town of Tavildara", "Sharqiyah province", "Kosevo stadium".
  if (prev === "of" && a > 1 && PLACE_NOUNS.has(T.norm[a - 2] as string)) add("place", 4);
  if (b < T.count && PLACE_NOUNS.has(T.norm[b] as string)) add("place", 3);
  const listSep = (t: number) => T.norm[t] === "," || T.norm[t] === "and" || T.norm[t] === "or";
  const left = a > 0 && listSep(a - 1) ? ctx.knownEnd.get(a - 1) : undefined;
  const right = b < T.count && listSep(b) ? ctx.knownStart.get(b + 1) : undefined;
  for (const k of [left, right]) if (k === "person" || k === "place" || k === "organization") add(k, 1.5);
}

/** Lower-case words that may join the capitalized words of an event name ("War of Resistance Against …"). */
const EVENT_NAME_JOINERS = new Set(["of", "against", "for", "and", "the", "on"]);

/**
 * "the Chinese People's War of Resistance Against Japanese Aggression": a capitalized event word (War, Treaty,
 * Games…) inside a chain of capitalized words joined by "'s" before it and "of …" after it makes the whole chain
 * one event name, and no unknown name inside it is an actor ("People", "War", "Resistance Against …").
 */
function dropEventNameChains(doc: Document, cands: Cand[], keys: string[], cues: NameCues): void {
  const T = doc.tokens;
  const cap = (t: number) => {
    const c = (T.value[t] as string).charCodeAt(0);
    return c >= 65 && c <= 90;
  };
  // Sorted copy made at the first event name: each chain then marks only the candidates inside it.
  let byStart: Cand[] | null = null;
  for (let t = 1; t < T.count; t++) {
    if (!cues.eventSuffix.has(keys[t] as string) || !cap(t)) continue;
    const s = T.sentence[t] as number;
    const ss = doc.sentences.tokenStart[s] as number;
    const se = doc.sentences.tokenEnd[s] as number;
    let from = t;
    while (from > ss) {
      if (T.norm[from - 1] === "'s" && from - 2 >= ss && cap(from - 2)) from -= 2;
      else if (cap(from - 1)) from--;
      else break;
    }
    let to = t + 1;
    if (T.norm[to] === "of" && to + 1 < se && cap(to + 1)) {
      to++;
      while (to < se && (cap(to) || (EVENT_NAME_JOINERS.has(T.norm[to] as string) && to + 1 < se && cap(to + 1)))) to++;
    }
    if (to - from < 3) continue;
    byStart ??= cands.slice().sort((a, b) => a.s - b.s);
    for (let k = firstStartingAt(byStart, from); k < byStart.length && (byStart[k] as Cand).s < to; k++) {
      const c = byStart[k] as Cand;
      if (c.unknown && c.e <= to) c.drop = true;
    }
  }
}

/** Index of the first candidate (sorted by start) starting at or after token `from`. */
function firstStartingAt(sorted: readonly Cand[], from: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as Cand).s < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
