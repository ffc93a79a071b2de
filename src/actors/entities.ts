/**
 * From candidate mentions to the actors layer: entities (one per dictionary entry, per unknown person across
 * spellings and surnames, per unknown organization and its acronym), descriptions and pronouns resolved to
 * them, and the layer assembled in text order.
 */
import type { Entity, EntityKind } from "../contract.js";
import type { Document } from "../nlp/document.js";
import type { Cand, NameCues } from "./candidates.js";
import { type ActorEntry, type AgentEntry, countryOfCode } from "./dictionary.js";
import type { Lexicon } from "./lexicon.js";
import { nameKey, splitPhrase, tokenKey } from "./normalize.js";
import type { ActorLayer, ActorMention } from "./types.js";

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

/** Groups candidates into entities, resolves descriptions and pronouns, and assembles the layer. */
export function buildLayer(
  doc: Document,
  cands: Cand[],
  lex: Lexicon,
  entryCode: (ref: number) => string | null,
  words: Pick<NameCues, "companyForms" | "sharedHeads">,
): ActorLayer {
  const b = new EntityBuilder(doc, cands, lex, entryCode, words);
  // Full names first, so that a lone surname seen earlier (a headline "KOWALSKI") still finds "Piotr Kowalski".
  const lone = (c: Cand) => c.unknown === true && c.kind === "person" && c.e - c.nameStart === 1;
  const order = [...cands.keys()].filter((k) => !lone(cands[k] as Cand));
  for (let k = 0; k < cands.length; k++) if (lone(cands[k] as Cand)) order.push(k);
  for (const k of order) b.resolve(cands[k] as Cand, k);
  b.linkAppositions();
  for (const pc of resolvePronouns(doc, cands, b.drafts)) {
    cands.push(pc);
    (b.drafts[pc.entity as number] as EntityDraft).mentions.push(cands.length - 1);
  }
  return assemble(doc, cands, b.drafts);
}

/** Entity drafts and the indexes that find them again (full names, name words, acronyms). */
class EntityBuilder {
  readonly drafts: EntityDraft[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly nameWordIndex = new Map<string, number>();
  private readonly acronymIndex = new Map<string, number>();
  /** Organizations by the last word of their name, latest first named: "the Fund" after "International Monetary Fund". */
  private readonly headWordIndex = new Map<string, number>();
  private readonly entries: readonly ActorEntry[];

  constructor(
    private readonly doc: Document,
    private readonly cands: Cand[],
    lex: Lexicon,
    private readonly entryCode: (ref: number) => string | null,
    private readonly words: Pick<NameCues, "companyForms" | "sharedHeads">,
  ) {
    this.entries = lex.dict.entries;
  }

  private textOf(c: Cand, from = c.s): string {
    const T = this.doc.tokens;
    return this.doc.text.slice(T.start[from] as number, T.end[c.e - 1] as number);
  }

  /**
   * Words of a name without diacritics, from its text, whatever the tokenizer made of it: "Petrović" and
   * "Petrovic" are one person.
   */
  private nameKeys(c: Cand): string[] {
    return nameKey(this.textOf(c, c.nameStart))
      .split(" ")
      .filter((w) => /[\p{L}\p{N}]/u.test(w));
  }

  private newEntity(key: string, c: Cand, name: string, code: string | null): number {
    const d: EntityDraft = { key, kind: c.kind, entry: c.entry, name, code, mentions: [] };
    if (c.gender) d.gender = c.gender;
    this.drafts.push(d);
    this.byKey.set(key, this.drafts.length - 1);
    return this.drafts.length - 1;
  }

  /** The entity of candidate c (index idx), created when new; c joins it. */
  resolve(c: Cand, idx: number): void {
    if (c.link !== undefined || c.drop) return; // resolved with its name below / rejected
    let ent: number;
    if (c.entry >= 0) ent = this.dictionaryEntity(c);
    else if (c.unknown) ent = c.kind === "person" ? this.headOrPerson(c) : this.namedEntity(c);
    else ent = this.nominalEntity(c, idx);
    c.entity = ent;
    const d = this.drafts[ent] as EntityDraft;
    d.mentions.push(idx);
    if (d.kind === "organization" && c.form === "name") this.indexHeadWord(c, ent);
    // An unknown entity is named by its fullest mixed-case name ("Piotr Kowalski", not the headline's "KOWALSKI").
    if (c.unknown && d.entry < 0) {
      const text = this.textOf(c, c.nameStart);
      const shouted = d.name === d.name.toUpperCase();
      if (
        (shouted && text !== text.toUpperCase()) ||
        (!shouted && text.length > d.name.length && text !== text.toUpperCase())
      ) {
        d.name = text;
      }
    }
  }

  /** One entity per dictionary entry, coded for the article date. */
  private dictionaryEntity(c: Cand): number {
    const en = this.entries[c.entry] as ActorEntry;
    // A lone surname that is a dictionary alias ("Sezer") after another person of that surname was named in full
    // ("Murad Sezer, a photographer, ... Sezer said") is that person, not the dictionary's.
    if (en.kind === "person" && c.e - c.nameStart === 1 && !c.titled) {
      const other = this.nameWordIndex.get(this.nameKeys(c).join(" ")) ?? -1;
      if (other >= 0 && (this.drafts[other] as EntityDraft).entry < 0) return other;
    }
    const key = `d:${en.id}`;
    let ent = this.byKey.get(key) ?? -1;
    if (ent < 0) {
      ent = this.newEntity(key, c, prettyName(en), this.entryCode(c.entry));
      if (en.kind === "person") {
        for (const w of splitPhrase(en.name)) if (w.length > 1) this.nameWordIndex.set(tokenKey(w), ent);
      }
    }
    // The words of the name as this article spells it ("Francois Mitterand", linked by variants.ts) stand for the
    // person later too ("Mitterand said").
    if (en.kind === "person" && c.e - c.nameStart > 1) {
      for (const w of this.nameKeys(c)) if (w.length > 1 && !this.nameWordIndex.has(w)) this.nameWordIndex.set(w, ent);
    }
    const d = this.drafts[ent] as EntityDraft;
    if (d.code === null && c.code !== null) d.code = c.code;
    if (c.titleCode) d.code = titledCode(d.code, c.titleCode);
    return ent;
  }

  /** Unknown person: same full name, or a surname / given name of a person named earlier ("Kellogg", "Xi"). */
  private personEntity(c: Cand): number {
    const nk = this.nameKeys(c);
    const full = nk.join(" ");
    let ent = this.byKey.get(`p:${full}`) ?? -1;
    if (ent < 0 && nk.length === 1) ent = this.nameWordIndex.get(full) ?? -1;
    if (ent < 0) {
      ent = this.newEntity(`p:${full}`, c, this.textOf(c, c.nameStart), c.code);
      (this.drafts[ent] as EntityDraft).nameKeys = nk;
      // Each word of a full name may later stand alone for the person ("Kellogg"; "Xi" comes first in Chinese).
      if (nk.length > 1) for (const w of nk) if (w.length > 1) this.nameWordIndex.set(w, ent);
    }
    return ent;
  }

  /** Unknown organization or place: same text, or an acronym of an organization named earlier ("TCCB"). */
  /** Records the last word of an organization's multi-word name ("International Monetary Fund" → fund). */
  private indexHeadWord(c: Cand, ent: number): void {
    this.indexLastWord(this.nameKeys(c), ent);
    // a dictionary organization named by its acronym ("the IMF") still ends its full name in that word: "the Fund"
    if (c.entry >= 0) this.indexLastWord(nameKey((this.entries[c.entry] as ActorEntry).name).split(" "), ent);
  }

  private indexLastWord(nk: readonly string[], ent: number): void {
    const last = nk[nk.length - 1];
    if (nk.length > 1 && last && /^\p{L}+$/u.test(last) && !this.words.sharedHeads.has(last)) {
      this.headWordIndex.set(last, ent);
    }
  }

  /**
   * An unknown person's name, unless it is "the" + the head word of an organization named before: a lone
   * capitalized "the Fund" that the recognizer read as a person is the IMF's, no one's name.
   */
  private headOrPerson(c: Cand): number {
    const nk = this.nameKeys(c);
    const head = nk.length === 1 ? this.definiteHead({ ...c, kind: "organization" }, nk) : -1;
    return head >= 0 ? head : this.personEntity(c);
  }

  /**
   * "the Fund", "the Bank", "the Court" written with a capital: the organization named before whose name ends in
   * that word (the IMF, the World Bank, the Court of Auditors' "Court" is its head), or −1.
   */
  private definiteHead(c: Cand, nk: readonly string[]): number {
    if (c.kind !== "organization" || nk.length !== 1 || this.doc.tokens.norm[c.nameStart - 1] !== "the") return -1;
    return this.headWordIndex.get(nk[0] as string) ?? -1;
  }

  /**
   * The words of a firm's composed nominal written as a name ("Kenya Commercial Bank", "Kenya Development Bank":
   * two banks, though both are KENBUS banks), or "" for a description ("the Kenyan banks").
   */
  private properWords(c: Cand): string {
    const T = this.doc.tokens;
    if (!c.code?.endsWith("BUS")) return "";
    let from = c.s;
    while (from < c.e && (/^\p{Ll}/u.test(T.value[from] as string) || DETERMINERS.has(T.norm[from] as string))) from++;
    if (c.e - from < 3) return "";
    for (let k = from; k < c.e; k++) if (!/^\p{Lu}/u.test(T.value[k] as string) && T.norm[k] !== "of") return "";
    return `:${T.norm.slice(from, c.e).join(" ")}`;
  }

  private namedEntity(c: Cand): number {
    const nk = this.nameKeys(c);
    const full = nk.join(" ");
    let ent = this.byKey.get(`n:${c.kind}:${full}`) ?? -1;
    if (ent < 0) ent = this.definiteHead(c, nk);
    if (ent < 0 && nk.length === 1) ent = this.acronymIndex.get(full) ?? -1;
    const core = c.kind === "organization" ? companyCore(nk, this.words.companyForms) : "";
    if (ent < 0 && core !== "") ent = this.byKey.get(`o:${core}`) ?? -1;
    if (ent >= 0) return ent;
    const code = c.code ?? (c.role ? `---${c.role}` : null);
    ent = this.newEntity(`n:${c.kind}:${full}`, c, this.textOf(c, c.nameStart), c.role ? code : c.code);
    if (core !== "") this.byKey.set(`o:${core}`, ent);
    (this.drafts[ent] as EntityDraft).nameKeys = nk;
    if (c.kind === "organization" && nk.length > 1) {
      const initials = nk
        .filter((w) => /^\p{L}/u.test(w) && !/^(of|and|the|for|de)$/.test(w))
        .map((w) => w[0])
        .join("");
      if (initials.length > 1) this.acronymIndex.set(initials, ent);
    }
    return ent;
  }

  /**
   * Composed nominal: a head or peer description ("the Chinese leader", "his Russian counterpart") is the person
   * of that country named before it (or, failing that, after it); others are an entity of their own per code
   * and head word.
   */
  private nominalEntity(c: Cand, idx: number): number {
    const ag = c.agent as AgentEntry;
    let ent = -1;
    if (c.kind === "person" && (ag.head || ag.peer)) {
      ent = this.findPersonOf(c.ref ?? null, idx, ag.head === true);
      if (ent < 0) ent = this.findPersonAfter(c.ref ?? null, idx);
    }
    if (ent < 0) {
      // Members of two organizations that share a code ("a Labour spokesman", "a Tory spokesman": GBRPTY) are two.
      const org = c.orgEntry ?? "";
      const key = `c:${c.code}:${org}:${(this.doc.tokens.lemma[c.e - 1] as string) ?? ""}${this.properWords(c)}`;
      ent = this.byKey.get(key) ?? this.newEntity(key, c, this.textOf(c), c.code);
    }
    return ent;
  }

  /** People mentioned so far with a code whose country is `ref` and role GOV (for "the Chinese leader"). */
  private findPersonOf(ref: string | null, from: number, head: boolean): number {
    if (!ref) return -1;
    let best = -1;
    let bestScore = -1;
    for (let k = from - 1; k >= 0; k--) {
      const c = this.cands[k] as Cand;
      if (c.entity === undefined || c.kind !== "person") continue;
      const d = this.drafts[c.entity] as EntityDraft;
      const code = d.code ?? "";
      if (!code.startsWith(ref)) continue;
      const isHead = d.entry >= 0 && (this.entries[d.entry] as ActorEntry).head === true;
      const score = (head && isHead ? 1000 : 0) + (code === `${ref}GOV` ? 100 : 0) - (from - k);
      if (score > bestScore) {
        bestScore = score;
        best = c.entity;
      }
    }
    return best;
  }

  /** The description may come before the name ("his Russian counterpart ... Putin"): the next dictionary person. */
  private findPersonAfter(ref: string | null, idx: number): number {
    for (let k = idx + 1; k < this.cands.length; k++) {
      const o = this.cands[k] as Cand;
      if (o.kind !== "person" || o.entry < 0) continue;
      const code = this.entryCode(o.entry) ?? "";
      if (ref && code.startsWith(ref)) {
        const en = this.entries[o.entry] as ActorEntry;
        const key = `d:${en.id}`;
        return this.byKey.get(key) ?? this.newEntity(key, o, prettyName(en), code);
      }
    }
    return -1;
  }

  /** Appositions: the nominal joins its name's entity; an unknown name takes the nominal's code. */
  linkAppositions(): void {
    this.cands.forEach((c, idx) => {
      if (c.link === undefined) return;
      const target = this.cands[c.link] as Cand;
      const ent = target.entity ?? -1;
      if (ent < 0) return;
      c.entity = ent;
      const d = this.drafts[ent] as EntityDraft;
      d.mentions.push(idx);
      if (d.code === null) d.code = c.code;
    });
  }
}

/** Index of the first candidate starting at or after token `tok` (candidates are sorted by start). */
function firstFrom(cands: readonly Cand[], tok: number): number {
  let lo = 0;
  let hi = cands.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cands[mid] as Cand).s < tok) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const COPULAS = /^(is|was|'s|seems|seemed|appears|appeared|remains|looks)$/;
const MODALS = /^(will|would|could|may|might|must|should|can)$/;

/**
 * Expletive "it" refers to nothing: "it is said", "it seems", "it will be an intervention", "it would clearly be
 * wise to wait". Besides the parser's own `expl`: a copula right after "it", or a modal, adverbs, then "be" ("it has
 * been hurt" refers, so the perfect is left alone).
 */
function expletiveIt(T: Document["tokens"], t: number): boolean {
  if (COPULAS.test(T.norm[t + 1] ?? "") || clausalExpletive(T, t)) return true;
  if (!MODALS.test(T.norm[t + 1] ?? "")) return false;
  let k = t + 2;
  while (T.pos[k] === "ADV" && k < t + 4) k++;
  return T.norm[k] === "be";
}

/** Tokens after an expletive's head searched for the clause it stands for. */
const CLAUSE_REACH = 12;

/**
 * The parser's `expl`, trusted only where the clause the "it" stands for is there: the head is an adjective ("isn't
 * it now clear which…") or takes a clausal complement or subject ("it took an hour to…"). The parser also marks
 * "the measures it took" and "It took up the case" `expl`, which refer.
 */
function clausalExpletive(T: Document["tokens"], t: number): boolean {
  if (T.deprel[t] !== "expl") return false;
  const h = T.head[t] as number;
  // "the measures it took to …": the subject of a relative clause refers
  if (h < 0 || (T.deprel[h] as string).startsWith("acl")) return false;
  if (T.pos[h] === "ADJ") return true;
  for (let k = h + 1; k < T.count && k <= h + CLAUSE_REACH && T.sentence[k] === T.sentence[h]; k++) {
    if (T.head[k] === h && /^(ccomp|csubj|xcomp)/.test(T.deprel[k] as string)) return true;
  }
  return false;
}

/** A pronoun that may refer (he/she/it/they; "it" and "they" only before a verb; no expletive "it is"). */
function pronounAt(T: Document["tokens"], t: number): { personal: boolean; thing: boolean } | null {
  const w = T.norm[t] as string;
  const personal = w === "he" || w === "she";
  const thing = w === "it" || w === "they";
  if (!personal && !thing) return null;
  if (thing && !(T.pos[t + 1] === "VERB" || T.pos[t + 1] === "AUX" || T.pos[t + 1] === "ADV")) return null;
  if (w === "it" && expletiveIt(T, t)) return null;
  return { personal, thing };
}

/**
 * Pronouns (conservative): he/she → the only compatible person in the previous sentence and the current one so
 * far, or the subject (first mention) of the previous sentence; "it"/"they" → the only organization/country/group.
 * Returns the pronoun mentions to add.
 */
function resolvePronouns(doc: Document, cands: Cand[], drafts: readonly EntityDraft[]): Cand[] {
  const T = doc.tokens;
  const out: Cand[] = [];
  const covered = new Int32Array(T.count).fill(-1);
  cands.forEach((c, idx) => {
    for (let t = c.s; t < c.e; t++) covered[t] = idx;
  });
  // entity of each token's mention (names and the pronouns resolved so far), for reading the speaker below
  const entityAt = new Int32Array(T.count).fill(-1);
  for (const c of cands) if (c.entity !== undefined) entityAt.fill(c.entity, c.s, c.e);
  for (let t = 0; t < T.count; t++) {
    if (covered[t] !== -1) continue;
    const p = pronounAt(T, t);
    if (!p) continue;
    const bound = p.personal ? speakerOfClause(T, t, entityAt, drafts) : -1;
    const ent = bound >= 0 ? bound : pronounEntity(doc, cands, drafts, t, p.personal);
    if (ent < 0) continue;
    entityAt[t] = ent;
    const kind = (drafts[ent] as EntityDraft).kind;
    const pc: Cand = { s: t, e: t + 1, nameStart: t, form: "pronoun", kind, entry: -1, code: null };
    pc.entity = ent;
    out.push(pc);
  }
  return out;
}

/**
 * "Berg said he would resign", "Poehl told a conference … and he thought", "Blair made a visit to Iraq, where he
 * met …": a he/she subject of a clause that is reported by, subordinate to or coordinated with a verb whose own
 * subject is a person named before it is that person, when the genders agree; the nearest-person heuristics below
 * would pick another person named earlier. Returns the entity or −1.
 */
function speakerOfClause(
  T: Document["tokens"],
  t: number,
  entityAt: Int32Array,
  drafts: readonly EntityDraft[],
): number {
  const clause = T.head[t] as number;
  if (!(T.deprel[t] as string).startsWith("nsubj") || clause < 0) return -1;
  const rel = T.deprel[clause] as string;
  // "Blair made a visit to Iraq, where he met …": a relative clause hangs on a noun of the governing clause
  let verb = T.head[clause] as number;
  if (rel.startsWith("acl")) {
    // up from the noun the relative clause hangs on ("a visit to Iraq") to the verb that governs it
    for (let up = 0; up < 3 && verb >= 0 && T.pos[verb] !== "VERB"; up++) verb = T.head[verb] as number;
  } else if (rel !== "ccomp" && rel !== "advcl" && rel !== "conj") return -1;
  if (verb < 0) return -1;
  for (let k = verb - 1; k >= 0 && T.sentence[k] === T.sentence[verb]; k--) {
    if (T.head[k] !== verb || !(T.deprel[k] as string).startsWith("nsubj")) continue;
    // the person must be named before the pronoun: "If he moves, Wells believes …" is not Wells
    if (k > t) return -1;
    const ent = entityAt[k] as number;
    const d = ent >= 0 ? drafts[ent] : undefined;
    const gender = T.norm[t] === "he" ? "m" : "f";
    return d && d.kind === "person" && (!d.gender || d.gender === gender) ? ent : -1;
  }
  return -1;
}

/** The entity the pronoun at token t refers to, or −1. */
function pronounEntity(
  doc: Document,
  cands: readonly Cand[],
  drafts: readonly EntityDraft[],
  t: number,
  personal: boolean,
): number {
  const T = doc.tokens;
  const w = T.norm[t] as string;
  const s = T.sentence[t] as number;
  const sentenceStart = doc.sentences.tokenStart[s] as number;
  const from = doc.sentences.tokenStart[Math.max(0, s - 1)] as number;
  const prevStart = doc.sentences.tokenStart[s - 1];
  const seen: number[] = [];
  let prevSubject = -1;
  for (let ci = firstFrom(cands, from); ci < cands.length; ci++) {
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
    if (!personal && c.s < sentenceStart) {
      const ps = doc.sentences.tokenStart[s - 1] as number;
      const opening = cands[firstFrom(cands, ps)];
      if (opening !== c || c.s - ps > 3) continue;
    }
    if (!seen.includes(c.entity)) seen.push(c.entity);
    if (prevSubject < 0 && s > 0 && c.s >= (prevStart ?? 0) && c.s < sentenceStart) prevSubject = c.entity;
  }
  if (seen.length === 1) return seen[0] as number;
  if (!personal || seen.length <= 1 || prevSubject < 0) return -1;
  const firstInPrev = cands[firstFrom(cands, prevStart ?? 0)];
  // ...unless the subject is coordinated ("Putin and Erdogan met. He ...").
  const second = cands[firstFrom(cands, prevStart ?? 0) + 1];
  const coordinated =
    second !== undefined &&
    firstInPrev !== undefined &&
    second.s === firstInPrev.e + 1 &&
    T.norm[firstInPrev.e] === "and";
  if (!coordinated && firstInPrev?.entity === prevSubject && firstInPrev.s - (prevStart ?? 0) <= 3) return prevSubject;
  return -1;
}

/**
 * Start of an entity's first mention (Infinity for none). A loop, not Math.min(...list): spreading the mentions
 * of a name repeated a hundred thousand times in one long article overflows the call stack.
 */
function firstMentionStart(mentions: readonly number[], cands: readonly Cand[]): number {
  let first = Number.POSITIVE_INFINITY;
  for (const m of mentions) first = Math.min(first, (cands[m] as Cand).s);
  return first;
}

/** Entities ordered by first mention, mentions by position. */
function assemble(doc: Document, cands: readonly Cand[], drafts: readonly EntityDraft[]): ActorLayer {
  const T = doc.tokens;
  const order = drafts
    .map((d, k) => ({ k, first: firstMentionStart(d.mentions, cands) }))
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
    const m = mentionOf(doc, c, ei, d.code);
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

function mentionOf(doc: Document, c: Cand, entity: number, code: string | null): ActorMention {
  const T = doc.tokens;
  const start = T.start[c.s] as number;
  const end = T.end[c.e - 1] as number;
  // NER-style name span: a lower-case "the" before a dictionary name is not part of it ("the White House").
  const the = c.form === "name" && T.value[c.nameStart] === "the" && c.e - c.nameStart > 1;
  return {
    start,
    end,
    text: doc.text.slice(start, end),
    form: c.form,
    tokenStart: c.s,
    tokenEnd: c.e,
    entity,
    actor: c.form === "nominal" && c.code !== null ? c.code : code,
    nameStart: T.start[the ? c.nameStart + 1 : c.nameStart] as number,
  };
}

/**
 * Imported TABARI names are written in capitals ("AFGHAN NATIONAL SECURITY FORCES"); show them in title case.
 * Dyad's own files spell names as they are written ("BBC", "NATO"), so only imported entries are recased.
 */
function prettyName(en: ActorEntry): string {
  if (!en.id.startsWith("tabari:") || en.name !== en.name.toUpperCase()) return en.name;
  return en.name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/**
 * The title before a dictionary person's name decides the office they hold in the text, when it names the same
 * country as the dictionary ("Palestinian Prime Minister Ismail Haniyeh" → PSEGOV although the dictionary's
 * latest code is Hamas's PSEREB; "Quds Force commander Qassem Soleimani" → IRNMIL out of every dictionary
 * window); "former"/"ousted" make any office a past one ("Ousted President Askar Akayev" → KGZELI, also
 * without a country before the title: `---ELI`). A title of another country ("Iraqi envoy", "Hamas leader" for
 * an entry coded ISR) is not the person's office and is ignored.
 */
export function titledCode(code: string | null, title: string): string | null {
  const country = countryOfCode(code);
  if (!code || !country) return code;
  if (title === "---ELI") return `${country}ELI`;
  return countryOfCode(title) === country ? title : code;
}

/**
 * A company's name keys without its legal form, joined: "Chrysler Corp" and a later "Chrysler" (or "Morgan Stanley
 * and Co Inc" and "Morgan Stanley") share it, so they are one organization. The first word always stays.
 */
const DETERMINERS = new Set(["the", "a", "an"]);

function companyCore(keys: readonly string[], forms: ReadonlySet<string>): string {
  let end = keys.length;
  // Legal forms (name-cues.json company_forms) end the name: "Chrysler Corp", "Morgan Stanley and Co Inc".
  while (end > 1 && forms.has(keys[end - 1] as string)) end--;
  return keys.slice(0, end).join(" ");
}
