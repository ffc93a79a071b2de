/**
 * Names given to something: "the chain of harbor votes known as Ferry Day", "the island was known as "the
 * Poorhouse of the Caribbean"", "what is now known as the Purcell doctrine". PolNeAR annotates these as
 * attributions without a source: cue = the verb group through "known as", content = the thing named (when it
 * stands right before) and the name.
 */
import { pushIndirect } from "./content.js";
import { type Ctx, DASHES, SENT_END } from "./context.js";
import { npEndingAt, tokSpan } from "./spans.js";

/** Words of the verb group before "known" ("is", "was", "became", "now", "also", "better", "not"). */
const GROUP_POS = new Set(["AUX", "ADV", "PART"]);
const LINKING = new Set(["become", "remain", "be"]);

/** Makes the item for "known" at `i` (followed by "as"); returns whether it did. */
export function knownAs(ctx: Ctx, i: number, ss: number, se: number): boolean {
  const { doc } = ctx;
  const { norm, pos, lemma } = doc.tokens;
  if (norm[i] !== "known" || norm[i + 1] !== "as" || i + 2 >= se) return false;
  let a = i;
  while (a - 1 >= ss && (GROUP_POS.has(pos[a - 1] as string) || LINKING.has(lemma[a - 1] as string))) a--;
  const nameEnd = nameEndAt(ctx, i + 2, se);
  if (nameEnd <= i + 2) return false;
  const pieces: [number, number][] = [];
  // "(also known as ISIL)", ", also known as …": an aside after a comma or parenthesis names nothing before it
  const aside = a - 1 < ss || norm[a - 1] === "," || norm[a - 1] === "(" || DASHES.has(norm[a - 1] as string);
  if (!aside) {
    const named = npEndingAt(doc, ctx.actors, a, ss);
    if (named) pieces.push([named.from, named.to]);
  }
  pieces.push([i + 2, nameEnd]);
  pushIndirect(ctx, "report", null, i, i + 1, pieces);
  const item = ctx.items[ctx.items.length - 1];
  if (item && item.cueTok === i) item.cuePhrase = tokSpan(doc, a, i + 2);
  return true;
}

/** End of the name after "known as": a quotation whole, else up to a comma, a clause or a preposition but "of". */
function nameEndAt(ctx: Ctx, from: number, se: number): number {
  const { norm, pos } = ctx.doc.tokens;
  const r = ctx.regionOf[from] as number;
  if (r >= 0 && ctx.regions[r]?.tokFrom === from) return ctx.regions[r]?.tokTo ?? from;
  let k = from;
  while (k < se && k - from < 10) {
    const n = norm[k] as string;
    if (n === "," || n === ";" || n === ":" || n === "(" || n === ")" || SENT_END.has(n) || DASHES.has(n)) break;
    if (pos[k] === "VERB" || pos[k] === "AUX" || pos[k] === "SCONJ") break;
    if (pos[k] === "ADP" && n !== "of" && k > from) break;
    k++;
  }
  return k;
}
