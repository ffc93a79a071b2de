/**
 * The pipeline: built once (stages in order, each with its data loaded), frozen, and shared by the CLI, the
 * server and the workers. `code(article)` runs document → actors → attribution → events and assembles the
 * output contract. Core code never prints.
 */
import { type ActorStageOptions, createActorStage } from "./actors/index.js";
import type { ActorLayer } from "./actors/types.js";
import { createAttributionStage } from "./attribution/index.js";
import type { AttributionLayer } from "./attribution/types.js";
import type { CodedArticle } from "./contract.js";
import { createEventStage } from "./events/index.js";
import type { EventLayer } from "./events/types.js";
import type { Article } from "./ingest/types.js";
import { codeInPieces, LONG_TEXT_CHARS } from "./long-text.js";
import { buildDocument, type Document } from "./nlp/document.js";
import { syntaxModels } from "./nlp/syntax.js";

export const PIPELINE_VERSION = "0.1.0";

export interface PipelineOptions extends ActorStageOptions {
  /**
   * Also output events with one side missing or uncoded ("protesters clashed in the capital"). Off by default:
   * like PETRARCH, ICEWS and Phoenix, Dyad outputs only events whose source and target are both coded actors
   * (events/gate.ts); the events version says when the gate is off.
   */
  oneSided?: boolean;
}

/** Every layer of one coded article, for callers (bench, eval, UI) that need more than the contract. */
export interface PipelineLayers {
  doc: Document;
  actors: ActorLayer;
  attribution: AttributionLayer;
  events: EventLayer;
}

/**
 * CPU milliseconds spent per stage, accumulated over calls (for `npm run bench`). CPU time, not wall time: the
 * benchmarks run on shared machines, where wall time also counts other processes.
 */
export interface StageTimings {
  document: number;
  actors: number;
  attribution: number;
  events: number;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export function emptyTimings(): StageTimings {
  return { document: 0, actors: 0, attribution: 0, events: 0 };
}

export interface Pipeline {
  readonly versions: Readonly<Record<string, string>>;
  /**
   * Codes one article into the output contract. A text over `LONG_TEXT_CHARS` is coded in pieces cut at
   * paragraph breaks and merged (src/long-text.ts), so memory stays bounded; `timings` as for `layers`.
   */
  code(article: Article, timings?: StageTimings): CodedArticle;
  /** Runs the stages and returns every layer; when `timings` is given, adds each stage's time to it. */
  layers(article: Article, timings?: StageTimings): PipelineLayers;
}

/** Assembles the output contract from the layers of one article. */
export function toCodedArticle(
  { doc, actors, attribution, events }: PipelineLayers,
  versions: Readonly<Record<string, string>>,
): CodedArticle {
  const sentences = [];
  for (let s = 0; s < doc.sentences.count; s++) {
    sentences.push({ start: doc.sentences.start[s] as number, end: doc.sentences.end[s] as number });
  }
  return {
    article: { ...doc.article },
    text: doc.text,
    sentences,
    entities: [...actors.entities],
    quotes: [...attribution.quotes],
    attributions: [...attribution.attributions],
    events: [...events.events],
    versions,
  };
}

export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const actorStage = createActorStage(options);
  const attributionStage = createAttributionStage();
  const eventStage = createEventStage({ requireDyad: options.oneSided !== true });
  const versions = Object.freeze({
    dyad: PIPELINE_VERSION,
    syntax: syntaxModels().version,
    actors: actorStage.version,
    attribution: attributionStage.version,
    events: options.oneSided === true ? `${eventStage.version}+one-sided` : eventStage.version,
  });

  function layers(article: Article, timings?: StageTimings): PipelineLayers {
    const { text, id, title, date, source, url } = article;
    const meta = { id, title, date, source, url };
    let t = timings ? cpuMs() : 0;
    const lap = (stage: keyof StageTimings) => {
      if (!timings) return;
      const now = cpuMs();
      timings[stage] += now - t;
      t = now;
    };
    const doc = buildDocument(text, meta);
    lap("document");
    const actors = actorStage.run(doc, { date: meta.date });
    lap("actors");
    const attribution = attributionStage.run(doc, actors);
    lap("attribution");
    const events = eventStage.run(doc, actors, attribution, { date: meta.date });
    lap("events");
    return { doc, actors, attribution, events };
  }

  function code(article: Article, timings?: StageTimings): CodedArticle {
    if (article.text.length <= LONG_TEXT_CHARS) return toCodedArticle(layers(article, timings), versions);
    return codeInPieces(article, (piece) => toCodedArticle(layers(piece, timings), versions));
  }

  return Object.freeze({ versions, code, layers });
}
