/**
 * Issue 14: speakers, content and certainty read with the parse; evaluation verbs are not attributions; the cue
 * phrase is part of the contract. Every sentence here is invented for the test.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type ActorStage, createActorStage } from "../actors/index.js";
import { buildDocument } from "../nlp/document.js";
import { localCertainty } from "./certainty.js";
import { type AttributionStage, createAttributionStage } from "./index.js";
import { cueLexicon } from "./lexicon.js";

let actors: ActorStage;
let stage: AttributionStage;
beforeAll(() => {
  actors = createActorStage();
  stage = createAttributionStage();
});

function run(text: string) {
  const doc = buildDocument(text, { id: "t", title: null, date: null, source: null, url: null });
  const layer = actors.run(doc, { date: null });
  const out = stage.run(doc, layer);
  const name = (id: string | null | undefined) => layer.entities.find((e) => e.id === id)?.name ?? null;
  const all = [
    ...out.quotes.map((q) => ({ ...q, who: q.speaker })),
    ...out.attributions.map((a) => ({ ...a, who: a.source })),
  ];
  const items = all.map((x) => ({
    who: x.who?.text ?? null,
    entity: name(x.who?.entity),
    cue: x.cue?.text ?? null,
    phrase: x.cue_phrase?.text ?? null,
    content: x.content.map((c) => c.text),
    certainty: x.certainty,
  }));
  return { doc, items };
}

describe("cue phrase (contract field)", () => {
  it("carries the whole verb group next to the head word", () => {
    const { items } = run("The harbor board has also said that the pier will reopen in May.");
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ cue: "said", phrase: "has also said" });
  });

  it("equals the head word when the head stands alone", () => {
    const { items } = run("The harbor board said the pier will reopen in May.");
    expect(items[0]).toMatchObject({ cue: "said", phrase: "said" });
  });
});

describe("verbs of evaluation are events, not attributions", () => {
  it.each([
    "Dalton praised the mayor for her handling of the flood.",
    "The union condemned the layoffs at the mill.",
    "Several governors welcomed the decision on Tuesday.",
    "The minister welcomed that the court ruled quickly.",
  ])("%s", (text) => {
    expect(run(text).items).toEqual([]);
  });

  it("the lexicon keeps evaluation lemmas out of every cue class", () => {
    const cues = cueLexicon();
    expect(cues.evaluation.has("praise")).toBe(true);
    for (const l of ["praise", "condemn", "welcome"]) expect(cues.verbs.has(l)).toBe(false);
  });

  it("a stance verb that reports no evaluation stays an attribution", () => {
    const { items } = run("The senator opposed the pipeline through the valley.");
    expect(items.map((i) => i.cue)).toEqual(["opposed"]);
  });
});

describe("reported future is reported, not hypothetical", () => {
  it("'said X would' is a report of a plan", () => {
    const { items } = run("Union stalwart Maria Keane said the strike would continue through the weekend.");
    expect(items[0]).toMatchObject({
      certainty: "reported",
      content: ["the strike would continue through the weekend"],
    });
  });

  it("a real condition in the reported clause still makes it hypothetical", () => {
    const { items } = run("Officials said the company would cut 300 jobs if sales keep falling.");
    expect(items[0]?.certainty).toBe("hypothetical");
  });

  it("local certainty of a trigger under a speech verb ignores the reported 'would'", () => {
    const { doc } = run("The premier said the province would build two new clinics.");
    const build = doc.tokens.norm.indexOf("build");
    expect(localCertainty(doc, build).certainty).toBe("asserted");
  });

  it("a 'would' in the article's own clause stays hypothetical", () => {
    const { doc } = run("The new clinics would cost the province two million dollars.");
    const cost = doc.tokens.norm.indexOf("cost");
    expect(localCertainty(doc, cost).certainty).toBe("hypothetical");
  });
});

describe("content runs through a dash insert", () => {
  it("'and' after a closing dash resumes the reported clause", () => {
    const { items } = run(
      "She noted that the delegates voted twice—once in March and once in June—and adopted a new charter.",
    );
    expect(items[0]?.content).toEqual([
      "that the delegates voted twice—once in March and once in June—and adopted a new charter",
    ]);
  });

  it("a cue verb after the insert still ends the content", () => {
    const { items } = run("Ruiz said the ferry was late—by an hour or more—and said that nobody apologized.");
    expect(items[0]?.content).toEqual(["the ferry was late—by an hour or more—"]);
  });
});

describe("the speaker is the head of the cue's subject", () => {
  it("a participle cue's source is the noun it modifies, not the phrase before it", () => {
    const { items } = run("Sanchez slammed Okafor for a column alleging the port was sold.");
    const alleging = items.find((i) => i.cue === "alleging");
    expect(alleging?.who).toBe("a column");
  });

  it("the parse supplies the subject when the tagger mislabels its noun", () => {
    const { items } = run("The premier said the province would build two new clinics next year.");
    expect(items[0]).toMatchObject({ who: "The premier", cue: "said" });
  });

  it("a name after a descriptive modifier names the speaker, not the modifier", () => {
    const { items } = run("Kremlin ally Ivan Petrov said the talks would resume in May.");
    expect(items[0]?.entity).toBe("Ivan Petrov");
  });
});

describe("coordinated reports", () => {
  it("a verb coordinated with an earlier one takes that verb's subject from the parse", () => {
    const { items } = run("Dalton praised Ferreira's plans on rural transit and said the senator can win the county.");
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ who: "Dalton", cue: "said", content: ["the senator can win the county"] });
  });

  it("content with no verb of its own ends before 'and' + the next report", () => {
    const { items } = run("She declared “What a night!” and said that her campaign would keep going.");
    expect(items.map((i) => i.content)).toEqual([["“What a night!”"], ["that her campaign would keep going"]]);
  });

  it("a question frame ends at the comma that closes its quotation", () => {
    const { items } = run("Asked whether the mayor “can govern well,” 61 percent of voters said yes.");
    const asked = items.find((i) => i.cue === "Asked");
    expect(asked?.content).toEqual(["whether the mayor “can govern well,”"]);
  });
});

describe("topic verbs and bare belief clauses", () => {
  it.each([
    ["The envoy also mentioned the drought in the north.", "mentioned", "the drought in the north"],
    ["The two ministers discussed grain exports on the phone.", "discussed", "grain exports on the phone"],
  ])("%s: the object is what the source raises", (text, cue, content) => {
    const { items } = run(text);
    expect(items[0]).toMatchObject({ cue, content: [content] });
  });

  it("a belief verb takes a bare finite clause, but not a bare object", () => {
    expect(run("I know the council will back the plan.").items[0]).toMatchObject({
      cue: "know",
      content: ["the council will back the plan"],
    });
    expect(run("I know the council members well.").items).toEqual([]);
  });
});

describe("the subject phrase keeps its left modifiers", () => {
  it.each([
    ["Commentary’s Noah Rothman said the race was over.", "Commentary’s Noah Rothman"],
    ["His friend Tomas Ruiz said the race was over.", "His friend Tomas Ruiz"],
    ["About 4 in 10 voters said the race was over.", "About 4 in 10 voters"],
    ["More than half of the delegates said the race was over.", "More than half of the delegates"],
    ["All the attendees said the race was over.", "All the attendees"],
  ])("%s", (text, who) => {
    expect(run(text).items[0]?.who).toBe(who);
  });
});

describe("content ends after a quotation closing on a comma", () => {
  it("', though …' after the closing mark is the writer's addition", () => {
    const { items } = run("Most voters said the rivals were “about right,” though turnout was low.");
    expect(items[0]?.content).toEqual(["the rivals were “about right,”"]);
  });
});

describe("a cue after its content with the speaker after the cue", () => {
  it("', said X' takes X as the speaker, not the reported clause's subject", () => {
    const { items } = run("Ferry fares are unlikely to fall this winter, said Marta Olsen.");
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      who: "Marta Olsen",
      cue: "said",
      content: ["Ferry fares are unlikely to fall this winter"],
    });
  });

  it("the source runs over the speaker's apposition to the sentence end", () => {
    const { items } = run("The harbor will close in May, said Marta Olsen, a planner at the port authority.");
    expect(items[0]).toMatchObject({
      who: "Marta Olsen, a planner at the port authority",
      content: ["The harbor will close in May"],
    });
  });

  it("a parenthetical inverted cue still splits its content", () => {
    const { items } = run("The new bridge, said the engineer, will open in June.");
    expect(items[0]).toMatchObject({ who: "the engineer", content: ["The new bridge", "will open in June"] });
  });
});

describe("a quote in the next paragraph is not glued to the previous cue group", () => {
  it("a quote with a cue of its own after 'said X.' is a second quote", () => {
    const { items } = run(
      "“The river is rising fast,” said Dr. Ines Morel, a hydrologist at the institute.\n\n“We will need more sandbags,” Morel said.",
    );
    expect(items.map((i) => i.content)).toEqual([["“The river is rising fast,”"], ["“We will need more sandbags,”"]]);
  });
});

describe("an article's title line 'X: claim'", () => {
  it("gives the speaker and the claim without a verb or a name", () => {
    const { items } = run(
      "Harbor union: No deal on night shifts before spring.\n\nThe talks resumed on Monday in the port.",
    );
    expect(items[0]).toMatchObject({ who: "Harbor union", cue: ":" });
    expect(items[0]?.content[0]).toMatch(/^No deal on night shifts before spring/);
  });

  it("a colon in running text still needs a named speaker and a verb", () => {
    const { items } = run("The talks resumed on Monday.\n\nHarbor union: No deal on night shifts before spring.");
    expect(items.filter((i) => i.cue === ":")).toEqual([]);
  });
});

describe("a 'that' after the object of a cue", () => {
  it("a relative 'that' belongs to the object, which is the content", () => {
    const { items } = run("The two mayors discussed the recent flooding that has closed the ferry.");
    expect(items[0]).toMatchObject({ cue: "discussed", content: ["the recent flooding that has closed the ferry"] });
  });

  it("a reporting noun keeps its 'that' clause inside the object", () => {
    const { items } = run("The mayor rejected the claim that the port was sold.");
    expect(items[0]).toMatchObject({ cue: "rejected", content: ["the claim that the port was sold"] });
  });

  it("a complementizer after an adjunct still opens the content", () => {
    const { items } = run("She told reporters on Monday that the plan was dead.");
    expect(items[0]?.content).toEqual(["that the plan was dead"]);
  });
});

describe("direct quotes: speakers and continuations", () => {
  it("a cue before the quote takes an apposition subject", () => {
    const { items } = run("In a statement, her chief adviser, Jo Lind, said: “The port will stay open.”");
    expect(items[0]).toMatchObject({ who: "her chief adviser, Jo Lind", content: ["“The port will stay open.”"] });
  });

  it("a coordinated cue before the quote takes the sentence subject", () => {
    const { items } = run("The governor noted that the bridge was old, and added: “We will fix it this year.”");
    const added = items.find((i) => i.cue === "added");
    expect(added?.who).toBe("The governor");
  });

  it("a short whole quoted sentence in the same paragraph continues the quote", () => {
    const { items } = run(
      "“It was a fine meeting,” the envoy told reporters in Oslo after the talks ended on Friday. “She was charming.”",
    );
    expect(items[0]?.content).toEqual(["“It was a fine meeting,”", "“She was charming.”"]);
  });
});

describe("', but that …' is a second complement of the same cue", () => {
  it("continues the content", () => {
    const { items } = run("Lind said the vote was close, but that the count was fair.");
    expect(items[0]?.content).toEqual(["the vote was close, but that the count was fair"]);
  });

  it("', but' with a new clause still ends it", () => {
    const { items } = run("Lind said the vote was close, but the council ignored her.");
    expect(items[0]?.content).toEqual(["the vote was close"]);
  });
});

describe("split quotes around a cue with an adjunct", () => {
  it("'…,' he said of X, '…' is one quote", () => {
    const { items } = run("“They need each other,” he said of the two mayors, “because neither can win alone.”");
    expect(items[0]?.content).toEqual(["“They need each other,”", "“because neither can win alone.”"]);
  });
});

describe("content ends before 'but' + a second predicate of the speaker", () => {
  it.each([
    ["The board said that it would review the fares but did not promise any cuts.", "that it would review the fares"],
    ["The ministry confirmed that the ferry was late but declined to give a reason.", "that the ferry was late"],
  ])("%s", (text, content) => {
    expect(run(text).items[0]?.content).toEqual([content]);
  });
});

describe("a raising verb before a cue verb", () => {
  it("'appeared to imply' is the cue and the raised subject its source", () => {
    const { items } = run("She appeared to imply that the ferry would close.");
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      who: "She",
      phrase: "appeared to imply",
      content: ["that the ferry would close"],
    });
  });

  it("a raising verb before a plain verb stays a sourceless raising", () => {
    const { items } = run("The senator seemed to be tiring.");
    expect(items[0]).toMatchObject({ who: null, cue: "seemed" });
  });
});

describe('", citing X": the cited source is the reporter\'s source, never the outer speaker', () => {
  const text =
    "Lumbria has moved two artillery brigades toward the river, the Daily Courier reported on Monday, citing unnamed defense officials.";

  it("the newspaper reports the clause; the participle cites the officials", () => {
    const { items } = run(text);
    expect(items).toContainEqual(
      expect.objectContaining({
        who: "the Daily Courier",
        cue: "reported",
        content: ["Lumbria has moved two artillery brigades toward the river"],
      }),
    );
    expect(items).toContainEqual(
      expect.objectContaining({ who: "the Daily Courier", cue: "citing", content: ["unnamed defense officials"] }),
    );
    expect(items.some((x) => x.who === "unnamed defense officials")).toBe(false);
  });

  it("the report's frame holds the chain [newspaper, officials], and a report inside it nests under both", () => {
    const doc = buildDocument(
      "The harbor chief told staff that two piers would close, the Daily Courier reported, citing unnamed officials.",
      { id: "t", title: null, date: null, source: null, url: null },
    );
    const layer = actors.run(doc, { date: null });
    const out = stage.run(doc, layer);
    const idOf = (text: string) => layer.entities.find((e) => text.includes(e.name))?.id;
    const courier = idOf("Daily Courier");
    const officials = out.attributions.find((a) => a.cue?.text === "citing")?.content[0];
    expect(courier).toBeDefined();
    const report = out.frames.find((f) => doc.text.slice(f.start, f.end).startsWith("The harbor chief"));
    expect(report?.assertedBy[0]).toBe(courier);
    expect(report?.assertedBy).toHaveLength(2);
    // the report stops before ", the Daily Courier reported"; the chief's words inside it extend the same chain
    expect(report && doc.text.slice(report.start, report.end)).toBe(
      "The harbor chief told staff that two piers would close",
    );
    const inner = out.frames.find((f) => doc.text.slice(f.start, f.end) === "that two piers would close");
    expect(inner?.assertedBy.slice(0, 2)).toEqual(report?.assertedBy);
    expect(officials?.text).toBe("unnamed officials");
  });
});

describe("recall pass 3 (issue 14)", () => {
  it("a quote ending in ? or ! takes the cue group after it, with a time word or hearer", () => {
    const a = run("“Who will pay for the new bridge?” Marrow said Friday. “Nobody knows.”").items;
    expect(a[0]).toMatchObject({ who: "Marrow", cue: "said" });
    expect(a[0]?.content).toEqual(["“Who will pay for the new bridge?”", "“Nobody knows.”"]);
    const b = run("“Why do you back the toll?” Lind asked the council members.").items;
    expect(b[0]).toMatchObject({ who: "Lind", cue: "asked", content: ["“Why do you back the toll?”"] });
  });

  it("verbs of making public take their object as content", () => {
    const { items } = run("The harbor board announced a new ferry schedule for the winter.");
    expect(items[0]).toMatchObject({ who: "The harbor board", cue: "announced" });
  });

  it("a stance object stops before an adverbial clause or a time adjunct", () => {
    const a = run("The union is backing Ada Brenn because it trusts her on wages.").items;
    expect(a[0]).toMatchObject({ cue: "backing", content: ["Ada Brenn"] });
    const b = run("Marrow defended the budget last week and has kept silent since.").items;
    expect(b[0]).toMatchObject({ cue: "defended", content: ["the budget"] });
  });
});

describe("speaker phrases (issue 14, pass 3)", () => {
  it.each([
    ["Exit polls taken in Ohio found that most voters distrust the mayor.", "Exit polls taken in Ohio"],
    ["Dana Lind, 21, a nurse from Dayton, said she would vote.", "Dana Lind, 21, a nurse from Dayton"],
    ["19-year-old Ivo Dantas echoed that view.", "19-year-old Ivo Dantas"],
    ["Mira Holt of Dayton, Ohio, says she likes the mayor.", "Mira Holt of Dayton, Ohio"],
  ])("%s", (text, who) => {
    expect(run(text).items[0]?.who).toBe(who);
  });
});

describe("content ends (issue 14, pass 3)", () => {
  it("a second predicate of the reported clause stays in it unless it is a cue verb", () => {
    const a = run("Lind says she grew tired of the council and opened a bakery in Dayton.").items;
    expect(a[0]?.content).toEqual(["she grew tired of the council and opened a bakery in Dayton"]);
    const b = run("Lind says the toll is unfair and said that she will fight it.").items;
    expect(b[0]?.content).toEqual(["the toll is unfair"]);
  });

  it("a colon before a plain list spells out a stance object", () => {
    const a = run("Marrow mocked the plans of three rivals: Lind, Okafor and Brenn.").items;
    expect(a[0]?.content).toEqual(["the plans of three rivals: Lind, Okafor and Brenn"]);
  });

  it("a stance object keeps coordinated gerunds", () => {
    const a = run("Marrow criticized Lind for raising taxes and cutting services.").items;
    expect(a[0]?.content).toEqual(["Lind for raising taxes and cutting services"]);
  });
});

describe("cue phrases with an infinitive or a topic (issue 14, pass 3)", () => {
  it("an aspectual verb and 'to' belong to the cue phrase; the subject stands before them", () => {
    const a = run("The mayor has continued to suggest that the bridge would close.").items;
    expect(a[0]).toMatchObject({ who: "The mayor", cue: "suggest", phrase: "has continued to suggest" });
    const b = run("Marrow went on to say that the bridge would close.").items;
    expect(b[0]).toMatchObject({ who: "Marrow", phrase: "went on to say" });
  });

  // (at18: PolNeAR dev marks "said" about twice as often as "said of" there, so the topic's "of" stays out)
  it("'of' + topic after a cue that follows its quote stays out of the phrase", () => {
    const a = run('"It is a mess," the mayor says of the toll plan.').items;
    expect(a[0]).toMatchObject({ who: "the mayor", phrase: "says" });
  });
});

describe("a cue inside a fronted adverbial clause (issue 14, pass 3)", () => {
  it("its content stops before the main clause", () => {
    const a = run("When Lind said the toll was unfair, Marrow laughed at her.").items;
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ who: "Lind", content: ["the toll was unfair"] });
  });
});

describe("a view with an object and an 'as' phrase (issue 14, pass 3)", () => {
  it("the object and the 'as' phrase are the content", () => {
    const a = run("Most voters in the county see Lind as the stronger candidate.").items;
    expect(a[0]).toMatchObject({
      who: "Most voters in the county",
      cue: "see",
      content: ["Lind as the stronger candidate"],
    });
  });
});

describe("a parenthesis in the speaker group after a quote (issue 14, pass 3)", () => {
  it("does not stop the search for the cue, whatever its periods", () => {
    const a = run("“There is energy in these races,” Rep. Ana Vos (D-Ohio) said.").items;
    expect(a[0]).toMatchObject({ who: "Rep. Ana Vos (D-Ohio)", cue: "said" });
  });
});

describe("'made it clear that' (issue 14, pass 3)", () => {
  it("is a cue phrase from 'made' to the clause", () => {
    const a = run("The mayor made it clear that the bridge would close.").items;
    expect(a[0]).toMatchObject({ who: "The mayor", phrase: "made it clear", content: ["that the bridge would close"] });
  });
});

describe("a stance object ends before a second predicate after 'but' (issue 14, pass 3)", () => {
  it("stops before 'but later admitted'", () => {
    const a = run("Marrow blamed the outage on a storm but later admitted a staff error.").items;
    expect(a.find((x) => x.cue === "blamed")).toMatchObject({ content: ["the outage on a storm"] });
    // (an admission reports its noun-phrase object since the fourteenth pass)
    expect(a.find((x) => x.cue === "admitted")).toMatchObject({ content: ["a staff error"] });
  });
});

describe("a closing cue group after a quotation that ends on its comma (issue 14, pass 3)", () => {
  it("ends the content of the report inside it", () => {
    const a = run('Voters want to "fix the bridge before winter," Lind said.').items;
    expect(a.find((x) => x.cue === "want")?.content).toEqual(['to "fix the bridge before winter,"']);
  });
});

describe("agreeing to do something is a commitment, not an attribution", () => {
  it.each(["The two governments agreed to hold talks next month.", "The union agreed to a new contract on Friday."])(
    "%s",
    (text) => {
      expect(run(text).items).toEqual([]);
    },
  );

  it("still reports a view: agreed that", () => {
    const { items } = run("Senator Ada Brenn agreed that the plan was flawed.");
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ cue: "agreed", content: ["that the plan was flawed"] });
  });
});

describe("source spans follow PolNeAR's subject-phrase convention", () => {
  it("coordinated cues share the whole subject phrase", () => {
    const { items } = run(
      "Ana Ruiz, a scholar of harbor law, noted that ferry fares lag the costs and asked whether the board could close the gap.",
    );
    expect(items.map((i) => [i.phrase, i.who])).toEqual([
      ["noted", "Ana Ruiz, a scholar of harbor law"],
      ["asked", "Ana Ruiz, a scholar of harbor law"],
    ]);
  });

  it("a speaker after the cue keeps its apposition and relative clause", () => {
    const { items } = run(
      'The toll is a tax on the poor. "We will not back down," said Jim Okafor, the party\'s chair, who supports the strike.',
    );
    expect(items[0]).toMatchObject({ who: "Jim Okafor, the party's chair, who supports the strike" });
  });

  it("a relative clause with its own report is not part of the speaker", () => {
    const { items } = run('"It was late," said Jim Okafor, who noted that the ferry never came.');
    expect(items[0]?.who).toBe("Jim Okafor");
  });
});

describe("content stops before the clause that hosts the cue", () => {
  it("a relative clause cue does not report the main clause", () => {
    const { items } = run(
      "Sen. Ada Brenn, who cited trade and farm prices as her main issues, cast herself as the candidate of the valley.",
    );
    expect(items.map((i) => i.content)).toEqual([["trade and farm prices as her main issues"]]);
  });
});

describe("speakers and reports around inserts and quotations", () => {
  it("a sentence adverb between the subject and the cue leaves the subject whole", () => {
    const { items } = run("Harbor engineers and city officials, however, said they believed the pier was unsafe.");
    expect(items[0]).toMatchObject({ who: "Harbor engineers and city officials", cue: "said" });
  });

  it("a cue inside a quotation does not take the writer's sentence as its content", () => {
    const { items } = run(
      "She noted that as a mayor, Lind had little cause to fret over “the price of the toll, and frankly, you know, what the board must do about the ferry.”",
    );
    expect(items.map((i) => i.cue)).toEqual(["noted"]);
  });
});

describe("coordinated and nested reports", () => {
  it("'… but says …' takes the sentence's subject", () => {
    const { items } = run("The harbor board keeps its own budget a secret but says its revenue has tripled.");
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ who: "The harbor board", cue: "says" });
  });

  it("a report nested in a question ends where the question ends", () => {
    const { items } = run(
      "Asked if she believed the mayor wanted Okafor to win the White House, Lind said she would not leap to any such verdict.",
    );
    const believed = items.find((i) => i.cue === "believed");
    expect(believed?.content).toEqual(["the mayor wanted Okafor to win the White House"]);
    expect(items.find((i) => i.cue === "said")?.who).toBe("Lind");
  });
});
