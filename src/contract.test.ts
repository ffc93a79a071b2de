import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./eval/shared.js";
import { readInputs } from "./ingest/index.js";
import { createPipeline } from "./pipeline.js";
import { brokenSpans, collectSpans } from "./test-support/spans.js";

const schema = JSON.parse(readFileSync(join(REPO_ROOT, "schema", "coded-article.schema.json"), "utf8"));
const validate = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true }).compile(schema);
const pipeline = createPipeline();

const fixtures: [string, string, string | null][] = [
  ["the project's example article", readFileSync(join(REPO_ROOT, "examples", "summit.txt"), "utf8"), "2025-06-10"],
  [
    "curly quotes, emoji and astral characters",
    "Talks in Geneva 🇨🇭\nThe Swiss foreign minister said “we will host both sides” on Monday. 𝒜 Russian troops shelled Kharkiv, Ukraine’s army said.",
    "2024-03-01",
  ],
  ["no date, one line", "Protesters marched in Nairobi.", null],
  ["empty text", "", null],
];

describe("output contract", () => {
  it.each(fixtures)("%s validates against the JSON Schema", (_name, text, date) => {
    const coded = pipeline.code({ id: "fixture", title: null, date, source: null, url: null, text });
    const ok = validate(coded);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(fixtures)("%s: every span is text.slice(start, end)", (_name, text, date) => {
    const coded = pipeline.code({ id: "fixture", title: null, date, source: null, url: null, text });
    expect(brokenSpans(coded)).toEqual([]);
  });

  it("every article ingested from the fixture files (text, HTML, RSS, Atom, JSONL) validates, spans intact", async () => {
    let count = 0;
    for await (const item of readInputs([join(REPO_ROOT, "test", "fixtures", "ingest")])) {
      if (item.kind !== "article") continue;
      count++;
      const coded = pipeline.code(item.article);
      expect(validate(coded) ? [] : validate.errors).toEqual([]);
      expect(brokenSpans(coded)).toEqual([]);
      expect(coded.text).toBe(item.article.text);
    }
    expect(count).toBeGreaterThanOrEqual(8);
  });

  it("the example article yields entities with codes and spans to check", () => {
    const coded = pipeline.code({
      id: "summit",
      title: null,
      date: "2025-06-10",
      source: null,
      url: null,
      text: fixtures[0]?.[1] ?? "",
    });
    expect(collectSpans(coded).length).toBeGreaterThan(10);
    const codes = coded.entities.map((e) => e.actor);
    expect(codes).toContain("INDGOV");
    expect(codes).toContain("FRAGOV");
  });

  it("rejects output that breaks the contract (the schema is not vacuous)", () => {
    const coded = pipeline.code({ id: "x", title: null, date: null, source: null, url: null, text: "Talks ended." });
    expect(validate({ ...coded, events: [{ id: "v1", code: 72 }] })).toBe(false);
    expect(validate({ ...coded, article: { ...coded.article, date: "June 2025" } })).toBe(false);
    expect(validate({ ...coded, extra: true })).toBe(false);
  });

  it("detects a span whose text does not match its offsets", () => {
    const coded = pipeline.code({
      id: "x",
      title: null,
      date: null,
      source: null,
      url: null,
      text: "Russia and China met.",
    });
    const first = coded.entities[0];
    expect(first).toBeDefined();
    const tampered = { ...coded, entities: [{ ...first!, mentions: [{ ...first!.mentions[0]!, start: 1 }] }] };
    expect(brokenSpans(tampered).length).toBe(1);
  });

  it("every quote and attribution carries its whole cue phrase around the head word, as a valid span", () => {
    const text =
      "The harbor board has also said that the pier will reopen in May. Tolls will rise, according to the port authority. " +
      'Mayor Ines Dorval said in a statement: "We will not wait for the board."';
    const coded = pipeline.code({ id: "cp", title: null, date: null, source: null, url: null, text });
    expect(validate(coded) ? [] : validate.errors).toEqual([]);
    const items = [...coded.quotes, ...coded.attributions];
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const it of items) {
      const phrase = it.cue_phrase;
      expect(phrase).toBeDefined();
      if (!it.cue || !phrase) continue;
      expect(text.slice(phrase.start, phrase.end)).toBe(phrase.text);
      expect(phrase.start <= it.cue.start && it.cue.end <= phrase.end).toBe(true);
    }
    const phrases = items.map((it) => it.cue_phrase?.text);
    expect(phrases).toContain("has also said");
    expect(phrases).toContain("according to");
    expect(phrases).toContain("said in a statement:");
  });

  it("the schema checks cue_phrase like any span and still accepts articles coded before it existed", () => {
    const text = "The harbor board has also said that the pier will reopen in May.";
    const coded = pipeline.code({ id: "cp", title: null, date: null, source: null, url: null, text });
    expect(coded.quotes.length + coded.attributions.length).toBeGreaterThan(0);
    const older = {
      ...coded,
      quotes: coded.quotes.map(({ cue_phrase: _drop, ...q }) => q),
      attributions: coded.attributions.map(({ cue_phrase: _drop, ...a }) => a),
    };
    expect(validate(older) ? [] : validate.errors).toEqual([]);
    const bad = { ...coded, quotes: coded.quotes.map((q) => ({ ...q, cue_phrase: { start: "0", end: 3 } })) };
    const badAttr = {
      ...coded,
      attributions: coded.attributions.map((a) => ({ ...a, cue_phrase: null })),
    };
    expect(coded.quotes.length > 0 ? validate(bad) : false).toBe(false);
    expect(coded.attributions.length > 0 ? validate(badAttr) : validate(bad)).toBe(false);
  });
});
