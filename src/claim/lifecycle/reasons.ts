/**
 * The documented reasons' sources (fact sheet `content/facts/cpor-facts.md` §8): why a reviewer asks for more
 * proof (MCA#152–156) and why a claim is rejected (MCA#169–182). Their labels and descriptions are messages
 * (`reasonKeys` in `message-keys.ts`).
 */
import type { LifecycleStatus, MoreProofReason, RejectionReason } from './schema.ts';
import type { TimelineNote } from './transitions.ts';

/** The citation of each more-proof reason. */
export const moreProofReasonCitations: Readonly<Record<MoreProofReason, string>> = {
	'missing-all-poe': 'MCA#152',
	'missing-customer-acknowledgment': 'MCA#153',
	'missing-or-old-dates': 'MCA#154',
	'missing-partner-solution': 'MCA#155',
	'missing-products': 'MCA#156',
};

/**
 * The citations of each rejection reason: the sentences that name it and say what it is, each kept only if it says part
 * of the label or the description (#14 tenth review: "Insufficient proof of execution" is MCA#175's label and MCA#177's
 * rule; MCA#176, the review's five days, says neither). `assumed`: the simulator's assumption rather than a documented
 * reason: `other-partner-chosen` names losing an arbitration (CAI#168), for which the sources give no reason.
 */
export const rejectionReasonSources: Readonly<
	Record<RejectionReason, { readonly citations: readonly string[]; readonly assumed: boolean }>
> = {
	'partner-request': { citations: ['MCA#170–172'], assumed: false },
	'customer-decline': { citations: ['MCA#173–174'], assumed: false },
	'insufficient-poe': { citations: ['MCA#175', 'MCA#177'], assumed: false },
	'missing-customer-consent': { citations: ['MCA#179'], assumed: false },
	'missing-products': { citations: ['MCA#180'], assumed: false },
	'no-partner-response': { citations: ['MCA#181'], assumed: false },
	'poe-unavailable': { citations: ['MCA#182'], assumed: false },
	'other-partner-chosen': { citations: ['CAI#168'], assumed: true },
};

/**
 * The citations shown beside a reason on the timeline: the `KEY#n` that name it, or none for a reason that is the
 * simulator's assumption (its label says so; a citation beside it would read as documented, #14).
 */
export function reasonCitations(status: LifecycleStatus, reason: MoreProofReason | RejectionReason): readonly string[] {
	if (status === 'partner-action-required') return [moreProofReasonCitations[reason as MoreProofReason]];
	const source = rejectionReasonSources[reason as RejectionReason];
	return source.assumed ? [] : source.citations;
}

/**
 * The citations shown beside each timeline note. The competing-claim notes say two things, each with its sentence:
 * Microsoft reviews each partner's proof of execution to determine which partner to approve (CAI#168), and each
 * workload (OSU-Microsoft 365) or subscription (OSA-Sell, OSU-Business Applications) has one partner (OSA#131); the
 * one at submission names the claim simulator's warning, the simulator's own. A new subscription in a separate claim
 * (CAI#164; CAI#163, the subscription ID of an approved claim, says nothing of it: #14 tenth review). The
 * past-service-level note names no rule of its own: it follows the deadline shown above it, which carries its
 * citation. The notes that are the simulator's assumption say so in their own words, with no citation.
 */
export const noteCitations: Readonly<Record<TimelineNote['kind'], readonly string[]>> = {
	'competing-claim': ['CAI#168', 'OSA#131'],
	'competing-at-submission': ['CAI#168', 'OSA#131'],
	'associated-elsewhere': ['CAI#166', 'CAI#168'],
	'competing-undecided': ['CAI#168', 'OSA#131'],
	'subscription-ended': ['CAI#164'],
	'past-service-level': [],
	// The simulator's assumptions, said in the notes' own words: no sentence of 2020 states them.
	'dispute-again': [],
	'new-claim-in-dispute-window': [],
	'deadline-day': [],
	'decided-in-dispute': [],
};

/**
 * The sentences that state each status's meaning (`lifecycle.status.<status>.meaning`), from MCA's timeline and
 * status table. Approved names no consent window: the articles disagree on it (MCA#126 vs OSA#112), and the
 * consent deadline shown with the status gives the simulator's assumption.
 */
export const statusMeaningCitations: Readonly<Record<LifecycleStatus, readonly string[]>> = {
	editing: ['MCA#133–134'],
	submitted: ['MCA#136', 'MCA#120'],
	'under-review': ['MCA#138–139', 'CAI#173'],
	'partner-action-required': ['MCA#149–150'],
	approved: ['MCA#144', 'MCA#147'],
	rejected: ['MCA#142', 'MCA#158', 'MCA#160'],
};
