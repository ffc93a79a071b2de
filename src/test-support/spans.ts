/** Every span of a coded article with a label saying where it sits, for the span invariant checks in tests. */
import type { CodedArticle, Span } from "../contract.js";

export function collectSpans(coded: CodedArticle): { where: string; span: Span }[] {
  const out: { where: string; span: Span }[] = [];
  const add = (where: string, span: Span | null | undefined) => {
    if (span) out.push({ where, span });
  };
  for (const e of coded.entities)
    e.mentions.forEach((m, i) => {
      add(`${e.id}.mentions[${i}]`, m);
    });
  for (const q of coded.quotes) {
    add(`${q.id}.speaker`, q.speaker);
    add(`${q.id}.cue`, q.cue);
    q.content.forEach((c, i) => {
      add(`${q.id}.content[${i}]`, c);
    });
  }
  for (const a of coded.attributions) {
    add(`${a.id}.source`, a.source);
    add(`${a.id}.cue`, a.cue);
    a.content.forEach((c, i) => {
      add(`${a.id}.content[${i}]`, c);
    });
  }
  for (const ev of coded.events) {
    add(`${ev.id}.source`, ev.source);
    add(`${ev.id}.target`, ev.target);
    add(`${ev.id}.trigger`, ev.trigger);
  }
  return out;
}

/** Spans whose text is not exactly `text.slice(start, end)`, as readable lines (empty when all hold). */
export function brokenSpans(coded: CodedArticle): string[] {
  return collectSpans(coded)
    .filter(
      ({ span }) =>
        span.start < 0 ||
        span.end > coded.text.length ||
        span.start > span.end ||
        coded.text.slice(span.start, span.end) !== span.text,
    )
    .map(
      ({ where, span }) =>
        `${where}: [${span.start}, ${span.end}) "${span.text}" ≠ "${coded.text.slice(span.start, span.end)}"`,
    );
}
