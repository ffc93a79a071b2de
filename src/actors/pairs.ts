/**
 * Plural descriptions of a pair or a small set named just before: "the two leaders", "both presidents", "the
 * three countries", "all four ministers". News writes them right after naming those people or countries ("Xi
 * and Putin exchanged greetings … the two leaders met twice"), and a coder reads them as that set. Each becomes
 * a mention of a group entity whose `members` are the entities, so that the events stage can expand it like a
 * coordinated subject and an attribution can name the set as its source.
 *
 * Conservative on purpose: exactly as many distinct entities of the right kind as the phrase counts must be
 * mentioned in the phrase's sentence or the PAIR_WINDOW sentences before it; with fewer or more, the phrase
 * stays unresolved ("the two leaders" never picks two out of three).
 */
import type { Entity } from "../contract.js";
import type { Document } from "../nlp/document.js";
import type { ActorLayer, ActorMention } from "./types.js";

/** Sentences before the phrase's own that may hold the pair. */
const PAIR_WINDOW = 6;

export interface PairCues {
  /** Head lemmas naming people ("leader", "president", "minister", "man"). */
  person: ReadonlySet<string>;
  /** Head lemmas naming states ("country", "nation", "government"). */
  country: ReadonlySet<string>;
  /** Head lemmas naming the parties of any kind ("side", "party", "camp"): "Israel and Hamas … the two sides". */
  party?: ReadonlySet<string>;
}

interface PairPhrase {
  from: number;
  to: number;
  kind: "person" | "country" | "party";
  /** How many members the phrase counts (2 for "both"). */
  size: number;
}

/** Number words a set description may count with; larger sets are seldom all named in a few sentences. */
export const SET_SIZES = new Map([
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
]);

/** Words that may open a set description: "the two", "all three", "both". */
const SET_OPENERS = new Set(["the", "both", "all"]);

/** Where the head of "the two …", "all three …", "both (the) …" starts, and the size counted; null elsewhere. */
function countedAt(norm: readonly string[], i: number): { j: number; size: number } | null {
  if (norm[i] === "both") return { j: norm[i + 1] === "the" ? i + 2 : i + 1, size: 2 };
  const size = SET_SIZES.get(norm[i + 1] as string);
  if (size === undefined || (norm[i] !== "the" && norm[i] !== "all")) return null;
  // "all two" is no English; "all three", "all four" are
  return norm[i] === "all" && size === 2 ? null : { j: i + 2, size };
}

/** "the two leaders", "both leaders", "all three countries", "the two foreign ministers" starting at token i. */
function pairPhraseAt(doc: Document, i: number, cues: PairCues): PairPhrase | null {
  const { norm, lemma, pos } = doc.tokens;
  const counted = countedAt(norm, i);
  if (!counted) return null;
  let j = counted.j;
  // one modifier may stand before the head ("the two foreign ministers", "both Asian giants")
  if (pos[j] === "ADJ" || (pos[j] === "NOUN" && pos[j + 1] === "NOUN")) j++;
  // "the two" ending the text: no head word.
  const word = norm[j];
  if (word === undefined) return null;
  const head = lemma[j] as string;
  const plural = word.endsWith("s") || word === "men" || word === "women";
  if (pos[j] !== "NOUN" || !plural) return null;
  const kind = cues.person.has(head)
    ? "person"
    : cues.country.has(head)
      ? "country"
      : cues.party?.has(head)
        ? "party"
        : null;
  if (!kind) return null;
  // "both leaders' speeches" is fine; "the two leaders of X" names other leaders
  if (norm[j + 1] === "of") return null;
  return { from: i, to: j + 1, kind, size: counted.size };
}

/**
 * People for "the two leaders" (also groups of officials: "Russian and Chinese leaders met … the two leaders"),
 * countries for "the two countries", any actor but a place for "the two sides".
 */
function entityFits(e: Entity, want: PairPhrase["kind"]): boolean {
  // A firm the dictionary lacks is a party too ("Airbus and McDonnell Douglas … the two rivals"): left out, the
  // two countries of their headquarters became the rivals.
  if (want === "party") return e.kind !== "place" && (e.actor !== null || e.kind === "organization");
  if (want === "person") return e.kind === "person" || (e.kind === "group" && e.role === "GOV");
  return e.kind === "country";
}

/**
 * The `size` distinct entities of the wanted kind mentioned last before token `at` within the window, in order of
 * first appearance, or null when there are more or fewer.
 */
function lastSet(
  doc: Document,
  layer: ActorLayer,
  at: number,
  want: PairPhrase["kind"],
  size: number,
): number[] | null {
  const firstSentence = Math.max(0, (doc.tokens.sentence[at] as number) - PAIR_WINDOW);
  const seen: number[] = [];
  // The recognizer's mentions are sorted by position, so the walk starts at the last mention before `at` and
  // stops at the window's first sentence; walking every mention for every phrase made long articles quadratic.
  for (let k = mentionsBefore(layer.mentions, at) - 1; k >= 0; k--) {
    const m = layer.mentions[k] as ActorMention;
    if (m.tokenStart >= at) continue;
    if ((doc.tokens.sentence[m.tokenStart] as number) < firstSentence) break;
    const e = layer.entities[m.entity] as Entity;
    if (!entityFits(e, want) || seen.includes(m.entity)) continue;
    seen.push(m.entity);
  }
  const sides = want === "party" ? oneEntityPerSide(layer, seen) : seen;
  // exactly `size` candidates, so that "the two leaders" never picks two out of three; an uncoded firm counts
  // against a set but is never a member ("Shadow Treasury" read as a name is none of "the two main parties")
  const coded = sides.every((k) => want !== "party" || (layer.entities[k] as Entity).actor !== null);
  return sides.length === size && coded ? sides.reverse() : null;
}

/**
 * "Both sides" are parties, and a country's own officials are on its side: "Brazil … creditors … Funaro said
 * the crisis belongs to both sides" names Brazil and its creditors, not Brazil and its finance minister. A person,
 * group or body whose country is that of a country among the candidates is dropped as the same side.
 */
function oneEntityPerSide(layer: ActorLayer, seen: readonly number[]): number[] {
  const countries = new Set(
    seen.map((k) => layer.entities[k] as Entity).flatMap((e) => (e.kind === "country" && e.country ? [e.country] : [])),
  );
  return seen.filter((k) => {
    const e = layer.entities[k] as Entity;
    return e.kind === "country" || !e.country || !countries.has(e.country);
  });
}

/** Tokens that join the members of a coordination: "A and B", "A, B and C", "A & B". */
const JOINERS = new Set(["and", ",", "&"]);

/**
 * The set named together last before token `at`: the nearest coordination "A and B" ("A, B and C") of mentions
 * of the wanted kind, inside the window, counting `size` distinct entities. "Greece and Turkey's allies called on
 * both countries" names Greece and Turkey, whatever other country the story named in between. Null when the
 * nearest fitting coordination counts another number, or there is none.
 */
function coordinatedSet(
  doc: Document,
  layer: ActorLayer,
  at: number,
  want: PairPhrase["kind"],
  size: number,
): number[] | null {
  const { norm, sentence } = doc.tokens;
  const firstSentence = Math.max(0, (sentence[at] as number) - PAIR_WINDOW);
  // only coded actors: "Tuberculosis and HIV" read as names are no parties
  const fits = (m: ActorMention) => {
    const e = layer.entities[m.entity] as Entity;
    return entityFits(e, want) && (want !== "party" || e.actor !== null);
  };
  for (let k = mentionsBefore(layer.mentions, at) - 1; k > 0; k--) {
    const last = layer.mentions[k] as ActorMention;
    if ((sentence[last.tokenStart] as number) < firstSentence) break;
    if (!fits(last)) continue;
    const chain = [last];
    for (let j = k - 1; j >= 0; j--) {
      const prev = layer.mentions[j] as ActorMention;
      const gap = norm.slice(prev.tokenEnd, (chain[0] as ActorMention).tokenStart);
      if (gap.length === 0 || gap.length > 2 || !gap.every((w) => JOINERS.has(w as string)) || !fits(prev)) break;
      chain.unshift(prev);
    }
    if (chain.length < 2) continue;
    const set = [...new Set(chain.map((m) => m.entity))];
    return set.length === size ? set : null;
  }
  return null;
}

/** Number of leading mentions (sorted by position) that start before token `at`. */
function mentionsBefore(mentions: readonly ActorMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((mentions[mid] as ActorMention).tokenStart < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The value every member has, or null. */
function shared<T>(values: readonly (T | null)[]): T | null {
  const first = values[0] ?? null;
  return first !== null && values.every((v) => v === first) ? first : null;
}

/** "A and B", "A, B and C". */
function setName(names: readonly string[]): string {
  return names.length < 3 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Adds a group mention and entity for every resolvable pair phrase not already inside a mention. */
export function addPairMentions(doc: Document, layer: ActorLayer, cues: PairCues): ActorLayer {
  const T = doc.tokens;
  const entities = [...layer.entities];
  const mentions = [...layer.mentions];
  const mentionOfToken = layer.mentionOfToken.slice();
  let added = false;
  for (let i = 0; i < T.count; i++) {
    const norm = T.norm[i];
    if (!SET_OPENERS.has(norm as string) || mentionOfToken[i] !== -1) continue;
    const phrase = pairPhraseAt(doc, i, cues);
    if (!phrase) continue;
    let free = true;
    for (let t = phrase.from; t < phrase.to; t++) if (mentionOfToken[t] !== -1) free = false;
    // Only the recognizer's (sorted) mentions: the group mentions added here are never a pair's members.
    const known = { entities, mentions: layer.mentions, mentionOfToken };
    const set = free
      ? (coordinatedSet(doc, known, i, phrase.kind, phrase.size) ?? lastSet(doc, known, i, phrase.kind, phrase.size))
      : null;
    if (!set) continue;
    const members = set.map((k) => entities[k] as Entity);
    const actor = shared(members.map((e) => e.actor));
    const start = T.start[phrase.from] as number;
    const end = T.end[phrase.to - 1] as number;
    const text = doc.text.slice(start, end);
    const index = entities.length;
    entities.push({
      id: `e${index + 1}`,
      name: setName(members.map((e) => e.name)),
      kind: "group",
      actor,
      country: shared(members.map((e) => e.country)),
      role: shared(members.map((e) => e.role)),
      mentions: [{ start, end, text, form: "nominal" }],
      members: members.map((e) => e.id),
    });
    mentions.push({
      start,
      end,
      text,
      form: "nominal",
      tokenStart: phrase.from,
      tokenEnd: phrase.to,
      entity: index,
      actor,
    });
    mentionOfToken.fill(-2, phrase.from, phrase.to); // placeholder until the indexes are rebuilt below
    added = true;
    i = phrase.to - 1;
  }
  if (!added) return layer;
  mentions.sort((x, y) => x.start - y.start);
  mentionOfToken.fill(-1);
  mentions.forEach((m, k) => {
    mentionOfToken.fill(k, m.tokenStart, m.tokenEnd);
  });
  return { entities, mentions, mentionOfToken };
}
