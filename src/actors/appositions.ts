/**
 * A description apposed after a name the dictionary lacks says who the person is: "Ali Demir, a Turkish general,"
 * is TURMIL, "Ana Ruiz, chief of the Turkish General Staff," TURMIL, "Jan Berg, chairman of the World Bank,"
 * IGOUNOWBK. rule-composite links the other order ("the Turkish general, Ali Demir,"); wire copy writes both.
 */
import type { Document } from "../nlp/document.js";
import type { Cand } from "./candidates.js";
import { candCode } from "./placement.js";

/** Head words of an office held in an organization, before "of" + the organization ("chief of the General Staff"). */
const OFFICE_HEADS = new Set([
  "chairman",
  "chairwoman",
  "chief",
  "head",
  "president",
  "director",
  "director-general",
  "secretary",
  "secretary-general",
  "general",
  "governor",
  "commander",
  "spokesman",
  "spokeswoman",
  "leader",
  "minister",
]);

/** Words that may stand before the office's head: articles, ranks and the capitalized title words themselves. */
const OFFICE_WORDS = /^(?:a|an|the|deputy|vice|acting|assistant|senior|former|chief|general|secretary)$/;

/** Whether the apposition closes at token k: a comma, the sentence's end, or a full stop. */
function closes(doc: Document, k: number, sentence: number): boolean {
  const T = doc.tokens;
  return k >= T.norm.length || T.sentence[k] !== sentence || T.norm[k] === "," || T.norm[k] === ".";
}

/**
 * Gives each person named outside the dictionary and without a code the code of the description apposed right
 * after it: a singular person nominal with a country ("Ali Demir, a Turkish general,": the nominal joins the
 * person's entity) or an office of a coded organization ("Ana Ruiz, secretary general of the Turkish General
 * Staff,": the organization's code). The apposition must close with a comma or the sentence ("X, a critic of the
 * World Bank" names no office, so nothing).
 */
export function linkTrailingAppositions(doc: Document, cands: Cand[], entryCode: (ref: number) => string | null): void {
  const T = doc.tokens;
  const byStart = new Map<number, number>();
  cands.forEach((c, i) => {
    if (!c.drop && !byStart.has(c.s)) byStart.set(c.s, i);
  });
  cands.forEach((p, pi) => {
    if (p.drop || p.kind !== "person" || p.entry >= 0 || p.code !== null || p.form !== "name") return;
    if (T.norm[p.e] !== ",") return;
    const sentence = T.sentence[p.s] as number;
    const ni = byStart.get(p.e + 1);
    const n = ni === undefined ? undefined : cands[ni];
    // "Ali Demir, a Turkish general,": a nominal of one person with a country
    if (n && n.form === "nominal" && n.kind === "person" && !n.plural && n.link === undefined) {
      if (n.code && !n.code.startsWith("---") && closes(doc, n.e, sentence)) {
        n.link = pi;
        p.code = n.code;
      }
      return;
    }
    // "Ana Ruiz, secretary general of the Turkish General Staff,": an office of a coded organization
    let k = p.e + 1;
    let head = false;
    // (the recognizer may read a capitalized title as a name of its own: "Secretary General")
    const title = n && n.kind === "person" && n.code === null && n.entry < 0 ? n : undefined;
    while (k < p.e + 5 && T.sentence[k] === sentence && (!byStart.has(k) || (title && k === title.s))) {
      const w = (T.norm[k] as string).toLowerCase();
      if (OFFICE_HEADS.has(w)) head = true;
      else if (!OFFICE_WORDS.test(w)) break;
      k++;
    }
    if (!head || T.norm[k] !== "of") return;
    const at = T.norm[k + 1] === "the" && !byStart.has(k + 1) ? k + 2 : k + 1;
    const oi = byStart.get(at) ?? byStart.get(k + 1);
    const o = oi === undefined ? undefined : cands[oi];
    if (!o || (o.kind !== "organization" && o.kind !== "group") || !closes(doc, o.e, sentence)) return;
    const code = candCode(o, entryCode);
    if (code && !code.startsWith("---") && code.length >= 6) p.code = code;
  });
}
