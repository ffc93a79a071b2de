/**
 * The output contract: what `dyad code --format json` prints, what the HTTP API answers and what the web UI
 * reads. One file of types shared by every surface (see docs/output.md and schema/coded-article.schema.json).
 *
 * Every span is a `[start, end)` pair of UTF-16 offsets into `text`, and `text.slice(start, end) === span.text`.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface ArticleMeta {
  id: string;
  title: string | null;
  /** ISO date (YYYY-MM-DD) or null when unknown. */
  date: string | null;
  source: string | null;
  url: string | null;
}

export type EntityKind = "person" | "organization" | "country" | "place" | "group";
export type MentionForm = "name" | "nominal" | "pronoun" | "demonym";

export interface Mention extends Span {
  form: MentionForm;
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  /** Full CAMEO actor code for the article date, e.g. "CHNGOV", "IGOUNO", "MED"; null when none applies. */
  actor: string | null;
  /** CAMEO country code (ISO3 mostly) or null. */
  country: string | null;
  /** Primary CAMEO role (GOV, MIL, MED, ...) or null. */
  role: string | null;
  mentions: Mention[];
  /** For a pair named by a plural description ("the two leaders"): the ids of its members. */
  members?: string[];
}

/** A mention in the text that stands for an entity (speaker, attribution source). */
export interface EntityRef extends Span {
  /** Entity id, or null when the speaker could not be resolved to an entity. */
  entity: string | null;
}

/** An event participant: the mention plus the actor code it carried in this event. */
export interface ActorRef extends Span {
  entity: string | null;
  actor: string | null;
}

export type Certainty = "asserted" | "reported" | "hedged" | "hypothetical";
export type QuoteType = "direct" | "indirect" | "mixed";

export interface Quote {
  id: string;
  type: QuoteType;
  /** null when the quote has no identifiable speaker. */
  speaker: EntityRef | null;
  /** Head word of the cue ("said"), or null for a quote with no cue. */
  cue: Span | null;
  /**
   * The whole cue phrase around the head (auxiliaries, adverbs, particles, "in a statement:": "has also said");
   * equal to `cue` when the head stands alone, null when `cue` is. Optional only because articles coded before
   * the field existed lack it; the pipeline always writes it.
   */
  cue_phrase?: Span | null;
  content: Span[];
  certainty: Certainty;
  negated: boolean;
}

export interface Attribution {
  id: string;
  /** null for sourceless attributions ("it was reported that ..."). */
  source: EntityRef | null;
  /** Head word of the cue ("said", "according to"). */
  cue: Span;
  /** The whole cue phrase ("has also said"), as on `Quote`; equal to `cue` when the head stands alone. */
  cue_phrase?: Span;
  content: Span[];
  certainty: Certainty;
  negated: boolean;
}

export interface CodedEvent {
  id: string;
  /** CAMEO event code, always a string ("072", never 72). */
  code: string;
  name: string;
  /** PLOVER event type, e.g. "AID"; null when CAMEO→PLOVER has no row. */
  plover: string | null;
  /** Goldstein score from GDELT's CAMEO.goldsteinscale table. */
  goldstein: number | null;
  /** GDELT quad class 1–4. */
  quad: 1 | 2 | 3 | 4;
  source: ActorRef | null;
  target: ActorRef | null;
  trigger: Span;
  /** Index into `sentences`. */
  sentence: number;
  /** ISO date of the event (article date unless the sentence dates it). */
  date: string | null;
  /** Entity ids of the asserters, outermost first. Empty when the article itself asserts the event. */
  asserted_by: string[];
  certainty: Certainty;
  negated: boolean;
  /** Identifier of the pattern that produced this event, e.g. "verb:supply-with@events-v1". */
  rule: string;
}

export interface SentenceOut {
  start: number;
  end: number;
}

export interface Diagnostic {
  /** Machine-readable code from src/errors.ts, e.g. "W_SPAN". */
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export interface CodedArticle {
  article: ArticleMeta;
  text: string;
  sentences: SentenceOut[];
  entities: Entity[];
  quotes: Quote[];
  attributions: Attribution[];
  events: CodedEvent[];
  /** Problems found in the article text (never fatal). */
  diagnostics?: Diagnostic[];
  /** Versions of the pipeline and its data files. */
  versions?: Record<string, string>;
}
