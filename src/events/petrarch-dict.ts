/**
 * Reader for PETRARCH-1 / TABARI and PETRARCH-2 verb dictionaries into phrase patterns that the PETRARCH coder
 * (petrarch-coder.ts) matches word by word around the verb (docs/events.md, "PETRARCH suites (petr5)").
 *
 * Read here: `&SYNSET` blocks with `+member` lines (members may be phrases or other synsets); `--- LABEL [code] ---`
 * blocks ("[a:b]" = code and the code of the paired reverse event, "---" = no event); verb lines with their own
 * code, irregular forms in `{…}` and multi-word verbs (`+CORDON_OFF`, `WIRE_+TAP`: "+" marks the inflected word);
 * pattern lines `- words * words [code]` in both syntaxes: `_` joins adjacent words, a space lets a few words
 * intervene, `{A B}` is a noun phrase and `(PREP NOUN)` a prepositional phrase (PETRARCH-2), `$` / `+` / `%` / `^`
 * are the source, target, compound-actor and any-phrase slots. A word ending in `_` must be whole; other words
 * also match longer words they begin ("EFFORT" matches "efforts"), as in TABARI.
 */

/** One dictionary word: its lower-case text, and whether it must match the whole token. */
export interface DictWord {
  w: string;
  exact: boolean;
}

/** An element of a pattern, with the number of other tokens allowed between it and the element before it. */
export type PatternElem =
  | { kind: "words"; alts: DictWord[][]; gap: number }
  | { kind: "src" | "tgt" | "comp" | "skip"; gap: number };

export interface PetrPattern {
  /** Elements before the verb, in text order. */
  pre: PatternElem[];
  /** Elements after the verb, in text order. */
  post: PatternElem[];
  /** Tokens allowed between the last `pre` element and the verb. */
  verbGap: number;
  /** null: a matched pattern that says "no event" ([---]). */
  code: string | null;
  reverse: string | null;
  line: number;
}

/** A verb of a block: the inflected word, the words that must stand right before and after it, its own code. */
export interface PetrVerb {
  base: string;
  forms: Set<string>;
  pre: string[];
  post: string[];
  /** undefined: the block's code. */
  code?: string | null;
  reverse?: string | null;
  block: PetrBlock;
}

export interface PetrBlock {
  label: string;
  code: string | null;
  reverse: string | null;
  patterns: PetrPattern[];
}

export interface PetrDictionary {
  /** Inflected or base form → verbs it may be. */
  byForm: Map<string, PetrVerb[]>;
  blocks: PetrBlock[];
  synsets: Map<string, DictWord[][]>;
  patterns: number;
  skipped: number;
  /** 2 when pattern lines use PETRARCH-2 phrase groups (`{…}`, `(…)`), else 1 (PETRARCH-1 / TABARI). */
  format: 1 | 2;
}

/** Words allowed between space-separated elements; inside `{}` and `()` groups. */
export const LOOSE_GAP = 6;
const NP_GAP = 2;
const PP_GAP = 3;

function codePair(raw: string | undefined): { code: string | null; reverse: string | null } {
  const [c, r] = (raw ?? "").trim().split(":");
  const ok = (x: string | undefined) => (x && !/^-+$/.test(x) ? x : null);
  return { code: ok(c), reverse: ok(r) };
}

function dictWord(raw: string): DictWord {
  const exact = raw.endsWith("_");
  return { w: raw.replace(/_+$/, "").toLowerCase(), exact };
}

/** A synset member or phrase "ARMED_FORCES", "DID N'T", "(TO THE END)" → its words. */
function phraseWords(raw: string): DictWord[] {
  return raw
    .replace(/[(){}]/g, " ")
    .split(/\s+/)
    .flatMap((chunk) => chunk.split(/_(?=.)/))
    .filter((w) => w && w !== "_")
    .map(dictWord);
}

/** Regular English inflections of a base verb (PETRARCH lists only the irregular ones). */
export function regularForms(base: string): string[] {
  const b = base.toLowerCase();
  // Only real forms: "departes" or "departd" must stay unknown words (VERB-21 of the unit test).
  const out = [b, `${b}ing`];
  if (/(s|x|z|ch|sh|o)$/.test(b)) out.push(`${b}es`);
  else if (!/[^aeiou]y$/.test(b)) out.push(`${b}s`);
  if (b.endsWith("e")) out.push(`${b}d`, `${b}s`, `${b.slice(0, -1)}ing`);
  else if (!/[^aeiou]y$/.test(b)) out.push(`${b}ed`);
  if (/[^aeiou]y$/.test(b)) out.push(`${b.slice(0, -1)}ies`, `${b.slice(0, -1)}ied`);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(b)) out.push(`${b}${b.slice(-1)}ed`, `${b}${b.slice(-1)}ing`);
  return out;
}

/** "+CORDON_OFF", "WIRE_+TAP", "GET_TOGETHER": the inflected word and the words around it. */
function splitVerbPhrase(raw: string): { pre: string[]; head: string; post: string[] } {
  const parts = raw
    .split("_")
    .filter(Boolean)
    .map((p) => p.toLowerCase());
  let h = parts.findIndex((p) => p.startsWith("+"));
  if (h < 0) h = 0;
  const clean = parts.map((p) => p.replace(/^\+/, ""));
  return { pre: clean.slice(0, h), head: clean[h] ?? "", post: clean.slice(h + 1) };
}

function verbLine(line: string, block: PetrBlock): PetrVerb | null {
  const code = /\[([^\]]*)\]/.exec(line);
  const forms = /\{([^}]*)\}/.exec(line)?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
  const base = line
    .replace(/\{[^}]*\}/, "")
    .replace(/\[[^\]]*\]/, "")
    .trim()
    .split(/\s+/)[0];
  if (!base || !/^\+?[A-Za-z]/.test(base)) return null;
  const { pre, head, post } = splitVerbPhrase(base);
  if (!head) return null;
  const v: PetrVerb = { base: head, forms: new Set(regularForms(head)), pre, post, block };
  for (const f of forms) {
    const sf = splitVerbPhrase(f);
    if (sf.head) v.forms.add(sf.head);
  }
  if (code) {
    const cp = codePair(code[1]);
    v.code = cp.code;
    v.reverse = cp.reverse;
  }
  return v;
}

/** Splits a pattern body into items: words, slots and "*", each with its gap; `{`/`(` groups tighten gaps. */
function bodyItems(body: string): { tok: string; gap: number }[] {
  const out: { tok: string; gap: number }[] = [];
  let group: "{" | "(" | null = null;
  let firstInGroup = false;
  for (const chunk of body.replace(/([{}()])/g, " $1 ").split(/\s+/)) {
    if (!chunk) continue;
    if (chunk === "{" || chunk === "(") {
      group = chunk;
      firstInGroup = true;
      continue;
    }
    if (chunk === "}" || chunk === ")") {
      group = null;
      continue;
    }
    const parts = chunk.split(/_(?=.)/);
    parts.forEach((part, k) => {
      const inner = group === "{" ? NP_GAP : group === "(" ? PP_GAP : LOOSE_GAP;
      const gap = k > 0 ? 0 : firstInGroup ? LOOSE_GAP : inner;
      out.push({ tok: part, gap });
      firstInGroup = false;
    });
  }
  return out;
}

const SLOT: Record<string, "src" | "tgt" | "comp" | "skip"> = { $: "src", "+": "tgt", "%": "comp", "^": "skip" };

/** The pattern of a "- words * words [code]" line, or null when it has no verb slot or no code. */
export function patternLine(line: string, no: number, synsets: ReadonlyMap<string, DictWord[][]>): PetrPattern | null {
  const cm = /\[([^\]]*)\]/.exec(line);
  if (!cm) return null;
  const items = bodyItems(line.slice(1, cm.index).trim());
  const star = items.findIndex((it) => it.tok === "*");
  if (star < 0) return null;
  const elem = (it: { tok: string; gap: number }): PatternElem | null => {
    const slot = SLOT[it.tok];
    if (slot) return { kind: slot, gap: it.gap };
    if (it.tok.startsWith("&")) {
      const alts = synsets.get(it.tok.replace(/_+$/, "").toUpperCase());
      return alts ? { kind: "words", alts, gap: it.gap } : null;
    }
    const w = dictWord(it.tok);
    return w.w ? { kind: "words", alts: [[w]], gap: it.gap } : null;
  };
  const pre = items.slice(0, star).map(elem);
  const post = items.slice(star + 1).map(elem);
  if (pre.includes(null) || post.includes(null)) return null;
  const { code, reverse } = codePair(cm[1]);
  return {
    pre: pre as PatternElem[],
    post: post as PatternElem[],
    verbGap: (items[star] as { gap: number }).gap,
    code,
    reverse,
    line: no,
  };
}

/** Expands synset members that name other synsets ("+&TIETYPES"). */
function resolveSynsets(raw: Map<string, string[]>): Map<string, DictWord[][]> {
  const out = new Map<string, DictWord[][]>();
  const expand = (name: string, depth: number): DictWord[][] =>
    (raw.get(name) ?? []).flatMap((m) =>
      m.startsWith("&") ? (depth < 4 ? expand(m.replace(/_+$/, "").toUpperCase(), depth + 1) : []) : [phraseWords(m)],
    );
  for (const name of raw.keys()) out.set(name, expand(name, 0));
  return out;
}

/** First pass: every `&NAME` block with its `+member` lines (synsets may be defined after their first use). */
function readSynsets(lines: string[]): Map<string, DictWord[][]> {
  const raw = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of lines) {
    if (line.startsWith("&")) {
      current = [];
      raw.set((line.split(/\s+/)[0] as string).replace(/_+$/, "").toUpperCase(), current);
    } else if (line.startsWith("+") && current) current.push(line.slice(1).trim());
    else current = null;
  }
  return resolveSynsets(raw);
}

/** Dictionary lines without comments (`#`, `<!-- -->` on one line) and blank lines. */
function dictLines(text: string): { line: string; no: number }[] {
  return text
    .split(/\r?\n/)
    .map((raw, k) => ({
      line: raw
        .replace(/#.*$/, "")
        .replace(/<!--.*?-->/g, "")
        .trim(),
      no: k + 1,
    }))
    .filter((l) => l.line !== "");
}

/** Parses a PETRARCH-1/TABARI or PETRARCH-2 verb dictionary. */
export function parsePetrarchDictionary(text: string): PetrDictionary {
  const lines = dictLines(text);
  const synsets = readSynsets(lines.map((l) => l.line));
  const format = lines.some((l) => /^-.*[({]/.test(l.line)) ? 2 : 1;
  const dict: PetrDictionary = { byForm: new Map(), blocks: [], synsets, patterns: 0, skipped: 0, format };
  let block: PetrBlock | null = null;
  let inSynset = false;
  const addVerb = (v: PetrVerb) => {
    for (const f of v.forms) {
      const list = dict.byForm.get(f) ?? [];
      list.push(v);
      dict.byForm.set(f, list);
    }
  };
  for (const { line, no } of lines) {
    if (line.startsWith("&")) {
      inSynset = true;
      block = null;
      continue;
    }
    if (line.startsWith("---")) {
      inSynset = false;
      const m = /^---\s*(.+?)\s*\[([^\]]*)\]/.exec(line);
      if (!m) {
        block = null;
        dict.skipped++;
        continue;
      }
      const { code, reverse } = codePair(m[2]);
      block = { label: (m[1] as string).trim(), code, reverse, patterns: [] };
      dict.blocks.push(block);
      continue;
    }
    if (inSynset && line.startsWith("+")) continue;
    if (!block) continue;
    if (line.startsWith("-")) {
      const p = patternLine(line, no, synsets);
      if (p) {
        block.patterns.push(p);
        dict.patterns++;
      } else dict.skipped++;
      continue;
    }
    const v = verbLine(line, block);
    if (v) addVerb(v);
    else dict.skipped++;
  }
  for (const b of dict.blocks) b.patterns.sort((x, y) => specificity(y) - specificity(x));
  return dict;
}

/** Longer patterns are tried first (TABARI); Array.prototype.sort is stable, so file order breaks ties. */
function specificity(p: PetrPattern): number {
  const n = (es: PatternElem[]) =>
    es.reduce((a, e) => a + (e.kind === "words" ? Math.max(...e.alts.map((x) => x.length)) : 1), 0);
  return n(p.pre) + n(p.post);
}

/**
 * PETRARCH-2's internal coding ontology (`CAMEO:0xHEX` lines, terms may be added: `-0xFFFF+0x0070`): the value of
 * each code and the code of each value. A negated verb has its value minus 0xFFFF ("did not clash", 110 =
 * 0xFFFF+0x0080, is 050 = 0x0080; "will not wire-tap", 170 → 057), which is how UD-PETRARCH codes negation.
 */
export interface PicoOntology {
  value: Map<string, number>;
  code: Map<number, string>;
}

export function parsePicoOntology(text: string): PicoOntology {
  const pico: PicoOntology = { value: new Map(), code: new Map() };
  for (const raw of text.split(/\r?\n/)) {
    const m = /^\s*([0-9A-Za-z]+)\s*:\s*([-+0-9a-fA-Fx\s]+)/.exec(raw.split("#")[0] ?? "");
    if (!m) continue;
    const terms = (m[2] as string).replace(/\s+/g, "").match(/[-+]?0x[0-9a-fA-F]+/g);
    if (!terms) continue;
    const v = terms.reduce((a, t) => a + Number.parseInt(t.replace(/^([-+]?)0x/, "$10x"), 16), 0);
    const code = m[1] as string;
    if (!pico.value.has(code)) pico.value.set(code, v);
    if (!pico.code.has(v)) pico.code.set(v, code);
  }
  return pico;
}

/** The code of a negated event, or null when the ontology has none. */
export function negatedCode(pico: PicoOntology, code: string): string | null {
  const v = pico.value.get(code);
  return v === undefined ? null : (pico.code.get(v - 0xffff) ?? null);
}
