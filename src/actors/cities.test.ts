/**
 * Cities outside the hand-picked places (data/actors/cities.txt, built by scripts/build-cities.ts) and the names
 * they must not swallow: people titled with a place's name, companies and teams named after cities, and
 * multi-word names that begin with a determiner-like word ("New"). Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { buildDocument } from "../nlp/document.js";
import { createActorStage, loadActorDictionary } from "./index.js";
import type { ActorLayer } from "./types.js";

const stage = createActorStage();

function run(text: string): ActorLayer {
  const date = "2024-05-01";
  return stage.run(buildDocument(text, { id: "t", title: null, date, source: null, url: null }), { date });
}

const codeOf = (l: ActorLayer, text: string) => l.mentions.find((m) => m.text === text)?.actor ?? null;

describe("cities of the generated list carry their country", () => {
  it.each([
    ["Rebels shelled Kramatorsk and Dnipro overnight.", "Dnipro", "UKR"],
    ["Protesters gathered in Cardiff on Friday.", "Cardiff", "GBR"],
    ["The mayor of Mysore met farmers.", "The mayor of Mysore", "INDGOV"],
  ])("%s", (text, mention, code) => {
    expect(codeOf(run(text), mention)).toBe(code);
  });

  it("leaves out names news writes in lower case, given names, and names two countries share", () => {
    const names = new Set(
      loadActorDictionary()
        .entries.filter((e) => e.origin?.startsWith("cities.txt"))
        .map((e) => e.name),
    );
    expect(names.size).toBeGreaterThan(3000);
    for (const word of ["Nice", "Split", "Enterprise", "Orange", "Nancy", "Eugene", "Hyderabad", "Valencia"]) {
      expect(names.has(word), word).toBe(false);
    }
  });
});

describe("names that look like places but are not", () => {
  it("a titled person named like a country is a person without its code", () => {
    const l = run("Mr Jordan said the deal was fair.");
    const m = l.mentions.find((x) => x.text === "Mr Jordan");
    expect(m?.actor ?? null).toBeNull();
    expect(l.entities[m?.entity ?? -1]?.kind).toBe("person");
  });

  it("a company named like a city gives its spokesman no government code", () => {
    const l = run("A Toyota spokesman said the plant would close.");
    expect(l.mentions.some((m) => m.actor === "JPNGOV")).toBe(false);
  });

  it("a team named after a city with a capitalized plural is no government", () => {
    const l = run("The Sacramento Kings won again on Sunday.");
    expect(l.mentions.some((m) => m.actor?.endsWith("GOV"))).toBe(false);
  });

  it.each([
    ["New Zealand troops arrived in the capital.", "New Zealand troops", "NZLMIL"],
    ["New York prosecutors declined to comment.", "New York prosecutors", "USAJUD"],
    ["The new Israeli government fell.", "The new Israeli government", "ISRGOV"],
  ])("a name opened by 'New' is no determiner and a name: %s", (text, mention, code) => {
    expect(codeOf(run(text), mention)).toBe(code);
  });
});
