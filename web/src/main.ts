/** Dyad web UI: hash-routed pages over the JSON API. */
import { Component, type ComponentChildren, render } from "preact";
import { html, type Route, useRoute } from "./lib.js";
import { ArticlePage } from "./pages/article.js";
import { ArticlesPage } from "./pages/articles.js";
import { ClaimsPage } from "./pages/claims.js";
import { CodePage } from "./pages/code.js";
import { DyadPage } from "./pages/dyad.js";
import { EventsPage } from "./pages/events.js";
import { NetworkPage } from "./pages/network.js";
import { QuotesPage } from "./pages/quotes.js";
import "./style.css";

const NAV = [
  { path: "", label: "Articles" },
  { path: "events", label: "Events" },
  { path: "dyad", label: "Dyad" },
  { path: "network", label: "Network" },
  { path: "claims", label: "Claims" },
  { path: "quotes", label: "Quotes" },
  { path: "code", label: "Code an article" },
];

function Page({ route }: { route: Route }) {
  switch (route.path[0]) {
    case undefined:
      return html`<${ArticlesPage} route=${route} />`;
    case "article":
      return html`<${ArticlePage} route=${route} />`;
    case "events":
      return html`<${EventsPage} route=${route} />`;
    case "dyad":
      return html`<${DyadPage} route=${route} />`;
    case "network":
      return html`<${NetworkPage} route=${route} />`;
    case "claims":
      return html`<${ClaimsPage} route=${route} />`;
    case "quotes":
      return html`<${QuotesPage} route=${route} />`;
    case "code":
      return html`<${CodePage} />`;
    default:
      return html`<section class="page"><h1>Not found</h1><p><a href="#/">Back to the articles</a></p></section>`;
  }
}

/** Keeps one page's failure (e.g. unexpected data) from blanking the whole app. */
class Boundary extends Component<{ children?: ComponentChildren; resetKey: string }, { error: Error | null }> {
  override state = { error: null as Error | null };
  override componentDidCatch(error: Error) {
    this.setState({ error });
  }
  override componentDidUpdate(prev: { resetKey: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }
  override render() {
    if (this.state.error) {
      return html`<section class="page"><div class="error" role="alert"><strong>This page failed to render.</strong>
        ${this.state.error.message}</div></section>`;
    }
    return this.props.children;
  }
}

function App() {
  const route = useRoute();
  const current = route.path[0] === "article" ? "" : (route.path[0] ?? "");
  return html`<div class="shell">
    <nav class="top">
      <a class="brand" href="#/"><span class="logo" aria-hidden="true">◐</span> Dyad</a>
      <ul>
        ${NAV.map(
          (n) => html`<li><a href=${`#/${n.path}`} class=${current === n.path ? "current" : ""}>${n.label}</a></li>`,
        )}
      </ul>
      <a class="api-link" href="/api/openapi.json" target="_blank" rel="noopener">API</a>
    </nav>
    <main><${Boundary} resetKey=${location.hash}><${Page} route=${route} /></${Boundary}></main>
    <footer class="muted small">Dyad — who did what to whom, who said what, according to whom, and how sure.</footer>
  </div>`;
}

const root = document.getElementById("app");
if (root) render(html`<${App} />`, root);
