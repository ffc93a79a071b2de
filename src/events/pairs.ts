/**
 * Pair expressions as the target of an appeal or an act ("urged both sides to agree", "called on the two
 * parties to show restraint"): they stand for the two actors of the dyad the article is reporting on, not for
 * whichever two names the sentence happens to hold (the speaker among them: "Egypt urged both sides").
 */
import type { ActorMention } from "../actors/types.js";
import type { CoderContext } from "./coder-context.js";
import type { Frame } from "./frames.js";

/** Plural heads that, after "both" / "the two", name the two parties of a conflict or a negotiation. */
const PAIR_HEADS = new Set([
  "side",
  "party",
  "country",
  "nation",
  "leader",
  "government",
  "camp",
  "neighbour",
  "neighbor",
]);

/** The head token of a "both sides" / "the two parties" phrase among the verb's object and oblique heads, or -1. */
function pairHeadOf(cx: CoderContext, f: Frame): number {
  const { tree, lower, val } = cx;
  const heads = [
    ...f.objects,
    ...(f.obliques.get("on") ?? []),
    ...(f.obliques.get("upon") ?? []),
    ...(f.obliques.get("to") ?? []),
  ];
  for (const h of heads) {
    if (h <= f.trigger || !PAIR_HEADS.has(lower(h)) || !/s$/.test(val(h))) continue;
    const quantifier = tree.children(h).some((c) => val(c) === "both" || val(c) === "two");
    if (quantifier || val(h - 1) === "both" || (val(h - 1) === "two" && val(h - 2) === "the")) return h;
  }
  return -1;
}

/**
 * The current dyad: the two parties of the latest event coded before in the article that has a source and a
 * target of different countries, neither of them the country of one of the `sources`. Null when there is none
 * (or, given a sentence, none in it or the SUBJECT_DYAD_REACH sentences before).
 */
function currentDyad(
  cx: CoderContext,
  sources: readonly ActorMention[],
  sentence?: number,
): [number, string, number, string] | null {
  const own = new Set(sources.map((m) => (m.actor ?? "").slice(0, 3)).filter((c) => c.length === 3));
  for (let k = cx.events.length - 1; k >= 0; k--) {
    const e = cx.events[k];
    // (only a recent one, when a sentence is given)
    if (sentence !== undefined && e && e.sentence < sentence - SUBJECT_DYAD_REACH) return null;
    const s = e?.source;
    const t = e?.target;
    if (!s?.actor || !t?.actor || !s.entity || !t.entity) continue;
    const sc = s.actor.slice(0, 3);
    const tc = t.actor.slice(0, 3);
    if (sc === tc || own.has(sc) || own.has(tc) || sc.startsWith("-") || tc.startsWith("-")) continue;
    const si = cx.entityIndex.get(s.entity);
    const ti = cx.entityIndex.get(t.entity);
    if (si === undefined || ti === undefined) continue;
    return [si, s.actor, ti, t.actor];
  }
  return null;
}

/** Sentences back a dyad may lie for "both sides" as a subject to stand for it. */
const SUBJECT_DYAD_REACH = 2;

/**
 * "Gondor and Rohan held talks, Arnor radio said. The two countries agreed …": the two parties a "both sides" /
 * "the two countries" subject at token k stands for are those of the latest coded dyad, when that event is in the
 * sentence or the two before it; the names nearest before the phrase may be a speaker or a place. Null when there
 * is no such dyad.
 */
export function subjectDyad(cx: CoderContext, from: number, k: number): ActorMention[] | null {
  const { doc } = cx;
  const dyad = currentDyad(cx, [], doc.tokens.sentence[k] as number);
  if (!dyad) return null;
  const start = doc.tokens.start[from] as number;
  const end = doc.tokens.end[k] as number;
  const base = { start, end, text: doc.text.slice(start, end), form: "nominal" as const, tokenStart: from };
  return [
    { ...base, tokenEnd: k + 1, entity: dyad[0], actor: dyad[1] },
    { ...base, tokenEnd: k + 1, entity: dyad[2], actor: dyad[3] },
  ];
}

/**
 * Targets of a verb whose object or on/to-oblique is a pair expression: the two parties of the current dyad,
 * each as a mention over the phrase. When there is no such dyad, the actor stage's reading of the phrase stays
 * unless it names one of the sources (the speaker is never one of "both sides"); then there is no target.
 * Other targets are returned unchanged.
 */
export function pairTargets(
  cx: CoderContext,
  f: Frame,
  sources: readonly ActorMention[],
  targets: ActorMention[] | null,
): ActorMention[] | null {
  const { lex, doc, mentionAt } = cx;
  if (lex.anyPos) return targets;
  const h = pairHeadOf(cx, f);
  if (h < 0) return targets;
  let from = h;
  while (from > f.trigger + 1 && ["both", "the", "two", "warring", "rival"].includes(cx.val(from - 1))) from--;
  const phrase = mentionAt(h);
  const dyad = currentDyad(cx, sources);
  if (dyad) {
    const start = doc.tokens.start[from] as number;
    const end = doc.tokens.end[h] as number;
    const base = {
      start,
      end,
      text: doc.text.slice(start, end),
      form: "nominal" as const,
      tokenStart: from,
      tokenEnd: h + 1,
    };
    return [
      { ...base, entity: dyad[0], actor: dyad[1] },
      { ...base, entity: dyad[2], actor: dyad[3] },
    ];
  }
  if (!phrase) return targets;
  const members = cx.asMembers(phrase);
  const speaker = members.some((m) =>
    sources.some((s) => s.entity === m.entity || (s.actor && s.actor.slice(0, 3) === m.actor?.slice(0, 3))),
  );
  if (!speaker) return targets;
  const kept = (targets ?? []).filter((m) => m !== phrase);
  return kept.length > 0 ? kept : null;
}
