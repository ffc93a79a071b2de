import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConllu } from "../../nlp/conllu.js";
import { fakeIO } from "../../test-support/cli-io.js";
import { main } from "../main.js";

async function run(argv: string[], cwd?: string) {
  const f = fakeIO(cwd === undefined ? {} : { cwd });
  const code = await main(argv, f.io);
  return { code, out: f.out(), err: f.err() };
}

function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), "dyad-parse-"));
  writeFileSync(join(dir, name), content);
  return dir;
}

// A small treebank of our own: one multiword token ("didn't"), gold heads that the output must not copy.
const TREEBANK = [
  "# sent_id = t-1",
  "# text = Vučić didn't meet Erdoğan.",
  "1\tVučić\tVučić\tPROPN\tNNP\t_\t4\tnsubj\t_\t_",
  "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_",
  "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_",
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
  "4\tmeet\tmeet\tVERB\tVB\t_\t0\troot\t_\t_",
  "5\tErdoğan\tErdoğan\tPROPN\tNNP\t_\t4\tobj\t_\tSpaceAfter=No",
  "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
  "",
  "",
].join("\n");

describe("dyad parse", () => {
  it("writes CoNLL-U for raw text: whole names, multiword tokens, one root per sentence, offsets in MISC", async () => {
    const dir = tempFile("a.txt", "Erdoğan met Vučić in Ankara. They didn't agree.\n");
    const r = await run(["parse", "a.txt"], dir);
    expect(r.code).toBe(0);
    const sentences = parseConllu(r.out);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]?.words.map((w) => w.form)).toEqual(["Erdoğan", "met", "Vučić", "in", "Ankara", "."]);
    expect(sentences[1]?.ranges).toEqual([expect.objectContaining({ first: 2, last: 3, form: "didn't" })]);
    for (const s of sentences) expect(s.words.filter((w) => w.head === 0)).toHaveLength(1);
    expect(sentences[0]?.words[0]?.misc).toContain("TokenRange=0:7");
    expect(sentences[0]?.words[1]).toMatchObject({ upos: "VERB", xpos: "VBD", lemma: "meet", head: 0, deprel: "root" });
  });

  it("keeps a CoNLL-U file's words and sentences and predicts the annotation columns", async () => {
    const dir = tempFile("gold.conllu", TREEBANK);
    const r = await run(["parse", "--input-format", "conllu", "gold.conllu"], dir);
    expect(r.code).toBe(0);
    const [s] = parseConllu(r.out);
    expect(s?.id).toBe("t-1");
    expect(s?.words.map((w) => w.form)).toEqual(["Vučić", "did", "n't", "meet", "Erdoğan", "."]);
    expect(s?.ranges[0]).toMatchObject({ first: 2, last: 3, form: "didn't" });
    expect(s?.words[4]).toMatchObject({ upos: "PROPN", head: 4, deprel: "obj" });
    expect(s?.words[4]?.misc).toBe("SpaceAfter=No");
  });

  it("prints JSON with character offsets when asked", async () => {
    const dir = tempFile("a.txt", "Russia attacked Ukraine.");
    const r = await run(["parse", "--format", "json", "a.txt"], dir);
    const doc = JSON.parse(r.out.trim());
    expect(doc.sentences[0].words[2]).toMatchObject({ form: "Ukraine", start: 16, end: 23, deprel: "obj", head: 2 });
  });

  it("names a bad CoNLL-U file and goes on with the next", async () => {
    const dir = tempFile("bad.conllu", "1\tonly-two-columns\n");
    writeFileSync(join(dir, "good.conllu"), TREEBANK);
    const r = await run(["parse", "--input-format", "conllu", "bad.conllu", "good.conllu"], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain("bad.conllu");
    expect(parseConllu(r.out)).toHaveLength(1);
  });

  it("rejects an unknown format as a usage error", async () => {
    const r = await run(["parse", "--format", "xml", "x.txt"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--format must be conllu or json");
  });
});
