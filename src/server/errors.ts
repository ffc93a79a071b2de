/**
 * The one place HTTP statuses come from: DyadError codes (and Fastify's own request errors) map to a status and
 * a JSON body `{ error: { code, message } }`. Unknown errors become 500 E_INTERNAL without leaking details.
 */
import { DyadError, type ErrorCode } from "../errors.js";

export interface HttpErrorBody {
  error: { code: string; message: string };
}

const STATUS: Record<ErrorCode, number> = {
  E_INVALID_UTF8: 400,
  E_ENCODING: 400,
  E_BINARY: 400,
  E_EMPTY: 400,
  E_TOO_LARGE: 413,
  E_JSON: 400,
  E_JSON_FIELD: 400,
  E_XML: 400,
  E_HTML: 400,
  E_NOT_FOUND: 404,
  E_FETCH: 502,
  E_READ: 400,
  E_DATE: 400,
  E_DICTIONARY: 400,
  E_USAGE: 400,
  E_DB: 503,
  E_INTERNAL: 500,
};

/** Fastify's own error codes for malformed requests, mapped to Dyad codes. */
const FASTIFY: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: "E_TOO_LARGE",
  FST_ERR_CTP_EMPTY_JSON_BODY: "E_EMPTY",
  FST_ERR_CTP_INVALID_JSON_BODY: "E_JSON",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "E_USAGE",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "E_USAGE",
  FST_ERR_VALIDATION: "E_USAGE",
};

export function toHttpError(error: unknown): { status: number; body: HttpErrorBody } {
  if (error instanceof DyadError) {
    const message = error.code === "E_DB" ? "database error" : error.message;
    return { status: STATUS[error.code] ?? 500, body: { error: { code: error.code, message } } };
  }
  if (error !== null && typeof error === "object") {
    const e = error as { code?: unknown; statusCode?: unknown; message?: unknown };
    const status = typeof e.statusCode === "number" ? e.statusCode : 500;
    if (status >= 400 && status < 500) {
      const code = (typeof e.code === "string" && FASTIFY[e.code]) || (status === 413 ? "E_TOO_LARGE" : "E_USAGE");
      let message = typeof e.message === "string" ? e.message : `request error (${code})`;
      if (code === "E_TOO_LARGE") message = "request body is larger than the server's limit";
      if (code === "E_JSON") message = "request body is not valid JSON";
      return { status, body: { error: { code, message } } };
    }
  }
  return { status: 500, body: { error: { code: "E_INTERNAL", message: "internal server error" } } };
}
