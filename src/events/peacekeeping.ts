/**
 * Peacekeepers arriving (ev25): "NATO peacekeeping troops arrived in Bosnia" is no visit (042) but the
 * deployment of a peacekeeping force, CAMEO 074 "provide military protection or peacekeeping" (PLOVER AID).
 */
import type { ActorMention } from "../actors/types.js";
import { listed } from "./arguments.js";
import type { CoderContext } from "./coder-context.js";
import type { EventPattern } from "./lexicon.js";

const PEACEKEEPING = /^peace-?keep/i;

/**
 * The code of an arrival by peacekeepers: 074 when the pattern reads a verb of arrival as a visit and a source
 * phrase names peacekeepers (the mention itself or up to three words before it: "Bangladeshi peacekeeping
 * troops", "UN peacekeepers"); undefined otherwise.
 */
export function peacekeepingArrival(
  cx: CoderContext,
  p: EventPattern,
  i: number,
  sources: readonly ActorMention[],
  code: string,
): string | undefined {
  if (cx.lex.anyPos || p.kind !== "V" || !code.startsWith("042") || !listed("arrival_verbs", cx.lower(i)))
    return undefined;
  for (const m of sources) {
    for (let k = Math.max(0, m.tokenStart - 3); k < m.tokenEnd + 2 && k < i; k++) {
      if (PEACEKEEPING.test(cx.val(k))) return "074";
    }
  }
  return undefined;
}
