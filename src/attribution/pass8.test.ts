/**
 * Issue 14, eighth pass: classes from the error breakdown in docs/attribution.md ("Eighth pass").
 * Every sentence here is invented for the test.
 */
import { describe, expect, it } from "vitest";
import { attributionItems } from "../test-support/attribution-items.js";

const run = (text: string) => attributionItems(text);

describe("a participle clause that opens the sentence", () => {
  it("takes the main clause's subject as speaker, not the subordinator", () => {
    const items = run("While declining to name the buyer, the mayor said the harbor would be sold.");
    const declining = items.find((x) => x.cue === "declining");
    expect(declining?.who).toBe("the mayor");
  });
  it("works after 'since' too", () => {
    const items = run("Since announcing her campaign in May, Dana Okafor has toured every county.");
    expect(items.every((x) => x.who !== "Since")).toBe(true);
    expect(items.find((x) => x.cue === "announcing")?.who).toBe("Dana Okafor");
  });
});

describe("a participle between a possessor and a noun", () => {
  it("is no cue verb", () => {
    const items = run("The mayor's repeated calls to close the harbor failed.");
    expect(items.some((x) => /repeated/.test(x.cue ?? ""))).toBe(false);
  });
  it("is no cue verb after a possessive pronoun", () => {
    const items = run("Her repeated calls to reopen the ferry pier went unanswered.");
    expect(items.some((x) => /repeated/.test(x.cue ?? ""))).toBe(false);
  });
});

describe("a subject with a relative clause that reports something of its own", () => {
  it("is the noun phrase alone; the relative's report has its own source", () => {
    const items = run("Dana Okafor, who says the strike will go on, warned that fares would rise.");
    expect(items.find((x) => x.cue === "warned")?.who).toBe("Dana Okafor");
    expect(items.find((x) => x.cue === "says")?.who).toBe("who");
  });
  it("keeps a relative without a report in the source", () => {
    const items = run("The dock unions, who run the port, remain critical of the plan.");
    expect(items[0]?.who).toBe("The dock unions, who run the port");
  });
});

describe("a report inside a relative clause of the subject", () => {
  it("ends its content where the main clause resumes", () => {
    const items = run("The ferry union, which said last week it would strike, now insists that talks resume.");
    expect(items.find((x) => x.who === "which")?.content).toEqual(["it would strike"]);
  });
});
