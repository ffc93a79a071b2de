/**
 * Finds actor mentions in one Document and groups them into entities (docs/actors.md explains each rule).
 *
 * One left-to-right pass per sentence tries, at each token, in order:
 *  1. a composed noun phrase: [determiner] [country/organization reference or possessive] [modifiers] AGENT
 *     ("the Chinese leader", "Russian troops", "China's Foreign Ministry", "US presidential envoy for Ukraine"),
 *     merged with a following name ("Chinese leader Xi Jinping") or linked to an apposed one (", Keith Kellogg,");
 *  2. a capitalized title or honorific before a name ("President Vladimir Putin", "Mr Xi");
 *  3. a dictionary phrase (longest match in the token trie);
 *  4. a run of capitalized words not in the dictionary (unknown name), classified from its own words and context;
 *  5. a bare agent with a determiner ("the government", "rebels").
 * Then coreference links surnames, descriptions and (conservatively) pronouns to entities.
 */
import type { Entity, EntityKind, MentionForm } from "../contract.js";
import type { Document } from "../nlp/document.js";
import { type ActorEntry, type AgentEntry, codeAt, countryOfCode } from "./dictionary.js";
import type { Hit, Lexicon } from "./lexicon.js";
import { splitPhrase, tokenKey } from "./normalize.js";
import type { ActorContext, ActorLayer, ActorMention } from "./types.js";

export interface NameCues {
  honorifics: Set<string>;
  /** Last word of an organization name → role ("" = organization without a role). */
  orgSuffix: Map<string, string>;
  placeSuffix: Set<string>;
  placePreps: Set<string>;
  notNames: Set<string>;
  givenNames: Set<string>;
  /** Last words of event names (wars, treaties, competitions): such names are not actors. */
  eventSuffix: Set<string>;
  /** Lower-case nouns after a product or model name ("Rafale jets"): the name is no actor. */
  productNoun: Set<string>;
}

interface Cand {
  s: number;
  e: number;
  /** Token where the proper name starts (after a title), for NER-style spans. */
  nameStart: number;
  form: MentionForm;
  kind: EntityKind;
  /** Dictionary entry index, or -1. */
  entry: number;
  /** Code the mention carries (composed nominals), null = take the entity's. */
  code: string | null;
  agent?: AgentEntry;
  plural?: boolean;
  /** Country (or IGO) code of a composed nominal. */
  ref?: string | null;
  unknown?: boolean;
  /** Index of the candidate this one is apposed to (same entity). */
  link?: number;
  /** Role suggested by an unknown organization's suffix word (undefined when none; never deleted, see vote). */
  role?: string | undefined;
  gender?: "m" | "f";
  /** A title, honorific or role noun stood before the name ("seed Rios", "Mr Xi"). */
  titled?: boolean;
  /** Role of a home-office title with no country before the name ("President Anton Virel" → GOV). */
  titleRole?: { role: string; head: boolean };
  /** Country of a known place inside an unknown place name ("South Darfur State" → SDN), set once it is a place. */
  within?: string;
  /** A head of state or government named with the title of the office ("Chinese leader Xi Jinping"). */
  head?: boolean;
  /** Rejected after document-level evidence (not output). */
  drop?: boolean;
  /** Cached token keys of the name, joined. */
  text?: string;
  entity?: number;
}

const DETS = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "our",
  "several",
  "some",
  "many",
  "two",
  "three",
  "four",
  "five",
  "dozens",
  "hundreds",
  "thousands",
  "both",
  "other",
  "another",
  "top",
  "senior",
  "former",
  "ousted",
  "deposed",
  "new",
  "local",
  "few",
  "most",
  "all",
  "these",
  "those",
  "this",
  "that",
]);
const DAY_ADVERBS = new Set(["today", "yesterday", "tonight"]);
/** Words before a plural agent that make the phrase a description of a pair ("the two leaders", "both sides"). */
const PAIR_WORDS = new Set(["two", "both"]);
/** Possessive determiners: the phrase belongs to an actor named elsewhere ("its forces"). */
const POSSESSIVE_DETS = new Set(["his", "her", "its", "their", "our"]);
/** Determiners that put a person out of office: "former president X", "ousted President X" are elites (ELI). */
const FORMER = new Set(["former", "ousted", "deposed"]);
const CONNECTORS = new Set([
  "of",
  "de",
  "du",
  "des",
  "da",
  "di",
  "del",
  "der",
  "van",
  "von",
  "al",
  "bin",
  "ibn",
  "&",
  "la",
  "le",
  "y",
  "and",
]);
/** Words that are not names alone but start many ("National Bank", "World Boxing Council", "Federal Reserve"). */
const NAME_PARTS = new Set([
  "national",
  "federal",
  "world",
  "state",
  "central",
  "western",
  "eastern",
  "northern",
  "southern",
  "north",
  "south",
  "east",
  "west",
  "premier",
  "grand",
  "new",
  "first",
  "open",
  "league",
  "division",
]);
/** Calendar words that end a capitalized run without being part of the name ("New Year", "Kohl Monday"). */
const TIME_WORDS =
  /^(year|years|week|month|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/;

/** Lower-case words that follow organization names ("Ericsson spokesman", "Pirelli shares"). */
const ORG_FOLLOWERS = new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "owner",
  "owners",
  "chairman",
  "chairwoman",
  "shares",
  "stock",
  "shareholders",
  "officials",
  "executives",
  "subsidiary",
  "unit",
  "division",
  "board",
  "management",
  "employees",
  "workers",
  "fans",
  "coach",
  "manager",
  "headquarters",
]);

/** Common nouns that introduce or follow place names ("the village of X", "X province"). */
const PLACE_NOUNS = new Set([
  "town",
  "village",
  "city",
  "province",
  "region",
  "district",
  "county",
  "state",
  "capital",
  "port",
  "island",
  "stadium",
  "airport",
  "valley",
  "river",
  "suburb",
  "area",
  "camp",
  "border",
]);
const NON_NAME_POS = new Set(["DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "ADV", "PART", "INTJ", "NUM"]);
const GOV_ROLES = /^(GOV|MIL|COP|REB|OPP|LEG|JUD|SPY|SEP|MED|INS)$/;

interface EntityDraft {
  key: string;
  kind: EntityKind;
  entry: number;
  name: string;
  code: string | null;
  gender?: "m" | "f";
  mentions: number[];
  /** Tokens of an unknown person's name, for surname matching. */
  nameKeys?: string[];
}

export function recognize(doc: Document, ctx: ActorContext, lex: Lexicon, cues: NameCues): ActorLayer {
  const T = doc.tokens;
  const n = T.count;
  const values = T.value;
  const norm = T.norm;
  const pos = T.pos;
  const keys: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const v = norm[i] as string;
    let plain = true;
    for (let k = 0; k < v.length; k++) {
      const c = v.charCodeAt(k);
      if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
        plain = false;
        break;
      }
    }
    keys[i] = plain ? v : tokenKey(v);
  }
  const entries = lex.dict.entries;
  const date = ctx.date;
  const codeCache = new Map<number, string | null>();
  const entryCode = (ref: number): string | null => {
    let c = codeCache.get(ref);
    if (c === undefined) {
      c = codeAt(entries[ref] as ActorEntry, date);
      codeCache.set(ref, c);
    }
    return c;
  };

  const isCap = (i: number): boolean => {
    const c = (values[i] as string).charCodeAt(0);
    return (c >= 65 && c <= 90) || (c > 191 && values[i] !== (values[i] as string).toLowerCase());
  };
  const isWord = (i: number): boolean => T.type[i] === "word";

  const cands: Cand[] = [];
  type Match = { end: number; hits: readonly Hit[] } | null;
  const actorMemo: (Match | undefined)[] = new Array(n);
  const agentMemo: (Match | undefined)[] = new Array(n);
  const runMemo: ([number, number] | null | undefined)[] = new Array(n);
  /** Sentences where capitals say nothing (all-caps or Title Case headlines). */
  const blindSentences: number[] = [];
  // 0 = not yet known, 1 = no phrase starts with this token, 2 = some phrase may.
  const actorStarts = new Uint8Array(n);
  const agentStarts = new Uint8Array(n);

  // The helpers below read the current sentence through these variables (set at the top of each sentence), so
  // they are created once per document rather than once per sentence.
  let ss = 0;
  let se = 0;
  let shouting = false;
  let capsUseless = false;

  // Every position is probed several times (composite, honorific, dictionary, run); memoize the plain lookups.
  const actorAt = (i: number, accept?: (h: Hit) => boolean) => {
    if (i >= se) return null;
    let st = actorStarts[i];
    if (st === 0) actorStarts[i] = st = lex.actors.starts(keys[i] as string) ? 2 : 1;
    if (st === 1) return null;
    if (accept) return lex.actors.longest(keys, values, i, se, shouting, accept);
    let m = actorMemo[i];
    if (m === undefined) {
      m = lex.actors.longest(keys, values, i, se, shouting);
      actorMemo[i] = m;
    }
    return m;
  };
  const agentAt = (i: number) => {
    if (i >= se) return null;
    let st = agentStarts[i];
    if (st === 0) agentStarts[i] = st = lex.agents.starts(keys[i] as string) ? 2 : 1;
    if (st === 1) return null;
    let m = agentMemo[i];
    if (m === undefined) {
      m = lex.agents.longest(keys, values, i, se, shouting);
      agentMemo[i] = m;
    }
    return m;
  };

  /** Country code of a dictionary country or place entry, else null. */
  const placeCountry = (ref: number): string | null => {
    const en = entries[ref] as ActorEntry;
    return en.kind === "country" || en.kind === "place" ? countryOfCode(entryCode(ref)) : null;
  };

  /** A government institution agent at k ("administration", "government"). */
  const institutionAt = (k: number): boolean => {
    const h = agentAt(k)?.hits[0];
    const ag = h ? lex.dict.agents[h.ref] : undefined;
    return ag !== undefined && ag.kind === "organization" && ag.role === "GOV";
  };

  /** Sentence-initial (or after an opening quote/colon/dash) position, where capitals prove nothing. */
  const initial = (i: number): boolean => {
    if (i === ss) return true;
    const p = norm[i - 1] as string;
    return p === '"' || p === ":" || p === "-" || p === "(" || p === "'" || p === "--" || p === "—";
  };

  // "A." (an initial) is a name word even though its key "a" is a stop word.
  const capWord = (i: number): boolean =>
    i < se &&
    isWord(i) &&
    isCap(i) &&
    (!cues.notNames.has(keys[i] as string) ||
      /^[A-Z]\.$/.test(values[i] as string) ||
      (NAME_PARTS.has(keys[i] as string) && i + 1 < se && isCap(i + 1)));

  /** Tokens i and i+1 touch (no space between): "Bosnia-Herzegovina", "Ata-ur-Rehman". */
  const glued = (i: number) => (T.end[i] as number) === (T.start[i + 1] as number);

  /** A run of capitalized words (with inner connectors) starting at i, or null (memoized per token). */
  const unknownRun = (i: number): [number, number] | null => {
    if (capsUseless || i >= se) return null;
    let r = runMemo[i];
    if (r === undefined) {
      r = findRun(i);
      runMemo[i] = r;
    }
    return r;
  };
  const findRun = (i: number): [number, number] | null => {
    // "al-Aqsa", "el-Sisi": a lower-case Arabic article glued to a capitalized word starts a name.
    const arabic = /^(al|el)$/.test(keys[i] as string) && keys[i + 1] === "-" && glued(i) && glued(i + 1);
    if (!arabic && !capWord(i)) return null;
    let j = arabic ? i + 2 : i;
    while (j < se) {
      if (capWord(j) || (j > i && /^[A-Z]/.test(values[j] as string) && isWord(j))) {
        j++;
        continue;
      }
      const k = keys[j] as string;
      // Hyphenated compounds join whatever they glue ("Inzamam-ul-Haq"); spaced dashes separate ("Soccer - X").
      if (k === "-" && j > i && j + 1 < se && glued(j - 1) && glued(j) && isWord(j + 1)) {
        j += 2;
        continue;
      }
      // "of" joins only after an organization or place head ("Bank of England", "Duke of Norfolk" is a title).
      if (k === "of" && j > i && capWord(j + 1)) {
        const head = keys[j - 1] as string;
        if (cues.orgSuffix.has(head) || cues.placeSuffix.has(head)) {
          j++;
          continue;
        }
        break;
      }
      // "Zine al-Abidine Ben Ali": an Arabic article glued by a hyphen inside a name.
      if ((k === "al" || k === "el") && j > i && keys[j + 1] === "-" && glued(j) && glued(j + 1) && capWord(j + 2)) {
        j += 2;
        continue;
      }
      if (CONNECTORS.has(k) && k !== "and" && k !== "of" && j > i && capWord(j + 1)) {
        j++;
        continue;
      }
      break;
    }
    let a = i;
    // Leading stop words go ("The", "In"); name-part adjectives stay when a name follows ("National Bank").
    while (
      a < j &&
      (NON_NAME_POS.has(pos[a] as string) ||
        (cues.notNames.has(keys[a] as string) && !(NAME_PARTS.has(keys[a] as string) && a + 1 < j)))
    ) {
      a++;
    }
    if (a >= j) return null;
    // A leading title or role word is not part of the name ("Writer Neil Coppendale", "Coach Bobby Robson").
    while (j - a > 1 && cues.honorifics.has(keys[a] as string) && !cues.givenNames.has(keys[a] as string)) a++;
    // ...also after words that only describe the title ("Privatisation Minister Wieslaw Kaczmarek"), when what
    // follows looks like a person (a given name, or no organization word).
    for (let k = j - 2; k > a; k--) {
      if (!cues.honorifics.has(keys[k] as string)) continue;
      let orgish = false;
      for (let t = k + 1; t < j; t++) if (cues.orgSuffix.has(keys[t] as string)) orgish = true;
      if (cues.givenNames.has(keys[k + 1] as string) || (!orgish && j - k > 2)) a = k + 1;
      break;
    }
    if (j - a === 1) {
      const v = values[a] as string;
      // Single letters and single capitalized adjectives/adverbs ("Olympic champion", "Former") are not names.
      if (v.replace(/[^\p{L}]/gu, "").length < 2) return null;
      // (wink tags some capitalized names as verbs mid-sentence: "Fed chairman")
      if (pos[a] !== "PROPN" && pos[a] !== "NOUN" && !(pos[a] === "VERB" && !initial(a))) return null;
    }
    // A single capitalized common word at the start of a sentence is not a name.
    if (initial(a) && j - a === 1 && pos[a] !== "PROPN") return null;
    if (initial(a) && j - a > 1 && pos[a] !== "PROPN" && /^(ADJ|VERB|NOUN)$/.test(pos[a] as string)) {
      if (!cues.givenNames.has(keys[a] as string) && !lex.actors.longest(keys, values, a, a + 1, shouting)) a++;
      while (a < j && (NON_NAME_POS.has(pos[a] as string) || CONNECTORS.has(keys[a] as string))) a++;
    }
    // "Shares of Brightwater Holdings": a sentence-initial word before "of" is a common noun unless it is the head
    // of an organization or place name ("Bank of England", "Gulf of Aden").
    if (initial(a) && keys[a + 1] === "of" && a + 2 < j) {
      const w = keys[a] as string;
      if (!cues.orgSuffix.has(w) && !cues.placeSuffix.has(w) && !lex.actors.longest(keys, values, a, a + 1, shouting))
        a += 2;
    }
    // Trailing connectors and non-name words go too ("New Year" is not a name; "Sunday" after a name is a date).
    while (
      j > a &&
      (CONNECTORS.has(keys[j - 1] as string) || keys[j - 1] === "-" || TIME_WORDS.test(keys[j - 1] as string))
    ) {
      j--;
    }
    return a < j ? [a, j] : null;
  };

  /** A person (or organization) name starting exactly at i: dictionary first, then capitalized run. */
  const nameAt = (i: number, kinds: EntityKind[]): { e: number; entry: number } | null => {
    if (i >= se) return null;
    const m = actorAt(i, (h) => h.form === "name" && kinds.includes((entries[h.ref] as ActorEntry).kind));
    if (m) return { e: m.end, entry: (m.hits[0] as Hit).ref };
    if (!capWord(i) || capsUseless) return null;
    const run = unknownRun(i);
    if (!run || run[0] !== i) return null;
    // The run must not itself start with a dictionary country/organization ("Russian troops Moscow").
    if (actorAt(i, (h) => (entries[h.ref] as ActorEntry).kind !== "person")) return null;
    return { e: run[1], entry: -1 };
  };

  const push = (c: Cand): number => {
    cands.push(c);
    return cands.length - 1;
  };

  const pushName = (s0: number, nameStart: number, m: { e: number; entry: number }, code: string | null): number => {
    if (m.entry < 0) {
      // The title and name together may be a dictionary phrase ("PRESIDENT QUELL" in a TABARI file).
      const dm = actorAt(s0, (h) => h.form === "name" && (entries[h.ref] as ActorEntry).kind === "person");
      if (dm && dm.end >= m.e) m = { e: dm.end, entry: (dm.hits[0] as Hit).ref };
    }
    if (m.entry >= 0) {
      const en = entries[m.entry] as ActorEntry;
      const c: Cand = { s: s0, e: m.e, nameStart, form: "name", kind: en.kind, entry: m.entry, code: null };
      if (en.gender) c.gender = en.gender;
      return push(c);
    }
    return push({ s: s0, e: m.e, nameStart, form: "name", kind: "person", entry: -1, code, unknown: true });
  };

  /** A plural group agent ("rebels", "Protesters") right at token j, with nothing before it. */
  const isBarePluralGroup = (j: number): boolean => {
    const ag = agentAt(j);
    const hit = ag?.hits[0];
    if (!ag || !hit) return false;
    const agent = lex.dict.agents[hit.ref] as AgentEntry;
    // Plural of an agent ("soldier" → "soldiers") or an agent listed as a group ("protesters | - | OPP | group").
    // A collective noun written without an article ("Police said") counts as one too.
    const plural = hit.plural || agent.kind === "group" || agent.bare === true;
    if (!plural || (agent.kind === "person" && !hit.plural) || (isCap(j) && !initial(j) && !agent.bare)) return false;
    // Other groups ("students", "workers", "farmers") only with the country they are in: "students throughout
    // Indonesia", "workers in France".
    return (
      GOV_ROLES.test(agent.role) || agent.bare === true || (norm[ag.end] !== "from" && countryAfter(ag.end) !== null)
    );
  };

  /** A country (or a city coded with its country) after in/from/throughout at k ("in [the] Philippines"). */
  const countryAfter = (k: number): { end: number; code: string } | null => {
    if (norm[k] !== "in" && norm[k] !== "from" && norm[k] !== "throughout") return null;
    // "in the West Bank": a longer name after "the" beats "the West".
    const withThe = actorAt(k + 1);
    const afterThe = norm[k + 1] === "the" ? actorAt(k + 2) : null;
    const m = afterThe && (!withThe || afterThe.end > withThe.end) ? afterThe : withThe;
    const ref = m ? (m.hits[0] as Hit).ref : -1;
    const code = ref >= 0 ? placeCountry(ref) : null;
    return m && code ? { end: m.end, code } : null;
  };

  /** 1. composed nominal, possibly merged with / apposed to a name. Returns the next token or -1. */
  const tryComposite = (i: number): number => {
    let j = i;
    let det = false;
    let former = false;
    for (let k = 0; k < 3 && j < se && DETS.has(norm[j] as string); k++) {
      // "urging that President Virel resign", "said that the government": there "that" opens a clause.
      if (norm[j] === "that" && (isCap(j + 1) || DETS.has(norm[j + 1] as string))) break;
      det = true;
      if (FORMER.has(norm[j] as string)) former = true;
      j++;
    }
    let ref: string | null = null;
    let refIsOrg = false;
    /** An organization named before the agent ("Reuters reporter", "Pentagon spokesman") keeps its own mention. */
    let orgRef: { s: number; e: number; ref: number } | null = null;
    const m = actorAt(j);
    let afterRef = j;
    if (m) {
      const h = m.hits[0] as Hit;
      const en = entries[h.ref] as ActorEntry;
      const poss = norm[m.end] === "'s";
      // "the Obama administration", "the Putin government": a leader's name before an institution names its country.
      const leaderOf = en.kind === "person" && det && institutionAt(m.end);
      if (en.kind !== "person" || poss || leaderOf) {
        const code = entryCode(h.ref);
        // Members of an organization carry its code ("Hamas fighters" → PSEREB, "Kremlin spokesman" → RUSGOV);
        // people of a country, or of a person's office, get the country plus the agent's role.
        refIsOrg = (en.kind === "organization" || en.kind === "group") && code !== null;
        ref = refIsOrg ? code : (countryOfCode(code) ?? code);
        afterRef = poss ? m.end + 1 : m.end;
        // "Kenyan-led forces", "US-led troops": the forces a country leads are coded with it.
        if (!poss && norm[m.end] === "-" && norm[m.end + 1] === "led" && glued(m.end - 1)) afterRef = m.end + 2;
        orgRef = refIsOrg && !poss && h.form === "name" ? { s: j, e: m.end, ref: h.ref } : null;
      }
    }
    // A bare plural group noun is an actor too ("protesters marched", "Rebels in Mali attacked"): news drops the
    // article before such subjects far more often than before singular ones.
    const bareGroup = !det && ref === null && isBarePluralGroup(j);
    if (!det && ref === null && !(isCap(j) && !initial(j)) && !bareGroup) {
      // Without determiner or reference only a capitalized title can start a composed phrase ("Foreign Minister").
      if (!isCap(j)) return -1;
    }
    let agentStart = -1;
    let ag: { end: number; hits: readonly Hit[] } | null = null;
    for (let k = afterRef; k <= afterRef + 2 && k < se; k++) {
      ag = agentAt(k);
      if (ag) {
        agentStart = k;
        break;
      }
      const p = pos[k] as string;
      if (!isWord(k) || !/^(ADJ|NOUN|VERB|PROPN)$/.test(p) || (p === "PROPN" && ref === null && !det)) break;
      if (actorAt(k)) break;
    }
    if (!ag || agentStart < 0) return -1;
    const hit = ag.hits[0] as Hit;
    const agent = lex.dict.agents[hit.ref] as AgentEntry;
    // "the two leaders", "both ministers" without a country name a pair named before: left to pairs.ts
    if (ref === null && hit.plural && PAIR_WORDS.has(norm[agentStart - 1] as string)) return -1;
    let e = ag.end;
    // The agent must end the noun phrase ("Russian troops" but not "Russian troop movements"), and a capitalized
    // agent word followed by "'s" or another capitalized word is part of a proper name ("Chinese People's War").
    // ("a US official today said": a time adverb tagged as a noun does not continue the phrase.)
    // After "that" the phrase is a clause subject and a noun-tagged word after it is its bare verb ("demanded that
    // the Kenyan government end curbs").
    const subjunctive = norm[i - 1] === "that";
    if (
      !hit.plural &&
      e < se &&
      pos[e] === "NOUN" &&
      !agentAt(e) &&
      !DAY_ADVERBS.has(keys[e] as string) &&
      !subjunctive
    )
      return -1;
    if (isCap(e - 1) && !agent.title && e < se && (norm[e] === "'s" || (isCap(e) && isWord(e)))) return -1;
    if (agent.title && e + 1 < se && /^(for|of|to)$/.test(norm[e] as string)) {
      const pp = actorAt(e + 1) ?? (norm[e + 1] === "the" ? actorAt(e + 2) : null);
      if (pp) {
        // "the president of Mongolia" is Mongolia's president ("envoy for Ukraine" is not Ukraine's).
        const ppRef = (pp.hits[0] as Hit).ref;
        if (ref === null && norm[e] === "of" && (entries[ppRef] as ActorEntry).kind === "country") {
          ref = countryOfCode(entryCode(ppRef));
        }
        e = pp.end;
      }
    }
    // "the rebels from Syria": a group or institution with its country after it.
    // Also "protesters in Cairo", "the government in Kyiv": a place after a group names its country.
    // A possessive determiner makes "in X" the group's location, not its country ("Chad reinforced its troops in
    // Niger"); "Rebels in the Philippines" may name the country with an article.
    const owned = POSSESSIVE_DETS.has(norm[i] as string);
    // ("protesters in Basra": a city or region coded with its country names it too.)
    const place =
      ref === null && (det || bareGroup) && !owned && !agent.abroad && (agent.kind !== "person" || hit.plural)
        ? countryAfter(e)
        : null;
    if (place) {
      ref = place.code;
      // A bare group of citizens ("workers in France") keeps the place as its own name mention.
      if (det || GOV_ROLES.test(agent.role)) e = place.end;
    }
    const titleOnly = ref === null && !det;
    // A capitalized institution without a country is a proper name ("the Foreign Office", "State Department").
    if (ref === null && agent.kind === "organization" && !hit.plural && !initial(agentStart) && !capsUseless) {
      let allCap = true;
      for (let t = agentStart; t < ag.end; t++) if (isWord(t) && !isCap(t)) allCap = false;
      if (allCap) {
        // "the News Agency of Nigeria": the name goes on through "of" + a name.
        let end = ag.end;
        if (norm[end] === "of") {
          const of = actorAt(end + 1);
          const run = of ? null : unknownRun(end + 1);
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
        push(c);
        return end;
      }
    }
    if (titleOnly && !bareGroup && !(agent.title && isCap(agentStart))) return -1;
    const role = former && agent.kind === "person" ? "ELI" : agent.role;
    // Troops of an international organization are its military ("NATO troops", "UN peacekeepers" → …MIL), while
    // members of a national organization carry its code ("Hamas fighters" → PSEREB).
    const intlForce = refIsOrg && /^(IGO|NGO)/.test(ref ?? "") && (role === "MIL" || role === "COP");
    const orgCode = intlForce && !(ref ?? "").endsWith(role) ? `${ref}${role}` : ref;
    const code = ref === null ? null : refIsOrg ? orgCode : agent.prefix ? `${role}${ref}` : `${ref}${role}`;
    const personal = agent.kind === "person" && !hit.plural;

    if (orgRef) {
      const en = entries[orgRef.ref] as ActorEntry;
      push({
        s: orgRef.s,
        e: orgRef.e,
        nameStart: orgRef.s,
        form: "name",
        kind: en.kind,
        entry: orgRef.ref,
        code: null,
      });
      i = orgRef.e;
    }
    // Merged with a following name: "Chinese leader Xi Jinping", "Foreign Minister Wang Yi", "President Putin".
    if ((personal || (agent.kind === "organization" && !hit.plural)) && e < se) {
      const nm = nameAt(e, personal ? ["person"] : ["organization"]);
      if (nm) {
        const idx = pushName(i, e, nm, code);
        const c = cands[idx] as Cand;
        c.titled = true;
        if (c.unknown) c.kind = personal ? "person" : "organization";
        if (personal && agent.head) c.head = true;
        // The title still says the office when no country precedes it; placeTitledPeople finds the country.
        if (c.unknown && personal && code === null && agent.home) c.titleRole = { role, head: agent.head === true };
        return nm.e;
      }
    }
    if (titleOnly && !bareGroup) return -1;
    const nominal: Cand = {
      s: i,
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
    if (ref === null) {
      // A bare agent with a determiner: only institutions and groups are worth an entity ("the government").
      if ((agent.kind === "person" && !hit.plural) || !(GOV_ROLES.test(agent.role) || agent.bare)) return e;
      nominal.code = `---${agent.role}`;
    }
    push(nominal);
    // Apposition: "his Russian counterpart, Vladimir Putin," / "US presidential envoy for Ukraine, Keith Kellogg,".
    if (personal && norm[e] === "," && e + 1 < se) {
      const nm = nameAt(e + 1, ["person"]);
      const after = nm ? (norm[nm.e] ?? ".") : "";
      if (nm && (after === "," || after === "." || nm.e >= se || pos[nm.e] === "VERB" || pos[nm.e] === "AUX")) {
        const idx = pushName(e + 1, e + 1, nm, code);
        const c = cands[idx] as Cand;
        c.kind = "person";
        nominal.link = idx;
        return nm.e;
      }
    }
    return e;
  };

  /** 2. honorific or capitalized title before a name ("Mr Xi", "Gen. Valery Gerasimov", "striker Alan Shearer"). */
  const tryHonorific = (i: number): number => {
    const k = keys[i] as string;
    // "Conservative Party" is a dictionary name, not the title "Conservative" before a name.
    if (!cues.honorifics.has(k) || actorAt(i)) return -1;
    let j = i + 1;
    if (norm[j] === ".") j++;
    const nm = nameAt(j, ["person"]);
    if (!nm) return -1;
    // Capitalized titles belong to the mention ("President Vladimir Putin"); lower-case role nouns do not.
    const s0 = isCap(i) ? i : j;
    const idx = pushName(s0, j, nm, null);
    const c = cands[idx] as Cand;
    c.kind = "person";
    c.titled = true;
    if (/^(mrs|ms|miss|lady|dame|queen|princess)$/.test(k)) c.gender = "f";
    else if (/^(mr|sir|lord|king|prince)$/.test(k)) c.gender = "m";
    return nm.e;
  };

  /** 3. dictionary phrase; extended into a longer organization name when followed by a suffix word. */
  const tryDictionary = (i: number): number => {
    let m = actorAt(i);
    // "the UN Security Council": a longer name right after "the" beats the "the UN" alias.
    if (norm[i] === "the") {
      const m2 = actorAt(i + 1);
      if (m2 && (!m || m2.end > m.end)) {
        i++;
        m = m2;
      }
    }
    if (!m) return -1;
    const h = m.hits[0] as Hit;
    const en = entries[h.ref] as ActorEntry;
    if (h.form !== "nominal" && en.kind !== "person" && !capsUseless && capWord(m.end) && !actorAt(m.end)) {
      const run = unknownRun(m.end);
      if (run && run[0] === m.end) {
        const last = keys[run[1] - 1] as string;
        // "Seattle Mariners", "Manchester United", "China Daily": a place followed by a team or company word.
        const team = en.kind === "place" && run[1] - run[0] === 1 && /[a-z]s$/.test(values[run[0]] as string);
        if (cues.orgSuffix.has(last) || cues.placeSuffix.has(last) || team) {
          const c: Cand = { s: i, e: run[1], nameStart: i, form: "name", kind: "organization", entry: -1, code: null };
          c.unknown = true;
          push(c);
          return run[1];
        }
      }
    }
    // A city followed by a score is a team in a results line ("Chicago 4 HOUSTON 3").
    if (en.kind === "place" && T.type[m.end] === "number" && !/^\d{4}-/.test(values[m.end] as string)) {
      const t: Cand = { s: i, e: m.end, nameStart: i, form: "name", kind: "organization", entry: -1, code: null };
      t.unknown = true;
      push(t);
      return m.end;
    }
    const c: Cand = { s: i, e: m.end, nameStart: i, form: h.form, kind: en.kind, entry: h.ref, code: null };
    if (en.gender) c.gender = en.gender;
    push(c);
    return m.end;
  };

  /** 4. unknown capitalized name. */
  const tryUnknown = (i: number): number => {
    const run = unknownRun(i);
    if (!run || run[0] !== i) return -1;
    let [a, b] = run;
    // Stop before a dictionary phrase inside the run unless it is joined by "of" ("Bank of England").
    let within: string | null = null;
    for (let k = a + 1; k < b; k++) {
      const inner = norm[k - 1] !== "of" && norm[k - 1] !== "-" ? actorAt(k, (h) => h.form === "name") : null;
      if (inner) {
        const tail = keys[b - 1] as string;
        if (!cues.orgSuffix.has(tail) && !cues.placeSuffix.has(tail)) b = k;
        else if (cues.placeSuffix.has(tail)) within = placeCountry((inner.hits[0] as Hit).ref);
        break;
      }
    }
    if (b - a === 1 && cues.notNames.has(keys[a] as string)) return -1;
    // "Angry Dutch farmers", "Young Moroccans": a sentence-initial adjective before a demonym is no name; the
    // demonym starts the phrase.
    if (initial(a) && b - a === 2 && actorAt(a + 1, (h) => h.form === "demonym")) return -1;
    const c: Cand = { s: a, e: b, nameStart: a, form: "name", kind: "person", entry: -1, code: null, unknown: true };
    // "South Darfur State", "North Kivu Province": a place named after a known place lies in its country.
    if (within) c.within = within;
    // "Privatisation Minister Wieslaw Kaczmarek": a title word just before the run marks a person.
    if (a > 0 && cues.honorifics.has(keys[a - 1] as string)) c.titled = true;
    push(c);
    return b;
  };

  for (let s = 0; s < doc.sentences.count; s++) {
    ss = doc.sentences.tokenStart[s] as number;
    se = doc.sentences.tokenEnd[s] as number;
    // Capitals carry no information in all-caps headlines and in Title Case headings.
    let words = 0;
    let upper = 0;
    let capital = 0;
    let capitalCommon = 0;
    for (let i = ss; i < se; i++) {
      const v = values[i] as string;
      if (!isWord(i)) continue;
      const c0 = v.charCodeAt(0) | 32;
      if (c0 < 97 || c0 > 122) continue;
      words++;
      if (noLowerAscii(v)) upper++;
      if (isCap(i)) {
        capital++;
        if (i > ss && pos[i] !== "PROPN") capitalCommon++;
      }
    }
    shouting = words >= 3 && upper / words > 0.6;
    // Title Case: a heading line whose common words are capitalized too (result lines full of names are not).
    const titleCase = doc.sentences.heading[s] === 1 && words >= 3 && capital / words > 0.75 && capitalCommon >= 2;
    capsUseless = shouting || titleCase;
    if (capsUseless) blindSentences.push(s);
    let i = ss;
    while (i < se) {
      if (!isWord(i) && norm[i] !== "'s") {
        i++;
        continue;
      }
      // Most tokens are lower-case words that start nothing: skip them without trying every rule.
      const k = keys[i] as string;
      if (
        !isCap(i) &&
        !DETS.has(k) &&
        !cues.honorifics.has(k) &&
        !agentAt(i) &&
        !actorAt(i) &&
        k !== "al" &&
        k !== "el"
      ) {
        i++;
        continue;
      }
      let next = tryComposite(i);
      if (next < 0) next = tryHonorific(i);
      if (next < 0) next = tryDictionary(i);
      if (next < 0) next = tryUnknown(i);
      i = next > i ? next : i + 1;
    }
  }

  classifyUnknown(doc, cands, keys, cues, lex);
  for (const c of cands) if (c.within && c.kind === "place" && c.code === null) c.code = c.within;
  placeTitledPeople(doc, cands, lex, entryCode);
  placeRoleOnlyNominals(cands, entryCode);
  const all = blindSentences.length > 0 ? propagateToHeadlines(doc, cands, keys, blindSentences) : cands;
  return buildLayer(doc, all, keys, lex, entryCode);
}

/**
 * Decides the kind (and a role hint) of capitalized names found outside the dictionary. Each mention collects
 * evidence from its own words (suffixes, given names, initials) and its context ("in X", "X said", "X 4-38" in
 * results tables); then one sense per document: every mention of the same text takes the kind with most evidence.
 */
function classifyUnknown(doc: Document, cands: Cand[], keys: string[], cues: NameCues, lex: Lexicon): void {
  const T = doc.tokens;
  // Words of names known to be people (dictionary, title or apposition evidence) make later surnames people.
  const personTokens = new Set<string>();
  for (const c of cands) {
    const known = c.entry >= 0 || c.titled === true || c.code !== null;
    if (c.kind === "person" && c.form === "name" && known) {
      for (let t = c.nameStart; t < c.e; t++) personTokens.add(keys[t] ?? "");
    }
  }
  // A lone capitalized word that only ever appears at the start of a sentence is most likely a common word
  // ("Rumors circulated", "Former champion"): drop it unless something else says it is a name.
  const nonInitial = new Set<string>();
  // The first word of a sentence: a bullet or dash opening the line ("- Parenting plans to …") is skipped.
  const firstWordOf = (s: number): number => {
    let t = doc.sentences.tokenStart[s] as number;
    const end = doc.sentences.tokenEnd[s] as number;
    while (t < end - 1 && (T.type[t] === "punctuation" || T.type[t] === "symbol")) t++;
    return t;
  };
  for (let t = 1; t < T.count; t++) {
    const s = T.sentence[t] as number;
    const c0 = (T.value[t] as string).charCodeAt(0);
    if (c0 >= 65 && c0 <= 90 && t > firstWordOf(s) && T.norm[t - 1] !== '"') {
      nonInitial.add(keys[t] as string);
    }
  }
  // "World Anti-Fascist War", "Euro 96 Cup", "Dayton Accords": events and treaties are not actors.
  dropEventNameChains(doc, cands, keys, cues);
  for (const c of cands) {
    if (c.unknown && !c.titled && c.e - c.nameStart > 1 && cues.eventSuffix.has(keys[c.e - 1] as string)) c.drop = true;
    // "six Rafale jets", "Leopard tanks": a name right before a product noun names a model, not an actor.
    if (c.unknown && !c.titled && cues.productNoun.has(T.norm[c.e] as string)) c.drop = true;
  }
  for (const c of cands) {
    if (!c.unknown || c.e - c.nameStart !== 1 || c.titled || c.code !== null) continue;
    const k = keys[c.nameStart] as string;
    const atStart = c.nameStart === firstWordOf(T.sentence[c.nameStart] as number);
    // Datelines ("KHASAVYURT , Russia 1996-08-30") keep their place name.
    const s = T.sentence[c.nameStart] as number;
    let dateline = false;
    for (let t = c.e; t < (doc.sentences.tokenEnd[s] as number) && !dateline; t++) {
      dateline = /^\d{4}-\d\d-\d\d$/.test(T.value[t] as string);
    }
    if (atStart && !dateline && !nonInitial.has(k) && !personTokens.has(k) && T.type[c.e] !== "number") c.drop = true;
  }
  // Pass 1 decides multi-word names; their words then count as surnames / given names in pass 2.
  vote(doc, cands, keys, cues, personTokens, (c) => c.e - c.nameStart > 1);
  for (const c of cands) {
    if (c.unknown && !c.drop && c.kind === "person" && c.e - c.nameStart > 1) {
      for (let t = c.nameStart; t < c.e; t++) if (!/^[a-z]$/.test(keys[t] ?? "")) personTokens.add(keys[t] ?? "");
    }
  }
  vote(doc, cands, keys, cues, personTokens, (c) => c.e - c.nameStart === 1);
  void lex;
}

function vote(
  doc: Document,
  cands: Cand[],
  keys: string[],
  cues: NameCues,
  personTokens: Set<string>,
  which: (c: Cand) => boolean,
): void {
  const T = doc.tokens;
  type Votes = { person: number; organization: number; place: number; role?: string };
  const apposed = new Set<Cand>();
  for (const o of cands) if (o.link !== undefined) apposed.add(cands[o.link] as Cand);
  const votes = new Map<string, Votes>();
  const textKey = (c: Cand) => {
    c.text ??= c.e - c.nameStart === 1 ? (keys[c.nameStart] as string) : keys.slice(c.nameStart, c.e).join(" ");
    return c.text;
  };
  const evidence: { c: Cand; kind: EntityKind; w: number }[] = [];
  // Coordination: "between Blackpool, Bournemouth and Brighton" — list members share a kind; dictionary members
  // (and titled people) say which.
  const knownEnd = new Map<number, EntityKind>();
  const knownStart = new Map<number, EntityKind>();
  for (const c of cands) {
    if (c.drop || c.form !== "name" || (c.entry < 0 && !c.titled)) continue;
    const kind = c.kind === "country" ? "place" : c.kind;
    knownEnd.set(c.e, kind);
    knownStart.set(c.s, kind);
  }
  const listSep = (t: number) => T.norm[t] === "," || T.norm[t] === "and" || T.norm[t] === "or";
  for (const c of cands) {
    if (!c.unknown || c.drop || !which(c)) continue;
    const a = c.nameStart;
    const b = c.e;
    const len = b - a;
    const first = keys[a] as string;
    const last = keys[b - 1] as string;
    const add = (kind: EntityKind, w: number) => evidence.push({ c, kind, w });
    const titled = c.titled === true || c.code !== null || c.link !== undefined;
    const appositive = apposed.has(c);
    if (titled || appositive) add(c.kind === "organization" ? "organization" : "person", 10);
    const inner = keys.slice(a, b);
    const orgWord = inner.find((w, k) => cues.orgSuffix.has(w) && (k === inner.length - 1 || inner[k + 1] === "of"));
    if (orgWord !== undefined) {
      add("organization", 4);
      const role = cues.orgSuffix.get(orgWord);
      if (role) c.role = role;
    }
    if (cues.placeSuffix.has(last)) add("place", 3);
    const v0 = T.value[a] as string;
    const letters = v0.replace(/[^A-Za-z]/g, "");
    if (len === 1 && letters.length >= 2 && letters.length <= 5 && letters === letters.toUpperCase())
      add("organization", 2);
    if (/^[A-Z]\.$/.test(v0) && len >= 2) add("person", 4);
    if (cues.givenNames.has(first) && len >= 2) add("person", 3);
    if (len === 1 && personTokens.has(first)) add("person", 3);
    const prev = a > 0 ? (T.norm[a - 1] as string) : "";
    const next = b < T.count ? (T.lemma[b] as string) : "";
    const nextType = b < T.count ? (T.type[b] as string) : "";
    if (/^(say|tell|add|according|told|said|says)$/.test(next)) add("person", 2);
    // "Duran , 45 ," (age apposition); scorecards "c Healy b Fleming" (caught / bowled by a player).
    if (T.norm[b] === "," && T.type[b + 1] === "number" && T.norm[b + 2] === ",") add("person", 3);
    if (/^(b|c|st|lbw)$/.test(prev) && a > 0 && T.value[a - 1] === prev) add("person", 3);
    // "Ericsson spokesman", "Eagles owner", "Pirelli shares": a company or club speaks through its people.
    if (b < T.count && ORG_FOLLOWERS.has(T.norm[b] as string)) add("organization", 3);
    if (cues.placePreps.has(prev)) add("place", 2);
    // Results tables and fixtures: "Somerset 83 and 174", "v Kent", "Essex beat Yorkshire" name teams.
    if (nextType === "number" && !/^\d{4}-\d\d-\d\d$/.test(T.value[b] as string)) add("organization", 2);
    if (prev === "v" || prev === "vs") add("organization", 2);
    // Datelines ("PHILADELPHIA 1996-08-29", "LONDON (Reuters) -") and venue headers ("Leicester : ...").
    const lineStart = a === (doc.sentences.tokenStart[T.sentence[a] as number] as number);
    if (lineStart && /^\d{4}-\d\d-\d\d$/.test((T.value[b] as string) ?? "")) add("place", 5);
    if (lineStart && (T.norm[b] === ":" || T.norm[b] === "(")) add("place", 1);
    if (lineStart && T.norm[b] === ",") {
      const s = T.sentence[a] as number;
      for (let t = b; t < (doc.sentences.tokenEnd[s] as number); t++) {
        if (/^\d{4}-\d\d-\d\d$/.test(T.value[t] as string)) add("place", 5);
      }
    }
    // "the town of Tavildara", "Sharqiyah province", "Kosevo stadium".
    if (prev === "of" && a > 1 && PLACE_NOUNS.has(T.norm[a - 2] as string)) add("place", 4);
    if (b < T.count && PLACE_NOUNS.has(T.norm[b] as string)) add("place", 3);
    if (len >= 2 && len <= 3 && inner.every((w) => /^\p{L}[\p{L}'.-]*$/u.test(w))) add("person", 1);
    const left = a > 0 && listSep(a - 1) ? knownEnd.get(a - 1) : undefined;
    const right = b < T.count && listSep(b) ? knownStart.get(b + 1) : undefined;
    for (const k of [left, right]) if (k === "person" || k === "place" || k === "organization") add(k, 1.5);
    if (len === 1) add("organization", 0.5);
    else add("organization", 0.2);
  }
  for (const { c, kind, w } of evidence) {
    const k = textKey(c);
    const v = votes.get(k) ?? { person: 0, organization: 0, place: 0 };
    v[kind as "person" | "organization" | "place"] += w;
    if (c.role) v.role = c.role;
    votes.set(k, v);
  }
  for (const c of cands) {
    if (!c.unknown || c.drop || !which(c)) continue;
    const v = votes.get(textKey(c));
    if (!v) continue;
    const kind: EntityKind =
      v.person >= v.organization && v.person >= v.place
        ? "person"
        : v.organization >= v.place
          ? "organization"
          : "place";
    c.kind = kind;
    if (kind === "organization" && v.role) c.role = v.role;
    // Cleared by assignment: `delete` would turn the candidate into a slow dictionary-mode object.
    else c.role = undefined;
  }
}

/** Country of a candidate's code for the article date: its dictionary entry's, else its composed code's. */
function candCountry(c: Cand, entryCode: (ref: number) => string | null): string | null {
  return countryOfCode(c.entry >= 0 ? entryCode(c.entry) : c.code);
}

/**
 * Gives a country to people named with a home-office title but no country ("President Anton Virel",
 * "Judge Ana Petrov"): the country of an "of" phrase right after the name ("King Tamar of Lesotho"), else
 * the country the article mentions most, counting the person's own sentence three times. A head title skips
 * countries whose head is already named ("President X welcomed French President Macron": not FRA).
 */
function placeTitledPeople(
  doc: Document,
  cands: Cand[],
  lex: Lexicon,
  entryCode: (ref: number) => string | null,
): void {
  if (!cands.some((c) => c.titleRole && c.code === null && !c.drop)) return;
  const T = doc.tokens;
  const entries = lex.dict.entries;
  const inSentence = new Map<string, number>();
  const inDoc = new Map<string, number>();
  const headed = new Set<string>();
  const countryAt = new Map<number, string>();
  for (const c of cands) {
    if (c.drop) continue;
    const en = c.entry >= 0 ? (entries[c.entry] as ActorEntry) : null;
    const country = candCountry(c, entryCode);
    if (!country) continue;
    const s = T.sentence[c.s] as number;
    inDoc.set(country, (inDoc.get(country) ?? 0) + 1);
    inSentence.set(`${s}:${country}`, (inSentence.get(`${s}:${country}`) ?? 0) + 1);
    if (c.kind === "person" && (c.head || en?.head)) headed.add(country);
    if (en?.kind === "country") countryAt.set(c.s, country);
  }
  for (const c of cands) {
    const title = c.titleRole;
    // "Secretary-General X": the second half of a hyphenated title belongs to the office before it.
    if (!title || c.code !== null || c.drop || T.norm[c.s - 1] === "-") continue;
    const s = T.sentence[c.s] as number;
    let country = T.norm[c.e] === "of" ? (countryAt.get(c.e + 1) ?? null) : null;
    let best = 0;
    if (!country) {
      for (const [k, n] of inDoc) {
        if (title.head && headed.has(k)) continue;
        const score = n + 2 * (inSentence.get(`${s}:${k}`) ?? 0);
        if (score > best) {
          best = score;
          country = k;
        }
      }
    }
    if (country) c.code = `${country}${title.role}`;
  }
}

/** Lower-case words that may join the capitalized words of an event name ("War of Resistance Against …"). */
const EVENT_NAME_JOINERS = new Set(["of", "against", "for", "and", "the", "on"]);

/**
 * "the Chinese People's War of Resistance Against Japanese Aggression": a capitalized event word (War, Treaty,
 * Games…) inside a chain of capitalized words joined by "'s" before it and "of …" after it makes the whole chain
 * one event name, and no unknown name inside it is an actor ("People", "War", "Resistance Against …").
 */
function dropEventNameChains(doc: Document, cands: Cand[], keys: string[], cues: NameCues): void {
  const T = doc.tokens;
  const cap = (t: number) => {
    const c = (T.value[t] as string).charCodeAt(0);
    return c >= 65 && c <= 90;
  };
  for (let t = 1; t < T.count; t++) {
    if (!cues.eventSuffix.has(keys[t] as string) || !cap(t)) continue;
    const s = T.sentence[t] as number;
    const ss = doc.sentences.tokenStart[s] as number;
    const se = doc.sentences.tokenEnd[s] as number;
    let from = t;
    while (from > ss) {
      if (T.norm[from - 1] === "'s" && from - 2 >= ss && cap(from - 2)) from -= 2;
      else if (cap(from - 1)) from--;
      else break;
    }
    let to = t + 1;
    if (T.norm[to] === "of" && to + 1 < se && cap(to + 1)) {
      to++;
      while (to < se && (cap(to) || (EVENT_NAME_JOINERS.has(T.norm[to] as string) && to + 1 < se && cap(to + 1)))) to++;
    }
    if (to - from < 3) continue;
    for (const c of cands) if (c.unknown && c.s >= from && c.e <= to) c.drop = true;
  }
}

/** Share of the article's country-coded mentions one country needs before role-only nominals are given it. */
const DOMINANT_SHARE = 0.6;

/**
 * Gives role-only nominals ("the government", "the rebels", "Police": `---GOV`, `---REB`, `---COP`) the country
 * the article is about, as a human coder would, when one country clearly dominates it: at least two mentions,
 * DOMINANT_SHARE of all country-coded mentions, and the first country or place the article names.
 * In a story about several countries they keep no country.
 */
function placeRoleOnlyNominals(cands: Cand[], entryCode: (ref: number) => string | null): void {
  if (!cands.some((c) => !c.drop && c.code?.startsWith("---"))) return;
  // Every country-coded mention counts; the first country or place named says where the story happens.
  const counts = new Map<string, number>();
  let total = 0;
  let first: { s: number; country: string } | null = null;
  for (const c of cands) {
    if (c.drop) continue;
    const country = candCountry(c, entryCode);
    if (!country) continue;
    counts.set(country, (counts.get(country) ?? 0) + 1);
    total++;
    const located = c.kind === "country" || c.kind === "place";
    if (located && (!first || c.s < first.s)) first = { s: c.s, country };
  }
  let best: string | null = null;
  let most = 0;
  for (const [country, n] of counts) {
    if (n > most) {
      most = n;
      best = country;
    }
  }
  // the first place named (headline, dateline, lead) must agree: it is where most stories are set
  if (!best || most < 2 || most < DOMINANT_SHARE * total || first?.country !== best) return;
  for (const c of cands) {
    // international bodies' roles (IGO…) and the bare roles of unknown affiliation keep their codes
    // an embassy or ambassador ("abroad") in a story about one country is most often another country's
    if (!c.drop && c.code?.startsWith("---") && c.agent && !c.agent.abroad && !/^(IGO|NGO)/.test(c.code.slice(3))) {
      c.code = `${best}${c.code.slice(3)}`;
    }
  }
}

/** Groups candidates into entities, resolves descriptions and pronouns, and assembles the layer. */
function buildLayer(
  doc: Document,
  cands: Cand[],
  keys: string[],
  lex: Lexicon,
  entryCode: (ref: number) => string | null,
): ActorLayer {
  const T = doc.tokens;
  const entries = lex.dict.entries;
  const drafts: EntityDraft[] = [];
  const byKey = new Map<string, number>();
  const nameWordIndex = new Map<string, number>();
  const acronymIndex = new Map<string, number>();
  const nameKeys = (c: Cand) => {
    const out: string[] = [];
    for (let t = c.nameStart; t < c.e; t++) if (T.type[t] === "word") out.push(keys[t] as string);
    return out;
  };
  const textOf = (c: Cand, from = c.s) => doc.text.slice(T.start[from] as number, T.end[c.e - 1] as number);

  const newEntity = (key: string, c: Cand, name: string, code: string | null): number => {
    const d: EntityDraft = { key, kind: c.kind, entry: c.entry, name, code, mentions: [] };
    if (c.gender) d.gender = c.gender;
    drafts.push(d);
    byKey.set(key, drafts.length - 1);
    return drafts.length - 1;
  };

  /** People mentioned so far with a code whose country is `ref` and role GOV (for "the Chinese leader"). */
  const findPersonOf = (ref: string | null, from: number, head: boolean): number => {
    if (!ref) return -1;
    let best = -1;
    let bestScore = -1;
    const consider = (c: Cand, distance: number) => {
      if (c.entity === undefined || c.kind !== "person") return;
      const d = drafts[c.entity] as EntityDraft;
      const code = d.code ?? "";
      if (!code.startsWith(ref)) return;
      const isHead = d.entry >= 0 && (entries[d.entry] as ActorEntry).head === true;
      const score = (head && isHead ? 1000 : 0) + (code === `${ref}GOV` ? 100 : 0) - distance;
      if (score > bestScore) {
        bestScore = score;
        best = c.entity;
      }
    };
    for (let k = from - 1; k >= 0; k--) consider(cands[k] as Cand, from - k);
    return best;
  };

  // Full names first, so that a lone surname seen earlier (a headline "KOWALSKI") still finds "Piotr Kowalski".
  const lone = (c: Cand) => c.unknown === true && c.kind === "person" && c.e - c.nameStart === 1;
  const resolveOrder = [...cands.keys()].filter((k) => !lone(cands[k] as Cand));
  for (let k = 0; k < cands.length; k++) if (lone(cands[k] as Cand)) resolveOrder.push(k);
  const resolve = (c: Cand, idx: number) => {
    if (c.link !== undefined || c.drop) return; // resolved with its name below / rejected
    let ent = -1;
    if (c.entry >= 0) {
      const en = entries[c.entry] as ActorEntry;
      const key = `d:${en.id}`;
      ent = byKey.get(key) ?? -1;
      if (ent < 0) {
        ent = newEntity(key, c, prettyName(en), entryCode(c.entry));
        if (en.kind === "person")
          for (const w of splitPhrase(en.name)) if (w.length > 1) nameWordIndex.set(tokenKey(w), ent);
      }
      const d = drafts[ent] as EntityDraft;
      if (d.code === null && c.code !== null) d.code = c.code;
    } else if (c.unknown) {
      const nk = nameKeys(c);
      const full = nk.join(" ");
      if (c.kind === "person") {
        // Same full name, or a surname / given name of a person named earlier ("Kellogg", "Xi").
        ent = byKey.get(`p:${full}`) ?? -1;
        if (ent < 0 && nk.length === 1) ent = nameWordIndex.get(full) ?? -1;
        if (ent < 0) {
          ent = newEntity(`p:${full}`, c, textOf(c, c.nameStart), c.code);
          (drafts[ent] as EntityDraft).nameKeys = nk;
          // Each word of a full name may later stand alone for the person ("Kellogg"; "Xi" comes first in Chinese).
          if (nk.length > 1) for (const w of nk) if (w.length > 1) nameWordIndex.set(w, ent);
        }
      } else {
        ent = byKey.get(`n:${c.kind}:${full}`) ?? -1;
        // An acronym of an organization named earlier in the article ("Test and County Cricket Board" → "TCCB").
        if (ent < 0 && nk.length === 1) ent = acronymIndex.get(full) ?? -1;
        if (ent < 0) {
          const code = c.code ?? (c.role ? `---${c.role}` : null);
          ent = newEntity(`n:${c.kind}:${full}`, c, textOf(c, c.nameStart), c.role ? code : c.code);
          (drafts[ent] as EntityDraft).nameKeys = nk;
          if (c.kind === "organization" && nk.length > 1) {
            const initials = nk
              .filter((w) => /^\p{L}/u.test(w) && !/^(of|and|the|for|de)$/.test(w))
              .map((w) => w[0])
              .join("");
            if (initials.length > 1) acronymIndex.set(initials, ent);
          }
        }
      }
    } else {
      // Composed nominal.
      const ag = c.agent as AgentEntry;
      if (c.kind === "person" && (ag.head || ag.peer)) ent = findPersonOf(c.ref ?? null, idx, ag.head === true);
      if (ent < 0 && c.kind === "person" && (ag.head || ag.peer)) {
        // The description may come before the name ("his Russian counterpart ... Putin"): look ahead.
        for (let k = idx + 1; k < cands.length && ent < 0; k++) {
          const o = cands[k] as Cand;
          if (o.kind !== "person" || o.entry < 0) continue;
          const code = entryCode(o.entry) ?? "";
          if (c.ref && code.startsWith(c.ref)) {
            const en = entries[o.entry] as ActorEntry;
            const key = `d:${en.id}`;
            ent = byKey.get(key) ?? newEntity(key, o, prettyName(en), code);
          }
        }
      }
      if (ent < 0) {
        const key = `c:${c.code}:${(T.lemma[c.e - 1] as string) ?? ""}`;
        ent = byKey.get(key) ?? newEntity(key, c, textOf(c), c.code);
      }
    }
    c.entity = ent;
    const d = drafts[ent] as EntityDraft;
    d.mentions.push(idx);
    // An unknown entity is named by its fullest mixed-case name ("Piotr Kowalski", not the headline's "KOWALSKI").
    if (c.unknown && d.entry < 0) {
      const text = textOf(c, c.nameStart);
      const shouted = d.name === d.name.toUpperCase();
      if (
        (shouted && text !== text.toUpperCase()) ||
        (!shouted && text.length > d.name.length && text !== text.toUpperCase())
      ) {
        d.name = text;
      }
    }
  };
  for (const k of resolveOrder) resolve(cands[k] as Cand, k);
  // Appositions: the nominal joins its name's entity; an unknown name takes the nominal's code.
  cands.forEach((c, idx) => {
    if (c.link === undefined) return;
    const target = cands[c.link] as Cand;
    const ent = target.entity ?? -1;
    if (ent < 0) return;
    c.entity = ent;
    const d = drafts[ent] as EntityDraft;
    d.mentions.push(idx);
    if (d.code === null) d.code = c.code;
  });

  // Pronouns (conservative): he/she → the only compatible person in the previous sentence and the current one so
  // far, or the subject (first mention) of the previous sentence; "it"/"they" → the only organization/country/group.
  const pronounCands: Cand[] = [];
  // Candidates were pushed left to right, so their starts are sorted: binary search the window.
  const firstFrom = (tok: number): number => {
    let lo = 0;
    let hi = cands.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cands[mid] as Cand).s < tok) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const covered = new Int32Array(T.count).fill(-1);
  cands.forEach((c, idx) => {
    for (let t = c.s; t < c.e; t++) covered[t] = idx;
  });
  for (let t = 0; t < T.count; t++) {
    const w = T.norm[t] as string;
    if (covered[t] !== -1) continue;
    const personal = w === "he" || w === "she";
    const thing = w === "it" || w === "they";
    if (!personal && !thing) continue;
    if (thing && !(T.pos[t + 1] === "VERB" || T.pos[t + 1] === "AUX" || T.pos[t + 1] === "ADV")) continue;
    // Expletive "it" ("it is said", "it seems", "it will be an intervention") refers to nothing.
    if (
      w === "it" &&
      (/^(is|was|'s|seems|seemed|appears|appeared|remains|looks)$/.test(T.norm[t + 1] ?? "") ||
        (/^(will|would|could|may|might|must|should|can)$/.test(T.norm[t + 1] ?? "") && T.norm[t + 2] === "be"))
    )
      continue;
    const s = T.sentence[t] as number;
    const from = doc.sentences.tokenStart[Math.max(0, s - 1)] as number;
    const seen: number[] = [];
    let prevSubject = -1;
    const prevStart = doc.sentences.tokenStart[s - 1];
    for (let ci = firstFrom(from); ci < cands.length; ci++) {
      const c = cands[ci] as Cand;
      if (c.s >= t) break;
      if (c.entity === undefined) continue;
      const d = drafts[c.entity] as EntityDraft;
      const fits = personal
        ? d.kind === "person" && !c.plural && (!d.gender || d.gender === (w === "he" ? "m" : "f"))
        : w === "it"
          ? d.kind === "organization" || d.kind === "country"
          : d.kind === "group" || (c.plural ?? false);
      if (!fits) continue;
      // "it"/"they" reach back only to the subject of the previous sentence (its opening mention); "It said that
      // 36% ..." after "... to use MMS." is not MMS.
      if (thing && c.s < (doc.sentences.tokenStart[s] as number)) {
        const ps = doc.sentences.tokenStart[s - 1] as number;
        const opening = cands[firstFrom(ps)];
        if (opening !== c || c.s - ps > 3) continue;
      }
      if (!seen.includes(c.entity)) seen.push(c.entity);
      if (prevSubject < 0 && s > 0 && c.s >= (prevStart ?? 0) && c.s < (doc.sentences.tokenStart[s] as number)) {
        prevSubject = c.entity;
      }
    }
    let ent = -1;
    if (seen.length === 1) ent = seen[0] as number;
    else if (personal && seen.length > 1 && prevSubject >= 0) {
      const firstInPrev = cands[firstFrom(prevStart ?? 0)];
      // ...unless the subject is coordinated ("Putin and Erdogan met. He ...").
      const second = cands[firstFrom(prevStart ?? 0) + 1];
      const coordinated =
        second !== undefined &&
        firstInPrev !== undefined &&
        second.s === firstInPrev.e + 1 &&
        T.norm[firstInPrev.e] === "and";
      if (!coordinated && firstInPrev?.entity === prevSubject && firstInPrev.s - (prevStart ?? 0) <= 3)
        ent = prevSubject;
    }
    if (ent < 0) continue;
    const pc: Cand = {
      s: t,
      e: t + 1,
      nameStart: t,
      form: "pronoun",
      kind: (drafts[ent] as EntityDraft).kind,
      entry: -1,
      code: null,
    };
    pc.entity = ent;
    pronounCands.push(pc);
  }
  for (const pc of pronounCands) {
    cands.push(pc);
    (drafts[pc.entity as number] as EntityDraft).mentions.push(cands.length - 1);
  }

  // Assemble: entities ordered by first mention, mentions by position.
  const order = drafts
    .map((d, k) => ({ k, first: Math.min(...d.mentions.map((m) => (cands[m] as Cand).s)) }))
    .filter((x) => Number.isFinite(x.first))
    .sort((x, y) => x.first - y.first);
  const newIndex = new Int32Array(drafts.length).fill(-1);
  order.forEach((x, i) => {
    newIndex[x.k] = i;
  });
  const sorted = cands.filter((c) => c.entity !== undefined).sort((x, y) => x.s - y.s);
  const mentions: ActorMention[] = [];
  const mentionOfToken = new Int32Array(T.count).fill(-1);
  const perEntity: ActorMention[][] = order.map(() => []);
  for (const c of sorted) {
    const ei = newIndex[c.entity as number] as number;
    const d = drafts[c.entity as number] as EntityDraft;
    const start = T.start[c.s] as number;
    const end = T.end[c.e - 1] as number;
    const m: ActorMention = {
      start,
      end,
      text: doc.text.slice(start, end),
      form: c.form,
      tokenStart: c.s,
      tokenEnd: c.e,
      entity: ei,
      actor: c.form === "nominal" && c.code !== null ? c.code : d.code,
      // NER-style name span: a lower-case "the" before a dictionary name is not part of it ("the White House").
      nameStart: T.start[
        c.form === "name" && T.value[c.nameStart] === "the" && c.e - c.nameStart > 1 ? c.nameStart + 1 : c.nameStart
      ] as number,
    };
    for (let t = c.s; t < c.e; t++) mentionOfToken[t] = mentions.length;
    mentions.push(m);
    perEntity[ei]?.push(m);
  }
  const entities: Entity[] = order.map((x, i) => {
    const d = drafts[x.k] as EntityDraft;
    const country = countryOfCode(d.code);
    const rest = d.code && d.code.length >= 6 ? d.code.slice(3, 6) : null;
    const role = d.code?.startsWith("---") ? d.code.slice(3, 6) : country ? rest : null;
    return {
      id: `e${i + 1}`,
      name: d.name,
      kind: d.kind,
      actor: d.code,
      country,
      role: role || null,
      mentions: (perEntity[i] ?? []).map((m) => ({ start: m.start, end: m.end, text: m.text, form: m.form })),
    };
  });
  return { entities, mentions, mentionOfToken };
}

/**
 * Imported TABARI names are written in capitals ("AFGHAN NATIONAL SECURITY FORCES"); show them in title case.
 * Dyad's own files spell names as they are written ("BBC", "NATO"), so only imported entries are recased.
 */
function prettyName(en: ActorEntry): string {
  if (!en.id.startsWith("tabari:") || en.name !== en.name.toUpperCase()) return en.name;
  return en.name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** True when a word has no lower-case ASCII letter (cheaper than comparing with toUpperCase()). */
function noLowerAscii(v: string): boolean {
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/**
 * Headlines in capitals ("SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN") hide which words are names; names found
 * in the body of the same article are looked up there (one sense per document). Returns the candidates sorted by
 * start, with apposition links renumbered.
 */
function propagateToHeadlines(doc: Document, cands: Cand[], keys: string[], blind: number[]): Cand[] {
  const T = doc.tokens;
  const known = new Map<string, Cand>();
  for (const c of cands) {
    if (!c.unknown || c.drop || c.form !== "name") continue;
    const k = keys.slice(c.nameStart, c.e).join(" ");
    if (c.e - c.nameStart <= 3 && !known.has(k)) known.set(k, c);
  }
  if (known.size === 0) return cands;
  const covered = new Uint8Array(T.count);
  for (const c of cands) if (!c.drop) covered.fill(1, c.s, c.e);
  const added: Cand[] = [];
  for (const s of blind) {
    const from = doc.sentences.tokenStart[s] as number;
    const to = doc.sentences.tokenEnd[s] as number;
    for (let t = from; t < to; t++) {
      if (covered[t] || T.type[t] !== "word") continue;
      for (let len = Math.min(3, to - t); len >= 1; len--) {
        let free = true;
        for (let u = t; u < t + len; u++) if (covered[u]) free = false;
        const model = free ? known.get(keys.slice(t, t + len).join(" ")) : undefined;
        if (!model) continue;
        const c: Cand = { s: t, e: t + len, nameStart: t, form: "name", kind: model.kind, entry: -1, code: null };
        c.unknown = true;
        if (model.role) c.role = model.role;
        added.push(c);
        covered.fill(1, t, t + len);
        t += len - 1;
        break;
      }
    }
  }
  if (added.length === 0) return cands;
  const merged = [...cands.map((c, i) => ({ c, i })), ...added.map((c) => ({ c, i: -1 }))].sort(
    (x, y) => x.c.s - y.c.s || (x.i < 0 ? 1 : 0) - (y.i < 0 ? 1 : 0),
  );
  const newIndex = new Int32Array(cands.length);
  merged.forEach((m, k) => {
    if (m.i >= 0) newIndex[m.i] = k;
  });
  for (const m of merged) if (m.c.link !== undefined) m.c.link = newIndex[m.c.link] as number;
  return merged.map((m) => m.c);
}
