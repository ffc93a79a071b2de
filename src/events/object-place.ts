/**
 * The place a promised or given thing is for (issue 12, recall): "will evacuate all settlements in the Gaza Strip",
 * "is ready to contribute troops to a force in Liberia", "agreed to set up a research centre in Tokyo". An
 * agreement, a stated intent or aid (03x, 07x) with no party named after it is aimed at the country or place that
 * locates its object. Only a place inside the object (or a non-"at" oblique) of the verb or of its infinitive
 * complement counts: the venue of the act ("pledged in Paris", "agreed at a meeting in New York") is no party.
 * Dyad's own lexicon only; see docs/events.md "Recall (ev15)".
 */
import type { ActorMention } from "../actors/types.js";
import { argClass, argumentLexicon } from "./arguments.js";
import type { CoderContext } from "./coder-context.js";
import { type Frame, verbFrame } from "./frames.js";
import type { EventPattern } from "./lexicon.js";
import { placeMentionAt } from "./targets.js";

/** Agreements and intents (not 036, an intent to meet: its place is a venue) and aid. */
const OBJECT_PLACE_CODES = /^(03[0-5]|07)/;
/** Prepositions of a place that locates a noun ("settlements in Gaza"). */
const IN_PREPS = new Set(["in", "inside", "into"]);
/** Prepositions that chain the object's own modifiers ("an extension of the mandate for the force in Lebanon"). */
const CHAIN_PREPS = new Set(["of", "for", "to"]);
/** How deep an of/for/to chain under the object is followed. */
const MAX_DEPTH = 3;

/** Obliques that name no object of the act: its venue ("at a conference in Paris"), a comparison ("than those in X"). */
const NOT_OBJECT_PREPS = new Set(["at", "than", "like", "as"]);

/**
 * Argument heads of a frame whose places locate the act's object: its own object nouns and oblique nouns, not
 * the antecedent of a relative clause ("an agreement in Paris in which X agreed" is no object of "agreed").
 */
function objectHeads(cx: CoderContext, f: Frame): number[] {
  const { tree, pos } = cx;
  const heads = [...f.objects];
  for (const [prep, hs] of f.obliques) if (!NOT_OBJECT_PREPS.has(prep)) heads.push(...hs);
  return heads.filter((h) => tree.head(h) === f.trigger && (pos[h] === "NOUN" || pos[h] === "PROPN"));
}

/** A noun that names a gathering or negotiation: a place on it is the venue ("a meeting in New York"). */
function venueNoun(cx: CoderContext, n: number): boolean {
  const { tree, actors } = cx;
  const lex = argumentLexicon();
  const norm = tree.doc.tokens.norm[n] ?? "";
  const cls = argClass(tree, actors, n, lex);
  return (
    cls === "gathering" ||
    lex.words.get("negotiation_nouns")?.has(norm) === true ||
    lex.words.get("venue_nouns")?.has(norm) === true
  );
}

/** The coded place in an in-phrase under noun `n`, following of/for/to modifiers down to MAX_DEPTH. */
function placeInPhraseUnder(cx: CoderContext, n: number, depth: number): ActorMention | null {
  const { tree, actors } = cx;
  if (venueNoun(cx, n) || (actors.mentionOfToken[n] ?? -1) >= 0) return null;
  for (const c of tree.dependents(n, "nmod")) {
    const prep = tree.caseOf(c);
    if (IN_PREPS.has(prep)) {
      const m = placeMentionAt(cx, c);
      if (m) return m;
    } else if (CHAIN_PREPS.has(prep) && depth < MAX_DEPTH) {
      const m = placeInPhraseUnder(cx, c, depth + 1);
      if (m) return m;
    }
  }
  return null;
}

/** The place target of an agreement, intent or aid event on verb `f.trigger` (see the file comment), or null. */
export function objectPlace(
  cx: CoderContext,
  p: EventPattern,
  code: string,
  f: Frame,
  sources: readonly ActorMention[],
): ActorMention[] | null {
  const { lex, tree, placeRefs, oneWay } = cx;
  // A reciprocal act of several subjects ("Gondor and Rohan failed to reach agreement on the offices in Minas
  // Tirith") has its partners among them.
  if (lex.anyPos || (p.recip && sources.length > 1) || !OBJECT_PLACE_CODES.test(code)) return null;
  // "agreed to set up a centre in Tokyo": the infinitive complement's object is what was agreed.
  const xcomps = tree.children(f.trigger).filter((c) => tree.rel(c) === "xcomp");
  // "granting it ballot access in Florida": a named recipient (an indirect object, or the first of two objects as
  // the parser often gives it) is the act's party, whatever the place.
  const recipient = (v: number) => tree.dependents(v, "iobj").length > 0 || tree.dependents(v, "obj").length > 1;
  if ([f.trigger, ...xcomps].some(recipient)) return null;
  const heads = [...objectHeads(cx, f), ...xcomps.flatMap((x) => objectHeads(cx, verbFrame(tree, x)))];
  for (const h of heads) {
    const m = placeInPhraseUnder(cx, h, 0);
    if (m) {
      // A capital here is a place, not its government ("a centre in Tokyo" is no act on Japan's government).
      const place = { ...m, actor: (m.actor as string).slice(0, 3) };
      placeRefs.add(place);
      // A place takes no part in the act: a reciprocal verb ("agreed") gets no reverse direction.
      oneWay.add(place);
      return [place];
    }
  }
  return null;
}
