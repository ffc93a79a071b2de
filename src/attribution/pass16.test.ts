/**
 * Issue 14, sixteenth pass (at19): content boundaries of PolNeAR dev error classes ("Sixteenth pass" in
 * docs/attribution.md). Every sentence here is invented for the test.
 */
import { describe, expect, it } from "vitest";
import { attributionItems } from "../test-support/attribution-items.js";

const run = (text: string) => attributionItems(text);
const cueOf = (text: string, cue: string) => run(text).find((x) => x.cue === cue);

describe("'and' + a bare verb after an infinitive or a modal inside the content", () => {
  it("keeps the second verb in the reported clause", () => {
    expect(
      cueOf("The union vowed to build a wall along the harbor and deport the smugglers.", "vowed")?.content,
    ).toEqual(["to build a wall along the harbor and deport the smugglers"]);
    expect(cueOf("Lind said she would change course and endorse the ferry deal.", "said")?.content).toEqual([
      "she would change course and endorse the ferry deal",
    ]);
  });
  it("still ends the content before a second past-tense report", () => {
    expect(cueOf("Lind said she wants to leave and asked for a vote.", "said")?.content).toEqual([
      "she wants to leave",
    ]);
  });
});

describe("a single dash before a concession", () => {
  it("ends the content at the dash", () => {
    expect(cueOf("Lind said the toll was fair — though the pier stayed shut all week.", "said")?.content).toEqual([
      "the toll was fair",
    ]);
    expect(cueOf("Okafor insisted that the ferry was safe - although the crew had quit.", "insisted")?.content).toEqual(
      ["that the ferry was safe"],
    );
  });
  it("keeps an insert between two dashes", () => {
    expect(cueOf("Lind said the toll -- while high -- was fair.", "said")?.content).toEqual([
      "the toll -- while high -- was fair",
    ]);
  });
});

describe("a reason clause after a stance object", () => {
  it("stays in the object content", () => {
    expect(cueOf("The mayor criticized Lind as reckless because she sold the ferry.", "criticized")?.content).toEqual([
      "Lind as reckless because she sold the ferry",
    ]);
    expect(cueOf("Okafor questioned the captain's fitness because of his record.", "questioned")?.content).toEqual([
      "the captain's fitness because of his record",
    ]);
  });
  it("ends the object after a backing verb (the backer's motive)", () => {
    expect(cueOf("The guild endorsed Brenn because it trusts her on wages.", "endorsed")?.content).toEqual(["Brenn"]);
  });
  it("still ends the object before a time clause", () => {
    expect(cueOf("The mayor criticized the toll after the vote.", "criticized")?.content).toEqual(["the toll"]);
  });
});

describe("'and' + a wish or belief verb after a complete reported clause", () => {
  it("goes on with the reported subject", () => {
    expect(cueOf("Lind said she was tired of the tolls and wanted a new ferry.", "said")?.content).toEqual([
      "she was tired of the tolls and wanted a new ferry",
    ]);
  });
  it("still ends before the reporter's next statement", () => {
    expect(cueOf("Lind said the pier was closed and said the ferry was late.", "said")?.content).toEqual([
      "the pier was closed",
    ]);
  });
});
