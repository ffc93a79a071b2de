/**
 * The HTTP server: JSON API under /api (see api.ts), its OpenAPI document, and the built web UI at /.
 * `buildServer` does not listen, so tests drive it in-process with `app.inject()`.
 */
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import { DyadError } from "../errors.js";
import type { Pipeline } from "../pipeline.js";
import type { Store } from "../store/types.js";
import { type ApiRoute, apiRoutes } from "./api.js";
import { toHttpError } from "./errors.js";
import { openApiDocument } from "./openapi.js";
import { parseQuery } from "./params.js";
import { DEFAULT_WEB_ROOT, resolveStatic } from "./static.js";

export interface ServerOptions {
  store: Store;
  pipeline: Pipeline;
  /** Folder of the built UI; defaults to web/dist of this checkout. */
  webRoot?: string;
  /** Request body limit in bytes (default 2 MB, plus room for the JSON wrapping). */
  bodyLimit?: number;
  logger?: boolean;
  /** Called with every unexpected (5xx) error; the client only sees `E_INTERNAL`. */
  onError?: (error: unknown, request: { method: string; url: string }) => void;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024 + 64 * 1024;

/** Sent with every response: the UI only loads its own scripts, styles and data. */
const SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
};

const REGISTERED = new WeakMap<FastifyInstance, string[]>();

/** "METHOD /path" of every route registered on a server built here (for tests and docs). */
export function registeredRoutes(app: FastifyInstance): string[] {
  return [...(REGISTERED.get(app) ?? [])];
}

function sendError(reply: FastifyReply, error: unknown): void {
  const { status, body } = toHttpError(error);
  reply.status(status).header("cache-control", "no-store").type("application/json; charset=utf-8").send(body);
}

export function buildServer(options: ServerOptions): FastifyInstance {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // Malformed URLs are rejected before routing; answer them through the same mapping.
    frameworkErrors: (error, _request, reply) => sendError(reply, error),
  });
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  const registered: string[] = [];
  REGISTERED.set(app, registered);
  app.addHook("onRoute", (r) => {
    for (const m of [r.method].flat()) if (m !== "HEAD") registered.push(`${m} ${r.url}`);
  });
  const routes: ApiRoute[] = apiRoutes(options);
  const openapi = openApiDocument(routes);

  app.addHook("onSend", async (_req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    return payload;
  });

  // The one error handler: DyadError codes (and Fastify's request errors) → status + {error: {code, message}}.
  app.setErrorHandler((error, request, reply) => {
    if (toHttpError(error).status >= 500) {
      request.log.error(error);
      options.onError?.(error, { method: request.method, url: request.url });
    }
    sendError(reply, error);
  });
  app.setNotFoundHandler(async (request) => {
    throw new DyadError("E_NOT_FOUND", `no route for ${request.method} ${request.url.split("?")[0]}`);
  });

  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      handler: async (request, reply) => {
        const query = parseQuery(route.query ?? [], request.query);
        const result = await route.handler({
          query,
          params: (request.params ?? {}) as Record<string, string>,
          body: request.body,
        });
        reply.header("cache-control", "no-store");
        return result;
      },
    });
  }
  app.get("/api/openapi.json", async () => openapi);

  // Anything else under /api is a JSON 404; everything else is a file of the built UI.
  app.get("/api/*", async (request) => {
    throw new DyadError("E_NOT_FOUND", `no route for GET ${request.url.split("?")[0]}`);
  });
  app.get("/*", async (request, reply) => {
    const file = await resolveStatic(webRoot, request.url);
    reply
      .type(file.type)
      .header("cache-control", file.immutable ? "public, max-age=31536000, immutable" : "no-cache")
      .send(file.body);
  });

  return app;
}

export type { ApiRoute } from "./api.js";
