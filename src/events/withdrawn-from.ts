/**
 * Forces withdrawn from a place (issue 12, recall, ev29): "Syria withdrew troops from Lebanon", "the United States
 * speeded up the withdrawal of some invasion forces from Panama". The actors stage reads a group noun with a
 * from-phrase and no owner as the group of that country ("troops from Lebanon" → LBNMIL, as in "troops from
 * Lebanon joined the force"). After a withdrawal the from-phrase belongs to the act: it names the place left, which
 * is the target, and the group is only what is withdrawn. Only patterns whose target preposition is "from"
 * (withdraw, withdrawal); a group named with its own country ("Syrian troops from Lebanon") keeps its mention and
 * is left alone. Dyad's own lexicon only.
 */
import type { ActorMention } from "../actors/types.js";
import { mentionsOf } from "./arguments.js";
import type { CoderContext } from "./coder-context.js";
import type { Frame } from "./frames.js";
import type { EventPattern } from "./lexicon.js";

/** Position of the "from" inside mention `m` whose phrase ends it and names its country, or -1. */
function fromInside(cx: CoderContext, m: ActorMention): number {
  const { val, pos, value } = cx;
  if (!m.actor || m.actor.length < 6 || m.actor.startsWith("-") || m.form === "pronoun") return -1;
  for (let k = m.tokenStart + 1; k < m.tokenEnd - 1; k++) {
    if (val(k) !== "from") continue;
    // A country word before the from-phrase ("Syrian troops from Lebanon") names the group's own country: the
    // code need not come from the place then.
    for (let j = m.tokenStart; j < k; j++) if (pos[j] === "PROPN" || /^[A-Z]/.test(value[j] ?? "")) return -1;
    return k;
  }
  return -1;
}

/**
 * The place a withdrawal by pattern `p` leaves, when mention `m` (its object or of-phrase) holds it ("troops from
 * Lebanon" → Lebanon, coded LBN), or null. The place is registered as a place reference: no government for a capital.
 */
export function placeLeft(cx: CoderContext, p: EventPattern, m: ActorMention): ActorMention | null {
  const { doc, actors, lex, val, placeRefs, oneWay } = cx;
  if (lex.anyPos || !p.tgt?.has("from")) return null;
  const k = fromInside(cx, m);
  if (k < 0) return null;
  const at = val(k + 1) === "the" ? k + 2 : k + 1;
  const code = (m.actor as string).slice(0, 3);
  // The country's own entity when the article names it elsewhere; the group's otherwise.
  const entity = actors.entities.findIndex((e) => e.kind === "country" && e.actor === code);
  const start = doc.tokens.start[at] as number;
  const place: ActorMention = {
    start,
    end: m.end,
    text: doc.text.slice(start, m.end),
    form: "name",
    tokenStart: at,
    tokenEnd: m.tokenEnd,
    entity: entity >= 0 ? entity : m.entity,
    actor: code,
  };
  placeRefs.add(place);
  // The place takes no part in the act: no reverse direction for a reciprocal reading.
  oneWay.add(place);
  return place;
}

/**
 * Targets of a withdrawal on verb frame `f`: each target that holds the place left is replaced by that place; with
 * no target, the direct object's place ("withdrew some forces from Lebanon": the parser hangs the from-phrase on
 * the object, and a direct object is no target of a pattern with `tgt=from`).
 */
export function withdrawnFromTargets(
  cx: CoderContext,
  p: EventPattern,
  f: Frame,
  targets: ActorMention[] | null,
): ActorMention[] | null {
  if (targets?.length) return targets.map((t) => placeLeft(cx, p, t) ?? t);
  for (const m of f.objects.flatMap((o) => mentionsOf(cx.tree, cx.actors, o))) {
    const place = placeLeft(cx, p, m);
    if (place) return [place];
  }
  return targets;
}
