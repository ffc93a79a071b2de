/**
 * The party a rejected proposal concerns (issue 12, recall, ev29): "the UN rejected a call for its peacekeeping
 * forces to be deployed in East Timor", "Islamic Jihad rejected an invitation to attend a meeting of Palestinian
 * factions". A rejection (12x) whose direct object is a proposal noun (call, invitation, offer, plan …) and that
 * names no party otherwise — no author after "from"/"by", no object of its own — is aimed at the first coded party
 * inside the proposal's phrase: who is to be met, where forces are to go. The rejecting side's own things ("its
 * peacekeeping forces") are no party to it. Word list: `rejected_proposal_nouns` in event-arguments.json. Dyad's
 * own lexicon only.
 */
import type { ActorMention } from "../actors/types.js";
import { listed } from "./arguments.js";
import type { CoderContext } from "./coder-context.js";
import type { Frame } from "./frames.js";
import { isCodedParty, isPlaceCode } from "./targets.js";

/** Whether mention `m` is the rejecting side itself or its own (same entity, or the same country's "its X"). */
function ownSide(m: ActorMention, sources: readonly ActorMention[]): boolean {
  const pronounOwned = /^(its|their|his|her|our)\b/i.test(m.text);
  return sources.some(
    (s) => s.entity === m.entity || (pronounOwned && !!s.actor && !!m.actor?.startsWith(s.actor.slice(0, 3))),
  );
}

/** The first coded party inside the phrase of a rejected proposal on frame `f` (see the file comment), or null. */
export function rejectedProposalTarget(
  cx: CoderContext,
  code: string,
  f: Frame,
  sources: readonly ActorMention[],
): ActorMention[] | null {
  const { lex, tree, lower, mentionAt, placeRefs, val } = cx;
  if (lex.anyPos || !code.startsWith("12")) return null;
  for (const o of f.objects) {
    if (!listed("rejected_proposal_nouns", lower(o))) continue;
    // "dismissed suggestions that the team was breaking up": a that-clause gives what is claimed, no proposal.
    if (val(o + 1) === "that") continue;
    const [, last] = tree.span(o);
    for (let k = o + 1; k <= last; k++) {
      const m = mentionAt(k);
      if (!m) continue;
      k = m.tokenEnd - 1;
      if (!isCodedParty(m) || ownSide(m, sources)) continue;
      // "to be deployed in Dili": a place the proposal names is the place, not its government.
      if (isPlaceCode(cx, m) && ["in", "into", "to"].includes(val(m.tokenStart - 1))) placeRefs.add(m);
      return [m];
    }
  }
  return null;
}
