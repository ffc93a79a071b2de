/**
 * Dyad's actor dictionary: entries (countries, people, organizations, armed groups, media) and generic agents,
 * loaded from versioned files under data/actors/ (formats in docs/actors.md):
 *  - JSON `{"format": "dyad-actors", "version", "entries": [...], "agents": [...]}` (countries.json, imported.json);
 *  - the line format `KIND | NAME | ALIASES | CODES | OPTIONS` with a `#! dyad-actors 1 VERSION` header;
 *  - the agents line format `PHRASE | PLURAL | ROLE | KIND | FLAGS` with a `#! dyad-agents 1 VERSION` header.
 * TABARI/PETRARCH files are converted by ./tabari.ts into the same in-memory shapes.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { EntityKind } from "../contract.js";
import { DyadError } from "../errors.js";

/** A code valid in a date window; bounds are ISO dates, `from` inclusive, `to` exclusive, either may be open. */
export interface CodeWindow {
  code: string;
  from?: string;
  to?: string;
}

export interface ActorEntry {
  /** Stable key, e.g. "country:CHN", "person:xi-jinping". Entries with the same id are merged. */
  id: string;
  name: string;
  kind: EntityKind;
  /** Names (form "name"). */
  names: string[];
  /** Adjectives and singular demonyms ("Chinese"): form "demonym". */
  adjectives?: string[];
  /** Plural demonyms ("Russians"): form "demonym". */
  plurals?: string[];
  /** Capitals and other places used for the country ("Beijing"): form "name". */
  metonyms?: string[];
  /** Undated windows apply always; dated ones when the article date falls inside. First match wins. */
  codes: CodeWindow[];
  /** Code outside every window (default for people: <country>ELI; otherwise the latest window's code). */
  otherwise?: string | null;
  country: string | null;
  gender?: "m" | "f";
  /** Head of state or government while in a GOV window ("the Chinese leader" may refer to them). */
  head?: boolean;
  /** Where the entry came from ("people.txt:12"). */
  origin?: string;
  /** A party name many countries use ("Conservative Party"): the article's own country may claim it (placement.ts). */
  generic?: boolean;
  /**
   * The other states that have a body of this name (`also=CAN`: "House of Commons"): the entry is `generic`, but
   * only a story about one of these states claims it (placement.ts placeGenericParties).
   */
  alsoIn?: string[];
  /** A country whose name is also a place of this other country (Georgia, a US state): placement.ts placeHomonyms. */
  homonymOf?: string;
  /**
   * Office words news writes bare for this country's own institution, with their role and the day the institution
   * ended: "Congress" (LEG in the US and Latin America, PTY in India), "administration" (GOV in the US). offices.ts.
   * `windows` instead of `until`: the spans the institution sat, for one suspended and restored (the Philippine
   * Congress: closed under martial law on 1972-09-23, restored by the constitution of 1987-02-02); `from`
   * inclusive, `to` exclusive.
   */
  offices?: Record<string, { role: string; until?: string; windows?: { from?: string; to?: string }[] }>;
}

export interface AgentEntry {
  phrase: string;
  plurals: string[];
  /** Role code appended to the country ("GOV", "GOVFRM"), or prepended when `prefix` ("NGO~"). */
  role: string;
  prefix?: boolean;
  kind: EntityKind;
  title?: boolean;
  head?: boolean;
  peer?: boolean;
  /** An office held at home: a titled name without a country ("President Anton Virel") takes the article's. */
  home?: boolean;
  /** A collective noun used without an article ("Police said"): an actor on its own, like a plural group. */
  bare?: boolean;
  /** An office of one country inside another ("the embassy in Kigali"): a place after it is not its country. */
  abroad?: boolean;
  /** Hardware (warplanes, tanks): an actor only when a country or organization before it says whose it is. */
  owned?: boolean;
  /** The head of an organization ("managing director", "chairman"): composed only with an organization, never with
   * a country or place ("Fed chairman" is the Fed's, "Georgia Power chairman" no Georgian official). */
  orghead?: boolean;
  /** Followers of someone ("supporters of X"): an actor only with whom they follow, named after "of". */
  follower?: boolean;
  /** A body or its heads named by whom they stand for ("a delegation of European firms"): their code. */
  members?: boolean;
  /** Armed men of a political organization ("UNITA rebels"): the organization's rebels, not its party. */
  armed?: boolean;
  origin?: string;
}

export interface ActorDictionary {
  entries: ActorEntry[];
  agents: AgentEntry[];
  /** file name → version string, reported in the stage version. */
  versions: Record<string, string>;
}

const KINDS = new Set<EntityKind>(["person", "organization", "country", "place", "group"]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dictError(origin: string, text: string, why: string): DyadError {
  return new DyadError("E_DICTIONARY", `${origin}: ${why}: ${JSON.stringify(text.trim().slice(0, 120))}`);
}

const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Country part of a code: the first group when it is a 3-letter country code (not IGO/NGO/...). */
export function countryOfCode(code: string | null | undefined): string | null {
  if (!code || code.length < 3) return null;
  const head = code.slice(0, 3);
  if (/^(IGO|NGO|IMG|INT|MNC|NGM|UIS|---)$/.test(head)) return null;
  return /^[A-Z]{3}$/.test(head) ? head : null;
}

/** Parses "CODE", "CODE FROM..TO" (either bound may be empty). */
function parseCodeSpec(spec: string, origin: string, line: string): CodeWindow {
  const m = /^([A-Z-]{3,}[A-Z0-9]*)(?:\s+(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?)?$/.exec(spec.trim());
  if (!m?.[1]) throw dictError(origin, line, `bad code "${spec.trim()}"`);
  const w: CodeWindow = { code: m[1] };
  if (m[2]) w.from = m[2];
  if (m[3]) w.to = m[3];
  return w;
}

function headerVersion(text: string, magic: string, file: string): string | null {
  const first = text.slice(0, 200).split("\n", 1)[0] ?? "";
  if (!first.startsWith(`#! ${magic}`)) return null;
  const parts = first.trim().split(/\s+/);
  if (parts[2] !== "1") throw dictError(`${file}:1`, first, `unsupported ${magic} format version`);
  return parts[3] ?? "unversioned";
}

/** Parses the `KIND | NAME | ALIASES | CODES | OPTIONS` line format. */
export function parseActorLines(text: string, file: string): { entries: ActorEntry[]; version: string } {
  const version = headerVersion(text, "dyad-actors", file);
  if (version === null) throw dictError(`${file}:1`, text.split("\n", 1)[0] ?? "", "missing '#! dyad-actors 1' header");
  const entries: ActorEntry[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const origin = `${file}:${i + 1}`;
    const f = line.split("|").map((x) => x.trim());
    if (f.length < 4) throw dictError(origin, line, "expected KIND | NAME | ALIASES | CODES | OPTIONS");
    const [kind, name, aliases, codes, options] = f as [string, string, string, string, string | undefined];
    if (!KINDS.has(kind as EntityKind)) throw dictError(origin, line, `unknown kind "${kind}"`);
    if (name === "") throw dictError(origin, line, "empty name");
    const windows: CodeWindow[] = [];
    let otherwise: string | null | undefined;
    for (const spec of codes.split(";").map((s) => s.trim())) {
      if (spec === "") continue;
      if (spec.startsWith("else ")) otherwise = parseCodeSpec(spec.slice(5), origin, line).code;
      else windows.push(parseCodeSpec(spec, origin, line));
    }
    const opts = (options ?? "").split(/\s+/).filter(Boolean);
    const countryOpt = opts.find((o) => o.startsWith("country="))?.slice(8);
    const entry: ActorEntry = {
      id: `${kind}:${slug(name)}`,
      name,
      kind: kind as EntityKind,
      names: [name, ...aliases.split(";").map((s) => s.trim())].filter((s) => s !== ""),
      codes: windows,
      country: countryOpt ?? countryOfCode(windows[0]?.code ?? otherwise),
      origin,
    };
    if (otherwise !== undefined) entry.otherwise = otherwise;
    if (opts.includes("m")) entry.gender = "m";
    if (opts.includes("f")) entry.gender = "f";
    if (opts.includes("head")) entry.head = true;
    if (opts.includes("generic")) entry.generic = true;
    // also=CAN;AUS: the other states with a body of this name; the story's state among them claims it
    const also = opts.find((o) => o.startsWith("also="))?.slice(5);
    if (also) {
      entry.generic = true;
      entry.alsoIn = also.split(";").filter((c) => c !== "");
    }
    // adj=European;Europeans: adjectives and plural demonyms, "_" for a space ("Latin_American")
    const adjectives = opts.find((o) => o.startsWith("adj="))?.slice(4);
    if (adjectives)
      entry.adjectives = adjectives
        .split(";")
        .map((a) => a.replace(/_/g, " "))
        .filter((a) => a !== "");
    entries.push(entry);
  });
  return { entries, version };
}

/** Parses the `PHRASE | PLURAL | ROLE | KIND | FLAGS` agents line format. */
export function parseAgentLines(text: string, file: string): { agents: AgentEntry[]; version: string } {
  const version = headerVersion(text, "dyad-agents", file);
  if (version === null) throw dictError(`${file}:1`, text.split("\n", 1)[0] ?? "", "missing '#! dyad-agents 1' header");
  const agents: AgentEntry[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const origin = `${file}:${i + 1}`;
    const f = line.split("|").map((x) => x.trim());
    if (f.length < 4) throw dictError(origin, line, "expected PHRASE | PLURAL | ROLE | KIND | FLAGS");
    const [phrase, plural, role, kind, flags] = f as [string, string, string, string, string | undefined];
    if (!KINDS.has(kind as EntityKind)) throw dictError(origin, line, `unknown kind "${kind}"`);
    if (!/^[A-Z]{3}([A-Z]{3})*$/.test(role)) throw dictError(origin, line, `bad role "${role}"`);
    const plurals = plural === "-" ? [] : plural === "" ? [`${phrase}s`] : [plural];
    const fl = new Set((flags ?? "").split(/\s+/).filter(Boolean));
    const a: AgentEntry = { phrase, plurals, role, kind: kind as EntityKind, origin };
    if (fl.has("title")) a.title = true;
    if (fl.has("head")) a.head = true;
    if (fl.has("peer")) a.peer = true;
    if (fl.has("home")) a.home = true;
    if (fl.has("bare")) a.bare = true;
    if (fl.has("abroad")) a.abroad = true;
    if (fl.has("owned")) a.owned = true;
    if (fl.has("orghead")) a.orghead = true;
    if (fl.has("follower")) a.follower = true;
    if (fl.has("members")) a.members = true;
    if (fl.has("armed")) a.armed = true;
    agents.push(a);
  });
  return { agents, version };
}

interface JsonDictionary {
  format?: string;
  version?: string;
  entries?: ActorEntry[];
  agents?: AgentEntry[];
}

/** Loads a Dyad JSON dictionary (countries.json, or the output of `dyad dict import`). */
export function parseActorJson(text: string, file: string): ActorDictionary {
  let data: JsonDictionary;
  try {
    data = JSON.parse(text) as JsonDictionary;
  } catch (e) {
    throw new DyadError("E_DICTIONARY", `${file}: not valid JSON (${(e as Error).message})`);
  }
  if (data.format !== "dyad-actors") throw dictError(file, String(data.format), 'expected "format": "dyad-actors"');
  const entries = (data.entries ?? []).map((e, i) => {
    if (!e || typeof e.id !== "string" || !Array.isArray(e.names) || !KINDS.has(e.kind)) {
      throw dictError(`${file}: entries[${i}]`, JSON.stringify(e), "entry needs id, kind and names");
    }
    const codes: CodeWindow[] = Array.isArray(e.codes) ? e.codes : [];
    const legacy = (e as unknown as { code?: string }).code;
    if (codes.length === 0 && typeof legacy === "string") codes.push({ code: legacy });
    for (const w of codes) {
      if ((w.from && !ISO_DATE.test(w.from)) || (w.to && !ISO_DATE.test(w.to))) {
        throw dictError(`${file}: entries[${i}]`, JSON.stringify(w), "window dates must be YYYY-MM-DD");
      }
    }
    return { ...e, codes, origin: e.origin ?? `${file}: entries[${i}]` };
  });
  return { entries, agents: data.agents ?? [], versions: { [file]: data.version ?? "unversioned" } };
}

/**
 * The code an entry carries on `date`. Undated windows always apply. With no date, the current (latest-starting)
 * window is used. Outside every window: `otherwise`, else <country>ELI for people (out of office = elite), else the
 * latest window's code.
 */
export function codeAt(entry: ActorEntry, date: string | null): string | null {
  const ws = entry.codes;
  if (ws.length === 0) return entry.otherwise ?? null;
  let latest: CodeWindow | undefined;
  for (const w of ws) {
    if (w.from === undefined && w.to === undefined) return w.code;
    if (date !== null && (w.from === undefined || w.from <= date) && (w.to === undefined || date < w.to)) return w.code;
    if (!latest || (w.from ?? "") > (latest.from ?? "")) latest = w;
  }
  if (date === null) return latest?.code ?? null;
  if (entry.otherwise !== undefined) return entry.otherwise;
  if (entry.kind === "person" && entry.country) return `${entry.country}ELI`;
  return latest?.code ?? null;
}

/** Dyad's own data files (data/actors/), in load order. */
export const DEFAULT_FILES = [
  "countries.json",
  "former-states.txt",
  "people.txt",
  "organizations.txt",
  "places.txt",
  "regions.txt",
  "cities.txt",
  "agents.txt",
];

export function defaultDataDir(): string {
  return new URL("../../data/actors/", import.meta.url).pathname;
}

/** Reads one file of any supported format; TABARI files go through `parseTabari`. */
export function loadDictionaryFile(
  path: string,
  parseTabari: (text: string, file: string) => ActorDictionary,
): ActorDictionary {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new DyadError("E_NOT_FOUND", `cannot read dictionary ${path}: ${(e as Error).message}`);
  }
  const file = basename(path);
  if (/^\s*\{/.test(text)) return parseActorJson(text, file);
  if (text.startsWith("#! dyad-actors")) {
    const { entries, version } = parseActorLines(text, file);
    return { entries, agents: [], versions: { [file]: version } };
  }
  if (text.startsWith("#! dyad-agents")) {
    const { agents, version } = parseAgentLines(text, file);
    return { entries: [], agents, versions: { [file]: version } };
  }
  return parseTabari(text, file);
}

/** Concatenates dictionaries; later entries with an id already seen add names and replace nothing. */
export function mergeDictionaries(parts: ActorDictionary[]): ActorDictionary {
  const byId = new Map<string, ActorEntry>();
  const agents: AgentEntry[] = [];
  const versions: Record<string, string> = {};
  for (const p of parts) {
    Object.assign(versions, p.versions);
    agents.push(...p.agents);
    for (const e of p.entries) {
      const seen = byId.get(e.id);
      if (!seen) byId.set(e.id, { ...e, names: [...e.names] });
      else seen.names.push(...e.names);
    }
  }
  return { entries: [...byId.values()], agents, versions };
}
