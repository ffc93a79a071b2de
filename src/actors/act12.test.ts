import { describe, expect, it } from "vitest";
import { buildDocument } from "../nlp/document.js";
import { createActorStage } from "./index.js";

// Invented sentences for act12 (issue 12: participants without the country the story gives them, or with the
// wrong sector or country).
const stage = createActorStage();

function actorOf(text: string, date: string | null = "1987-03-27"): Record<string, string | null> {
  const doc = buildDocument(text, { id: "t", title: null, date, source: null, url: null });
  return Object.fromEntries(stage.run(doc, { date }).mentions.map((m) => [m.text, m.actor]));
}

describe("act12: historical places by article date", () => {
  it("Aden is South Yemen before unification, Yemen after", () => {
    expect(actorOf("Officials in Aden praised the new port tariffs.", "1986-05-02")["Officials in Aden"]).toBe(
      "YMDGOV",
    );
    expect(actorOf("Officials in Aden praised the new port tariffs.", "1995-05-02")["Officials in Aden"]).toBe(
      "YEMGOV",
    );
  });
  it("Leipzig and East Berlin are East Germany before 1990-10-03", () => {
    const got = actorOf("Protesters in Leipzig and police in East Berlin faced each other.", "1989-10-09");
    expect(got["Protesters in Leipzig"]).toBe("DDROPP");
    expect(got["police in East Berlin"]).toBe("DDRCOP");
    expect(actorOf("Protesters in Leipzig marched on Monday.", "2004-08-30")["Protesters in Leipzig"]).toBe("DEUOPP");
  });
  it("Soviet republics are the Soviet Union before its end; the Baltic states stay their own", () => {
    expect(actorOf("Ukrainian officials inspected the grain silos.", "1986-06-01")["Ukrainian officials"]).toBe(
      "SUNGOV",
    );
    expect(actorOf("Ukrainian officials inspected the grain silos.", "1993-06-01")["Ukrainian officials"]).toBe(
      "UKRGOV",
    );
    expect(actorOf("Latvian officials inspected the grain silos.", "1989-10-01")["Latvian officials"]).toBe("LVAGOV");
  });
});

describe("act12: sub-national places of the United Kingdom", () => {
  it("activists in Kent and police in Surrey are British", () => {
    const got = actorOf("Activists in Kent blocked the road and police in Surrey arrested two men.", "2004-06-01");
    expect(got["Activists in Kent"]).toBe("GBROPP");
    expect(got["police in Surrey"]).toBe("GBRCOP");
  });
  it("a dateline's state decides a town whose name an English county shares", () => {
    const got = actorOf("KENT, Wash., March 27 - Officials said the new plant would open in May.");
    expect(got.KENT).toBe("USA");
    expect(got.Officials).toBe("USAGOV");
  });
  it("a county opening a firm's name gives the firm no country", () => {
    expect(actorOf("Essex Plastics Corp said its profits rose.")["Essex Plastics Corp"]).toBe("---BUS");
  });
});

describe("act12: generic bodies of the EC", () => {
  it("the Commission and the Council in an EC story are the EC's", () => {
    const got = actorOf(
      "BRUSSELS, March 27 - The European Community will cut milk quotas. The Commission told Bonn the cut was final " +
        "and the Council of Ministers rejected a delay.",
    );
    expect(got.Commission).toBe("IGOEUREEC");
    expect(got["Council of Ministers"]).toBe("IGOEUREEC");
  });
  it("the parliament is the EU's once the European Parliament is named", () => {
    const got = actorOf(
      "The European Parliament debated the software rules. The parliament will vote against the Council's text.",
      "2005-03-01",
    );
    expect(got["The parliament"]).toBe("IGOEUREEC");
  });
});

describe("act12: staff of firms and coalitions", () => {
  it("company officials and spokesmen are business, not government", () => {
    const got = actorOf("TOKYO, March 27 - Company officials said the car maker would raise prices next month.");
    expect(got.officials).toBe("JPNBUS");
  });
  it("officials named after a firm are the firm's, not the state's", () => {
    const got = actorOf(
      "ORLANDO, Fla., March 27 - The Tulsa Grain Exchange, TGE, said volume rose. TGE officials complained about the rules.",
    );
    expect(got.officials).toBe("USABUS");
  });
  it("guard: the president of a firm no dictionary codes is no state official", () => {
    const got = actorOf(
      "TULSA, Okla., March 27 - Vantor Pipe Corp, VPC, president Jane Roe said the plant would close.",
    );
    expect(got["Jane Roe"] ?? "---BUS").toMatch(/BUS$/);
  });
  it("an attorney general is judicial, not a general", () => {
    expect(actorOf("Ohio Attorney General Dana Merritt sued the lender.")["Ohio Attorney General Dana Merritt"]).toBe(
      "USAJUD",
    );
  });
  it("the US-led coalition is a US-led force, not the country it fights in", () => {
    const got = actorOf("DAMASCUS, May 2 - The US-led coalition bombed bridges near the river.", "2016-05-02");
    expect(got["US-led coalition"]).toBe("USAMIL");
  });
});

describe("act12: former offices", () => {
  it("a former director of an agency is an elite of its country, and the agency is no actor", () => {
    const got = actorOf("Former CIA director Dana Quill criticized the plan on Tuesday.", "2018-03-01");
    expect(got["Dana Quill"]).toBe("USAELI");
    expect(got.CIA).toBeUndefined();
  });
  it("a serving director takes the agency's code", () => {
    const got = actorOf("CIA director Dana Quill criticized the plan on Tuesday.", "2018-03-01");
    expect(got["Dana Quill"]).toBe("USASPY");
  });
});
