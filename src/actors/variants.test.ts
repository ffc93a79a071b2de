/**
 * Misspelled names of dictionary people (variants.ts): one letter dropped, doubled, changed or swapped in the
 * surname, with the same given names. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { buildDocument } from "../nlp/document.js";
import { createActorStage } from "./index.js";
import type { ActorLayer } from "./types.js";
import { oneEditApart } from "./variants.js";

const stage = createActorStage();

function run(text: string, date = "1990-06-01"): ActorLayer {
  return stage.run(buildDocument(text, { id: "t", title: null, date, source: null, url: null }), { date });
}

const codeOf = (l: ActorLayer, text: string) => l.mentions.find((m) => m.text === text)?.actor ?? null;

describe("one edit apart", () => {
  it.each([
    ["mitterand", "mitterrand", true],
    ["gbago", "gbagbo", true],
    ["bouteflicka", "bouteflika", true],
    ["habyarimnaa", "habyarimana", true],
    ["habyarimana", "habyarimana", false],
    ["santos", "sontas", false],
    ["kerry", "kelly", false],
  ])("%s ~ %s", (a, b, want) => {
    expect(oneEditApart(a, b)).toBe(want);
    expect(oneEditApart(b, a)).toBe(want);
  });
});

describe("a misspelled surname with the same given names is the dictionary person", () => {
  it("codes the titled name and the lone surname that follows", () => {
    const l = run("President Francois Mitterand opened a bridge in Lyon. Mitterand then left for Rome.");
    expect(codeOf(l, "President Francois Mitterand")).toBe("FRAGOV");
    expect(codeOf(l, "Mitterand")).toBe("FRAGOV");
    const people = l.entities.filter((e) => e.kind === "person");
    expect(people).toHaveLength(1);
  });

  it("codes a name without a title, for the article date", () => {
    expect(codeOf(run("Abdelaziz Bouteflicka toured the port.", "2005-03-01"), "Abdelaziz Bouteflicka")).toBe("DZAGOV");
  });

  it("leaves names alone when the given name differs or the surname is short", () => {
    const l = run("Pierre Mitterand, a baker, and John Kery spoke to the crowd.");
    expect(codeOf(l, "Pierre Mitterand")).toBeNull();
    expect(codeOf(l, "John Kery")).toBeNull();
  });
});
