/**
 * Issue 14, sixth pass: cue recall by construction, found with the error breakdown in docs/attribution.md.
 * Every sentence here is invented for the test.
 */
import { describe, expect, it } from "vitest";
import { attributionItems } from "../test-support/attribution-items.js";

const run = (text: string) => attributionItems(text);

describe("a demonstrative subject right after the cue", () => {
  it("is the start of the reported clause, not a time word", () => {
    const items = run("Marrow said this was a costly mistake for the island.");
    expect(items).toEqual([{ who: "Marrow", cue: "said", content: ["this was a costly mistake for the island"] }]);
  });
  it("still skips a time phrase", () => {
    const items = run("Marrow said last week the ferry plan was dead.");
    expect(items[0]).toMatchObject({ who: "Marrow", content: ["the ferry plan was dead"] });
  });
});

describe("a predicative adjective of view with its preposition", () => {
  it("reports the subject's view of the object", () => {
    const items = run("Harbor unions have been sharply critical of the mayor's ferry contract with Norland.");
    expect(items).toEqual([
      {
        who: "Harbor unions",
        cue: "have been sharply critical of",
        content: ["the mayor's ferry contract with Norland"],
      },
    ]);
  });
  it("takes remain and a participle the tagger may read as a verb", () => {
    const items = run("Island farmers remain worried about the new port fees.");
    expect(items[0]).toMatchObject({ who: "Island farmers", content: ["the new port fees"] });
  });
  it("leaves an interest alone: no view of anything is reported", () => {
    expect(run("Marrow has long been interested in astronomy.")).toEqual([]);
  });
  it("leaves an attributive adjective alone", () => {
    expect(run("The critical vote on the port is set for Friday.")).toEqual([]);
  });
});

describe("a reply without a possessor's view", () => {
  it("is no attribution: 'response to' names an act", () => {
    expect(run("Marrow's response to the flood drew praise from the council.")).toEqual([]);
  });
});

describe("a 'that' clause opening before a quotation whose cue comes first", () => {
  it("starts the content at the complementizer (a mixed quote)", () => {
    const items = run('Marrow said that whatever happens at the council, "the ferry will sail on time."');
    expect(items).toEqual([
      { who: "Marrow", cue: "said", content: ['that whatever happens at the council, "the ferry will sail on time."'] },
    ]);
  });
  it("leaves a cue with only an adjunct before the quotation alone", () => {
    const items = run('Marrow said on Monday, "the ferry will sail on time."');
    expect(items[0]?.content).toEqual(['"the ferry will sail on time."']);
  });
});

describe("a coordinated speaker after the content", () => {
  it("takes both conjuncts, not the clause before the comma", () => {
    const items = run("The ferry plan is dead, she and another councillor said.");
    expect(items).toEqual([{ who: "she and another councillor", cue: "said", content: ["The ferry plan is dead"] }]);
  });
});

describe("a subject with a relative clause before a raising verb or a predicative adjective", () => {
  it("is found across the commas", () => {
    const seems = run("The island government, which Ada Lind leads, seems ready to come on board.");
    expect(seems[0]).toMatchObject({ who: null, cue: "seems" });
    expect(seems[0]?.content[0]).toContain("The island government");
    const critical = run("The dock unions, who run the port, remain critical of the plan.");
    expect(critical[0]).toMatchObject({ who: "The dock unions, who run the port", content: ["the plan"] });
  });
});
