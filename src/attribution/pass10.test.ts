/**
 * Issue 14, tenth pass: classes from the error breakdown in docs/attribution.md ("Tenth pass").
 * Every sentence here is invented for the test.
 */
import { describe, expect, it } from "vitest";
import { attributionItems } from "../test-support/attribution-items.js";

const run = (text: string) => attributionItems(text);

describe("a medium after a cue that follows its content", () => {
  it("keeps 'in a statement' in the cue phrase", () => {
    const items = run('"The ferry will run on time," the harbor board said in a statement.');
    expect(items[0]?.cue).toBe("said in a statement");
  });
  it("keeps 'in a written statement' and 'on Facebook'", () => {
    expect(run('"We are closed until May," the bakery said in a written statement.')[0]?.cue).toBe(
      "said in a written statement",
    );
    expect(run('"The bridge is open again," Mayor Tilde Rask wrote on Facebook.')[0]?.cue).toBe("wrote on Facebook");
  });
  it("leaves out other media", () => {
    expect(run('"We lost the vote," Ana Lind said in an interview.')[0]?.cue).toBe("said");
  });
});

describe("an apposition after a source that follows its cue", () => {
  const whoOf = (text: string) => run(text).find((x) => x.cue === "said")?.who;
  it("keeps a participle that modifies the apposition's noun", () => {
    expect(whoOf('"The fund will not recover," said Dana Voss, a retired banker.')).toBe("Dana Voss, a retired banker");
    expect(whoOf('"Prices fell," said Dana Voss, a farmer based in Lund, Vestland.')).toBe(
      "Dana Voss, a farmer based in Lund, Vestland",
    );
  });
  it("keeps a relative clause inside the apposition", () => {
    expect(whoOf('"The fund will not recover," said Dana Voss, an economist who runs the town bakery.')).toBe(
      "Dana Voss, an economist who runs the town bakery",
    );
  });
  it("never runs into the item's own content", () => {
    const items = run(
      "According to a Marrow College poll, 57 percent of the island public opposes building the bridge.",
    );
    expect(items[0]?.who).toBe("a Marrow College poll");
  });
  it("stops before a participle clause of the report", () => {
    expect(whoOf('"The fund will not recover," said Dana Voss, a farmer, adding that prices fell.')).toBe(
      "Dana Voss, a farmer",
    );
  });
});

describe("a quantifier standing alone as the subject of a cue", () => {
  it("speaks, whatever its tag", () => {
    const said = run("Almost half said they wanted a new ferry.").find((x) => x.cue === "said");
    expect(said?.who).toBe("Almost half");
    expect(said?.content).toEqual(["they wanted a new ferry"]);
  });
  it("is no adverb of the verb group when it opens the clause", () => {
    expect(run("But most said they were worried about the ferry.").find((x) => x.cue === "said")?.who).toBe("most");
  });
});

describe("a duration between a cue and its bare content", () => {
  it("is skipped like a time adjunct", () => {
    const said = run("Mayor Tilde Rask has said for weeks the ferry will be late.").find(
      (x) => x.who === "Mayor Tilde Rask",
    );
    expect(said?.content).toEqual(["the ferry will be late"]);
  });
});
