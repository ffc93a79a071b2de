/**
 * Spelling variants of known people ("Francois Mitterand", "Laurent Gbago", "Abdelaziz Bouteflicka"): wire copy
 * and transliteration often drop, double or swap one letter of a surname, and the dictionary lookup, which matches
 * whole names exactly, then leaves a head of state uncoded. A person name the dictionary does not know is linked
 * to a dictionary person when its given names are the same and its surname is one edit away (one letter added,
 * dropped, changed, or two neighbours swapped) from that person's, and exactly one dictionary person fits.
 * Surnames of fewer than six letters in the dictionary (five in the text) are never stretched: "Kerr" is not
 * "Kerry". Written by hand: no npm library does a bounded Damerau check over a name index this small.
 */
import type { Document } from "../nlp/document.js";
import type { Cand } from "./candidates.js";
import type { ActorEntry } from "./dictionary.js";
import type { Lexicon } from "./lexicon.js";
import { nameKey } from "./normalize.js";

const MIN_DICTIONARY_SURNAME = 6;
const MIN_TEXT_SURNAME = 5;

interface Known {
  ref: number;
  surname: string;
}

/** Dictionary people by their given names ("francois" → Mitterrand's entry with surname "mitterrand"). */
type VariantIndex = Map<string, Known[]>;

const indexes = new WeakMap<Lexicon, VariantIndex>();

function variantIndex(lex: Lexicon): VariantIndex {
  const cached = indexes.get(lex);
  if (cached) return cached;
  const index: VariantIndex = new Map();
  lex.dict.entries.forEach((e, ref) => {
    if (e.kind !== "person") return;
    for (const name of e.names) {
      const parts = nameKey(name).split(" ");
      const surname = parts.pop() as string;
      if (parts.length === 0 || surname.length < MIN_DICTIONARY_SURNAME) continue;
      const given = parts.join(" ");
      const list = index.get(given) ?? [];
      if (!list.some((k) => k.ref === ref && k.surname === surname)) list.push({ ref, surname });
      index.set(given, list);
    }
  });
  indexes.set(lex, index);
  return index;
}

/** Whether two different words are one edit apart (insertion, deletion, substitution, adjacent transposition). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/** The one dictionary person a name spells with a surname one edit away, or undefined. */
export function variantOf(lex: Lexicon, name: string): number | undefined {
  const parts = nameKey(name).split(" ");
  const surname = parts.pop() as string;
  if (parts.length === 0 || surname.length < MIN_TEXT_SURNAME) return undefined;
  const known = variantIndex(lex).get(parts.join(" "));
  if (!known) return undefined;
  const refs = new Set(known.filter((k) => oneEditApart(surname, k.surname)).map((k) => k.ref));
  return refs.size === 1 ? (refs.values().next().value as number) : undefined;
}

/** Links unknown person names to the dictionary person they misspell (see the file comment). */
export function linkSpellingVariants(doc: Document, cands: Cand[], lex: Lexicon): void {
  const T = doc.tokens;
  for (const c of cands) {
    if (c.drop || c.kind !== "person" || c.entry >= 0 || c.code !== null || c.form !== "name") continue;
    const name = doc.text.slice(T.start[c.nameStart] as number, T.end[c.e - 1] as number);
    const ref = variantOf(lex, name);
    if (ref === undefined) continue;
    const entry = lex.dict.entries[ref] as ActorEntry;
    c.entry = ref;
    delete c.unknown;
    delete c.titleRole;
    if (entry.gender && !c.gender) c.gender = entry.gender;
  }
}
