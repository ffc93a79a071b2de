/**
 * Learns the lemmatizer's suffix rules and exceptions (see ../lemmatize.ts) from the training treebanks.
 */
import type { ConlluSentence } from "../conllu.js";
import { editScript, type LemmaRules, lemmatize } from "../lemmatize.js";

const MAX_ENDING = 5;
/** An ending must have been seen this often with a tag before its most frequent edit becomes a rule. */
const MIN_RULE_COUNT = 2;

function increment<K>(map: Map<K, Map<string, number>>, key: K, value: string): void {
  const inner = map.get(key) ?? new Map<string, number>();
  map.set(key, inner);
  inner.set(value, (inner.get(value) ?? 0) + 1);
}

function mostFrequent(counts: Map<string, number>): [string, number] {
  let best = "";
  let bestCount = -1;
  let total = 0;
  for (const [v, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    total += c;
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return [best, total];
}

/** The lemma UD gives, with proper-noun lemmas lower-cased for learning (case is restored from the form). */
function learnedLemma(form: string, lemma: string, xpos: string): [string, string] {
  const proper = xpos === "NNP" || xpos === "NNPS" || xpos.startsWith("JJ");
  return proper
    ? [form.toLowerCase(), lemma.toLowerCase()]
    : [form.toLowerCase(), lemma === "I" ? "i" : lemma.toLowerCase()];
}

export function trainLemmas(sentences: readonly ConlluSentence[]): LemmaRules {
  const byWord = new Map<string, Map<string, number>>();
  const byEnding = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    for (const w of s.words) {
      if (w.lemma === "_" || w.lemma === "") continue;
      const [form, lemma] = learnedLemma(w.form, w.lemma, w.xpos);
      increment(byWord, `${form}\t${w.xpos}`, lemma);
      const script = JSON.stringify(editScript(form, lemma));
      for (let k = 1; k <= Math.min(MAX_ENDING, form.length - 1); k++)
        increment(byEnding, `${w.xpos}\t${form.slice(-k)}`, script);
    }
  }
  const suffixes: Record<string, [number, string]> = {};
  for (const [key, counts] of byEnding) {
    const [script, total] = mostFrequent(counts);
    if (total >= MIN_RULE_COUNT) suffixes[key] = JSON.parse(script) as [number, string];
  }
  const rules: LemmaRules = { exceptions: {}, suffixes, maxEnding: MAX_ENDING };
  const exceptions: Record<string, string> = {};
  for (const [key, counts] of byWord) {
    const [lemma] = mostFrequent(counts);
    const [form, xpos] = key.split("\t") as [string, string];
    if (lemmatize(rules, form, xpos).toLowerCase() !== lemma) exceptions[key] = lemma;
  }
  return { exceptions, suffixes, maxEnding: MAX_ENDING };
}
