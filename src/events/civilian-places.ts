/**
 * Force on places where people live, located by a place phrase (issue 12, recall, ev27): "shelled villages near
 * Rafah", "shelled positions of the Palestinian police and residential areas near the town of Rafah". The
 * lexicon's `@civilian` rule reads a country adjective before such a place ("Palestinian homes") as that country's
 * civilians; here the place is named after the noun (near/around/outside/of/in a coded place), and each such
 * object, also a later conjunct of the object, adds the civilians of that place's country as a target.
 * Word lists: `@civilian` in data/events/lexicon.txt, `civilian_area_heads` / `civilian_area_modifiers` in
 * event-arguments.json. Dyad's own lexicon only.
 */
import type { ActorMention } from "../actors/types.js";
import { listed } from "./arguments.js";
import type { CoderContext } from "./coder-context.js";
import { placeUnder } from "./evacuation.js";
import { type Frame, withConjuncts } from "./frames.js";
import { placeCivilians } from "./targets.js";

const FORCE = /^(18|19|20)/;
/** Prepositions that locate a place noun ("villages near X", "homes in X", "the villages of X"). */
const LOCATING = new Set(["near", "around", "outside", "in", "of"]);

/** `targets` with the civilians of each located civilian place among the objects of force frame `f` added. */
export function civilianPlaceTargets(
  cx: CoderContext,
  code: string,
  f: Frame,
  targets: ActorMention[] | null,
): ActorMention[] | null {
  const { tree, lex, actors } = cx;
  if (lex.anyPos || !FORCE.test(code)) return targets;
  const found: ActorMention[] = [];
  const objects = withConjuncts(tree, f.objects);
  // "shelled positions of the police and residential areas near X": the parser often joins the second object to
  // the first one's of-phrase; a civilian place there is shelled all the same.
  const ofConjuncts = objects.flatMap((o) =>
    tree
      .dependents(o, "nmod")
      .filter((c) => tree.caseOf(c) === "of")
      .flatMap((c) => tree.dependents(c, "conj")),
  );
  for (const o of [...objects, ...ofConjuncts]) {
    if ((actors.mentionOfToken[o] ?? -1) >= 0 || !civilianPlace(cx, o)) continue;
    for (const c of tree.dependents(o, "nmod")) {
      if (!LOCATING.has(tree.caseOf(c))) continue;
      const place = placeUnder(cx, c, 0);
      if (!place) continue;
      found.push(place);
      break;
    }
  }
  const have = new Set((targets ?? []).map((t) => t.actor));
  const added = found.filter((m) => !have.has(`${m.actor}CVL`));
  if (added.length === 0) return targets;
  return [...(targets ?? []), ...added.map((m) => placeCivilians(cx, m))];
}

/** A noun for a place where people live: a `@civilian` lemma, or "residential areas", "civilian districts". */
function civilianPlace(cx: CoderContext, o: number): boolean {
  const { tree, lex, lower } = cx;
  if (lex.civilian?.has(lower(o))) return true;
  if (!listed("civilian_area_heads", lower(o))) return false;
  return tree.dependents(o, "amod").some((a) => listed("civilian_area_modifiers", lower(a)));
}
