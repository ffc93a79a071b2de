/**
 * Dyad's event pattern lexicon (data/events/lexicon.txt, format in docs/events.md) and the PETRARCH-1 verb
 * dictionary subset importer. Patterns are compiled once into a Map keyed by the head lemma, so coding a
 * token is one map lookup.
 */
import { readFileSync } from "node:fs";

export type PatternKind = "V" | "N";

/** One word of a phrase: a lemma, or a synset of alternatives (lemmas or surface forms), with the gap before it. */
export interface PatternWord {
  lemma: string;
  alts?: ReadonlySet<string>;
  gap: number;
}

export interface EventPattern {
  /** Stable id, e.g. "V:supply[obj]@events-lex-1". */
  id: string;
  code: string;
  kind: PatternKind;
  /** Lemmas after the head, each with the gap allowed before it (0 = adjacent). */
  rest: PatternWord[];
  head: string;
  recip: boolean;
  /**
   * Co-subjects act on each other, a named target is acted on one way ("X and Y violated the ceasefire": each
   * against the other; "X violated the ceasefire with Y": X only).
   */
  mutual?: boolean;
  say: boolean;
  /** A demonym inside the object NP counts as target ("buys Russian oil"). */
  dem: boolean;
  /** The subject of a following "that"-clause may be the target ("demanded that Gondor withdraw"). */
  that?: boolean;
  /** Prepositions that introduce the target; null = direct object or any non-locative prepositional object. */
  tgt: ReadonlySet<string> | null;
  src: ReadonlySet<string> | null;
  obj: ReadonlySet<string> | null;
  /** PETRARCH-style patterns: words that must occur (any order) in the 5 tokens before the verb. */
  before?: PatternWord[];
  /** Code of the reverse direction for reciprocal PETRARCH codes "[031:032]". */
  reverseCode?: string;
  /** Other word forms that also trigger this pattern (PETRARCH lists inflected forms). */
  forms?: string[];
  /** PLOVER type overriding the CAMEO2PLOVER one for this reading (`plover=RETREAT` for resignations). */
  plover?: string;
  /** Intransitive reading only: not before a direct object ("demonstrated its commitment" is no protest). */
  intr?: boolean;
}

export interface PatternLexicon {
  version: string;
  /** Head lemma → patterns, most specific first. */
  byHead: Map<string, EventPattern[]>;
  size: number;
  /** Verb patterns fire whatever the POS tag (imported PETRARCH dictionaries have verbs only). */
  anyPos?: boolean;
  /** `@civilian` lemmas: places where people live; "Palestinian homes", "Iraqi towns" are civilians (CVL). */
  civilian?: ReadonlySet<string>;
  /** `@collective` lemmas: "a group of X", "thousands of X", "members of X" — X is the subject. */
  collective?: ReadonlySet<string>;
  /** `@weapon` lemmas: a bomb or blast as the agent of force stands for unidentified armed forces (UAF). */
  weapon?: ReadonlySet<string>;
}

/** data/events/ from src/events (tsx, vitest) and dist/events (built) alike. */
export function eventsDataDir(): string {
  return new URL("../../data/events/", import.meta.url).pathname;
}

export function parseLexicon(text: string, file = "lexicon.txt"): PatternLexicon {
  let version = "events-lex-0";
  const all: EventPattern[] = [];
  const civilian = new Set<string>();
  const collective = new Set<string>();
  const weapon = new Set<string>();
  const lines = text.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] as string).trim();
    if (!line || line.startsWith("#")) continue;
    if (line.startsWith("@version")) {
      version = line.slice(8).trim();
      continue;
    }
    if (line.startsWith("@civilian") || line.startsWith("@collective") || line.startsWith("@weapon")) {
      const [name, ...words] = line.split(/\s+/);
      const set = name === "@civilian" ? civilian : name === "@weapon" ? weapon : collective;
      for (const w of words) if (w) set.add(w.toLowerCase());
      continue;
    }
    const parts = line.split(/\s+/);
    const [code, kind, ...rest] = parts;
    if (!code || !/^\d{2,4}$/.test(code) || (kind !== "V" && kind !== "N")) {
      throw new Error(`${file}:${n + 1}: expected 'CODE V|N PHRASE [options]': ${line}`);
    }
    const words: string[] = [];
    const opts: string[] = [];
    // The first word is always the head; later bare "recip"/"say" and "name=value" words are options.
    rest.forEach((w, k) => {
      (k > 0 && (w.includes("=") || ["recip", "mutual", "say", "dem", "that", "intr"].includes(w)) ? opts : words).push(
        w,
      );
    });
    if (words.length === 0) throw new Error(`${file}:${n + 1}: empty phrase`);
    const seq: PatternWord[] = [];
    let gap = 0;
    for (const w of words) {
      if (w === "*") gap = 6;
      else {
        seq.push({ lemma: w.toLowerCase(), gap });
        gap = 0;
      }
    }
    const [head, ...after] = seq;
    if (!head) throw new Error(`${file}:${n + 1}: phrase has no word`);
    const opt = (name: string): Set<string> | null => {
      const o = opts.find((x) => x.startsWith(`${name}=`));
      return o ? new Set(o.slice(name.length + 1).split("|")) : null;
    };
    const obj = opt("obj");
    const plover = opts.find((x) => x.startsWith("plover="))?.slice(7);
    all.push({
      id: `${kind}:${words.join("_").replace(/\*/g, "")}${obj ? "[obj]" : ""}`.replace(/__+/g, "_"),
      code,
      kind,
      head: head.lemma,
      rest: after,
      recip: opts.includes("recip"),
      say: opts.includes("say"),
      dem: opts.includes("dem"),
      that: opts.includes("that"),
      ...(opts.includes("intr") ? { intr: true } : {}),
      ...(opts.includes("mutual") ? { mutual: true } : {}),
      tgt: opt("tgt"),
      src: opt("src"),
      obj,
      ...(plover ? { plover } : {}),
    });
  }
  return { ...indexPatterns(all, version), civilian, collective, weapon };
}

export function indexPatterns(all: EventPattern[], version: string): PatternLexicon {
  const byHead = new Map<string, EventPattern[]>();
  for (const p of all) {
    p.id = `${p.id}@${version}`;
    for (const h of new Set([p.head, ...(p.forms ?? [])])) {
      const list = byHead.get(h) ?? [];
      list.push(p);
      byHead.set(h, list);
    }
  }
  // Longer phrases and object-constrained patterns are more specific: try them first.
  const weight = (p: EventPattern) => p.rest.length * 2 + (p.obj ? 1 : 0) + (p.before ? p.before.length * 2 : 0);
  for (const list of byHead.values()) list.sort((a, b) => weight(b) - weight(a));
  return { version, byHead, size: all.length };
}

let cached: PatternLexicon | null = null;

/** Dyad's own lexicon, parsed once. */
export function defaultLexicon(): PatternLexicon {
  if (!cached) cached = parseLexicon(readFileSync(`${eventsDataDir()}lexicon.txt`, "utf8"));
  return cached;
}
