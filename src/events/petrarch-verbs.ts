/**
 * Importer for a documented subset of the PETRARCH-1 / TABARI verb dictionary syntax (docs/events.md,
 * "PETRARCH verb dictionaries"). Produces a PatternLexicon the coder runs like Dyad's own. Supported:
 *   &SYNSET / +member lines (members may name other synsets), "--- VERB [code] ---" blocks (code "---" = no
 *   default event, "[a:b]" = reciprocal with a reverse code), extra verb lines in a block (synonyms, "{FORMS}"),
 *   "- words * words [code]" patterns where "*" is the verb, "_" joins adjacent words, "$" marks the source
 *   (ignored: the subject is the source), "+" the target (the word before it becomes the target preposition),
 *   "%" a compound/reciprocal actor. Unsupported constructs are skipped and counted.
 */
import { type EventPattern, indexPatterns, type PatternLexicon, type PatternWord } from "./lexicon.js";

export interface VerbImport {
  lexicon: PatternLexicon;
  patterns: number;
  skipped: number;
}

const CODE = /\[([^\]]*)\]/;

/** A "--- VERB [code] ---" block: its verbs (the first is the head), irregular forms and default code. */
interface VerbBlock {
  heads: string[];
  forms: string[];
  code: string | null;
  reverse: string | undefined;
}

/** A "- words * words [code]" line of a block: the words before and after the verb, its code and target. */
interface BlockPattern {
  before: string[];
  after: string[];
  code: string;
  reverse?: string;
  recip: boolean;
  tgt: string | null;
}

export function parsePetrarchVerbs(text: string, version = "petrarch-verbs"): VerbImport {
  const synsets = new Map<string, string[]>();
  const all: EventPattern[] = [];
  let skipped = 0;
  let currentSyn: string | null = null;
  let block: VerbBlock | null = null;
  let blockPatterns: BlockPattern[] = [];

  const flush = () => {
    if (block) all.push(...blockEventPatterns(block, blockPatterns, synsets));
    block = null;
    blockPatterns = [];
  };

  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line || line.startsWith("<!--")) continue;
    if (line.startsWith("&")) {
      flush();
      currentSyn = line.split(/\s+/)[0] as string;
      synsets.set(currentSyn, []);
      continue;
    }
    if (line.startsWith("+") && currentSyn && !block) {
      synsets.get(currentSyn)?.push(line.slice(1).trim());
      continue;
    }
    if (line.startsWith("---")) {
      flush();
      currentSyn = null;
      block = verbBlockAt(line);
      if (!block) skipped++;
      continue;
    }
    if (!block) continue;
    if (line.startsWith("-")) {
      const p = blockPatternAt(line);
      if (p === "skipped") skipped++;
      else if (p) blockPatterns.push(p);
      continue;
    }
    if (line.startsWith("+")) continue;
    // Another verb of the block ("MEET", "GET_TOGETHER {GOT_TOGETHER}"): synonyms and irregular forms.
    const forms = /\{([^}]*)\}/.exec(line)?.[1]?.split(/\s+/) ?? [];
    const base = line
      .replace(/\{[^}]*\}/, "")
      .trim()
      .split(/\s+/)[0];
    if (base) block.heads.push(base.split("_")[0]?.toLowerCase() ?? base.toLowerCase());
    for (const f of forms) if (f) block.forms.push(f.split("_")[0]?.toLowerCase() ?? "");
  }
  flush();
  const lexicon = indexPatterns(all, version);
  return { lexicon, patterns: all.length, skipped };
}

/** The block a "--- VERB [code] ---" line opens, or null when the line is malformed. */
function verbBlockAt(line: string): VerbBlock | null {
  const m = /^---\s+(.+?)\s+\[([^\]]*)\]\s*---/.exec(line);
  if (!m) return null;
  const [code, reverse] = (m[2] as string).split(":");
  const verb = (m[1] as string).toLowerCase().replace(/_/g, " ");
  return {
    heads: [verb.split(" ")[0] as string],
    forms: [],
    code: code && code !== "---" ? code : null,
    reverse: reverse && reverse !== "---" ? reverse : undefined,
  };
}

/** The pattern of a "- words * words [code]" line; null for a "---" (no event) code, "skipped" if unsupported. */
function blockPatternAt(line: string): BlockPattern | "skipped" | null {
  const cm = CODE.exec(line);
  if (!cm) return "skipped";
  const [code, reverse] = (cm[1] as string).split(":");
  if (!code || code === "---") return null;
  const body = line.slice(1, cm.index).trim().split(/\s+/);
  const star = body.findIndex((w) => w === "*" || w.split("_").includes("*"));
  if (star < 0) return "skipped";
  const recip = body.includes("%");
  const clean = (ws: string[]) => ws.flatMap((w) => w.split("_")).filter((w) => w && !["$", "+", "%", "*"].includes(w));
  const before = clean(body.slice(0, star).concat((body[star] as string).split("*")[0] ?? ""));
  const afterParts = [(body[star] as string).split("*")[1] ?? "", ...body.slice(star + 1)];
  let tgt: string | null = null;
  const flat = afterParts.flatMap((w) => w.split("_")).filter(Boolean);
  const plus = flat.indexOf("+");
  if (plus > 0) tgt = (flat[plus - 1] as string).toLowerCase();
  const p: BlockPattern = { before, after: clean(afterParts), code, recip, tgt };
  if (reverse && reverse !== "---") p.reverse = reverse;
  return p;
}

/** The event patterns of a finished block: one per pattern line, then the block's default code. */
function blockEventPatterns(
  block: VerbBlock,
  blockPatterns: BlockPattern[],
  synsets: ReadonlyMap<string, string[]>,
): EventPattern[] {
  const out: EventPattern[] = [];
  const heads = block.heads;
  const [head, ...syn] = heads;
  if (!head) return out;
  const mk = (
    code: string,
    reverse: string | undefined,
    recip: boolean,
    rest: PatternWord[],
    before: PatternWord[],
    tgt: string | null,
    n: number,
  ): EventPattern => {
    const p: EventPattern = {
      id: `P:${head}#${n}`,
      code,
      kind: "V",
      head,
      rest,
      recip: recip || reverse !== undefined,
      say: false,
      dem: false,
      tgt: tgt ? new Set([tgt]) : null,
      src: null,
      obj: null,
      forms: [...syn, ...block.forms],
    };
    if (reverse !== undefined) p.reverseCode = reverse;
    if (before.length) p.before = before;
    return p;
  };
  blockPatterns.forEach((bp, n) => {
    out.push(mk(bp.code, bp.reverse, bp.recip, words(bp.after, synsets), words(bp.before, synsets), bp.tgt, n + 1));
  });
  if (block.code) out.push(mk(block.code, block.reverse, false, [], [], null, 0));
  return out;
}

/** Phrase words → PatternWords: "_" joins adjacent words, a space allows a gap; "&X" expands a synset. */
function words(parts: string[], synsets: ReadonlyMap<string, string[]>): PatternWord[] {
  const out: PatternWord[] = [];
  for (const part of parts) {
    part.split("_").forEach((w, k) => {
      if (!w) return;
      const gap = k === 0 ? 4 : 0;
      if (w.startsWith("&")) {
        const alts = new Set(expand(w, synsets));
        out.push({ lemma: w.toLowerCase(), alts, gap });
      } else out.push({ lemma: w.toLowerCase(), gap });
    });
  }
  return out;
}

function expand(name: string, synsets: ReadonlyMap<string, string[]>, depth = 0): string[] {
  const out: string[] = [];
  for (const m of synsets.get(name) ?? []) {
    if (m.startsWith("&") && depth < 4) out.push(...expand(m, synsets, depth + 1));
    else out.push(m.split(/[_\s]/)[0]?.toLowerCase() ?? "");
  }
  return out.filter(Boolean);
}
