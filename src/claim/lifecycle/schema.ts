/**
 * The shapes of the claim lifecycle simulator: statuses, events and the documented reasons, with the plain checks
 * that read an event or a link's events and holidays (`readLifecycleEvent`).
 *
 * Sources: fact sheet `content/facts/cpor-facts.md` §7 (statuses, MCA#130–156, timeline MCA#119–126), §8 (review
 * outcomes, MCA#152–156 and #169–182), §9 (competing claims, CAI#165–173) and CAI#163–164 (subscription ends).
 */
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
/**
 * The most events a link keeps (`readLifecycleEvents`): more than any real claim sees, and a tampered link doesn't
 * replay for long. The simulator records no more (`simulatorReducer`), so what it shows always restores from its link.
 */
export const MAX_EVENTS = 100;
/** More holidays than any calendar has in the span of a claim. */
export const MAX_HOLIDAYS = 100;

type PlainEventType = Exclude<LifecycleEventType, 'request-more-proof' | 'reject' | 'respond' | 'dispute'>;

/** One event, on a calendar date (`YYYY-MM-DD` within `isClaimDate`). */
export type LifecycleEvent =
	| { type: PlainEventType; date: string }
	| { type: 'request-more-proof'; date: string; reason: MoreProofReason }
	| { type: 'reject'; date: string; reason: ReviewerRejectionReason }
	| { type: 'respond' | 'dispute'; date: string; text?: string | undefined };

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
	typeof value === 'string' && (values as readonly string[]).includes(value);

/** The keys an event of each kind may have besides `type` and `date`; any other key makes it unreadable. */
function extraKeyOf(type: LifecycleEventType): 'reason' | 'text' | null {
	if (type === 'request-more-proof' || type === 'reject') return 'reason';
	return type === 'respond' || type === 'dispute' ? 'text' : null;
}

/**
 * `input` as an event, or `null` when it isn't one: an unknown type, a date that isn't a claim date
 * (`isClaimDate`: a later deadline never runs past 9999-12-31), a missing or unknown reason, a comment longer
 * than 1,000 characters, any other key. Plain checks rather than zod: the lifecycle island checks every event
 * the reader fires and every event of a link, and zod/mini was a third of its JavaScript (#19).
 */
export function readLifecycleEvent(input: unknown): LifecycleEvent | null {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
	const { type, date, ...rest } = input as Record<string, unknown>;
	if (!isOneOf(lifecycleEventTypes, type) || typeof date !== 'string' || !isClaimDate(date)) return null;
	const extra = extraKeyOf(type);
	if (Object.keys(rest).some((key) => key !== extra)) return null;
	if (type === 'request-more-proof') return isOneOf(moreProofReasons, rest['reason']) ? { type, date, reason: rest['reason'] } : null;
	if (type === 'reject') return isOneOf(reviewerRejectionReasons, rest['reason']) ? { type, date, reason: rest['reason'] } : null;
	if (type === 'respond' || type === 'dispute') {
		const text = rest['text'];
		if (text === undefined) return { type, date };
		return typeof text === 'string' && text.length <= MAX_COMMENT_LENGTH ? { type, date, text } : null;
	}
	return { type, date };
}

/** `input` as the events of a link (at most 100, each `readLifecycleEvent`), or `null` when it isn't. */
export function readLifecycleEvents(input: unknown): LifecycleEvent[] | null {
	if (!Array.isArray(input) || input.length > MAX_EVENTS) return null;
	const events = input.map(readLifecycleEvent);
	return events.every((event) => event !== null) ? (events as LifecycleEvent[]) : null;
}

/** `dates` as a link's holidays (at most 100, each a claim date), or `null` when they aren't. */
export function readHolidays(dates: readonly string[]): readonly string[] | null {
	return dates.length <= MAX_HOLIDAYS && dates.every(isClaimDate) ? dates : null;
}

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
	/**
	 * Another partner already claims a product of the claim for the same customer when it is submitted: the claim
	 * simulator warned so (COMPETING_CLAIM), and the lifecycle starts with that competing claim in arbitration (CAI#168),
	 * so both simulators tell one story (#14 tenth review). Absent: no competing claim at the start.
	 */
	readonly competing?: boolean;
	/** The comments the partner added when submitting (OSA#148), shown first in the comments thread. */
	readonly submittedComment?: string;
}

/** The facts the lifecycle engine needs about a claim, from its summary (`claim-summary.ts`). */
export function claimFacts(summary: Pick<ClaimSummary, 'dynamics' | 'dynamicsOnly' | 'competing' | 'comments'>): ClaimFacts {
	const facts = { dynamics: summary.dynamics, dynamicsOnly: summary.dynamicsOnly, ...(summary.competing ? { competing: true } : {}) };
	return summary.comments === '' ? facts : { ...facts, submittedComment: summary.comments };
}
