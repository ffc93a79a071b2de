/**
 * Co-subjects of a reciprocal verb (meet, talk, negotiate, agree …) with no other partner named: who met whom
 * (ev28, issue 12).
 *
 * Event data are dyads: ICEWS and PETRARCH code one source and one target per event, and a dyad is a pair of
 * actor codes. "Rohan and Gondor met" is one bilateral meeting, coded both ways. "Officials from Rohan, Gondor,
 * Arnor, Mordor, Harad and Dale met" is one multilateral meeting, not 30 bilateral ones: pairing every member
 * with every other would weigh a single conference like 15 separate summits in any dyad count, and none of those
 * pairs is asserted by the text (who talked to whom is not said). So:
 * - two distinct actor codes among the co-subjects: one pair, both ways ("Baker and Stoltenberg and Poehl agreed"
 *   → USAGOV↔DEUGOV once, not six rows with DEUGOV→DEUGOV among them);
 * - three distinct codes: every pair, both ways (six rows). A trilateral summit ("Xi, Putin and Modi met") is
 *   read by analysts as three bilateral contacts, and the count stays bounded;
 * - four or more distinct codes: a multilateral act, no pairwise rows (four would already give twelve, six give
 *   thirty); each participant keeps a one-sided event (source, no target), as PETRARCH codes a compound actor
 *   with no target;
 * - a single code ("Elessar and Aragorn met", two of one government) is left as before.
 * A partner named apart from the list ("Rohan, Gondor and Arnor met with Mordor") is a distinct other side and is
 * handled by the caller (every co-subject with that partner).
 */
import type { ActorMention } from "../actors/types.js";

/** A source-target pair; the third field marks the reverse direction of a reciprocal verb. */
export type CoPair = [ActorMention | null, ActorMention | null, boolean];

/** Distinct actor codes at which a list of co-subjects is a multilateral act. */
const MULTILATERAL = 4;

/** The pairs for co-subjects `src` (distinct entities, at least two) of a reciprocal verb without a partner. */
export function coSubjectPairs(src: readonly ActorMention[]): CoPair[] {
  // The first mention of each code stands for it (an uncoded member keeps its own entity as its key).
  const byCode = new Map<string, ActorMention>();
  for (const m of src) {
    const key = m.actor ?? `#${m.entity}`;
    if (!byCode.has(key)) byCode.set(key, m);
  }
  const reps = [...byCode.values()];
  const pairs: CoPair[] = [];
  if (reps.length >= MULTILATERAL) {
    for (const a of reps) pairs.push([a, null, false]);
  } else if (reps.length >= 2) {
    for (const a of reps) for (const b of reps) if (a !== b) pairs.push([a, b, false]);
  } else {
    for (const a of src) for (const b of src) if (a.entity !== b.entity) pairs.push([a, b, false]);
  }
  return pairs;
}
