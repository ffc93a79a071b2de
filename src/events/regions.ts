/**
 * World regions and seas as agents. A sea never acts ("the Gulf attacked"), and a region names an agent only as
 * itself ("Africa rejected") or as the modifier of a head of polities or people ("African countries", "the Gulf
 * states"): "a Caribbean hurricane killed", "European stock market Euronext met" name a storm and a firm. Lists:
 * event-arguments.json words "region_codes", "sea_codes", "region_agent_heads".
 */
import type { ActorMention } from "../actors/types.js";
import { argumentLexicon } from "./arguments.js";
import type { CoderContext } from "./coder-context.js";

/** Nouns looked at after a region's name for a head of polities or people. */
const HEAD_REACH = 4;

/** The source mention is a region or a sea that cannot be the agent here. */
export function regionNoAgent(cx: CoderContext, m: ActorMention): boolean {
  if (cx.lex.anyPos || !m.actor) return false;
  const words = argumentLexicon().words;
  const code = m.actor.slice(0, 3);
  if (!words.get("region_codes")?.has(code)) return false;
  const sea = words.get("sea_codes")?.has(code) ?? false;
  // "the Gulf gunboats" (coded as the sea's military): boats of no named country; a region's own people and
  // leaders ("European leaders") do act.
  if (m.actor.length > 3) return sea;
  const heads = words.get("region_agent_heads");
  // the head of polities may be inside the mention itself: the actors stage reads "the Gulf states" as one name
  const last = m.tokenEnd - 1;
  if (m.tokenEnd - m.tokenStart > 1 && (heads?.has(cx.lower(last)) || heads?.has(cx.val(last)))) return false;
  let modifier = false;
  for (let k = m.tokenEnd; k < Math.min(cx.count, m.tokenEnd + HEAD_REACH); k++) {
    const pos = cx.pos[k];
    if (pos !== "NOUN" && pos !== "PROPN" && pos !== "ADJ") break;
    modifier = true;
    if (heads?.has(cx.lower(k)) || heads?.has(cx.val(k))) return false;
  }
  return modifier || sea;
}
