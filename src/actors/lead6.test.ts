import { describe, expect, it } from "vitest";
import { buildDocument } from "../nlp/document.js";
import { createActorStage } from "./index.js";

// Invented sentences for the lead's actor fixes of the sixth session.
const stage = createActorStage();

function mentions(text: string, date = "1987-03-27"): Record<string, string | null> {
  const doc = buildDocument(text, { id: "t", title: null, date, source: null, url: null });
  return Object.fromEntries(stage.run(doc, { date }).mentions.map((m) => [m.text, m.actor]));
}

describe("a general staff is its country's military", () => {
  it("composes with a country adjective, and is no general", () => {
    const got = mentions("The Turkish General Staff said the navy was on alert.");
    expect(got["The Turkish General Staff"]).toBe("TURMIL");
    const apposition = mentions("General Kemal Aydin, Secretary General of the Turkish General Staff, spoke.");
    expect(apposition["the Turkish General Staff"]).toBe("TURMIL");
  });
  it("the Joint Chiefs of Staff are military, not government", () => {
    const got = mentions("The U.S. Joint Chiefs of Staff met on Monday to review the plan.");
    expect(got["The U.S. Joint Chiefs of Staff"]).toBe("USAMIL");
  });
});
