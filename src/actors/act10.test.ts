import { describe, expect, it } from "vitest";
import { buildDocument } from "../nlp/document.js";
import { createActorStage } from "./index.js";

// Invented sentences for act10 (issue 12: participants without the country the story gives them).
const stage = createActorStage();

function actorOf(text: string, date: string | null = "1987-03-27"): Record<string, string | null> {
  const doc = buildDocument(text, { id: "t", title: null, date, source: null, url: null });
  return Object.fromEntries(stage.run(doc, { date }).mentions.map((m) => [m.text, m.actor]));
}

describe("the place of a wire dateline", () => {
  it("a city of two short capitalized words is the dictionary's city, not an acronym", () => {
    const got = actorOf("LOS ANGELES, May 4 - The central bank chairman said rates would stay low, he told reporters.");
    expect(got["LOS ANGELES"]).toBe("USA");
    expect(got.reporters).toBe("USAMED");
    const paz = actorOf("LA PAZ, May 4 - The mining minister said tin output rose, officials told journalists.");
    expect(paz["LA PAZ"]).toBe("BOL");
    expect(paz.journalists).toBe("BOLMED");
  });
  it("a town the dictionary lacks takes the country or state named after its comma", () => {
    const got = actorOf(
      "PUERTO VALDORA, Chile, May 4 - The mining minister said copper output rose, he told reporters after a visit.",
    );
    expect(got.reporters).toBe("CHLMED");
    const calif = actorOf("SANTA VALDORA, Calif., May 4 - The company's chairman told reporters sales rose.");
    expect(calif.reporters).toBe("USAMED");
  });
  it("old wire spellings of capitals are places of their countries", () => {
    expect(actorOf("PEKING, May 4 - Officials told reporters grain output rose.").reporters).toBe("CHNMED");
    expect(actorOf("BERNE, May 4 - Officials told reporters exports rose.").reporters).toBe("CHEMED");
  });
});

describe("a foreign firm in a dateline story's sentence", () => {
  it("leaves that sentence's officials and reporters the dateline's", () => {
    const got = actorOf(
      "MANILA, May 4 - The state bank will finance Toyota Motor Corp's purchase of a factory, an official of the bank told reporters. Exports to the United States rose.",
    );
    expect(got["Toyota Motor Corp"]).toBe("JPNBUS");
    expect(got.reporters).toBe("PHLMED");
  });
  it("but a foreign state's official in the sentence still leaves them uncoded", () => {
    const got = actorOf(
      "MANILA, May 4 - The state bank will finance a factory. Exports to the United States rose. A Japanese trade official told reporters the plan was sound.",
    );
    expect(got.reporters).toBe("---MED");
  });
});

describe("reporters told by the story's own people", () => {
  it("are the dateline's press though another country's officials share the sentence", () => {
    const text =
      "LONDON, May 4 - Talks on trade went well. Exports to the United States rose. After talks with Japanese officials Chancellor of the Exchequer Nigel Lawson told reporters he was pleased.";
    const got = actorOf(text);
    expect(got["Japanese officials"]).toBe("JPNGOV");
    expect(got.reporters).toBe("GBRMED");
  });
  it("also when the teller is named again by surname alone", () => {
    const text =
      "LONDON, May 4 - Chancellor of the Exchequer Nigel Lawson said trade talks went well. Exports to the United States rose. After talks with Japanese officials Lawson told reporters he was pleased.";
    expect(actorOf(text).reporters).toBe("GBRMED");
  });
  it("but not when the teller is the foreigner", () => {
    const text =
      "LONDON, May 4 - Talks on trade went well. Exports to the United States rose. After talks with British officials Japanese Finance Minister Kiichi Miyazawa told reporters he was pleased.";
    expect(actorOf(text).reporters).toBe("---MED");
  });
});

describe("a foreign group named by its nationality", () => {
  it("still leaves the sentence's authorities uncoded", () => {
    const got = actorOf(
      "CARACAS, May 4 - The minister will travel to Tokyo. Exports to the United States rose. He will meet Japanese economic and financial authorities and the Japanese companies already active here, he said.",
    );
    expect(got.authorities).not.toBe("VENGOV");
  });
});
