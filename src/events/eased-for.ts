/**
 * An easing done so that goods can reach a place (issue 12, recall, ev27): "Uzbekistan opened the bridge to allow
 * the delivery of grain to Afghanistan", "Rohan lifted the blockade to permit shipments of food into Gondor". A
 * yielding act (08x) that names no party of its own is aimed at the place its purpose clause sends the goods to:
 * the to/into-phrase of a delivery noun inside an infinitive of allowing. Word lists: `enabling_verbs` and
 * `delivery_nouns` in event-arguments.json. Dyad's own lexicon only.
 */
import type { ActorMention } from "../actors/types.js";
import { listed } from "./arguments.js";
import type { CoderContext } from "./coder-context.js";
import type { Frame } from "./frames.js";
import { placeMentionAt } from "./targets.js";

const DIRECTION = new Set(["to", "into"]);

/** The place that goods go to in the purpose clause of yielding act `f`, or null. */
export function easedForTarget(cx: CoderContext, code: string, f: Frame): ActorMention[] | null {
  const { tree, lex, lower } = cx;
  if (lex.anyPos || !code.startsWith("08")) return null;
  // The parser hangs the purpose clause on the verb (advcl) or on its object ("lifted the blockade to permit …").
  const clauses = [
    ...tree.dependents(f.trigger, "advcl"),
    ...f.objects.flatMap((o) => tree.dependents(o, "acl")),
  ].filter((c) => tree.caseOf(c) === "to" && listed("enabling_verbs", lower(c)));
  for (const c of clauses) {
    const delivered = tree.dependents(c, "obj").find((o) => listed("delivery_nouns", lower(o)));
    const [from, to] = tree.span(c);
    for (let t = from; t < to; t++) {
      if (!["nmod", "obl"].includes(tree.rel(t)) || !DIRECTION.has(tree.caseOf(t))) continue;
      const head = tree.head(t);
      // "the delivery of grain to X", also with the phrase on a noun inside ("of tons of grain to X") or on the
      // verb ("permit shipments of food into X").
      const sent = delivered !== undefined && (head === c || tree.dominates(delivered, t));
      if (!listed("delivery_nouns", lower(head)) && !sent) continue;
      const m = placeMentionAt(cx, t);
      if (m) {
        cx.placeRefs.add(m);
        return [m];
      }
    }
  }
  return null;
}
