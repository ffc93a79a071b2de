/**
 * Issue 14, thirteenth pass (at16): content boundaries and sources of PolNeAR dev error classes ("Thirteenth
 * pass" in docs/attribution.md). Every sentence here is invented for the test.
 */
import { describe, expect, it } from "vitest";
import { attributionItems } from "../test-support/attribution-items.js";

const run = (text: string) => attributionItems(text);
const cueOf = (text: string, cue: string) => run(text).find((x) => x.cue === cue);

describe("content before a closing cue keeps its fronted opener's main clause", () => {
  it("runs over the comma after an opening adverbial clause or phrase", () => {
    expect(cueOf("As of Monday, the mayor had raised $5 million, according to filings.", "according to")).toMatchObject(
      { who: "filings", content: ["As of Monday, the mayor had raised $5 million"] },
    );
    expect(
      cueOf("After the storm passed, the pier reopened, the port authority reported.", "reported")?.content,
    ).toEqual(["After the storm passed, the pier reopened"]);
  });
  it("still ends a report inside a fronted clause at its comma", () => {
    expect(cueOf("When Lind said the toll was unfair, Marrow laughed.", "said")?.content).toEqual([
      "the toll was unfair",
    ]);
  });
});

describe("the source of an 'according to' phrase", () => {
  it("takes the apposition of a phrase that opens the sentence", () => {
    expect(
      cueOf("According to Ada Lind, a former mayor of the town, the pier will close in May.", "According to"),
    ).toMatchObject({ who: "Ada Lind, a former mayor of the town", content: ["the pier will close in May"] });
    expect(cueOf("According to Ivo Berg, writing in the Gazette, the ferry was late.", "According to")).toMatchObject({
      who: "Ivo Berg, writing in the Gazette",
      content: ["the ferry was late"],
    });
  });
  it("leaves the subject of the clause after it to the content", () => {
    expect(
      cueOf("According to a harbor survey, Ivo Berg, the port chief, sold the boats.", "According to"),
    ).toMatchObject({ who: "a harbor survey", content: ["Ivo Berg, the port chief, sold the boats"] });
  });
  it("keeps a closing apposition out of the content", () => {
    expect(
      cueOf(
        "The three partners planned to turn the hotel into a casino, according to a complaint filed in Lisbon by Ada Lind, a former mayor of the town.",
        "according to",
      ),
    ).toMatchObject({
      who: "a complaint filed in Lisbon by Ada Lind, a former mayor of the town",
      content: ["The three partners planned to turn the hotel into a casino"],
    });
  });
});

describe("the source of an 'according to' phrase (no clause after it)", () => {
  it("does not run over the clause when no insert ends before it", () => {
    const a = cueOf(
      "According to the merger, Harbor Line plans to spin off its cargo arm, including two tugs, into a new firm named Harbor Tow, whose shares will trade in Lisbon.",
      "According to",
    );
    expect(a?.who).toBe("the merger");
  });
});

describe("a report nested in another's content", () => {
  it("keeps the whole subject phrase of its own source", () => {
    expect(cueOf("No one wants the old passes but the locals, traders said.", "wants")?.who).toBe("No one");
  });
});

describe("the raised subject of seem / appear", () => {
  it("is the whole subject phrase, not its last noun", () => {
    expect(cueOf("The long friendship between Lisbon and Porto seems to be over.", "seems")?.content).toEqual([
      "The long friendship between Lisbon and Porto",
      "to be over",
    ]);
    expect(cueOf("The habit of closing the pier at noon appeared to annoy the sailors.", "appeared")?.content).toEqual([
      "The habit of closing the pier at noon",
      "to annoy the sailors",
    ]);
    expect(cueOf("The mayor's more relaxed style seemed to please the dockworkers.", "seemed")?.content).toEqual([
      "The mayor's more relaxed style",
      "to please the dockworkers",
    ]);
  });
  it("leaves an opening phrase before a comma out", () => {
    expect(cueOf("For the sailors, the race appears closer than ever.", "appears")?.content).toEqual([
      "the race",
      "closer than ever",
    ]);
  });
});

describe("a connective with its comma before a closing cue's content", () => {
  it("is the writer's, not the speaker's", () => {
    expect(cueOf("In fact, the ferry was two hours late, the harbor master said.", "said")?.content).toEqual([
      "the ferry was two hours late",
    ]);
  });
  it("keeps a bare 'But' (the gold goes both ways)", () => {
    expect(cueOf("But the ferry was two hours late, the harbor master said.", "said")?.content).toEqual([
      "But the ferry was two hours late",
    ]);
  });
});

describe("a quotation split around its cue group", () => {
  it("runs over an addressee or medium of the cue", () => {
    expect(
      cueOf('"First and foremost," she told the council, "we have to fix the pier. It is old."', "told")?.content,
    ).toEqual(['"First and foremost,"', '"we have to fix the pier. It is old."']);
    expect(cueOf('"This is sloppy," Ada Lind wrote on Harbor Notes. "Dishonest?"', "wrote")?.content).toEqual([
      '"This is sloppy,"',
      '"Dishonest?"',
    ]);
  });
  it("leaves a closing quotation to the next sentence's cue only when that cue has no report of its own", () => {
    const items = run(
      '"Our ferries are late," Ivo Berg said. "The pier is my job." He said, twice, that he would stay on until May.',
    );
    expect(items.find((x) => x.cue === "said")?.content).toEqual(['"Our ferries are late,"', '"The pier is my job."']);
    expect(items.find((x) => x.cue === "said, twice")?.content).toEqual(["that he would stay on until May"]);
  });
});

describe("a speaker after a closing quotation", () => {
  it("stops before a ', which' relative that describes the organization named last", () => {
    expect(
      cueOf('"The pier is old," said Ada Lind, director of the Harbor Trust, which runs the ferries.', "said")?.who,
    ).toBe("Ada Lind, director of the Harbor Trust");
  });
  it("keeps a ', who' relative", () => {
    expect(cueOf('"The pier is old," said Ada Lind, who runs the ferries.', "said")?.who).toBe(
      "Ada Lind, who runs the ferries",
    );
  });
});

describe("an opening curly mark typed where a closing one belongs", () => {
  it("closes the open quotation when glued to the word before it", () => {
    const q = cueOf(
      "\u201CIt is unusual,\u201C said Lars Noble, a lawyer. \u201CIt is a hard thing to do.\u201D",
      "said",
    );
    expect(q?.who).toBe("Lars Noble, a lawyer");
    expect(q?.content).toEqual(["\u201CIt is unusual,\u201C", "\u201CIt is a hard thing to do.\u201D"]);
  });
  it("still opens a quotation after a space", () => {
    const q = cueOf("\u201CThe pier is old,\u201D she said. \u201CIt leaks.\u201D", "said");
    expect(q?.content).toEqual(["\u201CThe pier is old,\u201D", "\u201CIt leaks.\u201D"]);
  });
});
