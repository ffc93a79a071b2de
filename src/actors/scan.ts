/**
 * The state of one pass over a Document's tokens (`Scan`): the token columns and keys, the names the recognizer
 * found, the current sentence, the candidates found so far, and memoized dictionary lookups shared by the rules
 * (./rule-*.ts). One Scan per document; the rules read the current sentence through `ss`/`se`/`shouting`.
 */
import type { EntityKind } from "../contract.js";
import type { Document, TokenColumns } from "../nlp/document.js";
import {
  type Cand,
  CONNECTORS,
  GOV_ROLES,
  memberBodyRole,
  NAME_PARTS,
  type NameCues,
  NON_NAME_POS,
  suffixNamesOrganization,
  TIME_WORDS,
} from "./candidates.js";
import { type ActorEntry, type AgentEntry, codeAt, countryOfCode } from "./dictionary.js";
import { type Hit, type Lexicon, nameRef } from "./lexicon.js";
import { continuesWord, type NameSpan } from "./names.js";
import { tokenKey } from "./normalize.js";

export type Match = { end: number; hits: readonly Hit[] } | null;

/** Kind of entity for a recognizer type (MISC names — events, nationalities, products — are no actors). */
export const KIND_OF_TYPE: Record<string, EntityKind | null> = {
  PER: "person",
  ORG: "organization",
  LOC: "place",
  MISC: null,
};

/** Nouns that count people before "of": "thousands of people". */
const COUNT_NOUNS = new Set(["hundreds", "thousands", "dozens", "millions", "scores", "tens"]);
/** Tokens after a counted group searched for the place of its clause. */
const CLAUSE_REACH = 10;

export class Scan {
  readonly T: TokenColumns;
  readonly n: number;
  readonly values: readonly string[];
  readonly norm: readonly string[];
  readonly pos: readonly string[];
  readonly entries: readonly ActorEntry[];
  /** The recognizer's names by first token (−1 = none) and covering each token (−1 = none). */
  readonly nerStart: Int32Array;
  readonly nerCover: Int32Array;
  readonly cands: Cand[] = [];
  /** Sentences where capitals say nothing (all-caps or Title Case headlines). */
  readonly blindSentences: number[] = [];
  // The current sentence [ss, se); set by the sentence loop.
  ss = 0;
  se = 0;
  shouting = false;
  capsUseless = false;
  /** Tokens before this one are read (a recognized name may run on into the next sentence of wrapped text). */
  doneUntil = 0;
  private readonly codeCache = new Map<number, string | null>();
  private readonly actorMemo: (Match | undefined)[];
  private readonly agentMemo: (Match | undefined)[];
  private readonly runMemo: ([number, number] | null | undefined)[];
  // 0 = not yet known, 1 = no phrase starts with this token, 2 = some phrase may.
  private readonly actorStarts: Uint8Array;
  private readonly agentStarts: Uint8Array;

  constructor(
    readonly doc: Document,
    readonly keys: readonly string[],
    readonly lex: Lexicon,
    readonly cues: NameCues,
    readonly names: readonly NameSpan[],
    readonly date: string | null,
  ) {
    this.T = doc.tokens;
    const n = this.T.count;
    this.n = n;
    this.values = this.T.value;
    this.norm = possessiveNorm(this.T);
    this.pos = this.T.pos;
    this.entries = lex.dict.entries;
    this.nerStart = new Int32Array(n).fill(-1);
    this.nerCover = new Int32Array(n).fill(-1);
    names.forEach((x, k) => {
      this.nerStart[x.s] = k;
      this.nerCover.fill(k, x.s, x.e);
    });
    this.actorMemo = new Array(n);
    this.agentMemo = new Array(n);
    this.runMemo = new Array(n);
    this.actorStarts = new Uint8Array(n);
    this.agentStarts = new Uint8Array(n);
  }

  /** Does one recognized name (not MISC) start in [from, to) and cover token `to`? */
  nameAcross(from: number, to: number): boolean {
    const k = this.nerCover[to] as number;
    if (k < 0) return false;
    const x = this.names[k] as NameSpan;
    return x.type !== "MISC" && x.s >= from && x.s < to;
  }

  /** The recognizer's name starting at i whose kind is one of `kinds`, or null. */
  nerAt(i: number, kinds?: EntityKind[]): NameSpan | null {
    const k = this.nerStart[i] as number;
    if (k < 0) return null;
    const x = this.names[k] as NameSpan;
    const kind = KIND_OF_TYPE[x.type];
    return !kinds || (kind && kinds.includes(kind)) ? x : null;
  }

  readonly entryCode = (ref: number): string | null => {
    let c = this.codeCache.get(ref);
    if (c === undefined) {
      c = codeAt(this.entries[ref] as ActorEntry, this.date);
      this.codeCache.set(ref, c);
    }
    return c;
  };

  isCap(i: number): boolean {
    // Past the last token (a text ending in "that"): no word, not capitalized.
    const v = this.values[i];
    if (v === undefined) return false;
    const c = v.charCodeAt(0);
    return (c >= 65 && c <= 90) || (c > 191 && v !== v.toLowerCase());
  }

  isWord(i: number): boolean {
    return this.T.type[i] === "word";
  }

  spanText(a: number, b: number) {
    return this.doc.text.slice(this.T.start[a] as number, this.T.end[b - 1] as number);
  }

  // Every position is probed several times (composite, honorific, dictionary, run); memoize the plain lookups.
  actorAt(i: number, accept?: (h: Hit) => boolean): Match {
    if (i >= this.se) return null;
    let st = this.actorStarts[i];
    if (st === 0) this.actorStarts[i] = st = this.lex.actors.starts(this.keys[i] as string) ? 2 : 1;
    if (st === 1) return null;
    if (accept)
      return this.inOfficeFirst(this.lex.actors.longest(this.keys, this.values, i, this.se, this.shouting, accept));
    let m = this.actorMemo[i];
    if (m === undefined) {
      m = this.inOfficeFirst(this.lex.actors.longest(this.keys, this.values, i, this.se, this.shouting));
      this.actorMemo[i] = m;
    }
    return m;
  }

  /**
   * Two people may share a name ("President Bush" is George H. W. Bush in 1991, George W. Bush in 2005): the one
   * holding an office on the article date comes first, the rules take the first hit.
   */
  private inOfficeFirst(m: Match): Match {
    if (!m || m.hits.length < 2 || this.date === null) return m;
    const date = this.date;
    const held = (h: Hit) =>
      (this.entries[h.ref] as ActorEntry).codes.some(
        (w) =>
          (w.from !== undefined || w.to !== undefined) && (w.from ?? "") <= date && (w.to === undefined || date < w.to),
      );
    const first = m.hits.findIndex(held);
    if (first <= 0) return m;
    return { end: m.end, hits: [m.hits[first] as Hit, ...m.hits.filter((_, k) => k !== first)] };
  }

  agentAt(i: number): Match {
    if (i >= this.se) return null;
    let st = this.agentStarts[i];
    if (st === 0) this.agentStarts[i] = st = this.lex.agents.starts(this.keys[i] as string) ? 2 : 1;
    if (st === 1) return null;
    let m = this.agentMemo[i];
    if (m === undefined) {
      m = this.lex.agents.longest(this.keys, this.values, i, this.se, this.shouting);
      this.agentMemo[i] = m;
    }
    return m;
  }

  /** Country code of a dictionary country or place entry, else null. */
  placeCountry(ref: number): string | null {
    const en = this.entries[ref] as ActorEntry;
    return en.kind === "country" || en.kind === "place" ? countryOfCode(this.entryCode(ref)) : null;
  }

  /** A government institution agent at k ("administration", "government"). */
  institutionAt(k: number): boolean {
    const h = this.agentAt(k)?.hits[0];
    const ag = h ? this.lex.dict.agents[h.ref] : undefined;
    return ag !== undefined && ag.kind === "organization" && ag.role === "GOV";
  }

  /** Sentence-initial (or after an opening quote/colon/dash) position, where capitals prove nothing. */
  initial(i: number): boolean {
    if (i === this.ss) return true;
    const p = this.norm[i - 1] as string;
    return p === '"' || p === ":" || p === "-" || p === "(" || p === "'" || p === "--" || p === "—";
  }

  // "A." (an initial) is a name word even though its key "a" is a stop word.
  capWord(i: number): boolean {
    return (
      i < this.se &&
      this.isWord(i) &&
      this.isCap(i) &&
      (!this.cues.notNames.has(this.keys[i] as string) ||
        /^[A-Z]\.$/.test(this.values[i] as string) ||
        (NAME_PARTS.has(this.keys[i] as string) && i + 1 < this.se && this.isCap(i + 1)))
    );
  }

  /** Tokens i and i+1 touch (no space between): "Bosnia-Herzegovina", "Ata-ur-Rehman". */
  glued(i: number) {
    return (this.T.end[i] as number) === (this.T.start[i + 1] as number);
  }

  /** A run of capitalized words (with inner connectors) starting at i, or null (memoized per token). */
  unknownRun(i: number): [number, number] | null {
    if (this.capsUseless || i >= this.se) return null;
    let r = this.runMemo[i];
    if (r === undefined) {
      r = this.findRun(i);
      this.runMemo[i] = r;
    }
    return r;
  }

  findRun(i: number): [number, number] | null {
    const j = this.runEnd(i);
    return j < 0 ? null : this.trimRun(i, j);
  }

  /** End of the capitalized words (with inner connectors, hyphens, "of" after a head) from i, or −1. */
  private runEnd(i: number): number {
    // "al-Aqsa", "el-Sisi": a lower-case Arabic article glued to a capitalized word starts a name.
    const arabic =
      /^(al|el)$/.test(this.keys[i] as string) && this.keys[i + 1] === "-" && this.glued(i) && this.glued(i + 1);
    if (!arabic && !this.capWord(i)) return -1;
    let j = arabic ? i + 2 : i;
    while (j < this.se) {
      if (this.capWord(j) || (j > i && /^[A-Z]/.test(this.values[j] as string) && this.isWord(j))) {
        j++;
        continue;
      }
      const k = this.keys[j] as string;
      // Hyphenated compounds join whatever they glue ("Inzamam-ul-Haq"); spaced dashes separate ("Soccer - X").
      if (k === "-" && j > i && j + 1 < this.se && this.glued(j - 1) && this.glued(j) && this.isWord(j + 1)) {
        j += 2;
        continue;
      }
      // "of" joins only after an organization or place head ("Bank of England", "Duke of Norfolk" is a title).
      if (k === "of" && j > i && this.capWord(j + 1)) {
        const head = this.keys[j - 1] as string;
        if (this.cues.orgSuffix.has(head) || this.cues.placeSuffix.has(head)) {
          j++;
          continue;
        }
        break;
      }
      // "Zine al-Abidine Ben Ali": an Arabic article glued by a hyphen inside a name.
      if (
        (k === "al" || k === "el") &&
        j > i &&
        this.keys[j + 1] === "-" &&
        this.glued(j) &&
        this.glued(j + 1) &&
        this.capWord(j + 2)
      ) {
        j += 2;
        continue;
      }
      if (CONNECTORS.has(k) && k !== "and" && k !== "of" && j > i && this.capWord(j + 1)) {
        j++;
        continue;
      }
      break;
    }
    return j;
  }

  /** Leading stop words and titles, sentence-initial common words and trailing connectors leave the run. */
  private trimRun(i: number, end: number): [number, number] | null {
    let j = end;
    let a = i;
    // Leading stop words go ("The", "In"); name-part adjectives stay when a name follows ("National Bank").
    while (
      a < j &&
      (NON_NAME_POS.has(this.pos[a] as string) ||
        (this.cues.notNames.has(this.keys[a] as string) && !(NAME_PARTS.has(this.keys[a] as string) && a + 1 < j)))
    ) {
      a++;
    }
    if (a >= j) return null;
    // A leading title or role word is not part of the name ("Writer Neil Coppendale", "Coach Bobby Robson").
    while (
      j - a > 1 &&
      this.cues.honorifics.has(this.keys[a] as string) &&
      !this.cues.givenNames.has(this.keys[a] as string)
    )
      a++;
    // ...also after words that only describe the title ("Privatisation Minister Wieslaw Kaczmarek"), when what
    // follows looks like a person (a given name, or no organization word).
    for (let k = j - 2; k > a; k--) {
      if (!this.cues.honorifics.has(this.keys[k] as string)) continue;
      let orgish = false;
      for (let t = k + 1; t < j; t++) if (this.cues.orgSuffix.has(this.keys[t] as string)) orgish = true;
      if (this.cues.givenNames.has(this.keys[k + 1] as string) || (!orgish && j - k > 2)) a = k + 1;
      break;
    }
    if (j - a === 1) {
      const v = this.values[a] as string;
      // Single letters and single capitalized adjectives/adverbs ("Olympic champion", "Former") are not names.
      if (v.replace(/[^\p{L}]/gu, "").length < 2) return null;
      // (wink tags some capitalized names as verbs mid-sentence: "Fed chairman")
      if (this.pos[a] !== "PROPN" && this.pos[a] !== "NOUN" && !(this.pos[a] === "VERB" && !this.initial(a)))
        return null;
    }
    // A single capitalized common word at the start of a sentence is not a name.
    if (this.initial(a) && j - a === 1 && this.pos[a] !== "PROPN") return null;
    if (this.initial(a) && j - a > 1 && this.pos[a] !== "PROPN" && /^(ADJ|VERB|NOUN)$/.test(this.pos[a] as string)) {
      if (
        !this.cues.givenNames.has(this.keys[a] as string) &&
        !this.lex.actors.longest(this.keys, this.values, a, a + 1, this.shouting)
      )
        a++;
      while (a < j && (NON_NAME_POS.has(this.pos[a] as string) || CONNECTORS.has(this.keys[a] as string))) a++;
    }
    // "Shares of Brightwater Holdings": a sentence-initial word before "of" is a common noun unless it is the head
    // of an organization or place name ("Bank of England", "Gulf of Aden").
    if (this.initial(a) && this.keys[a + 1] === "of" && a + 2 < j) {
      const w = this.keys[a] as string;
      if (
        !this.cues.orgSuffix.has(w) &&
        !this.cues.placeSuffix.has(w) &&
        !this.lex.actors.longest(this.keys, this.values, a, a + 1, this.shouting)
      )
        a += 2;
    }
    // Trailing connectors and non-name words go too ("New Year" is not a name; "Sunday" after a name is a date).
    while (
      j > a &&
      (CONNECTORS.has(this.keys[j - 1] as string) ||
        this.keys[j - 1] === "-" ||
        TIME_WORDS.test(this.keys[j - 1] as string))
    ) {
      j--;
    }
    return a < j ? [a, j] : null;
  }

  /** A person (or organization) name starting exactly at i: dictionary first, then capitalized run. */
  nameAt(i: number, kinds: EntityKind[]): { e: number; entry: number } | null {
    if (i >= this.se) return null;
    const m = this.actorAt(i, (h) => h.form === "name" && kinds.includes((this.entries[h.ref] as ActorEntry).kind));
    // The recognizer's name wins when it is longer ("President Murad Sezer" is not the dictionary's "Sezer").
    const x = this.nerAt(i, kinds);
    if (m && (!x || x.e <= m.end)) return { e: m.end, entry: (m.hits[0] as Hit).ref };
    if (x) return { e: x.e, entry: this.nameOfKind(x.s, x.e, kinds) };
    if (m) return { e: m.end, entry: (m.hits[0] as Hit).ref };
    if (!this.capWord(i) || this.capsUseless) return null;
    const run = this.unknownRun(i);
    if (!run || run[0] !== i) return null;
    // The run must not itself start with a dictionary country/organization ("Russian troops Moscow").
    if (this.actorAt(i, (h) => (this.entries[h.ref] as ActorEntry).kind !== "person")) return null;
    let e = run[1];
    while (e < this.n && continuesWord(this.doc.text, this.T.end[e - 1] as number, this.T.start[e] as number)) e++;
    // The whole name may be a dictionary name the token trie missed ("Mr. Erdoğan" cut into pieces).
    return { e, entry: this.nameOfKind(i, e, kinds) };
  }

  /**
   * The dictionary entry named by tokens [a, b) when it is of one of `kinds`, else -1: "Mr Jordan" is a person
   * whatever country the dictionary knows by that name.
   */
  private nameOfKind(a: number, b: number, kinds: readonly EntityKind[]): number {
    const ref = nameRef(this.lex, this.spanText(a, b));
    return ref !== undefined && kinds.includes((this.entries[ref] as ActorEntry).kind) ? ref : -1;
  }

  push(c: Cand): number {
    // A name ends at the end of a word, even where the tokenizer cut the word ("Erdo" + "ğan").
    if (c.form === "name")
      while (c.e < this.n && continuesWord(this.doc.text, this.T.end[c.e - 1] as number, this.T.start[c.e] as number))
        c.e++;
    this.cands.push(c);
    return this.cands.length - 1;
  }

  pushName(s0: number, nameStart: number, m: { e: number; entry: number }, code: string | null): number {
    if (m.entry < 0) {
      // The title and name together may be a dictionary phrase ("PRESIDENT QUELL" in a TABARI file).
      const dm = this.actorAt(s0, (h) => h.form === "name" && (this.entries[h.ref] as ActorEntry).kind === "person");
      if (dm && dm.end >= m.e) m = { e: dm.end, entry: (dm.hits[0] as Hit).ref };
    }
    if (m.entry >= 0) {
      const en = this.entries[m.entry] as ActorEntry;
      const c: Cand = { s: s0, e: m.e, nameStart, form: "name", kind: en.kind, entry: m.entry, code: null };
      if (en.gender) c.gender = en.gender;
      if (code !== null) c.titleCode = code;
      return this.push(c);
    }
    return this.push({ s: s0, e: m.e, nameStart, form: "name", kind: "person", entry: -1, code, unknown: true });
  }

  /** A plural group agent ("rebels", "Protesters") right at token j, with nothing before it. */
  isBarePluralGroup(j: number): boolean {
    const ag = this.agentAt(j);
    const hit = ag?.hits[0];
    if (!ag || !hit) return false;
    const agent = this.lex.dict.agents[hit.ref] as AgentEntry;
    // Plural of an agent ("soldier" → "soldiers") or an agent listed as a group ("protesters | - | OPP | group").
    // A collective noun written without an article ("Police said") counts as one too.
    const plural = hit.plural || agent.kind === "group" || agent.bare === true;
    if (!plural || (agent.kind === "person" && !hit.plural) || (this.isCap(j) && !this.initial(j) && !agent.bare))
      return false;
    // Other groups ("students", "workers", "farmers") only with the country they are in: "students throughout
    // Indonesia", "workers in France".
    return (
      GOV_ROLES.test(agent.role) ||
      agent.role === "NGO" ||
      agent.bare === true ||
      (this.norm[ag.end] !== "from" && this.countryAfter(ag.end, agent.role === "CVL") !== null) ||
      ((this.counted(j) || (agent.role !== "CVL" && this.opensSentence(j, ag.end))) &&
        this.placeInClause(ag.end) !== null)
    );
  }

  /**
   * Whether the group [j, end) is the subject that opens its sentence, its verb right after ("Prisoners rioted").
   * Callers leave out plain people (CVL: "People marched in Lagos"), too vague without a count.
   */
  opensSentence(j: number, end: number): boolean {
    // a finite verb: "People coming to live in Britain" is a description, no clause of its own
    return this.initial(j) && /^(VBD|VBZ|VBP|MD)$/.test(this.T.xpos[end] as string);
  }

  /** Whether the words before token j count people: "thousands of", "hundreds of thousands of", "about 200". */
  counted(j: number): boolean {
    if (this.T.type[j - 1] === "number") return true;
    return this.norm[j - 1] === "of" && COUNT_NOUNS.has(this.norm[j - 2] as string);
  }

  /**
   * The country of the first "in [the] PLACE" of the clause that starts at k, within CLAUSE_REACH tokens and before
   * a comma or another clause: "Thousands of people marched through the streets in Lagos" → NGA.
   */
  placeInClause(k: number): { end: number; code: string } | null {
    for (let t = k; t < this.se && t < k + CLAUSE_REACH; t++) {
      const w = this.norm[t] as string;
      if (w === "," || w === ";" || w === ":" || this.pos[t] === "SCONJ" || w === "that") return null;
      if (w === "in") return this.countryAfter(t);
    }
    return null;
  }

  /**
   * A country (or a city coded with its country) after in/from/throughout at k ("in [the] Philippines"); with
   * `residents`, "of" too: the people who live there or the institutions of the place ("residents of Gaza", "the
   * government of Sindh").
   */
  countryAfter(k: number, residents = false): { end: number; code: string } | null {
    // "a terror group based in Trinidad": the group's base names its country as "in" does
    if (this.norm[k] === "based" && this.norm[k + 1] === "in") k++;
    const prep = this.norm[k];
    if (prep !== "in" && prep !== "from" && prep !== "throughout" && !(residents && prep === "of")) return null;
    // "in the West Bank": a longer name after "the" beats "the West".
    const withThe = this.actorAt(k + 1);
    const afterThe = this.norm[k + 1] === "the" ? this.actorAt(k + 2) : null;
    const m = afterThe && (!withThe || afterThe.end > withThe.end) ? afterThe : withThe;
    const ref = m ? (m.hits[0] as Hit).ref : -1;
    const code = ref >= 0 ? this.placeCountry(ref) : null;
    // after "of" only a place's own name that ends the phrase: not "of West German tax advisers", "of the UK
    // Independence Party"
    if (m && prep === "of" && ((m.hits[0] as Hit).form !== "name" || this.capWord(m.end))) return null;
    return m && code ? { end: m.end, code } : null;
  }

  /** Role hint of an unknown organization from its last word, or of a word before "of" ("Bank of Poland"). */
  orgRole(a: number, b: number): string | undefined {
    // "Kenya Tea Growers Association", "Serbian Workers' Union": a body of members is theirs (AGR, LAB), not a party.
    const member = memberBodyRole(this.keys, a, b, this.cues);
    if (member) return member;
    // "Saudi Press Agency", "Xinhua News Agency": an agency of the press is media, not government.
    const last = this.cues.orgSuffix.get(this.keys[b - 1] as string);
    if (last === "GOV" && b - 2 >= a && this.cues.orgSuffix.get(this.keys[b - 2] as string) === "MED") return "MED";
    for (let k = b - 1; k >= a; k--) {
      // A two-word suffix names its role wherever it stands: "Central Bank of Lesotho", "Reserve Bank of Malawi".
      const pair = k > a ? this.cues.orgSuffix.get(`${this.keys[k - 1]} ${this.keys[k]}`) : undefined;
      if (pair !== undefined) return pair || undefined;
      const role = this.cues.orgSuffix.get(this.keys[k] as string);
      if (role !== undefined && suffixNamesOrganization(this.keys, k, b)) return role || undefined;
    }
    return undefined;
  }
}

/** Token keys of a Document (see normalize.ts tokenKey); plain lower-case words are their own key. */
export function tokenKeys(doc: Document): string[] {
  const norm = doc.tokens.norm;
  const keys: string[] = new Array(doc.tokens.count);
  for (let i = 0; i < keys.length; i++) {
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
  return keys;
}

/**
 * Lower-cased tokens with every possessive marker written "'s": a plural's bare apostrophe ("the Bahamas'
 * opposition leader", "the United States' ambassador") is the same possessive as "Kenya's" to the rules.
 */
function possessiveNorm(T: TokenColumns): readonly string[] {
  let out: string[] | null = null;
  for (let t = 0; t < T.count; t++) {
    if (T.xpos[t] !== "POS" || T.norm[t] === "'s") continue;
    out ??= [...T.norm];
    out[t] = "'s";
  }
  return out ?? T.norm;
}
