/**
 * Targets of events: the first acceptable actor mention after the trigger in its clause, the parse's objects,
 * the subject a demand is laid on, a protest's stated purpose, the place of force or coercion, and the target a
 * coordinated predicate shares with the clause before it.
 */
import type { ActorMention } from "../actors/types.js";
import { CLAUSE_RELS } from "../nlp/tree.js";
import { cameoInfo } from "../ontology/index.js";
import { argClass, argumentLexicon, listed } from "./arguments.js";
import { type CoderContext, HARD, isPossessiveMark, LOCATIVE, OPENERS, POSSESSIVE } from "./coder-context.js";
import { type Frame, frameOf } from "./frames.js";
import type { EventPattern } from "./lexicon.js";
import { argMentions } from "./parties.js";
import { groupRight, interjectedListItem } from "./subjects.js";

/** Words that end with "to" a complex preposition: "in addition to", "in response to", "according to", "due to". */
const COMPLEX_TO = new Set([
  "addition",
  "response",
  "reply",
  "regard",
  "relation",
  "respect",
  "contrast",
  "comparison",
  "compared",
  "according",
  "due",
  "owing",
  "thanks",
  "prior",
  "contrary",
  "next",
  "close",
  "as",
]);
/** Argument classes of texts: a clause on one says what the text is about. */
const TEXT_CLASSES: ReadonlySet<string> = new Set(["law", "document"]);
/** Codes whose events without a named target are aimed at their place (see placeTarget). */
const PLACE_TARGET = /^(081|1[3-9]|20)/;
/** Roots whose object's from/by phrase names its author, the target (accept 03, concede 08, reject 12). */
const AUTHOR_ROOTS = new Set(["03", "08", "12"]);
/**
 * Place targets that stand for their population: threats, coercion, force, aid cut off (161/162 in the lexicon).
 * Not the other, diplomatic 16x codes (cancelled visits, sanctions, halted talks, expulsions, recalled envoys):
 * "expelled the diplomats in Rohan" is aimed at the state.
 */
const PLACE_CIVILIANS = /^(1[3789]|16[12]|20)/;
/** Verbs of a protest's stated purpose ("to protest X", "to demand …"): their object is the protest's target. */
const PURPOSE_VERBS = new Set([
  "protest",
  "demand",
  "denounce",
  "oppose",
  "press",
  "show",
  "express",
  "condemn",
  "overthrow",
  "topple",
  "oust",
]);
/**
 * Verbs of crowd control as the stated purpose of force or coercion ("opened fire to disperse X", "fired tear
 * gas to break up a rally by X"): their object is the target of the act.
 */
const CROWD_PURPOSE_VERBS = new Set(["disperse", "scatter", "quell", "suppress", "break"]);
/** Proposal nouns that tagging may leave as verbs ("conceded to demands from X"). */
const PROPOSALS = new Set(["demand", "call", "appeal", "request", "proposal", "offer", "plan", "invitation"]);
const COMPASS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"]);
/** Prepositions the tagger may tag as conjunctions; they still open a prepositional phrase before a name. */
const SCONJ_PREPS = new Set(["from", "with", "against", "for"]);
/** Participles that modify a country name and are often parsed as verbs ("from neighboring Lebanon"). */
const NEIGHBOURING = new Set(["neighboring", "neighbouring", "war-torn", "occupied"]);
const PLACE_PREPS = new Set(["in", "into", "inside", "across", "throughout"]);
/**
 * "urged Rohan's development partners", "gave Elessar's critics ammunition": a name owning a relational noun
 * (event-arguments.json "relational_nouns") is the other side of the relation, not the party acted on.
 */
export function relationOwner(cx: CoderContext, m: ActorMention): boolean {
  if (cx.lex.anyPos || !["'s", "’s", "'"].includes(cx.val(m.tokenEnd))) return false;
  const words = argumentLexicon().words.get("relational_nouns");
  for (let k = m.tokenEnd + 1; k < Math.min(cx.count, m.tokenEnd + 4); k++) {
    if (words?.has(cx.lower(k))) return true;
    if (cx.pos[k] !== "NOUN" && cx.pos[k] !== "ADJ" && cx.pos[k] !== "PROPN") return false;
  }
  return false;
}

/** Prepositions whose object the parse may give as a verb's target when the pattern names none. */
const TARGET_PREPS: ReadonlySet<string> = new Set(["to", "with", "on", "against", "at", "toward", "towards", "upon"]);

export function targetAfter(
  cx: CoderContext,
  p: EventPattern,
  end: number,
  se: number,
  nominal: boolean,
): ActorMention[] | null {
  let weak: ActorMention | null = null;
  const found = scanTarget(cx, p, end, se, nominal, (m) => {
    weak ??= m;
  });
  return found?.map((m) => possessedPerson(cx, m)) ?? (weak ? [weak] : null);
}

/**
 * "established ties with and opened an embassy in Iran", "suspended flights to and from Israel": a target
 * preposition right after the trigger, stranded before "and" / "or", shares its object with the conjunct after
 * the coordinator; that object is the first coded mention after it that opens with a preposition, in the clause.
 */
export function strandedPrepTarget(cx: CoderContext, p: EventPattern, end: number, se: number): ActorMention[] | null {
  const { lex, value, val, mentionAt } = cx;
  const prep = val(end + 1);
  if (lex.anyPos || p.say || !(p.tgt?.has(prep) ?? TARGET_PREPS.has(prep))) return null;
  if (val(end + 2) !== "and" && val(end + 2) !== "or") return null;
  for (let k = end + 3; k < Math.min(se, end + 12); k++) {
    const v = value[k] as string;
    if (HARD.has(v) || v === "," || OPENERS.has(val(k))) return null;
    const m = mentionAt(k);
    if (!m?.actor || m.actor.startsWith("---")) continue;
    return prepositionBefore(cx, m, end + 2).prep === null ? null : groupRight(cx, m, se);
  }
  return null;
}

/** Words that may stand between a possessive country and the person it has: "Jordan's visiting King X". */
const PERSON_MODIFIER_POS = new Set(["ADJ", "VERB", "ADV"]);

/**
 * "refused to meet Jordan's visiting King Abdullah", "criticized Iraq's ousted President X": a country in the
 * possessive right before a (modified) coded person of that country only says whose the person is; the person
 * is the party. The actors stage joins "Russia's Foreign Minister X" into one mention, but not across a
 * participle or adjective. A possessed thing ("Iraq's oil") is left to the other rules.
 */
function possessedPerson(cx: CoderContext, m: ActorMention): ActorMention {
  const { pos, value, mentionAt } = cx;
  const country = m.actor ?? "";
  if (!isPlaceCode(cx, m)) return m;
  const k = m.tokenEnd;
  if (value[k] !== "'s" && value[k] !== "’s") return m;
  for (let j = k + 1; j <= k + 3; j++) {
    const n = mentionAt(j);
    if (n) return n.form === "name" && (n.actor?.length ?? 0) > 3 && n.actor?.startsWith(country) ? n : m;
    if (!PERSON_MODIFIER_POS.has(pos[j] ?? "")) return m;
  }
  return m;
}

function scanTarget(
  cx: CoderContext,
  p: EventPattern,
  end: number,
  se: number,
  nominal: boolean,
  keepWeak: (m: ActorMention) => void,
): ActorMention[] | null {
  const { lex, value, val, mentionAt, isVerbPos } = cx;
  for (let k = end + 1; k < se; k++) {
    const v = value[k] as string;
    // "demanded that the US cancel ...": the demand is on the subject of the complement.
    if (p.that && val(k) === "that" && k <= end + 2) continue;
    // "to Esfahan Uranium Conversion Facilities (UCF) in Iran": a one-word parenthesis (an acronym) before a place
    // phrase goes on (siteInTargetPhrase).
    if (v === "(" && value[k + 2] === ")" && PLACE_PREPS.has(val(k + 3))) {
      k += 2;
      continue;
    }
    if (HARD.has(v) || v === "," || OPENERS.has(val(k))) return null;
    // "had agreed to disregard the interest and negotiations were continuing with X": and/but before a noun
    // phrase and a finite verb opens a clause of its own.
    if ((v === "and" || v === "but") && !lex.anyPos && clauseAfter(cx, k, se)) return null;
    const m = mentionAt(k);
    if (!m) {
      // A finite verb with its own subject starts a new clause ("said Xi expressed").
      if (isVerbPos(k) && mentionAt(k - 1) && k > end + 1) return null;
      if (nominal && k > end + 8) return null;
      continue;
    }
    if (actorsOwn(cx, m)) {
      k = m.tokenEnd - 1;
      continue;
    }
    const located = locatedModifier(cx, m, se);
    if (located > 0) {
      k = located;
      continue;
    }
    const { b, prep, complexTo } = prepositionBefore(cx, m, end);
    let ok: boolean;
    if (p.say) ok = sayAddressee(cx, p, m, { b, end, se, prep });
    else if (nominal) ok = prep !== null && (p.tgt?.has(prep) ?? false);
    else if (p.tgt) ok = namedPrepTarget(cx, p, m, b, end, prep);
    else ok = freePrepTarget(cx, p, b, end, prep);
    if (complexTo) ok = false;
    // "dispatched inspectors to a nuclear site in Rohan": an uncoded place in the target phrase stands for the
    // country it is in.
    if (!ok && !p.say && siteInTargetPhrase(cx, p, m, b, end, prep)) return [m];
    if (p.say && !ok) return null;
    if (!ok) {
      // Skip the whole coordinated phrase: "in Romania and Poland" is one place phrase.
      const group = groupRight(cx, m, se);
      k = (group[group.length - 1] as ActorMention).tokenEnd - 1;
      continue;
    }
    // "imposed martial law in Kabul" (tgt=in): a place put under coercion or force stands for its people, as
    // in placeTarget.
    if (prep && PLACE_PREPS.has(prep) && !lex.anyPos && PLACE_CIVILIANS.test(p.code) && isPlaceCode(cx, m)) {
      return [placeCivilians(cx, m)];
    }
    // A target without a known country ("other military", an uncoded name) is kept only if nothing better
    // follows in the clause.
    if ((!m.actor || m.actor.startsWith("---")) && !p.say) {
      keepWeak(m);
      k = m.tokenEnd - 1;
      continue;
    }
    return groupRight(cx, groupOfCountries(cx, m) ?? m, se);
  }
  return null;
}

/**
 * "met the leaders of Gondor, Rohan and Arnor", "talks with the ministers of Rohan": a common-noun group of people
 * whose of-phrase names countries belongs to them; its own code (the actors stage may give a bare group the
 * article's country) says less than the countries do. The first country's mention (its conjuncts follow), or null.
 */
function groupOfCountries(cx: CoderContext, m: ActorMention): ActorMention | null {
  if (cx.lex.anyPos || m.form !== "nominal" || cx.actors.entities[m.entity]?.kind !== "group") return null;
  if (cx.val(m.tokenEnd) !== "of") return null;
  const at = cx.lower(m.tokenEnd + 1) === "the" ? m.tokenEnd + 2 : m.tokenEnd + 1;
  const c = cx.mentionAt(at);
  return c && c.tokenStart === at && cx.actors.entities[c.entity]?.kind === "country" ? c : null;
}

/** Participles that make a name (or a coordinated pair of names) the seat or owner of the following name. */
const SEAT_PARTICIPLES = new Set(["based", "owned", "controlled", "headquartered", "registered"]);

/**
 * "the purchase of WMC by Zurich and London-based Xstrata", "negotiating with the Chinese Government owned First
 * Autoworks": names before "-based" / "owned" only locate or own the party that follows, no party themselves.
 * The position of the participle to go on scanning from, or -1.
 */
export function locatedModifier(cx: CoderContext, m: ActorMention, se: number): number {
  if (cx.lex.anyPos) return -1;
  const group = groupRight(cx, m, se);
  const last = group[group.length - 1] as ActorMention;
  let k = last.tokenEnd;
  // "Zurich and London-based X": the last conjunct is uncoded, or a mention that spans "London-based X".
  if (cx.val(k) === "and" && cx.pos[k + 1] === "PROPN" && !cx.mentionAt(k + 1)) k += 2;
  for (let j = last.tokenStart + 1; j < last.tokenEnd - 1 && last !== m; j++) {
    if (cx.val(j) === "-" && SEAT_PARTICIPLES.has(cx.val(j + 1))) return j + 1;
  }
  if (cx.val(k) === "-") k++;
  const nounAfter = ["PROPN", "NOUN", "ADJ"].includes(cx.pos[k + 1] ?? "") || /^[A-Z]/.test(cx.value[k + 1] ?? "");
  return SEAT_PARTICIPLES.has(cx.val(k)) && nounAfter ? k : -1;
}

/**
 * Whether mention m, a country in an in-phrase right after an uncoded place noun (`place` argument class: site,
 * facility, camp, base …; the head of an uncoded site name too), is the country of that place, which itself sits
 * in a phrase of one of the pattern's target prepositions after the trigger ("sent inspectors to a nuclear site in
 * Rohan", "delivered aid to a camp in Rohan").
 */
function siteInTargetPhrase(
  cx: CoderContext,
  p: EventPattern,
  m: ActorMention,
  b: number,
  end: number,
  prep: string | null,
): boolean {
  const { lex, pos, val, lower, mentionAt } = cx;
  if (lex.anyPos || !p.tgt || prep !== "in" || !isPlaceCode(cx, m)) return false;
  const places = argumentLexicon().members.get("place");
  // A named site ("the Gondor Nuclear Facilities (GNF) in X"): its head noun, before a one-word parenthesis.
  const h = cx.value[b - 1] === ")" && cx.value[b - 3] === "(" ? b - 4 : b - 1;
  const head = lower(h).replace(/ies$/, "y").replace(/s$/, "");
  if ((pos[h] !== "NOUN" && pos[h] !== "PROPN") || !places?.has(head)) return false;
  for (let k = h - 1; k > end; k--) {
    if (mentionAt(k)?.actor) return false;
    if (p.tgt.has(val(k)) && (pos[k] === "ADP" || val(k) === "to")) return true;
    if (!["DET", "ADJ", "NOUN", "NUM", "PROPN"].includes(pos[k] as string)) return false;
  }
  return false;
}

/**
 * "offered its troops to Lebanon", "an offensive in its Gulf war": a possessive pronoun phrase is the actor's
 * own thing, not a target; nor is a name owning a relational noun, or an uncoded "its/their …" phrase.
 */
function actorsOwn(cx: CoderContext, m: ActorMention): boolean {
  const { lex, val, lower } = cx;
  const ownThing =
    POSSESSIVE.has(val(m.tokenStart - 1)) && (lex.byHead.get(lower(m.tokenEnd))?.some((q) => q.kind === "N") ?? false);
  return (
    ownThing ||
    relationOwner(cx, m) ||
    (/^(its|their|his|her|our)\b/i.test(m.text) && (!m.actor || m.actor.startsWith("---")))
  );
}

/** The preposition heading a mention's phrase (after determiners and modifiers), its position, and whether it is
 * the "to" of a complex preposition. */
function prepositionBefore(
  cx: CoderContext,
  m: ActorMention,
  end: number,
): { b: number; prep: string | null; complexTo: boolean } {
  const { pos, val } = cx;
  let b = m.tokenStart - 1;
  for (;;) {
    while (b > end && (pos[b] === "DET" || pos[b] === "ADJ" || pos[b] === "NUM" || placeModifier(cx, b))) b--;
    // "demands from Karen rebels": an uncoded name right before the mention's noun modifies it (an ethnic or
    // group name the actors stage does not know); the preposition is before that name.
    const u = b > end ? uncodedModifier(cx, m, b) : null;
    if (!u) break;
    b = u.tokenStart - 1;
  }
  // The tagger takes some prepositions before a mis-tagged modifier for conjunctions ("from neighboring X").
  // A "to" that ends a complex preposition ("in addition to X", "in response to X") is that preposition's.
  const complexTo = val(b) === "to" && COMPLEX_TO.has(val(b - 1));
  const prep =
    b > end && (pos[b] === "ADP" || val(b) === "to" || SCONJ_PREPS.has(val(b)))
      ? complexTo
        ? `${val(b - 1)} to`
        : val(b)
      : null;
  return { b, prep, complexTo };
}

/**
 * The uncoded name mention ending at b that modifies mention m's noun ("Karen" in "Karen rebels"): all proper
 * nouns or adjectives, and m opens with a common noun (its head), so that two names in a row ("Shona Smith")
 * stay apart.
 */
function uncodedModifier(cx: CoderContext, m: ActorMention, b: number): ActorMention | null {
  const { pos, mentionAt } = cx;
  const u = mentionAt(b);
  if (!u || u === m || u.actor || u.tokenEnd !== b + 1 || pos[m.tokenStart] !== "NOUN") return null;
  for (let k = u.tokenStart; k < u.tokenEnd; k++) if (pos[k] !== "PROPN" && pos[k] !== "ADJ") return null;
  return u;
}

/** Whether a mention after a pattern that names its target prepositions is the target. */
function namedPrepTarget(
  cx: CoderContext,
  p: EventPattern,
  m: ActorMention,
  b: number,
  end: number,
  prep: string | null,
): boolean {
  const { lex, pos, lower } = cx;
  // "conceded to demands from X": the author of a proposal is the target of its acceptance (as below).
  const author =
    (prep === "from" || prep === "by") &&
    AUTHOR_ROOTS.has(p.code.slice(0, 2)) &&
    !lex.anyPos &&
    (pos[b - 1] === "NOUN" || PROPOSALS.has(lower(b - 1))) &&
    b - 1 <= end + 4;
  // "pressed the EC to make a counter-offer": an appeal's direct object is its addressee, whatever
  // prepositions the pattern names for its other targets ("pressed for X").
  const addressee = !lex.anyPos && b === end && /^(02|10)/.test(p.code);
  return prep !== null
    ? (p.tgt?.has(prep) ?? false) || author
    : (p.dem && m.form === "demonym") || addressee || thatClauseSubject(cx, p, b, end);
}

/**
 * "complained that Rohan was failing to …": a pattern with `that` and named target prepositions also takes the
 * subject of a that-clause right after the trigger (ev25; before, only patterns without `tgt=` did).
 */
function thatClauseSubject(cx: CoderContext, p: EventPattern, b: number, end: number): boolean {
  return !cx.lex.anyPos && !!p.that && cx.val(b) === "that" && b <= end + 2;
}

/** Whether a mention after a pattern without target prepositions is the target: a direct object, or an allowed
 * prepositional one. */
function freePrepTarget(cx: CoderContext, p: EventPattern, b: number, end: number, prep: string | null): boolean {
  const { lex, pos, lower } = cx;
  // "demanded the removal of X", "ordered the release of X": the "of" object of the verb's object noun.
  // "rejected an appeal from X", "accepted demands from X": the author of a proposal is the target of
  // its acceptance or rejection.
  const author = (prep === "from" || prep === "by") && AUTHOR_ROOTS.has(p.code.slice(0, 2));
  // "refused to respond to a demand from X": a proposal noun may sit in the verb's complement.
  const reach = author && !lex.anyPos && PROPOSALS.has(lower(b - 1)) ? 6 : 4;
  const ofObject = (prep === "of" || author) && pos[b - 1] === "NOUN" && b - 1 <= end + reach;
  // "agreed to provide aid for Romania": the beneficiary of a promised act is the target of the promise.
  const beneficiary = prep === "for" && p.code.startsWith("03") && !lex.anyPos;
  return prep === null || !LOCATIVE.has(prep) || ofObject || beneficiary || askedFrom(cx, p, prep, end, b);
}

/**
 * "demanded autonomy from X", "requested an apology from X": the party a demand or request (02x, 10x) asks
 * something from is its addressee, when the from-phrase follows the verb's own object noun ("demanded the
 * withdrawal of troops from X" names a place: an of-phrase comes between).
 */
function askedFrom(cx: CoderContext, p: EventPattern, prep: string | null, end: number, b: number): boolean {
  const { lex, pos } = cx;
  if (prep !== "from" || lex.anyPos || !/^(02|10)/.test(p.code) || b - 1 > end + 4 || pos[b - 1] !== "NOUN") {
    return false;
  }
  for (let k = end + 1; k < b; k++) if (pos[k] === "ADP" || cx.mentionAt(k)) return false;
  return true;
}

/** Penn tags of finite verbs and modals. */
const FINITE = new Set(["VBD", "VBZ", "VBP", "MD"]);

/** A clause opens after the conjunction at k: a noun phrase without a name, then a finite verb or auxiliary. */
function clauseAfter(cx: CoderContext, k: number, se: number): boolean {
  const { pos, mentionAt } = cx;
  const xpos = cx.doc.tokens.xpos;
  let j = k + 1;
  while (j < se && ["DET", "ADJ", "NOUN", "NUM"].includes(pos[j] ?? "") && !mentionAt(j)) j++;
  return j > k + 1 && j < se && FINITE.has(xpos[j] ?? "");
}

/**
 * Whether mention m, after the speech verb ending at `end` (b: the token before m's phrase, prep: its
 * preposition), is the verb's addressee.
 */
function sayAddressee(
  cx: CoderContext,
  p: EventPattern,
  m: ActorMention,
  { b, end, se, prep }: { b: number; end: number; se: number; prep: string | null },
): boolean {
  const { pos, isVerbPos } = cx;
  // "told Gondor", not "said Gondor must ..." / "said US and British forces must ..." (that is the subject of
  // reported speech).
  const group = groupRight(cx, m, se);
  const after = (group[group.length - 1] as ActorMention).tokenEnd;
  const clauseNext = isVerbPos(after) || pos[after] === "AUX" || isModalAt(cx, after);
  // "said the U.S. commitment allows …", "announced the plan": with `tgt=` the addressee needs its preposition
  // ("said to X"); only verbs without one take a bare addressee ("told X").
  if (!prep) return !p.tgt && b === end && !clauseNext;
  // The preposition must belong to the speech verb ("said to reporters"), not to a noun of the reported content
  // ("said overall aid to Rohan is expected to rise": Rohan is a topic, not the addressee).
  if (!(p.tgt?.has(prep) ?? false)) return false;
  return b === end + 1 || (mentionHangsBefore(cx, m, end) && !clauseNext && !nounBefore(cx, b));
}

/** "its loans to Brazil": a noun right before the preposition that is no text takes the phrase itself. */
function nounBefore(cx: CoderContext, b: number): boolean {
  return cx.pos[b - 1] === "NOUN" && !TEXT_CLASSES.has(argClass(cx.tree, cx.actors, b - 1));
}

/**
 * True when the parse hangs mention m on the trigger (at or before `end`) through nouns only ("said to X",
 * "announced the decision to X", "said in a letter to X"), not through a verb of the reported content.
 */
function mentionHangsBefore(cx: CoderContext, m: ActorMention, end: number): boolean {
  const { tree, isVerbPos, pos } = cx;
  let h = m.tokenStart;
  for (let steps = 0; steps < 64 && h >= m.tokenStart && h < m.tokenEnd; steps++) h = tree.head(h);
  let last = -1;
  for (let steps = 0; steps < 64 && h > end; steps++) {
    if (isVerbPos(h) || pos[h] === "AUX" || CLAUSE_RELS.has(tree.rel(h))) return false;
    last = h;
    h = tree.head(h);
  }
  // "said its outstanding loans to Brazil total …": through the verb's object only when the object is a text
  // ("announced the decision to X"); any other object is the reported content's subject, misparsed.
  if (last >= 0 && tree.rel(last) === "obj" && !TEXT_CLASSES.has(argClass(tree, cx.actors, last))) return false;
  return h >= 0 && h <= end;
}

/**
 * Words between a preposition and its place that tagging may leave outside ADJ: a compass word ("invasion of
 * northern Mali") or a participle ("in the occupied Golan Heights").
 */
export function placeModifier(cx: CoderContext, k: number): boolean {
  const { doc, pos, val, isVerbPos } = cx;
  // "from neighboring Lebanon", "to war-torn Mozambique": a participle modifying the name, whatever its tag.
  const participle = (doc.tokens.deprel[k] === "amod" && /(ing|ed|torn)$/.test(val(k))) || NEIGHBOURING.has(val(k));
  return COMPASS.has(val(k)) || participle || (isVerbPos(k) && /ed$/.test(val(k)) && pos[k - 1] === "DET");
}

/** A name or demonym of a country or place (a bare 3-letter country code, no role). */
export function isPlaceCode(cx: CoderContext, m: ActorMention): boolean {
  const { actors } = cx;
  const kind = actors.entities[m.entity]?.kind;
  return m.actor?.length === 3 && !m.actor.startsWith("-") && (kind === "country" || kind === "place");
}

/** The coded country or place mentioned at token `t` (a pronoun does not name one), or null. */
export function placeMentionAt(cx: CoderContext, t: number): ActorMention | null {
  const { actors } = cx;
  const m = actors.mentions[actors.mentionOfToken[t] ?? -1];
  return m && m.form !== "pronoun" && isPlaceCode(cx, m) ? m : null;
}

/** The civilians of place `m` as a target ("shelled X" hits X's people), registered as a place reference. */
export function placeCivilians(cx: CoderContext, m: ActorMention): ActorMention {
  const civilians = { ...m, actor: `${m.actor}CVL` };
  cx.placeRefs.add(civilians);
  return civilians;
}

/** Subject of a complement clause followed by an obligation modal ("said Libya must hand over"). */
export function demandedOf(cx: CoderContext, end: number, se: number): ActorMention[] | null {
  const { pos, value, mot, val, mentionAt, isVerbPos } = cx;
  let k = end + 1;
  // "said on Tuesday that", "said here Wednesday that": time and place words before the complement.
  for (let j = k; j < Math.min(se, end + 5); j++) {
    if (val(j) === "that") {
      k = j + 1;
      break;
    }
    if (mot[j] !== -1 || isVerbPos(j) || pos[j] === "AUX" || value[j] === "," || HARD.has(value[j] as string)) break;
  }
  while (k < se && (pos[k] === "DET" || pos[k] === "ADJ")) k++;
  const m = mentionAt(k);
  if (!m) return null;
  const group = groupRight(cx, m, se);
  // A few words may follow the subject before its modal ("the US and other developed nations must", "the rebels
  // in Darfur must"), but no verb or punctuation.
  const groupEnd = (group[group.length - 1] as ActorMention).tokenEnd;
  let after = groupEnd;
  for (let n = 0; n < 5 && after < se && !isModalAt(cx, after); n++, after++) {
    if (isVerbPos(after) || pos[after] === "AUX" || pos[after] === "PUNCT" || OPENERS.has(val(after))) return null;
  }
  if (!isModalAt(cx, after) || forecastAfterModal(cx, after, se)) return null;
  return stateAfterModal(cx, after, se, after === groupEnd) ? null : group;
}

/** Verbs of a phase before a verb of change ("should start to decline"). */
const PHASE_VERBS = new Set(["start", "begin", "continue", "keep"]);

/**
 * "said the Rohan trade deficit should start to decline", "said Rohan's economy should grow faster": a figure that
 * should rise or fall (an intransitive `amount_verbs` verb) is a forecast, no demand on the party. "Rohan should
 * increase imports" (an object follows) asks Rohan to act.
 */
function forecastAfterModal(cx: CoderContext, modal: number, se: number): boolean {
  const { pos, val, lower } = cx;
  let k = modal + (val(modal) === "must" || val(modal) === "should" ? 1 : 2);
  while (k < se && (val(k) === "not" || pos[k] === "ADV")) k++;
  if (PHASE_VERBS.has(lower(k)) && val(k + 1) === "to") k += 2;
  if (!listed("amount_verbs", lower(k))) return false;
  return !["DET", "NOUN", "PROPN", "NUM", "PRON"].includes(pos[k + 1] ?? "");
}

/**
 * "said Rohan should have a seat", "should be part of the talks", "should get more aid": a state or a thing the
 * speaker thinks Y ought to have is an opinion about Y's role, not an act asked of Y ("should withdraw" is). The
 * verbs are `state_verbs` in event-arguments.json; "should have done" (a past reproach) asks nothing either.
 */
function stateAfterModal(cx: CoderContext, modal: number, se: number, direct: boolean): boolean {
  const { pos, val, lower } = cx;
  let k = modal + (val(modal) === "must" || val(modal) === "should" ? 1 : 2);
  while (k < se && (val(k) === "not" || val(k) === "n't" || pos[k] === "ADV")) k++;
  if (!listed("state_verbs", lower(k))) return false;
  // "Rohan should (not) be forced to pay", "should be allowed to join": a passive on the party itself makes it the
  // one acted on; what is asked is asked of others. ("Rohan's currency should be adjusted" asks Rohan.)
  if (direct && lower(k) === "be" && cx.doc.tokens.xpos[k + 1] === "VBN") return true;
  // "the UN should be leading efforts": a progressive is an act asked of Y.
  if (cx.doc.tokens.xpos[k + 1] === "VBG") return false;
  // "should be ready to withdraw", "should get ready to leave": an act asked of Y after all.
  for (let j = k + 1; j < Math.min(se, k + 4); j++) if (val(j) === "to" && pos[j + 1] === "VERB") return false;
  return true;
}

/** "must", "should", "has to", "needs to" (an obligation laid on the subject before it). */
function isModalAt(cx: CoderContext, k: number): boolean {
  const { val } = cx;
  const v = val(k);
  if (v === "must" || v === "should") return true;
  return (v === "has" || v === "have" || v === "needs" || v === "need") && val(k + 1) === "to";
}

/**
 * A target found by word order inside a clause the verb governs ("agreed to sell jets to India") is the
 * beneficiary of the promised act, not a party that agreed as well: a reciprocal verb keeps it one-way.
 */
export function outsideClauses(
  cx: CoderContext,
  f: Frame,
  p: EventPattern,
  ts: ActorMention[] | null,
): ActorMention[] | null {
  const { lex, tree, oneWay } = cx;
  if (!ts || lex.anyPos || !p.recip) return ts;
  for (const m of ts) if (f.clauses.some((c) => tree.dominates(c, m.tokenStart))) oneWay.add(m);
  return ts;
}

/**
 * A verb's arguments come from its own frame: a mention inside a verb coordinated after the trigger belongs to
 * that verb ("condemned the strikes and called on the Council to act": the Council is no target of the
 * condemnation), and one inside an adverbial clause the trigger governs to that clause. Coordinated verbs share
 * only their subject. Read from the parse: the mention hangs under a
 * verbal conjunct that follows the trigger and does not hold it (the parser may hang that verb on the trigger's
 * object noun).
 */
export function ownPredicate(cx: CoderContext, i: number, ts: ActorMention[] | null, code = ""): ActorMention[] | null {
  const { lex, tree, pos } = cx;
  // Only criticism and rejection give the reason in such a clause ("accepted a formula for ending its dispute
  // with X" is accepted from X); a clause of time or circumstance ("agreed to resign without returning to X")
  // holds no target of any act.
  const reasons = /^1[12]/.test(code);
  if (!ts || lex.anyPos) return ts;
  const inOther = (m: ActorMention) => {
    for (let a = m.tokenStart, n = 0; a >= 0 && a !== i && n < 40; a = tree.head(a), n++) {
      if (tree.dominates(a, i)) return false;
      if (a > i && pos[a] === "VERB" && tree.rel(a) === "conj") return true;
      // "accused X of avoiding talks with Y", "criticized X for backing Y": an adverbial clause the trigger
      // governs gives the reason; its parties are no targets.
      if (a > i && reasonClause(cx, i, a, reasons ? ABOUT_MARKS : CIRCUMSTANCE_MARKS)) return true;
    }
    return false;
  };
  const se = cx.doc.sentences.tokenEnd[cx.doc.tokens.sentence[i] as number] as number;
  const kept = ts.filter((m) => !inOther(m) || interjectedListItem(cx, m, se));
  return kept.length > 0 ? kept : null;
}

/**
 * "Arnor rejected such action and Rohan's minister merely said …": a mention after "and"/"but" that a finite verb
 * follows opens a clause of its own, however the parser attached it (it often makes the subject a conjunct of the
 * object). Read by word order; "Arnor and Rohan must …" (a coordinated list of names) stays.
 */
export function newClauseSubject(cx: CoderContext, i: number, m: ActorMention): boolean {
  const { doc, pos, mentionAt } = cx;
  const before = m.tokenStart - 1;
  if (before <= i || pos[before] !== "CCONJ" || mentionAt(before - 1) !== null) return false;
  // The rest of its noun phrase ("Rohan's envoy Eomer") and adverbs ("merely") may come before the verb.
  let k = m.tokenEnd;
  for (let n = 0; n < 6 && ["NOUN", "PROPN", "ADJ", "PART"].includes(pos[k] ?? ""); n++) k++;
  while (pos[k] === "ADV") k++;
  return FINITE.has(doc.tokens.xpos[k] ?? "");
}

/** Verbs (lemmas) of a speaker named after the reported clause: "…, the news agency reported." */
const TRAILING_REPORT = new Set(["say", "report", "add", "tell", "state", "announce", "write", "quote"]);

/**
 * "Gondor sold wheat to Arnor, the director of Rohan's grain board said": a mention between a comma after the
 * trigger and a speech verb that closes the sentence names who reports the event, not a party to it. Read by
 * word order, as the parser often hangs the speaker's phrase on the last noun as an apposition.
 */
export function trailingSpeaker(cx: CoderContext, i: number, m: ActorMention): boolean {
  const { doc, pos, value, lower } = cx;
  const se = doc.sentences.tokenEnd[doc.tokens.sentence[i] as number] as number;
  let comma = -1;
  for (let k = m.tokenStart - 1; k > i; k--) {
    if (value[k] === ",") {
      comma = k;
      break;
    }
    if (pos[k] === "VERB") return false;
  }
  if (comma < 0) return false;
  for (let k = m.tokenEnd; k < se; k++) {
    if (pos[k] !== "VERB") continue;
    if (!TRAILING_REPORT.has(lower(k))) return false;
    // Nothing but adjuncts after the speech verb ("said on Tuesday."): no clause of its own follows.
    for (let r = k + 1; r < se; r++) if (pos[r] === "VERB" || value[r] === "that") return false;
    return true;
  }
  return false;
}

/** Subordinators of a clause that says what an act is about or when it happened (not "to", a purpose). */
const CIRCUMSTANCE_MARKS = new Set(["after", "before", "while", "since", "despite", "because", "without", "although"]);
const ABOUT_MARKS = new Set(["of", "for", "by", ...CIRCUMSTANCE_MARKS]);

/** A clause at a opened by "of"/"for"/… on the trigger i or on its object (parsers attach it to either). */
function reasonClause(cx: CoderContext, i: number, a: number, marks: ReadonlySet<string>): boolean {
  const { tree } = cx;
  const h = tree.head(a);
  const onTrigger = h === i || (tree.head(h) === i && (tree.rel(h) === "obj" || tree.rel(h) === "xcomp"));
  const rel = tree.rel(a);
  return (
    onTrigger && (rel === "advcl" || rel === "acl") && tree.dependents(a, "mark").some((m) => marks.has(cx.val(m)))
  );
}

/**
 * Word-order targets the parse rules out: a mention inside the verb's own subject phrase ("said Jean Dupont,
 * the OECD's economist"), and for speech verbs one inside the reported clause ("said X has ended talks": X is
 * the content's subject, not the addressee; "said X must" is handled by demandedOf).
 */
export function inFrame(cx: CoderContext, f: Frame, p: EventPattern, ts: ActorMention[] | null): ActorMention[] | null {
  const { lex, tree } = cx;
  if (!ts || lex.anyPos) return ts;
  const inside = (heads: readonly number[], m: ActorMention) => heads.some((h) => tree.dominates(h, m.tokenStart));
  // Only a subject phrase of the verb's own that does not hold the verb itself (a noun whose participle
  // clause the verb is would hold everything).
  const subjects = f.inherited ? [] : f.subjects.filter((h) => !tree.dominates(h, f.trigger));
  // "dismissed reports linking him to the tour to New Zealand": a party inside a clause on a text the verb
  // acts on is what the text is about, not the target (the text's author would be).
  const textClauses = f.objects
    .filter((o) => TEXT_CLASSES.has(argClass(tree, cx.actors, o)))
    .flatMap((o) => tree.children(o).filter((c) => tree.rel(c) === "acl"));
  const kept = ts.filter((m) => !inside(subjects, m) && !(p.say && inside(f.clauses, m)) && !inside(textClauses, m));
  return kept.length > 0 ? kept : null;
}

/**
 * Targets the parse gives a verb: its object, or an object of a preposition the pattern accepts. A speaker
 * named after the reported clause ("…, a newspaper reported Tuesday") is none, however the parser attached it.
 */
export function parsedTargets(cx: CoderContext, p: EventPattern, f: Frame): ActorMention[] | null {
  const { lex } = cx;
  if (p.say || lex.anyPos) return null;
  const args = (heads: readonly number[]) => argMentions(cx, heads).filter((m) => !trailingSpeaker(cx, f.trigger, m));
  if (!p.tgt) {
    const objs = args(f.objects);
    if (objs.length > 0) return objs;
  }
  for (const [prep, heads] of f.obliques) {
    if (!(p.tgt ?? TARGET_PREPS).has(prep)) continue;
    // "the donor nations met at The Hague", "agreed at Geneva": for statements and cooperation an at-phrase is
    // the venue; it names a target only for hostile acts ("fired at X", "protested at X").
    if (!p.tgt && prep === "at" && /^0[1-8]/.test(p.code)) continue;
    const ms = args(heads);
    if (ms.length > 0) return ms;
  }
  return null;
}

/**
 * Targets the parse gives an event noun when word order finds none: the copular subject of "the target of"
 * ("X has been the subject of US sanctions"), or an object of the pattern's prepositions further away.
 */
export function parsedNounTargets(cx: CoderContext, p: EventPattern, i: number): ActorMention[] | null {
  const { lex, tree } = cx;
  if (lex.anyPos) return null;
  const f = frameOf(tree, i);
  const objs = argMentions(cx, f.objects);
  if (objs.length > 0) return objs;
  for (const [prep, heads] of f.obliques) {
    if (!p.tgt?.has(prep)) continue;
    const ms = argMentions(cx, heads);
    if (ms.length > 0) return ms;
  }
  return null;
}

/**
 * A protest without a named target is aimed at what its stated purpose names: "began a hunger strike to protest
 * against Norway's decision", "blocked roads to press their demands from X's government", "staged a sit-in in
 * protest at X" (Dyad's own lexicon only). The first coded mention after the purpose verb in the clause.
 */
export function purposeTarget(cx: CoderContext, code: string, end: number, se: number): ActorMention[] | null {
  const { lex, value, lower, val } = cx;
  const force = /^1[789]/.test(code);
  if (lex.anyPos || !(code.startsWith("14") || force)) return null;
  for (let k = end + 1; k < se - 1; k++) {
    if (HARD.has(value[k] as string) || OPENERS.has(val(k))) return null;
    if (force) {
      if (val(k) !== "to" || !CROWD_PURPOSE_VERBS.has(lower(k + 1))) continue;
      return firstCodedAfter(cx, k + 2, se);
    }
    const purpose = val(k) === "to" && PURPOSE_VERBS.has(lower(k + 1));
    // "in protest at X", "in defiance of X"
    const inProtest = val(k) === "in" && (val(k + 1) === "protest" || val(k + 1) === "defiance");
    // "demonstrated … demanding the release of X", "a demonstration calling for the removal of X".
    const callingFor = val(k) === "calling" && val(k + 1) === "for";
    const participle = /ing$/.test(val(k)) && PURPOSE_VERBS.has(lower(k)) && lower(k) !== val(k);
    // "threw stones during demonstrations against X": the protest the act was part of names the target.
    const during = duringProtest(cx, k, se);
    if (!purpose && !inProtest && !callingFor && !participle && during < 0) continue;
    return firstCodedAfter(cx, during >= 0 ? during : participle ? k + 1 : k + 2, se);
  }
  return null;
}

/** Whether `m` is a coded party: a mention with an actor code that names a country, and no pronoun. */
export function isCodedParty(m: ActorMention): boolean {
  return !!m.actor && !m.actor.startsWith("-") && m.form !== "pronoun";
}

/** The first mention with a country code from j on, before a clause boundary or a comma. */
function firstCodedAfter(cx: CoderContext, from: number, se: number): ActorMention[] | null {
  const { value, val, mentionAt } = cx;
  for (let j = from; j < se; j++) {
    if (HARD.has(value[j] as string) || OPENERS.has(val(j)) || value[j] === ",") return null;
    const m = mentionAt(j);
    if (m && isCodedParty(m)) return [m];
    if (m) j = m.tokenEnd - 1;
  }
  return null;
}

/** After "during/at/amid (the) <protest noun> against" at k, the position after "against"; -1 otherwise. */
function duringProtest(cx: CoderContext, k: number, se: number): number {
  const { pos, val, lower } = cx;
  if (val(k) !== "during" && val(k) !== "at" && val(k) !== "amid") return -1;
  let j = k + 1;
  while (j < se && (pos[j] === "DET" || pos[j] === "ADJ" || pos[j] === "NUM")) j++;
  const nouns = argumentLexicon().words.get("protest_nouns");
  return nouns?.has(lower(j)) && val(j + 1) === "against" ? j + 2 : -1;
}

/**
 * An agreement or concession (03x, 08x) without a named target is made to the party it was negotiated with:
 * "called off the strike after talks with X", "released the hostages following negotiations with X" (Dyad's
 * own lexicon only). The first coded mention after "with" in the negotiation phrase.
 */
export function talksPartner(cx: CoderContext, code: string, end: number, se: number): ActorMention[] | null {
  const { lex, pos, value, lower, val, mentionAt } = cx;
  if (lex.anyPos || !/^0[38]/.test(code)) return null;
  const nouns = argumentLexicon().words.get("negotiation_nouns");
  for (let k = end + 1; k < se - 2; k++) {
    if (HARD.has(value[k] as string) || value[k] === ",") return null;
    if (val(k) !== "after" && val(k) !== "following") continue;
    let j = k + 1;
    while (j < se && (pos[j] === "DET" || pos[j] === "ADJ" || pos[j] === "NUM")) j++;
    if (!(nouns?.has(val(j)) || nouns?.has(lower(j))) || val(j + 1) !== "with") return null;
    const m = mentionAt(j + 2) ?? (pos[j + 2] === "DET" ? mentionAt(j + 3) : null);
    return m && isCodedParty(m) ? groupRight(cx, m, se) : null;
  }
  return null;
}

/**
 * Protests, threats, force and the lifting of curfews or emergency rule without a named target are aimed at
 * the place where they happen: "demonstrated in Serbia", "imposed a curfew in the town of Cizre in
 * southeastern Turkey", "lifted a state of emergency in West Darfur" (Dyad's own lexicon only). The first
 * coded place or country after in/into/inside/across in the clause is the target.
 */
export function placeTarget(cx: CoderContext, code: string, end: number, se: number): ActorMention[] | null {
  const { lex, pos, value, placeRefs, val, mentionAt, isVerbPos } = cx;
  if (lex.anyPos || !PLACE_TARGET.test(code)) return null;
  for (let k = end + 1; k < se; k++) {
    const v = value[k] as string;
    if (HARD.has(v) || v === "," || OPENERS.has(val(k))) return null;
    // "threatened to resume attacks in Israel": an infinitive complement goes on; another finite verb ends.
    if (isVerbPos(k) && k > end + 1 && !/(ing|ed)$/.test(val(k)) && val(k - 1) !== "to") return null;
    // "attacks by Iran and Iraq were high on the agenda for the summit in Venice": an auxiliary or copula after
    // the trigger starts the predicate of the clause the trigger's phrase is subject of; its places are not the
    // attack's.
    if (pos[k] === "AUX" && k > end + 1) return null;
    if (!PLACE_PREPS.has(val(k))) continue;
    for (let j = k + 1; j < Math.min(se, k + 7); j++) {
      const m = mentionAt(j);
      if (m) {
        const modifier = pos[m.tokenEnd] === "NOUN"; // "in its Gulf war": a modifier, not the place
        if (m.actor && m.actor.length === 3 && !m.actor.startsWith("-") && m.form !== "pronoun" && !modifier) {
          // The population of a place put under curfew, attacked or cut off from aid: "imposed a curfew in
          // X" → X civilians. A capital here is a place, not its government.
          const place = { ...m, actor: PLACE_CIVILIANS.test(code) ? `${m.actor}CVL` : m.actor };
          placeRefs.add(place);
          return [place];
        }
        j = m.tokenEnd - 1;
        continue;
      }
      // "in the town of Cizre in southeastern Turkey": the place phrase goes on through of/in and modifiers.
      if (
        !(
          pos[j] === "DET" ||
          pos[j] === "ADJ" ||
          pos[j] === "NOUN" ||
          pos[j] === "PROPN" ||
          PLACE_PREPS.has(val(j)) ||
          val(j) === "of"
        )
      )
        break;
    }
  }
  return null;
}

/**
 * The target a coordinated predicate leaves unsaid and shares with the clause before it: "has become a key
 * supplier for Russia's war machine and may have transferred lethal weapons" transfers to Russia. Only from an
 * event of the same quad class on the first conjunct or its complement, so a change of act ("met X and
 * attacked") does not carry the partner over.
 */
export function sharedTarget(cx: CoderContext, i: number, code: string, say: boolean): ActorMention[] {
  const { lex, targetsAt, tree } = cx;
  // Imported PETRARCH dictionaries state their own argument patterns; a speech verb's target is its addressee.
  if (lex.anyPos || say || tree.rel(i) !== "conj") return [];
  const h = tree.head(i);
  const quad = cameoInfo(code)?.quad ?? -1;
  // Only the first conjunct and its dependents can hold the shared event: look them up by token, in text order
  // (the order events are coded), instead of scanning every event of the document so far.
  const candidates = [h, ...tree.children(h)].sort((a, b) => a - b);
  for (const t of candidates) {
    const prior = t === i ? undefined : targetsAt.get(t);
    if (prior && prior.quad === quad) return prior.targets;
  }
  return [];
}

/**
 * "called on the Supreme Soviet, the nominal parliament, to act": a mention in apposition to another mention of the
 * same list names the same party again; the actor stage may give it an entity of its own, but it is no second
 * target (or source). The apposition's head is the first token of the mention whose parse head lies outside it.
 */
export function withoutAppositions(cx: CoderContext, ms: ActorMention[]): ActorMention[] {
  const { tree } = cx;
  if (ms.length < 2) return ms;
  return ms.filter((m) => {
    const h = mentionHead(cx, m);
    if (tree.rel(h) !== "appos") return true;
    const anchor = tree.head(h);
    return !ms.some((o) => o !== m && anchor >= o.tokenStart && anchor < o.tokenEnd);
  });
}

/** A mention's head in the parse: its first token whose head lies outside the mention (a tree always has one). */
function mentionHead(cx: CoderContext, m: ActorMention): number {
  for (let t = m.tokenStart; t < m.tokenEnd; t++) {
    const h = cx.tree.head(t);
    if (h < m.tokenStart || h >= m.tokenEnd) return t;
  }
  return m.tokenStart;
}

/** Roots whose object is often an act with parties of its own: agree, support, investigate (not trade: "sold tanks to X"). */
const TOPIC_ROOTS = /^0[359]/;
/**
 * Prepositions that attach a party to the object noun as that act's own participant ("sales to X", "by X"), or as
 * the party the act is aimed at ("a trade ban against X", "sanctions on X": approving them approves no X).
 */
const OBJECT_PARTY_PREPS = new Set(["to", "by", "from", "in", "into", "against", "on"]);

/**
 * "approved the arms sales to Iran", "approved shipments by Israel", "agreed to acquire the chain from X Inc": a
 * party attached by a preposition to the verb's object noun takes part in the object's act, not in the verb's;
 * for agreement, support and investigation it is no target. Read from the parse: the mention's
 * head is an nmod (to/by/from/in) somewhere under a direct object of the trigger.
 */
export function insideObjectAct(cx: CoderContext, i: number, code: string, m: ActorMention): boolean {
  const { tree } = cx;
  if (!TOPIC_ROOTS.test(code)) return false;
  for (let a = m.tokenStart, n = 0; a >= 0 && n < 40; a = tree.head(a), n++) {
    if (a === i) return false;
    // The object noun itself inside the mention ("approved the Rohan plan") is the party.
    const own = a >= m.tokenStart && a < m.tokenEnd;
    if (tree.rel(a) === "obj" && tree.head(a) === i)
      return !own && viaPartyPrep(cx, m, a) && !sentStaff(cx, code, a, m);
  }
  return false;
}

/**
 * "sent inspectors to Rohan", "dispatched investigators to the site in Rohan": an inquiry by staff sent somewhere
 * is aimed at the party they are sent to, not an act of the staff's own.
 */
function sentStaff(cx: CoderContext, code: string, obj: number, m: ActorMention): boolean {
  const { tree, actors } = cx;
  if (!code.startsWith("09") || argClass(tree, actors, obj) !== "personnel") return false;
  for (let a = m.tokenStart, n = 0; a >= 0 && a !== obj && n < 40; a = tree.head(a), n++) {
    if (tree.rel(a) === "nmod" && (tree.caseOf(a) === "to" || tree.caseOf(a) === "into")) return true;
  }
  return false;
}

/** Whether, between the mention and the object noun, an nmod link carries one of OBJECT_PARTY_PREPS. */
function viaPartyPrep(cx: CoderContext, m: ActorMention, obj: number): boolean {
  const { tree } = cx;
  for (let a = m.tokenStart, n = 0; a >= 0 && a !== obj && n < 40; a = tree.head(a), n++) {
    if (tree.rel(a) === "nmod" && OBJECT_PARTY_PREPS.has(tree.caseOf(a))) return true;
  }
  return false;
}

/**
 * Prepositions that attach what an object noun is about, not who made it ("sanctions against X"). Not "with": a
 * boycotted contact or an opposed summit with X rejects X.
 */
const CONTENT_PREPS = new Set(["against", "on", "over", "for", "about", "to", "into", "in"]);

/**
 * "rejected his veto of sanctions against Rohan", "rejected calls for sanctions against Arnor", "urged development
 * of Rohan's oil fields", "urged an end to the war with Rohan": a party inside the rejected or urged object is what the
 * object is about, not the party rejected or appealed to — when it hangs on the object by a content preposition
 * or sits deeper than the object's own dependents. "rejected Arnor's demand", "the claims by Arnor" stay. A
 * pattern that names its object and the target's preposition ("refuse * entry tgt=to": "refused entry to
 * Rohan") has the party right on that object as its target (`named`: those prepositions).
 */
export function insideObjectContent(
  cx: CoderContext,
  i: number,
  code: string,
  m: ActorMention,
  named: ReadonlySet<string> | null = null,
): boolean {
  const { tree, lex } = cx;
  if (lex.anyPos || !/^(02|12)/.test(code) || !cx.isVerbPos(i)) return false;
  let depth = 0;
  let content = false;
  let below = -1;
  for (let a = m.tokenStart, n = 0; a >= 0 && n < 40; below = a, a = tree.head(a), n++) {
    if (a === i) return false;
    const own = a >= m.tokenStart && a < m.tokenEnd;
    if (tree.rel(a) === "obj" && tree.head(a) === i) {
      if (named && below >= 0 && tree.rel(below) === "nmod" && named.has(tree.caseOf(below))) return false;
      return !own && (content || depth >= 2);
    }
    if (own && tree.head(a) >= m.tokenStart && tree.head(a) < m.tokenEnd) continue;
    if (CLAUSE_RELS.has(tree.rel(a))) return false;
    depth++;
    if (tree.rel(a) === "nmod" && CONTENT_PREPS.has(tree.caseOf(a))) content = true;
  }
  return false;
}

/**
 * "met in Brussels to discuss tensions between Arnor and Rohan", "defended a plan to sell Rohan's railway": a
 * party inside a to-infinitive on the trigger or its object is what the meeting or the backing is about, not a
 * partner or the party backed (consultation and support, 04 and 05).
 */
export function inPurposeClause(cx: CoderContext, i: number, code: string, m: ActorMention): boolean {
  const { tree, lex } = cx;
  if (lex.anyPos || !/^0[45]/.test(code)) return false;
  for (let a = m.tokenStart, n = 0; a >= 0 && a !== i && n < 40; a = tree.head(a), n++) {
    if (tree.dominates(a, i)) return false;
    const h = tree.head(a);
    const onTrigger = h === i || (tree.head(h) === i && tree.rel(h) === "obj");
    const toMark = tree.dependents(a, "mark").some((k) => cx.val(k) === "to");
    if (onTrigger && toMark && ["advcl", "acl", "xcomp"].includes(tree.rel(a))) return true;
  }
  return false;
}

/**
 * "visited them on Rohan's behalf", "spoke on behalf of the Rohan government": the party for whom someone acts is
 * no party acted on. Read by word order (the parse hangs "behalf" anywhere).
 */
export function onBehalfOf(cx: CoderContext, m: ActorMention): boolean {
  if (cx.lex.anyPos) return false;
  if (isPossessiveMark(cx.val(m.tokenEnd)) && cx.lower(m.tokenEnd + 1) === "behalf") return true;
  const b = cx.lower(m.tokenStart - 1) === "the" ? m.tokenStart - 2 : m.tokenStart - 1;
  return cx.val(b) === "of" && cx.lower(b - 1) === "behalf";
}

/**
 * Codes of verbal and material cooperation, appeals and demands: their patient is a party, not a thing. Not
 * yielding (08): what is eased names its target ("lifted a blockade on Rohan lorries").
 */
const COOPERATION_CODES = /^(0[0-79]|10)/;
/**
 * Nouns for a country's economy or people, which stand for the country: "demanded access to the Rohan market",
 * "allowed the Rohan industry access".
 */
const STANDS_FOR_PARTY: ReadonlySet<string> = new Set(
  "market industry sector economy people citizen consumer farmer grower worker public population".split(" "),
);
/** Relations of a name that modifies a noun. */
const MODIFIER_RELS: ReadonlySet<string> = new Set(["compound", "amod", "nmod:poss"]);
/** Prepositions of a verb's party phrase ("sold wheat to X", "talks with X"). */
const PARTY_PREPS: ReadonlySet<string> = new Set(["to", "with", "from", "for", "against"]);
/** Classes of a modified noun that stands for people, a body or a country's market ("access to the Rohan market"). */
const PARTY_CLASSES: ReadonlySet<string> = new Set(["actor", "armed", "staff", "personnel", "market"]);

/**
 * "supported the issuance of Rohan bonds", "called for an end to the Rohan-Gondor war", "agreed to suspend their
 * requests for UN arbitration": a name that only modifies a thing (compound, adjective or possessor of a common
 * noun outside the name) which itself sits below the trigger's own argument says what the thing is, not with whom
 * the source cooperates or what it asks of whom. A modifier of the trigger's own object stays ("backed the
 * court's view", "rejected the Gondor proposal"), as does one of a noun for people ("Rohan steel mills", "Rohan
 * banks"), and conflict codes are left alone ("attacks on Rohan oil platforms").
 */
export function modifierOfDeepThing(cx: CoderContext, i: number, code: string, m: ActorMention): boolean {
  const { tree, lex, actors } = cx;
  if (lex.anyPos || !COOPERATION_CODES.test(code)) return false;
  const h = mentionHead(cx, m);
  if (!MODIFIER_RELS.has(tree.deprel(h) ?? "")) return false;
  let n = tree.head(h);
  // "the Rohan-Gondor war": the first name of a pair modifies the second, which modifies the noun.
  while (n >= 0 && cx.pos[n] === "PROPN" && MODIFIER_RELS.has(tree.deprel(n) ?? "")) n = tree.head(n);
  // "the return of UN weapons inspectors": the head of the compound is the noun modified.
  while (n >= 0 && cx.pos[n] === "NOUN" && tree.deprel(n) === "compound") n = tree.head(n);
  // "pressure by the Rohan Anti-Corruption Commission": a capitalized noun is part of a name, a body of its own.
  if (/^[A-Z]/.test(cx.value[n] ?? "")) return false;
  if (n < 0 || n === i || cx.pos[n] !== "NOUN" || cx.mentionAt(n) || tree.head(n) === i) return false;
  if (!tree.dominates(i, n) || tree.dominates(n, i)) return false;
  // "agreed to cut prices to Rohan steel mills": a verb's own party phrase below the trigger names a party.
  if (tree.rel(n) === "obl" && PARTY_PREPS.has(tree.caseOf(n))) return false;
  // Below the argument means inside a prepositional phrase on the way up ("the issuance of X bonds"); a noun that
  // is itself an object or subject of a clause below ("said X currencies should be adjusted") is left alone.
  if (!underPreposition(cx, n, i)) return false;
  // "agreed to purchase 500,000 tonnes of Rohan wheat": the origin of traded goods is the other side of the trade.
  if (tradedBelow(cx, n, i)) return false;
  if (listed("firm_nouns", cx.lower(n)) || listed("region_agent_heads", cx.lower(n))) return false;
  if (STANDS_FOR_PARTY.has(cx.lower(n))) return false;
  return !PARTY_CLASSES.has(argClass(tree, actors, n));
}

/**
 * Whether a prepositional link on a noun (an nmod with a preposition, not a possessive, not a clause mark like
 * "that") lies on the path from token n up to the trigger i. A verb's own oblique ("clamp down on X's culture")
 * is its argument, not something below one.
 */
function underPreposition(cx: CoderContext, n: number, i: number): boolean {
  const { tree } = cx;
  for (let a = n, k = 0; a >= 0 && a !== i && k < 40; a = tree.head(a), k++) {
    if (tree.rel(a) !== "nmod" || tree.deprel(a) === "nmod:poss") continue;
    if (tree.children(a).some((c) => tree.deprel(c) === "case" && cx.pos[c] === "ADP")) return true;
  }
  return false;
}

/** Whether a commerce verb (buy, sell, import …) lies on the path from token n up to the trigger i. */
function tradedBelow(cx: CoderContext, n: number, i: number): boolean {
  const { tree } = cx;
  for (let a = tree.head(n), k = 0; a >= 0 && a !== i && k < 40; a = tree.head(a), k++) {
    if (listed("commerce_verbs", cx.lower(a))) return true;
  }
  return false;
}

/**
 * "Both sides agreed on the need to boost trade between the two countries": a group target whose members are the
 * countries of the (two or more) sources names the same parties again; they are partners of each other (a
 * reciprocal verb pairs them), not each a partner of its own country.
 */
export function samePairAgain(cx: CoderContext, sources: readonly ActorMention[], m: ActorMention): boolean {
  if (cx.lex.anyPos) return false;
  const countries = (ms: readonly ActorMention[]) =>
    new Set(ms.flatMap(cx.asMembers).map((x) => (x.actor ?? "").slice(0, 3)));
  const own = countries(sources);
  const them = countries([m]);
  if (own.size < 2 || them.size !== own.size || cx.asMembers(m).length < 2) return false;
  return [...them].every((c) => /^[A-Z]{3}$/.test(c) && own.has(c));
}

/**
 * "threatened to emulate Rohan's moratorium", "threatened to follow Rohan in declaring a moratorium": a party that is
 * (or owns) the object of a verb of imitation below the trigger is the model of what the source says it will do,
 * not the party the threat or promise is aimed at.
 */
export function imitatedModel(cx: CoderContext, i: number, m: ActorMention): boolean {
  const { tree, lex } = cx;
  if (lex.anyPos) return false;
  for (let a = m.tokenStart, k = 0; a >= 0 && a !== i && k < 40; a = tree.head(a), k++) {
    const h = tree.head(a);
    if (h === i || h < 0) return false;
    if (tree.rel(a) === "obj" && listed("imitation_verbs", cx.lower(h)) && tree.dominates(i, h)) return true;
    if (!["nmod:poss", "compound", "amod", "obj", "flat"].includes(tree.deprel(a))) return false;
  }
  return false;
}
