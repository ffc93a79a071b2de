/**
 * Arguments of a frame: the actor mentions an argument head stands for, the argument's class (actor, document,
 * event, armed group, weapon, count, place), and the sense a trigger takes from the class of its argument
 * ("attacked the proclamation" is criticism; "backed the militia" is military aid). Classes and senses are data:
 * data/lexicons/event-arguments.json (see docs/events.md, "Senses by argument class").
 */
import { readFileSync } from "node:fs";
import type { ActorLayer, ActorMention } from "../actors/types.js";
import { isGluedHyphen } from "../nlp/document.js";
import type { DepTree } from "../nlp/tree.js";
import type { Frame } from "./frames.js";

export type ArgClass =
  | "actor"
  | "law"
  | "document"
  | "event"
  | "armed"
  | "weapon"
  | "count"
  | "place"
  | "security"
  | "goods"
  | "staff"
  | "talk"
  | "honor"
  | "measure"
  | "quantity"
  | "market"
  | "obligation"
  | "funds"
  | "reflexive"
  | "sport"
  | "coercion"
  | "gathering"
  | "reception"
  | "personnel"
  | "entitlement"
  | "standing"
  | "symbol"
  | "deployment"
  | "departure"
  | "household"
  | "ranking"
  | "level"
  | "other";

export interface SenseRule {
  heads: string[];
  /** Only for patterns whose code matches (regular expression source); any code when absent. */
  codes?: string;
  /**
   * Which argument decides: the first object, the verb of the trigger's xcomp ("declined to comment"), the subject
   * head ("its stock traded"), or its absence: `bare` = neither object nor clausal complement ("yields declined"),
   * `noobj` = no object ("helped curb inflation"), `untargeted` = the event found no target ("Brent traded at 19
   * dlrs"); `obl` = the head of any prepositional argument ("beat Rohan in the final"); `question` = a clausal
   * complement opened by if/whether or a wh-word ("asked if Rohan would
   * agree"); `class` is ignored for the last four, and `"*"` in the class of an xcomp rule takes any verb.
   * `uncoerced` = no word of the listed classes in the trigger's arguments and clauses, and no named party warned
   * against an act (see `coerciveContent`). `speech` = a participle clause of speech on the trigger ("attacked X,
   * saying …"; contexts `speech_participles`). `deadline` = an until/till phrase and no theme but the recipient
   * ("gave Rohan until April to pay": time is given, nothing else). `objWord` / `subjWord` = the object's or
   * subject's head word is listed in one of the classes, whatever class it reads first or whichever party it names
   * ("accepted the resignation": also a document; "Rohanian warships": a coded party). `as` = an as-phrase on the
   * trigger and an object of one of the classes ("dismissed Rohan as a spent force") (ev28).
   */
  role:
    | "obj"
    | "obl"
    | "xcomp"
    | "subj"
    | "bare"
    | "noobj"
    | "untargeted"
    | "question"
    | "uncoerced"
    | "speech"
    | "deadline"
    | "objWord"
    | "subjWord"
    | "as";
  class: (ArgClass | "*")[];
  /** Only when the event found no target ("sold 1,815 cars" is market business, "sold cars to Rohan" trade). */
  untargetedOnly?: boolean;
  /** Replacement code, or null: the reading is no event. */
  code: string | null;
}

/** Prepositions of time and concession: their phrases set the scene, they do not say what an act is about. */
const CIRCUMSTANCE_PREPS = new Set(["despite", "after", "before", "during", "since", "until", "amid", "following"]);

export interface ArgumentLexicon {
  version: string;
  classOf: Map<string, ArgClass>;
  /** Every class's word list (a word may sit in several: "comment" is a document and a verb of talk). */
  members: Map<ArgClass, Set<string>>;
  senses: Map<string, { rule: SenseRule; codes: RegExp | null }[]>;
  /** Words of a domain whose articles read conflict verbs as its own jargon (sport), and how many make one. */
  domains: Map<string, { min: number; words: Set<string> }>;
  /** Governors of acts that did not happen: `demanded` (demand, urge, call for …) and `threatened` (threaten). */
  contexts: Map<string, Set<string>>;
  /** Word lists of the party rules (light verbs, act containers, flow, amount and figure words). */
  words: Map<string, Set<string>>;
}

let cached: ArgumentLexicon | null = null;

export function argumentLexicon(): ArgumentLexicon {
  if (cached) return cached;
  const path = new URL("../../data/lexicons/event-arguments.json", import.meta.url);
  const data = JSON.parse(readFileSync(path, "utf8")) as {
    version: string;
    classes: Record<string, string[]>;
    senses: SenseRule[];
    domains?: Record<string, { min: number; words: string[] }>;
    contexts?: Record<string, string[] | string>;
    words?: Record<string, string[] | string>;
  };
  const classOf = new Map<string, ArgClass>();
  const members = new Map<ArgClass, Set<string>>();
  for (const [cls, words] of Object.entries(data.classes)) {
    members.set(cls as ArgClass, new Set(words));
    for (const w of words) if (!classOf.has(w)) classOf.set(w, cls as ArgClass);
  }
  const senses = new Map<string, { rule: SenseRule; codes: RegExp | null }[]>();
  for (const rule of data.senses) {
    for (const h of rule.heads) {
      const list = senses.get(h) ?? [];
      list.push({ rule, codes: rule.codes ? new RegExp(rule.codes) : null });
      senses.set(h, list);
    }
  }
  const domains = new Map<string, { min: number; words: Set<string> }>();
  for (const [name, d] of Object.entries(data.domains ?? {}))
    domains.set(name, { min: d.min, words: new Set(d.words) });
  const contexts = new Map<string, Set<string>>();
  for (const [name, words] of Object.entries(data.contexts ?? {})) {
    if (Array.isArray(words)) contexts.set(name, new Set(words));
  }
  const words = new Map<string, Set<string>>();
  for (const [name, list] of Object.entries(data.words ?? {})) if (Array.isArray(list)) words.set(name, new Set(list));
  cached = { version: data.version, classOf, members, senses, domains, contexts, words };
  return cached;
}

/** Whether a word is in one of the word lists of data/lexicons/event-arguments.json ("words"). */
export function listed(list: string, word: string): boolean {
  return argumentLexicon().words.get(list)?.has(word) === true;
}

/** Relations of a noun's dependents that name whom the noun belongs to ("Mahan's permit", "the Iranian army"). */
const OWNER_RELS = new Set(["nmod:poss", "compound", "amod", "flat", "appos"]);

/**
 * Actor mentions an argument head stands for: the mention that covers the head, else the owner of the head noun
 * ("Mahan's permit" → Mahan, "the embassy of Iran" → Iran), except for relational nouns ("Rohan's partners" are
 * not Rohan). Coordinated heads are expanded by the frame.
 */
export function mentionsOf(tree: DepTree, actors: ActorLayer, head: number): ActorMention[] {
  const at = (k: number) => {
    const m = actors.mentionOfToken[k] ?? -1;
    return m >= 0 ? (actors.mentions[m] ?? null) : null;
  };
  const own = at(head);
  if (own) return [own];
  // "Rohan's development partners", "Elessar's critics": the owner of a relational noun is the other side of the
  // relation, not the party (event-arguments.json "relational_nouns").
  if (
    argumentLexicon()
      .words.get("relational_nouns")
      ?.has(tree.doc.tokens.lemma[head] ?? "")
  )
    return [];
  for (const c of tree.children(head)) {
    if (OWNER_RELS.has(tree.deprel(c)) || tree.rel(c) === "compound") {
      const m = at(c);
      if (m) return [m];
    }
  }
  for (const c of tree.dependents(head, "nmod")) {
    if (tree.caseOf(c) !== "of") continue;
    const m = at(c);
    if (m) return [m];
  }
  return [];
}

/** Class of an argument head: an actor when it names one, else the class of its lemma. */
/**
 * "army post", "rebel positions": a noun that is also a text or a stance is a place when a military word modifies
 * it (`place_modifiers` in event-arguments.json), so attacking it stays an attack and not criticism.
 */
function placeByModifier(tree: DepTree, head: number, lex: ArgumentLexicon): ArgClass | undefined {
  const modifiers = lex.contexts.get("place_modifiers");
  if (!modifiers || !lex.members.get("place")?.has(tree.doc.tokens.lemma[head] ?? "")) return undefined;
  const mods = [...tree.dependents(head, "compound"), ...tree.dependents(head, "amod")];
  return mods.some((c) => modifiers.has(tree.doc.tokens.norm[c] ?? "")) ? "place" : undefined;
}

export function argClass(tree: DepTree, actors: ActorLayer, head: number, lex = argumentLexicon()): ArgClass {
  const lemma = tree.doc.tokens.lemma[head] ?? "";
  const norm = tree.doc.tokens.norm[head] ?? "";
  const compound = hyphenated(tree, head);
  const listed =
    placeByModifier(tree, head, lex) ??
    (compound ? lex.classOf.get(compound) : undefined) ??
    lex.classOf.get(norm) ??
    lex.classOf.get(lemma);
  const m = actors.mentionOfToken[head] ?? -1;
  // A quantity stands for what it measures: "100 mln dlrs of notes", "a stake of 20 pct" is read through its
  // of-phrase (the notes); without one it stays a quantity.
  if (m < 0 && listed === "quantity") {
    const of = tree.dependents(head, "nmod").find((c) => tree.caseOf(c) === "of");
    // "two pct of the pollution": a quantity of an unlisted thing is still a quantity.
    const measured = of === undefined ? "other" : argClass(tree, actors, of, lex);
    return measured === "other" ? "quantity" : measured;
  }
  if (m < 0) return listed ?? "other";
  // An armed group is an actor of its own kind: backing it is military aid, not verbal support.
  const code = actors.mentions[m]?.actor ?? "";
  return listed === "armed" || /^[A-Z]{3}(REB|MIL|INS|UAF|SEP)/.test(code) ? "armed" : "actor";
}

/**
 * "received Securities and Exchange Commission approval", "approved the Harad Grain Co sale": the parse may head
 * the object (only the object: "Chinese companies supply" is read as before) on the name that only modifies it; a listed noun right after the name (none of a name itself) is the
 * object's real head and gives its class. A name that runs on ("meet officials in the Tokyo Stock Exchange") is
 * left alone.
 */
function nounAfterName(tree: DepTree, actors: ActorLayer, head: number, lex: ArgumentLexicon): ArgClass | undefined {
  const mention = actors.mentions[actors.mentionOfToken[head] ?? -1];
  if (mention?.form !== "name") return undefined;
  const end = mention.tokenEnd;
  const { pos, norm, lemma, value } = tree.doc.tokens;
  // A capitalized word goes on with a name ("Tokyo Stock Exchange"), which is no theme.
  if (end < 0 || pos[end] !== "NOUN" || (actors.mentionOfToken[end] ?? -1) >= 0) return undefined;
  if (/^\p{Lu}/u.test(value[end] ?? "")) return undefined;
  return lex.classOf.get(norm[end] ?? "") ?? lex.classOf.get(lemma[end] ?? "");
}

/**
 * The whole hyphenated word a head ends ("go-ahead": the Document splits it as UD does, and the parse heads it on
 * "ahead"), lower case, or null when the head is no such word's last part.
 */
function hyphenated(tree: DepTree, head: number): string | null {
  const { norm } = tree.doc.tokens;
  return head >= 2 && isGluedHyphen(tree.doc.tokens, head - 1) ? `${norm[head - 2]}-${norm[head]}` : null;
}

/** Classes of a with-phrase theme that make a handing-over no material act ("provided Rohan with details"). */
const WORDY_THEMES = new Set<ArgClass>(["document", "law", "talk", "honor", "gathering"]);

const QUESTION_WORDS = new Set(["if", "whether", "how", "what", "why", "when", "where", "who", "which"]);

/** A clause that asks: its first word or its marker is if/whether or a wh-word ("if Rohan would agree"). */
function isQuestion(tree: DepTree, clause: number): boolean {
  const first = tree.doc.tokens.norm[tree.span(clause)[0]] ?? "";
  return (
    QUESTION_WORDS.has(first) ||
    tree.dependents(clause, "mark").some((m) => QUESTION_WORDS.has(tree.doc.tokens.norm[m] ?? ""))
  );
}

/**
 * A warning that threatens: a word of the given classes somewhere in its arguments or clauses ("warned of
 * retaliation", "warned police would no longer tolerate rallies"), or a named party warned against an act
 * ("warned Rohan against sending troops", "warned Rohan not to attack"). Anything else is a forecast.
 */
function coerciveContent(tree: DepTree, frame: Frame, words: (Set<string> | undefined)[], hasTarget: boolean): boolean {
  // "against using the missiles" is a clause marked by "against"; "not to attack" an xcomp.
  const against = (c: number) => tree.children(c).some((k) => tree.doc.tokens.norm[k] === "against");
  if (
    hasTarget &&
    (frame.obliques.has("against") || frame.clauses.some((c) => tree.deprel(c) === "xcomp" || against(c)))
  ) {
    return true;
  }
  const parts = [...frame.objects, ...frame.clauses, ...[...frame.obliques.values()].flat()];
  const { lemma, norm } = tree.doc.tokens;
  for (const c of parts) {
    const [from, to] = tree.span(c);
    for (let k = from; k < to; k++) {
      if (words.some((w) => w?.has(norm[k] ?? "") || w?.has(lemma[k] ?? ""))) return true;
    }
  }
  return false;
}

/** Whether an article is about a domain: at least `min` different words of that domain occur in it. */
/** "attacked X, saying they …": a participle clause of speech (contexts `speech_participles`) on the trigger. */
function speechGloss(tree: DepTree, frame: Frame, lex: ArgumentLexicon): boolean {
  const words = lex.contexts.get("speech_participles");
  const { lemma, xpos } = tree.doc.tokens;
  return frame.clauses.some(
    (c) => tree.deprel(c) === "advcl" && xpos[c] === "VBG" && (words?.has(lemma[c] ?? "") ?? false),
  );
}

export function inDomain(tokens: { norm: ArrayLike<string | undefined> }, domain: string, lex = argumentLexicon()) {
  const d = lex.domains.get(domain);
  if (!d) return false;
  const seen = new Set<string>();
  for (let k = 0; k < tokens.norm.length; k++) {
    const w = tokens.norm[k] ?? "";
    if (d.words.has(w)) seen.add(w);
    if (seen.size >= d.min) return true;
  }
  return false;
}

/**
 * Sense rules of a trigger by lemma, surface form, or the form without a regular suffix: the lemmatizer misses
 * some forms ("traded" → "trad"), as the pattern index does (see `byStem` in coder.ts).
 */
function rulesFor(lex: ArgumentLexicon, lemma: string, norm: string) {
  for (const w of [lemma, norm]) {
    const r = lex.senses.get(w);
    if (r) return r;
  }
  for (const suffix of ["ing", "ed", "es", "s", "d"]) {
    if (!norm.endsWith(suffix)) continue;
    const stem = norm.slice(0, -suffix.length);
    const r = lex.senses.get(stem) ?? lex.senses.get(`${stem}e`);
    if (r) return r;
  }
  return [];
}

/** Words that open a deadline phrase. */
const DEADLINE = new Set(["until", "till"]);
/** Object classes of a recipient rather than a thing given ("gave domestic companies until September"). */
const PARTY_THEMES: ReadonlySet<string> = new Set(["other", "staff", "market"]);

/**
 * "gave companies until September": an oblique of the trigger opened by until/till. The tagger may read the word
 * as a conjunction and the parse may hang it elsewhere, so the word right before or at the oblique's start counts.
 */
function deadlineGiven(tree: DepTree, frame: Frame): boolean {
  const norm = tree.doc.tokens.norm;
  return tree.children(frame.trigger).some((c) => {
    if (tree.rel(c) !== "obl") return false;
    const [from] = tree.span(c);
    return DEADLINE.has(norm[from] ?? "") || DEADLINE.has(norm[from - 1] ?? "");
  });
}

/** Verbs of giving that take a recipient and a theme as two objects ("gave Rohan an edge"). */
const DOUBLE_OBJECT_VERBS = new Set(["give", "grant", "hand", "offer", "award", "lend", "send", "promise"]);

/**
 * The theme among a frame's objects: the first that is no indirect object, except that of two direct objects of
 * the trigger itself the later is the theme of a double-object verb whose first object the parser did not mark
 * as iobj ("giving Rohan-made products an edge": the edge is given, not the products).
 */
function themeOf(tree: DepTree, actors: ActorLayer, frame: Frame): number | undefined {
  const direct = frame.objects.filter((o) => tree.head(o) === frame.trigger && tree.deprel(o) === "obj");
  // A first object that is a party is the recipient and keeps deciding as before ("offered Rohan a credit"); only
  // verbs of giving take two objects ("would not meet hostage-takers demands" is one object misparsed).
  const giving = DOUBLE_OBJECT_VERBS.has(tree.doc.tokens.lemma[frame.trigger] ?? "");
  if (giving && direct.length === 2 && (actors.mentionOfToken[direct[0] as number] ?? -1) < 0) return direct[1];
  return frame.objects.find((o) => tree.deprel(o) !== "iobj") ?? frame.objects[0];
}

/**
 * The sense a trigger takes from its arguments: a replacement code, `null` (no event), or `undefined` (keep the
 * pattern's code). The first object head decides: in "attacked the proclamation and its authors" the head noun
 * is the proclamation.
 */
export function senseByArguments(
  tree: DepTree,
  actors: ActorLayer,
  frame: Frame,
  code: string,
  lex = argumentLexicon(),
  { hasTarget = true, objectNamed = false }: { hasTarget?: boolean; objectNamed?: boolean } = {},
): string | null | undefined {
  const own = rulesFor(lex, tree.doc.tokens.lemma[frame.trigger] ?? "", tree.doc.tokens.norm[frame.trigger] ?? "");
  // Rules for every trigger ("*") come last: a trigger's own rules are more specific.
  const rules = [...own, ...(lex.senses.get("*") ?? [])];
  if (rules.length === 0) return undefined;
  // The theme decides, not the recipient: "gave Rohan the go-ahead" is about the go-ahead.
  const obj = themeOf(tree, actors, frame);
  const ownClass =
    obj === undefined ? null : (nounAfterName(tree, actors, obj, lex) ?? argClass(tree, actors, obj, lex));
  // "provided Rohan with details": the with-phrase is the theme when the object is the recipient.
  const recipient = objectNamed || ownClass === "actor" || ownClass === "armed";
  const withTheme = recipient ? frame.obliques.get("with")?.[0] : undefined;
  const withClass = withTheme === undefined ? null : argClass(tree, actors, withTheme, lex);
  // Only a theme that is words or a text decides here: "supplied Gondor with wheat" stays a delivery of goods.
  const themeClass = withClass !== null && WORDY_THEMES.has(withClass) ? withClass : null;
  const objClass = themeClass ?? ownClass;
  // The agent, also an inherited one ("traders planned to sell"); a passive's by-phrase agent is no subject head.
  const subj = frame.passive ? undefined : frame.subjects[0];
  const subjClass = subj === undefined ? null : argClass(tree, actors, subj, lex);
  // The parser sometimes attaches the complement right after the verb as advcl ("proposes issuing equity",
  // "proposed to submit a plan").
  const toAfter = tree.doc.tokens.norm[frame.trigger + 1] === "to";
  const xcomp =
    frame.clauses.find((c) => tree.deprel(c) === "xcomp") ??
    frame.clauses.find((c) => c === frame.trigger + 1 || (toAfter && c === frame.trigger + 2));
  const xcompLemma = xcomp === undefined ? null : (tree.doc.tokens.lemma[xcomp] ?? "");
  const complement = frame.clauses.some((c) => ["xcomp", "ccomp"].includes(tree.deprel(c)));
  for (const { rule, codes } of rules) {
    if (codes && !codes.test(code)) continue;
    if ((objectNamed && rule.role === "obj" && themeClass === null) || (rule.untargetedOnly && hasTarget)) continue;
    const hit = (() => {
      switch (rule.role) {
        case "xcomp":
          return !!xcompLemma && rule.class.some((c) => c === "*" || lex.members.get(c)?.has(xcompLemma));
        case "subj":
          return !!subjClass && rule.class.includes(subjClass);
        case "bare":
          return objClass === null && !complement;
        case "noobj":
          return objClass === null;
        case "untargeted":
          return !hasTarget;
        case "question":
          return frame.clauses.some((c) => isQuestion(tree, c));
        case "speech":
          return speechGloss(tree, frame, lex);
        case "deadline":
          return (objClass === null || recipient || PARTY_THEMES.has(objClass)) && deadlineGiven(tree, frame);
        case "uncoerced":
          return !coerciveContent(
            tree,
            frame,
            rule.class.map((c) => lex.members.get(c as ArgClass)),
            hasTarget,
          );
        case "objWord":
        case "subjWord":
        case "as":
          return wordRole(tree, rule, frame, rule.role === "subjWord" ? subj : obj, objClass, lex);
        case "obl":
          // "attacked Rohan despite warnings": a phrase of time or concession is no argument of the act.
          return [...frame.obliques].some(
            ([prep, hs]) =>
              !CIRCUMSTANCE_PREPS.has(prep) && hs.some((h) => rule.class.includes(argClass(tree, actors, h, lex))),
          );
        default:
          return !!objClass && rule.class.includes(objClass);
      }
    })();
    if (hit) return rule.code;
  }
  return undefined;
}

/**
 * The roles `objWord`, `subjWord` (the head word of the argument is a member of one of the rule's classes) and
 * `as` (an as-phrase on the trigger, and an object of one of the rule's classes).
 */
function wordRole(
  tree: DepTree,
  rule: SenseRule,
  frame: Frame,
  head: number | undefined,
  objClass: ArgClass | null,
  lex: ArgumentLexicon,
): boolean {
  if (rule.role === "as") {
    const as = tree
      .children(frame.trigger)
      .some((c) => c > frame.trigger && tree.children(c).some((k) => tree.doc.tokens.norm[k] === "as"));
    return as && !!objClass && rule.class.includes(objClass);
  }
  if (head === undefined) return false;
  const words = [tree.doc.tokens.norm[head] ?? "", tree.doc.tokens.lemma[head] ?? ""];
  return rule.class.some((c) => c !== "*" && words.some((w) => lex.members.get(c)?.has(w)));
}
