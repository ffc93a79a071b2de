import { describe, expect, it } from "vitest";
import { buildDocument } from "../nlp/document.js";
import { createActorStage } from "./index.js";

const stage = createActorStage();

/** The CAMEO code of the first mention whose text is `mention`. */
function codeOf(text: string, mention: string): string | null | undefined {
  const date = "2020-01-01";
  const layer = stage.run(buildDocument(text, { id: "t", title: null, date, source: null, url: null }), { date });
  return layer.mentions.find((m) => m.text === mention)?.actor;
}

// First-level subdivisions in data/actors/places.txt: news names a state or province where it could name the
// country, and the people of a state government are that country's government.
describe("states and provinces code their country", () => {
  it.each([
    ["The Premier of Queensland criticized the plan.", "The Premier of Queensland", "AUSGOV"],
    ["Officials in Bavaria said so.", "Officials in Bavaria", "DEUGOV"],
    ["Police in Sindh arrested two men.", "Police in Sindh", "PAKCOP"],
    ["Leaders in Tigray rejected the deal.", "Leaders in Tigray", "ETHGOV"],
    ["Rebels in North Kivu attacked a village.", "Rebels in North Kivu", "CODREB"],
  ])("%s", (text, mention, code) => {
    expect(codeOf(text, mention)).toBe(code);
  });
});
