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
 * The citation of each rejection reason, and whether it is the simulator's assumption rather than a documented
 * reason: `other-partner-chosen` names losing an arbitration (CAI#168), for which the sources give no reason.
 */
export const rejectionReasonSources: Readonly<Record<RejectionReason, { readonly citation: string; readonly assumed: boolean }>> = {
	'partner-request': { citation: 'MCA#170–172', assumed: false },
	'customer-decline': { citation: 'MCA#173–174', assumed: false },
	'insufficient-poe': { citation: 'MCA#175–177', assumed: false },
	'missing-customer-consent': { citation: 'MCA#179', assumed: false },
	'missing-products': { citation: 'MCA#180', assumed: false },
	'no-partner-response': { citation: 'MCA#181', assumed: false },
	'poe-unavailable': { citation: 'MCA#182', assumed: false },
	'other-partner-chosen': { citation: 'CAI#168', assumed: true },
};

/**
 * The citation shown beside a reason on the timeline: the `KEY#n` range that names it, or `undefined` for a reason
 * that is the simulator's assumption (its label says so; a citation beside it would read as documented, #14).
 */
export function reasonCitation(status: LifecycleStatus, reason: MoreProofReason | RejectionReason): string | undefined {
	if (status === 'partner-action-required') return moreProofReasonCitations[reason as MoreProofReason];
	const source = rejectionReasonSources[reason as RejectionReason];
	return source.assumed ? undefined : source.citation;
}

/**
 * The citations shown beside each timeline note. The competing-claim note says two things, each with its sentence:
 * Microsoft reviews each partner's proof of execution to determine which partner to approve (CAI#168), and each
 * workload (OSU-Microsoft 365) or subscription (OSA-Sell, OSU-Business Applications) has one partner (OSA#131).
 * A new subscription in a separate claim (CAI#163–164). The past-service-level note names no rule of its own: it
 * follows the deadline shown above it, which carries its citation. The dispute-again note is the simulator's assumption
 * and says so.
 */
export const noteCitations: Readonly<Record<TimelineNote['kind'], readonly string[]>> = {
	'competing-claim': ['CAI#168', 'OSA#131'],
	'subscription-ended': ['CAI#163–164'],
	'past-service-level': [],
	// The simulator's assumption, said in the note's own words: no sentence of 2020 states it.
	'dispute-again': [],
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
