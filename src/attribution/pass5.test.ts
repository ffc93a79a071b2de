/**
 * Issue 14, fifth pass: content boundaries PolNeAR-style, found with the error breakdown in docs/attribution.md.
 * Every sentence here is invented for the test.
 */
import { describe, expect, it } from "vitest";
import { attributionItems } from "../test-support/attribution-items.js";

const run = (text: string) => attributionItems(text, { type: true });

describe("a quotation with unquoted words before it and its cue after it", () => {
  it("takes the words that open the sentence into the content", () => {
    const items = run('Yet the ferry plan is "a costly mistake for the island," Marrow said.');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ who: "Marrow", cue: "said", type: "mixed" });
    expect(items[0]?.content).toEqual(['Yet the ferry plan is "a costly mistake for the island,"']);
  });

  it("leaves a title and the setting before it alone", () => {
    const items = run('On the radio show "Morning Harbor Hour," Marrow said the toll was unfair.');
    for (const it of items) expect(it.content.join(" ")).not.toContain("On the radio show");
  });
});

describe("a report inside a relative clause", () => {
  it("leaves its own source and cue out of the content", () => {
    const items = run("The harbor board released the ledgers, which Marrow said were complete and accurate.");
    const rel = items.find((x) => x.who === "Marrow");
    expect(rel?.content).toEqual(["which", "were complete and accurate"]);
  });
});

describe("content that opens with an adverbial clause of its own", () => {
  it.each([
    [
      "Marrow predicted that if Lind ran for governor and lost, she would not run again.",
      "that if Lind ran for governor and lost, she would not run again",
    ],
    [
      "The mayor said that even after she steps down, she will keep working on the pier.",
      "that even after she steps down, she will keep working on the pier",
    ],
  ])("%s", (text, content) => {
    expect(run(text)[0]?.content).toEqual([content]);
  });

  it("still ends a question's content before the main clause", () => {
    const items = run("Asked if the ferry would run on Sunday, she laughed.");
    expect(items[0]?.content).toEqual(["if the ferry would run on Sunday"]);
  });
});

describe("a relative clause that closes the content", () => {
  it("is the writer's gloss on a person, not part of the report", () => {
    const items = run("Marrow said the ferry contract went to Dana Lind, who ran the port for a decade.");
    expect(items[0]?.content).toEqual(["the ferry contract went to Dana Lind"]);
  });

  it("stays when the reported clause goes on after it", () => {
    const items = run("Marrow said that Dana Lind, who ran the port for a decade, has resigned.");
    expect(items[0]?.content).toEqual(["that Dana Lind, who ran the port for a decade, has resigned"]);
  });
});

describe("a show or book title in quotation marks", () => {
  it("is no quotation of the speaker; the report around it is found", () => {
    const items = run('Marrow said on Harbor Radio\'s "Morning Tide Hour" that the pier would reopen in May.');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ who: "Marrow", cue: "said", content: ["that the pier would reopen in May"] });
  });

  it("leaves a title-cased address in a split quotation alone", () => {
    const items = run('"Your Honor," Lind said, "the ferry was late every day."');
    expect(items[0]?.content).toEqual(['"Your Honor,"', '"the ferry was late every day."']);
  });
});
