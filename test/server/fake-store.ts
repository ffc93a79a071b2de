/** A small in-memory Store for tests (same interface as the SQLite/PostgreSQL stores). */
import { createHash } from "node:crypto";
import type { CodedArticle } from "../../src/contract.js";
import type {
  ArticleSummary,
  ClusterQuery,
  EntitySummary,
  EventCluster,
  EventQuery,
  Network,
  NetworkQuery,
  SaveOutcome,
  SeriesQuery,
  SeriesRow,
  Store,
  StoredEvent,
  StoredQuote,
} from "../../src/store/types.js";

function periodStart(date: string, by: "day" | "week" | "month"): string {
  if (by === "month") return `${date.slice(0, 7)}-01`;
  if (by === "day") return date;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export function createFakeStore(): Store & { articles: Map<string, CodedArticle> } {
  const articles = new Map<string, CodedArticle>();
  const hashes = new Map<string, string>();
  let clusters: EventCluster[] = [];
  let errors = 0;

  const allEvents = (): StoredEvent[] =>
    [...articles.values()].flatMap((a) =>
      a.events.map((e) => {
        const s = a.sentences[e.sentence];
        return {
          ...e,
          article_id: a.article.id,
          article_title: a.article.title,
          article_source: a.article.source,
          sentence_text: s ? a.text.slice(s.start, s.end) : "",
          cluster_id: null,
        };
      }),
    );

  const filterEvents = (q: EventQuery): StoredEvent[] =>
    allEvents().filter(
      (e) =>
        (!q.source || (e.source?.actor ?? "").startsWith(q.source)) &&
        (!q.target || (e.target?.actor ?? "").startsWith(q.target)) &&
        (!q.from || (e.date ?? "") >= q.from) &&
        (!q.to || (e.date ?? "9999") <= q.to) &&
        (!q.code || e.code.startsWith(q.code)) &&
        (!q.certainty || e.certainty === q.certainty) &&
        (!q.article || e.article_id === q.article),
    );
  const page = <T>(rows: T[], q: { limit?: number; offset?: number }) =>
    rows.slice(q.offset ?? 0, (q.offset ?? 0) + (q.limit ?? 100));

  return {
    kind: "sqlite",
    articles,
    async saveArticle(coded) {
      const hash = createHash("sha256").update(JSON.stringify(coded)).digest("hex");
      const id = coded.article.id;
      const before = hashes.get(id);
      articles.set(id, coded);
      hashes.set(id, hash);
      const outcome: SaveOutcome = before === undefined ? "inserted" : before === hash ? "unchanged" : "replaced";
      return outcome;
    },
    async recordError() {
      errors++;
    },
    async getArticle(id) {
      return articles.get(id) ?? null;
    },
    async listArticles(q) {
      const needle = q.q?.toLowerCase();
      const rows: ArticleSummary[] = [...articles.values()]
        .filter((a) => !needle || a.text.toLowerCase().includes(needle))
        .sort((x, y) => (y.article.date ?? "").localeCompare(x.article.date ?? ""))
        .map((a) => ({ ...a.article, events: a.events.length, quotes: a.quotes.length }));
      return page(rows, q);
    },
    async events(q) {
      return page(filterEvents(q), q);
    },
    async quotes(q) {
      const rows: StoredQuote[] = [];
      for (const a of articles.values()) {
        for (const quote of a.quotes) {
          const speakerName = a.entities.find((e) => e.id === quote.speaker?.entity)?.name ?? null;
          const content = quote.content.map((c) => c.text).join(" ");
          const who = `${speakerName ?? ""} ${quote.speaker?.text ?? ""}`.toLowerCase();
          if (q.speaker && !who.includes(q.speaker.toLowerCase())) continue;
          if (q.q && !content.toLowerCase().includes(q.q.toLowerCase())) continue;
          rows.push({ ...quote, article_id: a.article.id, article_title: a.article.title, speaker_name: speakerName });
        }
      }
      return page(rows, q);
    },
    async entities(q) {
      const map = new Map<string, EntitySummary & { ids: Set<string> }>();
      for (const a of articles.values()) {
        for (const e of a.entities) {
          if (q.q && !e.name.toLowerCase().includes(q.q.toLowerCase())) continue;
          const key = `${e.name}\u0000${e.actor}`;
          const row = map.get(key) ?? {
            name: e.name,
            actor: e.actor,
            kind: e.kind,
            articles: 0,
            mentions: 0,
            ids: new Set(),
          };
          row.ids.add(a.article.id);
          row.articles = row.ids.size;
          row.mentions += e.mentions.length;
          map.set(key, row);
        }
      }
      return [...map.values()]
        .sort((x, y) => y.mentions - x.mentions)
        .slice(0, q.limit ?? 100)
        .map(({ ids: _ids, ...rest }) => rest);
    },
    async dyadSeries(q: SeriesQuery) {
      const rows = new Map<string, SeriesRow>();
      for (const e of allEvents()) {
        const s = e.source?.actor ?? "";
        const t = e.target?.actor ?? "";
        const hit = (s.startsWith(q.a) && t.startsWith(q.b)) || (!q.directed && s.startsWith(q.b) && t.startsWith(q.a));
        if (!hit || !e.date) continue;
        if ((q.from && e.date < q.from) || (q.to && e.date > q.to)) continue;
        if (q.certainty && e.certainty !== q.certainty) continue;
        const period = periodStart(e.date, q.by);
        const key = `${period}|${e.quad}`;
        const row = rows.get(key) ?? { period, quad: e.quad, events: 0, goldstein_sum: 0, goldstein_mean: 0 };
        row.events++;
        row.goldstein_sum += e.goldstein ?? 0;
        row.goldstein_mean = row.goldstein_sum / row.events;
        rows.set(key, row);
      }
      return [...rows.values()].sort((x, y) => x.period.localeCompare(y.period) || x.quad - y.quad);
    },
    async network(q: NetworkQuery): Promise<Network> {
      const key = (actor: string) => (q.level === "actor" ? actor : actor.slice(0, 3));
      const edges = new Map<string, { source: string; target: string; events: number; sum: number }>();
      for (const e of filterEvents(q)) {
        if (!e.source?.actor || !e.target?.actor) continue;
        if (q.quad && e.quad !== q.quad) continue;
        const s = key(e.source.actor);
        const t = key(e.target.actor);
        const k = `${s}>${t}`;
        const edge = edges.get(k) ?? { source: s, target: t, events: 0, sum: 0 };
        edge.events++;
        edge.sum += e.goldstein ?? 0;
        edges.set(k, edge);
      }
      const kept = [...edges.values()].filter((e) => e.events >= (q.minEvents ?? 1));
      const nodes = new Map<string, number>();
      for (const e of kept) {
        nodes.set(e.source, (nodes.get(e.source) ?? 0) + e.events);
        nodes.set(e.target, (nodes.get(e.target) ?? 0) + e.events);
      }
      return {
        nodes: [...nodes].map(([id, events]) => ({ id, events })),
        edges: kept.map((e) => ({
          source: e.source,
          target: e.target,
          events: e.events,
          goldstein_mean: e.sum / e.events,
        })),
      };
    },
    async recluster() {
      const groups = new Map<string, StoredEvent[]>();
      for (const e of allEvents()) {
        const k = [e.source?.actor, e.target?.actor, e.code.slice(0, 2), e.date].join("|");
        groups.set(k, [...(groups.get(k) ?? []), e]);
      }
      clusters = [...groups.entries()].map(([k, evs], i) => {
        const ex = evs[0] as StoredEvent;
        return {
          id: `C${i + 1}`,
          source_actor: ex.source?.actor ?? null,
          target_actor: ex.target?.actor ?? null,
          root: ex.code.slice(0, 2),
          code: ex.code,
          date: ex.date,
          articles: new Set(evs.map((e) => e.article_id)).size,
          sources: new Set(evs.map((e) => e.article_source ?? k)).size,
          mentions: evs.length,
          example: ex,
        };
      });
      return clusters.length;
    },
    async clusters(q: ClusterQuery) {
      const rows = clusters.filter(
        (c) =>
          c.sources >= (q.minSources ?? 1) &&
          (!q.source || (c.source_actor ?? "").startsWith(q.source)) &&
          (!q.target || (c.target_actor ?? "").startsWith(q.target)) &&
          (!q.code || c.code.startsWith(q.code)) &&
          (!q.certainty || c.example.certainty === q.certainty) &&
          (!q.from || (c.date ?? "") >= q.from) &&
          (!q.to || (c.date ?? "9999") <= q.to),
      );
      return page(rows, q);
    },
    async stats() {
      const events = [...articles.values()].reduce((n, a) => n + a.events.length, 0);
      const quotes = [...articles.values()].reduce((n, a) => n + a.quotes.length, 0);
      return { articles: articles.size, events, quotes, errors };
    },
    async close() {},
  };
}
