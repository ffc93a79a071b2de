/**
 * Issue 14, twelfth pass (at15): cue senses and PolNeAR dev error classes ("Twelfth pass" in docs/attribution.md).
 * Every sentence here is invented for the test.
 */
import { describe, expect, it } from "vitest";
import { attributionItems } from "../test-support/attribution-items.js";

const run = (text: string) => attributionItems(text);
const cueOf = (text: string, cue: string) => run(text).find((x) => x.cue === cue);

describe("'share' reports only information or a view", () => {
  it("is no cue with an object that names an act or a thing held in common", () => {
    expect(cueOf("Ada Brenn shared the driving with her cousin on the ride to Pelargir.", "shared")).toBeUndefined();
    expect(cueOf("The two firms shared the cost of the new terminal.", "shared")).toBeUndefined();
    expect(cueOf("The rangers shared the blame for the fire at Osgiliath.", "shared")).toBeUndefined();
  });
  it("is a cue with news, a photo, a view or a concern as its object", () => {
    expect(cueOf("He shared a photo of the bridge on his page.", "shared")?.content).toEqual([
      "a photo of the bridge on his page",
    ]);
    expect(cueOf("The minister shared his deep concerns about the budget.", "shared")?.who).toBe("The minister");
    expect(cueOf("Officials shared the news with the families on Friday.", "shared")?.who).toBe("Officials");
  });
  it("keeps a 'that' clause", () => {
    expect(cueOf("She shared that she had been ill for months.", "shared")?.content).toEqual([
      "that she had been ill for months",
    ]);
  });
});

describe("a one-word answer after a speech verb", () => {
  it("makes 'yes' or 'no' the content", () => {
    expect(
      cueOf("Questioned on whether the ferry ran late, the skipper said no. She left at noon.", "said"),
    ).toMatchObject({
      who: "the skipper",
      content: ["no"],
    });
    expect(
      cueOf("Asked about the toll, 62 percent of sailors said yes, while 30 percent disagreed.", "said"),
    ).toMatchObject({
      who: "62 percent of sailors",
      content: ["yes"],
    });
  });
  it("leaves 'no' that opens a clause to the clause", () => {
    expect(cueOf("Brenn said no ferry would sail on Sunday.", "said")?.content).toEqual([
      "no ferry would sail on Sunday",
    ]);
  });
});

describe("a kicker label before a headline colon", () => {
  it("is no speaker", () => {
    const items = run("Breaking: Lind Just Made A Big Announcement About The Port\n\nMara Lind quit on Monday.");
    expect(items.filter((x) => x.cue === ":")).toEqual([]);
    expect(run("Ferry Update: Where The Boats Stand Tonight\n\nThe count went on.")).toEqual([]);
  });
  it("keeps a name before the colon", () => {
    expect(cueOf("Harbor Guild: The Toll Office Kept Two Ledgers\n\nThe office denied it.", ":")?.who).toBe(
      "Harbor Guild",
    );
  });
});

describe("words that look like cues but report nothing", () => {
  it("reads a participle between a number, an article or an adjective and a noun as a modifier", () => {
    expect(run("Lind has 312 pledged rowers from the river towns.")).toEqual([]);
    expect(run("Brenn counts the loyal, pledged oarsmen of Dol Amroth.")).toEqual([]);
    expect(run("A margin of some 90 pledged captains decides the guild vote.")).toEqual([]);
  });
  it("reads 'you know' before a comma as a filler", () => {
    expect(run("You know, the first winter on the river taught me patience.")).toEqual([]);
    expect(cueOf("You know that the port is closed.", "know")?.content).toEqual(["that the port is closed"]);
  });
  it("reads a wish to thank, remind or tell as the speech act itself", () => {
    expect(run("I want to thank the lock keepers for their long nights.")).toEqual([]);
    expect(run("So I want you to know the ferries will keep running.")).toEqual([]);
    expect(cueOf("We want to build a new ferry.", "want")?.content).toEqual(["to build a new ferry"]);
    expect(cueOf("He wanted to know whether the harbor was safe.", "wanted to know")?.content).toEqual([
      "whether the harbor was safe",
    ]);
  });
  it("reads 'given that' as a conjunction", () => {
    expect(run("The strike is striking, given that the port is closed.")).toEqual([]);
  });
});

describe("a passive 'asked' with a question or a request", () => {
  it("makes the question the content and the 'by' phrase the asker", () => {
    expect(cueOf("On the radio, the skipper was asked what became of the barge.", "was asked")).toMatchObject({
      who: null,
      content: ["what became of the barge"],
    });
    expect(cueOf("Brenn was asked by a caller whether the port would open.", "was asked")).toMatchObject({
      who: "a caller",
      content: ["whether the port would open"],
    });
    expect(cueOf("Guild members are asked to list three names.", "are asked")?.content).toEqual([
      "to list three names",
    ]);
  });
});

describe("'called' with a pronoun object and a complement", () => {
  it("is a report after a plural subject with an adjective", () => {
    expect(cueOf("Many sailors called him the calmest man on the pier.", "called")).toMatchObject({
      who: "Many sailors",
      content: ["him the calmest man on the pier"],
    });
  });
  it("is a report in a participle after a past-tense clause", () => {
    expect(cueOf("Okafor rebuked Brenn at the dock, calling him a fraud.", "calling")).toMatchObject({
      who: "Okafor",
      content: ["him a fraud"],
    });
  });
  it("still names after an indefinite noun", () => {
    expect(cueOf("A group called Harbor Watch met on Friday.", "called")).toBeUndefined();
  });
});

describe("subjects the word walk cut short", () => {
  const whoOf = (text: string, cue: string) => cueOf(text, cue)?.who;
  it("keeps 'neither … nor'", () => {
    expect(whoOf("Neither Lind nor Brenn said the port would open.", "said")).toBe("Neither Lind nor Brenn");
  });
  it("keeps the name before an intensifying pronoun and the head of a partitive 'of them'", () => {
    expect(whoOf("Lind herself has proposed a small levy on barges.", "has proposed")).toBe("Lind herself");
    expect(whoOf("About a third of them said the lock was shut.", "said")).toBe("About a third of them");
  });
  it("ends a subject before a past tense and keeps a participle that opens the phrase", () => {
    const text = "Ms. Lind said Mr. Brenn was ''careless'' with tolls and criticized him for the delays.";
    expect(cueOf(text, "said")?.who).toBe("Ms. Lind");
    expect(cueOf(text, "criticized")?.who).toBe("Ms. Lind");
    expect(whoOf('"The lock will hold," said retired pilot Ben Okafor, pressed on the repairs.', "said")).toBe(
      "retired pilot Ben Okafor",
    );
  });
});
