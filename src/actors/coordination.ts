/**
 * Coordinated actors that share one country: news names the country once for a whole coordination.
 *
 * - "Israeli soldiers and police", "Kenyan troops, police and officials": the country before the first agent
 *   also qualifies the bare agents coordinated after it (ISRMIL, ISRCOP).
 * - "Russian and Chinese leaders", "U.S. and Russian negotiators": the agent after the last country is also
 *   the agent of the demonym (or abbreviated country) coordinated before it (RUSGOV and CHNGOV).
 */
import type { Document } from "../nlp/document.js";
import { type Cand, DETS } from "./candidates.js";
import { type ActorEntry, countryOfCode } from "./dictionary.js";
import type { Lexicon } from "./lexicon.js";

/** Only coordination between the two: "and", "or", a comma, or a comma and "and". */
function coordinated(doc: Document, from: number, to: number): boolean {
  if (to <= from || to - from > 2) return false;
  const words = doc.tokens.norm.slice(from, to).join(" ");
  return words === "and" || words === "or" || words === "," || words === ", and" || words === ", or";
}

/** Country of a composed nominal ("Israeli soldiers" → ISR), null for other candidates. */
function composedCountry(c: Cand): string | null {
  if (c.drop || !c.agent || c.form !== "nominal" || !c.ref) return null;
  return countryOfCode(c.code);
}

/** Shares the country of coordinated actors (see the file comment). Candidates are in text order. */
export function shareCoordinatedCountry(
  doc: Document,
  cands: Cand[],
  lex: Lexicon,
  entryCode: (ref: number) => string | null,
): void {
  const live = cands.filter((c) => !c.drop).sort((x, y) => x.s - y.s);
  // Forward: "Israeli soldiers and police" — each bare agent takes the country carried along the chain.
  for (let k = 1; k < live.length; k++) {
    const a = live[k - 1] as Cand;
    const b = live[k] as Cand;
    const country = composedCountry(a);
    const bare = b.agent && b.form === "nominal" && b.code?.startsWith("---") && !DETS.has(doc.tokens.norm[b.s] ?? "");
    if (!country || !bare || !coordinated(doc, a.e, b.s)) continue;
    b.code = `${country}${(b.code as string).slice(3)}`;
    b.ref = country;
  }
  // Backward: "Russian and Chinese leaders" — the demonym takes the agent of the nominal after it.
  for (let k = live.length - 2; k >= 0; k--) {
    const a = live[k] as Cand;
    const b = live[k + 1] as Cand;
    const country = composedCountry(b);
    if (!country || !b.agent || !b.plural || DETS.has(doc.tokens.norm[b.s] ?? "") || !coordinated(doc, a.e, b.s))
      continue;
    if (!countryModifier(doc, a, lex)) continue;
    const own = countryOfCode(b.code) === country ? (b.code as string).slice(3) : null;
    const aCountry = countryOfCode(entryCode(a.entry));
    if (!own || !aCountry) continue;
    Object.assign(a, { form: "nominal", kind: "group", entry: -1, code: `${aCountry}${own}` });
    Object.assign(a, { agent: b.agent, plural: true, ref: aCountry });
  }
}

/** A country written as a modifier: a demonym ("Russian") or an abbreviation in capitals ("U.S.", "UK"). */
function countryModifier(doc: Document, a: Cand, lex: Lexicon): boolean {
  if (a.entry < 0 || a.agent) return false;
  const en = lex.dict.entries[a.entry] as ActorEntry;
  if (en.kind !== "country") return false;
  if (a.form === "demonym") return true;
  const text = doc.text.slice(doc.tokens.start[a.s], doc.tokens.end[a.e - 1]);
  return a.e - a.s === 1 && !/[a-z]/.test(text);
}
