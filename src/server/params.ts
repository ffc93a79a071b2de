/**
 * Query-parameter specs and their validation. One spec list per route drives both the parsing (bad input →
 * DyadError → 400) and the OpenAPI document, so the two cannot drift apart.
 */
import { DyadError } from "../errors.js";
import { isIsoDate } from "../ingest/decode.js";

export type ParamType = "string" | "date" | "integer" | "boolean" | "enum" | "actor" | "cameo";

export interface ParamSpec {
  name: string;
  type: ParamType;
  description: string;
  required?: boolean;
  values?: readonly string[];
  min?: number;
  max?: number;
  default?: string | number | boolean;
}

export type ParsedQuery = Record<string, string | number | boolean | undefined>;

const ACTOR_RE = /^[A-Za-z0-9-]{1,32}$/;
const CAMEO_RE = /^\d{1,4}$/;

export function parseQuery(specs: readonly ParamSpec[], raw: unknown): ParsedQuery {
  const query = (raw ?? {}) as Record<string, unknown>;
  const known = new Set(specs.map((s) => s.name));
  for (const key of Object.keys(query)) {
    if (!known.has(key)) {
      const list = specs.map((s) => s.name).join(", ") || "none";
      throw new DyadError("E_USAGE", `unknown query parameter '${key}' (accepted: ${list})`);
    }
  }
  const out: ParsedQuery = {};
  for (const spec of specs) {
    const value = query[spec.name];
    if (value === undefined || value === "") {
      if (spec.required) throw new DyadError("E_USAGE", `query parameter '${spec.name}' is required`);
      if (spec.default !== undefined) out[spec.name] = spec.default;
      continue;
    }
    if (typeof value !== "string") throw new DyadError("E_USAGE", `query parameter '${spec.name}' must be given once`);
    out[spec.name] = parseValue(spec, value);
  }
  if (typeof out.from === "string" && typeof out.to === "string" && out.from > out.to) {
    throw new DyadError("E_DATE", `'from' (${out.from}) is after 'to' (${out.to})`);
  }
  return out;
}

function parseValue(spec: ParamSpec, value: string): string | number | boolean {
  const { name } = spec;
  switch (spec.type) {
    case "string":
      if (value.length > 500) throw new DyadError("E_USAGE", `query parameter '${name}' is too long`);
      return value;
    case "date":
      if (!isIsoDate(value))
        throw new DyadError("E_DATE", `query parameter '${name}' is not a valid date (YYYY-MM-DD)`);
      return value;
    case "integer": {
      if (!/^-?\d{1,9}$/.test(value)) throw new DyadError("E_USAGE", `query parameter '${name}' must be an integer`);
      const n = Number(value);
      if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
        throw new DyadError(
          "E_USAGE",
          `query parameter '${name}' must be between ${spec.min ?? "-∞"} and ${spec.max ?? "∞"}`,
        );
      }
      return n;
    }
    case "boolean":
      if (["1", "true", "yes"].includes(value)) return true;
      if (["0", "false", "no"].includes(value)) return false;
      throw new DyadError("E_USAGE", `query parameter '${name}' must be true or false`);
    case "enum":
      if (!spec.values?.includes(value)) {
        throw new DyadError("E_USAGE", `query parameter '${name}' must be one of: ${(spec.values ?? []).join(", ")}`);
      }
      return value;
    case "actor":
      if (!ACTOR_RE.test(value)) throw new DyadError("E_USAGE", `query parameter '${name}' is not an actor code`);
      return value.toUpperCase();
    case "cameo":
      if (!CAMEO_RE.test(value)) throw new DyadError("E_USAGE", `query parameter '${name}' is not a CAMEO code`);
      return value;
  }
}

/** The OpenAPI schema of one parameter. */
export function paramSchema(spec: ParamSpec): Record<string, unknown> {
  const schema: Record<string, unknown> = {};
  switch (spec.type) {
    case "date":
      Object.assign(schema, { type: "string", format: "date" });
      break;
    case "integer":
      schema.type = "integer";
      if (spec.min !== undefined) schema.minimum = spec.min;
      if (spec.max !== undefined) schema.maximum = spec.max;
      break;
    case "boolean":
      schema.type = "boolean";
      break;
    case "enum":
      Object.assign(schema, { type: "string", enum: [...(spec.values ?? [])] });
      break;
    case "actor":
      Object.assign(schema, { type: "string", pattern: ACTOR_RE.source });
      break;
    case "cameo":
      Object.assign(schema, { type: "string", pattern: CAMEO_RE.source });
      break;
    default:
      schema.type = "string";
  }
  if (spec.default !== undefined) schema.default = spec.default;
  return schema;
}
