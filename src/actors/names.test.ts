/**
 * Names found by the trained recognizer, coded by the dictionaries: whole names in every script, one entity per
 * person across spellings, credits that are no actors, offices at the article date. Sentences written for these
 * tests.
 */
import { describe, expect, it } from "vitest";
import { buildDocument } from "../nlp/document.js";
import { defaultNerModel } from "../nlp/ner.js";
import { creditTokens } from "./credits.js";
import { createActorStage } from "./index.js";
import { findNames, hardWrapped, joinHyphenated, type NameSpan } from "./names.js";
import { nameKey } from "./normalize.js";
import type { ActorLayer } from "./types.js";

const stage = createActorStage();

function run(text: string, date: string | null = "2024-05-01"): ActorLayer {
  return stage.run(buildDocument(text, { id: "t", title: null, date, source: null, url: null }), { date });
}

const names = (l: ActorLayer) => l.mentions.filter((m) => m.form === "name").map((m) => m.text);
const entityOf = (l: ActorLayer, mention: string) => {
  const m = l.mentions.find((x) => x.text === mention);
  return m ? l.entities[m.entity] : undefined;
};

describe("names in every script", () => {
  it.each([
    ["Turkish", "Opposition leader Özgür Özel met Ekrem İmamoğlu in Istanbul.", ["Özgür Özel", "Ekrem İmamoğlu"]],
    ["Serbian", "Talks between Aleksandar Vučić and Dušan Petrović resumed.", ["Aleksandar Vučić", "Dušan Petrović"]],
    ["Czech", "The ministry said Tomáš Řezníček and Jiří Dvořák would attend.", ["Tomáš Řezníček", "Jiří Dvořák"]],
    [
      "Polish",
      "Jarosław Kaczyński spoke to Małgorzata Wąsowska on Tuesday.",
      ["Jarosław Kaczyński", "Małgorzata Wąsowska"],
    ],
  ])("keeps %s names whole", (_lang, text, expected) => {
    const found = names(run(text));
    for (const name of expected) expect(found.some((f) => f.endsWith(name))).toBe(true);
  });

  // The recognizer scores only connectors it saw inside training names; "es", "bin", "von der" were not among them.
  it.each([
    ["The talks were held in Dar es Salaam on Monday.", "Dar es Salaam", "TZA"],
    ["Ahmed bin Tarek met Ursula von der Leyen in Brussels.", "Ahmed bin Tarek", null],
    ["Ahmed bin Tarek met Ursula von der Leyen in Brussels.", "Ursula von der Leyen", null],
    ["Luiz da Moura Tavares arrived in Lisbon.", "Luiz da Moura Tavares", null],
  ])("keeps names with lower-case particles whole: %s", (text, name, code) => {
    const l = run(text);
    expect(names(l)).toContain(name);
    if (code) expect(entityOf(l, name)?.actor).toBe(code);
  });

  it("codes a dictionary person however the name is spelled or cut", () => {
    const l = run(
      "Turkish President Recep Tayyip Erdoğan met reporters. Erdogan said Mr. Erdoğan would travel. Erdoğan left.",
    );
    const turks = l.entities.filter((e) => e.kind === "person");
    expect(turks.map((e) => e.name)).toEqual(["Recep Tayyip Erdogan"]);
    expect(turks[0]?.actor).toBe("TURGOV");
    expect(turks[0]?.mentions.length).toBe(4);
  });

  it("merges an unknown person's mentions with and without diacritics", () => {
    const l = run("Dušan Petrović, a farmer, said prices fell. Petrovic said he would sell. Petrović left.");
    const people = l.entities.filter((e) => e.kind === "person");
    expect(people.length).toBe(1);
    expect(people[0]?.mentions.filter((m) => m.form === "name").length).toBe(3);
  });

  it.each([
    ["Recep Tayyip Erdoğan", "recep tayyip erdogan"],
    ["U.S.", "us"],
    ["Jean-Marie  Le Pen", "jean marie le pen"],
    ["Vučić", "vucic"],
  ])("nameKey(%s) = %s", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe("credits are not actors", () => {
  it.each([
    ["Erdogan spoke in Ankara. (Photo: Reuters/Murad Sezer)", ["Erdogan", "Ankara"]],
    ["Xi Jinping and Vladimir Putin (Getty Images)\nThe two leaders met.", ["Xi Jinping", "Vladimir Putin"]],
    ["Protesters gathered in Kyiv. AP Photo/Jane Roe", ["Kyiv"]],
    ["Getty Images showed Olaf Scholz in Berlin.", ["Olaf Scholz", "Berlin"]],
    ["By Jane Roe\nNAIROBI (Reuters) - William Ruto spoke.", ["NAIROBI", "William Ruto"]],
    ["William Ruto spoke.\nReporting by John Doe; Editing by Mark Smith", ["William Ruto"]],
  ])("%s", (text, expected) => {
    expect(names(run(text))).toEqual(expected);
  });

  it("reads a lone surname as the person of that name named before, not a dictionary namesake", () => {
    const l = run("Murad Sezer, a photographer, said the protest was calm. Sezer left at noon.");
    const sezer = l.entities.filter((e) => e.kind === "person");
    expect(sezer.map((e) => e.name)).toEqual(["Murad Sezer"]);
    expect(sezer[0]?.actor).toBeNull();
  });

  it("marks the tokens of a credit", () => {
    const text = "Rain fell. (Photo: Reuters/Murad Sezer) Sezer Lake froze.";
    const doc = buildDocument(text, { id: "t", title: null, date: null, source: null, url: null });
    const blocked = creditTokens(doc);
    const inside = [];
    for (let t = 0; t < doc.tokens.count; t++) if (blocked[t]) inside.push(doc.tokens.value[t]);
    expect(inside.join(" ")).toContain("Murad");
    expect(inside).not.toContain("Lake");
  });
});

describe("what the recognizer finds, the dictionaries code", () => {
  it.each([
    ["Mahan Air flew the cargo to Damascus.", "Mahan Air", "organization"],
    ["Deutsche Bahn raised fares, Deutsche Telekom said.", "Deutsche Bahn", "organization"],
    ["Deutsche Bahn raised fares, Deutsche Telekom said.", "Deutsche Telekom", "organization"],
    ["Talks in New Mexico ended.", "New Mexico", "place"],
  ])("%s → %s is a %s", (text, mention, kind) => {
    expect(entityOf(run(text), mention)?.kind).toBe(kind);
  });

  it("reads an office's place as its country ('the former Governor of New Mexico' is American)", () => {
    const l = run("The former Governor of New Mexico, Bill Richardson, arrived in Pyongyang.");
    expect(entityOf(l, "Bill Richardson")?.actor).toBe("USAELI");
    expect(l.entities.some((e) => e.actor?.startsWith("MEX"))).toBe(false);
  });

  it("codes a military commander as military, also after his death", () => {
    const l = run("Quds Force commander Qassem Soleimani was buried on Tuesday.", "2020-01-07");
    const e = l.entities.find((x) => x.name === "Qassem Soleimani");
    expect(e?.actor).toBe("IRNMIL");
  });

  it.each([
    // the demonym, then the population of the place it lives in (rule-groups.ts)
    ["Ethnic Albanians in Kosovo protested.", "Albanians", "KSVCVL"],
    // (a country's demonym before another's plural: the people of that origin living there, act6)
    ["Bosnian Serbs said their forces withdrew.", "Bosnian Serbs", "BIHCVL"],
    ["Israel mounted its invasion of South Lebanon.", "South Lebanon", "LBN"],
    ["Fighting broke out in southeastern Serbia Friday.", "Serbia", "SRB"],
  ])("leaves a description, a region or a date to the dictionary: %s", (text, mention, code) => {
    const l = run(text);
    const m = l.mentions.find((x) => x.text === mention);
    expect(m?.actor ?? null).toBe(code);
  });

  it("takes no common word at the start of a sentence for a name", () => {
    const l = run("Thousands marched in Nairobi. President said nothing. Moi said he would stay.", "1999-01-01");
    expect(l.entities.map((e) => e.name)).not.toContain("Thousands");
    expect(l.entities.filter((e) => e.name === "President")).toEqual([]);
    expect(entityOf(l, "Moi")?.kind).toBe("person");
  });
});

describe("hard-wrapped wire text", () => {
  const wire =
    "\tANKARA, Turkey (AP) _ Turkish President Recep\nTayyip Erdogan said on Tuesday that talks with the\n" +
    "European Union would go on despite the dispute over the\nisland, and that Foreign Minister Hakan\n" +
    "Fidan would travel to Brussels next week to meet his\ncounterparts.\n";
  it("is detected", () => {
    expect(hardWrapped(wire)).toBe(true);
    expect(hardWrapped("HEADLINE\nLONDON 1996-08-30\nThe talks ended.\nThey met again.")).toBe(false);
  });
  it("keeps a name whole across a line break", () => {
    const l = run(wire);
    const e = l.entities.find((x) => x.name === "Recep Tayyip Erdogan");
    expect(e?.actor).toBe("TURGOV");
    expect(names(l)).toContain("Turkish President Recep\nTayyip Erdogan");
    expect(names(l).some((n) => n.includes("Hakan\nFidan"))).toBe(true);
    expect(names(l)).not.toContain("AP");
  });
});

describe("the recognizer's name boundaries", () => {
  it.each([
    "Aid reached South Darfur State on Monday.",
    "The Commission on Presidential Debates will meet in August.",
    "Officials of the Bank of England spoke on Friday.",
  ])("ends no name on a lower-case word nor takes a date into it: %s", (text) => {
    const found = names(run(text));
    expect(found.length).toBeGreaterThan(0);
    for (const name of found) {
      expect(name).not.toMatch(/\s\p{Ll}+$/u);
      expect(name).not.toMatch(/Monday|August|Friday/);
    }
  });
});

describe("hyphenated words", () => {
  const doc = (text: string) => buildDocument(text, { id: "t", title: null, date: null, source: null, url: null });

  it("keeps a hyphenated name whole although the Document splits it at the hyphen", () => {
    const layer = run("MANILA, June 3 (Reuters) - ABS-CBN said on Monday it would appeal the ruling.");
    const found = names(layer);
    expect(found).toContain("ABS-CBN");
    expect(found).not.toContain("ABS");
    expect(found).not.toContain("CBN");
  });

  it("reads a compound with a lower-case part as one word, as the recognizer's training text wrote it", () => {
    const d = doc("The Harlan-based firm denied it. Officials in Veltmark-controlled areas fled.");
    const found = findNames(d, defaultNerModel()).map((n) => d.text.slice(n.start, n.end));
    expect(found).not.toContain("Harlan");
    expect(found).not.toContain("Veltmark");
  });

  it("still finds the actor inside a compound ending in a lower-case word", () => {
    // (act12: "the US-led coalition" is now one actor, USAMIL, so the compound here is another)
    const l = run("The ministry refused to back the US-backed truce with the rebels.");
    expect(l.mentions.find((m) => m.text === "US")?.actor).toBe("USA");
  });

  it("keeps a name particle glued by a hyphen with its name", () => {
    const l = run("Osama bin Laden's al-Qaeda terror network has threatened to strike the embassy.");
    expect(l.mentions.some((m) => m.text === "al-Qaeda")).toBe(true);
  });

  it("joins names across a glued hyphen but keeps two places apart", () => {
    const d = doc("Gondor-Rohan talks and ABS-CBN news.");
    const span = (s: number, type: NameSpan["type"]): NameSpan => ({
      s,
      e: s + 1,
      start: d.tokens.start[s] as number,
      end: d.tokens.end[s] as number,
      type,
    });
    const places = joinHyphenated(d, [span(0, "LOC"), span(2, "LOC")]);
    expect(places).toHaveLength(2);
    const joined = joinHyphenated(d, [span(5, "LOC"), span(7, "ORG")]);
    expect(joined).toHaveLength(1);
    expect(d.text.slice(joined[0]?.start, joined[0]?.end)).toBe("ABS-CBN");
    expect(joined[0]?.type).toBe("ORG");
  });
});

describe("known places the recognizer reads as people", () => {
  it.each([
    ["Elections are due in Schleswig-Holstein and North Rhine-Westphalia next year.", "North Rhine-Westphalia", "DEU"],
    ["SCARBOROUGH, Ontario, Feb 26 - The company posted a loss.", "Ontario", "CAN"],
  ])("keep their country where the context is a place's: %s", (text, mention, code) => {
    expect(entityOf(run(text), mention)?.actor).toBe(code);
  });
});

describe("capitals of sentence and quote starts are no names", () => {
  it.each([
    'The biologist said, "Superficially, the frogs look alike."',
    '"Oh, we will win this," the coach said.',
    '"Regrettably, the talks failed," the envoy told reporters.',
  ])("%s", (text) => {
    for (const word of ["Superficially", "Oh", "Regrettably"]) expect(names(run(text))).not.toContain(word);
  });
});

describe("segments and descriptions around the recognizer", () => {
  it("joins a headline cut after its dash ('BASEBALL - GONZALEZ HOMERS …') so the name is read in context", () => {
    const l = run(
      "BASEBALL - GONZALEZ HOMERS TWICE AS RANGERS BEAT INDIANS .\nARLINGTON , Texas 1996-08-31\nJuan Gonzalez homered.",
    );
    expect(names(l)).toContain("GONZALEZ");
    expect(names(l)).not.toContain("GONZALEZ HOMERS");
  });

  it("ends a person's mixed-case name before a word in capitals (a byline run into a dateline)", () => {
    const l = run("US OPEN UPSETS.\n\nLarry Fine NEW YORK 1996-08-30 Andre Agassi escaped with a win on Friday.");
    expect(names(l)).toEqual(expect.arrayContaining(["Larry Fine", "NEW YORK", "Andre Agassi"]));
    expect(entityOf(l, "Larry Fine")?.kind).toBe("person");
    expect(entityOf(l, "NEW YORK")?.kind).toBe("place");
  });

  it("reads a place before a demonym as a team's name ('Cleveland Indians'), not a description", () => {
    const l = run("The Texas Rangers beat the Cleveland Indians 5-3.");
    expect(entityOf(l, "Cleveland Indians")?.kind).toBe("organization");
    expect(entityOf(run("Ethnic Albanians in Kosovo protested."), "Albanians")?.actor).toBe("KSVCVL");
    // A MISC name ending in a demonym stays a demonym ("Sierra Leonean" is no team); coordinated with "Liberian
    // refugees" it shares their role (coordination.ts).
    const refugees = run("Security forces in Guinea have tortured scores of Sierra Leonean and Liberian refugees.");
    expect(refugees.mentions.find((m) => m.text === "Sierra Leonean")?.actor).toBe("SLEREF");
  });
});
