/**
 * `dyad dict import FILE... [--out PATH] [--strict]`: converts TABARI/PETRARCH actor and agent dictionaries (or
 * Dyad line-format files) into one Dyad JSON dictionary that `--actors` / `createActorStage({actorFiles})` load.
 * Prints counts; malformed lines are reported as "file:line: why: text" on stderr and skipped, or, with
 * --strict, stop the import (exit code 1).
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { type ActorDictionary, loadDictionaryFile, mergeDictionaries } from "../../actors/dictionary.js";
import { parseTabariFile } from "../../actors/tabari.js";
import { DyadError } from "../../errors.js";
import { type CliIO, type Command, ExitCode } from "../io.js";

const USAGE = `Usage: dyad dict import FILE... [--out PATH] [--strict]

Converts TABARI/PETRARCH dictionaries (*.actors.txt, *.agents.txt) and Dyad line-format files into one Dyad
JSON dictionary (default output: data/actors/imported.json). Load it with \`dyad code --actors PATH\`.
  --out PATH   where to write the JSON dictionary
  --strict     stop at the first malformed line instead of skipping it`;

export const command: Command = {
  summary: "import TABARI/PETRARCH actor and agent dictionaries",
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const [sub, ...rest] = argv;
    if (sub !== "import") throw new DyadError("E_USAGE", `expected 'dyad dict import FILE...'\n${USAGE}`);
    let out = "data/actors/imported.json";
    let strict = false;
    const files: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i] as string;
      if (a === "--out") {
        const v = rest[++i];
        if (v === undefined) throw new DyadError("E_USAGE", "--out needs a path");
        out = v;
      } else if (a === "--strict") strict = true;
      else if (a.startsWith("--")) throw new DyadError("E_USAGE", `unknown option ${a}\n${USAGE}`);
      else files.push(a);
    }
    if (files.length === 0) throw new DyadError("E_USAGE", `no dictionary files given\n${USAGE}`);
    const problems: string[] = [];
    const parts: ActorDictionary[] = [];
    for (const f of files) {
      const path = resolve(io.cwd, f);
      const part = loadDictionaryFile(path, (text, file) => parseTabariFile(text, file, { strict, problems }));
      const names = part.entries.reduce((n, e) => n + e.names.length, 0);
      const dated = part.entries.reduce((n, e) => n + e.codes.filter((w) => w.from || w.to).length, 0);
      io.stdout.write(
        `${f}: ${part.entries.length} actors (${names} phrases, ${dated} dated codes), ${part.agents.length} agents\n`,
      );
      parts.push(part);
    }
    const merged = mergeDictionaries(parts);
    const doc = {
      format: "dyad-actors",
      version: `imported-${new Date().toISOString().slice(0, 10)}`,
      about: `Imported by 'dyad dict import' from ${files.join(", ")} (${Object.entries(merged.versions)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}).`,
      entries: merged.entries,
      agents: merged.agents,
    };
    const outPath = resolve(io.cwd, out);
    writeFileSync(outPath, `${JSON.stringify(doc)}\n`);
    for (const p of problems) io.stderr.write(`warning: ${p}\n`);
    io.stdout.write(
      `wrote ${out}: ${merged.entries.length} actors, ${merged.agents.length} agents` +
        (problems.length ? `, ${problems.length} malformed lines skipped\n` : "\n"),
    );
    return ExitCode.OK;
  },
};
