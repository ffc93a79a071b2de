/**
 * Loads the attribution data files (data/lexicons/*.json, formats in docs/attribution.md) and compiles them once
 * into Sets/Maps keyed by the first token, so matching a phrase at a token is one map lookup plus a short compare.
 */
import { readFileSync } from "node:fs";
import type { Certainty } from "../contract.js";
import type { Document } from "../nlp/document.js";

/** data/lexicons/ from src/attribution (tsx, vitest) and dist/attribution (built) alike. */
export function lexiconDir(): string {
  return new URL("../../data/lexicons/", import.meta.url).pathname;
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(lexiconDir() + name, "utf8")) as T;
}

/** Contexts an entry may require (the part after '@' in the data file). */
export type EntryContext = "passive" | "to" | "as" | "of" | "conditional" | null;

export interface PhraseEntry {
  /** Lower-case surface tokens, e.g. ["remains", "to", "be", "seen"]. */
  tokens: string[];
  context: EntryContext;
  /** Class name from the data file ("epistemic", "condition", ...). */
  cls: string;
  certainty: Certainty;
  /** Reported by hedgeCues() (classes with `cue: true`). */
  cue: boolean;
}

/** Phrases indexed by their first token; longest entries first so the first match is the longest. */
export type PhraseIndex = Map<string, PhraseEntry[]>;

/**
 * Splits an entry into tokens the way the tokenizer does for the few clitics involved ("won't" → "wo" "n't"),
 * so entries are written as they read.
 */
function entryTokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

export function addPhrase(index: PhraseIndex, entry: PhraseEntry): void {
  const first = entry.tokens[0];
  if (first === undefined) return;
  const list = index.get(first) ?? [];
  list.push(entry);
  list.sort((a, b) => b.tokens.length - a.tokens.length);
  index.set(first, list);
}

const BE = new Set(["be", "is", "are", "was", "were", "been", "being", "'s", "'re", "am", "'m"]);

function contextHolds(doc: Document, first: number, last: number, context: EntryContext): boolean {
  const { norm, pos } = doc.tokens;
  switch (context) {
    case null:
      return true;
    case "passive": {
      // "is considered", "was widely regarded": a form of be right before, or one adverb between.
      const p1 = norm[first - 1] ?? "";
      if (BE.has(p1)) return true;
      return pos[first - 1] === "ADV" && BE.has(norm[first - 2] ?? "");
    }
    case "to": {
      const n = norm[last + 1] ?? "";
      return n === "to" || n === "that" || n === "be";
    }
    case "as":
      return norm[last + 1] === "as";
    case "of":
      return norm[last + 1] === "of";
    case "conditional": {
      const s = doc.tokens.sentence[first] as number;
      for (let t = doc.sentences.tokenStart[s] as number; t < (doc.sentences.tokenEnd[s] as number); t++) {
        const n = norm[t];
        if (n === "if" || n === "unless" || n === "otherwise") return true;
      }
      return false;
    }
  }
}

/** The longest entry of `index` that starts at token `i` (and stays inside `[i, limit)`), or null. */
export function matchAt(doc: Document, index: PhraseIndex, i: number, limit: number): PhraseEntry | null {
  const { norm } = doc.tokens;
  const list = index.get(norm[i] ?? "");
  if (!list) return null;
  for (const e of list) {
    const n = e.tokens.length;
    if (i + n > limit) continue;
    let ok = true;
    for (let k = 1; k < n; k++) {
      if (norm[i + k] !== e.tokens[k]) {
        ok = false;
        break;
      }
    }
    if (ok && contextHolds(doc, i, i + n - 1, e.context)) return e;
  }
  return null;
}

interface CertaintyFile {
  version: string;
  classes: Record<string, { certainty: Certainty; cue: boolean; entries?: string[]; lemmas?: string[] }>;
  negation: { words: string[]; verbs: string[]; notNegating?: string[] };
}

export interface CertaintyLexicon {
  version: string;
  /** Every class with surface entries (epistemic, doxastic, condition, investigation, future). */
  phrases: PhraseIndex;
  /** Lemmas of verbs/nouns of intention that make a governed infinitive hypothetical. */
  intent: Set<string>;
  /** Negator surface tokens (single) and multi-token negators. */
  negWords: PhraseIndex;
  /** Lemmas of negating verbs ("deny", "refuse"); multi-word ones keyed by the first lemma. */
  negVerbs: Set<string>;
  /** Phrases that start with a negator but do not negate ("no matter what", "not only"). */
  notNegating: PhraseIndex;
}

function compileCertainty(file: CertaintyFile): CertaintyLexicon {
  const phrases: PhraseIndex = new Map();
  const intent = new Set<string>();
  for (const [cls, spec] of Object.entries(file.classes)) {
    for (const raw of spec.entries ?? []) {
      const [text, ctx] = raw.split("@") as [string, string | undefined];
      addPhrase(phrases, {
        tokens: entryTokens(text),
        context: (ctx ?? null) as EntryContext,
        cls,
        certainty: spec.certainty,
        cue: spec.cue,
      });
    }
    for (const lemma of spec.lemmas ?? []) intent.add(lemma.split(" ").pop() ?? lemma);
  }
  const negWords: PhraseIndex = new Map();
  for (const w of file.negation.words) {
    addPhrase(negWords, { tokens: entryTokens(w), context: null, cls: "negation", certainty: "asserted", cue: false });
  }
  const negVerbs = new Set(file.negation.verbs.map((v) => v.split(" ")[0] as string));
  const notNegating: PhraseIndex = new Map();
  for (const w of file.negation.notNegating ?? []) {
    addPhrase(notNegating, {
      tokens: entryTokens(w),
      context: null,
      cls: "not-negating",
      certainty: "asserted",
      cue: false,
    });
  }
  return { version: file.version, phrases, intent, negWords, negVerbs, notNegating };
}

let certaintyCache: CertaintyLexicon | null = null;

/** The compiled certainty lexicon (data/lexicons/certainty.json), loaded once per process. */
export function certaintyLexicon(): CertaintyLexicon {
  certaintyCache ??= compileCertainty(readJson<CertaintyFile>("certainty.json"));
  return certaintyCache;
}

interface CueFile {
  version: string;
  verbs: Record<string, string[]>;
  nouns: string[];
  phrases: Record<string, string[]>;
  raising?: { active: string[]; passive: string[] };
  questions?: { cues: string[]; wh: string[] };
  prepositional?: { verbs: string[]; nouns: string[]; adjectives?: string[] };
  inSource?: { heads: string[] };
  thatClause?: { notReporting: string[]; adjectives: string[] };
  evaluation?: { verbs: string[] };
}

export interface CueLexicon {
  version: string;
  /** Lemma of a reporting verb → its class ("speech", "belief", "denial", ...). */
  verbs: Map<string, string>;
  /** Lemmas that take "on"/"about" + noun phrase as content ("reported on supplies of …"). */
  reportOn: Set<string>;
  /** Lemmas whose object noun phrase (or "to" infinitive) is their content ("criticized the deal"). */
  stance: Set<string>;
  /** Lemmas of mental-state verbs; they take a "to" infinitive as content ("plans to run"). */
  belief: Set<string>;
  /** Lemmas of commitment/refusal verbs whose only content is a "to" infinitive ("declined to comment"). */
  intent: Set<string>;
  /** "seems to", "appears to" (lemmas). */
  raisingActive: Set<string>;
  /** "is expected to", "is said to" (lemmas after a form of be). */
  raisingPassive: Set<string>;
  /** Participles that open a question frame ("Asked whether …"). */
  questionCues: Set<string>;
  /** Words that open an embedded question. */
  wh: Set<string>;
  /**
   * Lemma → prepositions (one or more words) that open its content: verbs ("call" → ["for", "on"]) and nouns
   * ("criticism" → ["of"]).
   */
  prepVerbs: Map<string, string[][]>;
  prepNouns: Map<string, string[][]>;
  /** Predicative adjective → prepositions that open its content ("critical" → ["of"]: "was critical of the plan"). */
  prepAdjectives: Map<string, string[][]>;
  /** Verb lemmas that take a "that" clause without reporting anything ("means that"). */
  notReporting: Set<string>;
  /** Predicative adjectives that report a belief with a "that" clause ("are confident that"). */
  thatAdjectives: Set<string>;
  /** Head lemmas that make "in" + noun phrase a source ("in a CNN poll", "in Forbes' words"). */
  inSource: Set<string>;
  /** Lemmas of reporting nouns ("statement", "report", "claim"). */
  nouns: Set<string>;
  /** Verbs of evaluation ("praise", "condemn", "welcome"): events, never cues, whatever follows them. */
  evaluation: Set<string>;
  /** Multi-word cues ("according to", "in a statement"), by class: "source-after" ("according to X"), "frame". */
  phrases: PhraseIndex;
}

function compileCues(file: CueFile): CueLexicon {
  const verbs = new Map<string, string>();
  const evaluation = new Set(file.evaluation?.verbs ?? []);
  // The first class in file order wins, so "write" stays speech although it also reports ("wrote about"); an
  // evaluation verb listed in a class by mistake still never becomes a cue.
  for (const [cls, list] of Object.entries(file.verbs))
    for (const v of list) if (!verbs.has(v) && !evaluation.has(v)) verbs.set(v, cls);
  const reportOn = new Set(file.verbs.report ?? []);
  const stance = new Set(file.verbs.stance ?? []);
  const belief = new Set(file.verbs.belief ?? []);
  const intent = new Set(file.verbs.intent ?? []);
  const phrases: PhraseIndex = new Map();
  for (const [cls, list] of Object.entries(file.phrases)) {
    for (const p of list)
      addPhrase(phrases, { tokens: entryTokens(p), context: null, cls, certainty: "reported", cue: true });
  }
  const prepIndex = (list: string[]) => {
    const m = new Map<string, string[][]>();
    for (const e of list) {
      const [head, ...rest] = entryTokens(e) as [string, ...string[]];
      m.set(head, [...(m.get(head) ?? []), rest]);
    }
    return m;
  };
  return {
    version: file.version,
    prepVerbs: prepIndex(file.prepositional?.verbs ?? []),
    prepNouns: prepIndex(file.prepositional?.nouns ?? []),
    prepAdjectives: prepIndex(file.prepositional?.adjectives ?? []),
    inSource: new Set(file.inSource?.heads ?? []),
    notReporting: new Set(file.thatClause?.notReporting ?? []),
    thatAdjectives: new Set(file.thatClause?.adjectives ?? []),
    raisingActive: new Set(file.raising?.active ?? []),
    raisingPassive: new Set(file.raising?.passive ?? []),
    questionCues: new Set(file.questions?.cues ?? []),
    wh: new Set(file.questions?.wh ?? []),
    verbs,
    reportOn,
    stance,
    belief,
    intent,
    nouns: new Set(file.nouns),
    evaluation,
    phrases,
  };
}

let cueCache: CueLexicon | null = null;

/** The compiled reporting-cue lexicon (data/lexicons/cues.json), loaded once per process. */
export function cueLexicon(): CueLexicon {
  cueCache ??= compileCues(readJson<CueFile>("cues.json"));
  return cueCache;
}

/** The open-class word lists of data/lexicons/clause-words.json, each as a Set. */
export interface ClauseWords {
  readonly addressee_verbs: ReadonlySet<string>;
  readonly needs_complement: ReadonlySet<string>;
  readonly continuing_participles: ReadonlySet<string>;
  readonly relative_nominal_verbs: ReadonlySet<string>;
  readonly linking_verbs: ReadonlySet<string>;
  readonly physical_stance_verbs: ReadonlySet<string>;
  readonly small_clause_verbs: ReadonlySet<string>;
  /** "shared her concerns" reports a view, "shared the driving" an act: the object must name information. */
  readonly information_object_verbs: ReadonlySet<string>;
  readonly information_nouns: ReadonlySet<string>;
  /** "Breaking: …", "Delegate Update: …": kicker labels before a headline colon, no speakers. */
  readonly headline_labels: ReadonlySet<string>;
  /** "I want to thank …", "I want you to know …": speech acts a wish performs. */
  readonly performative_infinitives: ReadonlySet<string>;
  readonly modal_passives: ReadonlySet<string>;
  readonly reflexive_idiom_verbs: ReadonlySet<string>;
  readonly object_clause_openers: ReadonlySet<string>;
  readonly aspectual_verbs: ReadonlySet<string>;
  readonly as_complement_verbs: ReadonlySet<string>;
  readonly make_that_phrases: ReadonlySet<string>;
  readonly data_verbs: ReadonlySet<string>;
  readonly data_subjects: ReadonlySet<string>;
  readonly document_nouns: ReadonlySet<string>;
  readonly document_verbs: ReadonlySet<string>;
  readonly report_settings: ReadonlySet<string>;
  readonly report_occasions: ReadonlySet<string>;
  readonly discourse_connectives: ReadonlySet<string>;
  readonly infinitive_purpose_verbs: ReadonlySet<string>;
  /** Nouns of "in a statement" after a post-content cue (words), and platforms of "on Facebook" (platforms). */
  readonly post_content_media: ReadonlySet<string>;
  readonly post_content_platforms: ReadonlySet<string>;
  /** "people familiar with the talks": an adjective after its noun, before the prepositional phrase. */
  readonly postnominal_adjectives: ReadonlySet<string>;
  /** "police reported no arrests": report verbs whose noun-phrase object is the content. */
  readonly object_report_verbs: ReadonlySet<string>;
  /** "denied bail to …", "confirmed 68 judges": object-report verbs that may withhold or appoint instead. */
  readonly giving_sense_report_verbs: ReadonlySet<string>;
  /** "Most of them say", "None of the candidates has": quantifiers heading a partitive source phrase. */
  readonly partitive_quantifiers: ReadonlySet<string>;
  /** "— though the pier stayed shut": subordinators after a single dash that end the content. */
  readonly concessives_after_dash: ReadonlySet<string>;
  /** "criticized Lind because she …": subordinators whose clause stays in a stance object. */
  readonly object_reason_openers: ReadonlySet<string>;
  /** "… and wanted a new ferry": wish and belief verbs that continue the reported clause after "and". */
  readonly attitude_conjunct_verbs: ReadonlySet<string>;
  /** "is backing Lind because it trusts her": backing verbs whose object a reason clause does not continue. */
  readonly support_stance_verbs: ReadonlySet<string>;
  readonly noun_participle_stances: ReadonlySet<string>;
  /** Includes the weekdays. */
  readonly time_heads: ReadonlySet<string>;
  /** Includes the weekdays. */
  readonly time_words: ReadonlySet<string>;
}

type ClauseWordsFile = { weekdays: string[]; post_content_media: { platforms: string[] } } & Record<
  keyof ClauseWords,
  { words: string[] }
>;

let clauseWordsCache: ClauseWords | undefined;

/** The clause word lists (data/lexicons/clause-words.json), loaded once per process. */
export function clauseWords(): ClauseWords {
  if (clauseWordsCache) return clauseWordsCache;
  const file = readJson<ClauseWordsFile>("clause-words.json");
  const set = (key: keyof ClauseWords, extra: string[] = []) => new Set([...file[key].words, ...extra]);
  clauseWordsCache = {
    addressee_verbs: set("addressee_verbs"),
    needs_complement: set("needs_complement"),
    continuing_participles: set("continuing_participles"),
    relative_nominal_verbs: set("relative_nominal_verbs"),
    linking_verbs: set("linking_verbs"),
    physical_stance_verbs: set("physical_stance_verbs"),
    small_clause_verbs: set("small_clause_verbs"),
    information_object_verbs: set("information_object_verbs"),
    information_nouns: set("information_nouns"),
    headline_labels: set("headline_labels"),
    performative_infinitives: set("performative_infinitives"),
    modal_passives: set("modal_passives"),
    reflexive_idiom_verbs: set("reflexive_idiom_verbs"),
    object_clause_openers: set("object_clause_openers"),
    aspectual_verbs: set("aspectual_verbs"),
    as_complement_verbs: set("as_complement_verbs"),
    make_that_phrases: set("make_that_phrases"),
    data_verbs: set("data_verbs"),
    data_subjects: set("data_subjects"),
    document_nouns: set("document_nouns"),
    document_verbs: set("document_verbs"),
    report_settings: set("report_settings"),
    report_occasions: set("report_occasions"),
    discourse_connectives: set("discourse_connectives"),
    infinitive_purpose_verbs: set("infinitive_purpose_verbs"),
    post_content_media: set("post_content_media"),
    post_content_platforms: new Set(file.post_content_media.platforms),
    postnominal_adjectives: set("postnominal_adjectives"),
    object_report_verbs: set("object_report_verbs"),
    giving_sense_report_verbs: set("giving_sense_report_verbs"),
    partitive_quantifiers: set("partitive_quantifiers"),
    concessives_after_dash: set("concessives_after_dash"),
    object_reason_openers: set("object_reason_openers"),
    attitude_conjunct_verbs: set("attitude_conjunct_verbs"),
    support_stance_verbs: set("support_stance_verbs"),
    noun_participle_stances: set("noun_participle_stances"),
    time_heads: set("time_heads", file.weekdays),
    time_words: set("time_words", file.weekdays),
  };
  return clauseWordsCache;
}
