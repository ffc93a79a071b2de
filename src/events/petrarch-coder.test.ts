import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseTabariAgents, parseTabariFile } from "../actors/tabari.js";
import { runSuite, type SuiteRecord } from "../eval/petrarch.js";
import { buildTabariIndex, resolvePhrase } from "./petrarch-actors.js";
import { codePetrarch, type PetrCoderOptions } from "./petrarch-coder.js";
import { negatedCode, parsePetrarchDictionary, parsePicoOntology, regularForms } from "./petrarch-dict.js";
import { type FakeActor, fakeLayers } from "./test-support.js";

const WORLD: FakeActor[] = [
  { name: "Arnor", actor: "ARN" },
  { name: "Gondor", actor: "GON" },
  { name: "Bree", actor: "BRE" },
  { name: "Osgiliath", actor: "OSG" },
  { name: "Mordor", actor: "MOR" },
  { name: "Ithilen militia", actor: "ITHMIL" },
];

function code(verbs: string, text: string, opt: PetrCoderOptions = {}, actors = WORLD): string[] {
  const dict = parsePetrarchDictionary(verbs);
  const { doc, actors: layer } = fakeLayers(text, actors);
  return codePetrarch(doc, layer, dict, opt).map(
    (e) => `${e.source?.actor ?? "-"} ${e.target?.actor ?? "-"} ${e.code}`,
  );
}

const ABANDON = "&TIETYPES\n+MILITARY\n+ECONOMIC\n\n--- ABANDON [1121] ---\nABANDON\n";

describe("PETRARCH dictionary patterns", () => {
  it("matches a PETRARCH-2 noun phrase after the verb, with a few words between", () => {
    const dict = `${ABANDON}- * {DIPLOMATIC TIES} [080]\n`;
    expect(code(dict, "Arnor will abandon full diplomatic ties with Gondor.")).toEqual(["ARN GON 080"]);
    // The block's own code when the phrase is absent.
    expect(code(dict, "Arnor will abandon its embassy in Gondor.")).toEqual(["ARN GON 1121"]);
  });

  it("expands synsets inside phrases and prefers the longer pattern", () => {
    const dict = `${ABANDON}- * TIES [080]\n- * {&TIETYPES TIES} [345]\n`;
    expect(code(dict, "Arnor will abandon economic ties with Gondor.")).toEqual(["ARN GON 345"]);
    expect(code(dict, "Arnor will abandon cultural ties with Gondor.")).toEqual(["ARN GON 080"]);
  });

  it("takes the target from the pattern's + slot, skipping a ^ phrase", () => {
    const dict = "--- CELEBRATE [051] ---\nCELEBRATE\n- * EID (AT ^) (WITH +) [017]\n";
    expect(code(dict, "Arnor celebrated Eid at Osgiliath with Gondor.")).toEqual(["ARN GON 017"]);
    // Without the pattern the first actor after the verb is the target.
    expect(code(dict, "Arnor celebrated a holiday at Osgiliath with Gondor.")).toEqual(["ARN OSG 051"]);
  });

  it("binds $ after the verb and + before it (PETRARCH-1 syntax)", () => {
    const dict = "--- FREE [080] ---\nFREE\n- + * FROM $ [081]\n";
    expect(code(dict, "The Ithilen militia was freed from Mordor.")).toEqual(["MOR ITHMIL 081"]);
  });

  it("reads words before the verb, joined by _ or with a gap, and negative-auxiliary synsets", () => {
    const dict =
      "&NEGATVAUXVRB\n+DID N'T\n+WILL NOT\n\n--- CLASH [223] ---\nCLASH\n" +
      "- &NEGATVAUXVRB * OVER EFFORTS [904]\n- HEAVILY * [122]\n";
    expect(code(dict, "Arnor didn't clash over the efforts of Gondor.")).toEqual(["ARN GON 904"]);
    expect(code(dict, "Arnor will not clash over the efforts of Gondor.")).toEqual(["ARN GON 904"]);
    expect(code(dict, "Arnor heavily and bitterly clashed with Gondor.")).toEqual(["ARN GON 122"]);
    expect(code(dict, "Arnor clashed with Gondor.")).toEqual(["ARN GON 223"]);
  });

  it("codes multi-word verbs and listed irregular forms; a verb line's own code overrides the block's", () => {
    const dict =
      "--- EXCLUDE [144] ---\nEXCLUDE\n+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}\n" +
      "--- DELAY [120] ---\nDELAY\nDOWNPLAY [014]\nBREAK {BROKE BROKEN}\n";
    expect(code(dict, "Gondor cordoned off the roads into Mordor.")).toEqual(["GON MOR 144"]);
    expect(code(dict, "Gondor cordoned the roads into Mordor.")).toEqual([]);
    expect(code(dict, "Gondor downplayed the threat from Mordor.")).toEqual(["GON MOR 014"]);
    expect(code(dict, "Gondor broke with Mordor.")).toEqual(["GON MOR 120"]);
  });

  it("PETRARCH-1 tries every block of a repeated verb, PETRARCH-2 keeps the first block", () => {
    const v1 = "--- SHOT [---] ---\nSHOT\n- *_AND_WOUND [223]\n\n--- SHOT [223] ---\nSHOT\n- + WAS * DEAD IN $ [224]\n";
    expect(code(v1, "Arnor was shot dead in Gondor.")).toEqual(["GON ARN 224"]);
    const v2 = "--- ALLOW [080] ---\nALLOW\n\n--- ALLOW [080] ---\nALLOW\n- * (TO LEAVE) [066]\n";
    expect(parsePetrarchDictionary(v2).format).toBe(2);
    expect(code(v2, "Arnor allowed Gondor to leave.")).toEqual(["ARN GON 080"]);
  });

  it("finds the target from the verb on, also inside the matched phrase", () => {
    const dict = "--- ALLOW [080] ---\nALLOW\n- * REALLY_PLEASANT [024]\n";
    expect(code(dict, "Arnor allowed that Mordor is a really pleasant place.")).toEqual(["ARN MOR 024"]);
  });

  it("a [---] pattern means no event", () => {
    const dict = "--- ALLOW [080] ---\nALLOW\n- * BUDGET [---]\n";
    expect(code(dict, "Arnor allowed the budget of Gondor.")).toEqual([]);
  });
});

describe("PETRARCH participants", () => {
  const WELCOME = "--- WELCOME [050] ---\nWELCOME\n";

  it("gives each coordinated source and target its own event", () => {
    expect(code(WELCOME, "Arnor, Bree and the evil Gondor welcomed ties with Osgiliath and Mordor.")).toEqual([
      "ARN OSG 050",
      "ARN MOR 050",
      "BRE OSG 050",
      "BRE MOR 050",
      "GON OSG 050",
      "GON MOR 050",
    ]);
  });

  it("pairs a reciprocal [a:b] code both ways, and a compound subject among itself without a target", () => {
    const dict = "--- LEFT [042:043] ---\nLEFT\n--- RENEW [---] ---\nRENEW\n- * TIES [050:050]\n";
    expect(code(dict, "Arnor left for Gondor on Monday.")).toEqual(["ARN GON 042", "GON ARN 043"]);
    expect(code(dict, "Arnor and Gondor renewed ties.")).toEqual(["ARN GON 050", "GON ARN 050"]);
  });

  it("swaps source and target in the passive", () => {
    expect(code(WELCOME, "Arnor was welcomed by Gondor.")).toEqual(["GON ARN 050"]);
  });

  it("a passive whose subject is no actor has no target (no swap onto an earlier actor)", () => {
    expect(code(WELCOME, "Gondor left when the hobbit was welcomed in Mordor.")).toEqual(["MOR - 050"]);
  });

  it("reads % before the verb as a compound pairing itself, after the verb as the compound target", () => {
    const dict = "--- AGREE [081] ---\nAGREE\n- * WITH % [031]\n- % * [030:030]\n";
    expect(code(dict, "Arnor agrees with Bree and Gondor.")).toEqual(["ARN BRE 031", "ARN GON 031"]);
    expect(code(dict, "Arnor and Gondor agreed.")).toEqual(["ARN GON 030", "GON ARN 030"]);
  });

  it("shares a role out over the countries after of/in ('the ambassadors of X, Y and Z')", () => {
    const actors: FakeActor[] = [
      ...WORLD,
      { name: "The ambassadors", actor: "---GOV" },
      { name: "Lawmakers in Bree", actor: "BRELEG" },
    ];
    expect(code(WELCOME, "The ambassadors of Arnor and Gondor welcomed Mordor.", {}, actors)).toEqual([
      "ARNGOV MOR 050",
      "GONGOV MOR 050",
    ]);
    expect(code(WELCOME, "Lawmakers in Bree and Gondor welcomed Mordor.", {}, actors)).toEqual([
      "BRELEG MOR 050",
      "GONLEG MOR 050",
    ]);
  });

  it("codes a person after a possessor as the possessor's actor with the agent role", () => {
    const actors: FakeActor[] = [...WORLD, { name: "Ithilen", actor: "ITH" }, { name: "Calimehtar", actor: "CAL" }];
    const resolve = (words: string[]) => (words[0] === "ithilen" && words.includes("minister") ? "ITHGOV" : null);
    const text = "Ithilen's evil minister Calimehtar welcomed Gondor.";
    expect(code(WELCOME, text, { resolve }, actors)).toEqual(["ITHGOV GON 050"]);
    expect(code(WELCOME, text, {}, actors)).toEqual(["CAL GON 050"]);
  });

  it("gives a role right after an actor that actor's code ('White House security officials')", () => {
    const actors: FakeActor[] = [
      ...WORLD,
      { name: "White House", actor: "USAGOV" },
      { name: "officials", actor: "---GOV" },
      { name: "soldiers", actor: "---MIL" },
    ];
    expect(code(WELCOME, "White House security officials welcomed Gondor.", {}, actors)).toEqual(["USAGOV GON 050"]);
    expect(code(WELCOME, "Arnor soldiers welcomed Gondor.", {}, actors)).toEqual(["ARNMIL GON 050"]);
  });

  it("does not take a target from another clause after a comma", () => {
    const dict = "--- BURN [222] ---\nBURN\n";
    const actors: FakeActor[] = [...WORLD, { name: "Bree official", actor: "BREGOV" }];
    const text = "Arnor left after Mordor burned the embassy, a senior Bree official said.";
    expect(code(dict, text, {}, actors)).toEqual(["MOR - 222"]);
    expect(code(dict, "Mordor burned the embassy in Gondor.", {}, actors)).toEqual(["MOR GON 222"]);
  });

  it("a passive takes as target only the actor right before its auxiliary", () => {
    const dict = "--- REPORT [025] ---\nREPORT\n--- SHOOT [190] ---\nSHOOT {SHOT}\n";
    expect(code(dict, "Arnor was shot dead in Gondor.")).toEqual(["GON ARN 190"]);
    // The parse attaches "hafling" to "meeting": still no target from before the clause.
    expect(
      code(dict, "Gondor and Bree have postponed their meeting after a hafling was reported on the pass of Mordor."),
    ).toEqual(["MOR - 025"]);
  });

  it("once the sentence has an event, a non-finite verb with a borrowed subject adds none", () => {
    const dict = "--- CELEBRATE [051] ---\nCELEBRATE\n--- LEAVE [012] ---\nLEAVE\n";
    expect(code(dict, "Arnor celebrated Iftar with Gondor after leaving Mordor.")).toEqual(["ARN GON 051"]);
    expect(code(dict, "Arnor is about to leave Mordor.")).toEqual(["ARN MOR 012"]);
  });

  it("a pattern word never matches inside an actor ('Australia' is no AUSTRAL currency)", () => {
    const dict = "&CURRENCY\n+AUSTRAL\n+RUPEES\n\n--- CONTRIBUTE [070] ---\nCONTRIBUTE\n- * &CURRENCY [071]\n";
    const actors: FakeActor[] = [...WORLD, { name: "Australia", actor: "AUS" }];
    expect(code(dict, "Arnor will contribute a million rupees to Australia.", {}, actors)).toEqual(["ARN AUS 071"]);
    expect(code(dict, "Arnor will contribute a million dollars to Australia.", {}, actors)).toEqual(["ARN AUS 070"]);
  });

  it("reads roles of a country: 'the government of Gondor', 'Danish media and government', a titled person", () => {
    const resolve = (words: string[]) =>
      words.join(" ") === "government" ? "---GOV" : words.join(" ") === "president umbardacil" ? "---GOV" : null;
    const actors: FakeActor[] = [
      ...WORLD,
      { name: "Danish media", actor: "DNKMED" },
      { name: "government", actor: "---GOV" },
      { name: "President Umbardacil", actor: "" },
    ];
    const opt = { resolve };
    expect(code(WELCOME, "Arnor and the government of Gondor welcomed Bree.", opt)).toEqual([
      "ARN BRE 050",
      "GONGOV BRE 050",
    ]);
    expect(code(WELCOME, "Danish media and government welcomed Bree.", opt, actors)).toEqual([
      "DNKMED BRE 050",
      "DNKGOV BRE 050",
    ]);
    expect(code(WELCOME, "Arnor President Umbardacil has welcomed Bree.", opt, actors)).toEqual(["ARNGOV BRE 050"]);
  });

  it("splits PETRARCH-1 slash codes into their actors only when asked", () => {
    const shire: FakeActor[] = [...WORLD, { name: "The Shire", actor: "FRO/SAM" }];
    const text = "The Shire welcomed ties with Gondor.";
    expect(code(WELCOME, text, { splitSlashCodes: true }, shire)).toEqual(["FRO GON 050", "SAM GON 050"]);
    expect(code(WELCOME, text, {}, shire)).toEqual(["FRO/SAM GON 050"]);
  });

  it("codes an uncoded mention through the resolver (title + dictionary name)", () => {
    const actors: FakeActor[] = [...WORLD, { name: "Prime Minister Romendacil", actor: "" }];
    const resolve = (words: string[]) => (words.includes("romendacil") ? "BREGOV" : null);
    expect(code(WELCOME, "Prime Minister Romendacil welcomed Gondor.", { resolve }, actors)).toEqual([
      "BREGOV GON 050",
    ]);
    expect(code(WELCOME, "Prime Minister Romendacil welcomed Gondor.", {}, actors)).toEqual([]);
  });

  it("reads a mis-tagged word right after an actor as its verb, but not a capitalized one", () => {
    const dict = "--- WELCOME [050] ---\nWELCOME\n--- STATE [010] ---\nSTATE\n";
    const actors: FakeActor[] = [...WORLD, { name: "United", actor: "USA" }];
    expect(code(dict, "Arnor and Bree welcome a treaty with Gondor.")).toEqual(["ARN GON 050", "BRE GON 050"]);
    expect(code(dict, "The United States on Thursday welcomed Gondor.", {}, actors)).toEqual(["USA GON 050"]);
  });
});

describe("PETRARCH-2 negation through the coding ontology", () => {
  const pico = parsePicoOntology(
    "# ontology\n050:0x0080#DiplomaticCoop\n110:0x1007f#0xFFFF+0x0080#Disapprove\n121:-0xFFFF+0x0070\n",
  );
  it("reads summed hex values and maps a negated code", () => {
    expect(pico.value.get("121")).toBe(0x70 - 0xffff);
    expect(negatedCode(pico, "110")).toBe("050");
    expect(negatedCode(pico, "050")).toBeNull();
  });

  it("codes a negated verb with the negated code, keeping the code when the ontology has none", () => {
    const dict = "--- CLASH [110] ---\nCLASH\n--- WELCOME [050] ---\nWELCOME\n";
    const negate = (c: string) => negatedCode(pico, c);
    expect(code(dict, "Arnor didn't clash with Gondor.", { negate })).toEqual(["ARN GON 050"]);
    expect(code(dict, "Arnor will not ever clash with Gondor.", { negate })).toEqual(["ARN GON 050"]);
    expect(code(dict, "Arnor clashed with Gondor.", { negate })).toEqual(["ARN GON 110"]);
    expect(code(dict, "Arnor did not welcome Gondor.", { negate })).toEqual(["ARN GON 050"]);
  });
});

describe("PETRARCH dictionary reading", () => {
  it("forms TABARI agents' default plurals with -es and -ies (src/actors/tabari.ts)", () => {
    const agents = parseTabariAgents("CONGRESS [~LEG]\nDEPUTY [~LEG]\nOFFICIAL [~GOV]\n", "t.agents.txt");
    expect(agents.map((a) => a.plurals[0])).toEqual(["congresses", "deputies", "officials"]);
  });

  it("generates regular verb forms", () => {
    expect(regularForms("permit")).toEqual(expect.arrayContaining(["permits", "permitted", "permitting"]));
    expect(regularForms("ratify")).toEqual(expect.arrayContaining(["ratifies", "ratified"]));
    expect(regularForms("restore")).toEqual(expect.arrayContaining(["restored", "restoring"]));
    expect(regularForms("depart")).not.toContain("departes");
    expect(regularForms("ratify")).not.toContain("ratifys");
  });

  it("reads TABARI actors with agents and date-restricted codes", () => {
    const actors = parseTabariFile(
      "ROMENDACIL [BRE]\nSAM_GAMGEE [HOB]\n\t[HOBCIV <20080120]\n\t[HOBMIL 20080120-20121109]\nTHE_SHIRE [FRO/BIL/SAM]\n",
      "t.actors.txt",
    );
    const agents = parseTabariFile("PRIME_MINISTER [~GOV]\nMSF [NGO~]\n", "t.agents.txt");
    const ix = buildTabariIndex({ entries: actors.entries, agents: agents.agents, versions: {} });
    expect(resolvePhrase(ix, ["bree", "prime", "minister", "romendacil"], null)).toBe("BREGOV");
    expect(resolvePhrase(ix, ["msf", "romendacil"], null)).toBe("NGOBRE");
    expect(resolvePhrase(ix, ["sam", "gamgee"], "2007-05-01")).toBe("HOBCIV");
    expect(resolvePhrase(ix, ["sam", "gamgee"], "2009-05-01")).toBe("HOBMIL");
    expect(resolvePhrase(ix, ["the", "shire"], null)).toBe("FRO/BIL/SAM");
    expect(resolvePhrase(ix, ["the", "lions"], null)).toBeNull();
  });
});

describe("PETRARCH suite scoring (src/eval/petrarch.ts)", () => {
  function suiteDir(verbs: string): string {
    const root = mkdtempSync(join(tmpdir(), "petr5-"));
    const dir = join(root, "mini");
    mkdirSync(dir);
    writeFileSync(join(dir, "M.verbs.txt"), verbs);
    writeFileSync(join(dir, "M.actors.txt"), "ARNOR [ARN]\nGONDOR [GON]\n");
    writeFileSync(join(dir, "M.agents.txt"), "OFFICIAL [~GOV]\n");
    return root;
  }
  const rec = (text: string, expected: SuiteRecord["expected"], config: Record<string, string> = {}): SuiteRecord => ({
    id: "r",
    record_index: 0,
    suite: "mini",
    text,
    date: "1995-01-01",
    expected,
    category: "DEMO",
    dictionary: "mini",
    config,
  });

  it("codes with the record's dictionaries and keeps one-sided events only where require_dyad is false", () => {
    const root = suiteDir("--- RETREAT [050] ---\nRETREAT\n- * FROM + [051]\n");
    const one = [{ source: "ARN", target: "---", code: "050" }];
    const lenient = runSuite([rec("Arnor retreated.", one, { require_dyad: "false" })], "petrarch", root);
    expect(lenient.total.correct).toBe(1);
    const strict = runSuite([rec("Arnor retreated.", one)], "petrarch", root);
    expect(strict.total.correct).toBe(0);
    const pattern = runSuite(
      [rec("Arnor retreated from Gondor.", [{ source: "ARN", target: "GON", code: "051" }])],
      "petrarch",
      root,
    );
    expect(pattern.total).toMatchObject({ correct: 1, extra: 0 });
  });

  it("UD-PETRARCH (PETRARCH-2 dictionaries) never counts a '---' actor", () => {
    const root = suiteDir("--- RETREAT [050] ---\nRETREAT\n- * (FROM +) [051]\n");
    const one = [{ source: "ARN", target: "---", code: "050" }];
    expect(runSuite([rec("Arnor retreated.", one, { require_dyad: "false" })], "petrarch", root).total.correct).toBe(0);
  });
});
