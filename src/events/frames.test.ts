import { describe, expect, it } from "vitest";
import { buildTree } from "../nlp/tree.js";
import { argClass, senseByArguments } from "./arguments.js";
import { parsedModality } from "./certainty.js";
import { frameOf, verbFrame } from "./frames.js";
import { createEventStage } from "./index.js";
import { type FakeActor, fakeLayers } from "./test-support.js";

const ACTORS: FakeActor[] = [
  { name: "Arnor", actor: "ARN" },
  { name: "Gondor", actor: "GON" },
  { name: "Rohan", actor: "ROH" },
  { name: "Mordor", actor: "MOR" },
  { name: "Elessar", actor: "GONGOV" },
  { name: "militia", actor: "MORREB" },
  // a name recognizer's span that took the sentence-initial preposition in
  { name: "Near Minas Tirith", actor: "GON" },
];
// These tests check the coder's readings, one-sided events included; the dyad gate has its own tests.
const stage = createEventStage({ requireDyad: false });

function code(text: string, date: string | null = "2024-03-01") {
  const { doc, actors, attribution } = fakeLayers(text, ACTORS);
  return stage.run(doc, actors, attribution, { date }).events;
}
const triples = (text: string) => code(text).map((e) => `${e.source?.actor}>${e.target?.actor}:${e.code}`);
const wordIndex = (text: string, word: string) => {
  const { doc } = fakeLayers(text, ACTORS);
  return doc.tokens.value.indexOf(word);
};

describe("frames from the parse", () => {
  it("reads subject, object and obliques of a verb", () => {
    const text = "Arnor gave Rohan tanks on Monday.";
    const { doc } = fakeLayers(text, ACTORS);
    const f = verbFrame(buildTree(doc), wordIndex(text, "gave"));
    expect(f.subjects.map((h) => doc.tokens.value[h])).toEqual(["Arnor"]);
    expect(f.objects.map((h) => doc.tokens.value[h])).toContain("tanks");
    expect(f.obliques.get("on")?.map((h) => doc.tokens.value[h])).toEqual(["Monday"]);
  });
  it("takes the passive agent from the by-phrase and the patient from the passive subject", () => {
    const text = "Rohan was invaded by Mordor.";
    const { doc } = fakeLayers(text, ACTORS);
    const f = verbFrame(buildTree(doc), wordIndex(text, "invaded"));
    expect(f.passive).toBe(true);
    expect(f.subjects.map((h) => doc.tokens.value[h])).toEqual(["Mordor"]);
    expect(f.objects.map((h) => doc.tokens.value[h])).toEqual(["Rohan"]);
  });
  it("expands coordinated objects", () => {
    const text = "Mordor threatened Rohan and Gondor.";
    const { doc } = fakeLayers(text, ACTORS);
    const f = frameOf(buildTree(doc), wordIndex(text, "threatened"));
    expect(f.objects.map((h) => doc.tokens.value[h])).toEqual(["Rohan", "Gondor"]);
  });
  it("gives the controlled verb its controller as subject", () => {
    const text = "Arnor agreed to sell tanks to Rohan.";
    const { doc } = fakeLayers(text, ACTORS);
    const f = verbFrame(buildTree(doc), wordIndex(text, "sell"));
    expect(f.inherited).toBe(true);
    expect(f.subjects.map((h) => doc.tokens.value[h])).toEqual(["Arnor"]);
  });
  it("reads a negation attached to the trigger", () => {
    const text = "Arnor has, after months of pressure from Gondor and Rohan, still not recognized Mordor.";
    const { doc } = fakeLayers(text, ACTORS);
    expect(parsedModality(buildTree(doc), wordIndex(text, "recognized")).negated).toBe(true);
  });
});

describe("senses by argument class", () => {
  it("classes arguments by lemma and actor code", () => {
    const text = "Elessar attacked the proclamation and the militia.";
    const { doc, actors } = fakeLayers(text, ACTORS);
    const tree = buildTree(doc);
    expect(argClass(tree, actors, wordIndex(text, "proclamation"))).toBe("document");
    expect(argClass(tree, actors, wordIndex(text, "militia"))).toBe("armed");
    expect(senseByArguments(tree, actors, verbFrame(tree, wordIndex(text, "attacked")), "190")).toBe("111");
  });
  // Each case stands for one class of error seen on unseen news (issue 12).
  const cases: [string, string[]][] = [
    // force against a text is criticism, not military force
    ["Elessar attacked the proclamation of Mordor.", ["GONGOV>MOR:111"]],
    // approving an attack is not praise: the attack is coded, with the approver as its source
    ["Elessar approved the attacks on Mordor.", ["GONGOV>MOR:190"]],
    // backing an armed group is military aid, not a signed agreement
    ["The Gondor-backed militia shelled Rohan.", ["GON>MORREB:072", "MORREB>ROH:190"]],
    // suspending a permit is an administrative sanction on its holder, not political reform
    ["Arnor suspended Mordor's permit.", ["ARN>MOR:172"]],
    // votes received are no visit hosted
    ["Last year Elessar received 300 votes.", []],
    // sanctioning a country imposes sanctions
    ["Arnor sanctioned Mordor.", ["ARN>MOR:163"]],
  ];
  for (const [text, want] of cases) it(text, () => expect(triples(text)).toEqual(want));
});

describe("roles from the parse", () => {
  it("an object relative pronoun stands for its antecedent, and the parse negates", () => {
    const evs = code("Arnor rejected the government of Mordor, which Gondor does not recognize.");
    const rec = evs.find((e) => e.code === "054");
    expect([rec?.source?.actor, rec?.target?.actor, rec?.negated]).toEqual(["GON", "MOR", true]);
  });
  it("a promised act's beneficiary is no reciprocal party of the agreement", () => {
    const evs = triples("Arnor may have also agreed to sell tanks to Rohan.");
    expect(evs).not.toContain("ROH>ARN:030");
  });
  it("the copular subject of 'the subject of … sanctions' is their target", () => {
    expect(triples("Mordor has been the subject of Gondor sanctions since 2020.")).toEqual(["GON>MOR:163"]);
  });
  it("codes a nominal killing with possessor and of-phrase", () => {
    expect(triples("Gondor's killing of Elessar angered Arnor.")).toEqual(["GON>GONGOV:1823"]);
  });
  it("keeps the verb reading of a form listed as a noun", () => {
    expect(triples("Mordor shelled the town, killing Elessar.")).toContain("MOR>GONGOV:1823");
  });
});

describe("subject phrases", () => {
  it("a mention inside a relative clause of the subject is not the subject", () => {
    expect(triples("Elessar, who met Rohan envoys in Arnor, visited Mordor.")).toContain("GONGOV>MOR:042");
  });
});

describe("clause dates", () => {
  it("each event takes the date of its own clause", () => {
    const evs = code("In 2021 Elessar visited Rohan, and on Tuesday Arnor attacked Mordor.");
    const byCode = Object.fromEntries(evs.map((e) => [e.code, e.date]));
    expect(byCode["042"]).toBe("2021-01-01");
    expect(byCode["190"]).toBe("2024-02-27");
  });
  it("a date in another clause does not date the event", () => {
    const evs = code("Arnor attacked Mordor, which had invaded Rohan in 2019.");
    expect(evs.find((e) => e.code === "190")?.date).toBe("2024-03-01");
  });
});

describe("precision fixes from the corpus sample", () => {
  const cases: [string, string[]][] = [
    // the speaker's own apposition is no addressee
    ["'Prices will fall,' said Elessar, the Gondor envoy.", []],
    // the subject of reported content is no addressee of the speech verb
    ["Elessar said Mordor and Rohan have ended their talks.", []],
    // a reduced passive takes its agent from the by-phrase; the noun it modifies is the patient
    ["The treaty, backed by Arnor, angered Mordor.", ["ARN>undefined:051"]],
    // an event noun modifying a noun of state is no event
    ["The trade frictions between Arnor and Rohan grew.", []],
    // the second half of a hyphenated adjective is no trigger
    ["The so-called Arnor plan failed.", []],
    // a month name is no march
    ["ARNOR, March 19 - Gondor criticized Mordor.", ["GON>MOR:110"]],
    // selling a rating back is no easing of sanctions
    ["Arnor withdrew the ratings on Mordor.", []],
    // market business is no cooperation between parties
    ["Arnor will offer new bonds to investors in Rohan.", []],
    ["Mordor received bids from Rohan.", []],
    // a firm offering its products is no offer of cooperation
    ["Arnor offers software to Rohan.", []],
    // dismissing a department head is no use of force
    ["Mordor fired the head of its trade office.", []],
    // declining to comment is no rejection
    ["Elessar declined to comment on Mordor.", []],
    // "trade tensions" name a state, not trade
    ["The trade tensions between Arnor and Rohan grew.", []],
    // declining to estimate is no rejection
    ["Elessar declined to project revenues for Mordor.", []],
    // calling without "on" is no appeal
    ["Rohan called Elessar a friend.", []],
  ];
  for (const [text, want] of cases) it(text, () => expect(triples(text)).toEqual(want));
});

describe("precision fixes from the second corpus sample (argument classes and frame constraints)", () => {
  const cases: [string, string[]][] = [
    // a price, a share or a product as the subject names no agent: the country modifying it is no party
    ["Arnor's bond yields could decline next month.", []],
    ["Gondor's stock traded at 54 dlrs on Monday.", []],
    // an intransitive decline is a fall; declining something is still a rejection
    ["Elessar declined the invitation from Mordor.", ["GONGOV>MOR:120"]],
    // trade without a partner is market activity; trade with a party is cooperation
    ["Arnor traded bonds.", []],
    ["Arnor traded with Rohan.", ["ARN>ROH:061", "ROH>ARN:061"]],
    // a treaty that allows something is a rule, not an act; a party allowing something yields (080, not reform)
    ["The Gondor agreement allows Rohan to buy wheat.", []],
    ["Gondor allowed Rohan to open an embassy.", ["GON>ROH:080"]],
    // a veto is a rejection, not a rejected proposal to meet (125)
    ["Arnor vetoed Rohan's proposal.", ["ARN>ROH:120"]],
    // a place phrase is no agent, even when the name took its preposition in
    ["Near Minas Tirith, three strikes destroyed a vehicle of Mordor.", []],
    // helping curb inflation is no aid to a party; helping a party is
    ["Arnor helped curb inflation in Rohan.", []],
    ["Arnor helped Rohan.", ["ARN>ROH:070"]],
    // approving a budget is an administrative decision, not praise
    ["Arnor's parliament approved the budget.", []],
    // seeking approval, or seeking to do something, is no appeal for aid
    ["Mordor will seek shareholder approval for the sale.", []],
    ["Mordor is seeking to overthrow the government of Rohan.", []],
    // accepting a bid is market business
    ["Arnor accepted a bid from Rohan.", []],
    // releasing figures is publication; releasing people is a release
    ["Gondor released its trade figures on Monday.", []],
    ["Gondor released the prisoners from Rohan.", ["GON>ROH:084"]],
    // handing on an award is no aid; a patent or cash received is no visit hosted
    ["Elessar gave his award to Rohan.", []],
    ["Mordor will receive a patent from Arnor.", []],
    ["Rohan stockholders will receive 30 dlrs cash for each share.", []],
    // a quantity stands for what it measures: dollars of notes are securities
    ["Arnor will offer 100 mln dlrs of notes to Rohan.", []],
    // offering an example is no offer of cooperation
    ["Gondor offers a textbook case of the dangers.", []],
    // dealers and investors haggling are the market, not parties
    ["Gondor dealers are demanding four times book value.", []],
    // ordering planes is a purchase; ordering a party to act is a demand
    ["Gondor ordered two planes from Rohan.", []],
    ["Gondor ordered Rohan to withdraw.", ["GON>ROH:100", "ROH>undefined:085"]],
    // asking whether something is so is a question, not an appeal; asking a party to act is one
    ["Asked by Rohan if Gondor preferred the bid, Elessar said no.", []],
    ["Elessar asked Mordor whether it would withdraw.", []],
    // (the withdrawal asked for is the appeal's content, not an event)
    ["Elessar asked Mordor to withdraw.", ["GONGOV>MOR:025"]],
    // giving no credence to reports is no aid
    ["Elessar gave no credence to the reports of Mordor.", []],
    // declining 8 pct is a fall
    ["Gondor declined 8 pct.", []],
    // selling products without a partner, or buying bills, is market business; a sale to a party stays trade
    ["Gondor sold 1,815 cars in February.", []],
    ["Gondor sold 1,815 cars to Rohan in February.", ["GON>ROH:061"]],
    ["Gondor sold its Rohan unit to Arnor.", ["GON>ARN:061"]],
    ["The Gondor reserve is buying one billion dlrs of Treasury bills.", []],
    // appealing a decision is a legal appeal, not an appeal to a party
    ["Gondor will appeal Arnor's approval of the sales.", []],
    // an -ing form inside a noun phrase is a noun; a participle after a noun stays a verb
    ["Last year Gondor household buying power rose 3 pct.", []],
    ["Gondor went public in a subscription offering of 17,000 shares.", []],
    ["Gondor issued a declaration demanding that Rohan withdraw.", ["GON>ROH:100"]],
    // a noun the name modifies, with no object after it, is no verb ("Gondor imports falling")
    ["The report sees Gondor imports falling to 90 mln tonnes.", []],
    // a capitalized March is the month
    ["Elessar called the March numbers excellent.", []],
    // welcoming a rise is no visit hosted; meeting a debt is no meeting; offering jobs is hiring
    ["Rohan welcomed the rise in the yen.", []],
    ["Growth will allow Gondor to meet its debt.", []],
    ["Arnor will offer jobs to 41 employees.", []],
    // traders are the market also as the controller of the verb
    ["Rohan traders planned to sell 775,000 tonnes into intervention stocks.", []],
    // a central bank buying dollars is intervention in the market, not cooperation with a party
    ["The Gondor central bank bought 50 mln dlrs in Minas Tirith today.", []],
    // loans received are no visit hosted; a withdrawn offer is no eased sanction; releasing news is no release
    ["Rohan has also received loans worth 162 mln dlrs from Arnor.", []],
    ["Gondor withdrew its offer for Rohan.", []],
    ["Gondor said it will release news about Rohan within the hour.", []],
    // giving oneself time is no aid; reinforcing a view is no show of force
    ["The Gondor government has given itself until May to choose.", []],
    ["Gondor's action reinforced the market's view that Rohan is weak.", []],
    // declining comment is no rejection
    ["Mordor declined comment on the rumors.", []],
    // proposing a policy, or to do something, is no offer to meet; proposing talks is
    ["Elessar will propose tax incentives to Rohan.", []],
    ["Arnor proposes issuing new equity in a subsidiary.", []],
    ["Arnor proposed talks with Rohan.", ["ARN>ROH:036", "ARN>ROH:040", "ROH>ARN:040"]],
    // withdrawing a subsidy is no eased sanction; giving no dates is no aid; a share of pollution is no aid
    ["Gondor is withdrawing the annual subsidy for Rohan.", []],
    ["Arnor gave no dates for the listings.", []],
    ["Arnor rigs contributed only two pct of the pollution.", []],
    // letting output sink or resources grow is no concession; allowing a party to act is one
    ["Gondor allowed its output to sink.", []],
    ["Gondor could not allow additional resources for Rohan.", []],
    // only a party is recognized diplomatically
    ["Gondor recognized Rohan.", ["GON>ROH:054"]],
    // play is no force, aid or assault: a penalty struck, a chip sent, a start given, a final won
    ["Elessar struck a penalty at the other end.", []],
    ["Elessar sent a chip into the danger zone.", []],
    ["Arnor defeated Mordor 6-4 to give Rohan the perfect start.", []],
    ["Elessar beat Mordor in the final.", []],
    ["Rohan beat Mordor by 0.9 seconds.", []],
    ["Rohan fired shots at Mordor.", ["ROH>MOR:190"]],
    // ballot papers sent out are no aid; troops sent are
    ["Arnor sent out the first ballot papers.", []],
    ["Arnor sent troops to Rohan.", ["ARN>ROH:070"]],
    // two capitalized words in a row are a name, not a verb ("Gondor Telephone")
    ["It could enable Gondor Telephone to offer data services to Rohan.", []],
  ];
  for (const [text, want] of cases) it(text, () => expect(triples(text)).toEqual(want));
});
