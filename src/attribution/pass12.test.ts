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
    expect(cueOf("Mara Lind shared the driving with her partner on the long trip north.", "shared")).toBeUndefined();
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
    expect(cueOf("Asked if the ferry was late, the captain said no. She left at noon.", "said")).toMatchObject({
      who: "the captain",
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
    expect(run("Delegate Update: The Latest Count In The Harbor Race\n\nThe count went on.")).toEqual([]);
  });
  it("keeps a name before the colon", () => {
    expect(cueOf("Harbor Watch: Port Office Hid Key Email For Years\n\nThe office denied it.", ":")?.who).toBe(
      "Harbor Watch",
    );
  });
});

describe("words that look like cues but report nothing", () => {
  it("reads a participle between a number, an article or an adjective and a noun as a modifier", () => {
    expect(run("There are 4,051 pledged delegates allocated by the results in the ports.")).toEqual([]);
    expect(run("She clinched an outright majority of regular, pledged delegates.")).toEqual([]);
    expect(run("For context, a lead of nearly 400 pledged delegates is triple the lead Brenn had.")).toEqual([]);
  });
  it("reads 'you know' before a comma as a filler", () => {
    expect(run("You know, when I became mayor of Dol Amroth, I met with the guild.")).toEqual([]);
    expect(cueOf("You know that the port is closed.", "know")?.content).toEqual(["that the port is closed"]);
  });
  it("reads a wish to thank, remind or tell as the speech act itself", () => {
    expect(run("I want to thank them for coming to the harbor tonight.")).toEqual([]);
    expect(run("Now I want you to know the campaign goes on.")).toEqual([]);
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
    expect(cueOf("In an interview, the captain was asked what happened to the ferry.", "was asked")).toMatchObject({
      who: null,
      content: ["what happened to the ferry"],
    });
    expect(cueOf("Brenn was asked by a caller whether the port would open.", "was asked")).toMatchObject({
      who: "a caller",
      content: ["whether the port would open"],
    });
    expect(cueOf("Delegates are asked to rank their choices.", "are asked")?.content).toEqual([
      "to rank their choices",
    ]);
  });
});

describe("'called' with a pronoun object and a complement", () => {
  it("is a report after a plural subject with an adjective", () => {
    expect(cueOf("Many commentators called him the grownup on the stage.", "called")).toMatchObject({
      who: "Many commentators",
      content: ["him the grownup on the stage"],
    });
  });
  it("is a report in a participle after a past-tense clause", () => {
    expect(cueOf("Okafor hammered Brenn, calling him a fraud.", "calling")).toMatchObject({
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
    expect(whoOf("Lind herself has proposed a modest tax on ferries.", "has proposed")).toBe("Lind herself");
    expect(whoOf("Nearly 10 percent of them said the port was closed.", "said")).toBe("Nearly 10 percent of them");
  });
  it("ends a subject before a past tense and keeps a participle that opens the phrase", () => {
    const text = "Ms. Lind said Mr. Brenn was ''ignorant'' of ports and criticized him for leaving.";
    expect(cueOf(text, "said")?.who).toBe("Ms. Lind");
    expect(cueOf(text, "criticized")?.who).toBe("Ms. Lind");
    expect(whoOf('"It is no mistake," said retired sailor Ben Okafor, asked about his claims.', "said")).toBe(
      "retired sailor Ben Okafor",
    );
  });
});
