/** Output references and actor codes of event participants (docs/events.md, "Participant codes"). */
import type { ActorMention } from "../actors/types.js";
import type { CoderContext } from "./coder-context.js";
import { isPlaceCode } from "./targets.js";

/** Material coercion and force (17x–20x) and threats of them (13x). */
const FORCE = /^(1[3789]|20)/;
/** Acts done to a place's ground: blockades (144), coercion (17x, not arrests or expulsions of people) and force
 * (18x–20x), threats of repression or force. */
const PHYSICAL = /^(13[78]|144|17[0125-9]|1[89]|20)/;

/**
 * Output reference of a participant; `targetOf` is the event code when the mention is the target, `acted` the
 * pattern's own code before modality ("would blockade Paris": 144 read as a threat).
 */
export function ref(cx: CoderContext, m: ActorMention, targetOf: string | null, acted: string | null = null) {
  const { actors } = cx;
  let actor = roleCode(cx, m);
  // "shelled Kabul", "would blockade Paris": a capital shelled or blockaded is the city and its people, not the
  // government it stands for as a speaker ("Moscow demanded"); "threatened Moscow with sanctions" stays GOV.
  const act = targetOf?.startsWith("13") && PHYSICAL.test(acted ?? "") ? (acted as string) : targetOf;
  // A blockade's place is the city only as the blockaded object: "blocked roads in Algiers" protests to the
  // government.
  const ground =
    act !== null && PHYSICAL.test(act) && (!act.startsWith("144") || cx.tree.rel(m.tokenEnd - 1) === "obj");
  if (ground && seatOf(cx, m) && actor) {
    actor = `${actor.slice(0, 3)}CVL`;
  }
  // A town or city attacked, shelled or put under curfew stands for the people living there (PLOVER CVL).
  const e = actors.entities[m.entity];
  if (targetOf && FORCE.test(targetOf) && actor?.length === 3 && e?.kind === "place") actor = `${actor}CVL`;
  return { start: m.start, end: m.end, text: m.text, entity: e?.id ?? null, actor };
}

/**
 * The code an event participant gets: the mention's own code, refined by two noun-phrase readings the actors
 * stage leaves at country level (docs/events.md, "Participant codes"):
 *  - a country adjective coordinated before a role nominal shares its role: "Sierra Leonean and Liberian
 *    refugees" → SLEREF, "US and British forces" → USAMIL;
 *  - a plural demonym used as a noun names people of the country, coded as civilians: "arrested 100
 *    Palestinians" → PSECVL.
 */
function roleCode(cx: CoderContext, m: ActorMention): string | null {
  const { lex, pos, value, placeRefs, lower, val, mentionAt } = cx;
  const code = m.actor;
  if (code?.length !== 3 || code.startsWith("-") || lex.anyPos) return code;
  // "Moscow demanded", "rejected by Beirut": a capital standing for the country acts as its government.
  if (seatOf(cx, m) && !placeRefs.has(m)) {
    return `${code}GOV`;
  }
  const acronym = m.form === "name" && m.tokenEnd - m.tokenStart === 1 && /^[A-Z.]{2,4}$/.test(m.text);
  if (m.form !== "demonym" && !acronym) return code;
  let k = m.tokenEnd;
  if (value[k] === "," || val(k) === "and" || val(k) === "or") {
    k += val(k + 1) === "and" || val(k + 1) === "or" ? 2 : 1;
    const next = mentionAt(k);
    if (next && next.tokenStart === k && next.form === "nominal" && next.actor && next.actor.length >= 6) {
      if (pos[k] !== "DET" && next.actor.slice(0, 3) !== code) return code + next.actor.slice(3, 6);
    }
  }
  // "Palestinian homes", "the Bosnian town of Gorazde", "Iraqi towns": the people living there.
  if (m.form === "demonym" && lex.civilian) {
    let j = m.tokenEnd;
    while (pos[j] === "ADJ") j++;
    if (lex.civilian.has(lower(j))) return `${code}CVL`;
  }
  const last = val(m.tokenEnd - 1);
  const nounNext = pos[m.tokenEnd] === "NOUN" || pos[m.tokenEnd] === "PROPN";
  if (m.form === "demonym" && /[^s]s$/.test(last) && !nounNext) {
    // "ethnic Hungarians in western Romania": an ethnic group lives in the country the sentence places it in.
    const home = val(m.tokenStart - 1) === "ethnic" ? residence(cx, m) : null;
    return `${home ?? code}CVL`;
  }
  return code;
}

/** A capital or other seat named for its country ("Moscow", "Kabul"): a name mention of a country entity. */
function seatOf(cx: CoderContext, m: ActorMention): boolean {
  const { actors, opt } = cx;
  return (
    m.form === "name" &&
    m.actor?.length === 3 &&
    (opt.seats?.has(m.text.toLowerCase()) ?? false) &&
    actors.entities[m.entity]?.kind === "country"
  );
}

/** The first country or place of another country named in the sentence of an ethnic group's mention. */
function residence(cx: CoderContext, m: ActorMention): string | null {
  const { doc, mentionAt } = cx;
  const s = doc.tokens.sentence[m.tokenStart] as number;
  const se = doc.sentences.tokenEnd[s] as number;
  for (let k = doc.sentences.tokenStart[s] as number; k < se; k++) {
    const o = mentionAt(k);
    if (!o) continue;
    k = o.tokenEnd - 1;
    if (o.entity !== m.entity && isPlaceCode(cx, o) && o.actor !== m.actor) return o.actor;
  }
  return null;
}
