/**
 * `dyad validate SUITE.jsonl [--dict DIR] [--own] [--plover]`: runs PETRARCH-format test records and prints per
 * category correct / missed / extra (scoring in docs/events.md and src/eval/petrarch.ts).
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { DyadError } from "../../errors.js";
import { formatReport, loadSuite, runSuite, type ScoreMode } from "../../eval/petrarch.js";
import { type CliIO, type Command, ExitCode } from "../io.js";

const USAGE = `Usage: dyad validate SUITE.jsonl [--dict DIR] [--own] [--plover]

Codes each PETRARCH-format record (text, date, expected source/target/code) and prints per category how many
expected events were found (correct), not found (missed) and coded but not expected (extra).
  --dict DIR   dictionary folder to use for every record (default: the record's "dictionary" folder under
               dictionaries/ next to the suite file)
  --own        use Dyad's own actors and pattern lexicon; compare actors exactly and codes by 2-digit root
  --plover     compare PLOVER types via CAMEO→PLOVER, actors on country+sector (default for PLOVER suites)`;

export const command: Command = {
  summary: "score the coder on PETRARCH-format test suites",
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    let dict: string | undefined;
    let own = false;
    let plover = false;
    const files: string[] = [];
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i] as string;
      if (a === "--dict") {
        const v = argv[++i];
        if (v === undefined) throw new DyadError("E_USAGE", "--dict needs a folder");
        dict = resolve(io.cwd, v);
      } else if (a === "--own") own = true;
      else if (a === "--plover") plover = true;
      else if (a.startsWith("--")) throw new DyadError("E_USAGE", `unknown option ${a}\n${USAGE}`);
      else files.push(a);
    }
    if (files.length === 0) throw new DyadError("E_USAGE", `no suite file given\n${USAGE}`);
    let failed = false;
    for (const f of files) {
      const path = resolve(io.cwd, f);
      if (!existsSync(path)) {
        io.stderr.write(`${f}: no such file\n`);
        failed = true;
        continue;
      }
      const records = loadSuite(path);
      const isPlover = plover || records.some((r) => r.suite?.startsWith("plover"));
      const mode: ScoreMode = isPlover ? "plover" : own ? "own" : "petrarch";
      const report = runSuite(records, mode, join(dirname(path), "dictionaries"), dict);
      for (const n of report.notes) io.stderr.write(`${n}\n`);
      io.stdout.write(`${formatReport(report)}\n\n`);
    }
    return failed ? ExitCode.SOME_FAILED : ExitCode.OK;
  },
};
