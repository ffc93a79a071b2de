/** Who said what: quotes across stored articles, by speaker and content. */
import { useEffect, useState } from "preact/hooks";
import type { StoredQuote } from "../../../src/store/types.js";
import { Certainty, ErrorBox, href, html, Loading, navigate, qs, quoteText, type Route, useApi } from "../lib.js";

/** The whole cue phrase ("has also said") where the store has it, else the head word (older articles). */
function cueOf(quote: StoredQuote): string | null {
  return quote.cue_phrase?.text ?? quote.cue?.text ?? null;
}

export function QuotesPage({ route }: { route: Route }) {
  const speaker = route.query.get("speaker") ?? "";
  const q = route.query.get("q") ?? "";
  const [form, setForm] = useState({ speaker, q });
  useEffect(() => setForm({ speaker, q }), [speaker, q]);
  const quotes = useApi<{ quotes: StoredQuote[] }>(`/api/quotes${qs({ speaker, q, limit: 200 })}`);
  const field = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });
  return html`<section class="page">
    <header class="page-head">
      <h1>Quotes</h1>
      <p class="muted">Who said what, with the cue and how sure the reporting is.</p>
    </header>
    <form class="filters" role="search" onSubmit=${(e: Event) => {
      e.preventDefault();
      navigate(["quotes"], form);
    }}>
      <label>Speaker <input name="speaker" value=${form.speaker} onInput=${field("speaker")} placeholder="e.g. Putin" /></label>
      <label>Words <input type="search" name="q" value=${form.q} onInput=${field("q")} placeholder="e.g. partnership" /></label>
      <button type="submit">Search</button>
    </form>
    ${quotes.error ? html`<${ErrorBox} error=${quotes.error} />` : ""}
    ${quotes.loading && !quotes.data ? html`<${Loading} />` : ""}
    ${quotes.data && quotes.data.quotes.length === 0 ? html`<p class="empty">No quotes match.</p>` : ""}
    ${
      quotes.data && quotes.data.quotes.length > 0
        ? html`<ol class="evidence-list" data-testid="quotes-list">
            ${quotes.data.quotes.map(
              (x) => html`<li class="evidence-item">
                <div class="ev-head">
                  <span class="who">${x.speaker_name ?? x.speaker?.text ?? "unknown speaker"}</span>
                  <span class="muted">${x.type}${cueOf(x) ? ` · “${cueOf(x)}”` : ""}</span>
                  <${Certainty} value=${x.certainty} negated=${x.negated} />
                </div>
                <blockquote>${quoteText(x)}</blockquote>
                <div class="small"><a href=${href(["article", x.article_id], { quote: x.id })}>${x.article_title ?? x.article_id}</a></div>
              </li>`,
            )}
          </ol>`
        : ""
    }
  </section>`;
}
