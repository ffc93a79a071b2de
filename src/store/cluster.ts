/**
 * Cross-article event clustering (GDELT's NumArticles/NumSources/NumMentions analogue). Pure code shared by both
 * backends: the store feeds it compact event records and writes back the assignment. Recomputable from scratch at
 * any time; CLUSTER_VERSION names the rule set so stored clusters say which rules made them.
 *
 * An event joins a cluster when it has the same source actor, target actor and CAMEO root code, its date is at most
 * WINDOW_DAYS from the cluster's first (anchor) date, and its evidence overlaps one member's: the same trigger
 * lemma plus at least two shared content words, or at least MIN_SHARED content words (the participants' own words
 * excluded). Anchoring bounds a cluster to 2×WINDOW_DAYS+1 days, so frequent routine events ("X said") on
 * consecutive days do not chain into one. Events with neither actor coded stay alone: nothing identifies them.
 */
import { createHash } from "node:crypto";

export const WINDOW_DAYS = 1;
export const MIN_SHARED = 3;
export const CLUSTER_VERSION = `cluster-2(anchor±${WINDOW_DAYS}d;trigger-lemma+2|${MIN_SHARED}+content-words)`;

export interface ClusterInput {
  seq: number;
  article_id: string;
  event_id: string;
  article_source: string | null;
  date: string | null;
  code: string;
  root: string;
  source_actor: string | null;
  target_actor: string | null;
  trigger_text: string;
  sentence_text: string;
  /** Participant mention texts: their words are excluded from the overlap (they match by construction). */
  source_text: string | null;
  target_text: string | null;
}

export interface ClusterRow {
  id: string;
  source_actor: string | null;
  target_actor: string | null;
  root: string;
  code: string;
  date: string | null;
  articles: number;
  sources: number;
  mentions: number;
  example_seq: number;
}

export interface Clustering {
  clusters: ClusterRow[];
  /** [event seq, cluster id] for every input event. */
  assignments: [number, string][];
}

const STOP = new Set(
  "the a an and or but of to in on at by for with from into over after before about than that this these those it its is are was were be been being has have had will would could should may might can said says say told also not no as he she they them their his her we our you your who which what when where while there here more most other some such only very just then than out up down off new one two three four five six seven eight nine ten year years week month today yesterday monday tuesday wednesday thursday friday saturday sunday".split(
    " ",
  ),
);

/** A crude lemma: lower case minus common inflections; enough to match "attacked"/"attacks"/"attacking". */
export function lemma(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ied")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith("es")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

export function contentWords(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(/\p{L}[\p{L}'-]*/gu)) {
    const w = m[0].toLowerCase();
    if (w.length < 4 || STOP.has(w)) continue;
    out.add(lemma(w));
  }
  return out;
}

function triggerLemma(trigger: string): string {
  // Multi-word triggers ("pledged support to") are matched on their first word, the verb.
  const first = trigger.trim().split(/\s+/)[0] ?? "";
  return lemma(first);
}

function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}

/** Groups are processed one at a time by the caller-independent core; this accumulates across groups. */
export class Clusterer {
  readonly clusters: ClusterRow[] = [];
  readonly assignments: [number, string][] = [];
  private groupKey: string | null = null;
  private group: ClusterInput[] = [];

  /** Events must arrive grouped (ordered) by (source_actor, target_actor, root); order inside a group is free. */
  add(ev: ClusterInput): void {
    const key = `${ev.source_actor ?? ""}\u0000${ev.target_actor ?? ""}\u0000${ev.root}`;
    if (key !== this.groupKey) {
      this.flush();
      this.groupKey = key;
    }
    this.group.push(ev);
  }

  finish(): Clustering {
    this.flush();
    return { clusters: this.clusters, assignments: this.assignments };
  }

  private flush(): void {
    const group = this.group;
    this.group = [];
    if (group.length === 0) return;
    const days = group.map((e) => dayNumber(e.date));
    const order = group.map((_, i) => i).sort((x, y) => (days[x] ?? Infinity) - (days[y] ?? Infinity));
    const triggers = group.map((e) => triggerLemma(e.trigger_text));
    const words = group.map((e) => {
      const set = contentWords(e.sentence_text);
      for (const w of contentWords(`${e.source_text ?? ""} ${e.target_text ?? ""} ${e.trigger_text}`)) set.delete(w);
      return set;
    });
    const noActors = group[0]?.source_actor == null && group[0]?.target_actor == null;
    const clusters: { anchor: number | null; members: number[] }[] = [];
    // Events arrive in date order, so clusters are created in anchor order: those anchored before the window are
    // closed for good and skipped by advancing `open`.
    let open = 0;
    for (const i of order) {
      const di = days[i] ?? null;
      let home: { anchor: number | null; members: number[] } | undefined;
      // Undated events cannot be placed in time, and events without actors have no identity: they stay alone.
      if (di !== null && !noActors) {
        while (open < clusters.length && (clusters[open]?.anchor ?? di) < di - WINDOW_DAYS) open++;
        for (let k = open; k < clusters.length && !home; k++) {
          const c = clusters[k] as { anchor: number | null; members: number[] };
          if (c.anchor === null) continue;
          if (c.members.some((j) => linked(triggers[i] as string, triggers[j] as string, words[i], words[j]))) home = c;
        }
      }
      if (home) home.members.push(i);
      else clusters.push({ anchor: di, members: [i] });
    }
    const members = new Map<number, number[]>(clusters.map((c, k) => [k, c.members]));
    for (const list of members.values()) {
      const evs = list.map((i) => group[i] as ClusterInput);
      evs.sort((x, y) => (x.date ?? "\uffff").localeCompare(y.date ?? "\uffff") || x.seq - y.seq);
      const first = evs[0] as ClusterInput;
      const keys = evs.map((e) => `${e.article_id}\u0000${e.event_id}`).sort();
      const id = `c${createHash("sha1")
        .update(`${CLUSTER_VERSION}\u0000${this.groupKey}\u0000${keys[0]}`)
        .digest("hex")
        .slice(0, 16)}`;
      const codes = new Map<string, number>();
      for (const e of evs) codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
      const code = [...codes.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? first.code;
      this.clusters.push({
        id,
        source_actor: first.source_actor,
        target_actor: first.target_actor,
        root: first.root,
        code,
        date: first.date,
        articles: new Set(evs.map((e) => e.article_id)).size,
        sources: new Set(evs.map((e) => e.article_source ?? "(unknown)")).size,
        mentions: evs.length,
        example_seq: first.seq,
      });
      for (const e of evs) this.assignments.push([e.seq, id]);
    }
  }
}

function linked(ti: string, tj: string, wi: Set<string> | undefined, wj: Set<string> | undefined): boolean {
  if (!wi || !wj) return false;
  return (ti === tj && sharedAtLeast(wi, wj, 2)) || sharedAtLeast(wi, wj, MIN_SHARED);
}

function sharedAtLeast(a: Set<string>, b: Set<string>, n: number): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const w of small) {
    if (large.has(w) && ++count >= n) return true;
  }
  return false;
}
