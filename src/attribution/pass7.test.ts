/**
 * Issue 14, seventh pass: classes from the error breakdown in docs/attribution.md ("Seventh pass").
 * Every sentence here is invented for the test.
 */
import { describe, expect, it } from "vitest";
import { attributionItems } from "../test-support/attribution-items.js";

const run = (text: string) => attributionItems(text);

describe("a quotation after a fronted subordinate clause", () => {
  it("takes the cue after it, not the subordinate clause's verb", () => {
    const items = run('Whatever the council decides, "the ferry will keep sailing," Lind said.');
    expect(items).toEqual([{ who: "Lind", cue: "said", content: ['"the ferry will keep sailing,"'] }]);
  });
  it("skips an 'as' clause in the passive", () => {
    const items = run('Okafor, as she was known, "never lost a vote in the harbor," Brenn said.');
    expect(items.map((i) => [i.who, i.cue])).toEqual([["Brenn", "said"]]);
  });
  it("keeps 'As X wrote, ...'", () => {
    const items = run('As the harbor columnist wrote, "the ferry is the town\'s heartbeat."');
    expect(items.map((i) => [i.who, i.cue])).toEqual([["the harbor columnist", "wrote"]]);
  });
});

describe("a closing apposition with a participle", () => {
  it("is left out of the content", () => {
    const items = run("Lind said that the toll must be cut, a demand rejected by the council on Monday.");
    expect(items).toEqual([{ who: "Lind", cue: "said", content: ["that the toll must be cut"] }]);
  });
});

describe("the left edge of the subject phrase", () => {
  it("keeps approximators and determiners the parse hangs on the head", () => {
    expect(run("At least a dozen fishermen told the mayor that the toll was unfair.")[0]?.who).toBe(
      "At least a dozen fishermen",
    );
    expect(run("A redacted copy of the ferry memo says the pier was unsafe.")[0]?.who).toBe(
      "A redacted copy of the ferry memo",
    );
  });
  it("keeps the article before a possessor name", () => {
    const items = run("The Harbor Gazette's Ana Vos wrote that the ferry was late again.");
    expect(items[0]?.who).toBe("The Harbor Gazette's Ana Vos");
  });
  it("does not take a preposition", () => {
    const items = run("In the crowd, several fishermen said the toll was unfair.");
    expect(items[0]?.who).toBe("several fishermen");
  });
});

describe("a poll or record that shows its object", () => {
  it("is a report with the object as content", () => {
    const items = run("The new harbor poll shows Lind far ahead of Okafor.");
    expect(items).toEqual([{ who: "The new harbor poll", cue: "shows", content: ["Lind far ahead of Okafor"] }]);
  });
  it("is no report with a person as the subject", () => {
    expect(run("The senator has shown little interest in the ferry.")).toEqual([]);
  });
});

describe("stance verbs added in cues-15", () => {
  it("report their object", () => {
    expect(run("Lind bemoaned the new ferry schedule.")).toEqual([
      { who: "Lind", cue: "bemoaned", content: ["the new ferry schedule"] },
    ]);
    expect(run("Okafor has likened the toll to a tax on fishermen.")[0]?.cue).toBe("has likened");
    expect(run("The harbor master vouched for the new captain.")).toEqual([
      { who: "The harbor master", cue: "vouched for", content: ["the new captain"] },
    ]);
  });
});

describe("an addressee that opens with a possessive pronoun", () => {
  it("is skipped whole before the embedded question", () => {
    expect(run("We asked our readers which candidate won the harbor debate.")).toEqual([
      { who: "We", cue: "asked", content: ["which candidate won the harbor debate"] },
    ]);
  });
});

describe("three apostrophes closing a doubled-apostrophe quotation", () => {
  it("close the inner single quotation and then the double one", () => {
    const items = run("''We hear it every week, 'the ferry is late,''' Ms. Lind said. ''It is all talk.''");
    expect(items).toEqual([
      {
        who: "Ms. Lind",
        cue: "said",
        content: ["''We hear it every week, 'the ferry is late,'''", "''It is all talk.''"],
      },
    ]);
  });
});

describe("a cue verb the lemmatizer cut short", () => {
  it("still matches the lexicon (joked → jok, touted → toute)", () => {
    expect(run("Okafor joked about the ferry schedule.")[0]?.cue).toBe("joked about");
    expect(run("The mayor touted the new pier at the meeting.")[0]?.cue).toBe("touted");
  });
});

describe("the possessor of a reporting noun", () => {
  it("is its source, also as a possessive pronoun over adjectives", () => {
    const who = (text: string) => run(text).find((i) => i.cue === "statement" || i.cue === "suggestion")?.who;
    expect(who("The judges' statement that the ruling was binding angered the council.")).toBe("The judges'");
    expect(who("Lind's statement that the pier was safe surprised nobody.")).toBe("Lind's");
    expect(who("Voters doubted his sudden suggestion that the ferry would be free.")).toBe("his");
  });
});

describe("a list or a 'not …, but …' pair inside the content", () => {
  it("keeps the last list item after ', and'", () => {
    expect(run("Lind said the toll hurts fishermen, ferry captains, and dock workers.")[0]?.content).toEqual([
      "the toll hurts fishermen, ferry captains, and dock workers",
    ]);
  });
  it("keeps the answer to a negation after ', but'", () => {
    expect(run("Okafor said the toll was not a mistake, but a necessity.")[0]?.content).toEqual([
      "the toll was not a mistake, but a necessity",
    ]);
  });
  it("still ends before ', and' + a new subject", () => {
    expect(run("Lind said the toll was unfair, and the council laughed.")[0]?.content).toEqual(["the toll was unfair"]);
  });
});

describe("a contracted auxiliary before the cue", () => {
  it("is part of the cue phrase, straight or curly", () => {
    expect(run("They’ve argued that the toll is unfair.")[0]?.cue).toBe("’ve argued");
    expect(run("She’s said that the pier is safe.")[0]?.cue).toBe("’s said");
  });
});

describe("verbs that take their hearer as object", () => {
  it("'X, who …, advised the ministry' reports nothing, and the ministry is no speaker", () => {
    const items = run("Ana Vos, who holds a Ph.D. in economics, advised the Gondor ministry.");
    expect(items.some((x) => x.who === "the Gondor ministry")).toBe(false);
  });
});
