/**
 * Property-based tests (issue 15, fast-check): whatever bytes, strings or markup come in, the readers never throw,
 * every problem names its input with a catalogued code, and every coded article keeps every span valid and
 * validates against the output schema. Run counts stay modest so `npm test` stays fast; a failure prints the
 * shrunk counterexample and its seed, to replay with fc.assert(…, { seed, path }).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { ErrorCodes } from "../src/errors.js";
import { REPO_ROOT } from "../src/eval/shared.js";
import { extractHtml, streamText } from "../src/ingest/html.js";
import { type IngestItem, parseInput } from "../src/ingest/index.js";
import { capNesting } from "../src/ingest/nesting.js";
import { createPipeline } from "../src/pipeline.js";
import { brokenSpans } from "../src/test-support/spans.js";

const schema = JSON.parse(readFileSync(join(REPO_ROOT, "schema", "coded-article.schema.json"), "utf8"));
const validate = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true }).compile(schema);
const pipeline = createPipeline();

/** Multiplies every run count: DYAD_PROPERTY_RUNS=20 npm test -- test/properties.test.ts for a longer search. */
const SCALE = Math.max(1, Number(process.env.DYAD_PROPERTY_RUNS ?? 1));
const runs = (n: number) => ({ numRuns: n * SCALE });

const NAMES = ["a.txt", "a.html", "a.htm", "a.xml", "a.rss", "a.jsonl", "noext", "a.md"];

/** Every item is a well-formed article or a problem that names the input with a catalogued code. */
function checkItems(items: IngestItem[], name: string): void {
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    if (item.kind === "problem") {
      expect(item.problem.location.input).toBe(name);
      expect(Object.keys(ErrorCodes)).toContain(item.problem.code);
      expect(item.problem.message.length).toBeGreaterThan(0);
    } else {
      expect(typeof item.article.text).toBe("string");
      expect(item.article.text.trim()).not.toBe("");
      expect(typeof item.article.id).toBe("string");
    }
  }
}

// Markup made of the pieces hostile pages are made of: deep or unclosed tags, raw-text elements, comments,
// quotes in attributes, entities, stray "<" and ">", foreign content.
const TAG = fc.constantFrom(
  "div",
  "p",
  "span",
  "b",
  "li",
  "ul",
  "table",
  "tr",
  "td",
  "article",
  "nav",
  "script",
  "style",
  "svg",
  "title",
  "br",
  "img",
  "meta",
);
const PIECE = fc.oneof(
  TAG.map((t) => `<${t}>`),
  TAG.map((t) => `</${t}>`),
  TAG.map((t) => `<${t}/>`),
  fc.constantFrom(
    '<a href="x>y">',
    "<!-- c -->",
    "<!--",
    "<!doctype html>",
    "&amp;",
    "&nbsp;",
    "&#x1F600;",
    "<",
    ">",
    "\n",
    '<meta charset="windows-1252">',
    "<?xml version='1.0'?>",
  ),
  fc.constantFrom("The minister said", " talks resumed.", "“We agree,” Brell said.", "Россия", "🇨🇭", " "),
  fc.string({ maxLength: 12 }),
);
const MARKUP = fc.array(PIECE, { maxLength: 60 }).map((parts) => parts.join(""));

// Text for the pipeline: words and punctuation that trigger every stage (names, cues, quotes, event verbs), in
// arbitrary order, with arbitrary characters mixed in.
const WORD = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      "China",
      "Russia",
      "Putin",
      "Xi",
      "the",
      "two",
      "leaders",
      "minister",
      "said",
      "told",
      "reporters",
      "that",
      "met",
      "attacked",
      "condemned",
      "may",
      "not",
      "would",
      "according",
      "to",
      "Reuters",
      "in",
      "Beijing",
      "on",
      "Monday",
      "and",
      "police",
      "officials",
      "denied",
      "telling",
      "the BBC",
      "War",
      "of",
      "Treaty",
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ",",
      ".",
      '"',
      "“",
      "”",
      "'",
      ":",
      ";",
      "-",
      "—",
      "(",
      ")",
      "?",
      "!",
      "\n",
      "\n\n",
      "  ",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: "binary" }) },
);
const TEXT = fc.array(WORD, { minLength: 1, maxLength: 80 }).map((w) => w.join(" "));

describe("readers never crash (fast-check)", () => {
  it("arbitrary bytes under any name: items or named problems, never a throw", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(...NAMES), (bytes, name) => {
        checkItems(parseInput(bytes, name), name);
      }),
      runs(300),
    );
  });

  it("arbitrary strings under any name (UTF-8 encoded)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: "binary" }), fc.constantFrom(...NAMES), (text, name) => {
        checkItems(parseInput(Buffer.from(text), name), name);
      }),
      runs(200),
    );
  });

  it("arbitrary markup: HTML and feed readers, the streaming reader and the depth cap", () => {
    fc.assert(
      fc.property(MARKUP, (html) => {
        extractHtml(html);
        streamText(html);
        checkItems(parseInput(Buffer.from(html), "p.html"), "p.html");
        checkItems(
          parseInput(
            Buffer.from(`<rss><channel><item><description>${html}</description></item></channel></rss>`),
            "f.rss",
          ),
          "f.rss",
        );
        // A cap of 3 must leave no element deeper than 3 under <html> in the DOM linkedom builds.
        const capped = capNesting(`<html><body>${html}</body></html>`, 5).html;
        const { document } = parseHTML(capped);
        const stack: [Element, number][] = [[document.documentElement as unknown as Element, 1]];
        while (stack.length > 0) {
          const [el, d] = stack.pop() as [Element, number];
          expect(d).toBeLessThanOrEqual(6);
          for (const child of Array.from(el.children ?? [])) stack.push([child, d + 1]);
        }
      }),
      runs(200),
    );
  });

  it("arbitrary JSON lines: each line an article or a problem with its line number", () => {
    const line = fc.oneof(
      fc.json(),
      fc
        .record({ id: fc.string(), text: fc.string(), url: fc.option(fc.string()), date: fc.option(fc.string()) })
        .map((r) => JSON.stringify(r)),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const items = parseInput(Buffer.from(lines.join("\n")), "c.jsonl");
        checkItems(items, "c.jsonl");
      }),
      runs(200),
    );
  });
});

describe("the whole pipeline (fast-check)", () => {
  // Found by the properties below: a text ending in a word that looks at the next token.
  it.each(["that", "the two", "Officials said that", "both"])("codes %j (a look past the last token)", (text) => {
    const coded = pipeline.code({ id: "e", title: null, date: null, source: null, url: null, text });
    expect(brokenSpans(coded)).toEqual([]);
  });

  it("arbitrary text: never throws, every span valid, output validates against the schema", () => {
    fc.assert(
      fc.property(TEXT, fc.option(fc.constantFrom("2025-03-14", "1999-12-31", "2031-01-01")), (text, date) => {
        const coded = pipeline.code({ id: "p", title: null, date, source: null, url: null, text });
        expect(brokenSpans(coded)).toEqual([]);
        expect(validate(coded) ? [] : validate.errors).toEqual([]);
      }),
      runs(150),
    );
  });

  it("arbitrary markup read as HTML and then coded: spans valid, schema holds", () => {
    fc.assert(
      fc.property(MARKUP, (html) => {
        for (const item of parseInput(Buffer.from(html), "page.html")) {
          if (item.kind !== "article") continue;
          const coded = pipeline.code(item.article);
          expect(brokenSpans(coded)).toEqual([]);
          expect(validate(coded) ? [] : validate.errors).toEqual([]);
        }
      }),
      runs(100),
    );
  });
});
