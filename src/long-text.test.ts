import { describe, expect, it } from "vitest";
import type { CodedArticle, Span } from "./contract.js";
import type { Article } from "./ingest/types.js";
import { codeInPieces, pieceBounds } from "./long-text.js";
import { createPipeline } from "./pipeline.js";

describe("pieceBounds", () => {
  it("covers the text without gaps and cuts after blank lines when it can", () => {
    const text = ["Alpha beta gamma.", "Delta epsilon zeta.", "Eta theta iota.", "Kappa lambda mu."].join("\n\n");
    const bounds = pieceBounds(text, 40);
    expect(bounds[0]?.[0]).toBe(0);
    expect(bounds.at(-1)?.[1]).toBe(text.length);
    for (let i = 1; i < bounds.length; i++) expect(bounds[i]?.[0]).toBe(bounds[i - 1]?.[1]);
    for (const [start, end] of bounds) expect(end - start).toBeLessThanOrEqual(40);
    for (const [start] of bounds.slice(1)) expect(text.slice(start - 2, start)).toBe("\n\n");
  });
  it("falls back to spaces, and never splits a surrogate pair", () => {
    const words = "word ".repeat(30);
    for (const [start, end] of pieceBounds(words, 23)) expect(words.slice(start, end).startsWith(" ")).toBe(false);
    const emoji = "😀".repeat(50);
    for (const [start] of pieceBounds(emoji, 11)) expect(emoji.charCodeAt(start)).not.toBe(0xde00);
  });
  it("leaves a short text whole", () => {
    expect(pieceBounds("Short.", 100)).toEqual([[0, 6]]);
  });
});

/** Every span of the output, for checking that each one is evidence in the whole text. */
function spans(coded: CodedArticle): Span[] {
  const out: Span[] = [];
  for (const e of coded.entities) out.push(...e.mentions);
  for (const q of coded.quotes) out.push(...q.content, ...[q.speaker, q.cue, q.cue_phrase].filter((s) => s != null));
  for (const a of coded.attributions) out.push(a.cue, ...a.content, ...(a.source ? [a.source] : []));
  for (const e of coded.events) out.push(e.trigger, ...[e.source, e.target].filter((s) => s !== null));
  return out;
}

describe("codeInPieces", () => {
  const pipeline = createPipeline();
  const paragraph = (n: number) =>
    `Gondor sent aid to Rohan on Monday, officials in Minas Tirith said. Report ${n} said the aid arrived.`;
  const text = Array.from({ length: 8 }, (_, i) => paragraph(i)).join("\n\n");
  const article: Article = { id: "long", title: null, date: "2024-05-01", source: null, url: null, text };
  const whole = pipeline.code(article);
  const pieced = codeInPieces(article, (piece) => pipeline.code(piece), 250);

  it("keeps every span evidence in the whole text", () => {
    expect(pieceBounds(text, 250).length).toBeGreaterThan(3);
    const all = spans(pieced);
    expect(all.length).toBeGreaterThan(20);
    for (const s of all) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it("finds what coding the whole text finds", () => {
    const key = (e: CodedArticle["events"][number]) => `${e.code}@${e.trigger.start}`;
    expect(pieced.events.map(key)).toEqual(whole.events.map(key));
    expect(pieced.sentences).toEqual(whole.sentences);
    for (const e of pieced.events) {
      const s = pieced.sentences[e.sentence];
      expect(s && e.trigger.start >= s.start && e.trigger.end <= s.end).toBe(true);
    }
  });
  it("makes one entity of a name met in several pieces, with unique ids every reference resolves to", () => {
    const gondor = pieced.entities.filter((e) => e.name === "Gondor");
    expect(gondor).toHaveLength(1);
    expect(gondor[0]?.mentions.length).toBe(whole.entities.find((e) => e.name === "Gondor")?.mentions.length);
    const ids = new Set(pieced.entities.map((e) => e.id));
    expect(ids.size).toBe(pieced.entities.length);
    const refs = [
      ...pieced.events.flatMap((e) => [e.source?.entity, e.target?.entity, ...e.asserted_by]),
      ...pieced.quotes.map((q) => q.speaker?.entity),
      ...pieced.attributions.map((a) => a.source?.entity),
    ].filter((id): id is string => typeof id === "string");
    expect(refs.length).toBeGreaterThan(0);
    for (const id of refs) expect(ids.has(id)).toBe(true);
    for (const [list, prefix] of [
      [pieced.events, "ev"],
      [pieced.quotes, "q"],
      [pieced.attributions, "a"],
    ] as const)
      expect(list.map((x) => x.id)).toEqual(list.map((_, i) => `${prefix}${i + 1}`));
  });
});
