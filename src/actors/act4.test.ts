import { describe, expect, it } from "vitest";
import { buildDocument } from "../nlp/document.js";
import { createActorStage } from "./index.js";

// Places, pairs, firms and communities (docs/actors.md "Places, pairs, firms and communities (act4)"), on
// invented sentences.
const stage = createActorStage();

function layerOf(text: string, date = "2020-01-01") {
  return stage.run(buildDocument(text, { id: "t", title: null, date, source: null, url: null }), { date });
}

function mentions(text: string, date = "2020-01-01"): Record<string, string | null> {
  return Object.fromEntries(layerOf(text, date).mentions.map((m) => [m.text, m.actor]));
}

describe("a body of water is a place, never an actor", () => {
  it.each([
    ["Gondor sent three warships to the Gulf on Monday.", "the Gulf"],
    ["The Mediterranean has threatened the coast of Italy.", "The Mediterranean"],
    ["China sent patrol boats into the South China Sea.", "South China Sea"],
    ["Japan protested against flights over the East China Sea.", "East China Sea"],
  ])("%s", (text, mention) => {
    const m = mentions(text);
    expect(mention in m).toBe(true);
    expect(m[mention]).toBeNull();
  });

  it("the states around a sea are its region", () => {
    expect(mentions("The Gulf states condemned the raid on Tuesday.")["Gulf states"]).toBe("PGS");
    expect(mentions("Gulf Arab states criticized Rohan.")["Gulf Arab states"]).toBe("PGS");
  });
});
