/**
 * A complaint reported after what it complains of (issue 12, recall, ev27): "Rohan is refusing to pay its debts,
 * Gondor complained on Monday", "Croatian authorities are failing to uphold the rights of refugees, a human rights
 * group protested". The complaint verb comes last, after a comma, with its own subject and nothing it governs;
 * what it complains of is the clause before the comma, and the party complained of is that clause's subject.
 * As a report of speech, "protested" is a verbal protest (CAMEO 11x), not a demonstration (14x).
 * Verbs: `inverted_complaint_verbs` in event-arguments.json. Dyad's own lexicon only.
 */
import type { ActorMention } from "../actors/types.js";
import { listed, mentionsOf } from "./arguments.js";
import type { CoderContext } from "./coder-context.js";

/** Relations by which the parser hangs a trailing reporting clause on the reported one, or the reverse. */
const TRAILING_RELS = new Set(["conj", "parataxis"]);
const CONTENT_RELS = new Set(["ccomp", "parataxis"]);
/** Dependents a trailing report may have besides its subject: time, place and manner, punctuation. */
const ALLOWED_RELS = new Set(["advmod", "obl", "punct"]);
/** Code of a verbal protest (CAMEO "criticize or denounce") for a complaint verb whose own code is no 11x. */
const VERBAL_PROTEST = "111";

export interface InvertedComplaint {
  targets: ActorMention[];
  code: string | undefined;
}

/**
 * The party a trailing complaint verb `i` complains of, with the code of the complaint: the coded subject of the
 * clause before the comma that opens the complaint's own subject. Null when `i` governs anything of its own
 * (an object, a that-clause, an against-phrase), when no comma separates it from a clause before it, or when the
 * clause's subject is uncoded or the complainer itself.
 */
export function invertedComplaint(
  cx: CoderContext,
  code: string,
  i: number,
  sources: readonly ActorMention[],
): InvertedComplaint | null {
  const { tree, value, lex, lower } = cx;
  if (lex.anyPos || !listed("inverted_complaint_verbs", lower(i))) return null;
  const subjects = tree.dependents(i, "nsubj");
  const subject = subjects[0];
  if (subject === undefined || subjects.length > 1 || subject > i) return null;
  const [from] = tree.span(subject);
  // "Rohan attacked the convoy, and Gondor protested": a coordinated clause is a protest of its own, not a report.
  if (value[from - 1] !== "," || tree.dependents(i, "cc").length > 0) return null;
  for (const c of tree.children(i)) {
    if (c > i && !ALLOWED_RELS.has(tree.rel(c))) return null;
    // An oblique with a target preposition is the complaint's own target ("protested to Rohan"), found elsewhere.
    if (c > i && tree.rel(c) === "obl" && !["on", "in", "at", ""].includes(tree.caseOf(c))) return null;
  }
  const content = reportedClause(cx, i, from);
  if (content === null) return null;
  const contentSubject = tree.dependents(content, "nsubj")[0];
  if (contentSubject === undefined) return null;
  const targets = mentionsOf(tree, cx.actors, contentSubject).filter(
    (m) => m.actor && m.form !== "pronoun" && !sources.some((s) => s.entity === m.entity),
  );
  if (targets.length === 0) return null;
  return { targets, code: code.startsWith("11") ? undefined : VERBAL_PROTEST };
}

/**
 * The predicate of the clause a trailing report `i` reports: its head when the parser made the report a conjunct
 * or parataxis of that clause, or its own complement clause before the report's subject when it made the report
 * the root. Either way the clause lies wholly before the comma at `from - 1`.
 */
function reportedClause(cx: CoderContext, i: number, from: number): number | null {
  const { tree, isVerbPos, pos } = cx;
  const clause = (h: number) => (isVerbPos(h) || pos[h] === "ADJ" || pos[h] === "AUX") && tree.span(h)[0] < from;
  const head = tree.head(i);
  if (head >= 0 && head < from && TRAILING_RELS.has(tree.rel(i)) && clause(head)) return head;
  if (tree.rel(i) !== "root") return null;
  // The parser also makes the reported clause a bare adverbial clause of the report ("X is violating the border,
  // Y protested"); one with a subordinator ("as prices rose, Y complained") is a circumstance, not the content.
  const content = (c: number) =>
    CONTENT_RELS.has(tree.rel(c)) || (tree.rel(c) === "advcl" && tree.dependents(c, "mark").length === 0);
  const before = tree.children(i).filter((c) => c < from && content(c) && clause(c));
  return before.length === 1 ? (before[0] as number) : null;
}
