/**
 * PETRARCH-family peer suites (/work/shared/peer-suites/*.jsonl): runs each record through document → actors →
 * attribution → events and scores coded (source, target, code) triples per category as correct / missed /
 * extra. Used by `dyad validate` and by `npm run eval` (evaluatePetrarch). Scoring modes (docs/events.md):
 *   petrarch  record's own actor/agent and verb dictionaries, coded by petrarch-coder.ts; exact triple match
 *   own       Dyad's own actors and lexicon; exact actors, same 2-digit root (the suites' codes are partly WEIS)
 *   plover    Dyad's own data; PLOVER type via CAMEO→PLOVER and actors compared on country+sector
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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
  /**
   * PLOVER mode, a side figure beside the headline: scoring with the events that the dyad gate (src/events/gate.ts)
   * keeps out of the output added back when one side is coded ("three civilians were killed" expects a target
   * alone). Real output keeps the gate; this only shows what the gate costs on the GSR.
   */
  oneSided: { correct: number; extra: number };
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
  /** Failed the dyad gate (Dyad's own coder): scored only in the one-sided side figure. */
  unpaired?: boolean;
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
      const layer = events.run(doc, a, at, { date });
      return [...layer.events, ...(layer.unpaired ?? []).map((e) => ({ ...e, unpaired: true }))];
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

interface RecordScore {
  hits: boolean[];
  extra: number;
  countryOnly: number;
  typeOnly: number;
}

/** Scores one record's coded events (deduplicated) against its expected events. */
function scoreRecord(mode: ScoreMode, expected: SuiteRecord["expected"], uniq: ScoredEvent[]): RecordScore {
  const out: RecordScore = { hits: [], extra: 0, countryOnly: 0, typeOnly: 0 };
  const used = new Set<number>();
  for (const e of expected) {
    if (mode === "plover") {
      if (uniq.some((ev) => matches(mode, e, ev, true))) out.countryOnly++;
      if (uniq.some((ev) => matches(mode, { source: "", target: "", code: e.code }, ev))) out.typeOnly++;
    }
    const k = uniq.findIndex((ev, n) => !used.has(n) && matches(mode, e, ev));
    if (k >= 0) used.add(k);
    // Reciprocal/compound expansions may already be used by a sibling expectation.
    out.hits.push(k >= 0 || uniq.some((ev) => matches(mode, e, ev)));
  }
  out.extra = uniq.filter((ev, n) => !used.has(n) && !expected.some((e) => matches(mode, e, ev))).length;
  return out;
}

/** One coded event per distinct (source, target, code), as the PETRARCH validators deduplicate. */
function dedupe(evs: ScoredEvent[]): ScoredEvent[] {
  return [...new Map(evs.map((e) => [`${e.source?.actor}|${e.target?.actor}|${e.code}`, e])).values()];
}

export function runSuite(
  records: SuiteRecord[],
  mode: ScoreMode,
  dictRoot: string | null,
  dictOverride?: string,
  /** Called per scored record with its coded events (events the dyad gate left out marked `unpaired`). */
  onRecord?: (record: SuiteRecord, coded: ScoredEvent[], hits: boolean[]) => void,
): SuiteReport {
  const coders = new Map<string, Coder>();
  const report: SuiteReport = {
    suite: records[0]?.suite ?? "?",
    mode,
    skippedRecords: 0,
    countryOnly: 0,
    typeOnly: 0,
    oneSided: { correct: 0, extra: 0 },
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
    const all = coder
      // The GSR's dates (all 2000-01-01) are placeholders, not the stories' dates: code them undated, so that
      // people get their latest office rather than the one they held (or not) on 1 January 2000.
      .code(r.text, mode === "plover" ? null : r.date)
      .filter((e) => !e.negated && (oneSided ? e.source || e.target : e.source && e.target))
      .map((e) => (mode === "plover" ? e : withNullActors(e)));
    const uniq = dedupe(all.filter((e) => !e.unpaired));
    const cat = report.categories[r.category] ?? { records: 0, expected: 0, correct: 0, missed: 0, extra: 0 };
    report.categories[r.category] = cat;
    cat.records++;
    const score = scoreRecord(mode, r.expected, uniq);
    cat.expected += r.expected.length;
    cat.correct += score.hits.filter(Boolean).length;
    cat.missed += score.hits.filter((h) => !h).length;
    cat.extra += score.extra;
    report.countryOnly += score.countryOnly;
    report.typeOnly += score.typeOnly;
    if (mode === "plover") {
      const side = scoreRecord(mode, r.expected, dedupe(all.filter((e) => e.source?.actor || e.target?.actor)));
      report.oneSided.correct += side.hits.filter(Boolean).length;
      report.oneSided.extra += side.extra;
    }
    onRecord?.(r, dedupe(all), score.hits);
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
      `  one-sided events too (dyad gate off for scoring only): ${r.oneSided.correct}/${r.total.expected} (${pct(r.oneSided.correct, r.total.expected)}%), ${r.oneSided.extra} extra`,
    );
    lines.unshift(
      `  with actor countries only (sector ignored): ${r.countryOnly}/${r.total.expected} (${pct(r.countryOnly, r.total.expected)}%); type coded in the record, actors ignored: ${r.typeOnly}/${r.total.expected} (${pct(r.typeOnly, r.total.expected)}%)`,
    );
    lines.unshift(lines.splice(2, 1)[0] as string);
  }
  for (const [name, c] of [...rows, ["TOTAL", r.total] as const]) {
    lines.push(
      `| ${name} | ${c.records} | ${c.expected} | ${c.correct} | ${c.missed} | ${c.extra} | ${pct(c.correct, c.expected)} |`,
    );
  }
  return lines.join("\n");
}

/**
 * Debug dump, off by default: with DYAD_EVAL_MISSES=FILE, `eval --only petrarch` appends one JSON line per record
 * with a missed expected event: the sentence, the missed (source, target, code) triples and what was coded
 * (code, PLOVER type, actors, trigger; `unpaired` for events the dyad gate keeps out of the output).
 */
function missWriter(path: string): (r: SuiteRecord, coded: ScoredEvent[], hits: boolean[]) => void {
  return (r, coded, hits) => {
    const missed = r.expected.filter((_, i) => !hits[i]);
    if (missed.length === 0) return;
    const got = coded.map((e) => ({
      code: e.code,
      plover: e.plover ?? ploverType(e.code),
      source: e.source?.actor ?? null,
      target: e.target?.actor ?? null,
      trigger: e.trigger?.text ?? null,
      ...(e.unpaired ? { unpaired: true } : {}),
    }));
    const line = { suite: r.suite, id: r.id, category: r.category, text: r.text, missed, coded: got };
    appendFileSync(path, `${JSON.stringify(line)}\n`);
  };
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
  const dump = process.env.DYAD_EVAL_MISSES;
  if (dump) writeFileSync(dump, "");
  for (const [f, mode] of present) {
    const rep = runSuite(
      loadSuite(join(dir, f)),
      mode,
      join(dir, "dictionaries"),
      undefined,
      dump ? missWriter(dump) : undefined,
    );
    parts.push(`### ${f}\n\n${formatReport(rep)}`);
    headline[`${f.replace(/\.jsonl$/, "")} recall`] = pct(rep.total.correct, rep.total.expected);
  }
  return { ok: true, section: { title, markdown: parts.join("\n\n"), headline } };
};
