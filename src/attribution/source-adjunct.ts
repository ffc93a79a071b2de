/**
 * A source read up to its cue ends before a time or occasion adjunct between the subject and the verb: "House
 * Speaker Ada Brenn on Thursday declared", "the mayor's office on Monday evening said", "a harbor poll last week
 * found", "Lind, in a radio interview, said", "Okafor at the time said". PolNeAR's source is the subject phrase
 * alone (dev: about 30 such sources ran on into the adjunct); the adjunct is the writer's setting of the report.
 */
import { tokenAt } from "../nlp/document.js";
import { CLAUSE_WORDS, type Ctx } from "./context.js";
import { MONTHS as MONTH_NAMES } from "./source-span.js";
import { tokSpan } from "./spans.js";

const TIME_HEADS: ReadonlySet<string> = CLAUSE_WORDS.time_heads;
const OCCASIONS: ReadonlySet<string> = CLAUSE_WORDS.report_occasions;
const PLATFORMS: ReadonlySet<string> = CLAUSE_WORDS.post_content_platforms;
/** Month names (source-span.ts) and the wire's abbreviations of them. */
const MONTHS = new Set([...MONTH_NAMES, "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec."]);
/** Words that may open a time adjunct ("last week", "this month", "earlier this year"). */
const TIME_OPENERS = new Set(["last", "this", "earlier", "late", "early"]);
const OCCASION_DETS = new Set(["a", "an", "the", "his", "her", "their", "its", "this", "that", "our", "my"]);
const MODIFIER_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);
const AFTER_NAME = new Set(["PROPN", "PRON", "PUNCT"]);

/** Whether [k, b) is a time phrase: "on Thursday (evening)", "on Jan. 5", "last week", "at the time". */
function timePhrase(norm: readonly string[], k: number, b: number): boolean {
  const w = norm[k] as string;
  const rest = norm.slice(k + 1, b);
  if (rest.length === 0 || rest.length > 3) return false;
  const timeLike = (x: string) => TIME_HEADS.has(x) || MONTHS.has(x) || /^\d{1,4}(st|nd|rd|th)?,?$/.test(x);
  if (w === "on") return (MONTHS.has(rest[0] as string) || TIME_HEADS.has(rest[0] as string)) && rest.every(timeLike);
  if (w === "at") return rest.length === 2 && rest[0] === "the" && rest[1] === "time";
  if (TIME_OPENERS.has(w)) return rest.every((x) => timeLike(x) || x === "this" || x === "last");
  return false;
}

/** Whether [k, b) names the occasion or medium of the report: "in a radio interview …", "on Facebook". */
function occasionPhrase(ctx: Ctx, k: number, b: number): boolean {
  const { norm, pos, lemma } = ctx.doc.tokens;
  if (norm[k] === "on") return b === k + 2 && PLATFORMS.has(norm[k + 1] as string);
  if (norm[k] !== "in" || !OCCASION_DETS.has(norm[k + 1] as string)) return false;
  // up to three modifiers, then the occasion noun ("in a recent interview with …", "in a Medium post")
  for (let h = k + 2; h < b && h <= k + 5; h++) {
    if (OCCASIONS.has(lemma[h] as string)) return true;
    if (!MODIFIER_POS.has(pos[h] as string)) return false;
  }
  return false;
}

/** Trims each source that stands before its cue at the first time or occasion adjunct inside it. */
export function dropSourceAdjuncts(ctx: Ctx): void {
  const { doc } = ctx;
  const { norm, pos } = doc.tokens;
  for (const item of ctx.items) {
    const who = item.who;
    const cue = item.cuePhrase ?? item.cue;
    if (!who || !cue || who.end > cue.start) continue;
    const a = tokenAt(doc, who.start);
    const b = tokenAt(doc, who.end - 1) + 1;
    for (let k = a + 1; k < b; k++) {
      // after a verb the adjunct belongs to a relative or participle clause inside the source ("Kim, who was
      // traveling in Europe last week,", "voters filing into rallies last week")
      if (ctx.regionOf[k] !== -1 || pos[k] === "VERB" || pos[k] === "AUX") break;
      // ("the report on the budget": "on" + a topic stays; only a time or an occasion is cut)
      if (!timePhrase(norm, k, b) && !occasionPhrase(ctx, k, b)) continue;
      // "a poll last year" dates the poll: a bare "last …" / "this …" is cut only after a name or a pronoun
      if (TIME_OPENERS.has(norm[k] as string) && !AFTER_NAME.has(pos[k - 1] as string) && norm[k - 1] !== ")") break;
      let e = k;
      while (e > a && norm[e - 1] === ",") e--;
      if (e > a) item.who = { ...tokSpan(doc, a, e), entity: who.entity };
      break;
    }
  }
}
