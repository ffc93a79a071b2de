/**
 * Reader for TABARI / PETRARCH actor and agent dictionaries (`*.actors.txt`, `*.agents.txt`), converted to Dyad's
 * in-memory dictionary. Supported syntax (docs/actors.md "Importing TABARI/PETRARCH dictionaries"):
 *
 * actors:  `PRIMARY_PHRASE [CODE]` or `PRIMARY_PHRASE` followed by `+SYNONYM` lines and tab-indented restriction
 *          lines `\t[CODE YYMMDD-YYMMDD]`, `\t[CODE <date]`, `\t[CODE >date]`, `\t[CODE]` (default); several
 *          `[...]` groups may share a line. Dates are YYMMDD (YY < 30 → 20YY, else 19YY) or YYYYMMDD, inclusive.
 * agents:  `PHRASE {PLURAL} [~CODE]` (`{}` = no plural; default plural adds S, ES after s/x/z/ch/sh, Y → IES), `[CODE~]` prefix form,
 *          substitution sets `!SET! = a, b, c` expanded wherever `!SET!` appears.
 * both:    `_` joins words (the phrase must be consecutive; a trailing `_` marks the end of a word), spaces are
 *          read as `_` (Dyad matches consecutive tokens only), `#` starts a comment, `<!-- ... -->` comments may
 *          span lines.
 * Errors throw DyadError("E_DICTIONARY") with file:line and the offending text.
 */
import type { EntityKind } from "../contract.js";
import { DyadError } from "../errors.js";
import {
  type ActorDictionary,
  type ActorEntry,
  type AgentEntry,
  type CodeWindow,
  countryOfCode,
} from "./dictionary.js";

interface Line {
  no: number;
  text: string;
  indented: boolean;
}

function fail(file: string, no: number, text: string, why: string): never {
  throw new DyadError("E_DICTIONARY", `${file}:${no}: ${why}: ${JSON.stringify(text.trim().slice(0, 120))}`);
}

/** Strips `<!-- -->` (possibly multi-line) and `#` comments; keeps line numbers and leading tabs. */
function contentLines(text: string, file: string): Line[] {
  const out: Line[] = [];
  let inComment = false;
  let commentStart = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    let line = raw;
    let kept = "";
    while (line.length > 0) {
      if (inComment) {
        const end = line.indexOf("-->");
        if (end < 0) {
          line = "";
          break;
        }
        inComment = false;
        line = line.slice(end + 3);
      } else {
        const start = line.indexOf("<!--");
        if (start < 0) {
          kept += line;
          break;
        }
        kept += line.slice(0, start);
        inComment = true;
        commentStart = i + 1;
        line = line.slice(start + 4);
      }
    }
    const hash = kept.indexOf("#");
    if (hash >= 0) kept = kept.slice(0, hash);
    if (kept.trim() === "") return;
    out.push({ no: i + 1, text: kept.replace(/\s+$/, ""), indented: /^[\t ]/.test(kept) });
  });
  if (inComment) fail(file, commentStart, "<!--", "unclosed comment");
  return out;
}

/** "VLADIMIR_PUTIN_" → "VLADIMIR PUTIN"; "AL-QAEDA" stays; spaces and underscores both become one space. */
export function tabariPhrase(raw: string): string {
  return raw.replace(/_/g, " ").replace(/\s+/g, " ").trim();
}

/** YYMMDD or YYYYMMDD → YYYY-MM-DD. */
export function tabariDate(raw: string): string | null {
  let y: number;
  let rest: string;
  if (/^\d{6}$/.test(raw)) {
    const yy = Number(raw.slice(0, 2));
    y = yy < 30 ? 2000 + yy : 1900 + yy;
    rest = raw.slice(2);
  } else if (/^\d{8}$/.test(raw)) {
    y = Number(raw.slice(0, 4));
    rest = raw.slice(4);
  } else return null;
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** Day after an ISO date (TABARI end dates are inclusive, Dyad's `to` is exclusive). */
function nextDay(iso: string): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

const CODE_GROUP = /\[([^\]]*)\]/g;

/** Parses every `[CODE ...]` group of a line into windows. */
function parseCodeGroups(s: string, file: string, no: number): CodeWindow[] {
  const out: CodeWindow[] = [];
  for (const m of s.matchAll(CODE_GROUP)) {
    // "[HOB < 950601]" (space after < or >) occurs in PETRARCH's own files; read it as "<950601".
    const body = (m[1] ?? "")
      .trim()
      .replace(/([<>])\s+/, "$1")
      .replace(/(\d)\s*-\s*(\d)/, "$1-$2");
    const parts = body.split(/\s+/);
    const code = (parts[0] ?? "").toUpperCase();
    if (!/^[A-Z0-9-]{3,}(\/[A-Z0-9-]{3,})*$/.test(code) && !/^---/.test(code))
      fail(file, no, s, `bad actor code "${parts[0] ?? ""}"`);
    const w: CodeWindow = { code };
    const restr = parts[1];
    if (restr !== undefined) {
      const before = /^<(\d{6,8})$/.exec(restr);
      const after = /^>(\d{6,8})$/.exec(restr);
      const range = /^(\d{6,8})-(\d{6,8})$/.exec(restr);
      if (before) {
        w.to = nextDay(tabariDate(before[1] as string) ?? fail(file, no, s, `bad date "${before[1]}"`));
      } else if (after) {
        w.from = tabariDate(after[1] as string) ?? fail(file, no, s, `bad date "${after[1]}"`);
      } else if (range) {
        w.from = tabariDate(range[1] as string) ?? fail(file, no, s, `bad date "${range[1]}"`);
        w.to = nextDay(tabariDate(range[2] as string) ?? fail(file, no, s, `bad date "${range[2]}"`));
      } else fail(file, no, s, `bad date restriction "${restr}"`);
    }
    if (parts.length > 2) fail(file, no, s, "unexpected text in code brackets");
    out.push(w);
  }
  return out;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function kindOfCode(code: string | undefined): EntityKind {
  if (!code) return "organization";
  if (/^(IGO|NGO|MNC|NGM)/.test(code)) return "organization";
  if (/^(IMG)/.test(code) || /(REB|INS|SEP|OPP|MIL|CVL)$/.test(code)) return "group";
  if (/^[A-Z]{3}$/.test(code)) return "country";
  return "person";
}

/**
 * How to treat a malformed line: strict (default) throws the DyadError; lenient records its message in `problems`
 * and skips the line (the big Phoenix files have a handful of typos such as a 7-digit date).
 */
export interface ParseOptions {
  strict?: boolean;
  problems?: string[];
}

function guard(opts: ParseOptions, fn: () => void): void {
  if (opts.strict !== false) {
    fn();
    return;
  }
  try {
    fn();
  } catch (e) {
    if (!(e instanceof DyadError)) throw e;
    opts.problems?.push(e.message);
  }
}

/** Parses a `*.actors.txt` file. */
export function parseTabariActors(text: string, file: string, opts: ParseOptions = {}): ActorEntry[] {
  const entries: ActorEntry[] = [];
  let current: ActorEntry | null = null;
  for (const { no, text: line, indented } of contentLines(text, file))
    guard(opts, () => {
      const t = line.trim();
      if (indented && t.startsWith("[")) {
        if (!current) fail(file, no, line, "date restriction before any actor");
        const rest = t.replace(CODE_GROUP, "").trim();
        if (rest !== "") fail(file, no, line, "text after code brackets");
        current.codes.push(...parseCodeGroups(t, file, no));
        return;
      }
      if (t.startsWith("+")) {
        if (!current) fail(file, no, line, "synonym before any actor");
        const syn = tabariPhrase(t.slice(1).replace(CODE_GROUP, ""));
        if (syn === "") fail(file, no, line, "empty synonym");
        current.names.push(syn);
        return;
      }
      current = null; // a bad primary line must not hand its synonyms to the previous entry
      const br = t.indexOf("[");
      const phraseRaw = br >= 0 ? t.slice(0, br) : t;
      const phrase = tabariPhrase(phraseRaw);
      if (phrase === "" || /[[\]{}]/.test(phrase)) fail(file, no, line, "expected PHRASE [CODE]");
      // Text after the brackets of a primary line (Phoenix.International lists sector and revenue there) is ignored.
      const codes = br >= 0 ? parseCodeGroups(t.slice(br), file, no) : [];
      current = {
        id: `tabari:${file}:${slug(phrase)}`,
        name: phrase,
        kind: "organization",
        names: [phrase],
        codes,
        country: null,
        origin: `${file}:${no}`,
      };
      entries.push(current);
    });
  for (const e of entries) {
    // A bare [CODE] among dated lines is the default for dates outside the windows (TABARI semantics).
    const dated = e.codes.filter((w) => w.from !== undefined || w.to !== undefined);
    const bare = e.codes.filter((w) => w.from === undefined && w.to === undefined);
    if (dated.length > 0 && bare.length > 0) {
      e.codes = dated;
      e.otherwise = bare[0]?.code ?? null;
    }
    const first = e.codes[0]?.code ?? e.otherwise ?? undefined;
    e.country = countryOfCode(first);
    e.kind = dated.length > 0 ? "person" : kindOfCode(first);
  }
  return entries;
}

/** Default plural of an agent phrase without `{PLURAL}`: "congress" → "congresses", "deputy" → "deputies". */
export function regularPlural(phrase: string): string {
  if (/(s|x|z|ch|sh)$/.test(phrase)) return `${phrase}es`;
  if (/[^aeiou]y$/.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  return `${phrase}s`;
}

/** Parses a `*.agents.txt` file. */
export function parseTabariAgents(text: string, file: string, opts: ParseOptions = {}): AgentEntry[] {
  const sets = new Map<string, string[]>();
  const agents: AgentEntry[] = [];
  for (const { no, text: line } of contentLines(text, file))
    guard(opts, () => {
      const t = line.trim();
      const set = /^!([A-Z0-9_]+)!\s*=\s*(.+)$/i.exec(t);
      if (set) {
        const members = (set[2] ?? "")
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
        if (members.length === 0) fail(file, no, line, "empty substitution set");
        sets.set((set[1] ?? "").toUpperCase(), members);
        return;
      }
      const m = /^([^[{]+?)\s*(\{[^}]*\})?\s*\[([^\]]*)\]\s*$/.exec(t);
      if (!m) fail(file, no, line, "expected PHRASE {PLURAL} [~CODE]");
      const codeRaw = (m[3] ?? "").trim();
      let role: string;
      let prefix = false;
      if (/^~[A-Z0-9]+$/i.test(codeRaw)) role = codeRaw.slice(1).toUpperCase();
      else if (/^[A-Z0-9]+~$/i.test(codeRaw)) {
        role = codeRaw.slice(0, -1).toUpperCase();
        prefix = true;
      } else fail(file, no, line, `agent code must be ~CODE or CODE~, got "${codeRaw}"`);
      const pluralRaw = m[2] ? m[2].slice(1, -1).trim() : null;
      // Expand !SET! markers (each marker multiplies the phrase by the set's members).
      let phrases = [m[1] ?? ""];
      let plurals = pluralRaw === null ? null : pluralRaw === "" ? [] : [pluralRaw];
      const expand = (xs: string[]) => {
        let out = xs;
        for (;;) {
          const next: string[] = [];
          let changed = false;
          for (const x of out) {
            const mk = /!([A-Z0-9_]+)!/i.exec(x);
            if (!mk) {
              next.push(x);
              continue;
            }
            const members = sets.get((mk[1] ?? "").toUpperCase());
            if (!members) fail(file, no, line, `unknown substitution set !${mk[1]}!`);
            for (const mem of members) next.push(x.replace(mk[0], mem));
            changed = true;
          }
          out = next;
          if (!changed) return out;
        }
      };
      phrases = expand(phrases);
      if (plurals) plurals = expand(plurals);
      for (const p of phrases) {
        const phrase = tabariPhrase(p).toLowerCase();
        if (phrase === "") fail(file, no, line, "empty agent phrase");
        const pl =
          plurals === null
            ? [regularPlural(phrase)]
            : plurals.map((x) => tabariPhrase(x).toLowerCase()).filter((x) => x !== "");
        const a: AgentEntry = {
          phrase,
          plurals: pl,
          role,
          kind: /(MIL|REB|OPP|CVL)$/.test(role) ? "group" : "person",
          origin: `${file}:${no}`,
        };
        if (prefix) a.prefix = true;
        agents.push(a);
      }
    });
  return agents;
}

/** Reads a TABARI file of either kind; agents files are recognized by name or by `[~CODE]` / `[CODE~]` entries. */
export function parseTabariFile(text: string, file: string, opts: ParseOptions = {}): ActorDictionary {
  const versionMatch = /VERSION:\s*([^\s-]+)/i.exec(text.slice(0, 2000));
  const version = versionMatch?.[1] ?? "unversioned";
  const isAgents = /agents/i.test(file) || /\[\s*~|~\s*\]/.test(text.slice(0, 20000));
  if (isAgents) return { entries: [], agents: parseTabariAgents(text, file, opts), versions: { [file]: version } };
  return { entries: parseTabariActors(text, file, opts), agents: [], versions: { [file]: version } };
}
