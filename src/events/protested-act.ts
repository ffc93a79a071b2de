/**
 * A protest against an act of state whose doer is not named (issue 12, recall, ev29): "opposition parties in Nepal
 * organized a general strike that shut down Katmandu in protest of last week's arrest of activists". Arrests,
 * detentions, trials, executions and bans are done by a state; when the protest phrase names no one who did it
 * (no owner, no by-agent), the protest is aimed at the government of the protesters' own country. A named doer
 * is the target as such ("in protest at Gondor's arrest of X", "… the arrest of X by Gondorian police"). The
 * protest phrase may follow a relative clause on the protest noun, which the stated-purpose rule (`purposeTarget`)
 * does not cross. Word list: `state_act_nouns` in event-arguments.json. Dyad's own lexicon only.
 */
import type { ActorMention } from "../actors/types.js";
import { listed } from "./arguments.js";
import { type CoderContext, HARD } from "./coder-context.js";
import { isCodedParty } from "./targets.js";

/** Prepositions after "in protest" that name what is protested. */
const PROTEST_PREPS = new Set(["of", "against", "at", "over"]);
/** Roles of protesters who have a government of their own to protest to (not an international body). */
const NOT_DOMESTIC = /^(IGO|NGO|IMG|MNC|---)/;

/** Position right after "in protest of|against|at|over" or "to protest" following `end` in the clause, or -1. */
function protestPhrase(cx: CoderContext, end: number, se: number): number {
  const { value, val } = cx;
  // "staged a sit-in in protest against …": the pattern's own words may end in "in protest".
  if (val(end) === "protest" && val(end - 1) === "in" && PROTEST_PREPS.has(val(end + 1))) return end + 2;
  for (let k = end + 1; k < se - 2; k++) {
    if (HARD.has(value[k] as string)) return -1;
    // ", and police arrested …": a new coordinated clause is no longer about the protest.
    if (value[k] === "," && (val(k + 1) === "and" || val(k + 1) === "but")) return -1;
    if (val(k) === "in" && val(k + 1) === "protest" && PROTEST_PREPS.has(val(k + 2))) return k + 3;
    if (val(k) === "to" && val(k + 1) === "protest") return k + 2;
  }
  return -1;
}

/** The government of `country` as a target standing at token `at` (the act noun), registered nowhere else. */
function governmentOf(cx: CoderContext, country: string, at: number): ActorMention {
  const { doc, actors } = cx;
  const entity = actors.entities.findIndex((e) => e.kind === "country" && e.actor === country);
  const start = doc.tokens.start[at] as number;
  const end = doc.tokens.end[at] as number;
  return {
    start,
    end,
    text: doc.text.slice(start, end),
    form: "nominal",
    tokenStart: at,
    tokenEnd: at + 1,
    entity,
    actor: `${country}GOV`,
  };
}

/** The target of protest `code` by `sources` against an act of state (see the file comment), or null. */
export function protestedStateAct(
  cx: CoderContext,
  code: string,
  sources: readonly ActorMention[],
  end: number,
  se: number,
): ActorMention[] | null {
  const { lex, pos, lower, val, mentionAt } = cx;
  if (lex.anyPos || !code.startsWith("14")) return null;
  const from = protestPhrase(cx, end, se);
  if (from < 0) return null;
  let owner: ActorMention | null = null;
  // The act noun within a few words: "the arrest", "last week's arrest", "Gondor's detention".
  for (let k = from; k < Math.min(se, from + 6); k++) {
    const m = mentionAt(k);
    if (m) {
      owner = isCodedParty(m) ? m : null;
      k = m.tokenEnd - 1;
      continue;
    }
    if (!listed("state_act_nouns", lower(k)) && !listed("state_act_nouns", val(k))) {
      if (["DET", "ADJ", "NUM", "NOUN", "PART"].includes(pos[k] as string)) continue;
      return null;
    }
    if (owner) return [owner];
    // "the arrest of X by Gondorian police": a by-agent within the act's phrase.
    for (let j = k + 1; j < Math.min(se, k + 10); j++) {
      if (HARD.has(cx.value[j] as string) || cx.value[j] === ",") break;
      if (val(j) !== "by") continue;
      const agent = mentionAt(j + 1) ?? mentionAt(j + 2);
      if (agent && isCodedParty(agent)) return [agent];
      if (agent) return null;
    }
    const country = sources[0]?.actor?.slice(0, 3);
    if (!country || NOT_DOMESTIC.test(country) || sources.some((s) => s.actor?.slice(0, 3) !== country)) return null;
    return [governmentOf(cx, country, k)];
  }
  return null;
}
