/**
 * Issue 14, fourteenth pass (at17): sources and cues of PolNeAR dev error classes ("Fourteenth pass" in
 * docs/attribution.md). Every sentence here is invented for the test.
 */
import { describe, expect, it } from "vitest";
import { attributionItems } from "../test-support/attribution-items.js";

const run = (text: string) => attributionItems(text);
const cueOf = (text: string, cue: string) => run(text).find((x) => x.cue === cue);

describe("a speaker after a quotation with an 'of the …' affiliation", () => {
  it("keeps the whole phrase as the source", () => {
    expect(
      cueOf('"The harbor plan is far too late," said Mr. Vask of the Harbor Policy Center.', "said"),
    ).toMatchObject({ who: "Mr. Vask of the Harbor Policy Center" });
    expect(
      cueOf('"The toll is a mistake," said Dana Vask of the Harbor Policy Center, a small think tank.', "said")?.who,
    ).toBe("Dana Vask of the Harbor Policy Center, a small think tank");
  });
});

describe("the source of 'according to'", () => {
  it("runs over a long participle phrase to the comma", () => {
    expect(
      cueOf(
        "According to first returns of the harbor survey carried out by Harbor Research for the Gazette and two radio stations, Lind won.",
        "According to",
      )?.who,
    ).toBe("first returns of the harbor survey carried out by Harbor Research for the Gazette and two radio stations");
  });
  it("stops at a spaced dash, not at a hyphen inside a name", () => {
    expect(
      cueOf("Lind leads by nine points, according to the Harbor-Valley survey - despite her losses.", "according to")
        ?.who,
    ).toBe("the Harbor-Valley survey");
  });
});

describe("denial and admission verbs with a noun-phrase object", () => {
  it("report the object", () => {
    expect(cueOf("The captain later denied the allegations.", "later denied")).toMatchObject({
      who: "The captain",
      content: ["the allegations"],
    });
    expect(cueOf("Okafor has acknowledged the mistake.", "has acknowledged")).toMatchObject({
      who: "Okafor",
      content: ["the mistake"],
    });
  });
  it("withholding or appointing is no report", () => {
    expect(cueOf("The judge denied bail to the ferry captain.", "denied")).toBeUndefined();
    expect(cueOf("The council denied Okafor the harbor permit.", "denied")).toBeUndefined();
    expect(cueOf("The senate confirmed 12 new harbor judges.", "confirmed")).toBeUndefined();
  });
  it("a clause that opens like a noun phrase stays a clause", () => {
    expect(cueOf("Lind acknowledged the mayor and Okafor had split the vote.", "acknowledged")?.content).toEqual([
      "the mayor and Okafor had split the vote",
    ]);
  });
});

describe("an infinitive split by an adverb", () => {
  it("is the content of a commitment or refusal", () => {
    expect(cueOf("The port agency declined to publicly explain the delay.", "declined")).toMatchObject({
      who: "The port agency",
      content: ["to publicly explain the delay"],
    });
  });
});

describe("a writer's connective between a subject and its cue", () => {
  it("is no part of the source, nor does it lose it", () => {
    expect(
      cueOf("Owners of the ferry, on the other hand, argued that the new toll would hurt them.", "argued")?.who,
    ).toBe("Owners of the ferry");
    expect(cueOf("Dock captains and pilots, in fact, still insist that the pier is safe.", "still insist")?.who).toBe(
      "Dock captains and pilots",
    );
  });
});

describe("an adjective cue after a linking verb", () => {
  it("takes the subject before the verb and the verb into the cue phrase", () => {
    expect(
      cueOf("The ferry captains and their crews remain confident that the strike will end soon.", "remain confident"),
    ).toMatchObject({ who: "The ferry captains and their crews", content: ["that the strike will end soon"] });
  });
});

describe("a coordinated subject", () => {
  it("is the whole source of a prepositional cue", () => {
    expect(
      cueOf("Orrin and Okafor did not immediately respond to requests for comment.", "did not immediately respond to")
        ?.who,
    ).toBe("Orrin and Okafor");
  });
  it("keeps a focus adverb after the conjunction", () => {
    expect(cueOf("Pilots and even some captains say the pier will open.", "say")?.who).toBe(
      "Pilots and even some captains",
    );
  });
});
