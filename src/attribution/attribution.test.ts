import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createActorStage } from "../actors/index.js";
import type { CodedArticle, Quote } from "../contract.js";
import { codeSeed, passed, scoreSeed } from "../eval/seed.js";
import type { Article } from "../ingest/types.js";
import { buildDocument } from "../nlp/document.js";
import type { Pipeline, PipelineLayers } from "../pipeline.js";
import { createAttributionStage } from "./index.js";

const SHARED = process.env.DYAD_SHARED ?? fileURLToPath(new URL("../../../shared/", import.meta.url));

/**
 * Document → actors → attribution only: these tests must not depend on the events stage, which is developed
 * separately (events are left empty).
 */
function attributionPipeline(): Pipeline {
  const actorStage = createActorStage();
  const attributionStage = createAttributionStage();
  const layers = (article: Article): PipelineLayers => {
    const { text, id, title, date, source, url } = article;
    const doc = buildDocument(text, { id, title, date, source, url });
    const actors = actorStage.run(doc, { date });
    const attribution = attributionStage.run(doc, actors);
    return { doc, actors, attribution, events: { events: [] } };
  };
  const code = (article: Article): CodedArticle => {
    const { doc, actors, attribution } = layers(article);
    const sentences = [];
    for (let s = 0; s < doc.sentences.count; s++)
      sentences.push({ start: doc.sentences.start[s] as number, end: doc.sentences.end[s] as number });
    return {
      article: { ...doc.article },
      text: doc.text,
      sentences,
      entities: [...actors.entities],
      quotes: [...attribution.quotes],
      attributions: [...attribution.attributions],
      events: [],
    };
  };
  return { versions: { attribution: attributionStage.version }, code, layers };
}

let pipeline: Pipeline;
beforeAll(() => {
  pipeline = attributionPipeline();
});

function run(text: string) {
  return pipeline.layers({ id: "t", title: null, date: null, source: null, url: null, text });
}

interface Expect {
  type?: Quote["type"];
  speaker?: string | null;
  cue?: string | null;
  /** Content pieces, in order. */
  content: string[];
  certainty?: Quote["certainty"];
  negated?: boolean;
}

/** All quotes and attributions of a text as comparable records. */
function items(text: string) {
  const { attribution } = run(text);
  return [
    ...attribution.quotes.map((q) => ({
      type: q.type,
      speaker: q.speaker?.text ?? null,
      cue: q.cue?.text ?? null,
      content: q.content.map((c) => c.text),
      certainty: q.certainty,
      negated: q.negated,
    })),
    ...attribution.attributions.map((a) => ({
      type: undefined,
      speaker: a.source?.text ?? null,
      cue: a.cue.text,
      content: a.content.map((c) => c.text),
      certainty: a.certainty,
      negated: a.negated,
    })),
  ];
}

// [layout, text, expected item (matched by its first content piece)]
const CASES: [string, string, Expect][] = [
  [
    "speaker after, straight marks",
    'Talks will resume soon. "We are ready to talk," the minister said.',
    { type: "direct", speaker: "the minister", cue: "said", content: ['"We are ready to talk,"'] },
  ],
  [
    "speaker after, curly marks, inverted",
    "\u201CThe border stays closed,\u201D said Olaf Scholz.",
    { type: "direct", speaker: "Olaf Scholz", cue: "said", content: ["\u201CThe border stays closed,\u201D"] },
  ],
  [
    "speaker before with colon",
    'Vladimir Putin said: "Our partnership is strong."',
    { type: "direct", speaker: "Vladimir Putin", cue: "said", content: ['"Our partnership is strong."'] },
  ],
  [
    "speaker inside a split quote",
    '"We are ready," he said, "and we will talk tomorrow."',
    { type: "direct", speaker: "he", cue: "said", content: ['"We are ready,"', '"and we will talk tomorrow."'] },
  ],
  [
    "multi-paragraph quote repeating only the opening mark",
    'The mayor said: "The water is safe to drink.\n\n"We tested it twice this week."\n\nThe council met later.',
    {
      type: "direct",
      speaker: "The mayor",
      cue: "said",
      content: ['"The water is safe to drink.', '"We tested it twice this week."'],
    },
  ],
  [
    "doubled apostrophes as marks, inverted speaker with apposition",
    "''This works for Trump,'' said Kevin Madden, a Republican strategist.",
    {
      type: "direct",
      speaker: "Kevin Madden, a Republican strategist",
      cue: "said",
      content: ["''This works for Trump,''"],
    },
  ],
  [
    "dash-introduced speaker",
    '"Fishing quotas must fall by half." -Commissioner Virginijus Sinkevicius',
    {
      type: "direct",
      speaker: "Commissioner Virginijus Sinkevicius",
      cue: "-",
      content: ['"Fishing quotas must fall by half."'],
    },
  ],
  [
    "X: quote",
    'Zelensky: "We need more air defense now."',
    { type: "direct", speaker: "Zelensky", cue: ":", content: ['"We need more air defense now."'] },
  ],
  [
    "indirect with that",
    "Xi Jinping noted that the two leaders met twice last year.",
    { type: "indirect", speaker: "Xi Jinping", cue: "noted", content: ["that the two leaders met twice last year"] },
  ],
  [
    "indirect without that, nested subject",
    "China's Foreign Ministry said Xi expressed willingness to maintain close contacts with Putin.",
    {
      type: "indirect",
      speaker: "China's Foreign Ministry",
      cue: "said",
      content: ["Xi expressed willingness to maintain close contacts with Putin"],
    },
  ],
  [
    "uncommon cue verb",
    "The farmer grumbled that the subsidies never arrived.",
    {
      type: "indirect",
      speaker: "The farmer",
      cue: "grumbled",
      content: ["that the subsidies never arrived"],
      negated: true,
    },
  ],
  [
    "apposition between speaker and cue",
    "Hugh Hill, a doctor in Leeds, said that the ward was full.",
    { type: "indirect", speaker: "Hugh Hill, a doctor in Leeds", cue: "said", content: ["that the ward was full"] },
  ],
  [
    "mixed quote",
    'Putin said that the partnership "has maintained a sound development momentum" over the past year.',
    {
      type: "mixed",
      speaker: "Putin",
      cue: "said",
      content: ['that the partnership "has maintained a sound development momentum" over the past year'],
    },
  ],
  [
    "cue at the end of indirect speech",
    "The ceasefire collapsed overnight, officials said.",
    { type: "indirect", speaker: "officials", cue: "said", content: ["The ceasefire collapsed overnight"] },
  ],
  [
    "according to, content before",
    "The two leaders exchanged greetings, according to China's Foreign Ministry.",
    { speaker: "China's Foreign Ministry", cue: "according to", content: ["The two leaders exchanged greetings"] },
  ],
  [
    "according to, content after, hedged",
    "According to The Economist, Beijing may have transferred lethal weapons.",
    {
      speaker: "The Economist",
      cue: "According to",
      content: ["Beijing may have transferred lethal weapons"],
      certainty: "hedged",
    },
  ],
  [
    "sourceless reportedly",
    "The convoy was reportedly attacked near the border.",
    { speaker: null, cue: "reportedly", content: ["The convoy was", "attacked near the border"], certainty: "hedged" },
  ],
  [
    "sourceless passive",
    "It was reported that the talks had stalled.",
    { speaker: null, cue: "was reported", content: ["that the talks had stalled"] },
  ],
  [
    "sourceless raising",
    "Trump is expected to deliver a victory speech tonight.",
    { speaker: null, cue: "is expected", content: ["Trump", "to deliver a victory speech tonight"] },
  ],
  [
    "question frame",
    "Asked whether the deal would hold, the minister said yes.",
    { speaker: null, cue: "Asked", content: ["whether the deal would hold"], certainty: "hypothetical" },
  ],
  [
    "negated report",
    "The ministry reported no greetings exchanged with other leaders.",
    { speaker: "The ministry", cue: "reported", content: ["no greetings exchanged with other leaders"], negated: true },
  ],
  [
    "negated direct quote",
    '"We will not give up," the commander said.',
    { type: "direct", speaker: "the commander", cue: "said", content: ['"We will not give up,"'], negated: true },
  ],
  [
    "conditional content",
    "The envoy said that the war would end if the support stopped.",
    {
      speaker: "The envoy",
      cue: "said",
      content: ["that the war would end if the support stopped"],
      certainty: "hypothetical",
    },
  ],
];

describe("attribution layouts", () => {
  it.each(CASES)("%s", (_layout, text, want) => {
    const got = items(text);
    const match = got.find((g) => g.content[0] === want.content[0]);
    expect(match, JSON.stringify(got)).toBeDefined();
    if (!match) return;
    expect(match.content).toEqual(want.content);
    if (want.type !== undefined) expect(match.type).toBe(want.type);
    if (want.speaker !== undefined) expect(match.speaker).toBe(want.speaker);
    if (want.cue !== undefined) expect(match.cue).toBe(want.cue);
    expect(match.certainty).toBe(want.certainty ?? "reported");
    expect(match.negated).toBe(want.negated ?? false);
  });

  // [text, why it is not speech]
  const NOT_SPEECH: [string, string][] = [
    ['The so-called "peace plan" was never published.', "scare quote"],
    ['She starred in "The Long Night" last year.', "quoted title"],
    ["The general, nicknamed \u201CMad Dog,\u201D retired in May.", "nickname"],
  ];
  it.each(NOT_SPEECH)("%s (%s)", (text) => {
    expect(run(text).attribution.quotes.filter((q) => q.type === "direct")).toEqual([]);
  });

  it("keeps every span equal to its text slice", () => {
    const text = '"We are ready," he said, "to talk." Officials said the talks may resume, according to Reuters.';
    const { attribution } = run(text);
    for (const x of [...attribution.quotes, ...attribution.attributions]) {
      for (const s of [x.cue, ...x.content]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("nests frames in the seed layout: ministry > Xi for the willingness content", () => {
    const text =
      "China's Foreign Ministry said Xi Jinping expressed willingness to maintain close contacts with Putin.";
    const { attribution, actors } = run(text);
    const ministry = actors.entities.find((e) => e.name.includes("Foreign Ministry"))?.id;
    const xi = actors.entities.find((e) => e.name === "Xi Jinping")?.id;
    const inner = attribution.frames.find((f) => text.slice(f.start, f.end).startsWith("to maintain"));
    expect(inner?.assertedBy).toEqual([ministry, xi]);
    expect(inner?.certainty).toBe("reported");
  });

  it("nests frames: the inner asserter follows the outer one", () => {
    const text = "Reuters reported that the ministry said the convoy was attacked.";
    const { attribution, actors } = run(text);
    const reuters = actors.entities.find((e) => e.name === "Reuters")?.id;
    const inner = attribution.frames.find((f) => text.slice(f.start, f.end).startsWith("the convoy"));
    expect(reuters).toBeDefined();
    expect(inner?.assertedBy[0]).toBe(reuters);
    expect(inner?.assertedBy.length).toBeGreaterThanOrEqual(1);
  });
});

describe("seed article", () => {
  const available = existsSync(`${SHARED}/examples/seed-xi-putin.gold.json`);
  if (!available) console.log(`seed test skipped: ${SHARED}examples/seed-xi-putin.gold.json not found`);
  it.skipIf(!available)("passes the 8 gold quotes and 4 gold attributions", () => {
    const { coded, gold } = codeSeed(pipeline, SHARED);
    const score = scoreSeed(coded, gold);
    const failed = [...score.quotes, ...score.attributions].filter((r) => !passed(r));
    expect(failed).toEqual([]);
    expect(score.quotes.length).toBe(8);
    expect(score.attributions.length).toBe(4);
  });
});
