/**
 * Source and target mentions of a matched pattern: verbParties for verbs (active, passive, reduced passive),
 * nounParties for event nouns (possessors, light verbs, predicate nominals).
 */
import type { ActorMention } from "../actors/types.js";
import { listed, mentionsOf } from "./arguments.js";
import { civilianPlaceTargets } from "./civilian-places.js";
import { type CoderContext, HARD, isPossessiveMark, LOCATIVE, OPENERS, POSSESSIVE } from "./coder-context.js";
import { easedForTarget } from "./eased-for.js";
import { evacueesPlace } from "./evacuation.js";
import { type Frame, frameOf, verbFrame } from "./frames.js";
import { invertedComplaint } from "./inverted-report.js";
import type { EventPattern } from "./lexicon.js";
import { objectPlace } from "./object-place.js";
import { pairTargets } from "./pairs.js";
import { protestedStateAct } from "./protested-act.js";
import { rejectedProposalTarget } from "./rejected-proposal.js";
import {
  chooseSubjects,
  conditionSubject,
  groupRight,
  notInPlacePhrase,
  pairAnaphor,
  pairPhraseBefore,
  passiveAt,
  passiveSubjectInPP,
  subjectOf,
  unidentified,
  weaponAfterBy,
  weaponBefore,
} from "./subjects.js";
import {
  demandedOf,
  inFrame,
  isPlaceCode,
  outsideClauses,
  ownPredicate,
  parsedNounTargets,
  parsedTargets,
  placeTarget,
  purposeTarget,
  strandedPrepTarget,
  talksPartner,
  targetAfter,
} from "./targets.js";
import { placeLeft, withdrawnFromTargets } from "./withdrawn-from.js";
import { yieldedTo } from "./yielded-to.js";

function isLight(cx: CoderContext, k: number): boolean {
  const { lower, val } = cx;
  return listed("light_verbs", lower(k)) || listed("light_verbs", val(k).replace(/d$|ed$|s$|ing$/, ""));
}

/** The parties of a passive verb: the agent after "by" is the source, the subject the target. */
function passiveParties(cx: CoderContext, p: EventPattern, i: number, end: number, ss: number, se: number) {
  const { lex, value, val, mentionAt } = cx;
  // "Arnor was attacked by Gondor": the agent after "by" is the source, the subject the target.
  const subj = subjectOf(cx, i, ss, 0) ?? passiveSubjectInPP(cx, i, ss);
  let agent: ActorMention[] | null = null;
  for (let k = end + 1; k < Math.min(se, end + 6); k++) {
    if (val(k) === "by") {
      const m = mentionAt(k + 1) ?? mentionAt(k + 2) ?? mentionAt(k + 3);
      if (m) agent = groupRight(cx, m, se);
      break;
    }
  }
  // "The treaty, backed by Arnor, angered Mordor": a participle clause on a noun that is no actor keeps its agent.
  if (!subj && agent && value[i - 1] === ",")
    return { sources: agent, targets: [], code: undefined as string | undefined };
  if (!subj) return null;
  // "killed by a car bomb": a weapon as the agent stands for unidentified armed forces.
  if (!agent && weaponAfterBy(cx, end, se)) agent = unidentified(cx, p, ss);
  // Without a "by" agent the source is unknown ("three civilians have been killed", "X was arrested"):
  // the event keeps its target and `source: null`. Speech verbs need a speaker.
  if (!agent && p.say) return null;
  // "the Rohan plan was discussed by Gondor": what a consultation whose partner comes only from a with-phrase
  // (`tgt=with`) is about is its topic, not a partner.
  if (p.tgt && p.code.startsWith("04") && !lex.anyPos) {
    const partner = targetAfter(cx, p, end, se, false)?.filter((m) => !agent?.includes(m)) ?? [];
    return agent ? { sources: agent, targets: partner, code: undefined as string | undefined } : null;
  }
  return { sources: agent ?? [], targets: subj, code: undefined as string | undefined };
}

export function verbParties(cx: CoderContext, p: EventPattern, i: number, end: number, ss: number, se: number) {
  const { lex, pos, value, val, tree } = cx;
  if (passiveAt(cx, i, ss)) return passiveParties(cx, p, i, end, ss, se);
  // "told visiting Eomer", "the visiting Elessar": a participle before a name modifies it; the name is its
  // subject, and the sentence names no party it acts on.
  if (ownIntentClause(cx, p, end)) return null;
  const modified = prenominalParticiple(cx, i, end);
  if (modified) return { sources: [modified], targets: [], code: undefined as string | undefined };
  const f = verbFrame(tree, i);
  if (insistedFact(cx, p, f) || agreedView(cx, p, f) || tradeFigure(cx, i, f) || givenUp(cx, p, i)) return null;
  // A reduced passive ("Blu-ray, backed by 100 firms") has no "was" for the word-order rules to see: the
  // parse gives its agent and patient, or there is no event.
  // A participle on the sentence's root noun, or a "prenominal" one right after a name, is usually the main
  // verb misparsed ("police in Jericho confiscated weapons", "Zambia extradited suspected …").
  const onRoot = tree.rel(tree.head(i)) === "root";
  const inNounPhrase = value[i - 1] === "-" || pos[i - 1] === "DET" || pos[i - 1] === "ADJ";
  if (f.passive && !lex.anyPos && ((tree.rel(i) === "amod" && inNounPhrase) || (tree.rel(i) === "acl" && !onRoot))) {
    return reducedPassive(cx, f, p);
  }
  // "Lyng told Reuters the two countries have been discussing …": the pair phrase is the subject, and names
  // nobody when the article gives no two countries; the names before it belong to another clause.
  // A pair phrase the actors stage resolved ("the two leaders" as a group of two) is a mention of its own.
  const pairHead = p.recip && !lex.anyPos ? pairPhraseBefore(cx, i, ss) : -1;
  const pairSubject = pairHead >= 0 && !cx.mentionAt(pairHead);
  const sources =
    (pairSubject ? pairAnaphor(cx, i, ss) : notInPlacePhrase(cx, chooseSubjects(cx, f, subjectOf(cx, i, ss, 0)))) ??
    (p.recip && !pairSubject ? pairAnaphor(cx, i, ss) : null) ??
    (weaponBefore(cx, i, ss) ? unidentified(cx, p, ss) : null);
  if (!sources) return null;
  let targets =
    ownPredicate(cx, i, inFrame(cx, f, p, outsideClauses(cx, f, p, targetAfter(cx, p, end, se, false))), p.code) ??
    parsedTargets(cx, p, f);
  // "urged both sides to agree": the pair is the dyad the article reports on.
  targets = pairTargets(cx, f, sources, targets ?? strandedPrepTarget(cx, p, end, se));
  targets = consultPartner(cx, p, f, targets);
  targets = ownSideWarning(cx, p, end, se, sources, targets);
  // "offered its troops to Lebanon", "withdrew their forces from X": a possessive-pronoun phrase of the
  // subject's own country is the subject's own thing; the target follows it.
  const own = targets?.[targets.length - 1];
  if (
    own &&
    !lex.anyPos &&
    POSSESSIVE.has(val(own.tokenStart)) &&
    targets?.every((t) => sources.some((s) => s.actor && t.actor?.slice(0, 3) === s.actor.slice(0, 3)))
  ) {
    targets = targetAfter(cx, p, own.tokenEnd - 1, se, false);
  }
  // "sent thousands of troops to occupy the refineries", "sent Gondor troops to Rohan", "ordered troops into the
  // refineries": the source's own forces are what is sent, supplied or deployed, not a recipient or a party a
  // demand is made on; the recipient follows them, if any.
  const last = targets?.[targets.length - 1];
  // "offered Gondor troops to protect Rohan", "ruled out Gondorian military help": likewise for an offer, and for
  // a refusal whose object the source's own forces only modify.
  const ownThing = (t: ActorMention) => ownForces(t, sources) && (/^(03|07|10)/.test(p.code) || modifiesNoun(cx, t));
  if (last && !lex.anyPos && /^(03|07|10|12)/.test(p.code) && targets?.every(ownThing)) {
    targets = targetAfter(cx, p, last.tokenEnd - 1, se, false);
  }
  // "took two Gondorians hostage", "set the town on fire": the object inside the phrase's gap is the target.
  if (!targets && !p.say && !lex.anyPos && end > i + 1) targets = targetAfter(cx, p, i, end, false);
  // "rioted at a jail in Dili demanding independence from X", "blocked roads into X as they tried to overthrow
  // the government": a protest held in a place is aimed at what its stated purpose names, if it names a party.
  if (targets && !lex.anyPos && p.code.startsWith("14") && targets.every((t) => placePhrase(cx, t))) {
    targets = purposeTarget(cx, p.code, targets[targets.length - 1]?.tokenEnd ?? end, se) ?? targets;
  }
  // "withdrew troops from Lebanon": the place left, which the actors stage read as the troops' country.
  targets = withdrawnFromTargets(cx, p, f, targets);
  let code: string | undefined;
  if (!targets && p.say) {
    // "X said Y must/should ..." is a demand on Y (PETRARCH2 turns such reports into 10x as well).
    const t = demandedOf(cx, end, se);
    if (t) {
      targets = t;
      code = "100";
    }
  }
  // A speech verb without an addressee is not an event; other verbs may be one-sided ("rebels withdrew").
  if (!targets && p.say) return null;
  // "shelled villages near Rafah", "… and residential areas near X": the civilians of a located place.
  targets = civilianPlaceTargets(cx, code ?? p.code, f, targets);
  // "opened the Friendship Bridge to allow deliveries to X": an uncoded object leaves room for the purpose's place.
  if (targets?.length && targets.every((t) => !t.actor)) targets = easedForTarget(cx, code ?? p.code, f) ?? targets;
  if (targets) return { sources, targets, code };
  return lastResortTargets(cx, p, i, end, se, f, sources, code);
}

/**
 * Targets of a verb event that names no party after it or in its frame: the subject of a threat's condition,
 * the subject of what a trailing complaint reports, a purpose, a talks partner, a place, the place of its object
 * or of the people evacuated, the place an easing lets goods go to.
 */
function lastResortTargets(
  cx: CoderContext,
  p: EventPattern,
  i: number,
  end: number,
  se: number,
  f: Frame,
  sources: ActorMention[],
  given: string | undefined,
): { sources: ActorMention[]; targets: ActorMention[]; code: string | undefined } {
  let code = given;
  // "threatened to stop negotiations if the United States goes ahead": the threat is aimed at the subject of
  // its condition.
  let targets = p.code.startsWith("13") && !cx.lex.anyPos ? conditionSubject(cx, end, se) : null;
  // "Rohan is failing to pay, Gondor complained": a trailing complaint is aimed at the subject of what it reports.
  const inverted = targets ? null : invertedComplaint(cx, p.code, i, sources);
  if (inverted) {
    targets = inverted.targets;
    code = inverted.code;
  }
  targets ??=
    purposeTarget(cx, code ?? p.code, end, se) ??
    talksPartner(cx, code ?? p.code, end, se) ??
    yieldedTo(cx, code ?? p.code, f, sources) ??
    placeTarget(cx, code ?? p.code, end, se) ??
    objectPlace(cx, p, code ?? p.code, f, sources) ??
    evacueesPlace(cx, f) ??
    easedForTarget(cx, code ?? p.code, f) ??
    rejectedProposalTarget(cx, code ?? p.code, f, sources) ??
    protestedStateAct(cx, code ?? p.code, sources, end, se);
  return { sources, targets: targets ?? [], code };
}

/** Roles of a state's own forces and offices. */
const STATE_ROLES = /^(GOV|COP|MIL|JUD|LEG|SPY)$/;

/**
 * "Gondor's security chief warned that police will no longer tolerate rallies by X": the speaker's own forces or
 * offices, the subject of a warning's that-clause, are who will act; the warning is aimed at the party they will
 * act on, the next other coded party in the clause, or at nobody named.
 */
function ownSideWarning(
  cx: CoderContext,
  p: EventPattern,
  end: number,
  se: number,
  sources: ActorMention[],
  ts: ActorMention[] | null,
): ActorMention[] | null {
  const { lex, val, value, mentionAt } = cx;
  if (lex.anyPos || !p.that || !p.code.startsWith("13") || !ts || ts.length === 0) return ts;
  const country = (m: ActorMention) => (m.actor ?? "").slice(0, 3);
  const ownSide = (m: ActorMention) =>
    (m.actor ?? "").startsWith("---") ||
    (STATE_ROLES.test((m.actor ?? "").slice(3, 6)) && sources.some((s) => s.actor && country(s) === country(m)));
  const first = ts[0] as ActorMention;
  let k = first.tokenStart - 1;
  while (k > end && cx.pos[k] === "DET") k--;
  // A pronoun subject ("warned that it would …") may be the speaker or the thing talked about: left alone.
  if (val(k) !== "that" || !ts.every((m) => ownSide(m) && m.form !== "pronoun")) return ts;
  for (let j = (ts[ts.length - 1] as ActorMention).tokenEnd; j < se; j++) {
    if (HARD.has(value[j] as string) || OPENERS.has(val(j))) break;
    const m = mentionAt(j);
    if (!m) continue;
    if (m.actor && !ownSide(m) && m.form !== "pronoun") return [m];
    j = m.tokenEnd - 1;
  }
  return null;
}

/**
 * "discussed the Rohan situation with Eomer", "will discuss the Gulf situation with allied leaders": a
 * consultation's partner is its with-party (on the verb, or on its object where parsers often attach it); a
 * name that only modifies the object is what they talk about, no target. A named object stays ("met Eomer
 * with aides").
 */
function consultPartner(cx: CoderContext, p: EventPattern, f: Frame, ts: ActorMention[] | null) {
  const { lex, tree } = cx;
  if (lex.anyPos || !p.code.startsWith("04") || !ts) return ts;
  const onObject = f.objects.flatMap((o) => tree.dependents(o, "nmod").filter((c) => tree.caseOf(c) === "with"));
  const withHeads = [...(f.obliques.get("with") ?? []), ...onObject];
  if (withHeads.length === 0) return ts;
  const inWith = (m: ActorMention) => withHeads.some((h) => tree.dominates(h, m.tokenStart));
  const isObject = (m: ActorMention) => f.objects.some((o) => o >= m.tokenStart && o < m.tokenEnd);
  if (ts.some((m) => inWith(m) || isObject(m))) return ts;
  const partners = argMentions(cx, withHeads);
  return partners.length > 0 ? partners : null;
}

const CLAUSE_PRONOUNS = new Set(["it", "they", "he", "she", "we", "i"]);
const FUTURE_MODALS = new Set(["will", "would", "'ll", "’ll"]);

/**
 * "The party insisted they would hold ministers to account": a demand verb whose clause says what the speaker
 * itself will do (a pronoun subject and will/would) is a statement of intent, no demand on anyone.
 */
function ownIntentClause(cx: CoderContext, p: EventPattern, end: number): boolean {
  const { lex, val } = cx;
  if (lex.anyPos || !p.code.startsWith("10")) return false;
  const k = val(end + 1) === "that" ? end + 2 : end + 1;
  return CLAUSE_PRONOUNS.has(val(k)) && FUTURE_MODALS.has(val(k + 1));
}

/**
 * "has given up attempts to …", "Rohan gave in": giving up or in is abandoning or yielding, no giving to anyone.
 */
function givenUp(cx: CoderContext, p: EventPattern, i: number): boolean {
  const { lex, tree, lower, val } = cx;
  if (lex.anyPos || !p.code.startsWith("07") || lower(i) !== "give") return false;
  return tree.dependents(i, "compound:prt").some((k) => val(k) === "up" || val(k) === "in");
}

/** A mention that only modifies a noun after it ("Gondor navy warships", "Gondorian military help"). */
function modifiesNoun(cx: CoderContext, m: ActorMention): boolean {
  const { tree } = cx;
  for (let t = m.tokenStart; t < m.tokenEnd; t++) {
    const h = tree.head(t);
    if (h >= m.tokenStart && h < m.tokenEnd) continue;
    return h >= m.tokenEnd && ["compound", "amod"].includes(tree.rel(t)) && cx.pos[h] === "NOUN";
  }
  return false;
}

/** A mention of the armed forces or police of a source's own country. */
function ownForces(t: ActorMention, sources: ActorMention[]): boolean {
  const a = t.actor ?? "";
  return /^[A-Z]{3}(MIL|COP|SPY)/.test(a) && sources.some((s) => !!s.actor && s.actor.slice(0, 3) === a.slice(0, 3));
}

/** Modals of a clause that says what must be done: with them (or a bare subjunctive) insisting is demanding. */
const DEMAND_MODALS = new Set(["must", "should", "shall"]);

/**
 * "insisted that voters faced higher taxes", "insisted the government would not draw up a package": insisting
 * that something is or will be so is an assertion; only a clause of what must be done ("insisted that Rohan
 * withdraw", "… must withdraw") is a demand.
 */
function insistedFact(cx: CoderContext, p: EventPattern, f: Frame): boolean {
  const { lex, tree, lower } = cx;
  if (lex.anyPos || !p.code.startsWith("10") || lower(f.trigger) !== "insist") return false;
  const clause = f.clauses.find((c) => tree.rel(c) === "ccomp" || tree.rel(c) === "parataxis");
  if (clause === undefined) return false;
  const tag = cx.doc.tokens.xpos[clause] ?? "";
  const modals = tree.dependents(clause, "aux").map((a) => lower(a));
  if (modals.some((m) => DEMAND_MODALS.has(m))) return false;
  return tag !== "VB" || modals.length > 0;
}

/** Modals and auxiliaries that make an agreed clause a joint plan rather than a shared view. */
const PLAN_MODALS = new Set(["will", "would", "shall", "should", "must", "could", "can", "may", "might", "to"]);

/**
 * "Arnor and Rohan agreed the economy is stronger now", "agreed that the talks had been useful": agreeing with a
 * statement of fact is a shared view, no agreement between the parties (030 is an agreement to act). A clause of
 * a joint plan ("agreed that their ministers would meet", "agreed to meet") stays.
 */
function agreedView(cx: CoderContext, p: EventPattern, f: Frame): boolean {
  const { lex, tree, lower } = cx;
  if (lex.anyPos || !p.code.startsWith("03") || lower(f.trigger) !== "agree") return false;
  const clause = f.clauses.find((c) => tree.rel(c) === "ccomp");
  if (clause === undefined) return factAfterObject(cx, f.trigger);
  const tag = cx.doc.tokens.xpos[clause] ?? "";
  const auxes = [...tree.dependents(clause, "aux"), ...tree.dependents(clause, "mark")].map((a) => lower(a));
  if (auxes.some((m) => PLAN_MODALS.has(m))) return false;
  // A subjunctive or bare verb ("agreed that Rohan withdraw") is a plan too; a finite verb or a copula states a fact.
  return tag !== "VB" || tree.dependents(clause, "cop").length > 0;
}

/**
 * "agreed the economy is stronger": the parser often takes the clause's subject for the object of agree and hangs
 * the rest elsewhere. A finite verb (not a modal) right after that object shows a that-less clause of fact.
 */
function factAfterObject(cx: CoderContext, verb: number): boolean {
  const { tree, doc } = cx;
  const obj = tree.dependents(verb, "obj")[0];
  if (obj === undefined || obj < verb) return false;
  return /^VB[ZPD]$/.test(doc.tokens.xpos[obj + 1] ?? "");
}

/**
 * An event noun that only modifies the noun after it ("the trade shortfall with Taiwan", "South Korea's trade
 * promotion association", "war crimes", "trade talks"): it names a kind of thing, not an act (a following
 * event noun is coded on its own).
 */
function modifierNoun(cx: CoderContext, i: number, end: number): boolean {
  const { lex, tree, pos, lower } = cx;
  if (lex.anyPos || end !== i || tree.rel(i) !== "compound") return false;
  const h = tree.head(i);
  return h > i && h <= i + 2 && pos[h] === "NOUN" && !listed("act_containers", lower(h));
}

/**
 * A commerce noun used as a figure, not an act: the subject of a change in amount ("Gondor's trade with Rohan has
 * grown little") or a part or source of a figure ("90 pct of the surplus came from trade with Rohan", "the volume
 * of trade with Rohan"). Political event data codes acts between states; trade statistics are none. A role
 * ("has become a key supplier for Rohan's army") stays coded, as the seed reads it.
 */
function flowFigure(cx: CoderContext, i: number): boolean {
  const { lex, tree, lower } = cx;
  if (lex.anyPos || !listed("flow_nouns", lower(i))) return false;
  // The flow as the predicate of a figure ("95 pct of the surplus was from trade with Rohan").
  if (tree.dependents(i, "nsubj").some((n) => listed("figure_nouns", lower(n)))) return true;
  const h = tree.head(i);
  if (h < 0) return false;
  const rel = tree.rel(i);
  if ((rel === "nsubj" || rel === "csubj") && listed("amount_verbs", lower(h))) return true;
  if (listed("figure_nouns", lower(h))) return true;
  // A figure as the subject of the verb the flow hangs on ("the surplus came from trade with Rohan").
  if (rel === "obl" && tree.dependents(h, "nsubj").some((n) => listed("figure_nouns", lower(n)))) return true;
  return figureBefore(cx, i);
}

/**
 * "a decline in Soviet trade with the West": the flow's phrase is the in/of-phrase of a figure noun right before it,
 * read in word order (the parse may hang the phrase on the verb instead).
 */
function figureBefore(cx: CoderContext, i: number): boolean {
  const { pos, lower, val } = cx;
  let k = i - 1;
  while (k > 0 && (pos[k] === "PROPN" || pos[k] === "ADJ" || pos[k] === "DET" || pos[k] === "NOUN") && i - k < 5) k--;
  const figure = listed("figure_nouns", lower(k - 1)) || listed("change_nouns", lower(k - 1));
  return (val(k) === "in" || val(k) === "of") && pos[k - 1] === "NOUN" && figure;
}

/**
 * A commerce verb that states a trade pattern or a figure, not an act: in the simple present without an auxiliary
 * ("Rohan imports all its grain from Gondor", "Rohan, which already imports Gondor coal") it describes how trade
 * stands; with an amount as its object ("exported 500 mln dlrs worth of goods to Gondor", "supplied 90 pct of
 * Rohan's needs") it reports a statistic. A sale of things counted by the piece ("sold 20 tanks to Rohan") stays.
 */
function tradeFigure(cx: CoderContext, i: number, f: Frame): boolean {
  const { lex, lower, tree, doc } = cx;
  if (lex.anyPos || !listed("commerce_verbs", lower(i))) return false;
  const tag = doc.tokens.xpos[i];
  // The tagger sometimes reads a present-tense verb after a name as a plural noun ("Finland exports …").
  const present = tag === "VBZ" || tag === "VBP" || (tag === "NNS" && cx.val(i).endsWith("s"));
  if (present && tree.dependents(i, "aux").length === 0 && !suppliesRecipient(cx, f)) return true;
  // "New Zealand bought its bananas from Ecuador": goods owned by the subject's own "its"/"their", with no amount,
  // name where a country gets a commodity, a pattern in any tense.
  // ("supplied its allies with arms": the object is the recipient.)
  if (!f.obliques.has("with") && f.objects.some((o) => ownGoods(cx, o))) return true;
  // "would start importing less from Gondor and exporting more to Arnor": a bare comparative before the partner
  // is a change in the volume of trade, no deal ("sold more tanks to Rohan" names goods and stays).
  if (COMPARATIVES.has(lower(i + 1)) && (PARTNER_PREPS.has(lower(i + 2)) || cx.pos[i + 2] === "PUNCT")) return true;
  // The object phrase up to the partner's preposition: the parse of "imported almost dollars 20bn worth of goods"
  // often gives no object at all, so the words are read in order.
  const last = Math.max(i + 8, ...f.objects);
  for (let k = i + 1; k <= last && k < doc.tokens.count; k++) {
    if (PARTNER_PREPS.has(lower(k)) || cx.pos[k] === "PUNCT") break;
    if (listed("amount_units", lower(k)) || listed("figure_nouns", lower(k))) return true;
  }
  return false;
}

/**
 * "Gondor firms supply Rohan with drones": the object is a party that receives and the goods follow "with", so the
 * present tense reports an ongoing provision to that party (an act), not how a country's trade stands.
 */
function suppliesRecipient(cx: CoderContext, f: Frame): boolean {
  return f.obliques.has("with") && f.objects.some((o) => (cx.mot[o] ?? -1) >= 0);
}

/** Bare comparatives of amount ("importing less from X"). */
const COMPARATIVES = new Set(["less", "more", "fewer"]);

/** Possessives that refer back to a collective subject (a country, a firm). */
const SUBJECT_POSSESSIVES = new Set(["its", "their"]);

/**
 * An object that is the subject's own goods ("its bananas", "their oil"): a common noun, no actor, with "its" or
 * "their", no number and no name inside ("sold its Rohan unit" is a deal over a firm).
 */
function ownGoods(cx: CoderContext, o: number): boolean {
  const { tree, mot, pos } = cx;
  if (pos[o] !== "NOUN" || (mot[o] ?? -1) >= 0) return false;
  const kids = tree.children(o);
  return (
    kids.some((c) => tree.deprel(c) === "nmod:poss" && SUBJECT_POSSESSIVES.has(cx.val(c))) &&
    !kids.some((c) => tree.rel(c) === "nummod" || (mot[c] ?? -1) >= 0)
  );
}

/** Prepositions of a trade partner ("to Rohan", "from Gondor"): the amount stands before them. */
const PARTNER_PREPS = new Set(["to", "from", "with", "for"]);

/**
 * An event noun for an act that may happen, not one that did: "any Rohan attack on Gondor will bring a response",
 * "the risk of a Rohan attack", "in the event of a strike against Gondor". Its of-phrase hangs on a noun of
 * possibility, or it is quantified by "any". (A threat as an act is coded on its own noun.)
 */
function possibleAct(cx: CoderContext, i: number): boolean {
  const { lex, tree, lower } = cx;
  if (lex.anyPos) return false;
  if (tree.dependents(i, "det").some((d) => lower(d) === "any")) return true;
  const h = tree.head(i);
  return h >= 0 && tree.rel(i) === "nmod" && tree.caseOf(i) === "of" && listed("possibility_nouns", lower(h));
}

/**
 * An event noun that is the object of a planning verb ("worked to arrange a meeting between Arnor and Rohan",
 * "prepared talks with Gondor"): the act is planned, not held, and a planned meeting may never take place.
 */
function plannedAct(cx: CoderContext, i: number): boolean {
  const { lex, tree, lower } = cx;
  if (lex.anyPos || tree.rel(i) !== "obj") return false;
  const h = tree.head(i);
  return h >= 0 && listed("planning_verbs", lower(h));
}

/** Verbs that take a gerund as their object ("began visiting Rohan": Rohan is visited, not visiting). */
const GERUND_TAKERS = new Set([
  "begin",
  "start",
  "continue",
  "stop",
  "keep",
  "avoid",
  "consider",
  "finish",
  "resume",
  "quit",
  "risk",
  "deny",
  "suggest",
  "recommend",
  "propose",
  "try",
  "be",
]);

/**
 * The name a present participle modifies ("told visiting Eomer", "the visiting Elessar"), or null: the participle
 * stands right before the name, after a determiner or a verb that takes no gerund object (not after a comma or
 * a preposition, where it opens a clause with an object: "after visiting Rohan").
 */
function prenominalParticiple(cx: CoderContext, i: number, end: number): ActorMention | null {
  const { lex, pos, val, lower, mentionAt } = cx;
  if (lex.anyPos || end !== i || !/ing$/.test(val(i))) return null;
  const before = pos[i - 1] === "DET" || (pos[i - 1] === "VERB" && !GERUND_TAKERS.has(lower(i - 1)));
  const m = mentionAt(i + 1);
  return before && m && m.tokenStart === i + 1 ? m : null;
}

/** Actor mentions of frame argument heads (the frame already expanded coordination). */
export function argMentions(cx: CoderContext, heads: readonly number[]): ActorMention[] {
  const { actors, tree } = cx;
  const out: ActorMention[] = [];
  for (const h of heads) for (const m of mentionsOf(tree, actors, h)) if (!out.includes(m)) out.push(m);
  return out;
}

/**
 * A place's or country's name (a city, or a capital that stands for its government) written as a bare modifier
 * right before the event noun `i` ("Moscow talks", "a Washington visit"), no possessive.
 */
function placeNameModifier(cx: CoderContext, m: ActorMention, i: number): boolean {
  if (cx.lex.anyPos || m.tokenEnd !== i || isPossessiveMark(cx.val(m.tokenEnd))) return false;
  const kind = cx.actors.entities[m.entity]?.kind;
  return kind === "place" || kind === "country";
}

/**
 * "Secretary Shultz' Moscow talks", "Kohl's Paris visit": a possessor right before a place name that modifies the
 * event noun owns the event; the place only says where it is held. The possessor's mention, or null.
 */
function placeModifierOwner(cx: CoderContext, m: ActorMention, i: number): ActorMention | null {
  if (!placeNameModifier(cx, m, i)) return null;
  if (!isPossessiveMark(cx.val(m.tokenStart - 1))) return null;
  return cx.mentionAt(m.tokenStart - 2);
}

/** Roles of a participle modifier read as passive: agent from the by-phrase, patient the modified noun. */
function reducedPassive(cx: CoderContext, f: Frame, p: EventPattern) {
  const sources = argMentions(cx, f.subjects);
  const targets = argMentions(cx, f.objects);
  if (sources.length === 0 || (p.say && targets.length === 0)) return null;
  return { sources, targets, code: undefined as string | undefined };
}

/**
 * Light verb + event noun: "Indonesian students staged demonstrations", "Israel mounted its invasion of Lebanon",
 * "the government imposed a curfew": the light verb's subject is the source (null when the parse and word order
 * name none; `lightAt` is the light verb either way). Null when no light verb governs the noun.
 */
function lightVerbSubject(
  cx: CoderContext,
  i: number,
  ss: number,
): { source: ActorMention[] | null; lightAt: number } | null {
  const { pos, value, mot, lower, val, mentionAt, isVerbPos, tree } = cx;
  for (let k = i - 1; k >= Math.max(ss, i - 5); k--) {
    if (isLight(cx, k) && (isVerbPos(k) || pos[k] === "NOUN")) {
      // "resources to wage the war": a purpose infinitive is no event (see `purpose` above).
      if (val(k - 1) === "to" && (pos[k - 2] === "NOUN" || pos[k - 2] === "PROPN")) return null;
      // The parse's subject of the light verb first ("visited Arnor's capital as he opened a visit to Rohan":
      // he, not Arnor); word order when the parse names none.
      const pronoun = tree
        .dependents(k, "nsubj")
        .map((h) => mentionAt(h))
        .find((m) => m?.form === "pronoun" && m.tokenEnd - m.tokenStart === 1);
      return { source: pronoun ? [pronoun] : subjectOf(cx, k, ss, 0), lightAt: k };
    }
    // Modifiers between light verb and noun, hyphenated participles included ("its long-threatened invasion"),
    // and a quantity's "of" ("began two weeks of war games", "staged a series of protests").
    // "engaged in ethnic cleansing", "stepped up attacks", "speeded up the withdrawal", "carried out air
    // strikes": a particle of the verb.
    const particle =
      (val(k) === "in" && lower(k - 1) === "engage") || ((val(k) === "up" || val(k) === "out") && isLight(cx, k - 1));
    const quantityOf = (val(k) === "of" && pos[k - 1] === "NOUN") || particle;
    const modifier = ["DET", "ADJ", "NOUN", "NUM", "PRON"].includes(pos[k] as string) || quantityOf;
    if (!modifier && value[k] !== "-" && value[k - 1] !== "-") return null;
    if (mot[k] !== -1 && !/^(its|their|his|her)\b/i.test(mentionAt(k)?.text ?? "")) return null;
  }
  return null;
}

export function nounParties(cx: CoderContext, p: EventPattern, i: number, end: number, ss: number, se: number) {
  const { pos, value, lower, val, mentionAt, tree } = cx;
  if (modifierNoun(cx, i, end) || flowFigure(cx, i) || possibleAct(cx, i) || plannedAct(cx, i)) return null;
  let source: ActorMention[] | null = null;
  // A place name modifying the noun when its owner or a by-agent is named ("X's Moscow talks with Y", "a
  // Washington visit by Y"): where the event is held, no party to it (the target when none follows).
  let venue: ActorMention | null = null;
  // Possessor or modifier: "Russia's war", "Chinese supplies", "its attack" (up to two modifiers between).
  for (let k = i - 1; k >= Math.max(ss, i - 4); k--) {
    const m = mentionAt(k);
    if (m) {
      // A possessor ("Russia's war") is the source wherever its phrase sits; a bare modifier only outside
      // place phrases ("in Chinese ports").
      const owner = placeModifierOwner(cx, m, i);
      if (owner) [source, venue] = [[owner], m];
      else if (isPossessiveMark(val(m.tokenEnd)) || !LOCATIVE.has(val(m.tokenStart - 1))) source = [m];
      break;
    }
    if (!(val(k) === "'s" || val(k) === "’s" || pos[k] === "ADJ" || pos[k] === "NOUN" || pos[k] === "PUNCT")) break;
    if (value[k] === ",") break;
  }
  const bareVenue = source?.length === 1 && placeNameModifier(cx, source[0] as ActorMention, i);
  if ((!source || (bareVenue && pos[(source?.[0]?.tokenStart ?? 0) - 1] === "DET")) && p.src) {
    // After a venue, the agent may follow a time phrase ("a Washington visit later this month by X").
    for (let k = end + 1; k < Math.min(se, end + (bareVenue ? 6 : 3)); k++) {
      if (p.src.has(val(k))) {
        const m = mentionAt(k + 1) ?? mentionAt(k + 2);
        if (m) [venue, source] = [source?.[0] ?? null, [m]];
        break;
      }
    }
  }
  // "speeded up the withdrawal of some forces from Panama": the forces are what is withdrawn, the light verb's
  // subject withdraws them, the place left is the target.
  const left = source?.length === 1 ? placeLeft(cx, p, source[0] as ActorMention) : null;
  if (left) {
    const lv = lightVerbSubject(cx, i, ss);
    return lv?.source ? { sources: lv.source, targets: [left], lightAt: lv.lightAt, code: undefined } : null;
  }
  if (!source) {
    // Predicate nominal: "Beijing has become a key supplier for Russia".
    for (let k = i - 1; k >= Math.max(ss, i - 5); k--) {
      if (lower(k) === "become" || lower(k) === "be" || lower(k) === "remain") {
        source = subjectOf(cx, k, ss, 0);
        break;
      }
      if (!(pos[k] === "DET" || pos[k] === "ADJ" || pos[k] === "NOUN" || pos[k] === "ADV")) break;
    }
  }
  let light = false;
  let lightAt: number | undefined;
  if (!source) {
    const lv = lightVerbSubject(cx, i, ss);
    if (lv) {
      source = lv.source;
      light = source !== null;
      lightAt = lv.lightAt;
    }
  }
  if (!source && p.code.startsWith("04")) {
    const k = travelledFor(cx, i, ss);
    if (k >= 0) {
      source = subjectOf(cx, k, ss, 0);
      light = source !== null;
      lightAt = k;
    }
  }
  if (!source && p.recip && p.tgt?.has("between") && (val(end + 1) === "between" || val(end + 2) === "between")) {
    // "fighting between Azerbaijanis and Armenians": the coordinated pair acts on each other.
    const both = targetAfter(cx, p, end, se, true);
    if (both && distinctEntities(both) >= 2)
      return { sources: both, targets: [] as ActorMention[], code: undefined as string | undefined };
  }
  if (!source) {
    // The parse names the agent of a nominal event the word order hides ("the United States' killing of X").
    const parsed = argMentions(cx, frameOf(tree, i).subjects);
    if (parsed.length > 0) source = parsed;
  }
  if (!source) return null;
  const from = source.reduce((a, m) => Math.max(a, m.tokenEnd - 1), end);
  const after = Math.max(from, end);
  const targets =
    ownPredicate(cx, i, targetAfter(cx, p, after, se, true)) ??
    purposeTarget(cx, p.code, after, se) ??
    placeTarget(cx, p.code, after, se) ??
    (venue ? [venue] : null) ??
    parsedNounTargets(cx, p, i) ??
    protestedStateAct(cx, p.code, source, after, se);
  // With a light verb the noun is a real event even without a target ("rebels declared a ceasefire").
  if (!targets && !light) return null;
  return { sources: source, targets: targets ?? [], lightAt, code: undefined as string | undefined };
}

/**
 * "U.S. and Russian negotiators return to Geneva for talks", "flew to Rohan on Monday for consultations": a
 * meeting noun in a for-phrase of a verb of travel (`travel_verbs`) is held by that verb's subject. The verb's
 * position, or -1.
 */
function travelledFor(cx: CoderContext, i: number, ss: number): number {
  const { pos, val, lower, tree, isVerbPos } = cx;
  let k = i - 1;
  while (k > ss && ["DET", "ADJ", "NUM"].includes(pos[k] as string)) k--;
  if (val(k) !== "for") return -1;
  const v = tree.head(i);
  if (v < ss || v >= i || !isVerbPos(v) || !listed("travel_verbs", lower(v))) return -1;
  return v;
}

/** A place or country named after a locative preposition ("in Dili", "into X", "at a jail in X"). */
function placePhrase(cx: CoderContext, m: ActorMention): boolean {
  const { pos, val } = cx;
  if (!isPlaceCode(cx, m)) return false;
  // "in the capital city of Algiers", "at a jail in East Timor's capital Dili": back over the place's noun phrase.
  let b = m.tokenStart - 1;
  const within = (k: number) =>
    ["DET", "ADJ", "PROPN", "NOUN"].includes(pos[k] as string) || ["'s", "of"].includes(val(k));
  for (let n = 0; b > 0 && n < 6 && within(b); n++) b--;
  return ["in", "into", "at", "inside", "across", "throughout"].includes(val(b));
}

function distinctEntities(ms: ActorMention[]): number {
  return new Set(ms.map((m) => m.entity)).size;
}
