/**
 * The JSON API: one table of routes. Each route's query spec drives validation and the OpenAPI document
 * (see openapi.ts), so every route registered here is documented.
 */
import { createHash } from "node:crypto";
import type { Certainty, CodedArticle } from "../contract.js";
import { DyadError } from "../errors.js";
import { isIsoDate } from "../ingest/decode.js";
import type { Article } from "../ingest/types.js";
import type { Pipeline } from "../pipeline.js";
import type { EventCluster, Period, Store } from "../store/types.js";
import type { ParamSpec, ParsedQuery } from "./params.js";

export interface RouteContext {
  query: ParsedQuery;
  params: Record<string, string>;
  body: unknown;
}

export interface ApiRoute {
  method: "GET" | "POST";
  /** Fastify-style path, e.g. "/api/articles/:id". */
  url: string;
  operationId: string;
  summary: string;
  tag: string;
  query?: readonly ParamSpec[];
  pathParams?: readonly ParamSpec[];
  /** OpenAPI schema of the JSON request body. */
  body?: Record<string, unknown>;
  /** Name of the response schema in the OpenAPI components. */
  response: string;
  handler(ctx: RouteContext): Promise<unknown>;
}

/** Largest article `POST /api/code` accepts (the HTTP body limit is a little larger for the JSON wrapping). */
export const MAX_CODE_TEXT = 2 * 1024 * 1024;

const CERTAINTIES: readonly Certainty[] = ["asserted", "reported", "hedged", "hypothetical"];

const limit = (max = 1000, dflt = 100): ParamSpec => ({
  name: "limit",
  type: "integer",
  min: 1,
  max,
  default: dflt,
  description: "Maximum number of rows.",
});
const offset: ParamSpec = { name: "offset", type: "integer", min: 0, default: 0, description: "Rows to skip." };
const from: ParamSpec = { name: "from", type: "date", description: "First date, inclusive (YYYY-MM-DD)." };
const to: ParamSpec = { name: "to", type: "date", description: "Last date, inclusive (YYYY-MM-DD)." };
const certainty: ParamSpec = {
  name: "certainty",
  type: "enum",
  values: CERTAINTIES,
  description: "Only items with this certainty.",
};
const eventFilters: ParamSpec[] = [
  { name: "source", type: "actor", description: "Actor code prefix of the source, e.g. CHN or CHNGOV." },
  { name: "target", type: "actor", description: "Actor code prefix of the target." },
  from,
  to,
  { name: "code", type: "cameo", description: "CAMEO event code prefix, e.g. 07 or 072." },
  certainty,
];

function opt<T>(value: unknown): T | undefined {
  return value === undefined ? undefined : (value as T);
}

/** `T` with every possibly-undefined field made optional instead (exactOptionalPropertyTypes). */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops undefined fields (the store's query types are declared with exactOptionalPropertyTypes). */
function clean<T extends object>(obj: T): Defined<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Defined<T>;
}

export function apiRoutes(deps: { store: Store; pipeline: Pipeline }): ApiRoute[] {
  const { store, pipeline } = deps;
  return [
    ...storeRoutes(store, pipeline),
    ...listRoutes(store),
    ...analysisRoutes(store, clusterRefresher(store)),
    codingRoute(pipeline),
  ];
}

/**
 * Re-clusters when the number of stored events changed since the last time (another process may ingest); calls
 * that arrive while clustering runs wait for the same run.
 */
function clusterRefresher(store: Store): () => Promise<void> {
  let clusteredAt = -1;
  let clustering: Promise<void> | null = null;
  return () => {
    if (clustering) return clustering;
    clustering = (async () => {
      const { events } = await store.stats();
      if (events !== clusteredAt) {
        await store.recluster();
        clusteredAt = events;
      }
    })().finally(() => {
      clustering = null;
    });
    return clustering;
  };
}

/** The event filters shared by `/api/events` and `/api/claims`, as the store's query fields. */
function eventFilterValues(query: ParsedQuery) {
  return {
    source: opt<string>(query.source),
    target: opt<string>(query.target),
    from: opt<string>(query.from),
    to: opt<string>(query.to),
    code: opt<string>(query.code),
    certainty: opt<Certainty>(query.certainty),
  };
}

/** Counts and stored articles. */
function storeRoutes(store: Store, pipeline: Pipeline): ApiRoute[] {
  return [
    {
      method: "GET",
      url: "/api/stats",
      operationId: "stats",
      tag: "store",
      summary: "Counts of stored articles, events, quotes and recorded errors, and the pipeline versions.",
      response: "Stats",
      async handler() {
        return { ...(await store.stats()), store: store.kind, versions: pipeline.versions };
      },
    },
    {
      method: "GET",
      url: "/api/articles",
      operationId: "listArticles",
      tag: "articles",
      summary: "Stored articles, newest first; `q` searches the full text.",
      query: [{ name: "q", type: "string", description: "Full-text search over article text." }, limit(), offset],
      response: "ArticleList",
      async handler({ query }) {
        const articles = await store.listArticles(
          clean({ q: opt<string>(query.q), limit: query.limit as number, offset: query.offset as number }),
        );
        return { articles };
      },
    },
    {
      method: "GET",
      url: "/api/articles/:id",
      operationId: "getArticle",
      tag: "articles",
      summary: "One stored article with its full annotation (the output contract, CodedArticle).",
      pathParams: [{ name: "id", type: "string", required: true, description: "Article id." }],
      response: "CodedArticle",
      async handler({ params }) {
        const id = params.id ?? "";
        const article = await store.getArticle(id);
        if (!article) throw new DyadError("E_NOT_FOUND", `no article with id '${id}'`);
        return article;
      },
    },
  ];
}

/** Events, quotes and entities across stored articles. */
function listRoutes(store: Store): ApiRoute[] {
  return [
    {
      method: "GET",
      url: "/api/events",
      operationId: "listEvents",
      tag: "events",
      summary: "Coded events with their evidence sentence, filtered like `dyad events`.",
      query: [
        ...eventFilters,
        { name: "article", type: "string", description: "Only events of this article id." },
        limit(),
        offset,
      ],
      response: "EventList",
      async handler({ query }) {
        const events = await store.events(
          clean({
            ...eventFilterValues(query),
            article: opt<string>(query.article),
            limit: query.limit as number,
            offset: query.offset as number,
          }),
        );
        return { events };
      },
    },
    {
      method: "GET",
      url: "/api/quotes",
      operationId: "listQuotes",
      tag: "quotes",
      summary: "Who said what: quotes with their speaker.",
      query: [
        { name: "speaker", type: "string", description: "Substring of the speaker's name or mention." },
        { name: "q", type: "string", description: "Full-text search over quote content." },
        limit(),
        offset,
      ],
      response: "QuoteList",
      async handler({ query }) {
        const quotes = await store.quotes(
          clean({
            speaker: opt<string>(query.speaker),
            q: opt<string>(query.q),
            limit: query.limit as number,
            offset: query.offset as number,
          }),
        );
        return { quotes };
      },
    },
    {
      method: "GET",
      url: "/api/entities",
      operationId: "listEntities",
      tag: "entities",
      summary: "Entities across stored articles with their actor codes and counts.",
      query: [{ name: "q", type: "string", description: "Substring of the entity name." }, limit()],
      response: "EntityList",
      async handler({ query }) {
        const entities = await store.entities(clean({ q: opt<string>(query.q), limit: query.limit as number }));
        return { entities };
      },
    },
  ];
}

/** Dyad series, actor network and claims (deduplicated events). */
function analysisRoutes(store: Store, ensureClusters: () => Promise<void>): ApiRoute[] {
  return [
    {
      method: "GET",
      url: "/api/dyad",
      operationId: "dyadSeries",
      tag: "analysis",
      summary: "Time series of events between two actors: counts per period and quad class, and mean Goldstein.",
      query: [
        { name: "a", type: "actor", required: true, description: "First actor: country or actor code prefix." },
        { name: "b", type: "actor", required: true, description: "Second actor." },
        { name: "by", type: "enum", values: ["day", "week", "month"], default: "month", description: "Period." },
        from,
        to,
        { name: "directed", type: "boolean", default: false, description: "Only events from a to b." },
        certainty,
      ],
      response: "DyadSeries",
      async handler({ query }) {
        const q = clean({
          a: query.a as string,
          b: query.b as string,
          by: query.by as Period,
          from: opt<string>(query.from),
          to: opt<string>(query.to),
          directed: query.directed as boolean,
          certainty: opt<Certainty>(query.certainty),
        });
        const series = await store.dyadSeries(q);
        return { a: q.a, b: q.b, by: q.by, directed: q.directed, series };
      },
    },
    {
      method: "GET",
      url: "/api/network",
      operationId: "network",
      tag: "analysis",
      summary: "Actor network for a period: actors as nodes; event counts and mean Goldstein as directed edges.",
      query: [
        from,
        to,
        { name: "minEvents", type: "integer", min: 1, default: 1, description: "Minimum events per edge." },
        {
          name: "level",
          type: "enum",
          values: ["country", "actor"],
          default: "country",
          description: "Group actors by country (CHN) or full actor code (CHNGOV).",
        },
        { name: "quad", type: "integer", min: 1, max: 4, description: "Only events of this quad class." },
      ],
      response: "Network",
      async handler({ query }) {
        return store.network(
          clean({
            from: opt<string>(query.from),
            to: opt<string>(query.to),
            minEvents: query.minEvents as number,
            level: query.level as "country" | "actor",
            quad: opt<1 | 2 | 3 | 4>(query.quad),
          }),
        );
      },
    },
    {
      method: "GET",
      url: "/api/claims",
      operationId: "listClaims",
      tag: "analysis",
      summary:
        "Claims: deduplicated events across articles — what was asserted, by whom, how sure, and by how many sources.",
      query: [
        ...eventFilters,
        { name: "minSources", type: "integer", min: 1, default: 1, description: "Minimum corroborating sources." },
        limit(500, 100),
        offset,
      ],
      response: "ClaimList",
      async handler({ query }) {
        await ensureClusters();
        const clusters = await store.clusters(
          clean({
            ...eventFilterValues(query),
            minSources: query.minSources as number,
            limit: query.limit as number,
            offset: query.offset as number,
          }),
        );
        return { claims: await withNames(store, clusters) };
      },
    },
  ];
}

/** Codes a pasted article without storing it. */
function codingRoute(pipeline: Pipeline): ApiRoute {
  return {
    method: "POST",
    url: "/api/code",
    operationId: "codeArticle",
    tag: "coding",
    summary: "Codes a pasted article without storing it and answers the output contract (CodedArticle).",
    body: {
      type: "object",
      required: ["text"],
      properties: {
        text: { type: "string", minLength: 1, maxLength: MAX_CODE_TEXT },
        date: { type: "string", format: "date", nullable: true },
        title: { type: "string", nullable: true },
        source: { type: "string", nullable: true },
        url: { type: "string", nullable: true },
      },
    },
    response: "CodedArticle",
    async handler({ body }) {
      return codePasted(pipeline, body);
    },
  };
}

function optionalString(body: Record<string, unknown>, key: string, max = 2000): string | null {
  const value = body[key];
  if (value === undefined || value === null || value === "") return null;
  if (typeof value !== "string") throw new DyadError("E_JSON_FIELD", `'${key}' must be a string`);
  if (value.length > max) throw new DyadError("E_JSON_FIELD", `'${key}' is too long`);
  return value;
}

export function codePasted(pipeline: Pipeline, raw: unknown): CodedArticle {
  // A text/plain body is the article text itself.
  if (typeof raw === "string") raw = { text: raw };
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new DyadError("E_JSON_FIELD", "expected a JSON object {text, date?, title?}");
  }
  const body = raw as Record<string, unknown>;
  const text = body.text;
  if (typeof text !== "string") throw new DyadError("E_JSON_FIELD", "'text' must be a string");
  if (text.trim() === "") throw new DyadError("E_EMPTY", "'text' is empty");
  if (text.length > MAX_CODE_TEXT) throw new DyadError("E_TOO_LARGE", "'text' is larger than 2 MB");
  // biome-ignore lint/suspicious/noControlCharactersInRegex: detecting binary input on purpose
  if (/[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/.test(text)) {
    throw new DyadError("E_BINARY", "'text' contains NUL or control characters");
  }
  const date = optionalString(body, "date", 10);
  if (date !== null && !isIsoDate(date)) throw new DyadError("E_DATE", `'date' is not a valid date (YYYY-MM-DD)`);
  const article: Article = {
    id: `pasted-${createHash("sha256").update(text).digest("hex").slice(0, 12)}`,
    title: optionalString(body, "title"),
    date,
    source: optionalString(body, "source"),
    url: optionalString(body, "url"),
    text,
  };
  try {
    return pipeline.code(article);
  } catch (error) {
    if (error instanceof DyadError) throw error;
    throw new DyadError("E_INTERNAL", "the article could not be coded", { cause: error });
  }
}

export interface Claim extends EventCluster {
  /** Who asserted it (outermost first); empty when the article asserts it in its own voice. */
  asserters: { id: string; name: string; actor: string | null }[];
  source_name: string | null;
  target_name: string | null;
}

/** Resolves the entity ids of each cluster's example (asserters, source, target) to names via its article. */
async function withNames(store: Store, clusters: EventCluster[]): Promise<Claim[]> {
  const articles = new Map<string, Promise<CodedArticle | null>>();
  const out: Claim[] = [];
  for (const cluster of clusters) {
    const ex = cluster.example;
    let doc = articles.get(ex.article_id);
    if (!doc) {
      doc = store.getArticle(ex.article_id);
      articles.set(ex.article_id, doc);
    }
    const entities = new Map(((await doc)?.entities ?? []).map((e) => [e.id, e]));
    const name = (id: string | null | undefined) => (id ? (entities.get(id)?.name ?? null) : null);
    out.push({
      ...cluster,
      asserters: ex.asserted_by.map((id) => ({
        id,
        name: entities.get(id)?.name ?? id,
        actor: entities.get(id)?.actor ?? null,
      })),
      source_name: ex.source_name ?? name(ex.source?.entity) ?? ex.source?.text ?? null,
      target_name: ex.target_name ?? name(ex.target?.entity) ?? ex.target?.text ?? null,
    });
  }
  return out;
}
