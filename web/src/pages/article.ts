import type { CodedArticle } from "../../../src/contract.js";
import { AnnotatedArticle, Legend, type Selection } from "../annotated.js";
import { ErrorBox, html, Loading, navigate, plural, type Route, useApi } from "../lib.js";

export function selectionFromQuery(query: URLSearchParams): Selection {
  for (const type of ["event", "quote", "entity", "attribution"] as const) {
    const id = query.get(type);
    if (id) return { type, id };
  }
  return null;
}

export function ArticleHeader({ coded }: { coded: CodedArticle }) {
  const a = coded.article;
  const safeUrl = a.url && /^https?:\/\//i.test(a.url) ? a.url : null;
  return html`<header class="page-head">
    <h1>${a.title ?? (a.id.startsWith("pasted-") ? "Untitled article" : a.id)}</h1>
    <p class="muted meta">
      <span>${a.date ?? "undated"}</span>
      ${a.source ? html`<span>${a.source}</span>` : ""}
      ${safeUrl ? html`<span><a href=${safeUrl} rel="noopener noreferrer" target="_blank">original</a></span>` : ""}
      <span>${plural(coded.events.length, "event")}</span>
      <span>${plural(coded.quotes.length, "quote")}</span>
      <span>${plural(coded.attributions.length, "attribution")}</span>
      <span>${plural(coded.entities.length, "entity", "entities")}</span>
    </p>
  </header>`;
}

export function ArticlePage({ route }: { route: Route }) {
  const id = route.path[1] ?? "";
  const { data, error, loading } = useApi<CodedArticle>(`/api/articles/${encodeURIComponent(id)}`);
  const selection = selectionFromQuery(route.query);
  const onSelect = (s: Selection) => navigate(["article", id], s ? { [s.type]: s.id } : {});
  if (error) return html`<section class="page"><${ErrorBox} error=${error} /></section>`;
  if (loading || !data) return html`<section class="page"><${Loading} /></section>`;
  return html`<section class="page">
    <${ArticleHeader} coded=${data} />
    <${Legend} />
    <${AnnotatedArticle} coded=${data} selection=${selection} onSelect=${onSelect} />
  </section>`;
}
