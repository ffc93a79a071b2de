/**
 * Rule 1: a composed noun phrase, [determiner] [country / organization / possessive] [≤2 modifiers] AGENT ("the
 * Chinese leader", "Russian troops", "China's Foreign Ministry", "US presidential envoy for Ukraine"), merged with a
 * following name ("Chinese leader Xi Jinping") or linked to an apposed one (", Keith Kellogg,"). docs/actors.md.
 */
import type { Cand } from "./candidates.js";
import {
  CITIZEN_DEMONYMS,
  DAY_ADVERBS,
  DETS,
  FORMER,
  GOV_ROLES,
  MANY_STATES,
  memberBodyRole,
  memberCode,
  namesMemberBody,
  PAIR_WORDS,
  POSSESSIVE_DETS,
} from "./candidates.js";
import { type ActorEntry, type AgentEntry, countryOfCode } from "./dictionary.js";
import type { Hit } from "./lexicon.js";
import { SET_SIZES } from "./pairs.js";
import { rankInOrgName } from "./rule-names.js";
import type { Match, Scan } from "./scan.js";

/** A composed phrase being read: [determiners] [reference] [modifiers] AGENT [for/of/to X | in PLACE]. */
interface Phrase {
  /** First token (the determiner, if any). */
  i: number;
  /** Token after the determiners. */
  j: number;
  det: boolean;
  /** "former", "ousted", "deposed": the office is no longer held (ELI). */
  former: boolean;
  /** Country (or organization) code named before the agent, or null. */
  ref: string | null;
  refIsOrg: boolean;
  /** An organization named before the agent ("Reuters reporter", "Pentagon spokesman") keeps its own mention. */
  orgRef: { s: number; e: number; ref: number } | null;
  /** Token after the reference (and its "'s" or "-led"). */
  afterRef: number;
  /** A bare plural group noun with neither determiner nor reference ("Rebels attacked"). */
  bareGroup: boolean;
  agentStart: number;
  agentEnd: number;
  hit: Hit;
  agent: AgentEntry;
  /** End of the phrase so far. */
  e: number;
  /** Members of an organization the dictionary does not know ("a delegation from McDonnell-Douglas"): no actor. */
  unknownOwner?: boolean;
  /** People of several states ("officials from 25 countries"): no one state's, so never the story's. */
  several?: boolean;
  /** Role that overrides the agent's ("supporters of a party" are the party's). */
  role?: string;
}

/** 1. composed nominal, possibly merged with / apposed to a name. Returns the next token or -1. */
export function tryComposite(S: Scan, i: number): number {
  const P = readPhrase(S, i);
  if (!P || !phraseEnd(S, P)) return pluralAgentPhraseEnd(S, i);
  const orgName = rankBeforeOrgName(S, P);
  if (orgName >= 0) return orgName;
  const titleOnly = P.ref === null && !P.det;
  const institution = properInstitution(S, P);
  if (institution >= 0) return institution;
  if (titleOnly && !P.bareGroup && !(P.agent.title && S.isCap(P.agentStart))) return pluralAgentPhraseEnd(S, i);
  const { role, code } = composeCode(P);
  if (P.orgRef) {
    const en = S.entries[P.orgRef.ref] as ActorEntry;
    S.push({
      s: P.orgRef.s,
      e: P.orgRef.e,
      nameStart: P.orgRef.s,
      form: "name",
      kind: en.kind,
      entry: P.orgRef.ref,
      code: null,
    });
    P.i = P.orgRef.e;
  }
  const merged = mergeWithName(S, P, role, code);
  if (merged >= 0) return merged;
  if (titleOnly && !P.bareGroup) return pluralAgentPhraseEnd(S, i);
  return pushNominal(S, P, code);
}

/**
 * The end of a plural agent phrase of two or more words of a non-state role starting at i that is no actor here
 * ("union leaders" in a story about no one country), so that its last word is not read alone as another agent
 * ("leaders", a government's); -1 when no such phrase starts at i.
 */
function pluralAgentPhraseEnd(S: Scan, i: number): number {
  const ag = S.agentAt(i);
  const hit = ag?.hits[0];
  if (!ag || !hit?.plural || ag.end - i < 2) return -1;
  // a state's body read by its last word is still the state's ("the Education and Agriculture ministries")
  return GOV_ROLES.test((S.lex.dict.agents[hit.ref] as AgentEntry).role) ? -1 : ag.end;
}

/**
 * "Canadian General Electric Co Ltd": a capitalized rank that opens a firm's or a treaty's name (rankInOrgName) is
 * an organization's name from the capitalized words before the rank to the name's end; -1 when it is no such name.
 */
function rankBeforeOrgName(S: Scan, P: Phrase): number {
  if (!P.agent.title || P.hit.plural || !S.isCap(P.agentStart) || P.e >= S.se) return -1;
  const nm = S.nameAt(P.e, ["person"]);
  if (!nm || !rankInOrgName(S, S.keys[P.agentStart] as string, P.e, nm.e)) return -1;
  let s = P.agentStart;
  while (s > P.i && S.isCap(s - 1) && !DETS.has(S.norm[s - 1] as string)) s--;
  const c: Cand = { s, e: nm.e, nameStart: s, form: "name", kind: "organization", entry: -1, code: null };
  c.unknown = true;
  S.push(c);
  return nm.e;
}

/** Articles, which dictionary names may include ("the UN") without ceasing to be determiners. */
const ARTICLES = new Set(["the", "a", "an"]);

/** A demonym of another country than `ref`, glued to nothing ("Serb" in "Croatian Serb refugees"). */
function ethnicModifier(S: Scan, inner: NonNullable<Match>, ref: string): boolean {
  const h = inner.hits[0] as Hit;
  if (h.form !== "demonym" || S.norm[inner.end] === "-" || S.norm[inner.end] === "'s") return false;
  const country = countryOfCode(S.entryCode(h.ref));
  return country !== null && country !== ref && ref.length === 3 && !CITIZEN_DEMONYMS.has(country);
}

/** Determiners, reference and agent of a phrase starting at i, or null when no agent follows. */
function readPhrase(S: Scan, i: number): Phrase | null {
  let j = i;
  let det = false;
  let former = false;
  for (let k = 0; k < 3 && j < S.se && DETS.has(S.norm[j] as string); k++) {
    // "urging that President Virel resign", "said that the government", "seems that ministers will": there "that"
    // opens a clause (the tagger's SCONJ, or a name or determiner after it).
    if (S.norm[j] === "that" && (S.pos[j] === "SCONJ" || S.isCap(j + 1) || DETS.has(S.norm[j + 1] as string))) break;
    // "New Zealand troops", "New York prosecutors": a word that opens a dictionary name is no determiner there.
    if (!ARTICLES.has(S.norm[j] as string) && (S.actorAt(j)?.end ?? 0) > j + 1) break;
    det = true;
    if (FORMER.has(S.norm[j] as string)) former = true;
    j++;
  }
  const { ref, refIsOrg, orgRef, afterRef } = readReference(S, j, det);
  // A bare plural group noun is an actor too ("protesters marched", "Rebels in Mali attacked"): news drops the
  // article before such subjects far more often than before singular ones.
  const bareGroup = !det && ref === null && S.isBarePluralGroup(j);
  if (!det && ref === null && !(S.isCap(j) && !S.initial(j)) && !bareGroup) {
    // Without determiner or reference only a capitalized title can start a composed phrase ("Foreign Minister").
    if (!S.isCap(j)) return null;
  }
  let agentStart = -1;
  let ag: Match = null;
  for (let k = afterRef; k <= afterRef + 2 && k < S.se; k++) {
    ag = S.agentAt(k);
    if (ag) {
      agentStart = k;
      break;
    }
    const p = S.pos[k] as string;
    if (!S.isWord(k) || !/^(ADJ|NOUN|VERB|PROPN)$/.test(p) || (p === "PROPN" && ref === null && !det)) break;
    // A verb modifies the agent only as a participle attached to a word after it ("exiled", "ruling"); a verb
    // that heads its own clause ends the phrase ("Iraqi Kurds attacked government troops").
    if (p === "VERB" && !prenominalParticiple(S, k)) break;
    const inner = S.actorAt(k);
    // "Norway's minority Labour government": a party name many countries use, between a country and the agent,
    // says which party governs, not whose government it is (the Labour Party entry is Britain's)
    if (inner && ref !== null && !refIsOrg && inner.hits.some((h) => (S.entries[h.ref] as ActorEntry).generic)) {
      k = inner.end - 1;
      continue;
    }
    // "Croatian Serb refugees", "Iraqi Turkmen villagers": another country's demonym after a country's names the
    // group's people, living in the first country, as CAMEO codes an ethnic minority with its country
    if (inner && ref !== null && !refIsOrg && ethnicModifier(S, inner, ref)) {
      k = inner.end - 1;
      continue;
    }
    if (inner) break;
  }
  if (!ag || agentStart < 0) return null;
  // Capitalized words before the agent that the recognizer reads as one name with it are that name ("the
  // National Bank of Poland", "Avonvale Police"), not a description: unless a country or organization named
  // before them opens the phrase ("China's Foreign Ministry", "the Chinese Foreign Ministry").
  if (ref === null && S.nameAcross(j, agentStart)) return null;
  // "a McDonnell Douglas spokesman", "the Corvale executives": the agent belongs to an organization the dictionary
  // lacks, named before it; left to the name rules, it is no state's role
  // ("the PSD government" stays a government: institutions named after a party are the state's)
  if (ref === null && agentIsPerson(S, ag) && organizationBefore(S, j, agentStart)) return null;
  const hit = ag.hits[0] as Hit;
  const agent = S.lex.dict.agents[hit.ref] as AgentEntry;
  // "the two leaders", "both ministers" without a country name a pair named before: left to pairs.ts
  // ("the three leaders", "all four ministers": a set named before, likewise)
  if (ref === null && hit.plural && countsNamedSet(S, agentStart)) return null;
  const e = ag.end;
  // "the Labour Ministry", "Labour Minister Ana Diaz": a party's name before an office of state names the office's
  // field (labour), not the party; the office is then a capitalized institution of its own
  const field = refIsOrg && (ref ?? "").endsWith("PTY") && OFFICES_OF_STATE.has(agent.phrase.toLowerCase());
  const owner = field ? { ref: null, refIsOrg: false, orgRef: null } : { ref, refIsOrg, orgRef };
  // "Kansas City chairman X", "Boston Corp managing director X": a place before an organization's head is part of
  // the organization's name, not the head's country; "the Ashland chairman": a name the dictionary lacks is left to
  // the name rules
  if (agent.orghead && !refIsOrg && (ref !== null || agentStart > afterRef)) return null;
  return { i, j, det, former, ...owner, afterRef, bareGroup, agentStart, agentEnd: ag.end, hit, agent, e };
}

/** Whether the agent found names people (a spokesman, officials), not an institution. */
function agentIsPerson(S: Scan, ag: NonNullable<Match>): boolean {
  return (S.lex.dict.agents[(ag.hits[0] as Hit).ref] as AgentEntry).kind === "person";
}

/** Whether a recognized organization name lies wholly in [from, to). */
function organizationBefore(S: Scan, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const x = S.nerAt(k, ["organization"]);
    if (x && x.e <= to) return true;
  }
  return false;
}

/** Modifiers that put a group outside the story's country. */
const FOREIGN = new Set(["foreign", "overseas", "international"]);

/** Agents that are offices of state, which no party holds as its own ("ministry", "minister"). */
const OFFICES_OF_STATE = new Set(["ministry", "minister", "department", "secretary"]);

/** Whether the words before a plural agent at k count a set named before: "two", "both", "the three", "all four". */
function countsNamedSet(S: Scan, k: number): boolean {
  const prev = S.norm[k - 1] as string;
  if (PAIR_WORDS.has(prev)) return true;
  // above two only with "the" or "all" before the number ("three leaders" alone is a count, not a set named)
  return (SET_SIZES.get(prev) ?? 0) > 2 && (S.norm[k - 2] === "the" || S.norm[k - 2] === "all");
}

/** Whether verb k is a participle inside a noun phrase: tagged VBN/VBG and attached to a word to its right. */
function prenominalParticiple(S: Scan, k: number): boolean {
  const xpos = S.T.xpos[k] as string;
  return (xpos === "VBN" || xpos === "VBG") && (S.T.head[k] as number) > k;
}

/** A country, organization, possessive or leader named at j before the agent ("Russian", "China's", "Hamas"). */
function readReference(S: Scan, j: number, det: boolean): Pick<Phrase, "ref" | "refIsOrg" | "orgRef" | "afterRef"> {
  const none = { ref: null, refIsOrg: false, orgRef: null, afterRef: j };
  const m = S.actorAt(j);
  if (!m) return none;
  const h = m.hits[0] as Hit;
  const en = S.entries[h.ref] as ActorEntry;
  const poss = S.norm[m.end] === "'s";
  // "the Obama administration", "the Putin government": a leader's name before an institution names its country.
  const leaderOf = en.kind === "person" && det && S.institutionAt(m.end);
  if (en.kind === "person" && !poss && !leaderOf) return none;
  // A city the recognizer reads as an organization is the organization's name, no place reference: "Toyota
  // spokesman" speaks for the carmaker, not for Japan's government; nor is a city in a team's name that ends in
  // a capitalized plural ("the Sacramento Kings", "Ottawa Senators").
  const x = S.nerAt(j);
  const team = x !== null && x.e === m.end + 1 && S.isCap(m.end) && /\p{Ll}s$/u.test(S.values[m.end] as string);
  if (en.kind === "place" && x && ((x.e === m.end && x.type === "ORG") || team)) return none;
  const code = S.entryCode(h.ref);
  // Members of an organization carry its code ("Hamas fighters" → PSEREB, "Kremlin spokesman" → RUSGOV);
  // people of a country, or of a person's office, get the country plus the agent's role.
  const refIsOrg = (en.kind === "organization" || en.kind === "group") && code !== null;
  const ref = refIsOrg ? code : (countryOfCode(code) ?? code);
  let afterRef = poss ? m.end + 1 : m.end;
  // "Kenyan-led forces", "US-led troops": the forces a country leads are coded with it.
  if (!poss && S.norm[m.end] === "-" && S.norm[m.end + 1] === "led" && S.glued(m.end - 1)) afterRef = m.end + 2;
  const orgRef = refIsOrg && !poss && h.form === "name" ? { s: j, e: m.end, ref: h.ref } : null;
  return { ref, refIsOrg, orgRef, afterRef };
}

/**
 * Where the phrase ends (P.e), and the country a following "of X" or "in PLACE" names (P.ref); false when the
 * agent does not end a noun phrase ("Russian troop movements", "Chinese People's War").
 */
function phraseEnd(S: Scan, P: Phrase): boolean {
  const { hit, agent } = P;
  let e = P.e;
  // The agent must end the noun phrase ("Russian troops" but not "Russian troop movements"), and a capitalized
  // agent word followed by "'s" or another capitalized word is part of a proper name ("Chinese People's War").
  // ("a US official today said": a time adverb tagged as a noun does not continue the phrase.)
  // After "that" the phrase is a clause subject and a noun-tagged word after it is its bare verb ("demanded that
  // the Kenyan government end curbs").
  const subjunctive = S.norm[P.i - 1] === "that";
  // A title's name may open with a word the tagger reads as a common noun ("Finance Minister Radius Prawiro").
  const titledName = agent.title && S.isCap(e) && S.nameAt(e, ["person"]) !== null;
  if (
    !hit.plural &&
    e < S.se &&
    S.pos[e] === "NOUN" &&
    !S.agentAt(e) &&
    !DAY_ADVERBS.has(S.keys[e] as string) &&
    !subjunctive &&
    !titledName
  )
    return false;
  if (S.isCap(e - 1) && !agent.title && e < S.se && (S.norm[e] === "'s" || (S.isCap(e) && S.isWord(e)))) return false;
  const body = P.ref === null && S.norm[e] === "of" ? memberBody(S, P, e + 1) : -1;
  // ("the president of the Kenya Growers Association": the title names the body's head, one mention with it)
  if (body > 0 && agent.title) e = body;
  else if (agent.title && e + 1 < S.se && /^(for|of|to)$/.test(S.norm[e] as string)) {
    const pp = S.actorAt(e + 1) ?? (S.norm[e + 1] === "the" ? S.actorAt(e + 2) : null);
    // "the head of Germany's panel of advisers" heads the panel, not Germany: a possessive opens another phrase.
    if (pp && S.norm[pp.end] !== "'s") {
      // "the president of Mongolia" is Mongolia's president ("envoy for Ukraine" is not Ukraine's).
      const ppRef = (pp.hits[0] as Hit).ref;
      // "the former Governor of New Mexico", "the mayor of Paris": a place names the office's country too.
      // An organization's head is of an organization only ("the chairman of the Kuwait Chamber" is no Kuwaiti official).
      if (P.ref === null && S.norm[e] === "of") {
        if (agent.orghead) ownerAfterFrom(S, P, e + 1);
        else P.ref = S.placeCountry(ppRef);
      }
      e = pp.end;
    }
  }
  if (body < 0) ownerAfterOf(S, P, e);
  if (!agent.title && !hit.plural && S.isCap(e - 1) && S.norm[e] === "of" && S.isCap(e + 1) && S.isWord(e + 1))
    e = nameAfterOf(S, P, e);
  // "the rebels from Syria": a group or institution with its country after it.
  // Also "protesters in Cairo", "the government in Kyiv": a place after a group names its country.
  // A possessive determiner makes "in X" the group's location, not its country ("Chad reinforced its troops in
  // Niger"); "Rebels in the Philippines" may name the country with an article.
  const owned = POSSESSIVE_DETS.has(S.norm[P.i] as string);
  if (P.ref === null && !owned && (S.norm[e] === "from" || S.norm[e] === "of")) manyCountries(S, P, e + 1);
  if (P.ref === null && !owned && S.norm[e] === "from") ownerAfterFrom(S, P, e + 1);
  // ("protesters in Basra": a city or region coded with its country names it too; "of" for the people living
  // there and for institutions: "residents of Gaza", "the government of Sindh province".)
  const place =
    P.ref === null &&
    !P.unknownOwner &&
    (P.det || P.bareGroup) &&
    !owned &&
    !agent.abroad &&
    (agent.kind !== "person" || hit.plural)
      ? S.countryAfter(e, agent.role === "CVL" || stateBody(S, P))
      : null;
  // "Thousands of people blocked streets in Lagos": a counted group is the people of the place its clause names.
  // ("Prisoners rioted at a jail in Dili": a group opening its sentence as its subject, likewise.)
  const clauseGroup = S.counted(P.agentStart) || (agent.role !== "CVL" && S.opensSentence(P.agentStart, P.agentEnd));
  if (!place && P.ref === null && P.bareGroup && !GOV_ROLES.test(agent.role) && clauseGroup) {
    P.ref = S.placeInClause(e)?.code ?? null;
  }
  if (place) {
    P.ref = place.code;
    // A bare group of citizens ("workers in France") keeps the place as its own name mention.
    if (P.det || GOV_ROLES.test(agent.role)) e = place.end;
  }
  P.e = e;
  return true;
}

/**
 * "the Kenyan Ministry of Health", "the Nigerian Union of Teachers": a capitalized agent word followed by "of" and
 * capitalized words is one name with them; the name keeps the agent's role, except a union of a profession the
 * dictionary knows ("of Teachers" → `EDU`, as CAMEO codes teachers). Returns the end of the name.
 */
function nameAfterOf(S: Scan, P: Phrase, e: number): number {
  let k = e + 1;
  while (k < S.se && S.isCap(k) && S.isWord(k)) {
    k++;
    if ((S.norm[k] === "and" || S.norm[k] === "for" || S.norm[k] === "of") && S.isCap(k + 1)) k++;
  }
  const members = S.agentAt(e + 1);
  const role = members ? (S.lex.dict.agents[(members.hits[0] as Hit).ref] as AgentEntry).role : null;
  if (P.agent.role === "LAB" && members?.end === k && members.hits[0]?.plural !== false && role && role !== "LAB")
    P.role = role;
  return k;
}

/** "supporters of X", "a delegation of European firms", "officials of the IMF": whose they are. */
function ownerAfterOf(S: Scan, P: Phrase, e: number): void {
  if (P.ref !== null || S.norm[e] !== "of") return;
  if (P.agent.follower) followed(S, P, e + 1);
  // (a followed actor just found ends it: "supporters of X" are X's)
  if (P.ref !== null) return;
  if (P.agent.members) standsFor(S, P, e + 1);
  else ofOrganization(S, P, e + 1);
}

/**
 * "the president of the Kenya Tea Growers Association", "officials of the Ghana Chamber of Commerce": people of a body
 * of members the dictionary lacks (`member_bodies`) are that body's, its country and its members' role (KENAGR,
 * GHABUS), not officials of the state the body's name opens with. With no country or no such role in the name they
 * are no actor; a body with a state's role ("the National Security Council") is left to the other rules. Returns the
 * body's end, or -1.
 */
function memberBody(S: Scan, P: Phrase, k: number): number {
  const at = S.norm[k] === "the" ? k + 1 : k;
  const run = S.unknownRun(at);
  if (!run || run[0] !== at) return -1;
  const [a, b] = run;
  const m = S.actorAt(a);
  const h = m?.hits[0];
  if (
    !namesMemberBody(S.keys, a, b, S.cues) ||
    (m && h && (m.end >= b || h.form === "nominal" || S.placeCountry(h.ref) === null))
  )
    return -1;
  const role = S.orgRole(a, b);
  if (role && GOV_ROLES.test(role) && memberBodyRole(S.keys, a, b, S.cues) === undefined) return -1;
  const country = h ? S.placeCountry(h.ref) : null;
  if (country && role) {
    P.ref = `${country}${role}`;
    P.refIsOrg = true;
  } else P.unknownOwner = true;
  return b;
}

/** Words between "of" and the followed actor's name: "supporters of the former President X". */
const FOLLOWED_SKIP = new Set(["the", "former", "ousted", "deposed", "exiled", "jailed", "late"]);

/**
 * "About 200 supporters of former President Ahmed Ben Bella", "supporters of the Labour Party": followers take the
 * country of whom they follow, as the opposition (`OPP`, CAMEO's "opposition supporter") or, for a party, as the
 * party (`PTY`). Followers of a head of government in office are left uncoded (no state's role, no opposition).
 * The name after "of" stays a mention of its own.
 */
function followed(S: Scan, P: Phrase, k: number): void {
  let out = false;
  for (let n = 0; n < 4 && k < S.se && FOLLOWED_SKIP.has(S.norm[k] as string); n++, k++)
    if (S.norm[k] !== "the") out = true;
  const title = S.agentAt(k);
  if (title && (S.lex.dict.agents[(title.hits[0] as Hit).ref] as AgentEntry).title) k = title.end;
  const m = S.actorAt(k);
  const h = m?.hits[0];
  if (!m || !h || h.form !== "name") return;
  const en = S.entries[h.ref] as ActorEntry;
  if (en.kind !== "person" && en.kind !== "organization" && en.kind !== "group") return;
  const code = S.entryCode(h.ref);
  const country = countryOfCode(code);
  const role = code?.slice(3, 6) ?? "";
  if (!country || (role === "GOV" && !out)) return;
  P.ref = country;
  if (role === "PTY") P.role = "PTY";
}

/**
 * "a delegation of European firms" → `EURBUS`, "leaders of the Pakistani community" → `PAKCVL`: a body or its heads
 * named by the group they stand for (after "of") take that group's code, where the bare agent gave `---GOV` and the
 * story's country then claimed it. A group with no country ("a delegation of businessmen") gives its role alone,
 * which names no state. The group after "of" stays a mention of its own.
 */
function standsFor(S: Scan, P: Phrase, k: number): void {
  // quantifiers and adjectives before the group: "officials of several major Japanese trading houses"
  let g = k;
  while (g < k + 3 && g < S.se && /^(DET|ADJ|NUM)$/.test(S.pos[g] as string) && !S.isCap(g) && !readPhrase(S, g)) g++;
  const group = readPhrase(S, g) ?? readPhrase(S, k);
  if (group && group.ref !== null) {
    P.ref = group.ref;
    P.refIsOrg = group.refIsOrg;
    P.role = group.role ?? group.agent.role;
    return;
  }
  if (ofOrganization(S, P, k)) return;
  const at = S.norm[k] === "the" ? k + 1 : k;
  const bare = S.agentAt(at);
  const agent = bare && (S.lex.dict.agents[(bare.hits[0] as Hit).ref] as AgentEntry);
  if (bare?.hits[0]?.plural && agent && agent.role !== P.agent.role) P.role = agent.role;
}

/**
 * "officials of the IMF", "a delegation of the World Bank", "the activists of Amnesty International": people of an
 * organization the dictionary knows, ending the phrase, are that organization's (not the story's country's).
 */
function ofOrganization(S: Scan, P: Phrase, k: number): boolean {
  const at = S.norm[k] === "the" ? k + 1 : k;
  const org = S.actorAt(at);
  const en = org && org.hits[0]?.form === "name" ? (S.entries[(org.hits[0] as Hit).ref] as ActorEntry) : null;
  const code =
    en && org && (en.kind === "organization" || en.kind === "group") ? S.entryCode((org.hits[0] as Hit).ref) : null;
  if (!org || !code || code.length < 3 || S.norm[org.end] === "'s" || S.isCap(org.end)) return false;
  P.ref = code;
  // a full code (IGOIMF) is the organization's own; a bare three-letter one (a dictionary's NGM) takes the agent's role
  // after it, as PETRARCH composes ("activists of Amnesty International" → NGMOPP)
  P.refIsOrg = code.length > 3;
  return true;
}

/** A state body named by a lower-case noun ("the government", "the army"), not a name ("the Bank of Japan"). */
function stateBody(S: Scan, P: Phrase): boolean {
  const agent = P.agent;
  return agent.kind === "organization" && GOV_ROLES.test(agent.role) && agent.role !== "MED" && !S.isCap(P.e - 1);
}

/**
 * "Greyhound officials told Reuters", "Varnholt Holdings officials": staff (`staff_nouns` of name-cues.json) right
 * after the name of a firm the dictionary lacks are its staff, no state's officials (they were coded ---GOV and then given the story's
 * country). A firm is a name with a business suffix, or a word name with no role suffix at all; acronyms ("USDA
 * officials", "SEC officials") and names ending in an office word ("Finance Ministry officials") are as often a
 * state's bodies and keep the old reading. The name was pushed just before the phrase.
 */
function afterUnknownOrganization(S: Scan, P: Phrase): boolean {
  const prev = S.cands[S.cands.length - 1];
  if (P.det || prev === undefined || prev.e !== P.i || prev.kind !== "organization" || prev.entry >= 0) return false;
  if (!S.cues.staffNouns.has(S.spanText(P.agentStart, P.agentEnd).toLowerCase())) return false;
  if (prev.role !== undefined) return prev.role === "BUS";
  const name = S.spanText(prev.nameStart, prev.e);
  return name !== name.toUpperCase();
}

/**
 * "a delegation from Hamas", "officials from the World Bank": people or bodies from an organization are its
 * members and carry its code; "a delegation from McDonnell-Douglas Corp", an organization the dictionary does not
 * know, leaves them with no actor rather than the bare role ("---GOV" for a firm's delegation).
 */
function ownerAfterFrom(S: Scan, P: Phrase, k: number): void {
  const at = S.norm[k] === "the" ? k + 1 : k;
  const m = S.actorAt(at);
  const en = m ? (S.entries[(m.hits[0] as Hit).ref] as ActorEntry) : null;
  if (m && en && (en.kind === "organization" || en.kind === "group")) {
    const code = S.entryCode((m.hits[0] as Hit).ref);
    if (code !== null) {
      P.ref = code;
      P.refIsOrg = true;
    }
    return;
  }
  if (!m && S.nerAt(at, ["organization"])) P.unknownOwner = true;
}

/** Nouns for states that people come from in numbers ("officials from 30 countries"). */
const STATE_NOUNS = new Set(["countries", "nations", "states", "governments", "economies"]);

/** Words before a plural "governments" that make them several states' ("other", "foreign", "creditor"). */
const SEVERAL = new Set(["other", "foreign", "western", "member", "creditor", "donor", "world", "african", "asian"]);

/** "other governments", "western creditor governments": the words before the agent name several states. */
function severalStates(S: Scan, P: Phrase): boolean {
  for (let k = P.i; k < P.agentStart; k++) if (SEVERAL.has(S.norm[k] as string)) return true;
  return false;
}

/**
 * "officials from 25 African countries", "ministers of several nations": people of many states are no one state's.
 * A region's adjective among the words names their region ("African" → AFRGOV); else they keep no country.
 */
function manyCountries(S: Scan, P: Phrase, k: number): void {
  let region: string | null = null;
  let t = k;
  for (; t < k + 6 && t < S.se && !STATE_NOUNS.has(S.norm[t] as string); t++) {
    const m = S.actorAt(t);
    const h = m?.hits[0];
    if (m && h) {
      const kind = (S.entries[h.ref] as ActorEntry).kind;
      if (h.form !== "demonym" || kind !== "place") return;
      region = S.entryCode(h.ref);
      t = m.end - 1;
    } else if (!/^(DET|NUM|ADJ)$/.test(S.pos[t] as string) && S.T.type[t] !== "number") return;
  }
  if (!STATE_NOUNS.has(S.norm[t] as string) || t === k) return;
  P.several = true;
  if (region && region.length === 3) P.ref = region;
}

/**
 * A capitalized institution without a country is a proper name ("the Foreign Office", "State Department", "the
 * News Agency of Nigeria"): pushed as an unknown organization. Returns the next token or -1.
 */
function properInstitution(S: Scan, P: Phrase): number {
  const { agent, hit, agentStart } = P;
  // (an owned agent is no name alone: "told Radio 4's Today", "the program TV-AM" name no institution)
  if (P.ref !== null || agent.kind !== "organization" || hit.plural || S.initial(agentStart) || S.capsUseless)
    return -1;
  if (agent.owned) return -1;
  for (let t = agentStart; t < P.agentEnd; t++) if (S.isWord(t) && !S.isCap(t)) return -1;
  // "the News Agency of Nigeria": the name goes on through "of" + a name.
  let end = P.agentEnd;
  if (S.norm[end] === "of") {
    const of = S.actorAt(end + 1);
    const run = of ? null : S.unknownRun(end + 1);
    if (of) end = of.end;
    else if (run && run[0] === end + 1) end = run[1];
  }
  const c: Cand = {
    s: agentStart,
    e: end,
    nameStart: agentStart,
    form: "name",
    kind: "organization",
    entry: -1,
    code: null,
  };
  c.unknown = true;
  c.role = agent.role;
  if (end === P.agentEnd && /^(GOV|MIL|COP|LEG|JUD|SPY)$/.test(agent.role)) c.institution = true;
  S.push(c);
  return end;
}

/** The phrase's role and code ("Russian troops" → MIL, RUSMIL; "the former Chinese leader" → ELI, CHNELI). */
function composeCode(P: Phrase): { role: string; code: string | null } {
  const { agent, ref } = P;
  const role = P.role ?? (P.former && agent.kind === "person" ? "ELI" : agent.role);
  // Members of an organization carry its code, its troops the international body's military (memberCode).
  // "UNITA rebels", "the UNITA militarist wing": the armed men of an opposition movement, or a party's armed wing,
  // are rebels ("32 Labour rebels" in a parliament stay the party's)
  const armedOf =
    P.refIsOrg &&
    agent.armed &&
    ref !== null &&
    /^[A-Z]{3}(OPP|PTY)$/.test(ref) &&
    (ref.endsWith("OPP") || agent.phrase.endsWith("wing"));
  const code =
    ref === null
      ? null
      : armedOf
        ? `${ref.slice(0, 3)}REB`
        : P.refIsOrg
          ? memberCode(ref, role)
          : agent.prefix
            ? `${role}${ref}`
            : `${ref}${role}`;
  return { role, code };
}

/**
 * Merged with a following name: "Chinese leader Xi Jinping", "Foreign Minister Wang Yi", "President Putin".
 * Returns the next token or -1.
 */
function mergeWithName(S: Scan, P: Phrase, role: string, code: string | null): number {
  const { agent, hit, e } = P;
  const personal = agent.kind === "person" && !hit.plural;
  if (!(personal || (agent.kind === "organization" && !hit.plural)) || e >= S.se) return -1;
  const nm = S.nameAt(e, personal ? ["person"] : ["organization"]);
  if (!nm) return -1;
  const idx = S.pushName(P.i, e, nm, code);
  const c = S.cands[idx] as Cand;
  c.titled = true;
  if (P.orgRef) c.orgEntry = P.orgRef.ref;
  // "Former President Barack Obama": no country before the title, yet the office is a past one (entities.ts).
  if (c.entry >= 0 && code === null && P.former && personal) c.titleCode = "---ELI";
  if (c.unknown) c.kind = personal ? "person" : "organization";
  if (personal && agent.head) c.head = true;
  // The title still says the office when no country precedes it; placeTitledPeople finds the country.
  if (c.unknown && personal && code === null && agent.home) c.titleRole = { role, head: agent.head === true };
  return nm.e;
}

/** The phrase as a nominal mention, linked to an apposed name (", Vladimir Putin,"). Returns the next token. */
function pushNominal(S: Scan, P: Phrase, code: string | null): number {
  const { agent, hit, ref, e } = P;
  const nominal: Cand = {
    s: P.i,
    e,
    nameStart: e,
    form: "nominal",
    // Plural agents name a set ("Russian troops", "several Chinese companies"): kind group.
    kind: hit.plural ? "group" : agent.kind,
    entry: -1,
    code,
    agent,
    plural: hit.plural,
    ref,
  };
  if (P.orgRef) nominal.orgEntry = P.orgRef.ref;
  if (ref === null) {
    if (P.unknownOwner || afterUnknownOrganization(S, P)) return e;
    // "foreign diplomats", "overseas investors": by definition not of the country the story is about
    // (the word may stand just before a bare group the phrase starts at: "Foreign diplomats praised …")
    for (let k = Math.max(S.ss, P.i - 1); k < P.agentStart; k++)
      if (FOREIGN.has(S.norm[k] as string)) nominal.unplaced = true;
    // "officials from 30 countries", "governments", "their counterparts": several states' people, or the other
    // side's, are never the story's country's
    if (P.several || agent.peer || (hit.plural && MANY_STATES.has(agent.phrase) && severalStates(S, P)))
      nominal.unplaced = true;
    // A bare agent with a determiner: only institutions and groups are worth an entity ("the government").
    // Hardware nobody owns in the text ("drones hit the field") is no actor.
    // A non-governmental body ("a human rights group") is an actor of its own with no country: CAMEO's NGO.
    const ngo = agent.role === "NGO" && agent.kind !== "person";
    // ("a delegation of businessmen": the role of whom it stands for, no state's)
    const role = P.role ?? agent.role;
    if ((agent.kind === "person" && !hit.plural) || !(GOV_ROLES.test(role) || agent.bare || ngo) || agent.owned)
      return e;
    nominal.code = ngo ? "NGO" : `---${role}`;
  }
  S.push(nominal);
  // Apposition: "his Russian counterpart, Vladimir Putin," / "US presidential envoy for Ukraine, Keith Kellogg,".
  const personal = agent.kind === "person" && !hit.plural;
  if (personal && S.norm[e] === "," && e + 1 < S.se) {
    const nm = S.nameAt(e + 1, ["person"]);
    const after = nm ? (S.norm[nm.e] ?? ".") : "";
    if (nm && (after === "," || after === "." || nm.e >= S.se || S.pos[nm.e] === "VERB" || S.pos[nm.e] === "AUX")) {
      const idx = S.pushName(e + 1, e + 1, nm, code);
      const c = S.cands[idx] as Cand;
      c.kind = "person";
      nominal.link = idx;
      return nm.e;
    }
  }
  return e;
}
