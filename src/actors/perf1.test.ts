import { describe, expect, it } from "vitest";
import { buildDocument } from "../nlp/document.js";
import { createActorStage } from "./index.js";
import { nameKey } from "./normalize.js";

// Invented sentences for perf1 (issue 11 speed): the office holders of bare "Congress" are cached per dictionary
// and article date, and skipped when no candidate is an office word. One stage codes every article here, so a
// cache keyed wrongly (one date's holders reused for another, or undated ones for dated) shows.
const stage = createActorStage();

function actorOf(text: string, date: string | null): Record<string, string | null> {
  const doc = buildDocument(text, { id: "t", title: null, date, source: null, url: null });
  return Object.fromEntries(stage.run(doc, { date }).mentions.map((m) => [m.text, m.actor]));
}

const CARACAS = "CARACAS, May 4 - Congress approved the road budget, Venezuelan officials said.";

describe("perf1: bare office holders cached per article date", () => {
  it("the same stage gives a bare Congress its state on one date and not after the institution ended", () => {
    for (let round = 0; round < 2; round++) {
      expect(actorOf(CARACAS, "1988-05-04").Congress).toBe("VENLEG");
      expect(actorOf(CARACAS, "2016-05-04").Congress ?? null).not.toBe("VENLEG");
      expect(actorOf(CARACAS, null).Congress).toBe("VENLEG");
      expect(actorOf(CARACAS, "2016-05-04").Congress ?? null).not.toBe("VENLEG");
    }
  });
  it("articles with no office word between them change nothing", () => {
    expect(actorOf("Farmers in Ohio sold their corn early, traders said.", "2016-05-04")).not.toHaveProperty(
      "Congress",
    );
    expect(actorOf(CARACAS, "1988-05-04").Congress).toBe("VENLEG");
  });
});

describe("perf1: a demonym ending a name is asked about the words before it only then", () => {
  it("a team named after its city keeps its name; a described group is the demonym's country", () => {
    expect(actorOf("The Cleveland Indians beat the visiting team on Sunday.", "1995-04-02")).toEqual({
      "Cleveland Indians": null,
    });
    expect(actorOf("Young Albanians marched through the capital on Sunday.", "1995-04-02")).toEqual({
      Albanians: "ALB",
    });
    expect(actorOf("Thousands of Ethnic Albanians fled to the border.", "1995-04-02").Albanians).toBe("ALB");
  });
});

describe("perf1: name keys cached by spelling", () => {
  it("a cached key is the same key, before and after the cache is emptied", () => {
    const names = ["Kemal Ördekçi", "U.S.", "Dr. Ana-Maria  Petrov.", "O’Hara", "ORDEKCI"];
    const first = names.map(nameKey);
    expect(first).toEqual(["kemal ordekci", "us", "dr ana maria petrov", "o'hara", "ordekci"]);
    expect(names.map(nameKey)).toEqual(first);
    for (let i = 0; i < 100_010; i++) nameKey(`Invented Name ${i}`);
    expect(names.map(nameKey)).toEqual(first);
    expect(nameKey("Invented Name 7")).toBe("invented name 7");
  });
});
