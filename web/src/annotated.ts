/**
 * The annotated article: the text with entity mentions, quotes (speaker → content), attributions and events
 * highlighted from the contract's [start, end) spans, and a side panel with the selected item's details.
 * Text is split into segments at every span boundary; each segment is one text node inside a <span>.
 */
import { useEffect, useMemo, useRef } from "preact/hooks";
import type { Attribution, CodedArticle, CodedEvent, Entity, Quote, Span } from "../../src/contract.js";
import { Certainty, fmtGoldstein, href, html, QUADS, QuadChip, quoteText } from "./lib.js";

export type Selection =
  | { type: "event"; id: string }
  | { type: "quote"; id: string }
  | { type: "entity"; id: string }
  | { type: "attribution"; id: string }
  | null;

type MarkKind = "trigger" | "actor" | "mention" | "speaker" | "cue" | "quote" | "attr" | "attr-source";

interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  sel: Exclude<Selection, null>;
  cls: string;
  title: string;
}

/** Lower = wins a click on overlapping marks. */
const PRIORITY: Record<MarkKind, number> = {
  trigger: 0,
  actor: 1,
  speaker: 2,
  "attr-source": 2,
  mention: 3,
  cue: 4,
  quote: 5,
  attr: 6,
};

/** A cue phrase wider than its head word (older articles have no phrase; then the head alone). */
function widerPhrase(cue: Span | null, phrase: Span | null | undefined): Span | null {
  return cue && phrase && phrase.text !== cue.text ? phrase : null;
}

/** Mark title: the phrase, and its head word when the phrase is wider ("has also said" · head "said"). */
export function cueTitle(label: string, cue: Span | null, phrase: Span | null | undefined): string {
  const wide = widerPhrase(cue, phrase);
  if (!cue) return label;
  return wide ? `${label}: “${wide.text}” (head “${cue.text}”)` : `${label}: “${cue.text}”`;
}

/** Detail-panel cue: the whole phrase with its head word, or the head alone, or a dash. */
export function cueText(cue: Span | null, phrase: Span | null | undefined): string {
  const wide = widerPhrase(cue, phrase);
  if (!cue) return "–";
  return wide ? `“${wide.text}” (head “${cue.text}”)` : `“${cue.text}”`;
}

function valid(s: Span | null | undefined, n: number): s is Span {
  return !!s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= n && s.start < s.end;
}

function buildMarks(coded: CodedArticle): Mark[] {
  const n = coded.text.length;
  const names = new Map(coded.entities.map((e) => [e.id, e.name]));
  const marks: Mark[] = [];
  const add = (s: Span | null | undefined, m: Omit<Mark, "start" | "end">) => {
    if (valid(s, n)) marks.push({ start: s.start, end: s.end, ...m });
  };
  for (const e of coded.entities) {
    for (const mention of e.mentions) {
      add(mention, {
        kind: "mention",
        sel: { type: "entity", id: e.id },
        cls: `mention kind-${e.kind}`,
        title: `${e.name} · ${e.kind}${e.actor ? ` · ${e.actor}` : ""}`,
      });
    }
  }
  for (const q of coded.quotes) {
    const sel = { type: "quote", id: q.id } as const;
    const who = q.speaker ? (names.get(q.speaker.entity ?? "") ?? q.speaker.text) : "unknown speaker";
    for (const c of q.content) add(c, { kind: "quote", sel, cls: "quote", title: `Quote (${q.type}) by ${who}` });
    add(q.speaker, { kind: "speaker", sel, cls: "speaker", title: `Speaker: ${who}` });
    // the whole phrase ("has also said") is marked; the head word is named in the title
    add(q.cue_phrase ?? q.cue, { kind: "cue", sel, cls: "cue", title: cueTitle("Speech cue", q.cue, q.cue_phrase) });
  }
  for (const a of coded.attributions) {
    const sel = { type: "attribution", id: a.id } as const;
    const who = a.source ? (names.get(a.source.entity ?? "") ?? a.source.text) : "unnamed source";
    for (const c of a.content)
      add(c, { kind: "attr", sel, cls: "attr", title: `Attributed to ${who} (${a.certainty})` });
    add(a.source, { kind: "attr-source", sel, cls: "attr-source", title: `Source: ${who}` });
    add(a.cue_phrase ?? a.cue, {
      kind: "cue",
      sel,
      cls: "cue",
      title: cueTitle("Attribution cue", a.cue, a.cue_phrase),
    });
  }
  for (const e of coded.events) {
    const sel = { type: "event", id: e.id } as const;
    add(e.trigger, {
      kind: "trigger",
      sel,
      cls: `trigger q${e.quad}`,
      title: `${e.code} ${e.name} · Goldstein ${fmtGoldstein(e.goldstein)} · ${e.certainty}`,
    });
  }
  return marks;
}

interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/** Splits [0, n) at every mark boundary with a sweep over sorted marks. */
function segment(n: number, marks: Mark[]): Segment[] {
  const cuts = new Set<number>([0, n]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  const active: Mark[] = [];
  const out: Segment[] = [];
  let k = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    while (k < byStart.length && (byStart[k] as Mark).start <= start) active.push(byStart[k++] as Mark);
    for (let j = active.length - 1; j >= 0; j--) if ((active[j] as Mark).end <= start) active.splice(j, 1);
    out.push({ start, end, marks: active.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}

function sameSel(a: Selection, b: Selection): boolean {
  return !!a && !!b && a.type === b.type && a.id === b.id;
}

/** Spans that belong to the selection (e.g. an event's trigger, source and target), for the highlight. */
function selectedSpans(coded: CodedArticle, sel: Selection): Span[] {
  if (!sel) return [];
  if (sel.type === "event") {
    const e = coded.events.find((x) => x.id === sel.id);
    return e ? [e.trigger, e.source, e.target].filter((s): s is NonNullable<typeof s> => !!s) : [];
  }
  if (sel.type === "quote") {
    const q = coded.quotes.find((x) => x.id === sel.id);
    return q ? [...q.content, q.speaker, q.cue_phrase ?? q.cue].filter((s): s is NonNullable<typeof s> => !!s) : [];
  }
  if (sel.type === "attribution") {
    const a = coded.attributions.find((x) => x.id === sel.id);
    return a ? [...a.content, a.source, a.cue_phrase ?? a.cue].filter((s): s is NonNullable<typeof s> => !!s) : [];
  }
  return coded.entities.find((x) => x.id === sel.id)?.mentions ?? [];
}

export function Legend() {
  return html`<div class="legend" aria-label="Legend">
    <span><span class="swatch mention kind-person">Person</span></span>
    <span><span class="swatch mention kind-organization">Organisation</span></span>
    <span><span class="swatch mention kind-country">Country / place</span></span>
    <span><span class="swatch quote">Quote</span></span>
    <span><span class="swatch speaker">Speaker</span></span>
    <span><span class="swatch attr">Attributed content</span></span>
    ${([1, 2, 3, 4] as const).map(
      (q) => html`<span><span class=${`swatch trigger q${q}`}>${QUADS[q].short}</span></span>`,
    )}
  </div>`;
}

export function AnnotatedArticle({
  coded,
  selection,
  onSelect,
}: {
  coded: CodedArticle;
  selection: Selection;
  onSelect: (s: Selection) => void;
}) {
  const marks = useMemo(() => buildMarks(coded), [coded]);
  const segments = useMemo(() => segment(coded.text.length, marks), [coded, marks]);
  const highlight = useMemo(() => selectedSpans(coded, selection), [coded, selection]);
  const textRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = textRef.current?.querySelector(".sel");
    if (el && "scrollIntoView" in el) el.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [selection]);

  const isSel = (s: Segment) => highlight.some((h) => h.start <= s.start && h.end >= s.end);

  return html`<div class="annotated">
    <div class="article-text" ref=${textRef} data-testid="article-text">
      ${segments.map((s) => {
        const text = coded.text.slice(s.start, s.end);
        if (s.marks.length === 0) return text;
        const top = [...s.marks].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind])[0] as Mark;
        const cls = [...new Set(s.marks.map((m) => m.cls))].join(" ") + (isSel(s) ? " sel" : "");
        return html`<span
          class=${`ann ${cls}`}
          title=${top.title}
          data-kind=${top.kind}
          data-ids=${[...new Set(s.marks.map((m) => `${m.sel.type}:${m.sel.id}`))].join(" ")}
          tabIndex=${top.kind === "trigger" ? 0 : undefined}
          onKeyDown=${(ev: KeyboardEvent) => {
            if (ev.key === "Enter" || ev.key === " ") {
              ev.preventDefault();
              onSelect(sameSel(selection, top.sel) ? null : top.sel);
            }
          }}
          onClick=${(ev: MouseEvent) => {
            ev.stopPropagation();
            onSelect(sameSel(selection, top.sel) ? null : top.sel);
          }}
          >${text}</span
        >`;
      })}
    </div>
    <aside class="side">
      <${Detail} coded=${coded} selection=${selection} onSelect=${onSelect} />
      <${Lists} coded=${coded} selection=${selection} onSelect=${onSelect} />
    </aside>
  </div>`;
}

function entityName(coded: CodedArticle, id: string | null | undefined): string | null {
  if (!id) return null;
  return coded.entities.find((e) => e.id === id)?.name ?? null;
}

function ActorLine({ coded, actor }: { coded: CodedArticle; actor: CodedEvent["source"] }) {
  if (!actor) return html`<span class="muted">none</span>`;
  const name = entityName(coded, actor.entity);
  return html`<span>“${actor.text}”${name && name !== actor.text ? html` <span class="muted">(${name})</span>` : ""}
    ${actor.actor ? html` <code class="actor">${actor.actor}</code>` : ""}</span
  >`;
}

function sentenceText(coded: CodedArticle, i: number): string {
  const s = coded.sentences[i];
  return s ? coded.text.slice(s.start, s.end) : "";
}

function EventDetail({ coded, e }: { coded: CodedArticle; e: CodedEvent }) {
  const chain = e.asserted_by.map((id) => entityName(coded, id) ?? id);
  const country = (actor: string | null | undefined) =>
    actor && /^[A-Z]{3}/.test(actor) && !actor.startsWith("---") ? actor.slice(0, 3) : null;
  const a = country(e.source?.actor);
  const b = country(e.target?.actor);
  return html`<div class="detail" data-testid="event-detail">
    <h3><${QuadChip} quad=${e.quad} /> <code>${e.code}</code> ${e.name}</h3>
    <dl>
      <dt>Goldstein</dt>
      <dd><span class=${e.goldstein !== null && e.goldstein < 0 ? "neg" : "pos"}>${fmtGoldstein(e.goldstein)}</span></dd>
      <dt>Quad class</dt>
      <dd>${QUADS[e.quad].name}</dd>
      ${e.plover ? html`<dt>PLOVER</dt><dd>${e.plover}</dd>` : ""}
      <dt>Source</dt>
      <dd><${ActorLine} coded=${coded} actor=${e.source} /></dd>
      <dt>Target</dt>
      <dd><${ActorLine} coded=${coded} actor=${e.target} /></dd>
      <dt>Trigger</dt>
      <dd>“${e.trigger.text}”</dd>
      <dt>Certainty</dt>
      <dd><${Certainty} value=${e.certainty} negated=${e.negated} /></dd>
      <dt>Date</dt>
      <dd>${e.date ?? "unknown"}</dd>
      <dt>According to</dt>
      <dd class="chain">
        ${
          chain.length === 0
            ? html`<span class="muted">the article itself</span>`
            : chain.map(
                (n, i) => html`${i > 0 ? html`<span class="arrow"> → </span>` : ""}<span class="who">${n}</span>`,
              )
        }
      </dd>
      <dt>Rule</dt>
      <dd><code class="rule">${e.rule}</code></dd>
    </dl>
    <blockquote class="sentence">${sentenceText(coded, e.sentence)}</blockquote>
    ${
      a && b && a !== b
        ? html`<p class="small"><a href=${href(["dyad"], { a, b, by: "month" })}>All ${a}–${b} events over time →</a></p>`
        : ""
    }
  </div>`;
}

function QuoteDetail({ coded, q }: { coded: CodedArticle; q: Quote }) {
  const who = q.speaker ? (entityName(coded, q.speaker.entity) ?? q.speaker.text) : "unknown speaker";
  return html`<div class="detail" data-testid="quote-detail">
    <h3>Quote · ${q.type}</h3>
    <p class="quote-line"><span class="who">${who}</span> <span class="arrow">→</span> ${quoteText(q)}</p>
    <dl>
      <dt>Cue</dt>
      <dd>${cueText(q.cue, q.cue_phrase)}</dd>
      <dt>Certainty</dt>
      <dd><${Certainty} value=${q.certainty} negated=${q.negated} /></dd>
    </dl>
  </div>`;
}

function AttributionDetail({ coded, a }: { coded: CodedArticle; a: Attribution }) {
  const who = a.source ? (entityName(coded, a.source.entity) ?? a.source.text) : "unnamed source";
  return html`<div class="detail" data-testid="attribution-detail">
    <h3>Attribution</h3>
    <p class="quote-line"><span class="who">${who}</span> <span class="arrow">→</span> ${a.content.map((c) => c.text).join(" … ")}</p>
    <dl>
      <dt>Cue</dt>
      <dd>${cueText(a.cue, a.cue_phrase)}</dd>
      <dt>Certainty</dt>
      <dd><${Certainty} value=${a.certainty} negated=${a.negated} /></dd>
    </dl>
  </div>`;
}

function EntityDetail({ e }: { e: Entity }) {
  return html`<div class="detail" data-testid="entity-detail">
    <h3>${e.name}</h3>
    <dl>
      <dt>Kind</dt>
      <dd>${e.kind}</dd>
      <dt>Actor code</dt>
      <dd>${e.actor ? html`<code class="actor">${e.actor}</code>` : "–"}</dd>
      <dt>Country</dt>
      <dd>${e.country ?? "–"}</dd>
      <dt>Role</dt>
      <dd>${e.role ?? "–"}</dd>
      <dt>Mentions</dt>
      <dd>${e.mentions
        .map((m) => m.text)
        .filter((t, i, all) => all.indexOf(t) === i)
        .join(" · ")}</dd>
    </dl>
  </div>`;
}

function Detail({ coded, selection }: { coded: CodedArticle; selection: Selection; onSelect: (s: Selection) => void }) {
  if (!selection) {
    return html`<div class="detail hint muted">Click a highlighted word — an event, a quote, an entity — to see how it was coded.</div>`;
  }
  if (selection.type === "event") {
    const e = coded.events.find((x) => x.id === selection.id);
    return e ? html`<${EventDetail} coded=${coded} e=${e} />` : null;
  }
  if (selection.type === "quote") {
    const q = coded.quotes.find((x) => x.id === selection.id);
    return q ? html`<${QuoteDetail} coded=${coded} q=${q} />` : null;
  }
  if (selection.type === "attribution") {
    const a = coded.attributions.find((x) => x.id === selection.id);
    return a ? html`<${AttributionDetail} coded=${coded} a=${a} />` : null;
  }
  const e = coded.entities.find((x) => x.id === selection.id);
  return e ? html`<${EntityDetail} e=${e} />` : null;
}

function Lists({
  coded,
  selection,
  onSelect,
}: {
  coded: CodedArticle;
  selection: Selection;
  onSelect: (s: Selection) => void;
}) {
  const pick = (s: Exclude<Selection, null>) => () => onSelect(sameSel(selection, s) ? null : s);
  const cls = (s: Exclude<Selection, null>) => `item${sameSel(selection, s) ? " active" : ""}`;
  return html`<div class="lists">
    <section>
      <h4>Events <span class="count">${coded.events.length}</span></h4>
      ${coded.events.length === 0 ? html`<p class="muted small">No events coded.</p>` : ""}
      <ul class="items" data-testid="event-list">
        ${coded.events.map((e) => {
          const s = { type: "event", id: e.id } as const;
          return html`<li>
            <button class=${cls(s)} onClick=${pick(s)}>
              <${QuadChip} quad=${e.quad} /> <code>${e.code}</code> ${e.name}
              <span class="muted small"> ${e.source?.actor ?? "?"} → ${e.target?.actor ?? "?"}</span>
            </button>
          </li>`;
        })}
      </ul>
    </section>
    <section>
      <h4>Quotes <span class="count">${coded.quotes.length}</span></h4>
      <ul class="items" data-testid="quote-list">
        ${coded.quotes.map((q) => {
          const s = { type: "quote", id: q.id } as const;
          const who = q.speaker ? (entityName(coded, q.speaker.entity) ?? q.speaker.text) : "unknown";
          return html`<li>
            <button class=${cls(s)} onClick=${pick(s)}>
              <span class="who">${who}</span> → <span class="muted">${quoteText(q, 90)}</span>
            </button>
          </li>`;
        })}
      </ul>
    </section>
    ${
      coded.attributions.length > 0
        ? html`<section>
            <h4>Attributions <span class="count">${coded.attributions.length}</span></h4>
            <ul class="items">
              ${coded.attributions.map((a) => {
                const s = { type: "attribution", id: a.id } as const;
                const who = a.source ? (entityName(coded, a.source.entity) ?? a.source.text) : "unnamed source";
                return html`<li>
                  <button class=${cls(s)} onClick=${pick(s)}>
                    <span class="who">${who}</span> <span class="muted">“${a.cue.text}” · ${a.certainty}</span>
                  </button>
                </li>`;
              })}
            </ul>
          </section>`
        : ""
    }
    <section>
      <h4>Entities <span class="count">${coded.entities.length}</span></h4>
      <ul class="items chips">
        ${coded.entities.map((e) => {
          const s = { type: "entity", id: e.id } as const;
          return html`<li>
            <button class=${`${cls(s)} chip kind-${e.kind}`} onClick=${pick(s)}>
              ${e.name}${e.actor ? html` <code>${e.actor}</code>` : ""}
            </button>
          </li>`;
        })}
      </ul>
    </section>
  </div>`;
}
