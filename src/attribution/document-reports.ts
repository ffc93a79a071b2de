/**
 * Reports made through a document: "The ministry issued a statement saying that …", "Lind sent an email to
 * supporters stating …", "released an ad calling the plan a disaster". PolNeAR's cue is the whole stretch from
 * the verb that puts out the document to the speech participle ("issued a statement saying"), the source is that
 * verb's subject and the content is the participle's complement.
 */
import { CLAUSE_WORDS, type Ctx } from "./context.js";

const DOCUMENT_NOUNS: ReadonlySet<string> = CLAUSE_WORDS.document_nouns;
const DOCUMENT_VERBS: ReadonlySet<string> = CLAUSE_WORDS.document_verbs;

/** Words inside the document phrase between its verb and the participle ("a detailed six-page letter to the"). */
const DOCUMENT_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/** Cue classes of a participle that reports what the document says (not "hoping", a belief of the writer). */
const PARTICIPLE_CLASSES = new Set(["speech", "report", "stance"]);

/**
 * For a speech participle `i` right after a noun phrase headed by a document noun, the verb that puts out the
 * document (its token index), else -1.
 */
export function documentVerb(ctx: Ctx, i: number, ss: number): number {
  const { norm, pos, lemma, xpos } = ctx.doc.tokens;
  if (xpos[i] !== "VBG" || !PARTICIPLE_CLASSES.has(ctx.cues.verbs.get(lemma[i] as string) ?? "")) return -1;
  // the document noun heads the phrase: the participle or an addressee ("to supporters") follows it
  let k = i - 1;
  let head = -1;
  for (let steps = 0; k > ss && steps < 10; k--, steps++) {
    if (pos[k] === "VERB") break;
    const isDocument = pos[k] === "NOUN" && DOCUMENT_NOUNS.has(lemma[k] as string);
    if (isDocument && (k + 1 === i || norm[k + 1] === "to")) head = k;
    const inside =
      DOCUMENT_PHRASE_POS.has(pos[k] as string) || xpos[k] === "PRP$" || norm[k] === "to" || norm[k] === "-";
    if (!inside) return -1;
  }
  return head >= 0 && k >= ss && pos[k] === "VERB" && DOCUMENT_VERBS.has(lemma[k] as string) ? k : -1;
}

/**
 * Where both the verb ("issued", a report cue of its own whose content is "a statement saying …") and the
 * participle made an item, the participle's item stands for the report: it takes the verb's source and the verb's
 * item goes. A verb item is kept when the participle found no complement.
 */
export function mergeDocumentReports(ctx: Ctx): void {
  const { sentence } = ctx.doc.tokens;
  const drop = new Set<number>();
  for (const item of ctx.items) {
    if (item.cueTok < 0) continue;
    const ss = ctx.doc.sentences.tokenStart[sentence[item.cueTok] as number] as number;
    const v = documentVerb(ctx, item.cueTok, ss);
    if (v < 0) continue;
    const owner = ctx.items.findIndex((o) => o.cueTok === v);
    if (owner < 0) continue;
    const verbItem = ctx.items[owner];
    if (verbItem?.who) item.who = verbItem.who;
    drop.add(owner);
  }
  if (drop.size > 0) ctx.items = ctx.items.filter((_, k) => !drop.has(k));
}
