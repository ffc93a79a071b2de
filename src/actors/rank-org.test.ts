/** A rank word opening a firm's or a treaty's name is no title (issue 12, ev13). Invented sentences. */
import { describe, expect, it } from "vitest";
import { buildDocument } from "../nlp/document.js";
import { createActorStage } from "./index.js";
import type { ActorLayer } from "./types.js";

const stage = createActorStage();

function run(text: string): ActorLayer {
  return stage.run(buildDocument(text, { id: "t", title: null, date: "1987-04-01", source: null, url: null }), {
    date: "1987-04-01",
  });
}

const actorsOf = (text: string) =>
  run(text).mentions.map((m) => `${m.text}=${run(text).entities[m.entity]?.actor ?? "-"}`);

describe("'General' in a firm's or a treaty's name is no military rank", () => {
  it.each([
    ["Maple Works said it would sell the plant to Canadian General Electric Co Ltd.", "General Electric"],
    ["Norland said it would appeal to the General Agreement on Tariffs and Trade.", "General Agreement"],
    ["French officials said Paris would complain to the General Agreement on Tariffs and Trade.", "General Agreement"],
    ["The strike hit a General Foods plant in Wales last week.", "General Foods"],
  ])("%s", (text, part) => {
    const found = actorsOf(text).filter((a) => a.includes(part));
    for (const a of found) expect(a).not.toMatch(/MIL$/);
  });
  it("keeps a general's rank before his name", () => {
    expect(actorsOf("General Marcus Vell of Norland said the troops would stay.").join(" ")).toMatch(/MIL/);
  });
});
