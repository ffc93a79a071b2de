/** Human-readable summary of a coded article for `dyad code --format pretty`. */
import type { CodedArticle, CodedEvent, EntityRef, Span } from "../contract.js";

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  accent(s: string): string;
  /** Marks the trigger inside its context: underlined in colour, bracketed in plain text so it still shows. */
  mark(s: string): string;
  quad(q: 1 | 2 | 3 | 4, s: string): string;
}

const ansi = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export const colourStyle: Style = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  accent: ansi(36, 39),
  mark: (s) => ansi(1, 22)(ansi(4, 24)(s)),
  // Verbal/material cooperation green, verbal/material conflict yellow/red, as in most event-data charts.
  quad: (q, s) => [ansi(32, 39), ansi(32, 39), ansi(33, 39), ansi(31, 39)][q - 1]?.(s) ?? s,
};

export const plainStyle: Style = {
  bold: (s) => s,
  dim: (s) => s,
  accent: (s) => s,
  mark: (s) => `[${s}]`,
  quad: (_q, s) => s,
};

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Style {
  return stream.isTTY && env.NO_COLOR === undefined ? colourStyle : plainStyle;
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

function clip(s: string, max: number): string {
  const t = oneLine(s);
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

function contentText(spans: Span[]): string {
  return spans.map((s) => s.text).join(" … ");
}

/** Quoted content in curly quotes, unless the span already carries its own quotation marks. */
function quoted(spans: Span[], max: number): string {
  const text = clip(contentText(spans), max);
  return /^["“‘'«]/.test(text) ? text : `“${text}”`;
}

function entityName(coded: CodedArticle, id: string | null | undefined): string {
  return coded.entities.find((e) => e.id === id)?.name ?? "?";
}

/** A speaker or source: the entity's name, with the words of the text when they differ ("the minister"). */
function refName(coded: CodedArticle, ref: EntityRef): string {
  const said = oneLine(ref.text);
  if (ref.entity === null) return said;
  const name = entityName(coded, ref.entity);
  return name === said ? name : `${name} ("${said}")`;
}

/** The trigger in its sentence, the trigger itself marked. */
function triggerInContext(coded: CodedArticle, e: CodedEvent, style: Style): string {
  const sentence = coded.sentences[e.sentence];
  if (!sentence) return e.trigger.text;
  const from = Math.max(sentence.start, e.trigger.start - 60);
  const to = Math.min(sentence.end, e.trigger.end + 60);
  const before = coded.text.slice(from, e.trigger.start);
  const after = coded.text.slice(e.trigger.end, to);
  return `${from > sentence.start ? "…" : ""}${oneLine(before)} ${style.mark(e.trigger.text)} ${oneLine(after)}${to < sentence.end ? "…" : ""}`;
}

function eventLine(coded: CodedArticle, e: CodedEvent, style: Style): string[] {
  const who = `${e.source?.actor ?? "---"} → ${e.target?.actor ?? "---"}`;
  const gold = e.goldstein === null ? "" : ` (Goldstein ${e.goldstein.toFixed(1)})`;
  const by =
    e.asserted_by.length > 0
      ? ` [${e.certainty} by ${e.asserted_by.map((id) => entityName(coded, id)).join(" ← ")}]`
      : e.certainty !== "asserted"
        ? ` [${e.certainty}]`
        : "";
  const neg = e.negated ? " [negated]" : "";
  return [
    `  ${style.quad(e.quad, `${who} ${e.code}`)} ${e.name}${gold}${by}${neg}`,
    `      ${style.dim(clip(triggerInContext(coded, e, style), 160))}  ${style.dim(`(${e.rule})`)}`,
  ];
}

export function renderPretty(coded: CodedArticle, style: Style): string {
  const a = coded.article;
  const out: string[] = [];
  out.push(style.bold(a.title ?? a.id));
  out.push(style.dim([a.id, a.date, a.source, a.url].filter(Boolean).join(" · ")));
  out.push("", style.accent(`Entities (${coded.entities.length})`));
  for (const e of coded.entities) {
    const forms = [...new Set(e.mentions.map((m) => oneLine(m.text)))].slice(0, 5).join(", ");
    out.push(`  ${(e.actor ?? "-").padEnd(10)} ${e.name} ${style.dim(`(${e.kind}; ${e.mentions.length}× ${forms})`)}`);
  }
  out.push("", style.accent(`Quotes (${coded.quotes.length})`));
  for (const q of coded.quotes) {
    const speaker = q.speaker ? refName(coded, q.speaker) : "(no speaker)";
    const flags = [q.cue?.text, q.type, q.certainty, q.negated ? "negated" : ""].filter(Boolean).join(", ");
    out.push(`  ${speaker} → ${quoted(q.content, 140)} ${style.dim(`[${flags}]`)}`);
  }
  out.push("", style.accent(`Attributions (${coded.attributions.length})`));
  for (const at of coded.attributions) {
    const source = at.source ? refName(coded, at.source) : "(no source)";
    const flags = [at.cue.text, at.certainty, at.negated ? "negated" : ""].filter(Boolean).join(", ");
    out.push(`  ${source} → ${clip(contentText(at.content), 140)} ${style.dim(`[${flags}]`)}`);
  }
  out.push("", style.accent(`Events (${coded.events.length})`));
  for (const e of coded.events) out.push(...eventLine(coded, e, style));
  return `${out.join("\n")}\n`;
}
