/** Codes one made-up text with the full default pipeline, for tests that check a behaviour end to end. */
import type { CodedArticle } from "../contract.js";
import { createPipeline, type Pipeline } from "../pipeline.js";

let pipeline: Pipeline | undefined;

export function codeText(text: string, date: string | null = "2024-05-01"): CodedArticle {
  pipeline ??= createPipeline();
  return pipeline.code({ id: "t", title: null, date, source: null, url: null, text });
}
