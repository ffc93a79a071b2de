/**
 * One catalogue of Dyad's error codes. Problems in *input* (a bad file, a malformed line) are reported as
 * IngestProblem / Diagnostic values carrying these codes and the batch goes on; only misuse and bad
 * configuration throw a DyadError. Surfaces map codes to exit codes (CLI) and statuses (HTTP) in one place each.
 */
export const ErrorCodes = {
  E_INVALID_UTF8: "input is not valid UTF-8",
  E_ENCODING: "input is not valid in the encoding it was read in (a byte-order mark, --encoding or a declaration)",
  E_BINARY: "input looks binary (NUL bytes or control characters)",
  E_EMPTY: "input is empty",
  E_TOO_LARGE: "input is larger than the 20 MB limit",
  E_JSON: "malformed JSON line",
  E_JSON_FIELD: "JSON record lacks a usable text field",
  E_XML: "malformed XML",
  E_HTML: "no main text could be extracted from the HTML",
  E_NOT_FOUND: "no such file or folder",
  E_FETCH: "a URL could not be fetched (network, HTTP status, size, time or redirect limit, or a private address)",
  E_READ: "the input could not be read",
  E_DATE: "not a valid date (expected YYYY-MM-DD)",
  E_DICTIONARY: "dictionary syntax error",
  E_USAGE: "wrong command-line usage",
  E_DB: "database error",
  E_INTERNAL: "internal error while coding an article",
} as const;

export type ErrorCode = keyof typeof ErrorCodes;

export class DyadError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DyadError";
    this.code = code;
  }
}
