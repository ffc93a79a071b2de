/** Claims: deduplicated events — what was asserted, by whom, how sure, corroborated by how many sources. */
import { useEffect, useState } from "preact/hooks";
import {
  Certainty,
  ErrorBox,
  EventSentence,
  fmtGoldstein,
  href,
  html,
  Loading,
  navigate,
  plural,
  QuadChip,
  qs,
  type Route,
  useApi,
} from "../lib.js";

interface Claim {
  id: string;
  source_actor: string | null;
  target_actor: string | null;
  code: string;
  date: string | null;
  articles: number;
  sources: number;
  mentions: number;
  asserters: { id: string; name: string; actor: string | null }[];
  source_name: string | null;
  target_name: string | null;
  example: import("../../../src/store/types.js").StoredEvent;
}

const KEYS = ["source", "target", "code", "certainty", "from", "to", "minSources"] as const;

export function ClaimsPage({ route }: { route: Route }) {
  const params = Object.fromEntries(KEYS.map((k) => [k, route.query.get(k) ?? ""])) as Record<
    (typeof KEYS)[number],
    string
  >;
  const [form, setForm] = useState(params);
  useEffect(() => setForm(params), [route.query.toString()]);
  const claims = useApi<{ claims: Claim[] }>(`/api/claims${qs({ ...params, limit: 200 })}`);
  const field = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });

  return html`<section class="page">
    <header class="page-head">
      <h1>Claims</h1>
      <p class="muted">What was asserted, by whom, how sure — and how many independent sources carry it.</p>
    </header>
    <form class="filters" onSubmit=${(e: Event) => {
      e.preventDefault();
      navigate(["claims"], form);
    }}>
      <label>Source actor <input name="source" size="8" value=${form.source} onInput=${field("source")} /></label>
      <label>Target actor <input name="target" size="8" value=${form.target} onInput=${field("target")} /></label>
      <label>CAMEO code <input name="code" size="5" value=${form.code} onInput=${field("code")} /></label>
      <label>Certainty <select name="certainty" value=${form.certainty} onChange=${field("certainty")}>
        <option value="">any</option>
        ${["asserted", "reported", "hedged", "hypothetical"].map((c) => html`<option value=${c}>${c}</option>`)}
      </select></label>
      <label>Min. sources <input type="number" min="1" name="minSources" size="3" value=${form.minSources} onInput=${field("minSources")} /></label>
      <label>From <input type="date" name="from" value=${form.from} onInput=${field("from")} /></label>
      <label>To <input type="date" name="to" value=${form.to} onInput=${field("to")} /></label>
      <button type="submit">Filter</button>
    </form>
    ${claims.error ? html`<${ErrorBox} error=${claims.error} />` : ""}
    ${claims.loading && !claims.data ? html`<${Loading} />` : ""}
    ${claims.data && claims.data.claims.length === 0 ? html`<p class="empty">No claims match.</p>` : ""}
    ${
      claims.data && claims.data.claims.length > 0
        ? html`<table class="table claims" data-testid="claims-table">
            <thead><tr>
              <th>What was asserted</th><th>By whom</th><th>How sure</th><th class="num" title="Distinct sources / articles / mentions">Corroboration</th>
            </tr></thead>
            <tbody>
              ${claims.data.claims.map((c) => {
                const e = c.example;
                return html`<tr>
                  <td>
                    <div class="claim-head">
                      <${QuadChip} quad=${e.quad} />
                      <strong>${c.source_name ?? "?"}</strong>
                      ${c.source_actor ? html`<code class="actor">${c.source_actor}</code>` : ""}
                      <span class="verb">${e.name.toLowerCase()}</span>
                      ${
                        c.target_actor || c.target_name
                          ? html`<strong>${c.target_name ?? "?"}</strong>
                              ${c.target_actor ? html`<code class="actor">${c.target_actor}</code>` : ""}`
                          : html`<span class="muted">(no target)</span>`
                      }
                    </div>
                    <div class="small muted">CAMEO ${c.code} · Goldstein ${fmtGoldstein(e.goldstein)} · ${c.date ?? "undated"}</div>
                    <blockquote class="small"><${EventSentence} sentence=${e.sentence_text} event=${e} /></blockquote>
                    <a class="small" href=${href(["article", e.article_id], { event: e.id })}>${e.article_title ?? e.article_id}</a>
                  </td>
                  <td class="chain">
                    ${
                      c.asserters.length === 0
                        ? html`<span class="muted">the article${e.article_source ? ` (${e.article_source})` : ""}</span>`
                        : c.asserters.map(
                            (a, i) =>
                              html`${i > 0 ? html`<span class="arrow"> → </span>` : ""}<span class="who">${a.name}</span>`,
                          )
                    }
                  </td>
                  <td><${Certainty} value=${e.certainty} negated=${e.negated} /></td>
                  <td class="num corroboration">
                    <strong>${c.sources}</strong> ${c.sources === 1 ? "source" : "sources"}
                    <div class="small muted">${plural(c.articles, "article")} · ${plural(c.mentions, "mention")}</div>
                  </td>
                </tr>`;
              })}
            </tbody>
          </table>`
        : ""
    }
  </section>`;
}
