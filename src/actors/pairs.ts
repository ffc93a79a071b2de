/**
 * Plural descriptions of a pair named just before: "the two leaders", "both presidents", "the two countries".
 * News writes them right after naming two people or two countries ("Xi and Putin exchanged greetings … the two
 * leaders met twice"), and a coder reads them as that pair. Each becomes a mention of a group entity whose
 * `members` are the two entities, so that the events stage can expand it like a coordinated subject and an
 * attribution can name the pair as its source.
 *
 * Conservative on purpose: exactly two distinct entities of the right kind must be mentioned in the phrase's
 * sentence or the PAIR_WINDOW sentences before it; with one or three or more, the phrase stays unresolved.
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
}

/** "the two leaders", "both leaders", "both the leaders", "the two foreign ministers" starting at token i. */
function pairPhraseAt(doc: Document, i: number, cues: PairCues): PairPhrase | null {
  const { norm, lemma, pos } = doc.tokens;
  let j = i;
  if (norm[j] === "the" && norm[j + 1] === "two") j += 2;
  else if (norm[j] === "both") j += norm[j + 1] === "the" ? 2 : 1;
  else return null;
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
  return { from: i, to: j + 1, kind };
}

/**
 * People for "the two leaders" (also groups of officials: "Russian and Chinese leaders met … the two leaders"),
 * countries for "the two countries", any actor but a place for "the two sides".
 */
function entityFits(e: Entity, want: PairPhrase["kind"]): boolean {
  if (want === "party") return e.kind !== "place" && e.actor !== null;
  if (want === "person") return e.kind === "person" || (e.kind === "group" && e.role === "GOV");
  return e.kind === "country";
}

/** The two distinct entities of the wanted kind mentioned last before token `at` within the window, or null. */
function lastPair(doc: Document, layer: ActorLayer, at: number, want: PairPhrase["kind"]): [number, number] | null {
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
  // exactly two candidates, so that "the two leaders" never picks two out of three
  return seen.length === 2 ? [seen[1] as number, seen[0] as number] : null;
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

/** The same value in both, or null. */
const shared = <T>(a: T | null, b: T | null): T | null => (a !== null && a === b ? a : null);

/** Adds a group mention and entity for every resolvable pair phrase not already inside a mention. */
export function addPairMentions(doc: Document, layer: ActorLayer, cues: PairCues): ActorLayer {
  const T = doc.tokens;
  const entities = [...layer.entities];
  const mentions = [...layer.mentions];
  const mentionOfToken = layer.mentionOfToken.slice();
  let added = false;
  for (let i = 0; i < T.count; i++) {
    const norm = T.norm[i];
    if ((norm !== "the" && norm !== "both") || mentionOfToken[i] !== -1) continue;
    const phrase = pairPhraseAt(doc, i, cues);
    if (!phrase) continue;
    let free = true;
    for (let t = phrase.from; t < phrase.to; t++) if (mentionOfToken[t] !== -1) free = false;
    // Only the recognizer's (sorted) mentions: the group mentions added here are never a pair's members.
    const pair = free ? lastPair(doc, { entities, mentions: layer.mentions, mentionOfToken }, i, phrase.kind) : null;
    if (!pair) continue;
    const [a, b] = pair.map((k) => entities[k] as Entity) as [Entity, Entity];
    const start = T.start[phrase.from] as number;
    const end = T.end[phrase.to - 1] as number;
    const text = doc.text.slice(start, end);
    const index = entities.length;
    entities.push({
      id: `e${index + 1}`,
      name: `${a.name} and ${b.name}`,
      kind: "group",
      actor: shared(a.actor, b.actor),
      country: shared(a.country, b.country),
      role: shared(a.role, b.role),
      mentions: [{ start, end, text, form: "nominal" }],
      members: [a.id, b.id],
    });
    mentions.push({
      start,
      end,
      text,
      form: "nominal",
      tokenStart: phrase.from,
      tokenEnd: phrase.to,
      entity: index,
      actor: shared(a.actor, b.actor),
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
