/** Events with the CLI's filters, each with its evidence sentence and source article. */
import { useEffect, useState } from "preact/hooks";
import type { StoredEvent } from "../../../src/store/types.js";
import { ErrorBox, href, html, Loading, navigate, qs, type Route, useApi } from "../lib.js";
import { EvidenceList } from "./evidence.js";

const KEYS = ["source", "target", "code", "certainty", "from", "to"] as const;
const PAGE = 50;

export function EventsPage({ route }: { route: Route }) {
  const params = Object.fromEntries(KEYS.map((k) => [k, route.query.get(k) ?? ""])) as Record<
    (typeof KEYS)[number],
    string
  >;
  const offset = Math.max(0, Number(route.query.get("offset")) || 0);
  const [form, setForm] = useState(params);
  useEffect(() => setForm(params), [route.query.toString()]);
  const events = useApi<{ events: StoredEvent[] }>(`/api/events${qs({ ...params, limit: PAGE, offset })}`);
  const field = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });
  const list = events.data?.events ?? [];
  return html`<section class="page">
    <header class="page-head">
      <h1>Events</h1>
      <p class="muted">Who did what to whom: coded events with their evidence, filtered like <code>dyad events</code>.</p>
    </header>
    <form class="filters" onSubmit=${(e: Event) => {
      e.preventDefault();
      navigate(["events"], form);
    }}>
      <label>Source actor <input name="source" size="8" value=${form.source} onInput=${field("source")} placeholder="CHN" /></label>
      <label>Target actor <input name="target" size="8" value=${form.target} onInput=${field("target")} placeholder="RUS" /></label>
      <label>CAMEO code <input name="code" size="5" value=${form.code} onInput=${field("code")} placeholder="04" /></label>
      <label>Certainty <select name="certainty" value=${form.certainty} onChange=${field("certainty")}>
        <option value="">any</option>
        ${["asserted", "reported", "hedged", "hypothetical"].map((c) => html`<option value=${c}>${c}</option>`)}
      </select></label>
      <label>From <input type="date" name="from" value=${form.from} onInput=${field("from")} /></label>
      <label>To <input type="date" name="to" value=${form.to} onInput=${field("to")} /></label>
      <button type="submit">Filter</button>
    </form>
    ${events.error ? html`<${ErrorBox} error=${events.error} />` : ""}
    ${events.loading && !events.data ? html`<${Loading} />` : ""}
    ${events.data ? html`<${EvidenceList} events=${list} />` : ""}
    ${
      events.data && (offset > 0 || list.length === PAGE)
        ? html`<nav class="pager">
            ${offset > 0 ? html`<a href=${href(["events"], { ...params, offset: Math.max(0, offset - PAGE) || undefined })}>← Previous</a>` : ""}
            <span class="muted small">${offset + 1}–${offset + list.length}</span>
            ${list.length === PAGE ? html`<a href=${href(["events"], { ...params, offset: offset + PAGE })}>Next →</a>` : ""}
          </nav>`
        : ""
    }
  </section>`;
}
