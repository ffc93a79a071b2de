import { describe, expect, it } from "vitest";
import { eventCoder, type FakeActor } from "./test-support.js";

// Invented sentences for the recall fixes of ev15 (docs/events.md "Recall (ev15, 2026-12-07)").
const ACTORS: FakeActor[] = [
  { name: "Gondor", actor: "GON" },
  { name: "Rohan", actor: "ROH" },
  { name: "the Westfold", actor: "ROH", kind: "place" },
  { name: "Edoras", actor: "ROH", kind: "place" },
  { name: "The Eriador Council", actor: "IGOERI", kind: "organization" },
  { name: "Arnor", actor: "ARN" },
];
const coded = eventCoder(ACTORS);

describe("an agreement, intent or aid without a named party is aimed at the place that locates its object", () => {
  it("codes the place of what a promised act is done to ('will evacuate the outposts in X')", () => {
    expect(coded("Gondor will evacuate all twelve outposts in the Westfold in mid-August.")).toContain("GON>ROH:033");
  });
  it("codes the place of a force that troops are contributed to", () => {
    expect(coded("Gondor is ready to contribute up to 4,000 troops to a peace-keeping force in Rohan.")).toContain(
      "GON>ROH:033",
    );
  });
  it("codes the place of what an infinitive complement sets up, without a reverse direction", () => {
    const out = coded("The Eriador Council has agreed to set up a research centre in Edoras, officials said Thursday.");
    expect(out).toContain("IGOERI>ROH:030");
    expect(out).not.toContain("ROH>IGOERI:030");
  });
  it("leaves the venue of the act alone ('pledged at a conference in X', 'agreed in X')", () => {
    expect(coded("Gondor pledged at the monetary conference in Edoras to cut its tariffs.")).not.toContain(
      "GON>ROH:030",
    );
    expect(coded("Gondor agreed in Edoras to cut its tariffs.")).not.toContain("GON>ROH:030");
    expect(coded("Gondor agreed to consider the offer at a meeting in Edoras.")).not.toContain("GON>ROH:030");
  });
  it("keeps a named recipient and the partners of a reciprocal act", () => {
    expect(coded("Gondor nominated the new ticket, granting it ballot access in Rohan.")).not.toContain("GON>ROH:070");
    const out = coded("Gondor and Arnor failed to reach agreement on the fate of the offices in Edoras.");
    expect(out.some((e) => e.includes(">ROH"))).toBe(false);
  });
});

describe("a possessive country before a modified name of its own person is not the party", () => {
  const coder = eventCoder([
    { name: "Gondor", actor: "GON" },
    { name: "Arnor", actor: "ARN" },
    { name: "King Elessar", actor: "ARNGOV", entity: "elessar", kind: "person" },
  ]);
  it("codes the person across a participle or adjective ('Arnor's visiting King Elessar')", () => {
    expect(coder("Gondor refused to meet Arnor's visiting King Elessar in Osgiliath.")).toContain("GON>ARNGOV:040!");
    expect(coder("Gondor criticized Arnor's ousted King Elessar.")).toContain("GON>ARNGOV:110");
  });
  it("keeps the country before a thing it owns", () => {
    expect(coder("Gondor criticized Arnor's oil exports.")).toContain("GON>ARN:110");
  });
});
