/** Actor network: d3-force layout rendered as SVG; edge colour = mean Goldstein, width = event count. */
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { Network, StoredEvent } from "../../../src/store/types.js";
import { api, ErrorBox, fmtGoldstein, html, Loading, navigate, QUADS, qs, type Route, useApi } from "../lib.js";
import { EvidenceList } from "./evidence.js";

interface Node extends SimulationNodeDatum {
  id: string;
  events: number;
  r: number;
}
interface Link extends SimulationLinkDatum<Node> {
  source: Node | string;
  target: Node | string;
  events: number;
  goldstein_mean: number;
}

const W = 900;
const H = 560;

/** Diverging colour for a Goldstein score in [-10, 10]: red ← grey → green. */
export function goldsteinColor(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [150, 156, 164];
  const end = t < 0 ? [200, 66, 59] : [31, 125, 80];
  const k = Math.abs(t) ** 0.7;
  const c = grey.map((v, i) => Math.round(v + ((end[i] as number) - v) * k));
  return `rgb(${c.join(",")})`;
}

function layout(net: Network): { nodes: Node[]; links: (Link & { source: Node; target: Node })[] } {
  const nodes: Node[] = net.nodes.map((n) => ({ ...n, r: 10 + 4 * Math.sqrt(n.events) }));
  const links: Link[] = net.edges.map((e) => ({ ...e }));
  const sim = forceSimulation(nodes)
    .force(
      "link",
      forceLink<Node, Link>(links)
        .id((d) => d.id)
        .distance(150),
    )
    .force("charge", forceManyBody().strength(-600))
    .force("center", forceCenter(W / 2, H / 2))
    // Weak gravity keeps disconnected groups of actors near each other.
    .force("x", forceX<Node>(W / 2).strength(0.06))
    .force("y", forceY<Node>(H / 2).strength(0.06))
    .force(
      "collide",
      forceCollide<Node>().radius((d) => d.r + 18),
    )
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  // Fit into the view box.
  const pad = 60;
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const s = Math.min((W - 2 * pad) / Math.max(1, x1 - x0), (H - 2 * pad) / Math.max(1, y1 - y0), 2.5);
  for (const n of nodes) {
    n.x = W / 2 + ((n.x ?? 0) - (x0 + x1) / 2) * s;
    n.y = H / 2 + ((n.y ?? 0) - (y0 + y1) / 2) * s;
  }
  return { nodes, links: links as (Link & { source: Node; target: Node })[] };
}

function edgePath(a: Node, b: Node, bend: number): { d: string; arrow: string; mid: [number, number] } {
  const [ax, ay, bx, by] = [a.x ?? 0, a.y ?? 0, b.x ?? 0, b.y ?? 0];
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy) || 1;
  const [nx, ny] = [-dy / len, dx / len];
  const cx = (ax + bx) / 2 + nx * bend;
  const cy = (ay + by) / 2 + ny * bend;
  // End the curve at the target's rim, and put an arrowhead there.
  const tx = bx - cx;
  const ty = by - cy;
  const tl = Math.hypot(tx, ty) || 1;
  const ex = bx - (tx / tl) * (b.r + 2);
  const ey = by - (ty / tl) * (b.r + 2);
  const ux = tx / tl;
  const uy = ty / tl;
  const size = 9;
  const p1 = [ex - ux * size + uy * size * 0.5, ey - uy * size - ux * size * 0.5];
  const p2 = [ex - ux * size - uy * size * 0.5, ey - uy * size + ux * size * 0.5];
  return {
    d: `M${ax},${ay} Q${cx},${cy} ${ex},${ey}`,
    arrow: `${ex},${ey} ${p1.join(",")} ${p2.join(",")}`,
    mid: [(ax + 2 * cx + ex) / 4, (ay + 2 * cy + ey) / 4],
  };
}

type NetworkParams = {
  from: string;
  to: string;
  minEvents: string;
  level: string;
  quad: string;
};

type Pair = { source: string; target: string };

/** Events of the picked edge (of the picked quad class only, when one is set). */
function useEdgeEvents(picked: Pair | null, params: NetworkParams) {
  const [events, setEvents] = useState<StoredEvent[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    setEvents(null);
    if (!picked) return;
    let live = true;
    const url = `/api/events${qs({ source: picked.source, target: picked.target, from: params.from, to: params.to, limit: 200 })}`;
    api<{ events: StoredEvent[] }>(url).then(
      (r) => {
        if (!live) return;
        const quad = Number(params.quad);
        setEvents(quad ? r.events.filter((e) => e.quad === quad) : r.events);
      },
      (err: Error) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [picked, params.from, params.to, params.quad]);
  return { events, error };
}

function NetworkFilters({ params, onSubmit }: { params: NetworkParams; onSubmit: () => void }) {
  const [form, setForm] = useState(params);
  useEffect(() => setForm(params), [params.from, params.to, params.minEvents, params.level, params.quad]);
  const field = (k: keyof NetworkParams) => (e: Event) =>
    setForm({ ...form, [k]: (e.target as HTMLInputElement).value });
  return html`<form class="filters" onSubmit=${(e: Event) => {
    e.preventDefault();
    onSubmit();
    navigate(["network"], form);
  }}>
      <label>From <input type="date" name="from" value=${form.from} onInput=${field("from")} /></label>
      <label>To <input type="date" name="to" value=${form.to} onInput=${field("to")} /></label>
      <label>Min. events <input type="number" min="1" name="minEvents" value=${form.minEvents} size="4" onInput=${field("minEvents")} /></label>
      <label>Group by <select name="level" value=${form.level} onChange=${field("level")}>
        <option value="country">country</option><option value="actor">actor code</option>
      </select></label>
      <label>Quad class <select name="quad" value=${form.quad} onChange=${field("quad")}>
        <option value="">all</option>
        ${([1, 2, 3, 4] as const).map((k) => html`<option value=${String(k)}>${QUADS[k].name}</option>`)}
      </select></label>
      <button type="submit">Show</button>
    </form>`;
}

function NetworkGraph({
  graph,
  edges,
  picked,
  onPick,
  params,
}: {
  graph: ReturnType<typeof layout>;
  edges: Network["edges"];
  picked: Pair | null;
  onPick: (pair: Pair) => void;
  params: NetworkParams;
}) {
  const pairs = new Set(edges.map((e) => `${e.source}>${e.target}`));
  return html`<div class="network-wrap">
    <svg class="network" viewBox=${`0 0 ${W} ${H}`} role="img" aria-label="Actor network" data-testid="network">
      ${graph.links.map((l) => {
        const both = pairs.has(`${l.target.id}>${l.source.id}`);
        const { d, arrow, mid } = edgePath(l.source, l.target, both ? 28 : 0);
        const color = goldsteinColor(l.goldstein_mean);
        const active = picked?.source === l.source.id && picked?.target === l.target.id;
        const title = `${l.source.id} → ${l.target.id}: ${l.events} events, mean Goldstein ${fmtGoldstein(l.goldstein_mean)}`;
        return html`<g class=${`edge${active ? " active" : ""}`} onClick=${() => onPick({ source: l.source.id, target: l.target.id })}>
          <title>${title}</title>
          <path d=${d} stroke=${color} stroke-width=${1.5 + 2.5 * Math.log2(1 + l.events)} fill="none" />
          <path d=${d} stroke="transparent" stroke-width="14" fill="none" />
          <polygon points=${arrow} fill=${color} />
          <text x=${mid[0]} y=${mid[1] - 4} class="edge-label">${l.events}</text>
        </g>`;
      })}
      ${graph.nodes.map(
        (n) => html`<g class="node" transform=${`translate(${n.x},${n.y})`}
          onClick=${() => navigate(["events"], { source: n.id, from: params.from, to: params.to })}>
          <title>${n.id}: ${n.events} events (click for the events it initiated)</title>
          <circle r=${n.r} />
          <text y=${n.r + 15} class="node-label">${n.id}</text>
        </g>`,
      )}
    </svg>
    <div class="legend network-legend">
      <span>Mean Goldstein:</span>
      ${[-10, -5, 0, 5, 10].map(
        (g) =>
          html`<span><span class="dot" style=${{ background: goldsteinColor(g) }}></span>${fmtGoldstein(g)}</span>`,
      )}
      <span class="muted">· edge width grows with the number of events</span>
    </div>
  </div>`;
}

export function NetworkPage({ route }: { route: Route }) {
  const q = route.query;
  const params: NetworkParams = {
    from: q.get("from") ?? "",
    to: q.get("to") ?? "",
    minEvents: q.get("minEvents") ?? "1",
    level: q.get("level") ?? "country",
    quad: q.get("quad") ?? "",
  };
  const net = useApi<Network>(`/api/network${qs(params)}`);
  const graph = useMemo(() => (net.data ? layout(net.data) : null), [net.data]);
  const [picked, setPicked] = useState<Pair | null>(null);
  const { events, error: evError } = useEdgeEvents(picked, params);

  return html`<section class="page">
    <header class="page-head">
      <h1>Actor network</h1>
      <p class="muted">Actors as nodes (size: events), directed edges from source to target (width: events, colour: mean Goldstein). Click an edge for its events, a node for the events it initiated.</p>
    </header>
    <${NetworkFilters} params=${params} onSubmit=${() => setPicked(null)} />
    ${net.error ? html`<${ErrorBox} error=${net.error} />` : ""}
    ${net.loading && !graph ? html`<${Loading} />` : ""}
    ${graph && graph.nodes.length === 0 ? html`<p class="empty">No events match these filters.</p>` : ""}
    ${
      graph && graph.nodes.length > 0
        ? html`<${NetworkGraph} graph=${graph} edges=${net.data?.edges ?? []} picked=${picked} onPick=${setPicked} params=${params} />`
        : ""
    }
    ${evError ? html`<${ErrorBox} error=${evError} />` : ""}
    ${
      picked
        ? html`<section class="drill">
            <h2>${picked.source} → ${picked.target} ${events ? html`<span class="count">${events.length}</span>` : ""}</h2>
            ${events ? html`<${EvidenceList} events=${events} />` : html`<${Loading} />`}
          </section>`
        : ""
    }
  </section>`;
}
