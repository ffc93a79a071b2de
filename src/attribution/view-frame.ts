/**
 * "In Lind's view, the toll is unfair", "…, in my view.", "The only fix, in Professor Okafor's opinion, would be …":
 * a possessor and a noun of opinion frame the clause as someone's view, as "according to" frames it as someone's
 * report. PolNeAR marks the possessor as source, the noun as cue and the framed clause as content (dev had 8 such
 * items, all missed). Cue = the noun; source = the words between "in" and the noun; content = the clause around.
 */
import { afterConnective } from "./constructions.js";
import { clauseStartBefore, contentEnd, pushIndirect } from "./content.js";
import { type Ctx, claim, SENT_END } from "./context.js";
import { tokSpan } from "./spans.js";

const VIEW_NOUNS = new Set(["view", "opinion", "estimation", "judgment", "judgement"]);
const POSSESSIVE_PRONOUNS = new Set(["my", "his", "her", "their", "our", "its", "your"]);
const POSSESSIVE_MARKS = new Set(["'s", "’s", "'", "’"]);
/** Words of the possessor phrase ("Professor Okafor's", "the mayor's", "Lind's and Okafor's"). */
const OWNER_POS = new Set(["PROPN", "NOUN", "DET", "ADJ", "PRON", "CCONJ", "PART", "PUNCT"]);

/**
 * Makes the item when "in" at `i` opens such a frame in the sentence [ss, se); returns the token after the frame,
 * or -1 when there is none.
 */
export function viewFrame(ctx: Ctx, i: number, ss: number, se: number): number {
  const { doc } = ctx;
  const { norm, lemma, pos } = doc.tokens;
  // the noun of opinion within six words, with a possessive pronoun or a possessive mark right before it
  let h = i + 2;
  // the frame is set off: it opens the sentence or follows a comma, and a comma or the sentence end follows it
  // ("who leads the party in his view" is a question's own words)
  if (!(i === ss || norm[i - 1] === "," || (i === ss + 1 && pos[ss] === "CCONJ"))) return -1;
  while (h < se && h - i <= 6 && !VIEW_NOUNS.has(lemma[h] as string)) {
    if (!OWNER_POS.has(pos[h] as string) && !POSSESSIVE_MARKS.has(norm[h] as string)) return -1;
    h++;
  }
  if (h >= se || !VIEW_NOUNS.has(lemma[h] as string) || pos[h] !== "NOUN") return -1;
  const owner = norm[h - 1] as string;
  if (!(POSSESSIVE_MARKS.has(owner) || (POSSESSIVE_PRONOUNS.has(owner) && h - 1 === i + 1))) return -1;
  const after = norm[h + 1] as string;
  if (!(after === "," || SENT_END.has(after) || h + 1 >= se)) return -1;
  const before: [number, number] = [afterConnective(ctx, clauseStartBefore(ctx, i, ss), i), i];
  while (before[1] > before[0] && norm[before[1] - 1] === ",") before[1]--;
  let from = h + 1;
  while (from < se && norm[from] === ",") from++;
  const pieces: [number, number][] = [];
  if (before[1] > before[0]) pieces.push(before);
  // the clause after the frame when the frame opens it or sits between commas
  if (before[1] <= before[0] || norm[h + 1] === ",") {
    const end = contentEnd(ctx, from);
    if (end > from) pieces.push([from, end]);
  }
  if (pieces.length === 0) return -1;
  const who = { ...tokSpan(doc, i + 1, h), entity: entityIn(ctx, i + 1, h) };
  claim(ctx, i + 1, h);
  pushIndirect(ctx, "according", who, h, h + 1, pieces);
  return h + 1;
}

/** The first entity mentioned in [from, to), if any. */
function entityIn(ctx: Ctx, from: number, to: number): string | null {
  for (let t = from; t < to; t++) {
    const m = ctx.actors.mentions[ctx.actors.mentionOfToken[t] as number];
    const e = m ? ctx.actors.entities[m.entity] : undefined;
    if (e) return e.id;
  }
  return null;
}
