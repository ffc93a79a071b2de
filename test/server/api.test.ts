import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodedArticle } from "../../src/contract.js";
import { DyadError } from "../../src/errors.js";
import { createPipeline } from "../../src/pipeline.js";
import { buildServer, registeredRoutes } from "../../src/server/index.js";
import { createFakeStore } from "./fake-store.js";
import { FIXTURE_TEXT, fixtureArticle, fixtureArticle2 } from "./fixtures.js";

let app: FastifyInstance;
let webRoot: string;

beforeAll(async () => {
  const store = createFakeStore();
  await store.saveArticle(fixtureArticle());
  await store.saveArticle(fixtureArticle2());
  webRoot = mkdtempSync(join(tmpdir(), "dyad-web-"));
  mkdirSync(join(webRoot, "assets"));
  writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>Dyad test UI</title>");
  writeFileSync(join(webRoot, "assets", "app-abc.js"), "console.log(1)");
  app = buildServer({ store, pipeline: createPipeline(), webRoot });
  await app.ready();
});

afterAll(async () => {
  await app.close();
  rmSync(webRoot, { recursive: true, force: true });
});

const get = async (url: string) => {
  const res = await app.inject({ method: "GET", url });
  return { status: res.statusCode, body: res.json(), headers: res.headers };
};

describe("articles", () => {
  it("lists articles and searches their text", async () => {
    const all = await get("/api/articles");
    expect(all.status).toBe(200);
    expect(all.body.articles.map((a: { id: string }) => a.id).sort()).toEqual(["fixture-1", "fixture-2"]);
    const hit = await get("/api/articles?q=fisheries");
    expect(hit.body.articles).toHaveLength(1);
    expect(hit.body.articles[0].id).toBe("fixture-1");
    const limited = await get("/api/articles?limit=1&offset=1");
    expect(limited.body.articles).toHaveLength(1);
  });

  it("answers one article with its full annotation", async () => {
    const { status, body } = await get("/api/articles/fixture-1");
    expect(status).toBe(200);
    const coded = body as CodedArticle;
    expect(coded.text).toBe(FIXTURE_TEXT);
    expect(coded.events).toHaveLength(3);
    for (const e of coded.entities.flatMap((x) => x.mentions)) expect(coded.text.slice(e.start, e.end)).toBe(e.text);
  });

  it("404s with a JSON error for an unknown article", async () => {
    const { status, body } = await get("/api/articles/nope");
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: "E_NOT_FOUND", message: expect.stringContaining("nope") } });
  });
});

describe("events, quotes, entities", () => {
  it("filters events like the CLI", async () => {
    expect((await get("/api/events")).body.events).toHaveLength(5);
    expect((await get("/api/events?source=NOR")).body.events).toHaveLength(2);
    expect((await get("/api/events?source=nor&target=CHLGOV")).body.events).toHaveLength(1);
    expect((await get("/api/events?code=17")).body.events[0].name).toBe("Seize or damage property");
    expect((await get("/api/events?from=2025-04-01")).body.events).toHaveLength(2);
    expect((await get("/api/events?to=2025-03-31&certainty=asserted")).body.events).toHaveLength(1);
    expect((await get("/api/events?limit=2&offset=4")).body.events).toHaveLength(1);
    const ev = (await get("/api/events?code=057")).body.events[0];
    expect(ev.sentence_text).toContain("signed a fisheries agreement");
    expect(ev.article_id).toBe("fixture-1");
  });

  it("lists quotes by speaker and content", async () => {
    expect((await get("/api/quotes?speaker=sandvik")).body.quotes).toHaveLength(1);
    expect((await get("/api/quotes?q=oceans")).body.quotes[0].speaker_name).toBe("Ingrid Sandvik");
    expect((await get("/api/quotes?speaker=nobody")).body.quotes).toHaveLength(0);
  });

  it("lists entities", async () => {
    const { body } = await get("/api/entities?q=norway");
    expect(body.entities[0]).toMatchObject({ name: "Norway", actor: "NOR", articles: 2 });
  });
});

describe("analysis", () => {
  it("answers a dyad time series per month and quad class", async () => {
    const { status, body } = await get("/api/dyad?a=NOR&b=CHL&by=month");
    expect(status).toBe(200);
    expect(body).toMatchObject({ a: "NOR", b: "CHL", by: "month", directed: false });
    const periods = [...new Set(body.series.map((r: { period: string }) => r.period))];
    expect(periods).toEqual(["2025-03-01", "2025-04-01"]);
    const march1 = body.series.find((r: { period: string; quad: number }) => r.period === "2025-03-01" && r.quad === 1);
    expect(march1).toMatchObject({ events: 2, goldstein_mean: 5.7 });
    const directed = await get("/api/dyad?a=NOR&b=CHL&directed=true");
    expect(directed.body.series.reduce((n: number, r: { events: number }) => n + r.events, 0)).toBe(2);
  });

  it("requires both actors of a dyad", async () => {
    const { status, body } = await get("/api/dyad?a=NOR");
    expect(status).toBe(400);
    expect(body.error.code).toBe("E_USAGE");
  });

  it("answers the actor network", async () => {
    const { body } = await get("/api/network?from=2025-01-01&to=2025-12-31");
    expect(body.nodes.map((n: { id: string }) => n.id).sort()).toEqual(["CHL", "NOR"]);
    expect(body.edges).toHaveLength(2);
    const actor = await get("/api/network?level=actor&minEvents=1&quad=1");
    expect(actor.body.edges.map((e: { source: string }) => e.source).sort()).toEqual(["CHLGOV", "NORGOV"]);
    expect((await get("/api/network?minEvents=5")).body.edges).toHaveLength(0);
  });

  it("answers claims with asserters and corroboration", async () => {
    const { status, body } = await get("/api/claims");
    expect(status).toBe(200);
    expect(body.claims.length).toBe(5);
    const praise = body.claims.find((c: { code: string }) => c.code === "051");
    expect(praise.asserters).toEqual([{ id: "E4", name: "Chilean foreign ministry", actor: "CHLGOV" }]);
    expect(praise).toMatchObject({ source_name: "Mateo Rojas", target_name: "Norway", sources: 1 });
    expect((await get("/api/claims?minSources=2")).body.claims).toHaveLength(0);
  });

  it("answers stats", async () => {
    const { body } = await get("/api/stats");
    expect(body).toMatchObject({ articles: 2, events: 5, quotes: 1, store: "sqlite" });
    expect(body.versions.dyad).toBeTypeOf("string");
  });
});

describe("query validation", () => {
  it.each([
    ["/api/events?from=2025-13-01", "E_DATE"],
    ["/api/events?to=yesterday", "E_DATE"],
    ["/api/events?from=2025-02-30", "E_DATE"],
    ["/api/events?from=2025-05-01&to=2025-01-01", "E_DATE"],
    ["/api/dyad?a=CHN&b=RUS&from=2026-1-1", "E_DATE"],
    ["/api/events?limit=0", "E_USAGE"],
    ["/api/events?limit=abc", "E_USAGE"],
    ["/api/events?limit=100000", "E_USAGE"],
    ["/api/events?offset=-1", "E_USAGE"],
    ["/api/events?certainty=sure", "E_USAGE"],
    ["/api/events?code=abc", "E_USAGE"],
    ["/api/events?source=%3Cscript%3E", "E_USAGE"],
    ["/api/events?bogus=1", "E_USAGE"],
    ["/api/events?limit=1&limit=2", "E_USAGE"],
    ["/api/dyad?a=CHN&b=RUS&by=year", "E_USAGE"],
    ["/api/network?level=planet", "E_USAGE"],
    ["/api/network?quad=5", "E_USAGE"],
  ])("%s → 400 %s", async (url, code) => {
    const { status, body, headers } = await get(url);
    expect(status).toBe(400);
    expect(headers["content-type"]).toContain("application/json");
    expect(body.error.code).toBe(code);
    expect(body.error.message).toBeTypeOf("string");
  });

  it("404s unknown API routes as JSON", async () => {
    const { status, body } = await get("/api/nothing-here");
    expect(status).toBe(404);
    expect(body.error.code).toBe("E_NOT_FOUND");
    const post = await app.inject({ method: "POST", url: "/api/events", payload: {} });
    expect(post.statusCode).toBe(404);
  });
});

describe("POST /api/code", () => {
  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: "POST", url: "/api/code", payload: payload as string, headers });

  it("codes a pasted article without storing it", async () => {
    const res = await post({ text: FIXTURE_TEXT, date: "2025-03-03", title: "Pasted" });
    expect(res.statusCode).toBe(200);
    const coded = res.json() as CodedArticle;
    expect(coded.text).toBe(FIXTURE_TEXT);
    expect(coded.article).toMatchObject({ title: "Pasted", date: "2025-03-03" });
    expect(coded.article.id).toMatch(/^pasted-[0-9a-f]{12}$/);
    expect(Array.isArray(coded.sentences) && Array.isArray(coded.events) && Array.isArray(coded.quotes)).toBe(true);
    expect(coded.sentences.length).toBeGreaterThan(0);
    expect((await get("/api/stats")).body.articles).toBe(2);
  });

  it("accepts the bare text as text/plain", async () => {
    const res = await post(FIXTURE_TEXT, { "content-type": "text/plain; charset=utf-8" });
    expect(res.statusCode).toBe(200);
    expect(res.json().text).toBe(FIXTURE_TEXT);
  });

  it.each([
    [{ text: "" }, 400, "E_EMPTY"],
    [{ text: "   \n " }, 400, "E_EMPTY"],
    [{ title: "no text" }, 400, "E_JSON_FIELD"],
    [{ text: 42 }, 400, "E_JSON_FIELD"],
    [[1, 2], 400, "E_JSON_FIELD"],
    [{ text: "Hello.", date: "2025-02-30" }, 400, "E_DATE"],
    [{ text: "Hello.", date: 20250101 }, 400, "E_JSON_FIELD"],
    [{ text: "bin\u0000ary" }, 400, "E_BINARY"],
  ])("%j → %i %s", async (payload, status, code) => {
    const res = await post(payload);
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
  });

  it("rejects malformed JSON", async () => {
    const res = await post("{not json", { "content-type": "application/json" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("E_JSON");
  });

  it("rejects bodies over the size limit with 413", async () => {
    const res = await post({ text: "a".repeat(3 * 1024 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ error: { code: "E_TOO_LARGE", message: expect.any(String) } });
  });

  it("rejects unsupported content types", async () => {
    const res = await post("<xml/>", { "content-type": "application/xml" });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe("E_USAGE");
  });
});

describe("OpenAPI", () => {
  it("describes the cue phrase of quotes and attributions as an optional span", async () => {
    const doc = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const coded = doc.components.schemas.CodedArticle.properties;
    for (const list of ["quotes", "attributions"]) {
      const item = coded[list].items;
      expect(item.properties.cue_phrase.properties.start, list).toBeDefined();
      expect(item.required, list).not.toContain("cue_phrase");
      expect(item.required, list).toContain("cue");
    }
  });
  it("parses and lists every route", async () => {
    const res = await app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    const doc = JSON.parse(res.body);
    expect(doc.openapi).toMatch(/^3\./);
    const listed = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(ops)) listed.add(`${method.toUpperCase()} ${path}`);
    }
    const expected = [
      "GET /api/stats",
      "GET /api/articles",
      "GET /api/articles/{id}",
      "GET /api/events",
      "GET /api/quotes",
      "GET /api/entities",
      "GET /api/dyad",
      "GET /api/network",
      "GET /api/claims",
      "POST /api/code",
      "GET /api/openapi.json",
    ];
    expect([...listed].sort()).toEqual(expected.sort());
    // ... and that is every API route the server registered (besides the /api/* catch-all 404).
    const registered = registeredRoutes(app)
      .filter((r) => r.includes(" /api/") && !r.endsWith("/api/*"))
      .map((r) => r.replace(/:([A-Za-z_]+)/g, "{$1}"));
    expect(registered.sort()).toEqual(expected.sort());
    // Every $ref resolves.
    for (const m of res.body.matchAll(/"\$ref":"#\/components\/schemas\/([A-Za-z]+)"/g)) {
      expect(doc.components.schemas[m[1] as string], m[1]).toBeDefined();
    }
    const events = doc.paths["/api/events"].get.parameters.map((p: { name: string }) => p.name);
    expect(events).toEqual(
      expect.arrayContaining(["source", "target", "from", "to", "code", "certainty", "limit", "offset"]),
    );
  });
});

describe("static UI", () => {
  it("serves the built UI at / with security headers", async () => {
    const res = await app.inject({ method: "GET", url: "/" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/html");
    expect(res.body).toContain("Dyad test UI");
    expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    const asset = await app.inject({ method: "GET", url: "/assets/app-abc.js" });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["content-type"]).toContain("javascript");
    expect(asset.headers["cache-control"]).toContain("immutable");
  });

  it.each([
    "/../../etc/passwd",
    "/../../../../../../etc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/assets/..%2f..%2f..%2fetc%2fpasswd",
    "/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/..%5c..%5cetc%5cpasswd",
    "//etc/passwd",
    "/etc/passwd",
    "/%00index.html",
    "/.env",
    "/assets/",
  ])("%s → 404", async (url) => {
    const res = await app.inject({ method: "GET", url });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain("root:");
  });

  it("refuses malformed URLs as JSON", async () => {
    const res = await app.inject({ method: "GET", url: "/%E0%A4%A" });
    expect([400, 404]).toContain(res.statusCode);
    expect(res.json().error.code).toMatch(/^E_/);
  });
});

describe("failures inside the store", () => {
  it("answers 500 E_INTERNAL without details, and reports the error", async () => {
    const store = createFakeStore();
    store.events = async () => {
      throw new Error("secret connection string postgres://u:p@h/db");
    };
    store.stats = async () => {
      throw new DyadError("E_DB", "SQLITE_BUSY: database is locked at /home/x/dyad.db");
    };
    const seen: unknown[] = [];
    const failing = buildServer({ store, pipeline: createPipeline(), onError: (e) => seen.push(e) });
    const res = await failing.inject({ url: "/api/events" });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: "E_INTERNAL", message: "internal server error" } });
    expect(res.body).not.toContain("secret");
    expect(seen).toHaveLength(1);
    const db = await failing.inject({ url: "/api/stats" });
    expect(db.statusCode).toBe(503);
    expect(db.json()).toEqual({ error: { code: "E_DB", message: "database error" } });
    await failing.close();
  });
});
