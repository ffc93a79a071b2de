import { useState } from "preact/hooks";
import type { ArticleSummary, StoreStats } from "../../../src/store/types.js";
import { ErrorBox, href, html, Loading, navigate, qs, type Route, useApi } from "../lib.js";

const PAGE = 100;

export function ArticlesPage({ route }: { route: Route }) {
  const q = route.query.get("q") ?? "";
  const offset = Math.max(0, Number(route.query.get("offset")) || 0);
  const [draft, setDraft] = useState(q);
  const stats = useApi<StoreStats & { store: string }>("/api/stats");
  const list = useApi<{ articles: ArticleSummary[] }>(`/api/articles${qs({ q, limit: PAGE, offset })}`);
  return html`<section class="page">
    <header class="page-head">
      <h1>Articles</h1>
      ${
        stats.data
          ? html`<p class="muted">
              ${stats.data.articles} articles · ${stats.data.events} events · ${stats.data.quotes} quotes
              ${stats.data.errors ? ` · ${stats.data.errors} failed inputs` : ""}
            </p>`
          : ""
      }
    </header>
    <form
      class="filters"
      role="search"
      onSubmit=${(e: Event) => {
        e.preventDefault();
        navigate([], { q: draft });
      }}
    >
      <label>Search the text <input type="search" name="q" value=${draft} placeholder="e.g. partnership"
        onInput=${(e: Event) => setDraft((e.target as HTMLInputElement).value)} /></label>
      <button type="submit">Search</button>
    </form>
    ${list.error ? html`<${ErrorBox} error=${list.error} />` : ""}
    ${list.loading && !list.data ? html`<${Loading} />` : ""}
    ${
      list.data
        ? list.data.articles.length === 0
          ? html`<p class="empty">
              ${
                q
                  ? "No articles match this search."
                  : html`No articles yet: store some with <code>dyad ingest</code>, or <a href="#/code">code one here</a>.`
              }
            </p>`
          : html`<table class="table" data-testid="article-table">
              <thead><tr><th>Title</th><th>Date</th><th>Source</th><th class="num">Events</th><th class="num">Quotes</th></tr></thead>
              <tbody>
                ${list.data.articles.map(
                  (a) => html`<tr>
                    <td><a href=${href(["article", a.id])}>${a.title ?? a.id}</a></td>
                    <td class="nowrap">${a.date ?? "–"}</td>
                    <td>${a.source ?? "–"}</td>
                    <td class="num">${a.events}</td>
                    <td class="num">${a.quotes}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
            <nav class="pager">
              ${offset > 0 ? html`<a href=${href([], { q, offset: Math.max(0, offset - PAGE) || undefined })}>← Newer</a>` : ""}
              <span class="muted small">${offset + 1}–${offset + list.data.articles.length}</span>
              ${list.data.articles.length === PAGE ? html`<a href=${href([], { q, offset: offset + PAGE })}>Older →</a>` : ""}
            </nav>`
        : ""
    }
  </section>`;
}
