/** A list of stored events with their evidence sentence and a link to the annotated article. */
import type { StoredEvent } from "../../../src/store/types.js";
import { Certainty, EventSentence, fmtGoldstein, href, html, QuadChip } from "../lib.js";

function who(name: string | null | undefined, actor: string | null | undefined): string {
  if (name && actor) return `${name} (${actor})`;
  return name ?? actor ?? "?";
}

export function EvidenceList({ events }: { events: StoredEvent[] }) {
  if (events.length === 0) return html`<p class="muted">No events.</p>`;
  return html`<ol class="evidence-list" data-testid="evidence-list">
    ${events.map(
      (e) => html`<li class="evidence-item">
        <div class="ev-head">
          <${QuadChip} quad=${e.quad} />
          <code>${e.code}</code> <strong>${e.name}</strong>
          <span class="muted">
            ${`${who(e.source_name, e.source?.actor)} → ${who(e.target_name, e.target?.actor)} · Goldstein ${fmtGoldstein(e.goldstein)} · ${e.date ?? "undated"}`}
          </span>
          <${Certainty} value=${e.certainty} negated=${e.negated} />
        </div>
        <blockquote><${EventSentence} sentence=${e.sentence_text} event=${e} /></blockquote>
        <div class="ev-article small">
          <a href=${href(["article", e.article_id], { event: e.id })}>${e.article_title ?? e.article_id}</a>
          ${e.article_source ? html` <span class="muted">· ${e.article_source}</span>` : ""}
        </div>
      </li>`,
    )}
  </ol>`;
}
