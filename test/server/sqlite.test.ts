/** The API over the real SQLite store (temp file) with the invented fixture articles: integration of server + store. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPipeline } from "../../src/pipeline.js";
import { buildServer } from "../../src/server/index.js";
import { openStore } from "../../src/store/index.js";
import { FIXTURE_TEXT, fixtureArticle, fixtureArticle2, hostileArticle } from "./fixtures.js";

let app: FastifyInstance;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "dyad-api-sqlite-"));
  const store = await openStore(join(dir, "api.db"));
  for (const a of [fixtureArticle(), fixtureArticle2(), hostileArticle()]) await store.saveArticle(a);
  app = buildServer({ store, pipeline: createPipeline() });
  app.addHook("onClose", async () => store.close());
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(url: string) {
  const res = await app.inject({ method: "GET", url });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json();
}

describe("API over SQLite", () => {
  it("round-trips an article and searches text", async () => {
    const coded = await get("/api/articles/fixture-1");
    expect(coded.text).toBe(FIXTURE_TEXT);
    expect(coded).toEqual(fixtureArticle());
    const hits = await get("/api/articles?q=fisheries");
    expect(hits.articles.map((a: { id: string }) => a.id)).toEqual(["fixture-1"]);
  });

  it("filters events", async () => {
    expect((await get("/api/events")).events).toHaveLength(6);
    expect((await get("/api/events?source=NOR&target=CHL")).events).toHaveLength(3);
    const [ev] = (await get("/api/events?code=171")).events;
    expect(ev).toMatchObject({ article_id: "fixture-2", quad: 4, name: "Seize or damage property" });
    expect(ev.sentence_text).toContain("seized a Norwegian vessel");
  });

  it("answers quotes and entities", async () => {
    expect((await get("/api/quotes?speaker=Sandvik")).quotes[0].speaker_name).toBe("Ingrid Sandvik");
    expect((await get("/api/entities?q=Norway")).entities[0]).toMatchObject({ name: "Norway", actor: "NOR" });
  });

  it("answers the NOR–CHL dyad series", async () => {
    const { series } = await get("/api/dyad?a=NOR&b=CHL&by=month");
    const total = (period: string) =>
      series
        .filter((r: { period: string }) => r.period === period)
        .reduce((n: number, r: { events: number }) => n + r.events, 0);
    expect(total("2025-03-01")).toBe(3);
    expect(total("2025-04-01")).toBe(2);
    expect(total("2025-05-01")).toBe(1);
  });

  it("answers the network and claims", async () => {
    const net = await get("/api/network");
    expect(net.nodes.map((n: { id: string }) => n.id).sort()).toEqual(["CHL", "NOR"]);
    const { claims } = await get("/api/claims");
    expect(claims.length).toBeGreaterThanOrEqual(5);
    const praise = claims.find(
      (c: { code: string; example: { article_id: string } }) =>
        c.code === "051" && c.example.article_id === "fixture-1",
    );
    expect(praise.asserters.map((a: { name: string }) => a.name)).toEqual(["Chilean foreign ministry"]);
  });

  it("answers stats", async () => {
    expect(await get("/api/stats")).toMatchObject({ articles: 3, events: 6, quotes: 2, store: "sqlite" });
  });
});
