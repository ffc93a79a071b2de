/** Options shared by the commands that read inputs (code, ingest, enqueue); loads no database code. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DyadError } from "../errors.js";
import { isKnownEncoding } from "../ingest/decode.js";

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
