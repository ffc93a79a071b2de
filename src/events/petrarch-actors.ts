/**
 * TABARI-style reading of a noun phrase against the imported actor and agent dictionaries (docs/events.md,
 * "PETRARCH suites (petr5)"): the longest actor phrase in the words gives the actor's code on the story's date
 * (date-restricted codes through codeAt), an agent phrase ("Prime Minister", "soldiers") its role, appended
 * (`[~GOV]`) or prepended (`[NGO~]`). Used by the PETRARCH coder for mentions the actors stage left uncoded
 * ("Bree Prime Minister Romendacil", where the title hides the dictionary name).
 */
import { type ActorDictionary, type ActorEntry, type AgentEntry, codeAt } from "../actors/dictionary.js";

interface Phrase<T> {
  words: string[];
  item: T;
}

export interface TabariIndex {
  actors: Map<string, Phrase<ActorEntry>[]>;
  agents: Map<string, Phrase<AgentEntry>[]>;
}

function add<T>(map: Map<string, Phrase<T>[]>, phrase: string, item: T) {
  const words = phrase
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/'s$/, ""));
  const first = words[0];
  if (!first) return;
  const list = map.get(first) ?? [];
  list.push({ words, item });
  // Longest phrase first.
  list.sort((a, b) => b.words.length - a.words.length);
  map.set(first, list);
}

export function buildTabariIndex(dict: ActorDictionary): TabariIndex {
  const ix: TabariIndex = { actors: new Map(), agents: new Map() };
  for (const e of dict.entries) for (const n of e.names) add(ix.actors, n, e);
  for (const a of dict.agents) for (const p of [a.phrase, ...a.plurals]) add(ix.agents, p, a);
  return ix;
}

/** The longest phrase of `map` starting at word k, or null. */
function phraseAt<T>(map: Map<string, Phrase<T>[]>, words: string[], k: number): Phrase<T> | null {
  for (const p of map.get(words[k] ?? "") ?? []) {
    if (p.words.every((w, j) => words[k + j] === w)) return p;
  }
  return null;
}

/** The code of a phrase's words (lower case, one per token), or null when no actor and no agent is in it. */
export function resolvePhrase(ix: TabariIndex, words: string[], date: string | null): string | null {
  let actor: string | null = null;
  let agent: AgentEntry | null = null;
  for (let k = 0; k < words.length; k++) {
    const a: Phrase<ActorEntry> | null = actor === null ? phraseAt(ix.actors, words, k) : null;
    if (a) {
      actor = codeAt(a.item, date);
      k += a.words.length - 1;
      continue;
    }
    const g: Phrase<AgentEntry> | null = agent === null ? phraseAt(ix.agents, words, k) : null;
    if (g) {
      agent = g.item;
      k += g.words.length - 1;
    }
  }
  if (actor === null && agent === null) return null;
  if (!agent) return actor;
  const base = actor ?? "---";
  return agent.prefix ? `${agent.role}${base}` : `${base}${agent.role}`;
}
