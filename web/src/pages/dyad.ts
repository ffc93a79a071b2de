/** Dyad page: events per period and quad class between two actors, mean Goldstein, drill-down to evidence. */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { SeriesRow, StoredEvent } from "../../../src/store/types.js";
import {
  api,
  ErrorBox,
  fmtGoldstein,
  html,
  Loading,
  navigate,
  periodEnd,
  periodLabel,
  QUADS,
  qs,
  type Route,
  useApi,
} from "../lib.js";
import { EvidenceList } from "./evidence.js";

interface Pivot {
  periods: string[];
  counts: Record<1 | 2 | 3 | 4, number[]>;
  total: number[];
  mean: (number | null)[];
}

function pivot(rows: SeriesRow[]): Pivot {
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const index = new Map(periods.map((p, i) => [p, i]));
  const zero = () => periods.map(() => 0);
  const counts = { 1: zero(), 2: zero(), 3: zero(), 4: zero() };
  const sum = zero();
  for (const r of rows) {
    const i = index.get(r.period) as number;
    counts[r.quad][i] = (counts[r.quad][i] ?? 0) + r.events;
    sum[i] = (sum[i] ?? 0) + r.goldstein_sum;
  }
  const total = periods.map((_, i) => counts[1][i]! + counts[2][i]! + counts[3][i]! + counts[4][i]!);
  const mean = total.map((t, i) => (t > 0 ? (sum[i] as number) / t : null));
  return { periods, counts, total, mean };
}

const DAY = 86400;

function Chart({ data, by, onPick }: { data: Pivot; by: string; onPick: (period: string) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || data.periods.length === 0) return;
    const xs = data.periods.map((p) => Date.parse(`${p}T00:00:00Z`) / 1000);
    // Stacked bars: draw cumulative totals, largest first, so each quad's band shows on top of the previous.
    const c = data.counts;
    const cum4 = xs.map((_, i) => c[1][i]! + c[2][i]! + c[3][i]! + c[4][i]!);
    const cum3 = xs.map((_, i) => c[1][i]! + c[2][i]! + c[3][i]!);
    const cum2 = xs.map((_, i) => c[1][i]! + c[2][i]!);
    const cum1 = xs.map((_, i) => c[1][i]!);
    const step = by === "month" ? 30 * DAY : by === "week" ? 7 * DAY : DAY;
    const bars = uPlot.paths.bars ? uPlot.paths.bars({ size: [0.7, 48] }) : undefined;
    const raw = (q: 1 | 2 | 3 | 4) => (_u: uPlot, _v: number | null, _s: number, i: number | null) =>
      i === null ? "–" : String(c[q][i] ?? 0);
    const barSeries = ([4, 3, 2, 1] as const).map(
      (q): uPlot.Series => ({
        label: QUADS[q].name,
        stroke: QUADS[q].color,
        fill: QUADS[q].color,
        width: 0,
        ...(bars ? { paths: bars } : {}),
        points: { show: false },
        value: raw(q),
        scale: "n",
      }),
    );
    const opts: uPlot.Options = {
      width: el.clientWidth || 800,
      height: 320,
      scales: {
        x: { time: true, range: (_u, min, max) => [min - step * 0.75, max + step * 0.75] },
        n: { range: (_u, _min, max) => [0, Math.max(1, Math.ceil(max * 1.15))] },
        g: { range: [-10, 10] },
      },
      axes: [
        {
          stroke: "#555",
          grid: { stroke: "#eee" },
          // One tick per period when they fit; uPlot's own time ticks otherwise.
          ...(xs.length <= 24
            ? {
                splits: () => xs,
                values: (_u: uPlot, splits: number[]) =>
                  splits.map((v) => periodLabel(new Date(v * 1000).toISOString().slice(0, 10), by)),
              }
            : {}),
        },
        {
          scale: "n",
          label: "Events",
          stroke: "#555",
          grid: { stroke: "#eee" },
          incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 100000],
        },
        { scale: "g", side: 1, label: "Mean Goldstein", stroke: "#555", grid: { show: false } },
      ],
      series: [
        {
          label: "Period",
          value: (_u, v) => (v === null ? "–" : periodLabel(new Date(v * 1000).toISOString().slice(0, 10), by)),
        },
        ...barSeries,
        {
          label: "Mean Goldstein",
          scale: "g",
          stroke: "#2f3b4c",
          width: 2,
          dash: [6, 4],
          points: { show: true, size: 7, fill: "#2f3b4c" },
          value: (_u, v) => fmtGoldstein(v),
        },
      ],
      legend: { live: true },
      cursor: { drag: { x: false, y: false } },
    };
    const u = new uPlot(opts, [xs, cum4, cum3, cum2, cum1, data.mean] as uPlot.AlignedData, el);
    // uPlot collapses a single-period x range; pad it explicitly so the bar sits in the middle.
    u.setScale("x", { min: (xs[0] as number) - step * 0.75, max: (xs[xs.length - 1] as number) + step * 0.75 });
    const click = () => {
      const i = u.cursor.idx;
      if (i !== null && i !== undefined && data.periods[i]) onPick(data.periods[i] as string);
    };
    u.over.addEventListener("click", click);
    const ro = new ResizeObserver(() => u.setSize({ width: el.clientWidth || 800, height: 320 }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
    };
  }, [data, by]);
  return html`<div class="chart" ref=${ref} data-testid="dyad-chart"></div>`;
}

/** Events of one period between the two actors (both directions unless `directed`), for the drill-down. */
function usePeriodEvidence(a: string, b: string, by: string, picked: string | null, directed: string) {
  const [evidence, setEvidence] = useState<{ period: string; events: StoredEvent[] } | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    if (!picked) {
      setEvidence(null);
      return;
    }
    let live = true;
    const range = { from: picked, to: periodEnd(picked, by), limit: 200 };
    Promise.all([
      api<{ events: StoredEvent[] }>(`/api/events${qs({ source: a, target: b, ...range })}`),
      directed
        ? Promise.resolve({ events: [] as StoredEvent[] })
        : api<{ events: StoredEvent[] }>(`/api/events${qs({ source: b, target: a, ...range })}`),
    ]).then(
      ([x, y]) => {
        if (!live) return;
        setEvidence({ period: picked, events: mergeEvents(x.events, y.events) });
        setError(null);
      },
      (err: Error) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [a, b, by, picked, directed]);
  return { evidence, error };
}

/** Both directions' events, each once, by date then quad class. */
function mergeEvents(x: StoredEvent[], y: StoredEvent[]): StoredEvent[] {
  const seen = new Set<string>();
  return [...x, ...y]
    .filter((e) => {
      const k = `${e.article_id}/${e.id}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((p, r) => (p.date ?? "").localeCompare(r.date ?? "") || p.quad - r.quad);
}

interface DyadForm {
  a: string;
  b: string;
  by: string;
  from: string;
  to: string;
  directed: string;
}

function DyadFilters({ initial }: { initial: DyadForm }) {
  const [form, setForm] = useState(initial);
  useEffect(() => setForm(initial), [initial.a, initial.b, initial.by, initial.from, initial.to, initial.directed]);
  const field = (k: keyof DyadForm) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });
  return html`<form class="filters" onSubmit=${(e: Event) => {
    e.preventDefault();
    navigate(["dyad"], { ...form, a: form.a.toUpperCase(), b: form.b.toUpperCase() });
  }}>
      <label>Actor A <input name="a" value=${form.a} size="8" onInput=${field("a")} /></label>
      <label>Actor B <input name="b" value=${form.b} size="8" onInput=${field("b")} /></label>
      <label>Per <select name="by" value=${form.by} onChange=${field("by")}>
        <option value="day">day</option><option value="week">week</option><option value="month">month</option>
      </select></label>
      <label>From <input type="date" name="from" value=${form.from} onInput=${field("from")} /></label>
      <label>To <input type="date" name="to" value=${form.to} onInput=${field("to")} /></label>
      <label class="check"><span>Only ${form.a || "A"} → ${form.b || "B"}</span>
        <input type="checkbox" name="directed" checked=${form.directed === "true"}
          onChange=${(e: Event) => setForm({ ...form, directed: (e.target as HTMLInputElement).checked ? "true" : "" })} /></label>
      <button type="submit">Show</button>
    </form>`;
}

function SeriesTable({
  data,
  by,
  picked,
  onPick,
}: {
  data: Pivot;
  by: string;
  picked: string | null;
  onPick: (period: string) => void;
}) {
  return html`<table class="table series" data-testid="dyad-table">
    <thead><tr><th>Period</th>${([1, 2, 3, 4] as const).map(
      (k) =>
        html`<th class="num"><span class="dot" style=${{ background: QUADS[k].color }}></span>${QUADS[k].short}</th>`,
    )}<th class="num">Total</th><th class="num">Mean Goldstein</th><th></th></tr></thead>
    <tbody>
      ${data.periods.map(
        (p, i) => html`<tr class=${`clickable${picked === p ? " active" : ""}`} onClick=${() => onPick(p)}>
          <td class="nowrap">${periodLabel(p, by)}</td>
          ${([1, 2, 3, 4] as const).map((k) => html`<td class="num">${data.counts[k][i] || ""}</td>`)}
          <td class="num"><strong>${data.total[i]}</strong></td>
          <td class="num">${fmtGoldstein(data.mean[i])}</td>
          <td><a href="#" onClick=${(e: Event) => {
            e.preventDefault();
            e.stopPropagation();
            onPick(p);
          }}>evidence →</a></td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

export function DyadPage({ route }: { route: Route }) {
  const q = route.query;
  const a = (q.get("a") ?? "CHN").toUpperCase();
  const b = (q.get("b") ?? "RUS").toUpperCase();
  const by = q.get("by") ?? "month";
  const from = q.get("from") ?? "";
  const to = q.get("to") ?? "";
  const directed = q.get("directed") === "true" ? "true" : "";
  const picked = q.get("period");
  const series = useApi<{ series: SeriesRow[] }>(`/api/dyad${qs({ a, b, by, from, to, directed })}`);
  const data = useMemo(() => (series.data ? pivot(series.data.series) : null), [series.data]);
  const go = (period: string) => navigate(["dyad"], { a, b, by, from, to, directed, period });
  const { evidence, error: evError } = usePeriodEvidence(a, b, by, picked, directed);

  return html`<section class="page">
    <header class="page-head">
      <h1>Dyad <span class="pair">${a} ${directed ? "→" : "↔"} ${b}</span></h1>
      <p class="muted">Events between the two actors (${directed ? `${a} as source only` : "both directions"}) per ${by}, by quad class, with the mean Goldstein score. Click a bar or a row for the evidence.</p>
    </header>
    <${DyadFilters} initial=${{ a, b, by, from, to, directed }} />
    ${series.error ? html`<${ErrorBox} error=${series.error} />` : ""}
    ${series.loading && !data ? html`<${Loading} />` : ""}
    ${
      data && data.periods.length === 0
        ? html`<p class="empty">No events between ${a} and ${b}${from || to ? " in this period" : ""}.</p>`
        : ""
    }
    ${
      data && data.periods.length > 0
        ? html`<${Chart} data=${data} by=${by} onPick=${go} />
          <${SeriesTable} data=${data} by=${by} picked=${picked} onPick=${go} />`
        : ""
    }
    ${evError ? html`<${ErrorBox} error=${evError} />` : ""}
    ${
      evidence
        ? html`<section class="drill">
            <h2>Evidence · ${periodLabel(evidence.period, by)} <span class="count">${evidence.events.length}</span></h2>
            <${EvidenceList} events=${evidence.events} />
          </section>`
        : ""
    }
  </section>`;
}
