/**
 * Cost linear in the article's length (issue 15): each stage is timed on an article and on one eight times as
 * long; a stage that scans the whole document once per sentence, quote or event grows about 64-fold and fails.
 * The article repeats paragraphs written for this test that exercise the constructs whose handling used to be
 * quadratic: nested attributions (frames), events inside reported content, participles after it, pair phrases
 * ("the two leaders") and capitalized event names.
 */
import { describe, expect, it } from "vitest";
import type { Article } from "../src/ingest/types.js";
import { createPipeline, emptyTimings, type StageTimings } from "../src/pipeline.js";

const PARAGRAPHS = [
  "Valdorian President Ilse Marrow met Kestrian Prime Minister Tomas Brell in Lisbon on Friday, and the two leaders agreed to reopen the border crossings, according to Reuters.",
  '"We will rebuild the bridges our grandparents built," Marrow said after the meeting, adding that trade would resume within a month.',
  "The Kestrian Foreign Ministry said Brell had expressed willingness to release the detained fishermen, the state broadcaster reported.",
  "Brell denied that Kestrian troops had shelled the village of Orsk, telling the BBC that the army had only returned fire.",
  "Veterans of the Second Northern War of Independence protested outside the parliament in Kestria, police said.",
  "Officials in the Valdorian capital said no agreement on fishing rights was signed, and the opposition accused the government of hiding the talks.",
  "The United Nations welcomed the deal, while analysts warned that it could collapse if either side broke the ceasefire.",
];

/**
 * Short sentences packed with the constructs the events and actors stages used to look up by scanning the whole
 * document: each is reported content holding an event, a pair of leaders, and a capitalized event name.
 */
const DENSE = [
  '"Valdoria attacked Kestria," Marrow said. Marrow met Brell and the two leaders praised the Great Harbour Treaty.',
  "Brell said Kestria had shelled Orsk, telling the BBC it would stop.",
];

function longArticle(chars: number, paragraphs = PARAGRAPHS): Article {
  const parts: string[] = [];
  for (let n = 0, i = 0; n < chars; i++) {
    const p = paragraphs[i % paragraphs.length] as string;
    parts.push(p);
    n += p.length + 2;
  }
  return { id: "scale", title: null, date: "2025-03-14", source: null, url: null, text: parts.join("\n\n") };
}

const STAGES = ["document", "actors", "attribution", "events"] as const;

function timed(pipeline: ReturnType<typeof createPipeline>, article: Article): StageTimings {
  const timings = emptyTimings();
  pipeline.layers(article, timings);
  return timings;
}

describe("cost grows linearly with article length", () => {
  it.each([
    ["news paragraphs", PARAGRAPHS],
    ["dense reported events, pairs and event names", DENSE],
  ])("every stage of an article 8× as long costs well under 64× (quadratic) as much: %s", (_name, paragraphs) => {
    const pipeline = createPipeline();
    const small = longArticle(128 * 1024, paragraphs);
    const large = longArticle(8 * 128 * 1024, paragraphs);
    timed(pipeline, small); // warm-up: JIT and caches
    const a = timed(pipeline, small);
    const b = timed(pipeline, small);
    const big = timed(pipeline, large);
    for (const stage of STAGES) {
      // The faster of two small runs, and never under 10 ms, so timer noise cannot fake a steep curve.
      const base = Math.max(10, Math.min(a[stage], b[stage]));
      expect(big[stage] / base, `${stage}: ${base.toFixed(0)} ms → ${big[stage].toFixed(0)} ms`).toBeLessThan(24);
    }
  });

  it("text with no sentence ends (no punctuation, no line breaks) still costs linear time in every stage", () => {
    const pipeline = createPipeline();
    const words = "officials in the capital said marrow would meet brell and talks on trade could resume soon ";
    const article = (chars: number): Article => ({
      ...longArticle(0),
      text: words.repeat(Math.ceil(chars / words.length)),
    });
    timed(pipeline, article(40 * 1024));
    const a = timed(pipeline, article(40 * 1024));
    const b = timed(pipeline, article(40 * 1024));
    const big = timed(pipeline, article(8 * 40 * 1024));
    for (const stage of STAGES) {
      const base = Math.max(10, Math.min(a[stage], b[stage]));
      expect(big[stage] / base, `${stage}: ${base.toFixed(0)} ms → ${big[stage].toFixed(0)} ms`).toBeLessThan(24);
    }
  });

  it("codes a name mentioned 150,000 times (no call-stack overflow on one entity's mentions)", () => {
    const pipeline = createPipeline();
    const text = "Putin said talks would go on. ".repeat(150_000);
    const coded = pipeline.code({ id: "many", title: null, date: "2025-03-14", source: null, url: null, text });
    expect(coded.entities[0]?.mentions.length).toBe(150_000);
  });
});
