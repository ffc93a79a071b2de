/**
 * Pass 2: indirect speech. Walks every token and hands each cue to the rule for its construction (cue verbs,
 * "according to", sourceless "reportedly", reporting nouns, prepositional and raising cues).
 */
import { clauseOf } from "./certainty.js";
import { according, inSource, nounPossessor, prepositional, question, raising, thatCue } from "./constructions.js";
import { contentEnd, pushIndirect } from "./content.js";
import { CLAUSE_WORDS, type Ctx, isCueVerb, SENT_END, sentEnd, sentStart } from "./context.js";
import { namesSpeaker } from "./direct.js";
import { matchAt } from "./lexicon.js";
import { knownAs } from "./naming.js";
import { capitalized, npEndingAt } from "./spans.js";
import { dataOnlyCue, verbCue } from "./verb-cue.js";
import { viewFrame } from "./view-frame.js";

/** Parts of speech no cue starts with (determiners, punctuation but ":", numbers, conjunctions, particles). */
const SKIP_POS = new Set(["DET", "PUNCT", "NUM", "CCONJ", "PART", "SYM", "X", "SPACE", "INTJ"]);

/** Indirect speech and other attributions (pass 2). */
export function indirect(ctx: Ctx): void {
  const { doc, cues } = ctx;
  const { norm, pos, lemma } = doc.tokens;
  const n = doc.tokens.count;
  for (let i = 0; i < n; i++) {
    if (ctx.claimed[i] || ctx.inQuote[i]) continue;
    // word classes that never start a cue (cheap skip: this loop visits every token)
    const p = pos[i];
    if (SKIP_POS.has(p as string) && norm[i] !== ":") continue;
    const ss = sentStart(doc, i);
    const se = sentEnd(doc, i);
    const phrase = matchAt(doc, cues.phrases, i, se);
    if (phrase?.cls === "according") {
      i = according(ctx, i, i + phrase.tokens.length, ss, se) - 1;
      continue;
    }
    if (phrase?.cls === "sourceless") {
      const [from, to] = clauseOf(doc, i);
      let e = to;
      while (e > from && (SENT_END.has(norm[e - 1] as string) || norm[e - 1] === ",")) e--;
      pushIndirect(
        ctx,
        "sourceless",
        null,
        i,
        i + 1,
        [
          [from, i],
          [i + 1, e],
        ].filter(([a, b]) => (b as number) > (a as number)) as [number, number][],
      );
      continue;
    }
    if (norm[i] === "in") {
      const next = viewFrame(ctx, i, ss, se);
      if (next > 0) {
        i = next - 1;
        continue;
      }
    }
    if (norm[i] === "in" && inSource(ctx, i, se)) {
      i = according(ctx, i, i + 1, ss, se) - 1;
      continue;
    }
    if (phrase?.cls === "frame") {
      // "In his message, Xi noted that …": the frame phrase only adds context to the verb cue that follows.
      i += phrase.tokens.length - 1;
      continue;
    }
    // Reporting nouns with a "that" clause: "the claim that …", "a statement that …".
    // ("told Fox News that …": a capitalized noun inside a sentence is part of a name, not a reporting noun)
    if (
      pos[i] === "NOUN" &&
      cues.nouns.has(lemma[i] as string) &&
      norm[i + 1] === "that" &&
      pos[i + 1] === "SCONJ" &&
      !(i > ss && capitalized(doc, i))
    ) {
      const end = contentEnd(ctx, i + 1);
      pushIndirect(ctx, "noun", nounPossessor(ctx, i, ss), i, i + 1, [[i + 1, end]]);
      continue;
    }
    // "Revealed: …": a kicker label before a headline colon is no cue
    if (i === ss && norm[i + 1] === ":" && HEADLINE_LABELS.has(norm[i] as string)) continue;
    if (norm[i] === ":" && i > ss && i + 2 < se) {
      colonCue(ctx, i, ss, se);
      continue;
    }
    if (norm[i] === "known" && knownAs(ctx, i, ss, se)) continue;
    if (raising(ctx, i, ss, se) || question(ctx, i, ss, se) || prepositional(ctx, i, ss, se)) continue;
    const cls = isCueVerb(ctx, i) ?? thatCue(ctx, i) ?? dataOnlyCue(ctx, i, ss);
    if (!cls) continue;
    verbCue(ctx, i, cls, ss, se);
  }
}

const HEADLINE_LABELS: ReadonlySet<string> = CLAUSE_WORDS.headline_labels;

/**
 * "Marrow: Lind Has 'Much to Learn' On Farming" — a name (or short noun phrase) opening the line, then a colon,
 * then a clause: the headline and interview-transcript convention for speech. A kicker label is no speaker
 * ("Breaking: …", "Revealed: …", "Delegate Update: …": clause-words `headline_labels`).
 */
function colonCue(ctx: Ctx, i: number, ss: number, se: number): void {
  const { doc } = ctx;
  const { pos, lemma } = doc.tokens;
  const np = npEndingAt(doc, ctx.actors, i, ss);
  const title = titleLine(ctx, i);
  if (!np || np.from !== ss || i - ss > 6 || !capitalized(doc, ss)) return;
  if (!(title || namesSpeaker(ctx, np.to - 1))) return;
  if (HEADLINE_LABELS.has((lemma[np.to - 1] as string).toLowerCase())) return;
  // a headline line ("Marrow: No pressure on the port inquiry") needs no verb; running text does
  let hasVerb = title;
  for (let t = i + 1; t < se && !hasVerb; t++) if (pos[t] === "VERB" || pos[t] === "AUX") hasVerb = true;
  if (hasVerb) pushIndirect(ctx, "headline", np.ref, i, i + 1, [[i + 1, contentEnd(ctx, i + 1)]]);
}

/**
 * Whether the sentence of token `t` is a headline: a line the splitter marked as a heading, or the article's
 * first paragraph when it is a single sentence (a title that ends in a period: "Lind: No pressure on the port.").
 * There "X: …" is a speaker and a claim even when X is no name ("Harbor union: …") and the claim has no verb.
 */
function titleLine(ctx: Ctx, t: number): boolean {
  const { sentences, tokens } = ctx.doc;
  const s = tokens.sentence[t] as number;
  if (sentences.heading[s] === 1) return true;
  return sentences.paragraph[s] === 0 && s === 0 && sentences.paragraph[s + 1] !== 0;
}
