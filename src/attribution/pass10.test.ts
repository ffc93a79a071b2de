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
