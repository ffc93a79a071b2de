/**
 * PETRARCH-family peer suites (/work/shared/peer-suites/*.jsonl): runs each record through document → actors →
 * attribution → events and scores coded (source, target, code) triples per category as correct / missed /
 * extra. Used by `dyad validate` and by `npm run eval` (evaluatePetrarch). Scoring modes (docs/events.md):
 *   petrarch  record's own actor/agent and verb dictionaries, coded by petrarch-coder.ts; exact triple match
 *   own       Dyad's own actors and lexicon; exact actors, same 2-digit root (the suites' codes are partly WEIS)
 *   plover    Dyad's own data; PLOVER type via CAMEO→PLOVER and actors compared on country+sector
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createActorStage, loadActorDictionary } from "../actors/index.js";
import { createAttributionStage } from "../attribution/index.js";
import type { CodedEvent } from "../contract.js";
import { createEventStage } from "../events/index.js";
import { defaultLexicon, type PatternLexicon } from "../events/lexicon.js";
import { buildTabariIndex, resolvePhrase } from "../events/petrarch-actors.js";
import { codePetrarch } from "../events/petrarch-coder.js";
import {
  negatedCode,
  type PetrDictionary,
  type PicoOntology,
  parsePetrarchDictionary,
  parsePicoOntology,
} from "../events/petrarch-dict.js";
import { buildDocument } from "../nlp/document.js";
import { ploverFor } from "../ontology/index.js";
import type { EvalContext, EvalResult, Evaluator } from "./types.js";

export interface SuiteRecord {
  id: string;
  record_index: number;
  suite: string;
  text: string;
  date: string | null;
  expected: { source: string; target: string; code: string }[];
  expect_no_events?: boolean;
  expected_error?: string | null;
  category: string;
  evaluate?: boolean;
  dictionary?: string | null;
  /** Coder options in force for the record (`require_dyad`, `comma_*`, `new_actor_length`), as strings. */
  config?: Record<string, string>;
}

export type ScoreMode = "petrarch" | "own" | "plover";

export interface CategoryScore {
  records: number;
  expected: number;
  correct: number;
  missed: number;
  extra: number;
}

export interface SuiteReport {
  suite: string;
  mode: ScoreMode;
  skippedRecords: number;
  categories: Record<string, CategoryScore>;
  total: CategoryScore;
  /** PLOVER mode: expected events found with the right type and the right actor countries (sector ignored). */
  countryOnly: number;
  /** PLOVER mode: expected events whose type was coded in the record at all (actors ignored). */
  typeOnly: number;
  /** Milliseconds spent coding. */
  ms: number;
  notes: string[];
}

export function loadSuite(path: string): SuiteRecord[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SuiteRecord);
}

/** PLOVER 0.5 names used in the GSR records → PLOVER 2021 types (plover.json legacy_names). */
const PLOVER_LEGACY: Record<string, string> = {
  DEMAND: "REQUEST",
  DISAPPROVE: "ACCUSE",
  INVESTIGATE: "ACCUSE",
  FIGHT: "ASSAULT",
};

/** What scoring reads of a coded event (Dyad's CodedEvent and the PETRARCH coder's PetrEvent both have it). */
export type ScoredEvent = Pick<CodedEvent, "code" | "negated"> & {
  source: { actor: string | null } | null;
  target: { actor: string | null } | null;
  plover?: string | null;
  trigger?: { text: string };
};

interface Coder {
  code(text: string, date: string | null): ScoredEvent[];
  /**
   * PETRARCH-1 honours a record's require_dyad=false by coding a missing actor as "---"; UD-PETRARCH's validator
   * leaves events with a "---" actor out of its tally (peer-suites README), so its records always need a dyad.
   */
  nullActors: boolean;
  notes: string[];
}

function makeCoder(dictDir: string | null, own: boolean): Coder {
  const notes: string[] = [];
  let actorFiles: string[] = [];
  const lexicon: PatternLexicon = defaultLexicon();
  let petr: PetrDictionary | null = null;
  let pico: PicoOntology | null = null;
  if (dictDir && existsSync(dictDir)) {
    const files = readdirSync(dictDir);
    actorFiles = files.filter((f) => /actors|agents/i.test(f) && f.endsWith(".txt")).map((f) => join(dictDir, f));
    const verbs = files.find((f) => /verbs/i.test(f));
    if (verbs && !own) {
      petr = parsePetrarchDictionary(readFileSync(join(dictDir, verbs), "utf8"));
      notes.push(
        `${verbs}: PETRARCH-${petr.format} format, ${petr.patterns} patterns read, ${petr.skipped} lines skipped`,
      );
      const onto = files.find((f) => /ontology/i.test(f));
      if (onto) pico = parsePicoOntology(readFileSync(join(dictDir, onto), "utf8"));
    }
  }
  const useDict = actorFiles.length > 0 && !own;
  const actors = createActorStage(useDict ? { actorFiles, noDefaultData: true } : {});
  if (useDict) notes.push(`actors: ${actorFiles.map((f) => f.split("/").pop()).join(", ")}`);
  const attribution = createAttributionStage();
  const events = createEventStage({ lexicon });
  const tabari = useDict ? buildTabariIndex(loadActorDictionary({ actorFiles, noDefaultData: true })) : null;
  return {
    notes,
    nullActors: petr?.format === 1,
    code(text, date) {
      const doc = buildDocument(text, { id: "r", title: null, date, source: null, url: null });
      const a = actors.run(doc, { date });
      if (petr) {
        // PETRARCH-1 reads "FRO/BIL/SAM" as three actors; UD-PETRARCH keeps the code whole.
        const resolve = tabari ? (words: string[]) => resolvePhrase(tabari, words, date) : undefined;
        const negate = pico ? (c: string) => negatedCode(pico as PicoOntology, c) : undefined;
        return codePetrarch(doc, a, petr, { resolve, negate, splitSlashCodes: petr.format === 1 });
      }
      const at = attribution.run(doc, a);
      return [...events.run(doc, a, at, { date }).events];
    },
  };
}

/**
 * PLOVER type of a CAMEO code for scoring: the CAMEO2PLOVER table, except that CAMEO 02x appeals, which that
 * draft table leaves without a row, are REQUEST ("all requests, demands, and orders", PLOVER manual).
 */
export function ploverType(code: string): string | null {
  return ploverFor(code)?.type ?? (code.startsWith("02") ? "REQUEST" : null);
}

/** GSR country codes that are spelling slips for CAMEO/ISO codes (Japan, Italy, Vietnam). */
const GSR_COUNTRY: Record<string, string> = { JAP: "JPN", ITL: "ITA", VTN: "VNM" };
/** CAMEO roles that PLOVER renamed or merged: media MED→JRN, health HLH→MED, INS/SEP → REB (PLOVER sector notes). */
const CAMEO_TO_PLOVER_SECTOR: Record<string, string> = { MED: "JRN", HLH: "MED", INS: "REB", SEP: "REB" };
/** Role codes (CAMEO and PLOVER); other 3-letter groups of a code identify an organization (IGOUNO, IGOWSTNAT). */
const ROLES = new Set(
  "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC HLH INS SEP DEV ENV HRI MOD RAD".split(
    " ",
  ),
);

/**
 * PLOVER actor comparison (docs/events.md, "PLOVER scoring"). The expected code is a country (or IGO/NGO/IMG)
 * plus at most one sector; "***" (sector unspecified) and an empty code match anything. Dyad's CAMEO roles are
 * translated to PLOVER sectors first; PLOVER's CVL covers protesters and activists, which CAMEO codes OPP.
 * International organizations: the GSR writes every one as "IGO" (also Amnesty International or the Red Cross,
 * which CAMEO codes NGO…), so any IGO/NGO code matches "IGO"/"NGO"; "IGOGOV" (the body itself) matches an
 * IGO code without another role, other sectors need that role.
 */
export function ploverActorMatches(expected: string, coded: string | null | undefined, countryOnly = false): boolean {
  if (expected === "") return true;
  if (!coded) return false;
  const want = GSR_COUNTRY[expected.slice(0, 3)] ?? expected.slice(0, 3);
  let sector = expected.slice(3, 6);
  if (sector === "***") sector = "";
  if (sector === "CIV") sector = "CVL";
  const groups = coded.match(/.{3}/g) ?? [];
  const head = groups[0] ?? "";
  const intl = want === "IGO" || want === "NGO";
  if (intl ? head !== "IGO" && head !== "NGO" : head !== want) return false;
  if (countryOnly || sector === "") return true;
  const roles = groups.slice(1).filter((g) => ROLES.has(g));
  // Country codes: the role right after the country, as CAMEO writes the primary role first.
  const role = intl || head === "IMG" ? roles[0] : ROLES.has(groups[1] ?? "") ? groups[1] : undefined;
  if (role === undefined) return intl && sector === "GOV";
  const plover = CAMEO_TO_PLOVER_SECTOR[role] ?? role;
  return plover === sector || (sector === "CVL" && plover === "OPP");
}

function matches(
  mode: ScoreMode,
  e: { source: string; target: string; code: string },
  ev: ScoredEvent,
  countryOnly = false,
): boolean {
  const s = ev.source?.actor ?? "";
  const t = ev.target?.actor ?? "";
  if (mode === "plover") {
    const want = PLOVER_LEGACY[e.code] ?? e.code;
    if ((ev.plover ?? ploverType(ev.code)) !== want) return false;
    return ploverActorMatches(e.source, s, countryOnly) && ploverActorMatches(e.target, t, countryOnly);
  }
  if (s !== e.source || t !== e.target) return false;
  return mode === "own" ? ev.code.slice(0, 2) === e.code.slice(0, 2) : ev.code === e.code;
}

/** PETRARCH writes a missing source or target as "---" (kept only when the record does not require a dyad). */
function withNullActors(e: ScoredEvent): ScoredEvent {
  if (e.source && e.target) return e;
  return { ...e, source: e.source ?? { actor: "---" }, target: e.target ?? { actor: "---" } };
}

export function runSuite(
  records: SuiteRecord[],
  mode: ScoreMode,
  dictRoot: string | null,
  dictOverride?: string,
  onRecord?: (record: SuiteRecord, coded: ScoredEvent[], hits: boolean[]) => void,
): SuiteReport {
  const coders = new Map<string, Coder>();
  const report: SuiteReport = {
    suite: records[0]?.suite ?? "?",
    mode,
    skippedRecords: 0,
    countryOnly: 0,
    typeOnly: 0,
    categories: {},
    total: { records: 0, expected: 0, correct: 0, missed: 0, extra: 0 },
    ms: 0,
    notes: [],
  };
  const t0 = performance.now();
  for (const r of records) {
    if (r.expected_error || r.evaluate === false) {
      report.skippedRecords++;
      continue;
    }
    const dir = dictOverride ?? (r.dictionary && dictRoot && mode === "petrarch" ? join(dictRoot, r.dictionary) : null);
    const key = dir ?? "";
    let coder = coders.get(key);
    if (!coder) {
      coder = makeCoder(dir, mode !== "petrarch");
      coders.set(key, coder);
      report.notes.push(...coder.notes);
    }
    // PETRARCH requires a dyad unless the record's config says require_dyad=false, where a missing actor is
    // written "---"; PLOVER records may expect a source alone, or a target alone when the agent is unknown
    // ("three civilians have been killed").
    const oneSided = mode === "plover" || (coder.nullActors && r.config?.require_dyad === "false");
    const evs = coder
      // The GSR's dates (all 2000-01-01) are placeholders, not the stories' dates: code them undated, so that
      // people get their latest office rather than the one they held (or not) on 1 January 2000.
      .code(r.text, mode === "plover" ? null : r.date)
      .filter((e) => !e.negated && (oneSided ? e.source || e.target : e.source && e.target))
      .map((e) => (mode === "plover" ? e : withNullActors(e)));
    // One coded event per distinct (source, target, code), as the PETRARCH validators deduplicate.
    const uniq = [...new Map(evs.map((e) => [`${e.source?.actor}|${e.target?.actor}|${e.code}`, e])).values()];
    const cat = report.categories[r.category] ?? { records: 0, expected: 0, correct: 0, missed: 0, extra: 0 };
    report.categories[r.category] = cat;
    cat.records++;
    const used = new Set<number>();
    const hits: boolean[] = [];
    for (const e of r.expected) {
      cat.expected++;
      if (mode === "plover") {
        if (uniq.some((ev) => matches(mode, e, ev, true))) report.countryOnly++;
        if (uniq.some((ev) => matches(mode, { source: "", target: "", code: e.code }, ev))) report.typeOnly++;
      }
      const k = uniq.findIndex((ev, n) => !used.has(n) && matches(mode, e, ev));
      if (k >= 0) used.add(k);
      // Reciprocal/compound expansions may already be used by a sibling expectation.
      const hit = k >= 0 || uniq.some((ev) => matches(mode, e, ev));
      hits.push(hit);
      if (hit) cat.correct++;
      else cat.missed++;
    }
    onRecord?.(r, uniq, hits);
    cat.extra += uniq.filter((ev, n) => !used.has(n) && !r.expected.some((e) => matches(mode, e, ev))).length;
  }
  report.ms = performance.now() - t0;
  for (const c of Object.values(report.categories)) {
    for (const k of ["records", "expected", "correct", "missed", "extra"] as const) report.total[k] += c[k];
  }
  return report;
}

const pct = (a: number, b: number) => (b === 0 ? 0 : Math.round((1000 * a) / b) / 10);

export function formatReport(r: SuiteReport): string {
  const rows = Object.entries(r.categories).sort(([a], [b]) => a.localeCompare(b));
  const lines = [
    `${r.suite} (${r.mode}): ${r.total.correct}/${r.total.expected} expected events found (${pct(r.total.correct, r.total.expected)}%), ${r.total.extra} extra, ${r.skippedRecords} records skipped (expected errors / evaluate=false), ${Math.round(r.ms)} ms`,
    "| category | records | expected | correct | missed | extra | recall % |",
    "|---|---|---|---|---|---|---|",
  ];
  if (r.mode === "plover") {
    lines.unshift(
      `  with actor countries only (sector ignored): ${r.countryOnly}/${r.total.expected} (${pct(r.countryOnly, r.total.expected)}%); type coded in the record, actors ignored: ${r.typeOnly}/${r.total.expected} (${pct(r.typeOnly, r.total.expected)}%)`,
    );
    lines.unshift(lines.splice(1, 1)[0] as string);
  }
  for (const [name, c] of [...rows, ["TOTAL", r.total] as const]) {
    lines.push(
      `| ${name} | ${c.records} | ${c.expected} | ${c.correct} | ${c.missed} | ${c.extra} | ${pct(c.correct, c.expected)} |`,
    );
  }
  return lines.join("\n");
}

const SUITES: [string, ScoreMode][] = [
  ["petrarch-unittest.jsonl", "petrarch"],
  ["ud-petrarch-validate-2_02.jsonl", "petrarch"],
  ["plover-gsr-cameo.jsonl", "plover"],
];

export const evaluatePetrarch: Evaluator = async (ctx: EvalContext): Promise<EvalResult> => {
  const title = "Events: PETRARCH peer suites and PLOVER GSR";
  const dir = join(ctx.shared, "peer-suites");
  const present = SUITES.filter(([f]) => existsSync(join(dir, f)));
  if (present.length === 0) return { ok: false, title, skipped: `no peer suites under ${dir}` };
  const parts: string[] = [
    "Each record is coded by document → actors → attribution → events. PETRARCH suites use the record's own actor, agent and verb dictionaries (verb patterns read by src/events/petrarch-dict.ts and coded by the PETRARCH-style coder src/events/petrarch-coder.ts) and need exact (source, target, code) triples; the PLOVER GSR uses Dyad's own actors and lexicon and compares the PLOVER type (CAMEO→PLOVER) with actors on country+sector. Negated events are not counted. See docs/events.md.",
  ];
  const headline: Record<string, number> = {};
  for (const [f, mode] of present) {
    const rep = runSuite(loadSuite(join(dir, f)), mode, join(dir, "dictionaries"));
    parts.push(`### ${f}\n\n${formatReport(rep)}`);
    headline[`${f.replace(/\.jsonl$/, "")} recall`] = pct(rep.total.correct, rep.total.expected);
  }
  return { ok: true, section: { title, markdown: parts.join("\n\n"), headline } };
};
