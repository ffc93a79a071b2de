/**
 * People evacuated from a place (issue 12, recall, ev27): "U.N. helicopters evacuated the wounded from the
 * besieged Bosnian town of Gorazde", "Red Cross teams rescued villagers from flooded areas of Bangladesh". When
 * the evacuated are named only as people of the place (the wounded, civilians, residents: no actor of their own),
 * the aid is given to the civilians of the country that the from-phrase locates. Someone evacuated under another
 * description ("evacuated 300 foreigners from Beirut", "evacuated its diplomats") stays without this target:
 * foreigners are not the place's civilians. Word lists: `evacuation_verbs` and `evacuee_nouns` in
 * event-arguments.json. Dyad's own lexicon only.
 */
import type { ActorMention } from "../actors/types.js";
import { listed, mentionsOf } from "./arguments.js";
import type { CoderContext } from "./coder-context.js";
import type { Frame } from "./frames.js";
import { isPlaceCode, placeCivilians } from "./targets.js";

/** How deep the from-phrase's of/in modifiers are followed to a coded place ("the town of X in Y"). */
const MAX_DEPTH = 2;
const PLACE_PREPS = new Set(["of", "in"]);

/** The civilians of the place the evacuated people of frame `f` are taken from, or null. */
export function evacueesPlace(cx: CoderContext, f: Frame): ActorMention[] | null {
  const { tree, actors, lex, lower } = cx;
  if (lex.anyPos || !listed("evacuation_verbs", lower(f.trigger))) return null;
  const people = f.objects.filter((o) => listed("evacuee_nouns", lower(o)));
  // Only uncoded people: a coded object ("evacuated Gondor's citizens") is a target of its own, found before.
  if (people.length === 0 || people.some((o) => (actors.mentionOfToken[o] ?? -1) >= 0)) return null;
  // The parser may hang the from-phrase on the people rather than the verb ("the wounded from the town of X").
  const onPeople = people.flatMap((o) =>
    tree.children(o).filter((c) => ["obl", "nmod"].includes(tree.rel(c)) && tree.caseOf(c) === "from"),
  );
  for (const from of [...(f.obliques.get("from") ?? []), ...onPeople]) {
    const place = placeUnder(cx, from, 0);
    if (place) return [placeCivilians(cx, place)];
  }
  return null;
}

/** A coded country or place that names or locates noun `n`: itself, an owner or modifier, or an of/in-phrase. */
export function placeUnder(cx: CoderContext, n: number, depth: number): ActorMention | null {
  const { tree, actors } = cx;
  const own = mentionsOf(tree, actors, n).find((m) => isPlaceCode(cx, m));
  if (own) return own;
  if (depth >= MAX_DEPTH) return null;
  for (const c of tree.dependents(n, "nmod")) {
    if (!PLACE_PREPS.has(tree.caseOf(c))) continue;
    const m = placeUnder(cx, c, depth + 1);
    if (m) return m;
  }
  return null;
}
