import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gumGenre, readTreebank, trainingSentences } from "./treebank.js";

function sentence(id: string, relation: string): string {
  return [
    `# sent_id = ${id}`,
    "# text = Talks resumed Monday.",
    "1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_",
    "2\tresumed\tresume\tVERB\tVBD\t_\t0\troot\t_\t_",
    `3\tMonday\tMonday\tPROPN\tNNP\t_\t2\t${relation}\t_\t_`,
    "",
    "",
  ].join("\n");
}

/** A shared folder with tiny treebanks of our own, laid out as ../shared/treebanks is. */
function fakeShared(): string {
  const shared = mkdtempSync(join(tmpdir(), "dyad-treebank-"));
  for (const bank of ["ewt", "gum"]) mkdirSync(join(shared, "treebanks", `en_${bank}`), { recursive: true });
  const gum = ["GUM_news_talks-1", "GUM_whow_cook-1", "GUM_fiction_tale-1", "GUM_voyage_town-1"];
  const write = (bank: string, split: string, text: string) =>
    writeFileSync(join(shared, "treebanks", `en_${bank}`, `en_${bank}-ud-${split}.conllu`), text);
  write("gum", "train", gum.map((id) => sentence(id, "obl:tmod")).join(""));
  write("gum", "dev", gum.map((id) => sentence(id, "obl:tmod")).join(""));
  write("ewt", "train", sentence("weblog-1", "obl:unmarked"));
  return shared;
}

describe("treebank training data", () => {
  it("never trains on GUM's non-commercial wikiHow and fiction documents", () => {
    const shared = fakeShared();
    expect(trainingSentences(shared).map((s) => s.id)).toEqual(["weblog-1", "GUM_news_talks-1", "GUM_voyage_town-1"]);
  });

  it("keeps every dev document for scoring", () => {
    expect(readTreebank(fakeShared(), "gum", "dev")).toHaveLength(4);
  });

  it("maps GUM 2.13 relation names to EWT 2.16's, so one model learns one scheme", () => {
    const [first] = readTreebank(fakeShared(), "gum", "train");
    expect(first?.words[2]?.deprel).toBe("obl:unmarked");
  });

  it("reads a GUM genre from a sentence id", () => {
    expect(gumGenre("GUM_bio_marie-12")).toBe("bio");
    expect(gumGenre("weblog-1")).toBe("");
  });
});
