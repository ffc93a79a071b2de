/**
 * PETRARCH / TABARI-style coder for imported verb dictionaries (docs/events.md, "PETRARCH suites (petr5)").
 * For each verb of the dictionary (single or multi-word, regular or listed forms) it tries the block's phrase
 * patterns, longest first, word by word before and after the verb; a pattern's `$` / `+` slots name the source
 * and target, otherwise the source is the verb's subject (the parse's, else the nearest actor before it) and the
 * target the first actor after the matched phrase; in the passive the two swap. Coordinated actors ("Arnor,
 * Bree and Gondor") each get an event; "[a:b]" codes add the reverse event b.
 */
import type { ActorLayer, ActorMention } from "../actors/types.js";
import type { Document } from "../nlp/document.js";
import { buildTree, type DepTree } from "../nlp/tree.js";
import { HARD } from "./coder-context.js";
import { verbFrame } from "./frames.js";
import type { DictWord, PatternElem, PetrDictionary, PetrPattern, PetrVerb } from "./petrarch-dict.js";

export interface PetrEvent {
  source: { actor: string | null } | null;
  target: { actor: string | null } | null;
  code: string;
  negated: boolean;
  trigger: { text: string };
  rule: string;
}

export interface PetrCoderOptions {
  /** Code of a mention the actors stage left without one (TABARI reading of its words), or null. */
  resolve?: ((words: string[]) => string | null) | undefined;
  /** Code of a negated verb's event (PETRARCH-2 ontology), or null to keep the code. */
  negate?: ((code: string) => string | null) | undefined;
  /** PETRARCH-1 reads "FRO/BIL/SAM" as three actors; PETRARCH-2 keeps the code whole. */
  splitSlashCodes?: boolean;
}

interface Cx {
  doc: Document;
  tree: DepTree;
  actors: ActorLayer;
  dict: PetrDictionary;
  opt: PetrCoderOptions;
  codes: (string | null)[];
}

const BE = new Set(["was", "were", "been", "be", "is", "are", "being"]);
/** Prepositions that attach a role nominal to its country ("the ambassadors of Arnor", "lawmakers in Bree"). */
const ROLE_OF = new Set(["of", "in", "from"]);
const CONNECT = new Set([",", "and", "or", "nor", "&"]);

const val = (cx: Cx, k: number) => (cx.doc.tokens.value[k] ?? "").toLowerCase();
const lem = (cx: Cx, k: number) => cx.doc.tokens.lemma[k] ?? "";

function mentionAt(cx: Cx, k: number): ActorMention | null {
  const m = cx.actors.mentionOfToken[k] ?? -1;
  return m >= 0 ? (cx.actors.mentions[m] ?? null) : null;
}

/** A mention with a usable code (the actors stage's, else the TABARI reading of its words). */
function codedAt(cx: Cx, k: number): ActorMention | null {
  const m = mentionAt(cx, k);
  return m && cx.codes[cx.actors.mentions.indexOf(m)] ? m : null;
}

function codeOf(cx: Cx, m: ActorMention): string {
  return cx.codes[cx.actors.mentions.indexOf(m)] ?? "---";
}

export function codePetrarch(
  doc: Document,
  actors: ActorLayer,
  dict: PetrDictionary,
  opt: PetrCoderOptions = {},
): PetrEvent[] {
  const cx: Cx = { doc, tree: buildTree(doc), actors, dict, opt, codes: [] };
  cx.codes = actors.mentions.map((m) => mentionCode(cx, m));
  possessorRoles(cx);
  modifierRoles(cx);
  roleOfCountry(cx);
  const out: PetrEvent[] = [];
  for (let s = 0; s < doc.sentences.count; s++) {
    const ss = doc.sentences.tokenStart[s] as number;
    const se = doc.sentences.tokenEnd[s] as number;
    let coded = false;
    for (let i = ss; i < se; i++) {
      // "celebrated Iftar … after leaving Eriador", "called on Gondor to be allowed to leave": once the
      // sentence has an event, a non-finite verb that borrows its subject adds background, not another event.
      if (coded && nonFinite(cx, i) && !cx.tree.children(i).some((c) => /^nsubj/.test(cx.tree.deprel(c)))) continue;
      const ev = codeVerbAt(cx, i, ss, se);
      if (ev) out.push(...ev.events);
      if (ev) i = Math.max(i, ev.skipTo);
      coded ||= (ev?.events.length ?? 0) > 0;
    }
  }
  return out;
}

/** An infinitive, a gerund or a passive infinitive ("to be allowed"). */
function nonFinite(cx: Cx, i: number): boolean {
  const x = cx.doc.tokens.xpos[i];
  return x === "VB" || x === "VBG" || (x === "VBN" && (val(cx, i - 1) === "be" || val(cx, i - 1) === "being"));
}

function mentionCode(cx: Cx, m: ActorMention): string | null {
  if (m.actor && !m.actor.startsWith("---")) return m.actor;
  const words: string[] = [];
  for (let k = m.tokenStart; k < m.tokenEnd; k++) words.push(val(cx, k));
  return cx.opt.resolve?.(words) ?? m.actor;
}

/**
 * "Dagolath's first Deputy Prime Minister Telemar", "Ithilen's evil minister Calimehtar": a person after a
 * possessor is coded as the possessor's actor with the agent role of the words between (TABARI reads the phrase
 * from its first actor): DAGGOV, ITHGOV.
 */
function possessorRoles(cx: Cx) {
  const { mentions } = cx.actors;
  if (!cx.opt.resolve) return;
  mentions.forEach((m, k) => {
    if (val(cx, m.tokenEnd) !== "'s" || !cx.codes[k]) return;
    const n = mentions[k + 1];
    if (!n || n.tokenStart > m.tokenEnd + 6) return;
    for (let j = m.tokenEnd + 1; j < n.tokenStart; j++)
      if (!/^(ADJ|NOUN|PROPN|CCONJ)$/.test(cx.doc.tokens.pos[j] ?? "")) return;
    const words: string[] = [];
    for (let j = m.tokenStart; j < n.tokenEnd; j++) words.push(val(cx, j));
    const code = cx.opt.resolve?.(words);
    if (code && code.length > 3 && code !== cx.codes[k]) cx.codes[k + 1] = code;
  });
}

/**
 * "White House security officials", "Fornost President Umbardacil": a role without a country right after an
 * actor (a few nouns or adjectives between) takes that actor's code, with the role added unless the actor already
 * has it (USAGOV, FORGOV).
 */
function modifierRoles(cx: Cx) {
  const { mentions } = cx.actors;
  mentions.forEach((n, k) => {
    const role = cx.codes[k];
    const m = mentions[k - 1];
    const base = cx.codes[k - 1];
    if (!role?.startsWith("---") || role.length < 6 || !m || !base || base.startsWith("---")) return;
    if (n.tokenStart - m.tokenEnd > 2) return;
    for (let j = m.tokenEnd; j < n.tokenStart; j++) if (!/^(ADJ|NOUN)$/.test(cx.doc.tokens.pos[j] ?? "")) return;
    const r = role.slice(3);
    cx.codes[k] = base.endsWith(r) ? base : base + r;
  });
}

/**
 * "the government of Gondor": a one-word agent before "of" and a country gives the country that role (GONGOV);
 * "the information ministry of Gondor", where the agent word is part of a longer noun phrase, stays GON.
 */
function roleOfCountry(cx: Cx) {
  const { pos } = cx.doc.tokens;
  cx.actors.mentions.forEach((m, k) => {
    const c = cx.codes[k] ?? "";
    const a = m.tokenStart - 2;
    if (c.length !== 3 || a < 0 || val(cx, m.tokenStart - 1) !== "of" || mentionAt(cx, a)) return;
    if (/^(NOUN|ADJ|PROPN)$/.test(pos[a - 1] ?? "")) return;
    const role = cx.opt.resolve?.([val(cx, a)]);
    if (role?.startsWith("---") && role.length === 6) cx.codes[k] = c + role.slice(3);
  });
}

/** Dictionary verbs the token at i begins or ends, multi-word verbs first, with the tokens they cover. */
interface VerbHit {
  v: PetrVerb;
  from: number;
  to: number;
}

function verbsAt(cx: Cx, i: number): VerbHit[] {
  const { pos, xpos } = cx.doc.tokens;
  const found: VerbHit[] = [];
  const seen = new Set<PetrVerb>();
  const bySurface = cx.dict.byForm.get(val(cx, i)) ?? [];
  const byLemma = (cx.dict.byForm.get(lem(cx, i)) ?? []).filter((v) => v.base === lem(cx, i));
  for (const v of [...bySurface, ...byLemma]) {
    if (seen.has(v)) continue;
    seen.add(v);
    const from = i - v.pre.length;
    const to = i + v.post.length;
    if (!v.pre.every((w, j) => val(cx, from + j) === w)) continue;
    if (!v.post.every((w, j) => val(cx, i + 1 + j) === w || lem(cx, i + 1 + j) === w)) continue;
    // A single word is a verb only where the tagger says so ("meetings", "an attack" are nouns).
    // A word right after an actor is its verb whatever the tag ("Fornost and Gondor welcome a resumption").
    // Not a capitalized word, which continues a name ("The United States").
    const lower = val(cx, i) === cx.doc.tokens.value[i];
    const afterActor = lower && codedAt(cx, i - 1) !== null && pos[i] !== "ADP" && pos[i] !== "DET";
    const verbal = pos[i] === "VERB" || (xpos[i] ?? "").startsWith("VB") || afterActor;
    if (!verbal && v.pre.length + v.post.length === 0) continue;
    found.push({ v, from, to });
  }
  return found.sort((a, b) => b.to - b.from - (a.to - a.from));
}

const NEGATION = new Set(["not", "n't", "never"]);

/** "did not clash", "won't ever clash", "will not wire tap": a negation among the auxiliaries before the verb. */
function negated(cx: Cx, from: number, ss: number): boolean {
  const { pos } = cx.doc.tokens;
  for (let k = from - 1; k >= Math.max(ss, from - 5); k--) {
    if (NEGATION.has(val(cx, k))) return true;
    if (!/^(AUX|ADV|PART)$/.test(pos[k] ?? "")) return false;
  }
  return false;
}

/** Slots a pattern bound: `$` source, `+` target, `%` compound actor. */
interface Bind {
  src: ActorMention | null;
  tgt: ActorMention | null;
  comp: ActorMention | null;
}

/** TABARI word match: the token or its lemma, or (for words not ending in "_") a longer word it begins. */
function wordMatches(cx: Cx, k: number, w: DictWord): boolean {
  // Actors are coded before verb patterns are read (TABARI): "Australia" is no "AUSTRAL" currency.
  if (codedAt(cx, k)) return false;
  const v = val(cx, k);
  if (v === w.w || lem(cx, k) === w.w) return true;
  return !w.exact && w.w.length >= 4 && v.startsWith(w.w);
}

/** Tokens an element covers when it starts at k (forward) or ends at k (backward); null when it does not fit. */
function elemAt(cx: Cx, e: PatternElem, k: number, lo: number, hi: number, back: boolean) {
  if (k < lo || k >= hi) return null;
  if (e.kind === "words") {
    for (const alt of e.alts) {
      const first = back ? k - alt.length + 1 : k;
      if (first >= lo && first + alt.length <= hi && alt.every((w, j) => wordMatches(cx, first + j, w))) {
        return { len: alt.length, m: null };
      }
    }
    return null;
  }
  const m = e.kind === "skip" ? mentionAt(cx, k) : codedAt(cx, k);
  if (!m) return e.kind === "skip" ? { len: 1, m: null } : null;
  if ((back ? m.tokenEnd - 1 : m.tokenStart) !== k) return null;
  if (e.kind === "comp" && group(cx, m, lo, hi).length < 2) return null;
  return { len: m.tokenEnd - m.tokenStart, m: e.kind === "skip" ? null : m };
}

function bound(b: Bind, e: PatternElem, m: ActorMention | null): Bind {
  if (!m || e.kind === "words" || e.kind === "skip") return b;
  return { ...b, [e.kind]: m };
}

/** Matches elements j.. forward from token `from`; the last covered token, or null. */
function seqFwd(
  cx: Cx,
  els: PatternElem[],
  j: number,
  from: number,
  se: number,
  b: Bind,
): { end: number; b: Bind } | null {
  const e = els[j];
  if (!e) return { end: from - 1, b };
  for (let k = from; k <= Math.min(se - 1, from + e.gap); k++) {
    if (k > from && HARD.has(cx.doc.tokens.value[k - 1] as string)) break;
    const r = elemAt(cx, e, k, from, se, false);
    if (!r) continue;
    const rest: { end: number; b: Bind } | null = seqFwd(cx, els, j + 1, k + r.len, se, bound(b, e, r.m));
    if (rest) return rest;
  }
  return null;
}

/** Matches elements ..j backward, element j ending at most `gap` tokens before `from`. */
function seqBack(
  cx: Cx,
  els: PatternElem[],
  j: number,
  from: number,
  gap: number,
  ss: number,
  b: Bind,
): { start: number; b: Bind } | null {
  const e = els[j];
  if (!e) return { start: from + 1, b };
  for (let k = from; k >= Math.max(ss, from - gap); k--) {
    if (k < from && HARD.has(cx.doc.tokens.value[k + 1] as string)) break;
    const r = elemAt(cx, e, k, ss, from + 1, true);
    if (!r) continue;
    const rest: { start: number; b: Bind } | null = seqBack(cx, els, j - 1, k - r.len, e.gap, ss, bound(b, e, r.m));
    if (rest) return rest;
  }
  return null;
}

function matchPattern(cx: Cx, p: PetrPattern, from: number, to: number, ss: number, se: number) {
  const none: Bind = { src: null, tgt: null, comp: null };
  const pre = seqBack(cx, p.pre, p.pre.length - 1, from - 1, p.verbGap, ss, none);
  if (!pre) return null;
  return seqFwd(cx, p.post, 0, to + 1, se, pre.b);
}

/** The block pattern that matches first, trying each dictionary verb the token may be ("SHOT" has two blocks). */
function firstPattern(cx: Cx, hits: VerbHit[], ss: number, se: number) {
  for (const hit of hits) {
    for (const p of hit.v.block.patterns) {
      const r = matchPattern(cx, p, hit.from, hit.to, ss, se);
      if (r) return { hit, p, r };
    }
  }
  return null;
}

/** Codes the dictionary verb at token i, if any: its events and the last token of the verb. */
function codeVerbAt(cx: Cx, i: number, ss: number, se: number) {
  const hits = verbsAt(cx, i);
  const first = hits[0];
  if (!first) return null;
  // PETRARCH-1 tries the patterns of every block of the same written verb ("SHOT" has two blocks; "left" is
  // LEFT, not LEAVE); PETRARCH-2 keeps a verb's first block (a repeated "--- ALLOW ---" block adds nothing: the
  // UD suite expects ALLOW's default code where the second block has a pattern).
  const merge = cx.dict.format === 1;
  const same = hits.filter(
    (h) => h === first || (merge && h.v.forms.has(val(cx, i)) && h.to - h.from === first.to - first.from),
  );
  const found = firstPattern(cx, same, ss, se);
  const { v, from, to } = found?.hit ?? first;
  const own = v.code !== undefined;
  let code = own ? (v.code ?? null) : v.block.code;
  let reverse = own ? (v.reverse ?? null) : v.block.reverse;
  let bind: Bind = { src: null, tgt: null, comp: null };
  let end = to;
  let rule = `petr:${v.block.label}`;
  if (found) {
    ({ code, reverse } = found.p);
    bind = found.r.b;
    end = Math.max(found.r.end, to);
    rule += `#${found.p.line}`;
  }
  if (code && cx.opt.negate && negated(cx, from, ss)) code = cx.opt.negate(code) ?? code;
  if (!code) return { events: [], skipTo: to };
  const text = cx.doc.text.slice(cx.doc.tokens.start[from] as number, cx.doc.tokens.end[end] as number);
  const pairs = participantPairs(cx, { i, from, to, end, ss, se }, bind, reverse !== null);
  const events: PetrEvent[] = [];
  for (const [s, t, rev] of pairs) {
    const c = rev ? reverse : code;
    if (!c) continue;
    events.push({
      source: s ? { actor: s } : null,
      target: t ? { actor: t } : null,
      code: c,
      negated: false,
      trigger: { text },
      rule,
    });
  }
  return { events, skipTo: to };
}

/** The mentions coordinated with m ("Arnor, Bree and the evil Gondor"), in text order, within [lo, hi). */
function group(cx: Cx, m: ActorMention, lo: number, hi: number): ActorMention[] {
  const { pos } = cx.doc.tokens;
  const filler = (k: number) => !mentionAt(cx, k) && (pos[k] === "DET" || pos[k] === "ADJ");
  const out = [m];
  for (let cur = m; ; ) {
    let k = cur.tokenEnd;
    let conj = false;
    for (; k < hi && k < cur.tokenEnd + 5; k++) {
      if (CONNECT.has(val(cx, k))) conj = true;
      else if (!filler(k)) break;
    }
    const n = conj ? codedAt(cx, k) : null;
    if (!n || n.tokenStart !== k || out.includes(n)) break;
    out.push(n);
    cur = n;
  }
  for (let cur = m; ; ) {
    let k = cur.tokenStart - 1;
    let conj = false;
    for (; k >= lo && k > cur.tokenStart - 6; k--) {
      if (CONNECT.has(val(cx, k))) conj = true;
      else if (!filler(k)) break;
    }
    const n = conj ? codedAt(cx, k) : null;
    if (!n || n.tokenEnd - 1 !== k || out.includes(n)) break;
    out.unshift(n);
    cur = n;
  }
  return out;
}

/** Heads with their conjuncts whatever their tags ("Ithilen and the government of Gondor"). */
function conjuncts(cx: Cx, heads: readonly number[]): number[] {
  const out = [...heads];
  for (const h of heads) for (const c of cx.tree.dependents(h, "conj")) if (!out.includes(c)) out.push(c);
  return out;
}

/** Coded mentions of parse heads: the head's own mention, else the first one inside its phrase before `limit`. */
function headMentions(cx: Cx, heads: readonly number[], limit: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (const h of heads) {
    let m = codedAt(cx, h);
    if (!m) {
      const [a, b] = cx.tree.span(h);
      for (let k = a; k < Math.min(b, limit) && !m; k++) m = codedAt(cx, k);
    }
    // "Dagolath's first Deputy Prime Minister Telemar": the possessor's person (see possessorRoles).
    if (m && val(cx, m.tokenEnd) === "'s") {
      for (let k = m.tokenEnd + 1; k < Math.min(limit, m.tokenEnd + 6); k++) {
        const n = codedAt(cx, k);
        if (n) {
          m = n;
          break;
        }
      }
    }
    // "Arnor President Umbardacil": the parse's head is the country, the actor is the person it codes (ARNGOV).
    const n = m ? mentionAt(cx, m.tokenEnd) : null;
    if (m && n && n.tokenEnd <= limit && codeOf(cx, n).startsWith(codeOf(cx, m)) && codeOf(cx, n) !== codeOf(cx, m)) {
      m = n;
    }
    if (m && !out.includes(m)) out.push(m);
  }
  return out;
}

interface Span {
  i: number;
  from: number;
  /** Last token of the verb. */
  to: number;
  /** Last token of the matched pattern (or of the verb). */
  end: number;
  ss: number;
  se: number;
}

function passive(cx: Cx, sp: Span): boolean {
  const t = cx.tree;
  if (t.dependents(sp.i, "nsubj:pass").length > 0 || t.dependents(sp.i, "aux:pass").length > 0) return true;
  if (cx.doc.tokens.xpos[sp.i] !== "VBN") return false;
  for (let k = sp.from - 1; k >= Math.max(sp.ss, sp.from - 4); k--) {
    if (BE.has(val(cx, k))) return true;
    if (mentionAt(cx, k)) return false;
  }
  return false;
}

/**
 * The passive subject the parse missed: the actor right before the "was/were/been" of the verb ("An Eriadorian
 * was shot dead"), not any earlier actor ("… after a hafling was reported": no target).
 */
function subjectOfAux(cx: Cx, sp: Span): ActorMention[] {
  let k = sp.from - 1;
  while (k > sp.ss && !BE.has(val(cx, k)) && /^(ADV|AUX|PART)$/.test(cx.doc.tokens.pos[k] ?? "")) k--;
  if (!BE.has(val(cx, k))) return [];
  k--;
  while (k > sp.ss && /^(ADV|AUX|PART)$/.test(cx.doc.tokens.pos[k] ?? "")) k--;
  const m = codedAt(cx, k);
  return m && m.tokenEnd - 1 === k ? group(cx, m, sp.ss, sp.from) : [];
}

/** The first coded mention after token `end` in the sentence (and its coordinated mentions), skipping `not`. */
function firstAfter(cx: Cx, sp: Span, not: ActorMention[]): ActorMention[] {
  // "… after crowds burned down its embassy, a senior Bree official said": past a comma, an actor of another
  // clause is no target. Only a verb the parse knows as one has a reliable subtree.
  const parsed = cx.doc.tokens.pos[sp.i] === "VERB";
  let comma = false;
  // From the verb on: "allowed that Mordor isn't a really pleasant place" has its target inside the phrase.
  for (let k = sp.to + 1; k < sp.se; k++) {
    if (HARD.has(cx.doc.tokens.value[k] as string)) break;
    if (cx.doc.tokens.value[k] === ",") comma = true;
    const m = codedAt(cx, k);
    const inClause = !parsed || !comma || !m || cx.tree.dominates(sp.i, k);
    if (m && !not.includes(m) && inClause) return group(cx, m, sp.to + 1, sp.se);
    if (m) k = m.tokenEnd - 1;
  }
  return [];
}

/**
 * The nearest coded mention before the verb (and its coordinated mentions), not across a comma: ", the news
 * agency WFNA said" is not said by the actor of the clause before.
 */
function nearestBefore(cx: Cx, sp: Span): ActorMention[] {
  for (let k = sp.from - 1; k >= sp.ss; k--) {
    const v = cx.doc.tokens.value[k] as string;
    if (HARD.has(v) || v === ",") break;
    const m = codedAt(cx, k);
    if (m) return group(cx, m, sp.ss, sp.from);
  }
  return [];
}

function expandGroups(cx: Cx, ms: ActorMention[], lo: number, hi: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of ms) for (const g of group(cx, m, lo, hi)) if (!out.includes(g)) out.push(g);
  return out;
}

/**
 * Codes of a group of mentions. A role without a country shares out over the actors after of/in/from ("the
 * ambassadors of Arnor, Osgiliath and Gondor" → ARNGOV OSGGOV GONGOV), and so does the role of a "role in
 * country" mention over the bare countries coordinated with it ("lawmakers in Fornost and Gondor" → FORLEG
 * GONLEG). PETRARCH-1 splits "FRO/BIL/SAM" into its actors.
 */
function codesOf(cx: Cx, ms: ActorMention[]): string[] {
  const out: string[] = [];
  const push = (c: string) => {
    for (const x of cx.opt.splitSlashCodes ? c.split("/") : [c]) if (!out.includes(x)) out.push(x);
  };
  let role = "";
  let country = "";
  for (const m of ms) {
    const c = codeOf(cx, m);
    const after = roleOfGroup(cx, m, c);
    if (after) {
      for (const a of after) push(a);
      continue;
    }
    if (c.length === 3 && role) push(c + role);
    // "Danish media and government": a role without country shares the country of the member before it.
    else if (c.startsWith("---") && c.length >= 6 && country) push(country + c.slice(3));
    else push(c);
    if (!c.startsWith("---")) country = c.slice(0, 3);
    role = c.length === 6 && /\s(in|of|from)\s/i.test(m.text) ? c.slice(3) : "";
  }
  return out;
}

/** "the ambassadors of Arnor, Osgiliath and Gondor": the countries with the role, or null. */
function roleOfGroup(cx: Cx, m: ActorMention, c: string): string[] | null {
  if (!c.startsWith("---") || c.length < 6) return null;
  let k = m.tokenEnd;
  if (!ROLE_OF.has(val(cx, k))) return null;
  k++;
  if (cx.doc.tokens.pos[k] === "DET") k++;
  const n = codedAt(cx, k);
  if (!n || n.tokenStart !== k) return null;
  return group(cx, n, k, cx.doc.tokens.count).map((x) => codeOf(cx, x).slice(0, 3) + c.slice(3));
}

/** Source, target and reverse-flag triples of a coded verb. */
function participantPairs(cx: Cx, sp: Span, b: Bind, hasReverse: boolean): [string | null, string | null, boolean][] {
  const pairs: [string | null, string | null, boolean][] = [];
  if (b.comp && b.comp.tokenStart > sp.i) {
    // "agrees with %": a compound after the verb is the target of the subject.
    b = { ...b, tgt: b.tgt ?? b.comp, comp: null };
  }
  if (b.comp) {
    const g = codesOf(cx, group(cx, b.comp, sp.ss, sp.se));
    for (const x of g) for (const y of g) if (x !== y) pairs.push([x, y, false]);
    return pairs;
  }
  const f = verbFrame(cx.tree, sp.i);
  const pass = passive(cx, sp);
  let src = b.src ? group(cx, b.src, sp.ss, sp.se) : null;
  let tgt = b.tgt ? group(cx, b.tgt, sp.ss, sp.se) : null;
  if (pass) {
    // The parse may call the passive subject a plain subject: any nominal before the verb.
    // An inherited subject ("postponed their meeting after a hafling was reported") belongs to another verb.
    const before = [...f.objects, ...(f.inherited ? [] : f.subjects)].filter((h) => h < sp.i);
    tgt ??= expandGroups(cx, headMentions(cx, before, sp.from), sp.ss, sp.from);
    // "a hafling was reported": a subject that is no actor leaves the event without a target.
    if (tgt.length === 0 && before.length === 0) tgt = subjectOfAux(cx, sp);
    src ??= firstAfter(cx, sp, tgt);
  } else {
    src ??= expandGroups(cx, headMentions(cx, conjuncts(cx, f.subjects), sp.from), sp.ss, sp.from);
    if (src.length === 0 && f.subjects.length === 0) src = nearestBefore(cx, sp);
    tgt ??= firstAfter(cx, sp, src);
  }
  const S = codesOf(cx, src);
  const T = codesOf(cx, tgt);
  if (T.length === 0 && hasReverse && S.length >= 2) {
    for (const x of S) for (const y of S) if (x !== y) pairs.push([x, y, false]);
    return pairs;
  }
  if (T.length === 0) return S.map((x) => [x, null, false]);
  for (const x of S) for (const y of T) if (x !== y) pairs.push([x, y, false]);
  if (hasReverse) for (const x of S) for (const y of T) if (x !== y) pairs.push([y, x, true]);
  return pairs;
}
