import { describe, expect, it } from "vitest";
import { buildDocument } from "../nlp/document.js";
import { createActorStage } from "./index.js";

// Bodies of members, their leaders, and people of several states (docs/actors.md "act6"), on invented sentences.
const stage = createActorStage();

function mentions(text: string, date = "2020-01-01"): Record<string, string | null> {
  const doc = buildDocument(text, { id: "t", title: null, date, source: null, url: null });
  return Object.fromEntries(stage.run(doc, { date }).mentions.map((m) => [m.text, m.actor]));
}

describe("a body of members is theirs: trade bodies, growers, unions", () => {
  it.each([
    ["The Kenya Tea Growers Association said exports would rise.", "Kenya Tea Growers Association", "KENAGR"],
    [
      "The Brazilian Sugar Producers Association said exports would rise.",
      "Brazilian Sugar Producers Association",
      "BRABUS",
    ],
    ["The Ghana Chamber of Commerce said rates would rise.", "Ghana Chamber of Commerce", "GHABUS"],
    ["The Nigerian Employers Federation said rates would rise.", "Nigerian Employers Federation", "NGABUS"],
    // a union of workers is labour, not a party's OPP
    ["The Zambian Farmers Union called for subsidies.", "Zambian Farmers Union", "ZMBAGR"],
    ["Dock staff joined the Latvian Workers' Union on Monday.", "Latvian Workers' Union", "LVALAB"],
  ])("%s → %s %s", (text, mention, code) => {
    expect(mentions(text)[mention]).toBe(code);
  });

  it("a state committee named after a trade is no trade body", () => {
    const m = mentions("The Senate Trade and Commerce Committee approved the bill. The United States agreed.");
    expect(Object.values(m)).not.toContain("---BUS");
  });
});

describe("leaders and officials of a body of members are the body's, not the state's", () => {
  it.each([
    ["The president of the Kenya Tea Growers Association said exports would rise.", "KENAGR"],
    ["The head of the Brazilian Sugar Producers Association told reporters the harvest was poor.", "BRABUS"],
    ["Officials of the Ghana Chamber of Commerce said rates would rise.", "GHABUS"],
  ])("%s → %s", (text, code) => {
    const m = mentions(text);
    const first = Object.keys(m)[0] as string;
    expect(m[first]).toBe(code);
  });

  it("a body with no country or trade in its name gives its officials no state", () => {
    const m = mentions("Officials of the Kenya Athletics Federation said the team would travel. Kenya won the race.");
    expect(Object.values(m)).not.toContain("KENGOV");
  });

  it("a president of a country named after 'of' is still its president", () => {
    expect(mentions("The president of the Republic of Kenya spoke on Monday.")).toMatchObject({
      "The president of the Republic of Kenya": "KENGOV",
    });
  });
});

describe("people of several states are no one state's", () => {
  it.each([
    // the only country named would otherwise claim them
    ["Governments in the region agreed to cut tariffs. Germany's central bank said rates would hold.", "Governments"],
    ["Ministers from 12 countries signed the accord in Nairobi on Monday.", "Ministers"],
    // a counterpart is of the other side, not the possessor's
    ["Japanese trade officials met their counterparts in Tokyo. Officials said talks went well.", "their counterparts"],
  ])("no country: %s", (text, mention) => {
    const m = mentions(text);
    expect(mention in m).toBe(true);
    expect(m[mention]?.slice(0, 3) ?? "---").toBe("---");
  });

  it("plural governments in a story about one country are that country's", () => {
    const m = mentions(
      "British voters like change. In recent years governments have favoured short terms in Britain, and Britain's voters agree.",
    );
    expect(m.governments).toBe("GBRGOV");
  });

  it.each([["Other governments criticised the plan. Kenya defended it.", "Other governments"]])(
    "several states: %s",
    (text, mention) => {
      const m = mentions(text);
      expect(mention in m).toBe(true);
      expect(m[mention]?.slice(0, 3) ?? "---").toBe("---");
    },
  );

  it.each([
    ["Officials from 25 African countries met in Nairobi on Monday.", "Officials", "AFRGOV"],
    ["Ministers of several Asian nations met in Tokyo.", "Ministers", "ASAGOV"],
    ["Japanese trade officials met their U.S. counterparts in Tokyo.", "their U.S. counterparts", "USAGOV"],
  ])("%s → %s %s", (text, mention, code) => {
    expect(mentions(text)[mention]).toBe(code);
  });
});

describe("a country's demonym before another's names where an ethnic group lives", () => {
  it.each([
    ["Croatian Serb refugees returned home on Monday.", "Croatian Serb refugees", "HRVREF"],
    ["Iraqi Turkmen villagers fled the town.", "Iraqi Turkmen villagers", "IRQCVL"],
    ["Bosnian Serbs attacked the town.", "Bosnian Serbs", "BIHCVL"],
  ])("%s → %s %s", (text, mention, code) => {
    expect(mentions(text)[mention]).toBe(code);
  });

  it("two peoples named together keep their own countries", () => {
    expect(mentions("Serbs and Croats clashed again.")).toMatchObject({ Serbs: "SRB", Croats: "HRV" });
  });
});

describe("citizens of a descent live in the second country", () => {
  it("Irish Americans are no Irish group", () => {
    const m = mentions("Wealthy Irish Americans met in Boston on Monday.");
    expect(Object.values(m)).not.toContain("IRLCVL");
  });
});
