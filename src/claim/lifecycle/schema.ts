/**
 * The shapes of the claim lifecycle simulator: statuses, events and the documented reasons, as zod schemas
 * (zod's `mini` build: these schemas run in the browser island, and the mini build is a fifth of the size).
 *
 * Sources: fact sheet `content/facts/cpor-facts.md` §7 (statuses, MCA#130–156, timeline MCA#119–126), §8 (review
 * outcomes, MCA#152–156 and #169–182), §9 (competing claims, CAI#165–173) and CAI#163–164 (subscription ends).
 */
import * as z from 'zod/mini';
import { isClaimDate } from '../business-days.ts';
import type { ClaimSummary } from './claim-summary.ts';

/** Fact sheet §7: the six statuses of a CPOR association claim, in the order a claim meets them. */
export const lifecycleStatuses = ['editing', 'submitted', 'under-review', 'partner-action-required', 'approved', 'rejected'] as const;
export type LifecycleStatus = (typeof lifecycleStatuses)[number];

/**
 * What can happen to a claim. Who makes it happen:
 * - the partner: `submit`, `respond`, `dispute`, `new-claim`;
 * - Microsoft's reviewer: `start-review`, `request-more-proof`, `approve`, `reject`, `arbitration-won`, `arbitration-lost`;
 * - the customer: `customer-denies-consent`, `subscription-ends`;
 * - another partner: `competing-claim`;
 * - time: `response-deadline-passes`.
 */
export const lifecycleEventTypes = [
	'submit',
	'start-review',
	'request-more-proof',
	'respond',
	'response-deadline-passes',
	'approve',
	'reject',
	'customer-denies-consent',
	'dispute',
	'new-claim',
	'competing-claim',
	'arbitration-won',
	'arbitration-lost',
	'subscription-ends',
] as const;
export type LifecycleEventType = (typeof lifecycleEventTypes)[number];

/** Fact sheet §8 (MCA#152–156): why a reviewer sets Partner action required. */
export const moreProofReasons = [
	'missing-all-poe',
	'missing-customer-acknowledgment',
	'missing-or-old-dates',
	'missing-partner-solution',
	'missing-products',
] as const;
export type MoreProofReason = (typeof moreProofReasons)[number];

/**
 * Fact sheet §8 (MCA#169–182): why a claim is rejected. The first three are the "primary" reasons. Two of them
 * come from their own events, not from `reject`: `customer-decline` (`customer-denies-consent`) and
 * `no-partner-response` (`response-deadline-passes`). `other-partner-chosen` is the simulator's name for losing
 * an arbitration: the sources don't name a rejection reason for it (see `reasons.ts`).
 */
export const rejectionReasons = [
	'partner-request',
	'customer-decline',
	'insufficient-poe',
	'missing-customer-consent',
	'missing-products',
	'no-partner-response',
	'poe-unavailable',
	'other-partner-chosen',
] as const;
export type RejectionReason = (typeof rejectionReasons)[number];

/** The reasons a reviewer gives with the `reject` event. */
export const reviewerRejectionReasons = [
	'partner-request',
	'insufficient-poe',
	'missing-customer-consent',
	'missing-products',
	'poe-unavailable',
] as const satisfies readonly RejectionReason[];
export type ReviewerRejectionReason = (typeof reviewerRejectionReasons)[number];

/** Longest free text a partner may add to a response or dispute (the URL carries it). */
const MAX_COMMENT_LENGTH = 1000;
/** More events than any real claim sees; keeps a tampered link from replaying for long. */
const MAX_EVENTS = 100;
/** More holidays than any calendar has in the span of a claim. */
export const MAX_HOLIDAYS = 100;

/** A date the engine can count from (`isClaimDate`): a later deadline never runs past 9999-12-31. */
const isoDateSchema = z.string().check(z.refine(isClaimDate, 'expected a calendar date written YYYY-MM-DD, 2000-01-01 to 9990-12-31'));
const comment = z.optional(z.string().check(z.maxLength(MAX_COMMENT_LENGTH)));

const plain = <T extends Exclude<LifecycleEventType, 'request-more-proof' | 'reject' | 'respond' | 'dispute'>>(type: T) =>
	z.strictObject({ type: z.literal(type), date: isoDateSchema });

/** One event, on a calendar date. */
export const lifecycleEventSchema = z.discriminatedUnion('type', [
	plain('submit'),
	plain('start-review'),
	z.strictObject({ type: z.literal('request-more-proof'), date: isoDateSchema, reason: z.enum(moreProofReasons) }),
	z.strictObject({ type: z.literal('respond'), date: isoDateSchema, text: comment }),
	plain('response-deadline-passes'),
	plain('approve'),
	z.strictObject({ type: z.literal('reject'), date: isoDateSchema, reason: z.enum(reviewerRejectionReasons) }),
	plain('customer-denies-consent'),
	z.strictObject({ type: z.literal('dispute'), date: isoDateSchema, text: comment }),
	plain('new-claim'),
	plain('competing-claim'),
	plain('arbitration-won'),
	plain('arbitration-lost'),
	plain('subscription-ends'),
]);
export type LifecycleEvent = z.infer<typeof lifecycleEventSchema>;

export const lifecycleEventsSchema = z.array(lifecycleEventSchema).check(z.maxLength(MAX_EVENTS));

export const holidaysSchema = z.array(isoDateSchema).check(z.maxLength(MAX_HOLIDAYS));

/** Where a lifecycle starts: a claim Submitted on a date (the hand-over from the claim simulator), or Editing. */
export interface LifecycleStart {
	status: 'editing' | 'submitted';
	/** `YYYY-MM-DD`. */
	date: string;
}

/** What the lifecycle needs to know about the claim itself. */
export interface ClaimFacts {
	/** The claim is for a Dynamics 365 product, so an approved claim shows its subscription ID (CAI#163). */
	readonly dynamics: boolean;
	/**
	 * Every product of the claim is a Dynamics 365 product, claimed by its subscription: another partner's claim on it
	 * stops in the claim flow (the claim simulator's assumption, CAI#123), so it meets no arbitration.
	 */
	readonly dynamicsOnly: boolean;
	/** The comments the partner added when submitting (OSA#148), shown first in the comments thread. */
	readonly submittedComment?: string;
}

/** The facts the lifecycle engine needs about a claim, from its summary (`claim-summary.ts`). */
export function claimFacts(summary: Pick<ClaimSummary, 'dynamics' | 'dynamicsOnly' | 'comments'>): ClaimFacts {
	const facts = { dynamics: summary.dynamics, dynamicsOnly: summary.dynamicsOnly };
	return summary.comments === '' ? facts : { ...facts, submittedComment: summary.comments };
}
