/** One behavioural suite run against every backend (SQLite always, PostgreSQL when reachable). */
import { describe, expect, it } from "vitest";
import type { DyadStore } from "../../src/store/types.js";
import { makeArticle } from "./fixtures.js";

export function storeSuite(name: string, open: () => Promise<DyadStore>): void {
  describe(`${name} store`, () => {
    it("keeps a quote's whole cue phrase, and null for a quote without one", async () => {
      const store = await open();
      try {
        const a = makeArticle(
          "cp1",
          [{ src: "China", srcActor: "CHNGOV", verb: "met", tgt: "Russia", tgtActor: "RUS", code: "036" }],
          { date: "2025-01-02" },
        );
        const quote = a.quotes[0]!;
        const phraseStart = a.text.lastIndexOf("said China");
        const phraseEnd = phraseStart + "said China".length;
        const phrase = { start: phraseStart, end: phraseEnd, text: a.text.slice(phraseStart, phraseEnd) };
        a.quotes[0] = { ...quote, cue_phrase: phrase };
        a.quotes.push({ ...quote, id: "q2" });
        await store.saveArticle(a);
        const stored = (await store.quotes({})).filter((q) => q.article_id === "cp1");
        expect(stored.map((q) => q.cue_phrase ?? null)).toEqual([phrase, null]);
        expect(phrase.text).toBe("said China");
      } finally {
        await store.close();
      }
    });
    it("saves, is idempotent and replaces changed articles atomically", async () => {
      const store = await open();
      try {
        const a = makeArticle(
          "a1",
          [{ src: "China", srcActor: "CHNGOV", verb: "met", tgt: "Russia", tgtActor: "RUS", code: "036" }],
          { date: "2025-01-02" },
        );
        expect(await store.saveArticle(a)).toBe("inserted");
        expect(await store.saveArticle(a)).toBe("unchanged");
        expect(await store.saveArticles([a], { force: true })).toEqual(["replaced"]);
        expect((await store.stats()).articles).toBe(1);
        const back = await store.getArticle("a1");
        expect(back).toEqual(a);
        expect(JSON.stringify(back)).toBe(JSON.stringify(a));
        const changed = makeArticle(
          "a1",
          [
            { src: "China", srcActor: "CHNGOV", verb: "attacked", tgt: "Japan", tgtActor: "JPN", code: "190", quad: 4 },
            { src: "Japan", srcActor: "JPN", verb: "criticized", tgt: "China", tgtActor: "CHN", code: "111", quad: 3 },
          ],
          { date: "2025-01-02" },
        );
        expect(await store.saveArticle(changed)).toBe("replaced");
        const stats = await store.stats();
        expect(stats).toMatchObject({ articles: 1, events: 2, quotes: 1 });
        expect(await store.events({ target: "RUS" })).toHaveLength(0);
        expect(await store.getArticle("nope")).toBeNull();
      } finally {
        await store.close();
      }
    });

    it("queries events, quotes, articles and entities with spans", async () => {
      const store = await open();
      try {
        await store.saveArticles([
          makeArticle(
            "b1",
            [
              { src: "China", srcActor: "CHNGOV", verb: "met", tgt: "Russia", tgtActor: "RUSGOV", code: "036" },
              {
                src: "China",
                srcActor: "CHN",
                verb: "aided",
                tgt: "Russia",
                tgtActor: "RUS",
                code: "070",
                quad: 2,
                certainty: "hedged",
              },
            ],
            { date: "2025-01-05", extra: "Pipelines and tariffs were discussed." },
          ),
          makeArticle(
            "b2",
            [{ src: "France", srcActor: "FRA", verb: "met", tgt: "Germany", tgtActor: "DEU", code: "036" }],
            { date: "2024-12-30" },
          ),
        ]);
        const ev = await store.events({ source: "CHN", target: "RUS", from: "2025-01-01", code: "07" });
        expect(ev).toHaveLength(1);
        const e = ev[0]!;
        expect(e.code).toBe("070");
        expect(typeof e.code).toBe("string");
        expect(e.source?.text).toBe("China");
        expect(e.article_id).toBe("b1");
        expect(e.sentence_text).toContain("China aided Russia");
        const art = await store.getArticle("b1");
        expect(art!.text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
        expect(await store.events({ certainty: "hedged" })).toHaveLength(1);
        expect(await store.events({ to: "2024-12-31" })).toHaveLength(1);
        expect((await store.events({ source: "CHNGOV" }))[0]?.target?.actor).toBe("RUSGOV");
        const q = await store.quotes({ speaker: "chin" });
        expect(q.length).toBe(1);
        expect(q[0]!.speaker_name).toBe("China");
        expect(q[0]!.content[0]!.text).toBe("We will talk");
        expect(await store.quotes({ q: "talk" })).toHaveLength(2);
        const arts = await store.listArticles({ q: "tariffs" });
        expect(arts.map((a) => a.id)).toEqual(["b1"]);
        expect(arts[0]).toMatchObject({ events: 2, quotes: 1 });
        expect(await store.listArticles({ q: '"unbalanced (quote' })).toEqual([]);
        const ents = await store.entities({ q: "chin" });
        expect(ents[0]).toMatchObject({ name: "China", articles: 1 });
        const net = await store.network({});
        expect(net.edges.find((x) => x.source === "CHN" && x.target === "RUS")?.events).toBe(2);
        const all: string[] = [];
        for await (const x of store.iterateEvents({}, 1)) all.push(x.id);
        expect(all).toHaveLength(3);
      } finally {
        await store.close();
      }
    });

    it("computes dyad series by day, week and month in both directions", async () => {
      const store = await open();
      try {
        await store.saveArticles([
          makeArticle(
            "s1",
            [
              { src: "China", srcActor: "CHN", verb: "met", tgt: "Russia", tgtActor: "RUS", code: "036", goldstein: 4 },
              {
                src: "Russia",
                srcActor: "RUSGOV",
                verb: "threatened",
                tgt: "China",
                tgtActor: "CHN",
                code: "138",
                quad: 3,
                goldstein: -7,
              },
            ],
            { date: "2025-01-01" },
          ),
          makeArticle(
            "s2",
            [{ src: "China", srcActor: "CHN", verb: "met", tgt: "Russia", tgtActor: "RUS", code: "036", goldstein: 2 }],
            { date: "2025-01-06" },
          ),
        ]);
        const month = await store.dyadSeries({ a: "CHN", b: "RUS", by: "month" });
        expect(month).toEqual([
          { period: "2025-01-01", quad: 1, events: 2, goldstein_sum: 6, goldstein_mean: 3 },
          { period: "2025-01-01", quad: 3, events: 1, goldstein_sum: -7, goldstein_mean: -7 },
        ]);
        const week = await store.dyadSeries({ a: "chn", b: "rus", by: "week", directed: true });
        // 2025-01-01 is a Wednesday: its ISO week starts Monday 2024-12-30.
        expect(week.map((r) => [r.period, r.events])).toEqual([
          ["2024-12-30", 1],
          ["2025-01-06", 1],
        ]);
        const day = await store.dyadSeries({ a: "CHN", b: "RUS", by: "day", from: "2025-01-02" });
        expect(day).toHaveLength(1);
      } finally {
        await store.close();
      }
    });

    it("clusters the same event across articles and sources", async () => {
      const store = await open();
      try {
        await store.saveArticles([
          makeArticle(
            "k1",
            [
              {
                src: "China",
                srcActor: "CHN",
                verb: "attacked",
                tgt: "Japan",
                tgtActor: "JPN",
                code: "190",
                quad: 4,
                rest: "near the disputed islands",
              },
            ],
            { date: "2025-03-01", source: "Wire A" },
          ),
          makeArticle(
            "k2",
            [
              {
                src: "Beijing",
                srcActor: "CHN",
                verb: "attacks",
                tgt: "Tokyo",
                tgtActor: "JPN",
                code: "193",
                quad: 4,
                rest: "at the disputed islands",
              },
            ],
            { date: "2025-03-02", source: "Wire B" },
          ),
          makeArticle(
            "k3",
            [{ src: "China", srcActor: "CHN", verb: "attacked", tgt: "Japan", tgtActor: "JPN", code: "190", quad: 4 }],
            { date: "2025-03-09", source: "Wire A" },
          ),
        ]);
        const n = await store.recluster();
        expect(n).toBe(2);
        const clusters = await store.clusters({ source: "CHN" });
        expect(clusters[0]).toMatchObject({ articles: 2, sources: 2, mentions: 2, root: "19" });
        expect(clusters[0]!.example.article_id).toBe("k1");
        const evs = await store.events({ source: "CHN" });
        expect(evs.every((e) => e.cluster_id !== null)).toBe(true);
        expect(evs.filter((e) => e.cluster_id === clusters[0]!.id)).toHaveLength(2);
        expect(await store.recluster()).toBe(2);
        expect((await store.clusters({ minSources: 2 })).map((c) => c.id)).toEqual([clusters[0]!.id]);
      } finally {
        await store.close();
      }
    });

    it("records errors", async () => {
      const store = await open();
      try {
        await store.recordError("bad.jsonl:3", "E_JSON", "malformed JSON line");
        expect((await store.stats()).errors).toBe(1);
        expect((await store.errors())[0]).toMatchObject({ input: "bad.jsonl:3", code: "E_JSON" });
      } finally {
        await store.close();
      }
    });
  });
}
