/** Hand-built coded articles with valid spans, independent of the pipeline's current abilities. */
import type { CodedArticle, CodedEvent, Entity } from "../../src/contract.js";

export interface EventSpec {
  src: string;
  srcActor: string | null;
  verb: string;
  tgt: string;
  tgtActor: string | null;
  code: string;
  quad?: 1 | 2 | 3 | 4;
  goldstein?: number;
  certainty?: CodedEvent["certainty"];
  date?: string | null;
  rest?: string;
}

/** Builds an article whose sentences are "<src> <verb> <tgt> <rest>." with one event each. */
export function makeArticle(
  id: string,
  specs: EventSpec[],
  meta: { date?: string | null; source?: string | null; title?: string; extra?: string } = {},
): CodedArticle {
  let text = "";
  const sentences: { start: number; end: number }[] = [];
  const entities = new Map<string, Entity>();
  const events: CodedEvent[] = [];
  const entityFor = (name: string, actor: string | null, start: number) => {
    let e = entities.get(name);
    if (!e) {
      e = {
        id: `e${entities.size + 1}`,
        name,
        kind: "country",
        actor,
        country: actor ? actor.slice(0, 3) : null,
        role: actor && actor.length > 3 ? actor.slice(3, 6) : null,
        mentions: [],
      };
      entities.set(name, e);
    }
    e.mentions.push({ start, end: start + name.length, text: name, form: "name" });
    return e;
  };
  specs.forEach((s, i) => {
    if (text) text += " ";
    const start = text.length;
    const srcStart = text.length;
    text += s.src;
    const srcEnt = entityFor(s.src, s.srcActor, srcStart);
    text += " ";
    const trigStart = text.length;
    text += s.verb;
    text += " ";
    const tgtStart = text.length;
    text += s.tgt;
    const tgtEnt = entityFor(s.tgt, s.tgtActor, tgtStart);
    text += ` ${s.rest ?? "on the border issue"}.`;
    sentences.push({ start, end: text.length });
    events.push({
      id: `ev${i + 1}`,
      code: s.code,
      name: `event ${s.code}`,
      plover: "CONSULT",
      goldstein: s.goldstein ?? 1,
      quad: s.quad ?? 1,
      source: { start: srcStart, end: srcStart + s.src.length, text: s.src, entity: srcEnt.id, actor: s.srcActor },
      target: { start: tgtStart, end: tgtStart + s.tgt.length, text: s.tgt, entity: tgtEnt.id, actor: s.tgtActor },
      trigger: { start: trigStart, end: trigStart + s.verb.length, text: s.verb },
      sentence: i,
      date: s.date === undefined ? (meta.date ?? null) : s.date,
      asserted_by: [],
      certainty: s.certainty ?? "asserted",
      negated: false,
      rule: "test",
    });
  });
  if (meta.extra) text += ` ${meta.extra}`;
  const first = [...entities.values()][0];
  const quoteText = "We will talk";
  text += ` "${quoteText}," said ${first?.name ?? "Someone"}.`;
  const qStart = text.indexOf(quoteText);
  const spStart = text.lastIndexOf(first?.name ?? "Someone");
  const cueStart = text.lastIndexOf("said");
  if (first) first.mentions.push({ start: spStart, end: spStart + first.name.length, text: first.name, form: "name" });
  return {
    article: {
      id,
      title: meta.title ?? `Title ${id}`,
      date: meta.date ?? null,
      source: meta.source ?? "Test Wire",
      url: `https://example.org/${id}`,
    },
    text,
    sentences,
    entities: [...entities.values()],
    quotes: [
      {
        id: "q1",
        type: "direct",
        speaker: first
          ? { start: spStart, end: spStart + first.name.length, text: first.name, entity: first.id }
          : null,
        cue: { start: cueStart, end: cueStart + 4, text: "said" },
        content: [{ start: qStart, end: qStart + quoteText.length, text: quoteText }],
        certainty: "asserted",
        negated: false,
      },
    ],
    attributions: [
      {
        id: "a1",
        source: first ? { start: spStart, end: spStart + first.name.length, text: first.name, entity: first.id } : null,
        cue: { start: cueStart, end: cueStart + 4, text: "said" },
        content: [{ start: qStart, end: qStart + quoteText.length, text: quoteText }],
        certainty: "reported",
        negated: false,
      },
    ],
    events,
    versions: { dyad: "test" },
  };
}
