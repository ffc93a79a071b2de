import { describe, expect, it } from "vitest";
import { codeText } from "../test-support/code-text.js";

// The subject of a passive reporting verb is what was said or whom it was said to, never the speaker.
describe("passive cues", () => {
  it("the addressee of 'was told' is no speaker", () => {
    const quote = codeText("The minister was told that the talks had failed.").quotes[0];
    expect(quote?.cue?.text).toBe("told");
    expect(quote?.speaker).toBeNull();
  });

  it("the 'by' agent of a passive cue is the speaker", () => {
    const quote = codeText("It was announced by the ministry that the border would close.").quotes[0];
    expect(quote?.speaker?.text).toBe("the ministry");
  });

  it("a reported subject is no source", () => {
    const article = codeText("Three soldiers were reported missing after the attack.");
    for (const a of article.attributions) expect(a.source?.text).not.toBe("Three soldiers");
  });
});
