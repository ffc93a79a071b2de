/**
 * Event dates: the article date unless the trigger's sentence dates the event ("in June", "last year",
 * "in 2025", "on Tuesday"). Dates without an explicit year are resolved to the latest such date not after the
 * article date, because news reports past events. Also flags historical references (anniversaries, the World
 * Wars) that must not be coded as current events.
 */
import * as chrono from "chrono-node";

/** Date words: chrono (slow) only runs around them (see dateWindows). */
// "may" and "march" are mostly a modal and a verb: only count them next to a preposition or a number.
const DATE_WORDS =
  /\b(?:jan|feb|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:in|on|since|by|early|late|mid|until)[- ](?:may|march)\b|\b(?:may|march)\s+\d|\b(?:19|20)\d{2}\b|\b(?:yesterday|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ago)\b/gi;
const BARE_YEAR = /\b(?:in|since|during|by|throughout)\s+((?:19|20)\d{2})\b/gi;

export interface SentenceDate {
  /** Offset of the date expression within the sentence text. */
  index: number;
  iso: string;
  /** Year of the expression (for the historical check). */
  year: number;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Date expressions in one sentence, resolved against the article date (null = no anchoring possible). */
export function sentenceDates(text: string, articleDate: string | null): SentenceDate[] {
  const windows = dateWindows(text);
  if (windows.length === 0) return [];
  const ref = articleDate ? new Date(`${articleDate}T12:00:00Z`) : new Date();
  const out: SentenceDate[] = [];
  for (const r of parseNearDateWords(text, windows, ref)) {
    const s = r.start;
    // Times of day alone ("at 10am") and bare weekday-less numbers say nothing about the day of the event.
    if (!s.isCertain("year") && !s.isCertain("month") && !s.isCertain("weekday") && !s.isCertain("day")) {
      if (!/last|ago|yesterday/i.test(r.text)) continue;
    }
    let d = s.date();
    if (!s.isCertain("year") && d > ref) {
      d = new Date(d);
      d.setUTCFullYear(d.getUTCFullYear() - 1);
    }
    const y = d.getUTCFullYear();
    const dayKnown = s.isCertain("day") || s.isCertain("weekday") || /yesterday|ago/i.test(r.text);
    const monthKnown = s.isCertain("month") || dayKnown;
    const value = dayKnown ? iso(d) : monthKnown ? `${iso(d).slice(0, 7)}-01` : `${y}-01-01`;
    out.push({ index: r.index, iso: value, year: y });
  }
  BARE_YEAR.lastIndex = 0;
  for (let m = BARE_YEAR.exec(text); m; m = BARE_YEAR.exec(text)) {
    const idx = m.index + m[0].length - 4;
    if (out.some((o) => Math.abs(o.index - idx) < 12)) continue;
    const y = Number(m[1]);
    out.push({ index: idx, iso: `${y}-01-01`, year: y });
  }
  return out.sort((a, b) => a.index - b.index);
}

type DateExpression = Pick<chrono.ParsedResult, "index" | "text" | "start">;

/** Characters of context kept on each side of a date word: room for "the first Tuesday of" or "5 to 7". */
const DATE_CONTEXT = 40;

/**
 * chrono parses only the stretches of the sentence around its date words, not the whole sentence: chrono runs
 * dozens of parsers over every character it is given, and most of a news sentence holds no date. Each stretch
 * is widened to whole words so that no expression is cut; the results' indices are moved back into the sentence.
 */
function parseNearDateWords(text: string, windows: [number, number][], ref: Date): DateExpression[] {
  const results: DateExpression[] = [];
  for (const [from, to] of windows) {
    for (const r of chrono.parse(text.slice(from, to), ref, { forwardDate: false })) {
      results.push({ index: r.index + from, text: r.text, start: r.start });
    }
  }
  return results;
}

function dateWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  DATE_WORDS.lastIndex = 0;
  for (let m = DATE_WORDS.exec(text); m; m = DATE_WORDS.exec(text)) {
    let from = Math.max(0, m.index - DATE_CONTEXT);
    let to = Math.min(text.length, m.index + m[0].length + DATE_CONTEXT);
    while (from > 0 && !/\s/.test(text[from - 1] as string)) from--;
    while (to < text.length && !/\s/.test(text[to] as string)) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** Lemmas that mark a historical reference when they precede the trigger in its sentence. */
export const HISTORICAL_CUES: ReadonlySet<string> = new Set([
  "anniversary",
  "commemorate",
  "commemoration",
  "commemorating",
  "nazi",
  "fascist",
  "anti-fascist",
  "wwii",
  "wwi",
  "memorial",
  "centenary",
  "historically",
]);
