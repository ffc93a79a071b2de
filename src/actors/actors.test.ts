import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DyadError } from "../errors.js";
import { buildDocument } from "../nlp/document.js";
import { codeText } from "../test-support/code-text.js";
import { type ActorEntry, codeAt, parseActorLines, parseAgentLines } from "./dictionary.js";
import { createActorStage, loadActorDictionary } from "./index.js";
import { splitPhrase, tokenKey } from "./normalize.js";
import { parseTabariActors, parseTabariAgents, parseTabariFile, tabariDate } from "./tabari.js";
import type { ActorLayer } from "./types.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const SHARED = process.env.DYAD_SHARED ?? fileURLToPath(new URL("../../../shared/", import.meta.url));
const PHOENIX = join(SHARED, "peer-suites/dictionaries/phoenix");

const stage = createActorStage();

function run(text: string, date: string | null = "2026-01-01", s = stage): ActorLayer {
  return s.run(buildDocument(text, { id: "t", title: null, date, source: null, url: null }), { date });
}

/** The entity owning the mention whose text is `mention` (first one). */
function entityOf(layer: ActorLayer, mention: string) {
  const m = layer.mentions.find((x) => x.text === mention);
  return m ? { mention: m, entity: layer.entities[m.entity] } : null;
}

describe("normalize", () => {
  it.each([
    ["U.S.", ["U.S."]],
    ["China's Foreign Ministry", ["China", "'s", "Foreign", "Ministry"]],
    ["al-Qaeda", ["al", "-", "Qaeda"]],
    ["Côte d'Ivoire", ["Côte", "d'Ivoire"]],
  ])("splitPhrase(%s)", (phrase, expected) => {
    expect(splitPhrase(phrase)).toEqual(expected);
  });
  it.each([
    ["U.S.", "us"],
    ["Côte", "cote"],
    ["’s", "'s"],
    ["St.", "st"],
  ])("tokenKey(%s) = %s", (t, k) => {
    expect(tokenKey(t)).toBe(k);
  });
});

describe("dictionary line format and date windows", () => {
  const { entries } = parseActorLines(
    [
      "#! dyad-actors 1 test-1",
      "person | Ann Example | Example | XYZGOV 2000-01-01..2005-01-01; XYZGOV 2010-01-01.. | f head",
      "group | Test Front | | XYZREB ..2021-08-15; XYZGOV 2021-08-15.. |",
      "organization | Test Agency | TA | IGOTST |",
    ].join("\n"),
    "t.txt",
  );
  const [ann, front, agency] = entries as [ActorEntry, ActorEntry, ActorEntry];
  it.each([
    [ann, "2003-05-01", "XYZGOV"],
    [ann, "2007-05-01", "XYZELI"],
    [ann, "1990-01-01", "XYZELI"],
    [ann, "2026-01-01", "XYZGOV"],
    [ann, null, "XYZGOV"],
    [front, "2020-01-01", "XYZREB"],
    [front, "2022-01-01", "XYZGOV"],
    [agency, "2022-01-01", "IGOTST"],
  ])("codeAt %#", (entry, date, code) => {
    expect(codeAt(entry, date)).toBe(code);
  });
  it("keeps gender, head and country", () => {
    expect(ann).toMatchObject({ gender: "f", head: true, country: "XYZ", kind: "person" });
  });
  it.each([
    ["#! dyad-actors 1 v\nperson | X | | BAD code |", /t\.txt:2: bad code/],
    ["#! dyad-actors 1 v\nalien | X | | XYZ |", /t\.txt:2: unknown kind "alien"/],
    ["person | X | | XYZ |", /missing '#! dyad-actors 1' header/],
  ])("reports errors with file:line %#", (text, re) => {
    expect(() => parseActorLines(text, "t.txt")).toThrow(re);
  });
  it("parses agents", () => {
    const { agents } = parseAgentLines(
      "#! dyad-agents 1 v\ntroops | - | MIL | group |\nenvoy | | GOV | person | title",
      "a.txt",
    );
    expect(agents).toEqual([
      expect.objectContaining({ phrase: "troops", plurals: [], role: "MIL", kind: "group" }),
      expect.objectContaining({ phrase: "envoy", plurals: ["envoys"], title: true }),
    ]);
  });
});

describe("Dyad's data files", () => {
  const dict = loadActorDictionary();
  it("load with the expected coverage", () => {
    expect(dict.entries.filter((e) => e.kind === "country").length).toBeGreaterThanOrEqual(245);
    expect(dict.entries.filter((e) => e.kind === "person").length).toBeGreaterThanOrEqual(300);
    expect(dict.agents.length).toBeGreaterThanOrEqual(100);
  });
  it("use well-formed CAMEO codes and ordered date windows", () => {
    const bad: string[] = [];
    for (const e of dict.entries) {
      for (const w of e.codes) {
        if (!/^([A-Z]{3}|---)([A-Z]{3})*$/.test(w.code)) bad.push(`${e.origin}: ${w.code}`);
        if (w.from && w.to && w.from >= w.to) bad.push(`${e.origin}: ${w.from}..${w.to}`);
      }
    }
    expect(bad).toEqual([]);
  });
  it.each([
    ["Beijing", "country:CHN"],
    ["Kyiv", "country:UKR"],
    ["Washington", "country:USA"],
  ])("%s is a name of %s (metonym)", (name, id) => {
    expect(dict.entries.find((e) => e.id === id)?.metonyms).toContain(name);
  });
});

describe("TABARI / PETRARCH import", () => {
  const actorsText = readFileSync(join(FIXTURES, "mini.actors.txt"), "utf8");
  const agentsText = readFileSync(join(FIXTURES, "mini.agents.txt"), "utf8");
  const actors = parseTabariActors(actorsText, "mini.actors.txt");

  it("reads primary phrases, synonyms and comments", () => {
    expect(actors.map((a) => a.name)).toEqual(["ZANDORIA", "MARA QUELL", "ORSO BRINN", "NORTHERN LEAGUE OF PORTS"]);
    expect(actors[0]?.names).toEqual(["ZANDORIA", "ZANDORIAN", "REPUBLIC OF ZANDORIA"]);
  });
  it.each([
    ["2000-06-01", "ZNDELI"],
    ["2010-06-01", "ZNDGOV"],
    ["1980-01-01", "ZNDELI"],
    ["2017-01-01", "ZNDGOV"],
  ])("date restrictions: Mara Quell on %s → %s", (date, code) => {
    expect(codeAt(actors[1] as ActorEntry, date)).toBe(code);
  });
  it.each([
    ["820701", "1982-07-01"],
    ["050101", "2005-01-01"],
    ["20160101", "2016-01-01"],
    ["9008223", null],
  ])("tabariDate(%s)", (raw, iso) => {
    expect(tabariDate(raw)).toBe(iso);
  });
  it("reads agents with substitution sets, plurals and prefix codes", () => {
    const agents = parseTabariAgents(agentsText, "mini.agents.txt");
    expect(agents.map((a) => [a.phrase, a.plurals, a.role, a.prefix ?? false])).toEqual([
      ["harbour sentinel", [], "COP", false],
      ["harbour warden", [], "COP", false],
      ["lighthouse keeper", ["lighthouse keepers"], "CVL", false],
      ["trade guild", ["trade guilds"], "BUS", true],
    ]);
  });
  it.each([
    ["X [ZND 9008223-911221]", "bad.actors.txt:1: bad date"],
    ["\t[ZND]", "bad.actors.txt:1: date restriction before any actor"],
    ["+SYNONYM", "bad.actors.txt:1: synonym before any actor"],
    ["X [Z$]", 'bad.actors.txt:1: bad actor code "Z$"'],
    ["<!-- never closed\nX [ZND]", "bad.actors.txt:1: unclosed comment"],
  ])("actor error %#: file:line and text", (text, msg) => {
    expect(() => parseTabariActors(text, "bad.actors.txt")).toThrow(DyadError);
    expect(() => parseTabariActors(text, "bad.actors.txt")).toThrow(msg);
  });
  it.each([
    ["MINISTER [~GOV}", "bad.agents.txt:1: expected PHRASE {PLURAL} [~CODE]"],
    ["MINISTER [GOV]", "bad.agents.txt:1: agent code must be ~CODE or CODE~"],
    ["!X!_GUARD [~COP]", "bad.agents.txt:1: unknown substitution set !X!"],
  ])("agent error %#", (text, msg) => {
    expect(() => parseTabariAgents(text, "bad.agents.txt")).toThrow(msg);
  });
  it("lenient mode skips malformed lines and records them", () => {
    const problems: string[] = [];
    const d = parseTabariFile("GOOD [ZND]\nBAD [ZND 9008223-911221]\n+ORPHAN\nALSO_GOOD [ZND]", "x.actors.txt", {
      strict: false,
      problems,
    });
    expect(d.entries.map((e) => e.name)).toEqual(["GOOD", "ALSO GOOD"]);
    expect(problems).toHaveLength(2);
  });
  it("loads fixture dictionaries into the stage (--actors)", () => {
    const s = createActorStage({
      actorFiles: [join(FIXTURES, "mini.actors.txt"), join(FIXTURES, "mini.agents.txt")],
    });
    const layer = run("President Quell met Zandorian lighthouse keepers and Orso Brinn.", "2010-06-01", s);
    expect(entityOf(layer, "President Quell")?.entity).toMatchObject({ actor: "ZNDGOV", kind: "person" });
    expect(entityOf(layer, "Zandorian lighthouse keepers")?.mention.actor).toBe("ZNDCVL");
    expect(entityOf(layer, "Orso Brinn")?.entity?.actor).toBe("ZNDOPP");
  });
});

describe("pairs named by a plural description", () => {
  const members = (layer: ActorLayer, mention: string) => {
    const e = entityOf(layer, mention)?.entity;
    return e?.members?.map((id) => layer.entities.find((x) => x.id === id)?.name);
  };
  it("'the two leaders' is the two people named just before", () => {
    const layer = run("Xi Jinping met Vladimir Putin in Moscow. The two leaders signed a pact.");
    expect(members(layer, "The two leaders")).toEqual(["Xi Jinping", "Vladimir Putin"]);
    expect(entityOf(layer, "The two leaders")?.entity?.kind).toBe("group");
  });
  it("'both countries' is the two countries named just before", () => {
    const layer = run("China and Russia signed a pact. Both countries hailed it.");
    expect(members(layer, "Both countries")).toEqual(["China", "Russia"]);
  });
  it("stays unresolved when three people could be meant", () => {
    const layer = run("Xi Jinping, Vladimir Putin and Narendra Modi met. The two leaders talked.");
    expect(entityOf(layer, "The two leaders")).toBeNull();
  });
  it("'the three leaders' and 'all four countries' are the sets named just before", () => {
    const three = run("Xi Jinping, Vladimir Putin and Narendra Modi met. The three leaders talked.");
    expect(members(three, "The three leaders")).toEqual(["Xi Jinping", "Vladimir Putin", "Narendra Modi"]);
    const four = run("Kenya, Uganda, Rwanda and Burundi signed a pact. All four countries hailed it.");
    expect(members(four, "All four countries")).toEqual(["Kenya", "Uganda", "Rwanda", "Burundi"]);
  });
  it("a set counted other than the entities named stays unresolved", () => {
    const layer = run("Xi Jinping met Vladimir Putin. The three leaders talked.");
    expect(entityOf(layer, "The three leaders")).toBeNull();
  });
  it("codes events of a set of three between every two members", () => {
    const coded = codeText(
      "Xi Jinping, Vladimir Putin and Narendra Modi arrived in Kazan. Later the three leaders met again.",
    );
    const met = coded.events.filter((e) => e.trigger.text === "met");
    expect(new Set(met.map((e) => `${e.source?.actor}>${e.target?.actor}`))).toEqual(
      new Set(["CHNGOV>RUSGOV", "RUSGOV>CHNGOV", "CHNGOV>INDGOV", "INDGOV>CHNGOV", "RUSGOV>INDGOV", "INDGOV>RUSGOV"]),
    );
  });
  it("codes events of the pair in both directions with each member's code", () => {
    const coded = codeText("Xi Jinping greeted Vladimir Putin in Beijing. Later the two leaders met again.");
    const met = coded.events.filter((e) => e.trigger.text === "met");
    expect(met.map((e) => `${e.source?.actor}>${e.target?.actor}:${e.source?.text}`).sort()).toEqual([
      "CHNGOV>RUSGOV:the two leaders",
      "RUSGOV>CHNGOV:the two leaders",
    ]);
  });
});

describe("role-only nominals", () => {
  it("take the country an article is about ('the government' in a story about Kenya)", () => {
    const layer = run(
      "Kenya held elections. Voters in Nairobi queued for hours. The government said turnout was high.",
    );
    expect(entityOf(layer, "The government")?.entity?.actor).toBe("KENGOV");
  });
  it("leave an embassy without the article's country (it is most often another country's)", () => {
    const layer = run(
      "Kenya held elections. Voters in Nairobi queued. Protesters gathered outside the embassy in Nairobi.",
    );
    expect(entityOf(layer, "the embassy")?.entity?.actor).toBe("---GOV");
  });
  it("keep no country when the first place named is another country's", () => {
    const layer = run("Thieves struck in England. Police arrested a man. The US buyer, an American, lives in America.");
    expect(entityOf(layer, "Police")?.entity?.actor).toBe("---COP");
  });
  it("keep no country when no country dominates the article", () => {
    const layer = run("Kenya and Uganda held talks in Nairobi and Kampala. The government said little.");
    expect(entityOf(layer, "The government")?.entity?.actor).toBe("---GOV");
  });
});

describe("actor stage", () => {
  it.each([
    ["Russian troops crossed the border.", "Russian troops", "RUSMIL", "group"],
    // A sovereign state owns its demonym even when a dependent territory shares it (French Southern Territories).
    ["French troops crossed the border.", "French troops", "FRAMIL", "group"],
    ["Dutch diplomats arrived.", "Dutch diplomats", "NLDGOV", "group"],
    // Bare plural groups are actors without an article; a place after them names their country.
    ["Rebels attacked the town.", "Rebels", "---REB", "group"],
    // plurals of person agents are groups too
    ["Soldiers attacked the town.", "Soldiers", "---MIL", "group"],
    // regions have adjectives too (adj= in places.txt)
    ["European leaders met.", "European leaders", "EURGOV", "group"],
    ["Officials in Kigali said so.", "Officials in Kigali", "RWAGOV", "group"],
    ["Yesterday protesters marched.", "protesters", "---OPP", "group"],
    ["Demonstrators in Baghdad marched.", "Demonstrators in Baghdad", "IRQOPP", "group"],
    ["Indian police arrested him.", "Indian police", "INDCOP", "organization"],
    // a collective noun news writes without an article is an actor too
    ["Police arrested twenty people.", "Police", "---COP", "organization"],
    ["Police in Lagos detained them.", "Police in Lagos", "NGACOP", "organization"],
    // religious and ethnic communities are civilians; always capitalized, they are no unknown names
    ["Hutus in Rwanda fear reprisals.", "Hutus", "RWACVL", "group"],
    ["Elders said Muslims in Kenya would vote.", "Muslims", "KENCVL", "group"],
    ["Iraqi Kurds fled to the mountains.", "Iraqi Kurds", "IRQCVL", "group"],
    ["A Chinese think tank published the survey.", "A Chinese think tank", "CHNEDU", "organization"],
    ["Tamils in Sri Lanka voted.", "Tamils", "LKACVL", "group"],
    ["Several Chinese companies supply Russia with goods.", "Several Chinese companies", "CHNBUS", "group"],
    ["China's Foreign Ministry said so.", "China's Foreign Ministry", "CHNGOV", "organization"],
    ["China’s Foreign Ministry said so.", "China’s Foreign Ministry", "CHNGOV", "organization"],
    ["The Kremlin denied it.", "The Kremlin", "RUSGOV", "organization"],
    ["Reuters reported the deal.", "Reuters", "GBRMED", "organization"],
    ["NATO allies met in Brussels.", "NATO", "IGOWSTNAT", "organization"],
    ["Hamas fighters fired rockets.", "fighters", "PSEREB", "group"],
    ["The rebels from Syria left.", "The rebels from Syria", "SYRREB", "group"],
    ["The US commander in Iraq spoke.", "The US commander", "USAMIL", "person"],
    ["Talks in Beijing ended.", "Beijing", "CHN", "country"],
    // other bare plural groups only with the country they are in (the place keeps its own mention); "in the West
    // Bank" is not "the West"
    ["Thousands of students throughout Kenya marched.", "students", "KENEDU", "group"],
    ["Workers in France went on strike.", "Workers", "FRALAB", "group"],
    ["Settlers in the West Bank protested.", "Settlers", "PSECVL", "group"],
    // extremist organizations are armed groups; army officers are military
    ["Police raided a Kenyan extremist organization.", "a Kenyan extremist organization", "KENREB", "organization"],
    ["Kenyan army officers arrived.", "Kenyan army officers", "KENMIL", "group"],
    // after "that", a noun-tagged word following the phrase is its bare verb
    ["Rebels demanded that the Kenyan government end curbs.", "the Kenyan government", "KENGOV", "organization"],
    // "that" opening a clause is no determiner of the plural after it
    // (a second country keeps the story's country from the bare "ministers")
    ["Kenya said that ministers would resign. Uganda was silent.", "ministers", "---GOV", "group"],
    // an unknown place named after a known one lies in its country
    ["Aid reached South Darfur State on Monday.", "South Darfur State", "SDN", "place"],
    ["The UN Security Council voted.", "UN Security Council", "IGOUNO", "organization"],
    ["Opposition parties in Kenya protested.", "Opposition parties in Kenya", "KENOPP", "group"],
    ["Serb forces shelled the town.", "Serb forces", "SRBMIL", "group"],
    ["Kenyan militias fired.", "Kenyan militias", "KENREB", "group"],
    // Country-led forces, troops of an international body, a leader's administration, "in the Philippines".
    ["Kenyan-led forces retook the town.", "Kenyan-led forces", "KENMIL", "group"],
    ["NATO troops arrived.", "troops", "IGOWSTNATMIL", "group"],
    ["The Putin government said no.", "The Putin government", "RUSGOV", "organization"],
    ["Rebels in the Philippines attacked.", "Rebels in the Philippines", "PHLREB", "group"],
    // "based in" names the group's country as "in" does; "Trinidad" alone is Trinidad and Tobago
    ["A terror group based in Trinidad made threats.", "A terror group based in Trinidad", "TTOREB", "group"],
    ["A senior U.S. official today visited Kenya.", "A senior U.S. official", "USAGOV", "person"],
    // A sentence-initial adjective before a demonym is no name.
    ["Angry Dutch farmers protested.", "Dutch farmers", "NLDAGR", "group"],
    ["Belarus's rulers said no.", "Belarus's rulers", "BLRGOV", "group"],
  ])("%s → %s = %s", (text, mention, code, kind) => {
    const hit = entityOf(run(text), mention);
    expect(hit, `no mention "${mention}"`).not.toBeNull();
    expect(hit?.mention.actor ?? hit?.entity?.actor).toBe(code);
    expect(hit?.entity?.kind).toBe(kind);
  });

  it.each([
    ["Vladimir Putin", "2026-01-01", "RUSGOV"],
    ["Vladimir Putin", "2010-03-01", "RUSGOV"],
    ["Vladimir Putin", "1995-01-01", "RUSELI"],
    ["Barack Obama", "2015-08-13", "USAGOV"],
    ["Barack Obama", "2020-01-01", "USAELI"],
    ["Xi Jinping", "2026-01-01", "CHNGOV"],
    ["Bashar al-Assad", "2025-06-01", "SYRELI"],
  ])("date-aware code: %s on %s → %s", (name, date, code) => {
    expect(entityOf(run(`${name} spoke on Monday.`, date), name)?.entity?.actor).toBe(code);
  });

  it("resolves the Chinese leader, surnames and apposition to one person", () => {
    const layer = run(
      "Chinese leader Xi Jinping and his Russian counterpart, Vladimir Putin, met. Xi said ties were strong. " +
        '"We agree," the Chinese leader said.',
    );
    const xi = layer.entities.find((e) => e.name === "Xi Jinping");
    expect(xi?.mentions.map((m) => m.text)).toEqual(["Chinese leader Xi Jinping", "Xi", "the Chinese leader"]);
    const putin = layer.entities.find((e) => e.name === "Vladimir Putin");
    expect(putin?.mentions.map((m) => [m.text, m.form])).toEqual([
      ["his Russian counterpart", "nominal"],
      ["Vladimir Putin", "name"],
    ]);
  });

  it("codes an unknown person from an apposed description", () => {
    const layer = run("US presidential envoy for Ukraine, Jane Doerr, said talks would resume. Doerr left.");
    const e = entityOf(layer, "Jane Doerr")?.entity;
    expect(e).toMatchObject({ kind: "person", actor: "USAGOV" });
    expect(e?.mentions.map((m) => [m.text, m.form])).toEqual([
      ["US presidential envoy for Ukraine", "nominal"],
      ["Jane Doerr", "name"],
      ["Doerr", "name"],
    ]);
  });

  it.each([
    // A home-office title takes the country the phrase names: "of" + a country after the name, or one before it.
    ["King Tamar of Lesotho opened the session.", "King Tamar", "LSOGOV"],
    ["President Ana Ruiz of the Philippines arrived.", "President Ana Ruiz", "PHLGOV"],
    ["Kenyan President Jane Doe arrived in Nairobi.", "Kenyan President Jane Doe", "KENGOV"],
    // The article's most-mentioned country is no evidence (issue 13): without one the person keeps no code.
    ["Kenyan opposition leaders met. President Jane Doe arrived in Nairobi.", "President Jane Doe", null],
    ["President Anton Virel banned Kenyan opposition parties.", "President Anton Virel", null],
    ["Judge Ana Petrov charged three Serbian officials.", "Judge Ana Petrov", null],
    ["Ousted President Kel Varo fled to Ecuador.", "Ousted President Kel Varo", null],
    // ...but not that of a country whose head is already named.
    ["President Anton Virel welcomed French President Emmanuel Macron.", "President Anton Virel", null],
    // An envoy speaks abroad: no country from context.
    ["Ambassador Peter Novak praised Kenya.", "Ambassador Peter Novak", null],
  ])("titled person outside the dictionary: %s", (text, mention, code) => {
    const hit = entityOf(run(text), mention);
    expect(hit, `no mention "${mention}"`).not.toBeNull();
    expect(hit?.mention.actor ?? null).toBe(code);
  });

  it("reads 'in X' after a possessive phrase as a location ('its troops in Niger')", () => {
    const l = run("Chad reinforced its troops in Niger.");
    // Niger is where the troops are; "its" is Chad (placePossessives).
    expect(entityOf(l, "its troops")?.mention.actor).toBe("TCDMIL");
    expect(entityOf(l, "Niger")?.mention.actor).toBe("NER");
  });

  it("ends a composed phrase at a verb that heads its own clause, not at a participle before the agent", () => {
    const layer = run("Iraqi Kurds attacked government troops near Mosul.");
    expect(layer.mentions.some((m) => m.text.includes("attacked"))).toBe(false);
    const kurds = entityOf(layer, "Iraqi Kurds");
    expect(kurds?.mention.actor ?? kurds?.entity?.actor).toBe("IRQCVL");
    const exiled = run("Exiled Iranian opposition leaders met in Paris.");
    expect(exiled.mentions.some((m) => m.text.includes("opposition leaders"))).toBe(true);
  });

  it("leaves bare non-government groups without a country alone ('Students protested', 'workers from Iraq')", () => {
    expect(run("Students protested.").mentions).toEqual([]);
    const l = run("The UN will withdraw aid workers from Iraq.");
    expect(l.mentions.find((m) => m.text === "workers")).toBeUndefined();
  });

  it("reads 'that' before a name or article as a clause opener, not a determiner", () => {
    const l = run("Rebels demanded that President Anton Virel resign.");
    expect(l.mentions.map((m) => m.text)).toContain("President Anton Virel");
  });

  it.each([
    ["Obama said he was tired.", "2015-08-13", "he", "Barack Obama"],
    ["Putin arrived late. He said nothing.", "2026-01-01", "He", "Vladimir Putin"],
    ["The Brazilian government said it would help.", "2005-01-01", "it", "The Brazilian government"],
  ])("pronoun %s", (text, date, pronoun, name) => {
    const hit = entityOf(run(text, date), pronoun);
    expect(hit?.mention.form).toBe("pronoun");
    expect(hit?.entity?.name).toBe(name);
  });

  it.each([
    ["Putin and Erdogan met. He said nothing."],
    ["Mobile firms want people to use Acme. It said that sales grew."],
  ])("leaves ambiguous or distant pronouns alone: %s", (text) => {
    const layer = run(text);
    expect(layer.mentions.filter((m) => m.form === "pronoun")).toEqual([]);
  });

  it.each([
    ["Mr Kowalczyk said the plan failed.", "Kowalczyk", "person"],
    ["Avonvale Police said the plan failed.", "Avonvale Police", "organization"],
    ["Detective Inspector Mara Quell said so.", "Mara Quell", "person"],
    ["Shares of Brightwater Holdings fell.", "Brightwater Holdings", "organization"],
    ["Floods hit the Lumbo Valley.", "Lumbo Valley", "place"],
    ["He lives in Tarnowice now.", "Tarnowice", "place"],
    ["Privatisation Minister Wieslaw Kaczmarek said so.", "Wieslaw Kaczmarek", "person"],
    ["Somerset 83 and 174 , Leicestershire 296 .", "Leicestershire", "organization"],
    ["KHASAVYURT , Russia 1996-08-30\nTalks began.", "KHASAVYURT", "place"],
    // The tokenizer splits the dateline's date (1996 - 08 - 30): it is no score, so the place is no team.
    ["NEW YORK 1996-08-30\nResults from the Open on Friday.", "NEW YORK", "place"],
    ["MILWAUKEE , Wisconsin 1996-08-29\nLeading scores in the golf event.", "Wisconsin", "place"],
    ["Chicago 4 HOUSTON 3", "Chicago", "organization"],
  ])("unknown name: %s", (text, name, kind) => {
    const hit = layer(text, name);
    expect(hit?.entity?.kind).toBe(kind);
  });
  const layer = (text: string, name: string) => {
    const l = run(text);
    const m = l.mentions.find((x) => text.slice(x.nameStart ?? x.start, x.end) === name);
    return m ? { mention: m, entity: l.entities[m.entity] } : null;
  };

  it("leaves a 'The' before a name known without it out of the name ('The United States')", () => {
    const text = "The United States beat Austria. The State Department said so. He praised the White House.";
    const names = run(text).mentions.map((m) => text.slice(m.nameStart ?? m.start, m.end));
    expect(names).toEqual(expect.arrayContaining(["United States", "State Department", "White House"]));
    expect(names).not.toContain("The United States");
  });

  it("drops every unknown name inside an event name chained by 's and of", () => {
    const l = run("Arnor marked the anniversary of the Zandorian People's War of Liberation Against Colonial Rule.");
    expect(l.entities.filter((e) => e.kind !== "country").map((e) => e.name)).toEqual([]);
    expect(layer("Veterans recalled the fight against Nazi Germany.", "Nazi")).toBeNull();
  });

  it("keeps Dyad's own acronyms as written and drops capitalized words that open bullet lines", () => {
    const l = run(
      "He spoke to the BBC.\n\nOther plans include:\n\n- Parenting plans for parents\n- Better access to advice",
    );
    expect(l.entities.map((e) => e.name)).toEqual(["BBC"]);
  });

  it("drops a weapon model's name but keeps a group named before its members", () => {
    expect(layer("Arnor bought six Varleon jets and Kestrel missiles.", "Varleon")).toBeNull();
    expect(layer("Arnor bought six Varleon jets and Kestrel missiles.", "Kestrel")).toBeNull();
    expect(layer("He said KDP fighters were outnumbered.", "KDP")?.entity?.kind).toBe("organization");
  });

  it("finds names of the article body in an all-caps headline", () => {
    const l = run(
      "SOCCER - KOWALSKI NAMED AS CAPTAIN\nPiotr Kowalski was named captain on Friday. Kowalski said he was proud.",
    );
    const m = l.mentions.find((x) => x.text === "KOWALSKI");
    expect(m && l.entities[m.entity]?.name).toBe("Piotr Kowalski");
  });

  it("keeps mentions sorted, non-overlapping and spans exact", () => {
    const text = readSeedOr("Chinese leader Xi Jinping met Putin in Moscow. The Kremlin said Russian troops left.");
    const l = run(text);
    let last = -1;
    for (const m of l.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(last);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      last = m.end;
    }
    l.mentions.forEach((m, i) => {
      for (let t = m.tokenStart; t < m.tokenEnd; t++) expect(l.mentionOfToken[t]).toBe(i);
    });
    expect(l.entities.map((e) => e.id)).toEqual(l.entities.map((_, i) => `e${i + 1}`));
  });
});

function readSeedOr(fallback: string): string {
  const p = join(SHARED, "examples/seed-xi-putin.txt");
  return existsSync(p) ? readFileSync(p, "utf8") : fallback;
}

const SEED_GOLD = join(SHARED, "examples/seed-xi-putin.gold.json");
const SEED_PRESENT = existsSync(SEED_GOLD);
if (!SEED_PRESENT) console.log(`seed entity tests skipped: ${SEED_GOLD} is absent`);

describe.skipIf(!SEED_PRESENT)("seed article (shared)", () => {
  // vitest still runs a skipped suite's body to collect its tests, so nothing may be read when the file is absent.
  if (!SEED_PRESENT) return;
  interface GoldEntity {
    name: string;
    actor: string;
    kind: string;
    mentions: string[];
    accept_actor_prefix?: string[];
  }
  const gold = JSON.parse(readFileSync(join(SHARED, "examples/seed-xi-putin.gold.json"), "utf8")) as {
    date: string;
    entities: GoldEntity[];
  };
  const text = readFileSync(join(SHARED, "examples/seed-xi-putin.txt"), "utf8");
  const l = run(text, gold.date);
  const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'");
  it.each(gold.entities.map((g) => [g.name, g] as const))("finds %s with its code and kind", (_name, g) => {
    const wanted = new Set([g.name, ...g.mentions].map(norm));
    const e = l.entities
      .map((x) => ({ x, n: x.mentions.filter((m) => wanted.has(norm(m.text))).length }))
      .sort((a, b) => b.n - a.n)[0];
    expect(e?.n).toBeGreaterThan(0);
    const actor = e?.x.actor ?? "";
    expect(actor === g.actor || (g.accept_actor_prefix ?? []).some((p) => actor.startsWith(p))).toBe(true);
    expect(e?.x.kind).toBe(g.kind);
  });
});

if (!existsSync(PHOENIX)) console.log(`Phoenix dictionary tests skipped: ${PHOENIX} is absent`);

describe.skipIf(!existsSync(join(PHOENIX, "Phoenix.Countries.actors.txt")))("Phoenix dictionaries (shared)", () => {
  it("parses Phoenix.Countries.actors.txt (~18k entries) with dated codes", () => {
    const problems: string[] = [];
    const d = parseTabariFile(readFileSync(join(PHOENIX, "Phoenix.Countries.actors.txt"), "utf8"), "PC", {
      strict: false,
      problems,
    });
    expect(d.entries.length).toBeGreaterThan(18000);
    expect(problems.length).toBeLessThan(20);
    const putin = d.entries.find((e) => e.name === "VLADIMIR PUTIN") as ActorEntry;
    expect(codeAt(putin, "2026-01-01")).toBe("RUSGOV");
    expect(codeAt(putin, "1990-01-01")).toBe("RUSELI");
  });
  it("codes date-restricted noun phrases of the petrarch2 pytest suite", () => {
    const s = createActorStage({ actorFiles: [join(PHOENIX, "Phoenix.Countries.actors.txt")] });
    const path = join(SHARED, "peer-suites/petrarch2-pytest.jsonl");
    const cases = readFileSync(path, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { kind: string; text: string; date: string | null; expected_actor_codes?: string[] })
      .filter((r) => r.kind === "noun_phrase");
    let ok = 0;
    for (const c of cases) {
      const codes = run(c.text, c.date, s).entities.map((e) => e.actor);
      if ((c.expected_actor_codes ?? []).every((x) => codes.includes(x))) ok++;
    }
    expect(ok).toBeGreaterThanOrEqual(cases.length - 1);
  });
});

if (!existsSync(join(SHARED, "peer-suites/dictionaries/petr-unittest")))
  console.log("petrarch dictionary tests skipped: shared peer-suites/dictionaries/petr-unittest is absent");

describe.skipIf(!existsSync(join(SHARED, "peer-suites/dictionaries/petr-unittest")))(
  "PETRARCH unit-test dictionaries",
  () => {
    it.each([
      ["petr-unittest/PETR.Validate.actors.txt", 100],
      ["petr-unittest/PETR.Validate.agents.txt", 80],
      ["ud-petr-validate-2_02/PETR_Validate_actors_2_02.txt", 100],
    ])("reads %s", (file, min) => {
      const problems: string[] = [];
      const text = readFileSync(join(SHARED, "peer-suites/dictionaries", file), "utf8");
      const d = parseTabariFile(text, file, { strict: false, problems });
      expect(d.entries.length + d.agents.length).toBeGreaterThanOrEqual(min);
    });
  },
);

describe("US state abbreviations are no acronyms", () => {
  it.each([
    ["Rep. Ann Doyle (D-Pa.) criticized the bill.", "Pa"],
    ["A plant in Scranton, Pa., closed on Friday.", "Pa"],
    ["A judge in Baltimore, Md., ruled on Friday.", "Md"],
  ])("%s", (text, word) => {
    const layer = run(text, "1991-03-04");
    const coded = layer.mentions
      .filter((m) => m.text.startsWith(word))
      .map((m) => m.actor ?? layer.entities[m.entity]?.actor);
    expect(coded.filter((c) => c !== null && c !== undefined)).toEqual([]);
  });
  it("the acronym itself still names the Palestinian Authority", () => {
    expect(entityOf(run("Palestinian Authority officials met. The PA said no."), "PA")?.entity?.actor).toBe("PSEGOV");
  });
});

describe("titled heads of government before 1993 (dated people.txt entries)", () => {
  it.each([
    [
      "President Francois Mitterrand met Chancellor Helmut Kohl in Lyon.",
      "1991-03-04",
      "President Francois Mitterrand",
      "FRAGOV",
    ],
    [
      "President Francois Mitterrand met Chancellor Helmut Kohl in Lyon.",
      "1991-03-04",
      "Chancellor Helmut Kohl",
      "DEUGOV",
    ],
    ["Helmut Kohl spoke on Monday.", "2005-06-01", "Helmut Kohl", "DEUELI"],
    ["Mikhail Gorbachev spoke on Monday.", "1988-05-02", "Mikhail Gorbachev", "SUNGOV"],
    ["Mikhail Gorbachev spoke on Monday.", "2004-05-02", "Mikhail Gorbachev", "RUSELI"],
    ["Robert Mugabe spoke on Monday.", "2005-05-02", "Robert Mugabe", "ZWEGOV"],
    ["Paul Kagame spoke on Monday.", "1992-05-02", "Paul Kagame", "RWAREB"],
    ["Laurent Gbagbo spoke on Monday.", "2015-05-02", "Laurent Gbagbo", "CIVOPP"],
    ["Javier Perez de Cuellar spoke on Monday.", "1988-05-02", "Javier Perez de Cuellar", "IGOUNO"],
    ["Prime Minister Margaret Thatcher arrived in Oslo.", "1985-02-11", "Prime Minister Margaret Thatcher", "GBRGOV"],
  ])("%s (%s): %s → %s", (text, date, name, code) => {
    expect(entityOf(run(text, date), name)?.entity?.actor).toBe(code);
  });
});

describe("armed groups of stateless peoples and breakaway regions", () => {
  it.each([
    // the region's own forces rebel against the state that holds the region; the region is a place in it
    ["Karabakh soldiers shelled an Azerbaijani village.", "Karabakh soldiers", "AZEREB"],
    ["Fighting resumed in Nagorno-Karabakh on Tuesday.", "Nagorno-Karabakh", "AZE"],
    // Kurdish armed groups take the state they fight or serve
    ["YPG fighters clashed with Turkish troops.", "YPG", "SYRREB"],
    ["Peshmerga forces retook the village.", "Peshmerga forces", "IRQMIL"],
    // "Kurdish" names no state: without an article country the rebels keep no country
    ["Kurdish rebels attacked a convoy.", "rebels", "---REB"],
    // a movement that took power (in 1994) governs in 2020
    ["The Rwandan Patriotic Front rejected the plan.", "Rwandan Patriotic Front", "RWAGOV"],
  ])("%s: %s → %s", (text, mention, code) => {
    const hit = entityOf(run(text, "2020-10-04"), mention);
    expect(hit?.mention.actor ?? hit?.entity?.actor).toBe(code);
  });
});

describe("people sharing a name", () => {
  it.each([
    ["1991-03-04", "George H. W. Bush", "USAGOV"],
    ["2005-03-04", "George W. Bush", "USAGOV"],
    ["2015-01-01", "George W. Bush", "USAELI"],
  ])("President Bush on %s is %s (%s)", (date, name, code) => {
    const e = entityOf(run("President Bush spoke on Monday.", date), "President Bush")?.entity;
    expect([e?.name, e?.actor]).toEqual([name, code]);
  });
  it("a surname before 'administration' names the government of the Bush then in office", () => {
    const layer = run("The Bush administration urged talks. Bush said so.", "1991-03-04");
    expect(entityOf(layer, "The Bush administration")?.entity?.actor).toBe("USAGOV");
    expect(entityOf(layer, "Bush")?.entity?.name).toBe("George H. W. Bush");
  });
});
