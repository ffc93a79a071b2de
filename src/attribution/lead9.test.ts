/**
 * Lead, 2026-12-08 (issue 14: "the speaker is the head of the cue's subject phrase, not a modifier in it"). Every
 * sentence here is invented for the test.
 */
import { describe, expect, it } from "vitest";
import { codeText } from "../test-support/code-text.js";

function speakerName(text: string): string | undefined {
  const coded = codeText(text);
  const quote = coded.quotes[0];
  const entity = coded.entities.find((e) => e.id === quote?.speaker?.entity);
  return entity?.name;
}

describe("a named apposition after a possessed title is the speaker", () => {
  it("'Norway's ferry manager, Ada Lind, told …' is Ada Lind, not Norway", () => {
    expect(speakerName("Norway's ferry manager, Ada Lind, told reporters the harbor toll would rise.")).toBe(
      "Ada Lind",
    );
  });
  it("guard: a name first keeps its own entity ('Ada Lind, Norway's ferry manager, told …')", () => {
    expect(speakerName("Ada Lind, Norway's ferry manager, told reporters the harbor toll would rise.")).toBe(
      "Ada Lind",
    );
  });
});
