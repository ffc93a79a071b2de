import { describe, expect, it } from "vitest";
import { buildDocument } from "../nlp/document.js";
import { createActorStage } from "./index.js";

// Invented sentences for act10 (issue 12: participants without the country the story gives them).
const stage = createActorStage();

function actorOf(text: string, date: string | null = "1987-03-27"): Record<string, string | null> {
  const doc = buildDocument(text, { id: "t", title: null, date, source: null, url: null });
  return Object.fromEntries(stage.run(doc, { date }).mentions.map((m) => [m.text, m.actor]));
}

describe("the place of a wire dateline", () => {
  it("a city of two short capitalized words is the dictionary's city, not an acronym", () => {
    const got = actorOf("LOS ANGELES, May 4 - The central bank chairman said rates would stay low, he told reporters.");
    expect(got["LOS ANGELES"]).toBe("USA");
    expect(got.reporters).toBe("USAMED");
    const paz = actorOf("LA PAZ, May 4 - The mining minister said tin output rose, officials told journalists.");
    expect(paz["LA PAZ"]).toBe("BOL");
    expect(paz.journalists).toBe("BOLMED");
  });
  it("a town the dictionary lacks takes the country or state named after its comma", () => {
    const got = actorOf(
      "PUERTO VALDORA, Chile, May 4 - The mining minister said copper output rose, he told reporters after a visit.",
    );
    expect(got.reporters).toBe("CHLMED");
    const calif = actorOf("SANTA VALDORA, Calif., May 4 - The company's chairman told reporters sales rose.");
    expect(calif.reporters).toBe("USAMED");
  });
  it("old wire spellings of capitals are places of their countries", () => {
    expect(actorOf("PEKING, May 4 - Officials told reporters grain output rose.").reporters).toBe("CHNMED");
    expect(actorOf("BERNE, May 4 - Officials told reporters exports rose.").reporters).toBe("CHEMED");
  });
});
