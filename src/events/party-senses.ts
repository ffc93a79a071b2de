/**
 * Senses that depend on who the parties are (ev26). The pattern lexicon picks a reading by the words; some
 * readings are only right for some kinds of party:
 * - "beat" is a physical assault (182) on people; a state, a firm, a party or an international body that is
 *   "beaten" lost a match, an election or a bid ("Wales have beaten France", "the offer beat out a rival bid").
 * - a protest (14x) is dissent in the street; a state's protest to another is a formal complaint (114).
 * - the citizens, nationals or firms of an international body are people of its member states, not the body
 *   ("Bahrain allowed GCC nationals to own shares" is no act on the GCC).
 * - "the defending champion" names a title holder; the participle is no act of defence.
 */
import type { ActorMention } from "../actors/types.js";
import type { ActorRef } from "../contract.js";
import { argumentLexicon, listed } from "./arguments.js";
import type { CoderContext } from "./coder-context.js";

/** Readings of "beat" as an assault (18x, or its threat 138). */
const BEAT_RULE = /^V:beat\b/;
/** Parties that are never beaten up: states (bare country codes), firms, political parties, international bodies. */
const NOT_PEOPLE = /^([A-Z]{3}|[A-Z-]{3}(BUS|PTY)[A-Z]*|IGO[A-Z]*)$/;

/**
 * Whether a "beat" reading has a side that cannot be assaulted or assault: a bare state, a firm, a party or an
 * international body on either side is a win in sport, an election or the market.
 */
export function beatenNoPeople(
  rule: string,
  a: ActorMention | null,
  b: ActorMention | null,
  source: ActorRef | null,
  target: ActorRef | null,
): boolean {
  if (!BEAT_RULE.test(rule)) return false;
  return notPeople(a, source) || notPeople(b, target);
}

/** A side that is a state, firm, party or body by its code; a demonym ("Rohanian students") stands for people. */
function notPeople(m: ActorMention | null, r: ActorRef | null): boolean {
  return !!m && m.form !== "demonym" && NOT_PEOPLE.test(r?.actor ?? "");
}

/** Readings of a protest by word (verb or noun "protest"), not marches, rallies or strikes. */
const PROTEST_RULE = /^[VN]:protest\b/;
/** A state or its government, or an organ of an international body that is not its force. */
const STATE_SOURCE = /^([A-Z]{3}(GOV[A-Z]*)?|IGO(?![A-Z]*(MIL|PKO)$)[A-Z]*)$/;

/**
 * "China protested to Japan over the visit", "the embassy protested against the arrests": a protest whose source
 * is a state or a government is an official complaint (114), not dissent (14x). Returns the code to use.
 */
export function stateProtestCode(rule: string, code: string, a: ActorMention | null, source: ActorRef | null): string {
  if (!/^14/.test(code) || !PROTEST_RULE.test(rule) || !a || a.form === "demonym") return code;
  return STATE_SOURCE.test(source?.actor ?? "") ? "114" : code;
}

/**
 * "allowed GCC nationals to own shares", "agreed to let EC citizens work": an international body's name that
 * modifies a noun for people or firms names the people of its member states, not the body as a party.
 */
export function peopleOfBody(cx: CoderContext, m: ActorMention): boolean {
  if (cx.lex.anyPos || !/^IGO/.test(m.actor ?? "")) return false;
  const { tree } = cx;
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    const h = tree.head(k);
    if (h >= m.tokenStart && h < m.tokenEnd) continue;
    // The mention's own head: it must hang as a modifier on a noun for people outside the mention.
    if (h < 0 || !["compound", "amod", "nmod:poss"].includes(tree.deprel(k))) return false;
    return listed("body_people_heads", cx.lower(h));
  }
  return false;
}

/**
 * "the defending champion", "the reigning champions": a participle that modifies a sport noun names a role in the
 * game, no act.
 */
export function sportEpithet(cx: CoderContext, i: number): boolean {
  if (cx.lex.anyPos) return false;
  const { tree } = cx;
  const sportNoun = (k: number) => argumentLexicon().members.get("sport")?.has(cx.lower(k)) === true;
  const h = tree.head(i);
  if (tree.rel(i) === "amod") return h > i && sportNoun(h);
  // The parser may take the participle for a conjunct of the noun phrase before it ("the top seed and defending
  // champion"): a gerund right before a sport noun that is not its own argument still names the role.
  const next = i + 1;
  return cx.doc.tokens.xpos[i] === "VBG" && next < cx.count && sportNoun(next) && tree.head(next) !== i;
}

/** Case markers of a phrase that gives the cause of an act ("due to", "because of", "owing to", "thanks to"). */
const CAUSE_CASES = new Set(["due", "because", "owing", "thanks"]);

/**
 * "will propose a ban on Toshiba products due to the company's sales of goods to Rohan": a party inside a phrase
 * that gives the cause of the act says why, not on whom it acts.
 * "would step down as chairman of the Rohan central bank": a party inside an as-phrase on the trigger names the
 * role the subject (or the object) has, its own office or employer, not a party acted on.
 */
export function inCausePhrase(cx: CoderContext, i: number, code: string, m: ActorMention): boolean {
  // Disapproval is left alone: what it is "because of" is often whom it blames, and "denounced as a crime X's
  // crackdown" puts the blamed party in the as-phrase when the parser misreads the order.
  if (cx.lex.anyPos || /^11/.test(code)) return false;
  const { tree } = cx;
  const marks = CAUSE_OR_ROLE_CASES;
  for (let a = m.tokenStart, k = 0; a >= 0 && a !== i && k < 40; a = tree.head(a), k++) {
    if (!tree.dominates(i, a)) return false;
    const rel = tree.rel(a);
    if ((rel === "obl" || rel === "nmod") && tree.dependents(a, "case").some((c) => marks.has(cx.val(c)))) {
      // An as-phrase counts only on the trigger itself: "the talks as part of X's plan" hang deeper.
      return cx.val(tree.dependents(a, "case")[0] ?? -1) !== "as" || tree.head(a) === i;
    }
  }
  return false;
}

const CAUSE_OR_ROLE_CASES = new Set([...CAUSE_CASES, "as"]);

/** Case markers of a phrase that takes its event as given: a time or a concession ("despite the sanctions"). */
const PRESUPPOSING_CASES = new Set(["despite", "after", "before", "during", "since", "following", "amid", "until"]);
/** Negators of the noun phrase itself. */
const OWN_NEGATORS = new Set(["no", "not", "never", "without"]);
/** Relations inside a noun phrase, up which an event noun still belongs to the phrase ("U.S. trade sanctions"). */
const INSIDE_NOUN_PHRASE = new Set(["compound", "conj", "amod", "flat"]);

/**
 * "Rohan and Gondor are not at war, despite Rohan's sanctions against Gondor", "did not see how the row could be
 * settled before a visit by Elessar": an event noun in a phrase of time or concession is taken as given; the
 * negation of the clause around it does not deny it.
 */
export function presupposedEvent(cx: CoderContext, i: number): boolean {
  if (cx.lex.anyPos || cx.doc.tokens.pos[i] !== "NOUN") return false;
  const { tree } = cx;
  let n = i;
  for (let k = 0; k < 6 && INSIDE_NOUN_PHRASE.has(tree.rel(n)) && tree.head(n) >= 0; k++) n = tree.head(n);
  // Whatever relation the parser gave the phrase (obl, nmod, appos, even the subject of a participle after it),
  // its own preposition decides.
  // "despite no agreement with X" keeps its own negation.
  if ([i, n].some((x) => tree.children(x).some((c) => OWN_NEGATORS.has(cx.val(c))))) return false;
  const cases = [...tree.dependents(n, "case")];
  // "before or during a visit": the parser may hang the first preposition on the second.
  for (const c of [...cases]) cases.push(...tree.dependents(c, "conj"));
  return cases.some((c) => PRESUPPOSING_CASES.has(cx.val(c)));
}

/**
 * "the AP called Nevada for Biden", "called the race for Rohan", "called a meeting for Monday": "call … for" with a
 * direct object of "call" names what is called (a race, a meeting), no appeal for something. "called for talks",
 * "called last month for control to go to X" have no object and stay appeals.
 */
export function calledWithObject(cx: CoderContext, rule: string, i: number): boolean {
  if (cx.lex.anyPos || !/^V:call_for\b/.test(rule)) return false;
  return cx.tree.dependents(i, "obj").some((o) => o > i);
}
