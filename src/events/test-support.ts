/**
 * Hand-built layers for events tests: a Document from text plus a fake ActorLayer whose mentions are the given
 * names (every occurrence, longest first) and an AttributionLayer with given frames. Keeps the events tests
 * independent of the actors and attribution stages.
 */
import type { ActorLayer, ActorMention } from "../actors/types.js";
import type { AssertionFrame, AttributionLayer } from "../attribution/types.js";
import type { Certainty, Entity, MentionForm } from "../contract.js";
import { buildDocument, type Document } from "../nlp/document.js";
import { createEventStage } from "./index.js";

export interface FakeActor {
  name: string;
  actor: string;
  form?: MentionForm;
  /** Entity key; mentions with the same key share an entity (default: the actor code). */
  entity?: string;
  /** Entity kind (default "country"). */
  kind?: Entity["kind"];
}

export interface FakeFrame {
  /** Substring of the text that is the frame content (first occurrence). */
  content: string;
  by: string[];
  certainty?: Certainty;
  negated?: boolean;
}

export function fakeLayers(text: string, actorsIn: FakeActor[], framesIn: FakeFrame[] = []) {
  const doc: Document = buildDocument(text, { id: "t", title: null, date: null, source: null, url: null });
  const entities: Entity[] = [];
  const entityIndex = new Map<string, number>();
  const spans: { start: number; end: number; a: FakeActor }[] = [];
  const sorted = [...actorsIn].sort((x, y) => y.name.length - x.name.length);
  for (const a of sorted) {
    const re = new RegExp(`\\b${a.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "g");
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + a.name.length;
      if (spans.some((s) => s.start < end && start < s.end)) continue;
      spans.push({ start, end, a });
    }
  }
  spans.sort((x, y) => x.start - y.start);
  const mentions: ActorMention[] = [];
  const mentionOfToken = new Int32Array(doc.tokens.count).fill(-1);
  for (const s of spans) {
    const key = s.a.entity ?? s.a.actor;
    let e = entityIndex.get(key);
    if (e === undefined) {
      e = entities.length;
      entityIndex.set(key, e);
      entities.push({
        id: `e${e + 1}`,
        name: s.a.name,
        kind: s.a.kind ?? "country",
        actor: s.a.actor,
        country: s.a.actor.slice(0, 3),
        role: s.a.actor.slice(3, 6) || null,
        mentions: [],
      });
    }
    let ts = -1;
    let te = -1;
    for (let t = 0; t < doc.tokens.count; t++) {
      if ((doc.tokens.start[t] as number) >= s.start && (doc.tokens.end[t] as number) <= s.end) {
        if (ts < 0) ts = t;
        te = t + 1;
      }
    }
    if (ts < 0) continue;
    const idx = mentions.length;
    for (let t = ts; t < te; t++) mentionOfToken[t] = idx;
    const form = s.a.form ?? "name";
    entities[e]?.mentions.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), form });
    mentions.push({
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      form,
      tokenStart: ts,
      tokenEnd: te,
      entity: e,
      actor: s.a.actor,
    });
  }
  const actors: ActorLayer = { entities, mentions, mentionOfToken };
  const frames: AssertionFrame[] = framesIn.map((f, k) => {
    const start = text.indexOf(f.content);
    if (start < 0) throw new Error(`frame content not in text: ${f.content}`);
    return {
      start,
      end: start + f.content.length,
      assertedBy: f.by,
      certainty: f.certainty ?? "reported",
      negated: f.negated ?? false,
      origin: `a${k + 1}`,
    };
  });
  const attribution: AttributionLayer = { quotes: [], attributions: [], frames };
  return { doc, actors, attribution };
}

/**
 * A coder for the invented-sentence tests: codes `text` against `actorsIn` with the dyad gate off (one-sided
 * events included; the gate has its own tests) and writes each event as "SRC>TGT:CODE", "!" when negated.
 */
export function eventCoder(actorsIn: FakeActor[]): (text: string, frames?: FakeFrame[]) => string[] {
  const stage = createEventStage({ requireDyad: false });
  return (text, frames = []) => {
    const { doc, actors, attribution } = fakeLayers(text, actorsIn, frames);
    const events = stage.run(doc, actors, attribution, { date: "2024-03-01" }).events;
    return events.map((e) => `${e.source?.actor ?? "?"}>${e.target?.actor ?? "-"}:${e.code}${e.negated ? "!" : ""}`);
  };
}
