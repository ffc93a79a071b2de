/**
 * Shared UI helpers. All article-derived strings reach the DOM only as text children or attribute values set by
 * preact (htm/preact templates); nothing here builds HTML from strings.
 */
import { html } from "htm/preact";
import { useEffect, useState } from "preact/hooks";

export { html };

export const QUADS = {
  1: { name: "Verbal cooperation", short: "Verbal coop.", color: "#5aa469" },
  2: { name: "Material cooperation", short: "Material coop.", color: "#1f6f4a" },
  3: { name: "Verbal conflict", short: "Verbal conflict", color: "#e09a2d" },
  4: { name: "Material conflict", short: "Material conflict", color: "#c8423b" },
} as const;

export type Quad = 1 | 2 | 3 | 4;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Fetches JSON from the API; an `{error: {code, message}}` answer becomes an ApiError. */
export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { ...init, headers: { accept: "application/json", ...(init?.headers ?? {}) } });
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? `HTTP_${res.status}`, err?.message ?? res.statusText);
  }
  return body as T;
}

export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : "";
}

export interface Loaded<T> {
  data: T | null;
  error: ApiError | Error | null;
  loading: boolean;
}

/** Loads `url` (null = nothing to load) and reloads when it changes. */
export function useApi<T>(url: string | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: url !== null });
  useEffect(() => {
    if (url === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    let live = true;
    setState((s) => ({ data: s.data, error: null, loading: true }));
    api<T>(url).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: Error) => live && setState({ data: null, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return state;
}

/** The current hash route: "#/dyad?a=CHN" → { path: ["dyad"], query }. */
export interface Route {
  path: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, "");
  const [p = "", q = ""] = raw.split("?", 2);
  const path = p
    .split("/")
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return { path, query: new URLSearchParams(q) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    addEventListener("hashchange", on);
    return () => removeEventListener("hashchange", on);
  }, []);
  return route;
}

export function href(path: string[], query: Record<string, string | number | boolean | undefined | null> = {}) {
  return `#/${path.map(encodeURIComponent).join("/")}${qs(query)}`;
}

export function navigate(path: string[], query: Record<string, string | number | boolean | undefined | null> = {}) {
  const next = href(path, query);
  if (location.hash !== next) location.hash = next;
}

export function fmtGoldstein(g: number | null | undefined): string {
  if (g === null || g === undefined || Number.isNaN(g)) return "–";
  return (g > 0 ? "+" : "") + g.toFixed(1);
}

export function QuadChip({ quad, label = false }: { quad: Quad; label?: boolean }) {
  const q = QUADS[quad];
  return html`<span class="quad-chip" style=${{ background: q.color }} title=${`Quad class ${quad}: ${q.name}`}
    >${label ? q.name : `Q${quad}`}</span
  >`;
}

export function Certainty({ value, negated = false }: { value: string; negated?: boolean }) {
  return html`<span class=${`cert cert-${value}`}>${negated ? "negated · " : ""}${value}</span>`;
}

export function Loading() {
  return html`<p class="muted">Loading…</p>`;
}

export function ErrorBox({ error }: { error: Error }) {
  const code = error instanceof ApiError ? error.code : "";
  return html`<div class="error" role="alert"><strong>${code || "Error"}</strong> ${error.message}</div>`;
}

/** Last day of the period starting at `start` (ISO dates). */
export function periodEnd(start: string, by: string): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (by === "month") {
    d.setUTCMonth(d.getUTCMonth() + 1);
    d.setUTCDate(0);
  } else if (by === "week") d.setUTCDate(d.getUTCDate() + 6);
  return d.toISOString().slice(0, 10);
}

export function periodLabel(start: string, by: string): string {
  if (by === "month") {
    const d = new Date(`${start}T00:00:00Z`);
    return d.toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
  }
  return by === "week" ? `week of ${start}` : start;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}

interface EventSpans {
  trigger: { start: number; end: number; text: string };
  source: { start: number; end: number; text: string } | null;
  target: { start: number; end: number; text: string } | null;
}

/**
 * Where the evidence sentence starts in its article: stored events carry article offsets but not the sentence's,
 * so try each occurrence of the trigger and keep the one under which source and target also line up.
 */
function sentenceBase(sentence: string, e: EventSpans): number | null {
  const fits = (base: number, s: EventSpans["source"]) =>
    !s ||
    s.start - base < 0 ||
    s.end - base > sentence.length ||
    sentence.slice(s.start - base, s.end - base) === s.text;
  let first: number | null = null;
  for (let i = sentence.indexOf(e.trigger.text); i >= 0; i = sentence.indexOf(e.trigger.text, i + 1)) {
    const base = e.trigger.start - i;
    first ??= base;
    if (fits(base, e.source) && fits(base, e.target)) return base;
  }
  return first;
}

/** The evidence sentence with the event's trigger marked and its source and target emphasised. */
export function EventSentence({ sentence, event }: { sentence: string; event: EventSpans }) {
  const base = sentenceBase(sentence, event);
  if (base === null) return html`<span class="evidence">${sentence}</span>`;
  const parts: { start: number; end: number; cls: string }[] = [];
  const add = (s: EventSpans["source"], cls: string) => {
    if (!s) return;
    const start = s.start - base;
    const end = s.end - base;
    if (start >= 0 && end <= sentence.length && start < end && parts.every((p) => end <= p.start || start >= p.end)) {
      parts.push({ start, end, cls });
    }
  };
  add(event.trigger, "ev-trigger");
  add(event.source, "ev-source");
  add(event.target, "ev-target");
  parts.sort((a, b) => a.start - b.start);
  const out: unknown[] = [];
  let at = 0;
  for (const p of parts) {
    out.push(sentence.slice(at, p.start));
    out.push(
      p.cls === "ev-trigger"
        ? html`<mark>${sentence.slice(p.start, p.end)}</mark>`
        : html`<span class=${p.cls} title=${p.cls === "ev-source" ? "source" : "target"}>${sentence.slice(p.start, p.end)}</span>`,
    );
    at = p.end;
  }
  out.push(sentence.slice(at));
  return html`<span class="evidence">${out}</span>`;
}

/** A quote's content for display: direct and mixed quotes in curly quotes (their own quote marks trimmed). */
export function quoteText(q: { type: string; content: { text: string }[] }, max = Number.POSITIVE_INFINITY): string {
  let text = q.content.map((c) => c.text.trim().replace(/^["“”„«»]+|["“”„«»]+$/g, "")).join(" … ");
  if (text.length > max) text = `${text.slice(0, max)}…`;
  return q.type === "indirect" ? text : `“${text}”`;
}
