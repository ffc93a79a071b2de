/**
 * Scores the pipeline against the hand-made reading of the seed article (examples/seed-xi-putin.gold.json in the
 * shared folder). Matching rules (also in docs/accuracy.md):
 *  - entity: the output entity with the most mentions whose text is one of the gold mention strings (curly and
 *    straight apostrophes equal); "code ok" when its actor equals the gold actor or starts with an accepted prefix;
 *    mention recall = gold mention strings found inside that entity's mentions.
 *  - quote / attribution: an output quote (or attribution) whose content overlaps the first occurrence of the gold
 *    content anchor; speaker/source ok when its entity is the entity matched for the gold speaker; cue ok when the
 *    cue text equals the gold cue; type ok when equal.
 *  - event: an output event in a sentence containing the gold anchor, whose code starts with a listed root/code
 *    and whose source/target actor codes start with the gold ones (both directions required for
 *    `both_directions`, either for `either_direction`); asserter ok when `asserted_by` contains the entity matched
 *    for `attributed_to`; hedge ok when certainty is "hedged" for `hedged` items.
 *  - none: no asserted, non-negated event in the anchor sentence matching the listed codes (restricted to events
 *    whose trigger overlaps `trigger` when given) or involving a listed actor.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CodedArticle, CodedEvent, Entity, Span } from "../contract.js";
import type { Pipeline } from "../pipeline.js";
import type { EvalContext, EvalResult } from "./types.js";

interface GoldEntity {
  name: string;
  actor: string;
  kind: string;
  mentions: string[];
  accept_actor_prefix?: string[];
}
interface GoldQuote {
  id: string;
  type?: string;
  speaker?: string;
  source?: string;
  speaker_text?: string;
  cue: string;
  content: string;
  hedge?: string;
  negated?: boolean;
}
export interface GoldEvent {
  id: string;
  sentence: string;
  source: string;
  target: string;
  codes: string[];
  attributed_to?: string;
  both_directions?: boolean;
  either_direction?: boolean;
  hedged?: boolean;
}
export interface GoldNone {
  id: string;
  sentence: string;
  codes?: string[];
  actors?: string[];
  any?: boolean;
  trigger?: string;
}
export interface SeedGold {
  date: string;
  entities: GoldEntity[];
  quotes: GoldQuote[];
  attributions: GoldQuote[];
  events: GoldEvent[];
  none: GoldNone[];
}

export interface ItemResult {
  id: string;
  found: boolean;
  checks: Record<string, boolean>;
  note?: string;
}

export interface SeedScore {
  entities: ItemResult[];
  quotes: ItemResult[];
  attributions: ItemResult[];
  events: ItemResult[];
  none: ItemResult[];
}

const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'").trim();

function matchEntity(coded: CodedArticle, gold: GoldEntity): Entity | undefined {
  const wanted = new Set([gold.name, ...gold.mentions].map(norm));
  let best: Entity | undefined;
  let bestCount = 0;
  for (const e of coded.entities) {
    const count = e.mentions.filter((m) => wanted.has(norm(m.text))).length + (wanted.has(norm(e.name)) ? 1 : 0);
    if (count > bestCount) {
      best = e;
      bestCount = count;
    }
  }
  return best;
}

function actorOk(actor: string | null, gold: GoldEntity): boolean {
  if (actor === null) return false;
  if (actor === gold.actor) return true;
  return (gold.accept_actor_prefix ?? []).some((p) => actor.startsWith(p));
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function anchorSpan(text: string, anchor: string): Span | null {
  let at = text.indexOf(anchor);
  if (at < 0) at = norm(text).indexOf(norm(anchor));
  return at < 0 ? null : { start: at, end: at + anchor.length, text: anchor };
}

function scoreEntities(coded: CodedArticle, gold: SeedGold): ItemResult[] {
  return gold.entities.map((g) => {
    const e = matchEntity(coded, g);
    if (!e) return { id: g.name, found: false, checks: { code: false, kind: false, mentions: false } };
    // A gold mention string counts as found when one of the entity's mentions contains it: mentions do not
    // overlap, so "Kremlin" inside "the Kremlin" is found through the longer mention.
    const have = e.mentions.map((m) => norm(m.text));
    const present = g.mentions.filter((m) => norm(coded.text).includes(norm(m)));
    const got = present.filter((m) => have.some((h) => h.includes(norm(m))));
    return {
      id: g.name,
      found: true,
      checks: { code: actorOk(e.actor, g), kind: e.kind === g.kind, mentions: got.length === present.length },
      note: `${e.actor ?? "null"}; mentions ${got.length}/${present.length}`,
    };
  });
}

function entityIdFor(coded: CodedArticle, gold: SeedGold, name: string | undefined): string | null {
  const g = gold.entities.find((x) => x.name === name);
  return g ? (matchEntity(coded, g)?.id ?? null) : null;
}

function scoreQuoteLike(coded: CodedArticle, gold: SeedGold, kind: "quotes" | "attributions"): ItemResult[] {
  const items = kind === "quotes" ? gold.quotes : gold.attributions;
  return items.map((g) => {
    const anchor = anchorSpan(coded.text, g.content);
    if (!anchor) return { id: g.id, found: false, checks: {}, note: "anchor not in text" };
    const pool = [
      ...coded.quotes.map((q) => ({
        who: q.speaker,
        cue: q.cue,
        content: q.content,
        type: q.type,
        c: q.certainty,
        n: q.negated,
      })),
      ...coded.attributions.map((a) => ({
        who: a.source,
        cue: a.cue,
        content: a.content,
        type: undefined,
        c: a.certainty,
        n: a.negated,
      })),
    ];
    const primary = kind === "quotes" ? pool.slice(0, coded.quotes.length) : pool.slice(coded.quotes.length);
    const candidates = [
      ...primary,
      ...(kind === "quotes" ? pool.slice(coded.quotes.length) : pool.slice(0, coded.quotes.length)),
    ];
    const wantWho = entityIdFor(coded, gold, g.speaker ?? g.source);
    const matches = candidates.filter((q) => q.content.some((s) => overlaps(s, anchor)));
    const best =
      matches.find((q) => q.who?.entity === wantWho && wantWho !== null && norm(q.cue?.text ?? "") === norm(g.cue)) ??
      matches.find((q) => q.who?.entity === wantWho && wantWho !== null) ??
      matches[0];
    if (!best) return { id: g.id, found: false, checks: {} };
    const checks: Record<string, boolean> = {
      speaker: wantWho !== null && best.who?.entity === wantWho,
      cue: norm(best.cue?.text ?? "") === norm(g.cue),
    };
    if (g.type && kind === "quotes") checks.type = best.type === g.type;
    if (g.hedge) checks.hedged = best.c === "hedged";
    if (g.negated) checks.negated = best.n;
    return { id: g.id, found: true, checks, note: `${best.who?.text ?? "-"} / ${best.cue?.text ?? "-"}` };
  });
}

function sentenceIndexes(coded: CodedArticle, anchor: string): number[] {
  const at = anchorSpan(coded.text, anchor);
  if (!at) return [];
  return coded.sentences.flatMap((s, i) => (overlaps(s, at) ? [i] : []));
}

const codeOk = (e: CodedEvent, codes: string[]) => codes.some((c) => e.code.startsWith(c));
const actorStarts = (ref: CodedEvent["source"], prefix: string) => (ref?.actor ?? "").startsWith(prefix);

function scoreEvents(coded: CodedArticle, gold: SeedGold): ItemResult[] {
  return gold.events.map((g) => {
    const sents = new Set(sentenceIndexes(coded, g.sentence));
    const inSentence = coded.events.filter((e) => sents.has(e.sentence) && codeOk(e, g.codes));
    const forward = inSentence.filter((e) => actorStarts(e.source, g.source) && actorStarts(e.target, g.target));
    const backward = inSentence.filter((e) => actorStarts(e.source, g.target) && actorStarts(e.target, g.source));
    const dyadOk = g.both_directions
      ? forward.length > 0 && backward.length > 0
      : g.either_direction
        ? forward.length + backward.length > 0
        : forward.length > 0;
    const chosen = [...forward, ...backward];
    const checks: Record<string, boolean> = { dyad: dyadOk };
    if (g.attributed_to) {
      const id = entityIdFor(coded, gold, g.attributed_to);
      checks.asserter = id !== null && chosen.some((e) => e.asserted_by.includes(id));
    }
    if (g.hedged) checks.hedged = chosen.some((e) => e.certainty === "hedged");
    const note = chosen[0]
      ? `${chosen[0].source?.actor}→${chosen[0].target?.actor} ${chosen[0].code} ${chosen[0].rule}`
      : undefined;
    return { id: g.id, found: inSentence.length > 0, checks, ...(note ? { note } : {}) };
  });
}

function scoreNone(coded: CodedArticle, gold: SeedGold): ItemResult[] {
  return gold.none.map((g) => {
    const sents = new Set(sentenceIndexes(coded, g.sentence));
    const trigger = g.trigger ? anchorSpan(coded.text, g.trigger) : null;
    const offending = coded.events.filter((e) => {
      if (!sents.has(e.sentence) || e.certainty !== "asserted" || e.negated) return false;
      if (trigger && !overlaps(e.trigger, trigger)) return false;
      if (g.any) return true;
      const byCode = g.codes ? codeOk(e, g.codes) : false;
      const byActor = (g.actors ?? []).some((a) => actorStarts(e.source, a) || actorStarts(e.target, a));
      return byCode || byActor;
    });
    return {
      id: g.id,
      found: true,
      checks: { absent: offending.length === 0 },
      ...(offending[0] ? { note: `emitted ${offending[0].code} ${offending[0].rule}` } : {}),
    };
  });
}

export function scoreSeed(coded: CodedArticle, gold: SeedGold): SeedScore {
  return {
    entities: scoreEntities(coded, gold),
    quotes: scoreQuoteLike(coded, gold, "quotes"),
    attributions: scoreQuoteLike(coded, gold, "attributions"),
    events: scoreEvents(coded, gold),
    none: scoreNone(coded, gold),
  };
}

/** An item passes when it was found and every check holds. */
export const passed = (r: ItemResult) => r.found && Object.values(r.checks).every(Boolean);

export function seedPaths(shared: string): { text: string; gold: string } {
  return {
    text: join(shared, "examples", "seed-xi-putin.txt"),
    gold: join(shared, "examples", "seed-xi-putin.gold.json"),
  };
}

export function codeSeed(pipeline: Pipeline, shared: string): { coded: CodedArticle; gold: SeedGold } {
  const paths = seedPaths(shared);
  const gold = JSON.parse(readFileSync(paths.gold, "utf8")) as SeedGold;
  const text = readFileSync(paths.text, "utf8");
  const coded = pipeline.code({ id: "seed-xi-putin", title: null, date: gold.date, source: null, url: null, text });
  return { coded, gold };
}

function table(name: string, rows: ItemResult[]): string {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.checks)))];
  const head = `| ${name} | found | ${keys.join(" | ")} | pass | note |\n|---|---|${keys.map(() => "---|").join("")}---|---|`;
  const mark = (b: boolean | undefined) => (b === undefined ? "" : b ? "✓" : "✗");
  const body = rows.map(
    (r) =>
      `| ${r.id} | ${mark(r.found)} | ${keys.map((k) => mark(r.checks[k])).join(" | ")} | ${mark(passed(r))} | ${(r.note ?? "").replace(/\|/g, "\\|")} |`,
  );
  return [head, ...body].join("\n");
}

export async function evaluateSeed(ctx: EvalContext): Promise<EvalResult> {
  const title = "Seed article (seed-xi-putin)";
  const paths = seedPaths(ctx.shared);
  if (!existsSync(paths.gold) || !existsSync(paths.text))
    return { ok: false, title, skipped: `${paths.gold} not found` };
  const { coded, gold } = codeSeed(ctx.pipeline, ctx.shared);
  const score = scoreSeed(coded, gold);
  const count = (rows: ItemResult[]) => rows.filter(passed).length;
  const headline = {
    "entities ok": count(score.entities),
    "quotes ok": count(score.quotes),
    "attributions ok": count(score.attributions),
    "events ok": count(score.events),
    "none ok": count(score.none),
  };
  const summary = `| part | passed | of |\n|---|---|---|\n${(
    ["entities", "quotes", "attributions", "events", "none"] as const
  )
    .map((k) => `| ${k} | ${count(score[k])} | ${score[k].length} |`)
    .join("\n")}`;
  const markdown = [
    "Each gold item passes when it is found and every check in its row holds (matching rules: `src/eval/seed.ts`).",
    summary,
    table("entity", score.entities),
    table("quote", score.quotes),
    table("attribution", score.attributions),
    table("event", score.events),
    table("must not", score.none),
  ].join("\n\n");
  return { ok: true, section: { title, markdown, headline } };
}
