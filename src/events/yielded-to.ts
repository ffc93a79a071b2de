/**
 * The party a concession yields to (issue 12, recall, ev29): "President X resigned as the opposition threatened to
 * storm his residence", "the minister stepped down after weeks of protests by students". A yielding act (08x) that
 * names no party after it is aimed at the party whose pressure the sentence gives as its occasion: the subject of
 * an as/after/when clause on the act whose verb is one of pressure (threaten, demand, protest …), or the owner or
 * by-agent of a pressure noun in an after/amid/following phrase. The same reading as talks named after a
 * concession (`talksPartner`, "called off the strike after talks with X"). Word lists: `pressure_verbs`,
 * `pressure_nouns` in event-arguments.json. Dyad's own lexicon only.
 */
import type { ActorMention } from "../actors/types.js";
import { listed, mentionsOf } from "./arguments.js";
import type { CoderContext } from "./coder-context.js";
import type { Frame } from "./frames.js";
import { isCodedParty } from "./targets.js";

/** Subordinators of a clause that gives the occasion of the act. */
const OCCASION_MARKS = new Set(["as", "after", "when", "following"]);
/** Prepositions of a phrase that gives the occasion of the act. */
const OCCASION_PREPS = new Set(["after", "amid", "following", "under"]);
/** Prepositions of the party a pressure noun comes from ("protests by X", "pressure from X"). */
const AGENT_PREPS = new Set(["by", "from"]);
/** How deep of-phrases are followed to a pressure noun ("after weeks of protests by X"). */
const MAX_DEPTH = 2;

/** A coded party among the mentions of head `h` (a country code, not a pronoun or a role without one). */
function codedParty(cx: CoderContext, h: number): ActorMention | null {
  return mentionsOf(cx.tree, cx.actors, h).find(isCodedParty) ?? null;
}

/** The owner or by/from-agent among the dependents of noun `n`. */
function agentOf(cx: CoderContext, n: number): ActorMention | null {
  const { tree } = cx;
  for (const c of tree.children(n)) {
    const rel = tree.rel(c);
    const owner = rel === "nmod:poss" || rel === "amod" || rel === "compound";
    if (owner || ((rel === "nmod" || rel === "obl") && AGENT_PREPS.has(tree.caseOf(c)))) {
      const m = codedParty(cx, c);
      if (m) return m;
    }
  }
  return null;
}

/** The owner or by-agent of pressure noun `n`, or of one in its of-phrase chain. */
function pressureNounParty(cx: CoderContext, n: number, depth: number): ActorMention | null {
  const { tree, lower } = cx;
  if (listed("pressure_nouns", lower(n))) return agentOf(cx, n);
  if (depth >= MAX_DEPTH) return null;
  for (const c of tree.dependents(n, "nmod")) {
    if (tree.caseOf(c) !== "of") continue;
    // "after weeks of protests by X": the parser may hang the by-phrase on the quantity noun.
    const m = pressureNounParty(cx, c, depth + 1) ?? (listed("pressure_nouns", lower(c)) ? agentOf(cx, n) : null);
    if (m) return m;
  }
  return null;
}

/** The party yielded to by 08x act `code` on frame `f` of `sources` (see the file comment), or null. */
export function yieldedTo(
  cx: CoderContext,
  code: string,
  f: Frame,
  sources: readonly ActorMention[],
): ActorMention[] | null {
  const { lex, tree, lower } = cx;
  if (lex.anyPos || !code.startsWith("08")) return null;
  const other = (m: ActorMention | null) => (m && !sources.some((s) => s.entity === m.entity) ? [m] : null);
  for (const c of tree.children(f.trigger)) {
    const rel = tree.rel(c);
    if (rel === "advcl" && listed("pressure_verbs", lower(c))) {
      const mark = tree.children(c).find((k) => tree.rel(k) === "mark");
      if (mark === undefined || !OCCASION_MARKS.has(lower(mark))) continue;
      for (const s of tree.dependents(c, "nsubj")) {
        const found = other(codedParty(cx, s));
        if (found) return found;
      }
    } else if (rel === "obl" && OCCASION_PREPS.has(tree.caseOf(c))) {
      const found = other(pressureNounParty(cx, c, 0));
      if (found) return found;
    }
  }
  return null;
}
