/** The OpenAPI 3 document, generated from the route table (paths, parameters) plus hand-written schemas. */
import { PIPELINE_VERSION } from "../pipeline.js";
import type { ApiRoute } from "./api.js";
import { paramSchema } from "./params.js";

const str = { type: "string" };
const nstr = { type: "string", nullable: true };
const int = { type: "integer" };
const num = { type: "number" };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const arr = (items: unknown) => ({ type: "array", items });
const obj = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({
  type: "object",
  required,
  properties,
});
/** The same object schema with some properties no longer required (fields older outputs lack). */
const withOptional = (schema: ReturnType<typeof obj>, ...keys: string[]) => ({
  ...schema,
  required: schema.required.filter((k) => !keys.includes(k)),
});
const certainty = { type: "string", enum: ["asserted", "reported", "hedged", "hypothetical"] };

const span = obj({ start: int, end: int, text: str });
const actorRef = obj({ start: int, end: int, text: str, entity: nstr, actor: nstr });
const entityRef = obj({ start: int, end: int, text: str, entity: nstr });

const codedEventProps = {
  id: str,
  code: { type: "string", description: "CAMEO event code" },
  name: str,
  plover: nstr,
  goldstein: { type: "number", nullable: true },
  quad: { type: "integer", enum: [1, 2, 3, 4] },
  source: { ...actorRef, nullable: true },
  target: { ...actorRef, nullable: true },
  trigger: span,
  sentence: int,
  date: nstr,
  asserted_by: arr(str),
  certainty,
  negated: { type: "boolean" },
  rule: str,
};

const storedEvent = obj({
  ...codedEventProps,
  article_id: str,
  article_title: nstr,
  article_source: nstr,
  sentence_text: str,
  cluster_id: nstr,
});

const cluster = {
  id: str,
  source_actor: nstr,
  target_actor: nstr,
  root: str,
  code: str,
  date: nstr,
  articles: int,
  sources: int,
  mentions: int,
  example: ref("StoredEvent"),
};

const SCHEMAS: Record<string, unknown> = {
  Error: obj({ error: obj({ code: { type: "string", description: "Error code from src/errors.ts" }, message: str }) }),
  Span: span,
  CodedEvent: obj(codedEventProps),
  StoredEvent: storedEvent,
  CodedArticle: obj(
    {
      article: obj({ id: str, title: nstr, date: nstr, source: nstr, url: nstr }),
      text: str,
      sentences: arr(obj({ start: int, end: int })),
      entities: arr(
        obj({
          id: str,
          name: str,
          kind: { type: "string", enum: ["person", "organization", "country", "place", "group"] },
          actor: nstr,
          country: nstr,
          role: nstr,
          mentions: arr(obj({ start: int, end: int, text: str, form: str })),
        }),
      ),
      quotes: arr(
        withOptional(
          obj({
            id: str,
            type: { type: "string", enum: ["direct", "indirect", "mixed"] },
            speaker: { ...entityRef, nullable: true },
            cue: { ...span, nullable: true },
            cue_phrase: { ...span, nullable: true },
            content: arr(span),
            certainty,
            negated: { type: "boolean" },
          }),
          "cue_phrase",
        ),
      ),
      attributions: arr(
        withOptional(
          obj({
            id: str,
            source: { ...entityRef, nullable: true },
            cue: span,
            cue_phrase: span,
            content: arr(span),
            certainty,
            negated: { type: "boolean" },
          }),
          "cue_phrase",
        ),
      ),
      events: arr(ref("CodedEvent")),
      diagnostics: arr(obj({ code: str, message: str, start: int, end: int }, ["code", "message"])),
      versions: { type: "object", additionalProperties: str },
    },
    ["article", "text", "sentences", "entities", "quotes", "attributions", "events"],
  ),
  Stats: obj({
    articles: int,
    events: int,
    quotes: int,
    errors: int,
    store: str,
    versions: { type: "object", additionalProperties: str },
  }),
  ArticleList: obj({
    articles: arr(obj({ id: str, title: nstr, date: nstr, source: nstr, url: nstr, events: int, quotes: int })),
  }),
  EventList: obj({ events: arr(ref("StoredEvent")) }),
  QuoteList: obj({
    quotes: arr({
      type: "object",
      description: "A Quote of the output contract plus article_id, article_title and speaker_name.",
      properties: { id: str, article_id: str, article_title: nstr, speaker_name: nstr, certainty },
    }),
  }),
  EntityList: obj({ entities: arr(obj({ name: str, actor: nstr, kind: str, articles: int, mentions: int })) }),
  DyadSeries: obj({
    a: str,
    b: str,
    by: { type: "string", enum: ["day", "week", "month"] },
    directed: { type: "boolean" },
    series: arr(
      obj({
        period: { type: "string", format: "date" },
        quad: { type: "integer", enum: [1, 2, 3, 4] },
        events: int,
        goldstein_sum: num,
        goldstein_mean: num,
      }),
    ),
  }),
  Network: obj({
    nodes: arr(obj({ id: str, events: int })),
    edges: arr(obj({ source: str, target: str, events: int, goldstein_mean: num })),
  }),
  ClaimList: obj({
    claims: arr(
      obj({
        ...cluster,
        asserters: arr(obj({ id: str, name: str, actor: nstr })),
        source_name: nstr,
        target_name: nstr,
      }),
    ),
  }),
  OpenAPI: { type: "object", description: "This document." },
};

const ERROR_RESPONSE = { description: "Error", content: { "application/json": { schema: ref("Error") } } };

export function openApiDocument(routes: readonly ApiRoute[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z_]+)/g, "{$1}");
    const parameters = [
      ...(route.pathParams ?? []).map((p) => ({
        name: p.name,
        in: "path",
        required: true,
        description: p.description,
        schema: paramSchema(p),
      })),
      ...(route.query ?? []).map((p) => ({
        name: p.name,
        in: "query",
        required: p.required === true,
        description: p.description,
        schema: paramSchema(p),
      })),
    ];
    const op: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      parameters,
      responses: {
        "200": { description: "OK", content: { "application/json": { schema: ref(route.response) } } },
        "400": ERROR_RESPONSE,
        ...(route.pathParams ? { "404": ERROR_RESPONSE } : {}),
        ...(route.body ? { "413": ERROR_RESPONSE } : {}),
        "500": ERROR_RESPONSE,
      },
    };
    if (route.body) {
      op.requestBody = {
        required: true,
        content: {
          "application/json": { schema: route.body },
          "text/plain": { schema: { type: "string", description: "The article text alone." } },
        },
      };
    }
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[route.method.toLowerCase()] = op;
  }
  paths["/api/openapi.json"] = {
    get: {
      operationId: "openapi",
      summary: "This OpenAPI document.",
      tags: ["meta"],
      responses: { "200": { description: "OK", content: { "application/json": { schema: ref("OpenAPI") } } } },
    },
  };
  return {
    openapi: "3.0.3",
    info: {
      title: "Dyad API",
      version: PIPELINE_VERSION,
      description:
        "Who did what to whom (CAMEO events), who said what, according to whom and how sure. Every span is a " +
        "[start, end) pair of UTF-16 offsets into the article text. Errors are {error: {code, message}}.",
    },
    servers: [{ url: "/" }],
    paths,
    components: { schemas: SCHEMAS },
  };
}
