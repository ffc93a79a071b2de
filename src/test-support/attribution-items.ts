/**
 * The quotes and attributions the default actor and attribution stages find in one made-up text, reduced to the
 * fields the attribution pass tests compare (speaker, cue, content), so that every pass test reads the same way.
 */
import { type ActorStage, createActorStage } from "../actors/index.js";
import { type AttributionStage, createAttributionStage } from "../attribution/index.js";
import { buildDocument } from "../nlp/document.js";

let stages: { actors: ActorStage; attribution: AttributionStage } | undefined;

export interface AttributionItem {
  who: string | null;
  /** The cue phrase ("has also said") with `cuePhrase`, else the head word ("said"). */
  cue: string | null;
  content: string[];
  /** Quote type (direct, indirect, mixed); null for attributions. Only with `type`. */
  type?: string | null;
}

export function attributionItems(
  text: string,
  options: { cuePhrase?: boolean; type?: boolean } = { cuePhrase: true },
): AttributionItem[] {
  stages ??= { actors: createActorStage(), attribution: createAttributionStage() };
  const doc = buildDocument(text, { id: "t", title: null, date: null, source: null, url: null });
  const out = stages.attribution.run(doc, stages.actors.run(doc, { date: null }));
  const cue = (id: string, head: { text: string } | null) =>
    (options.cuePhrase ? out.cuePhrases?.[id]?.text : undefined) ?? head?.text ?? null;
  const item = (who: { text: string } | null, id: string, head: { text: string } | null, content: { text: string }[]) =>
    ({ who: who?.text ?? null, cue: cue(id, head), content: content.map((c) => c.text) }) as AttributionItem;
  return [
    ...out.quotes.map((q) => {
      const x = item(q.speaker, q.id, q.cue, q.content);
      return options.type ? { who: x.who, cue: x.cue, type: q.type, content: x.content } : x;
    }),
    ...out.attributions.map((a) => {
      const x = item(a.source, a.id, a.cue, a.content);
      return options.type ? { who: x.who, cue: x.cue, type: null, content: x.content } : x;
    }),
  ];
}
