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

function members(text: string, phrase: string): string[] | null {
  const layer = layerOf(text);
  const m = layer.mentions.find((x) => x.text === phrase);
  if (!m) return null;
  const e = layer.entities[m.entity];
  const names = (e?.members ?? []).map((id) => layer.entities.find((x) => x.id === id)?.name ?? id);
  return names.length ? names : null;
}

describe("'both sides', 'the two countries' are the two parties named together last", () => {
  it("the coordinated pair wins over a country named in between", () => {
    expect(
      members(
        "Greece and Turkey traded threats. In Brussels, allies called on both countries to show restraint.",
        "both countries",
      ),
    ).toEqual(["Greece", "Türkiye"]);
  });

  it("a country's own minister is on its side, so 'both sides' stays open", () => {
    expect(
      members(
        "Brazil stopped paying interest to its creditors. Brazilian Finance Minister Dilson Funaro said the crisis belongs to both sides.",
        "both sides",
      ),
    ).toBeNull();
  });

  it("two firms are the two rivals, not the countries of their head offices", () => {
    expect(
      members(
        "PARIS, March 5 - Zorvath Aviation said it held talks with the U.S. planemaker Kelbrand Aviation on a new jet. Talks broke off last year after the two rivals failed to agree.",
        "the two rivals",
      ),
    ).toBeNull();
  });
});

describe("a delegation or its leaders are of whom they stand for", () => {
  it.each([
    ["WASHINGTON, May 3 - A delegation of European firms met the trade minister.", "A delegation", "EURBUS"],
    ["A delegation of Chinese officials visited Kenya on Monday.", "A delegation", "CHNGOV"],
    ["Leaders of the Pakistani community condemned the attack in Leeds.", "Leaders", "PAKCVL"],
  ])("%s", (text, mention, code) => {
    expect(mentions(text)[mention]).toBe(code);
  });

  it("a delegation of a group with no country is no state's", () => {
    expect(
      mentions("WASHINGTON, May 3 - A delegation of businessmen met the trade minister.")["A delegation"],
    ).toBeUndefined();
  });
});

describe("a community of a country's people abroad is its civilians, not its state", () => {
  it.each([
    ["The Pakistani community in Britain protested against the law.", "The Pakistani community", "PAKCVL"],
    ["LONDON, May 3 - The Turkish community in Germany welcomed the vote.", "The Turkish community", "TURCVL"],
  ])("%s", (text, mention, code) => {
    expect(mentions(text)[mention]).toBe(code);
  });

  it("a community with no country is no actor", () => {
    expect(mentions("The business community welcomed the plan.")["The business community"]).toBeUndefined();
    expect(mentions("The international community condemned Gondor.")["The international community"]).toBeUndefined();
  });
});

describe("a party many countries have, inside a country's phrase, names the governing party", () => {
  it("Norway's Labour government is Norway's government", () => {
    const m = mentions(
      "OSLO, March 16 - The ban, proposed by Norway's minority Labour government, ends trade with Gondor.",
    );
    expect(m["Norway's minority Labour government"]).toBe("NORGOV");
  });
});

describe("officials of a body are that body's", () => {
  it.each([
    ["Senior officials of the Japanese Finance Ministry met Kenyan bankers in Nairobi.", "Senior officials", "JPNGOV"],
    ["Officials of the IMF met the Gondorian finance minister.", "Officials", "IGOIMF"],
    ["TOKYO, May 3 - Officials of several major Japanese trading houses met on Monday.", "Officials", "JPNBUS"],
  ])("%s", (text, mention, code) => {
    expect(mentions(text)[mention]).toBe(code);
  });
});

describe("firms are firms", () => {
  it("a name ending with a legal form is a company, whatever the recognizer's type", () => {
    const layer = layerOf("PARIS, March 3 - Zorvath Industrie said it would sue its rival.");
    const m = layer.mentions.find((x) => x.text === "Zorvath Industrie");
    expect(m && layer.entities[m.entity]?.kind).toBe("organization");
    expect(layer.mentions.find((x) => x.text === "it")?.actor ?? null).not.toBe("FRA");
  });

  it.each([
    ["The European consortium Airbus criticized the tariffs.", "The European consortium Airbus", "EURBUS"],
    ["The Dutch airline KLM accused Lufthansa of dumping.", "The Dutch airline KLM", "NLDBUS"],
  ])("%s", (text, mention, code) => {
    expect(mentions(text)[mention]).toBe(code);
  });
});

describe("an uncoded name is never a member of a pair of parties", () => {
  it("'the two main parties' after an unknown organization and a country stays open", () => {
    expect(
      members(
        "The Shadow Treasury published figures on Britain's deficit. Balls said the gap between the two main parties was wide.",
        "the two main parties",
      ),
    ).toBeNull();
  });
});
