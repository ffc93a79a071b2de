import { appendFileSync, cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultDataDir } from "../../actors/dictionary.js";
import { REPO_ROOT } from "../../eval/shared.js";
import { readModelFile } from "../model-file.js";
import { defaultNerModel } from "../ner.js";
import {
  COMMITTED_GAZETTEER,
  freezeGazetteer,
  gazetteerOf,
  gazetteerPath,
  gazetteerText,
  readGazetteer,
} from "./ner-gazetteer.js";

const nerFile = readModelFile(join(REPO_ROOT, "data", "models", "ner.bin"));

describe("the name recognizer's frozen gazetteer", () => {
  // ner-2, still shipped, read its gazetteer from data/actors of 2026-12-05 and names none; a model trained from the
  // frozen file (ner-3 on, branch syn6-models) names its version and must hold exactly that file.
  it.skipIf(nerFile.meta.gazetteer === undefined)("is the gazetteer ner.bin was trained with and decodes with", () => {
    const frozen = readGazetteer(COMMITTED_GAZETTEER);
    expect(nerFile.meta.gazetteer).toBe(frozen.version);
    const mine = gazetteerOf(frozen).toArrays();
    const shipped = defaultNerModel().gazetteer.toArrays();
    expect(shipped.keys).toEqual(mine.keys);
    expect(shipped.kinds).toEqual(mine.kinds);
  });

  it("does not follow an edit of data/actors until it is refrozen", () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-gaz-"));
    cpSync(defaultDataDir(), dir, { recursive: true });
    appendFileSync(join(dir, "people.txt"), "person | Quorvana Belith | | USAGOV | f head\n");
    const refrozen = freezeGazetteer(dir);
    expect(refrozen.phrases.PER).toContain("Quorvana Belith");
    // The ner step of a full run reads the committed file, which knows nothing of the edit.
    expect(gazetteerPath(join(REPO_ROOT, "data", "models"))).toBe(COMMITTED_GAZETTEER);
    expect(readGazetteer(COMMITTED_GAZETTEER).phrases.PER).not.toContain("Quorvana Belith");
  });

  it("is written one phrase a line, sorted, and reads back the same", () => {
    const g = readGazetteer(COMMITTED_GAZETTEER);
    for (const list of Object.values(g.phrases))
      expect([...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(list);
    expect(JSON.parse(gazetteerText(g))).toEqual(g);
  });
});
