/**
 * Issue 14, eleventh pass (at14): source phrases the word walk cut short or missed ("Eleventh pass" in
 * docs/attribution.md). Every sentence here is invented for the test.
 */
import { describe, expect, it } from "vitest";
import { attributionItems } from "../test-support/attribution-items.js";

const run = (text: string) => attributionItems(text);
const whoOf = (text: string, cue = "said") => run(text).find((x) => x.cue === cue)?.who;

describe("an adjective after its noun inside a source", () => {
  it("keeps 'familiar with' and 'close to' with the head noun", () => {
    expect(whoOf("People familiar with the talks said the ferries to Rohan were late.")).toBe(
      "People familiar with the talks",
    );
    expect(whoOf("Sources close to her campaign say the ferries to Rohan are late.", "say")).toBe(
      "Sources close to her campaign",
    );
  });
  it("does the same when the source follows the cue", () => {
    expect(whoOf("The ferries to Rohan were late, said two people familiar with the talks.")).toBe(
      "two people familiar with the talks",
    );
  });
});

describe("an adjective the tagger reads for the head noun", () => {
  it("makes 'the chief executive' a source before and after the cue", () => {
    expect(whoOf("The port of Dol Amroth is late, the chief executive said.")).toBe("the chief executive");
    expect(whoOf("The port of Dol Amroth is late, said the company's chief executive.")).toBe(
      "the company's chief executive",
    );
  });
});

describe("an affiliation apposition", () => {
  it("keeps ', of Gondor Shipping,' in the source", () => {
    expect(whoOf('"The harbor is full," Mr. Brenn, of Gondor Shipping, said.')).toBe("Mr. Brenn, of Gondor Shipping");
    expect(whoOf("Ada Lind, from the port authority, said the ferries were late.")).toBe(
      "Ada Lind, from the port authority",
    );
  });
});

describe("a report verb with a noun-phrase object", () => {
  it("reports the object", () => {
    const item = run("Police in Minas Tirith reported no arrests.").find((x) => x.cue === "reported");
    expect(item?.who).toBe("Police in Minas Tirith");
    expect(item?.content).toEqual(["no arrests"]);
    expect(run("The Rohan filing revealed deep anxiety over bread prices.")[0]?.content).toEqual([
      "deep anxiety over bread prices",
    ]);
  });
  it("leaves a clause complement as it was", () => {
    expect(run("The Gondor Herald reported the king would resign.")[0]?.content).toEqual(["the king would resign"]);
  });
});

describe("a participle after a quotation that closes on its comma", () => {
  const text =
    'Elessar insisted that he has "expanded the kingdom," claiming that he is responsible for higher harvests.';
  it("ends the content before the participle", () => {
    expect(run(text).find((x) => x.cue === "insisted")?.content).toEqual(['that he has "expanded the kingdom,"']);
  });
  it("makes the participle the same speaker's next report, not the quotation's cue", () => {
    const item = run(text).find((x) => x.cue === "claiming");
    expect(item?.who).toBe("Elessar");
    expect(item?.content).toEqual(["that he is responsible for higher harvests"]);
  });
});

describe("a relative pronoun as the object of a stance or denial cue", () => {
  it("makes the pronoun the content", () => {
    const item = run("He faced claims that he cheated at dice, which he has denied.").find(
      (x) => x.cue === "has denied",
    );
    expect(item?.who).toBe("he");
    expect(item?.content).toEqual(["which"]);
    const rate = run("The rate would fall to 10 percent, which Senator Ada Lind of Rohan proposed last year.");
    expect(rate.find((x) => x.cue === "proposed")?.content).toEqual(["which"]);
  });
  it("leaves passives, a determiner 'that' and speech verbs alone", () => {
    expect(run("In practice that sort of fine is rarely demanded by the king.")).toEqual([]);
    expect(
      run("The plan, which he said on Monday would fail, was dropped.").some(
        (x) => x.content[0] === "which" && x.content.length === 1,
      ),
    ).toBe(false);
  });
});
