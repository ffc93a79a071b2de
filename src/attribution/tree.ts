/**
 * Reading speakers off the dependency parse (the Document's `head`/`deprel` columns, UD basic relations). The
 * surface rules in the extractor walk words left of a cue; these helpers answer the questions they get wrong:
 * which phrase is the cue's subject when the tagger mislabels a word in it ("The premier/ADJ said"), and which
 * noun a participle cue modifies ("a column alleging …": the column alleges, not the object before it).
 */
import type { ActorLayer } from "../actors/types.js";
import type { Document } from "../nlp/document.js";
import { clauseWords } from "./lexicon.js";
import { type NounPhrase, refFor } from "./spans.js";

const SUBJECT_RELS = new Set(["nsubj", "nsubj:pass"]);
const NOMINAL = new Set(["NOUN", "PROPN", "PRON", "NUM", "ADJ"]);

/** Whether `anc` is `t` or one of its ancestors (heads stay inside the sentence; depth is bounded). */
export function dominates(doc: Document, anc: number, t: number): boolean {
  let k = t;
  for (let steps = 0; k >= 0 && steps < 64; steps++) {
    if (k === anc) return true;
    k = doc.tokens.head[k] as number;
  }
  return false;
}

/**
 * Token range [from, to) of the part of `t`'s subtree that lies in [min, max) and is contiguous with `t`:
 * a phrase cut at the cue, so a relative clause or participle after the head does not drag the cue in.
 */
function subtreeRange(doc: Document, t: number, min: number, max: number): [number, number] {
  let from = t;
  while (from - 1 >= min && dominates(doc, t, from - 1)) from--;
  let to = t + 1;
  while (to < max && dominates(doc, t, to)) to++;
  return [from, to];
}

/** The subject dependent of `verb` left of it, if the parser found one (first of several). */
function subjectOf(doc: Document, verb: number, min: number): number {
  const { head, deprel } = doc.tokens;
  for (let k = min; k < verb; k++) if (head[k] === verb && SUBJECT_RELS.has(deprel[k] as string)) return k;
  return -1;
}

/**
 * The cue's subject phrase from the parse: the whole subtree of its `nsubj`, up to the verb group. Used when the
 * word walk found no noun phrase, e.g. a head noun tagged as an adjective ("The premier said …"). Null when the
 * parse has no nominal subject before the cue.
 */
export function parseSubject(doc: Document, actors: ActorLayer, cue: number, min: number): NounPhrase | null {
  const subj = subjectOf(doc, cue, min);
  if (subj < 0 || !NOMINAL.has(doc.tokens.pos[subj] as string)) return null;
  let [from, to] = subtreeRange(doc, subj, min, cue);
  // a determiner the parser hung on the verb after mislabelling the noun still opens the phrase
  if (from - 1 >= min && doc.tokens.pos[from - 1] === "DET") from--;
  // "Cyber security experts and officials, however, said": the comma before a sentence adverb closes the clause's
  // insert, not the subject
  if (to !== subj + 1 && doc.tokens.deprel[to - 1] === "punct" && adverbInsert(doc, to - 1, cue)) to--;
  // "Supporters of the ferry, on the other hand, argued": the parser may hang the connective on the subject
  for (let c = subj + 1; c < to - 1; c++)
    if (doc.tokens.norm[c] === "," && adverbInsert(doc, c, cue)) {
      to = c;
      break;
    }
  if (to !== subj + 1 && doc.tokens.deprel[to - 1] === "punct") return null;
  return { from, to, ref: refFor(doc, actors, from, to) };
}

/**
 * Whether [comma, cue) is ", <adverbs> ," right before the cue (", however,", ", meanwhile,") or a writer's
 * connective between commas (", in fact,", ", on the other hand,"; clause-words `discourse_connectives`), with only
 * adverbs and auxiliaries of the verb group after it (", in fact, even insist").
 */
function adverbInsert(doc: Document, comma: number, cue: number): boolean {
  const { norm, pos } = doc.tokens;
  if (norm[comma] !== ",") return false;
  let close = cue - 1;
  while (close > comma && (pos[close] === "ADV" || pos[close] === "AUX")) close--;
  if (norm[close] !== "," || close - comma < 2) return false;
  if (CONNECTIVES.has(norm.slice(comma + 1, close).join(" "))) return true;
  for (let k = comma + 1; k < close; k++) if (pos[k] !== "ADV") return false;
  return true;
}

const CONNECTIVES: ReadonlySet<string> = clauseWords().discourse_connectives;

/**
 * For a participle cue that modifies a noun ("a column alleging the port was sold", "reports claiming …"), the
 * noun phrase it modifies — the noun and its left dependents only, so "slammed Okafor for a column alleging"
 * gives "a column", not "Okafor for a column". Null unless the parse attaches the cue as `acl` to a noun on its
 * left.
 */
export function participleHead(doc: Document, actors: ActorLayer, cue: number, min: number): NounPhrase | null {
  const { head, deprel, pos } = doc.tokens;
  const h = head[cue] as number;
  if (deprel[cue] !== "acl" || h < min || h >= cue) return null;
  if (pos[h] !== "NOUN" && pos[h] !== "PROPN") return null;
  // the noun's left dependents and their own modifiers ("the paper's lead column"), not a preposition before it
  let from = h;
  const stop = (k: number) => deprel[k] === "case" || deprel[k] === "punct";
  while (from - 1 >= min && dominates(doc, h, from - 1) && !stop(from - 1)) from--;
  return { from, to: h + 1, ref: refFor(doc, actors, from, h + 1) };
}

/**
 * For a verb coordinated with an earlier one ("… and said"), the earlier verb's subject from the parse: both
 * predicates share it. Null unless the parse has the cue as `conj` of a verb on its left with a nominal subject.
 */
export function conjunctSubject(doc: Document, actors: ActorLayer, verb: number, min: number): NounPhrase | null {
  const h = doc.tokens.head[verb] as number;
  if (doc.tokens.deprel[verb] !== "conj" || h < min || h >= verb) return null;
  return parseSubject(doc, actors, h, min);
}

/**
 * Whether the parse puts the cue's subject after it: "…, said David Autor, a professor." The word walk left of
 * the cue would take the reported clause's own subject ("Tariffs are unlikely …, said Autor") as the speaker;
 * with an inverted subject the cue follows its content and the speaker is the phrase after it.
 */
export function hasInvertedSubject(doc: Document, cue: number): boolean {
  const { head, deprel, sentence, count } = doc.tokens;
  for (let k = cue + 1; k < count && sentence[k] === sentence[cue]; k++)
    if (head[k] === cue && SUBJECT_RELS.has(deprel[k] as string)) return true;
  return false;
}

/**
 * End of content that starts at `from` after cue `cue` inside a fronted adverbial clause ("Saying he was nervous
 * to ask, the man ended up …", "When Lind said the toll was unfair, Marrow laughed"): the parse makes the cue an
 * `advcl` of a main verb after it, and the content stops at the last comma before that verb's clause (its
 * subject, or the verb itself). `end` when the cue is not in such a clause.
 */
export function frontedClauseEnd(doc: Document, cue: number, from: number, end: number): number {
  const { head, deprel, norm } = doc.tokens;
  let c = cue;
  // "When Lind said …": the cue may head the clause or sit under its verb
  for (let steps = 0; steps < 3 && deprel[c] !== "advcl" && (head[c] as number) >= 0; steps++) c = head[c] as number;
  const main = head[c] as number;
  // the main verb comes after the cue: content before a closing cue ("After the storm, the pier reopened, the
  // port said", "…, according to filings") has the main clause inside it, not after it
  if (deprel[c] !== "advcl" || main <= from || main >= end || main < cue) return end;
  const subj = subjectOf(doc, main, from);
  const boundary = subj >= 0 ? (subtreeRange(doc, subj, from, main)[0] as number) : main;
  for (let k = boundary - 1; k > from; k--) if (norm[k] === ",") return k;
  return end;
}

/**
 * For content [from, end) after cue `cue`, the first token of the clause that hosts the cue's own clause when that
 * host lies inside the content: "Sanders, who cited trade as his major issue, cast himself as …" (the cue's
 * relative clause hangs on the subject of "cast"), "Those who want to ban abortion said …". The parse makes a
 * token after the cue an ancestor of it; the reported clause cannot contain the verb it is a part of. Returns the
 * start of that verb's subject when it lies inside the content, else the verb; `end` when no ancestor is inside.
 */
export function hostClauseStart(doc: Document, cue: number, from: number, end: number): number {
  const { head } = doc.tokens;
  let k = head[cue] as number;
  for (let steps = 0; k >= 0 && steps < 12; steps++, k = head[k] as number) {
    if (k <= from || k >= end) continue;
    const subj = subjectOf(doc, k, from);
    return subj >= 0 ? (subtreeRange(doc, subj, from, k)[0] as number) : k;
  }
  return end;
}
