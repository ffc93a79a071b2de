/**
 * act12 (issue 12): bodies and people named by a generic word whose owner the article gives elsewhere.
 *
 * - `placeEuropeanBodies`: "the Commission", "the Council", "the Council of Ministers" and, once the article names
 *   the European Parliament, "the parliament" are the EC/EU's in an article that names the EC/EU (IGOEUR…), not a
 *   state's (`---GOV`) nor the dateline's.
 * - `placeCompanyStaff`: "company officials", "a company spokesman", "firm executives" speak for a firm (BUS), not
 *   for the state ("officials" alone is GOV).
 * - `placeOrganizationOfficers`: "CIA director Jane Roe", "former CIA director Jane Roe": the person heads the
 *   organization named before the office word; the organization is a modifier, not an actor of the sentence. A
 *   former holder is an elite of the organization's country (ELI), no longer the office (docs/actors.md, act12).
 */
import type { Document } from "../nlp/document.js";
import { type Cand, DETS, isInternationalBody } from "./candidates.js";
import { candCode, candCountry } from "./placement.js";

type EntryCode = (ref: number) => string | null;

/** The words after determiners and lower-case modifiers that name an EC/EU body when it stands alone. */
const EU_BODY_NAMES = new Set(["commission", "council", "council of ministers", "executive commission"]);
/** "the parliament": the EU's only once the article has named the European Parliament. */
const PARLIAMENT = "parliament";

/** The candidate's own words after its determiners, lower case ("the Commission" → "commission"). */
function bareWords(c: Cand, keys: readonly string[]): string {
  let k = c.s;
  while (k < c.e - 1 && (DETS.has(keys[k] as string) || keys[k] === "entire")) k++;
  return keys.slice(k, c.e).join(" ");
}

/** Whether the token before the candidate is a capitalized word that may belong to the name ("Trade Commission"). */
function capitalBefore(doc: Document, c: Cand): boolean {
  const p = c.s - 1;
  if (p < 0 || doc.tokens.sentence[p] !== doc.tokens.sentence[c.s]) return false;
  const start = doc.sentences.tokenStart[doc.tokens.sentence[c.s] as number] as number;
  const v = doc.text.slice(doc.tokens.start[p], doc.tokens.end[p]);
  return p > start && /^\p{Lu}/u.test(v);
}

export function placeEuropeanBodies(doc: Document, cands: Cand[], keys: readonly string[], entryCode: EntryCode): void {
  const eu = cands.filter((c) => !c.drop && (candCode(c, entryCode) ?? "").startsWith("IGOEUR"));
  if (eu.length === 0) return;
  const code = candCode(eu[0] as Cand, entryCode) as string;
  const parliament = eu.find((c) => keys.slice(c.s, c.e).includes(PARLIAMENT));
  for (const c of cands) {
    if (c.drop || (c.code !== null && !c.code.startsWith("---")) || c.entry >= 0 || capitalBefore(doc, c)) continue;
    // (a composed nominal with a country, "the French parliament", carries that country in its code already)
    if (c.ref) continue;
    const words = bareWords(c, keys);
    const body = EU_BODY_NAMES.has(words) || (words === PARLIAMENT && parliament !== undefined && parliament.s < c.s);
    if (!body) continue;
    c.code = code;
    c.kind = "organization";
    c.institution = false;
  }
}

/** Lower-case words before an official that make the official a firm's. */
const FIRM_WORDS = new Set(["company", "companies", "firm", "firms", "corporate"]);
/** Agents of a state that a firm has too (its officials, spokesmen, executives). */
const STAFF_PHRASES = new Set(["official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokesmen"]);

export function placeCompanyStaff(doc: Document, cands: Cand[], keys: readonly string[]): void {
  for (const c of cands) {
    if (c.drop || !c.agent || c.agent.role !== "GOV" || !(c.code === null || c.code.startsWith("---"))) continue;
    const head = keys[c.e - 1] as string;
    if (!STAFF_PHRASES.has(head)) continue;
    // "company officials", "a company spokesman", "senior company officials"
    let k = c.e - 2;
    while (k >= c.s - 2 && k >= 0 && (keys[k] === "senior" || keys[k] === "top")) k--;
    if (k < 0 || !FIRM_WORDS.has(keys[k] as string) || doc.tokens.sentence[k] !== doc.tokens.sentence[c.s]) continue;
    c.code = "---BUS";
  }
}

/** Office words that, between an organization and a person's name, make the person its head or officer. */
const OFFICE_WORDS = new Set([
  "director",
  "chief",
  "head",
  "chairman",
  "chairwoman",
  "president",
  "governor",
  "secretary",
  "commissioner",
  "administrator",
]);
/** Words that may stand before the office word ("deputy director", "executive director"). */
const OFFICE_MODIFIERS = new Set(["deputy", "executive", "acting", "managing", "general", "vice"]);
const FORMER_WORDS = new Set(["former", "ex"]);
/** Roles of a state's bodies: their former heads are elites (ELI). */
const STATE_ROLES = new Set(["GOV", "LEG", "JUD", "MIL", "COP", "SPY"]);

export function placeOrganizationOfficers(doc: Document, cands: Cand[], keys: readonly string[], entryCode: EntryCode) {
  const live = cands.filter((c) => !c.drop).sort((a, b) => a.s - b.s);
  for (let n = 1; n < live.length; n++) {
    const person = live[n] as Cand;
    const org = live[n - 1] as Cand;
    if (person.kind !== "person" || org.kind !== "organization" || org.agent) continue;
    // an organization no dictionary codes, named by no state's office, is a firm or association: its head is no
    // state's official ("Vantor Pipe Corp president Jane Roe" under a US dateline is not USAGOV)
    const orgCode = codeOrFirm(org, entryCode);
    if (!orgCode || (orgCode.startsWith("---") && orgCode !== "---BUS")) continue;
    // the office words lie between the organization and the name, inside the person's mention or before it; an
    // acronym apposed to the organization may stand between (", VPC,")
    const from = acronymAfter(doc, keys, org.e);
    const to = Math.max(person.nameStart, person.s);
    if (to - from < 1 || to - from > 3 || doc.tokens.sentence[from] !== doc.tokens.sentence[to]) continue;
    const words = keys.slice(from, to);
    if (!OFFICE_WORDS.has(words[words.length - 1] as string)) continue;
    if (!words.slice(0, -1).every((w) => OFFICE_MODIFIERS.has(w))) continue;
    const former = formerBefore(keys, org.s);
    const own = candCode(person, entryCode);
    // (a former head of a state body is an elite of its state; of an international body, an elite of no state; of a
    // firm, still business: "former Mobil Corp president X")
    if (former && STATE_ROLES.has(orgCode.slice(3, 6))) {
      const country = candCountry(org, entryCode);
      person.code = country && !isInternationalBody(orgCode) ? `${country}ELI` : "---ELI";
    } else if (former && isInternationalBody(orgCode)) {
      person.code = "---ELI";
    } else if (own === null) {
      person.code = orgCode;
    } else continue;
    // (a firm the dictionary does not know keeps its own mention: its name is all the article says of it)
    if (former || candCode(org, entryCode) !== null) org.drop = true;
  }
}

/** An organization without a code whose role is unknown or business: not a state's institution. */
function firmLike(c: Cand): boolean {
  return c.code === null && c.entry < 0 && !c.institution && (c.role === undefined || c.role === "BUS");
}

/** The organization's code, or business of no known country for a firm no dictionary codes. */
function codeOrFirm(org: Cand, entryCode: EntryCode): string | null {
  return candCode(org, entryCode) ?? (firmLike(org) ? "---BUS" : null);
}

/** The token after ", ACRONYM," that follows an organization's name, else `k`. */
function acronymAfter(doc: Document, keys: readonly string[], k: number): number {
  const v = (j: number) => doc.text.slice(doc.tokens.start[j], doc.tokens.end[j]);
  if (keys[k] === "," && keys[k + 2] === "," && /^\p{Lu}{2,6}$/u.test(v(k + 1))) return k + 3;
  return k;
}

/**
 * "CBT officials", "Mobil officials": the officials or spokesmen of a firm named right before them are business
 * (BUS), of the firm's country when it has one, not the state's (GOV).
 */
export function placeFirmStaff(cands: Cand[], entryCode: EntryCode): void {
  const live = cands.filter((c) => !c.drop).sort((a, b) => a.s - b.s);
  for (let n = 1; n < live.length; n++) {
    const staff = live[n] as Cand;
    const org = live[n - 1] as Cand;
    if (staff.agent?.role !== "GOV" || org.e !== staff.s || org.kind !== "organization") continue;
    if (!(staff.code === null || staff.code.startsWith("---")) || org.agent) continue;
    const code = codeOrFirm(org, entryCode);
    if (!code?.endsWith("BUS")) continue;
    staff.code = code;
  }
}

/** "former CIA director", "ex-CIA director", "the former World Bank president". */
function formerBefore(keys: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
    const w = keys[j] as string;
    if (FORMER_WORDS.has(w) || w === "ex-") return true;
    if (w !== "-" && w !== "the") return false;
  }
  return false;
}
