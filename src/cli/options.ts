/** Options shared by the commands that read inputs (code, ingest, enqueue, parse); loads no database code. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DyadError } from "../errors.js";
import { isIsoDate, isKnownEncoding } from "../ingest/decode.js";
import type { ReadOptions } from "../ingest/index.js";

/** `--encoding`: checked up front, so a typo is a usage error before anything is read. */
export function encodingOption(value: string): string {
  if (!isKnownEncoding(value))
    throw new DyadError(
      "E_USAGE",
      `--encoding '${value}' is not an encoding Dyad can read (e.g. utf-8, windows-1252, latin1, iso-8859-2, utf-16le)`,
    );
  return value;
}

export const ENCODING_HELP =
  "--encoding <name>   read inputs in this encoding (windows-1252, latin1, utf-16le…); default UTF-8, or\n" +
  "                      what a byte-order mark, <meta charset>, <?xml encoding?> or HTTP charset says";

export const URL_HELP =
  "--urls <file>       also read the URLs listed in a file, one a line (# comments); URLs can be inputs too\n" +
  "  --allow-private     fetch URLs from loopback and private addresses too (refused by default)";

/** The URLs listed in a `--urls` file, one a line; blank lines and # comments skipped. */
export function urlListInputs(files: readonly string[], cwd: string): string[] {
  return files.flatMap((file) => {
    let text: string;
    try {
      text = readFileSync(resolve(cwd, file), "utf8");
    } catch (error) {
      throw new DyadError("E_USAGE", `--urls ${file}: cannot be read (${(error as NodeJS.ErrnoException).code})`);
    }
    return text
      .split(/\r?\n/)
      .map((line) => line.replace(/#.*$/, "").trim())
      .filter((line) => line !== "");
  });
}

/** A `--from`, `--to` or `--date` value: a real calendar day written YYYY-MM-DD, or a date error naming the flag. */
export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) {
    throw new DyadError("E_DATE", `--${name} '${value}' is not a valid date (expected YYYY-MM-DD)`);
  }
  return value;
}

/** parseArgs options of the commands that read articles (code, ingest, enqueue): one spelling, one check. */
export const READ_OPTIONS = {
  date: { type: "string" },
  source: { type: "string" },
  encoding: { type: "string" },
  urls: { type: "string", multiple: true },
  "allow-private": { type: "boolean", default: false },
} as const;

/** The values parseArgs gives for READ_OPTIONS. */
export interface ReadValues {
  date?: string | undefined;
  source?: string | undefined;
  encoding?: string | undefined;
  urls?: string[] | undefined;
  "allow-private"?: boolean | undefined;
}

/**
 * The inputs (arguments and the URLs of `--urls` files) and the reading options READ_OPTIONS ask for, all checked
 * before anything is read, so a bad date or encoding stops the command with a usage error naming the flag instead
 * of failing every article.
 */
export function readingOptions(
  values: ReadValues,
  positionals: readonly string[],
  io: { cwd: string; stdin: NodeJS.ReadableStream },
): { inputs: string[]; read: ReadOptions } {
  const inputs = [...positionals, ...urlListInputs(values.urls ?? [], io.cwd)];
  if (inputs.length === 0) throw new DyadError("E_USAGE", "no input given (a file, folder, glob, URL or - for stdin)");
  const date = dateOption("date", values.date);
  const encoding = values.encoding === undefined ? undefined : encodingOption(values.encoding);
  const read: ReadOptions = {
    allowPrivate: values["allow-private"] === true,
    cwd: io.cwd,
    stdin: io.stdin,
    ...(date === undefined ? {} : { date }),
    ...(values.source === undefined ? {} : { source: values.source }),
    ...(encoding === undefined ? {} : { encoding }),
  };
  return { inputs, read };
}
