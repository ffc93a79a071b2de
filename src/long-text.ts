/**
 * Very long articles are coded in pieces. The Document and the layers hold several values per token (a 4 MB text
 * has ~830k tokens and its layers keep ~150 MB alive, with transient garbage on top), so coding a 20 MB text in
 * one piece would need well over 1 GB. Cut at paragraph breaks into pieces of at most `LONG_TEXT_CHARS`, each
 * piece is coded on its own and the outputs are merged: spans shifted back into the whole text, ids renumbered,
 * and entities with the same kind, code and name (diacritics aside) made one. Memory is then bounded by one
 * piece plus the output, and cost is exactly linear. What is lost: a pronoun or nominal at the top of a piece
 * cannot reach an antecedent in the piece before, which only texts of a megabyte and more (concatenations, not
 * articles) can meet.
 */

import type { ActorRef, CodedArticle, Entity, EntityRef, Mention, Span } from "./contract.js";
import type { Article } from "./ingest/types.js";

/** Longest text coded in one piece (UTF-16 units; about 1 MB of English). */
export const LONG_TEXT_CHARS = 1_000_000;

/**
 * `[start, end)` pieces that cover `text`, each at most `max` long, cut after a blank line when one lies in the
 * second half of the window, else after a line break, a sentence end, a space, or (never in practice) anywhere
 * that does not split a surrogate pair.
 */
export function pieceBounds(text: string, max = LONG_TEXT_CHARS): [number, number][] {
  const bounds: [number, number][] = [];
  let start = 0;
  while (text.length - start > max) {
    const end = cutPoint(text, start, start + max);
    bounds.push([start, end]);
    start = end;
  }
  bounds.push([start, text.length]);
  return bounds;
}

function cutPoint(text: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) / 2);
  for (const sep of ["\n\n", "\n", ". ", " "]) {
    const at = text.lastIndexOf(sep, limit - sep.length);
    if (at >= floor) return at + sep.length;
  }
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** One piece's output and where the piece starts in the whole text. */
export interface CodedPiece {
  offset: number;
  coded: CodedArticle;
}

const shift = <T extends Span>(span: T, by: number): T => ({ ...span, start: span.start + by, end: span.end + by });

/** The key under which entities of different pieces are one: kind, actor code and name without diacritics. */
function entityKey(e: Entity): string | null {
  if (e.members) return null;
  const name = e.name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return `${e.kind}|${e.actor ?? ""}|${name}`;
}

function refOf<T extends EntityRef | ActorRef>(ref: T | null, by: number, ids: Map<string, string>): T | null {
  if (!ref) return null;
  const moved = shift(ref, by);
  return { ...moved, entity: ref.entity === null ? null : (ids.get(ref.entity) ?? ref.entity) };
}

/**
 * Joins the outputs of the pieces of one article, one piece at a time, so that a piece's own output can be
 * dropped as soon as it is merged (peak memory: the merged output plus one piece).
 */
export class PieceMerger {
  private readonly out: CodedArticle;
  private readonly byKey = new Map<string, Entity>();
  private readonly byId = new Map<string, Entity>();

  constructor(article: CodedArticle["article"], text: string) {
    this.out = { article, text, sentences: [], entities: [], quotes: [], attributions: [], events: [] };
  }

  add({ offset, coded }: CodedPiece): void {
    if (coded.versions && !this.out.versions) this.out.versions = coded.versions;
    const ids = this.addEntities(coded.entities, offset);
    const sentenceBase = this.out.sentences.length;
    for (const s of coded.sentences) this.out.sentences.push({ start: s.start + offset, end: s.end + offset });
    const content = (spans: Span[]) => spans.map((c) => shift(c, offset));
    const { quotes, attributions, events } = this.out;
    for (const q of coded.quotes) {
      quotes.push({
        ...q,
        id: `q${quotes.length + 1}`,
        speaker: refOf(q.speaker, offset, ids),
        cue: q.cue ? shift(q.cue, offset) : null,
        ...(q.cue_phrase === undefined ? {} : { cue_phrase: q.cue_phrase ? shift(q.cue_phrase, offset) : null }),
        content: content(q.content),
      });
    }
    for (const a of coded.attributions) {
      attributions.push({
        ...a,
        id: `a${attributions.length + 1}`,
        source: refOf(a.source, offset, ids),
        cue: shift(a.cue, offset),
        ...(a.cue_phrase ? { cue_phrase: shift(a.cue_phrase, offset) } : {}),
        content: content(a.content),
      });
    }
    for (const e of coded.events) {
      events.push({
        ...e,
        id: `ev${events.length + 1}`,
        source: refOf(e.source, offset, ids),
        target: refOf(e.target, offset, ids),
        trigger: shift(e.trigger, offset),
        sentence: e.sentence + sentenceBase,
        asserted_by: e.asserted_by.map((id) => ids.get(id) ?? id),
      });
    }
  }

  /** The merged output (call once, after the last piece). */
  result(): CodedArticle {
    return this.out;
  }

  /** Adds a piece's entities, merging same-key ones into earlier pieces'; returns its ids → merged ids. */
  private addEntities(pieceEntities: readonly Entity[], offset: number): Map<string, string> {
    const ids = new Map<string, string>();
    const entities = this.out.entities;
    for (const e of pieceEntities) {
      const key = entityKey(e);
      const mentions: Mention[] = e.mentions.map((m) => shift(m, offset));
      const same = key === null ? undefined : this.byKey.get(key);
      if (same) {
        // A loop, not push(...mentions): a name can have more mentions than a call may take arguments.
        for (const m of mentions) same.mentions.push(m);
        ids.set(e.id, same.id);
        continue;
      }
      const merged: Entity = { ...e, id: `e${entities.length + 1}`, mentions };
      entities.push(merged);
      this.byId.set(merged.id, merged);
      if (key !== null) this.byKey.set(key, merged);
      ids.set(e.id, merged.id);
    }
    for (const e of pieceEntities) {
      if (!e.members) continue;
      const merged = this.byId.get(ids.get(e.id) as string) as Entity;
      merged.members = e.members.map((id) => ids.get(id) ?? id);
    }
    return ids;
  }
}

/** Codes `article` in pieces of at most `max` characters with `codePiece` and merges the outputs. */
export function codeInPieces(
  article: Article,
  codePiece: (piece: Article) => CodedArticle,
  max = LONG_TEXT_CHARS,
): CodedArticle {
  const { id, title, date, source, url } = article;
  const merger = new PieceMerger({ id, title, date, source, url }, article.text);
  for (const [start, end] of pieceBounds(article.text, max)) {
    merger.add({ offset: start, coded: codePiece({ ...article, text: article.text.slice(start, end) }) });
  }
  return merger.result();
}
