import { describe, expect, it } from "vitest";
import { buildDocument } from "../nlp/document.js";
import { createActorStage } from "./index.js";

// Participants given the country the story gives them (docs/actors.md "act7"), on invented sentences.
const stage = createActorStage();

function layer(text: string, date = "1987-05-04") {
  const doc = buildDocument(text, { id: "t", title: null, date, source: null, url: null });
  return stage.run(doc, { date });
}

/** Every mention's text with its code (a text written twice keeps its last code). */
function mentions(text: string, date?: string): Record<string, string | null> {
  return Object.fromEntries(layer(text, date).mentions.map((m) => [m.text, m.actor]));
}

/** The codes of all mentions written `t`. */
function codesOf(text: string, t: string): (string | null)[] {
  return layer(text)
    .mentions.filter((m) => m.text === t)
    .map((m) => m.actor);
}

describe("a state's office the recognizer names alone is the story's country's", () => {
  it("the Senate under a Washington dateline", () => {
    const text =
      "WASHINGTON, May 4 - Senate Republican leader Tom Hadley said the tariffs were overdue. " +
      "Hadley told the Senate the cuts hurt farmers and urged Canada to open its markets.";
    expect(codesOf(text, "Senate")).toEqual(["USALEG", "USALEG"]);
  });

  it.each([
    ["OTTAWA, May 4 - The Finance Department said reserves rose in April.", "Finance Department", "CANGOV"],
    ["LONDON, May 4 - Unemployment fell in April, the Employment Department said.", "Employment Department", "GBRGOV"],
    ["TOKYO, May 4 - Exports rose in April, the Ministry of Finance said.", "Ministry of Finance", "JPNGOV"],
  ])("%s → %s %s", (text, mention, code) => {
    expect(mentions(text)[mention]).toBe(code);
  });

  it("a firm's department or a name the recognizer cut is no state office", () => {
    const m = mentions(
      "HOUSTON, May 4 - Output fell, said Ann Lee, manager of the Supply Department at Dorvex Corp. " +
        "Congress Financial Group lent the money.",
    );
    expect(m["Supply Department"]).not.toBe("USAGOV");
    expect(Object.values(m)).not.toContain("USALEG");
    const d = mentions(
      "NEW YORK, May 4 - Ann Lee, head of the Mergers and Acquisitions Department of the broker, quit.",
    );
    expect(Object.values(d)).not.toContain("USAGOV");
  });
});

describe("an office named alone keeps the dateline's country beside another country's actor", () => {
  const text =
    "WASHINGTON, May 4 - Commerce Secretary Jane Holt said she would not object to the sale of printers to Iran. " +
    "Holt said the Defense Department's objection that Iranian officials would misuse them was weak.";

  it("a country the lead names as a destination does not move the story", () => {
    expect(mentions(text)["Commerce Secretary Jane Holt"]).toBe("USAGOV");
  });

  it("the Defense Department is the United States' beside Iranian officials", () => {
    expect(mentions(text)["Defense Department"]).toBe("USAGOV");
  });

  it("an office listed with another country's body is that country's, not the dateline's", () => {
    const m = mentions(
      "LONDON, May 4 - Britain will press Japan on trade. Minister Tom Reed will meet officials of the " +
        "Japanese Stock Exchange, the Ministry of Finance and the Trade Ministry in Tokyo next week.",
    );
    expect(m["Ministry of Finance"]).not.toBe("GBRGOV");
    expect(m["Trade Ministry"]).not.toBe("GBRGOV");
  });
});

describe("an office in a story about several countries is of the country it opens with and names most", () => {
  it("the Department of Justice in a US firm's story about Indonesia", () => {
    const text =
      "The US drug maker Pellax has agreed to pay a fine for bribing an official in Indonesia. " +
      "The US company told US investors that the Department of Justice had ended its inquiry. " +
      "Pellax sells its pills in the United States and Indonesia.";
    expect(mentions(text)["Department of Justice"]).toBe("USAGOV");
  });

  it("no office of a foreign country is given the dateline's when the other is named as often", () => {
    const text =
      "LONDON, May 4 - Iran's non-oil exports rose in the year to March, the Iranian news agency said. " +
      "It quoted a senior Industry Ministry official as saying Iran sold carpets to Britain.";
    expect(mentions(text)["Industry Ministry"]).not.toBe("GBRGOV");
  });
});

describe("firms take the country or place their name carries", () => {
  it.each([
    ["The Chicago Mercantile Exchange raised margins on Monday.", "Chicago Mercantile Exchange", "USABUS"],
    ["The Bank of Montreal cut its prime rate.", "Bank of Montreal", "CANBUS"],
    ["Norvex Canada Inc said profits rose.", "Norvex Canada Inc", "CANBUS"],
    ["Korea Exchange Bank raised its lending rate.", "Korea Exchange Bank", "KORBUS"],
    ["The Hongkong Bank said deposits rose.", "The Hongkong Bank", "HKGBUS"],
  ])("%s → %s %s", (text, mention, code) => {
    expect(mentions(text)[mention]).toBe(code);
  });

  it("a city before the legal form, a hyphened city or a city from the generated list names no country", () => {
    const m = mentions("Dalton Douglas Corp said sales rose. Bristol-Meyers Co said sales fell. Santos Ltd said.");
    expect(m["Dalton Douglas Corp"]).not.toBe("IMNBUS");
    expect(m["Bristol-Meyers Co"]).not.toBe("GBRBUS");
    expect(m["Santos Ltd"]).not.toBe("BRABUS");
  });

  it("two banks composed with one country are two organizations", () => {
    const l = layer("NAIROBI, May 4 - Kenya Commercial Bank raised rates. Kenya Savings Bank cut them.");
    const banks = l.mentions.filter((m) => m.text.endsWith("Bank"));
    expect(banks.map((m) => m.actor)).toEqual(["KENBUS", "KENBUS"]);
    expect(banks[0]?.entity).not.toBe(banks[1]?.entity);
  });

  it("the National Bank named alone is the state's central bank", () => {
    expect(mentions("ZURICH, May 4 - Sight deposits fell last week, the National Bank said.")["National Bank"]).toBe(
      "CHEGOV",
    );
  });
});

describe("the press a story names without a medium", () => {
  it("reporters a visiting minister told are the press of the dateline's place", () => {
    const text =
      "WASHINGTON, May 4 - French Finance Minister Paul Merle said France would cut taxes. " +
      "Merle told reporters the cuts would help growth in France.";
    expect(mentions(text).reporters).toBe("USAMED");
  });
});

describe("members of an international body named again by their head noun", () => {
  const text =
    "LUXEMBOURG, May 4 - EC foreign ministers agreed to press Japan on trade. " +
    "Ministers also decided to continue talks with Canada. The ministers will meet again in June.";

  it("'EC' is the European Community", () => {
    expect(mentions(text).EC).toBe("IGOEUREEC");
  });

  it("'Ministers' after 'EC foreign ministers' are the EC's, not Luxembourg's", () => {
    expect(mentions(text).Ministers).toBe("IGOEUREEC");
    expect(mentions(text)["The ministers"]).toBe("IGOEUREEC");
  });

  it("a country's officials named before decide nothing", () => {
    const m = mentions(
      "TOKYO, May 4 - U.S. officials met Japanese officials on rice. Officials said the talks went well.",
    );
    expect(m.Officials).not.toBe("USAGOV");
  });
});
