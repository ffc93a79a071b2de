import { describe, expect, it } from "vitest";
import { buildDocument } from "../nlp/document.js";
import { createActorStage } from "./index.js";

// Offices named without a country, and sectors of media, unions and the IMF (docs/actors.md "act5"), on invented
// sentences.
const stage = createActorStage();

function mentions(text: string, date = "2020-01-01"): Record<string, string | null> {
  const doc = buildDocument(text, { id: "t", title: null, date, source: null, url: null });
  return Object.fromEntries(stage.run(doc, { date }).mentions.map((m) => [m.text, m.actor]));
}

describe("offices named without a country take the story's country", () => {
  it.each([
    // a wire dateline with no other country in the lead
    ["TAIPEI, March 3 - The Finance Ministry said it would cut the levy on rice.", "Finance Ministry", "TWNGOV"],
    ["TAIPEI, March 3 - Officials said the levy on rice would be cut soon.", "Officials", "TWNGOV"],
    ["NAIROBI, May 9 - The Commerce Department said rice exports fell last year.", "Commerce Department", "KENGOV"],
    // the only country the article names, even once
    ["Kenya's rice harvest failed. MPs blamed the drought on Tuesday.", "MPs", "KENLEG"],
  ])("%s → %s %s", (text, mention, code) => {
    expect(mentions(text)[mention]).toBe(code);
  });

  it.each([
    // two countries, no dateline and neither dominant: a wrong country is worse than none
    ["Kenya and Uganda argued over rice. Officials said the talks had failed.", "Officials"],
    ["Kenya and Uganda argued over rice. The delegation left on Monday.", "The delegation"],
    // under a dateline, a sentence about another country: its officials may be that country's
    [
      "NAIROBI, May 9 - Kenya closed the border with Uganda. A Ugandan spokesman told reporters the closure was illegal.",
      "reporters",
    ],
  ])("no country: %s", (text, mention) => {
    const m = mentions(text);
    expect(mention in m).toBe(true);
    expect(m[mention]?.slice(0, 3) ?? "---").toBe("---");
  });
});

describe("sectors", () => {
  it("a federation of trade unions is labour, not a legislature", () => {
    expect(
      mentions("The Rohan Trades Union Congress condemned the new pay law.")["Rohan Trades Union Congress"],
    ).toMatch(/LAB$/);
  });

  it.each([
    ["He told a French television interviewer that the tax would stay.", "a French television interviewer", "FRAMED"],
    ["Iranian state radio said the border was closed.", "Iranian state radio", "IRNMED"],
    ["Iranian state television said the border was closed.", "Iranian state television", "IRNMED"],
  ])("broadcasting is media: %s", (text, mention, code) => {
    expect(mentions(text)[mention]).toBe(code);
  });

  it("a bare 'television' is where something was said, no actor", () => {
    expect(Object.keys(mentions("He said on television that the tax would stay."))).toEqual([]);
  });

  it("an outlet named after a dictionary broadcaster is that broadcaster's", () => {
    expect(mentions("Ann Dale told BBC Radio 4 that the tax would stay.")["BBC Radio"]).toBe("GBRMED");
  });

  it("'the Fund' after 'the IMF' is the IMF", () => {
    const m = mentions("The IMF said Kenya must cut spending. The Fund criticised Kenya on Monday.");
    expect(m.Fund).toBe("IGOIMF");
  });
});

describe("people of a known organization are the organization's, not the story country's", () => {
  it.each([
    [
      "The rights activists of Amnesty International criticized Gondor's courts. Gondor said nothing.",
      "The rights activists",
    ],
    ["Activists of Amnesty International wrote to Kenya's president.", "Activists"],
  ])("%s", (text, mention) => {
    expect(mentions(text)[mention]).toMatch(/^NGO/);
  });
});
