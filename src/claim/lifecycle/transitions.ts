/**
 * The claim lifecycle as data, and the fold that plays events on it.
 *
 * `transitionTable` answers, for every status × event, either the next status or a refusal (a code whose
 * explanation is the message `refusalKey(code)`, `message-keys.ts`) with its basis (`bases.ts`: the sentences
 * that state it, or the simulator's assumption). Some allowed moves also depend on
 * dates and on what happened before (a deadline, a competing claim, a Dynamics subscription): those checks
 * are `guard`s, run after the table, each with its own refusal code (but for a rejection's reason: Submitted and
 * Partner action required allow only the partner's request, and refuse the other reasons with the status's table
 * refusal). `applyEvent` never throws and never ignores an event: it returns the new state or the refusal.
 *
 * Fact sheet `content/facts/cpor-facts.md` §7 (statuses, transitions, deadlines), §8 (reasons), §9 (competing claims), §10 (consent window).
 */
import { addCalendarDays } from '../business-days.ts';
import { refusalBasis, type RefusalBasis } from './bases.ts';
import { deadlineDate, deadlineRules, type DeadlineAssumptionKey, type DeadlineKind } from './rules.ts';
import {
	readLifecycleEvent,
	lifecycleStatuses,
	type ClaimFacts,
	type LifecycleEvent,
	type LifecycleEventType,
	type LifecycleStart,
	type LifecycleStatus,
	type MoreProofReason,
	type RejectionReason,
} from './schema.ts';

// ---------------------------------------------------------------------------------------------
// Refusals
// ---------------------------------------------------------------------------------------------

/** Refusals the table gives: the event doesn't exist in the claim's current status. */
export const tableRefusalCodes = [
	'already-submitted',
	'not-submitted',
	'review-not-started',
	'review-in-progress',
	'waiting-for-partner',
	'already-approved',
	'already-rejected',
	'nothing-to-respond',
	'consent-after-approval',
	'dispute-only-rejected',
	'claim-still-open',
	'competing-only-open',
	'subscription-only-approved',
] as const;

/** Refusals of the guards: the status allows the event, but not on that date or not in this situation. */
export const guardRefusalCodes = [
	'event-invalid',
	'date-before-status',
	'response-too-late',
	'deadline-not-passed',
	'consent-window-over',
	'dispute-window-over',
	'arbitration-pending',
	'no-competing-claim',
	'arbitration-not-reopened',
	'other-partner-set-aside',
	'already-competing',
	'not-dynamics',
	'subscription-active',
	'approved-no-subscription',
	'subscription-already-ended',
	'dynamics-no-arbitration',
] as const;

export const refusalCodes = [...tableRefusalCodes, ...guardRefusalCodes] as const;
type TableRefusalCode = (typeof tableRefusalCodes)[number];
type GuardRefusalCode = (typeof guardRefusalCodes)[number];
export type RefusalCode = TableRefusalCode | GuardRefusalCode;

/**
 * Why an event was refused. `params` are calendar dates (`date`, `deadline`) for the explanation's placeholders;
 * `basis` is `refusalBasis(code)`: the citations that state the rule, or the simulator's assumption.
 */
export interface Refusal {
	readonly code: RefusalCode;
	readonly status: LifecycleStatus;
	readonly event: LifecycleEventType | null;
	readonly params: Readonly<Record<string, string>>;
	readonly basis: RefusalBasis;
}

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

export type Transition =
	| { readonly kind: 'move'; readonly to: LifecycleStatus; readonly citations: readonly string[] }
	| { readonly kind: 'refuse'; readonly refusal: TableRefusalCode; readonly basis: RefusalBasis };

interface EventRow {
	/** The statuses the event moves a claim out of, and where to. */
	readonly moves: Partial<Readonly<Record<LifecycleStatus, LifecycleStatus>>>;
	readonly citations: readonly string[];
	/** The refusal in every other status, unless `refusals` names one for that status. */
	readonly refusal: TableRefusalCode;
	readonly refusals?: Partial<Readonly<Record<LifecycleStatus, TableRefusalCode>>>;
}

/**
 * The refusals of an event the reviewer makes, by the status the claim is in. A rejection the partner requested
 * (MCA#170) is possible in every open status: the table allows `reject` there, and its guard refuses the other
 * reasons in Submitted and Partner action required with these same codes.
 */
const reviewerRefusals = {
	editing: 'not-submitted',
	submitted: 'review-not-started',
	'partner-action-required': 'waiting-for-partner',
	approved: 'already-approved',
	rejected: 'already-rejected',
} as const satisfies Partial<Record<LifecycleStatus, TableRefusalCode>>;

/** The lifecycle, one row per event. `transitionTable` spreads it over every status. */
const eventRows: Readonly<Record<LifecycleEventType, EventRow>> = {
	// On a Rejected claim, every event but a dispute or a new claim is refused as the simulator's assumption
	// (`already-rejected`): MCA#158 and #160 describe those two ways on, not that nothing else can happen.
	submit: {
		moves: { editing: 'submitted' },
		citations: ['OSA#148', 'MCA#134'],
		refusal: 'already-submitted',
		refusals: { rejected: 'already-rejected' },
	},
	'start-review': {
		moves: { submitted: 'under-review' },
		citations: ['MCA#120', 'MCA#138'],
		refusal: 'review-in-progress',
		refusals: {
			editing: 'not-submitted',
			'partner-action-required': 'waiting-for-partner',
			approved: 'already-approved',
			rejected: 'already-rejected',
		},
	},
	'request-more-proof': {
		moves: { 'under-review': 'partner-action-required' },
		citations: ['MCA#149–151', 'CAI#173'],
		refusal: 'review-not-started',
		refusals: reviewerRefusals,
	},
	respond: {
		moves: { 'partner-action-required': 'under-review' },
		citations: ['MCA#150', 'MCA#200'],
		refusal: 'nothing-to-respond',
		refusals: { rejected: 'already-rejected' },
	},
	'response-deadline-passes': {
		moves: { 'partner-action-required': 'rejected' },
		citations: ['MCA#150', 'MCA#181'],
		refusal: 'nothing-to-respond',
		refusals: { rejected: 'already-rejected' },
	},
	approve: {
		moves: { 'under-review': 'approved' },
		citations: ['MCA#121', 'MCA#124'],
		refusal: 'review-not-started',
		refusals: reviewerRefusals,
	},
	// Under review for any reason (MCA#142, #169, #177); in Submitted and Partner action required only at the
	// partner's request (MCA#170: no sentence ties that request to a status), which the guard checks.
	reject: {
		moves: { submitted: 'rejected', 'under-review': 'rejected', 'partner-action-required': 'rejected' },
		citations: ['MCA#142', 'MCA#169', 'MCA#170', 'MCA#177'],
		refusal: 'review-not-started',
		refusals: reviewerRefusals,
	},
	'customer-denies-consent': {
		moves: { approved: 'rejected' },
		citations: ['MCA#125–126', 'MCA#173–174'],
		refusal: 'consent-after-approval',
	},
	// The dispute itself is documented (MCA#158, #162–167); the status it leads to is the simulator's assumption
	// (`deadlineRules['dispute-review'].statusAssumption`), and so is a dispute after a disputed claim's new rejection
	// (the `dispute-again` note).
	dispute: { moves: { rejected: 'under-review' }, citations: ['MCA#158', 'MCA#162–167'], refusal: 'dispute-only-rejected' },
	'new-claim': {
		moves: { rejected: 'editing', approved: 'editing' },
		citations: ['MCA#160', 'CAI#164'],
		refusal: 'claim-still-open',
	},
	'competing-claim': {
		moves: { submitted: 'submitted', 'under-review': 'under-review', 'partner-action-required': 'partner-action-required' },
		citations: ['CAI#166', 'CAI#169–170', 'OSA#131'],
		refusal: 'competing-only-open',
	},
	'arbitration-won': {
		moves: { 'under-review': 'approved' },
		citations: ['CAI#168'],
		refusal: 'review-not-started',
		refusals: reviewerRefusals,
	},
	'arbitration-lost': {
		moves: { 'under-review': 'rejected' },
		citations: ['CAI#168'],
		refusal: 'review-not-started',
		refusals: reviewerRefusals,
	},
	'subscription-ends': { moves: { approved: 'approved' }, citations: ['CAI#164'], refusal: 'subscription-only-approved' },
};

function transitionOf(status: LifecycleStatus, row: EventRow): Transition {
	const to = row.moves[status];
	if (to !== undefined) return { kind: 'move', to, citations: row.citations };
	const refusal = row.refusals?.[status] ?? row.refusal;
	return { kind: 'refuse', refusal, basis: refusalBasis(refusal) };
}

/** Every status × event: the next status, or the refusal. */
export const transitionTable: Readonly<Record<LifecycleStatus, Readonly<Record<LifecycleEventType, Transition>>>> = Object.fromEntries(
	lifecycleStatuses.map((status) => [
		status,
		Object.fromEntries(Object.entries(eventRows).map(([event, row]) => [event, transitionOf(status, row)])),
	]),
) as Record<LifecycleStatus, Record<LifecycleEventType, Transition>>;

/**
 * The events whose guard gives each guard refusal (`guard` below); `event-invalid` and `date-before-status` come before
 * the guards, for any event the table allows, and a reviewer's reason other than a partner's request gets its status's
 * table refusal (`reviewerRefusals`).
 */
const guardRefusalEvents: Readonly<
	Record<Exclude<GuardRefusalCode, 'event-invalid' | 'date-before-status'>, readonly LifecycleEventType[]>
> = {
	'response-too-late': ['respond'],
	'deadline-not-passed': ['response-deadline-passes'],
	'consent-window-over': ['customer-denies-consent'],
	'dispute-window-over': ['dispute'],
	'arbitration-pending': ['approve', 'reject'],
	'no-competing-claim': ['arbitration-won', 'arbitration-lost'],
	'arbitration-not-reopened': ['arbitration-won', 'arbitration-lost', 'competing-claim'],
	'other-partner-set-aside': ['arbitration-won', 'arbitration-lost'],
	'already-competing': ['competing-claim'],
	'not-dynamics': ['subscription-ends'],
	'subscription-active': ['new-claim'],
	'approved-no-subscription': ['new-claim'],
	'subscription-already-ended': ['subscription-ends'],
	'dynamics-no-arbitration': ['competing-claim'],
};

/**
 * The statuses in which the simulator can give a refusal: those whose row in the table refuses an event with it, and
 * for a guard's refusal those in which the table allows an event that guard checks. The sources page lists, beside a
 * documented refusal, the simulator's assumptions about those statuses (`statusAssumptions`, #14 tenth review).
 */
export function statusesOfRefusal(code: RefusalCode): LifecycleStatus[] {
	const guarded: readonly LifecycleEventType[] | undefined = (
		guardRefusalEvents as Partial<Record<RefusalCode, readonly LifecycleEventType[]>>
	)[code];
	const all = code === 'event-invalid' || code === 'date-before-status';
	return lifecycleStatuses.filter((status) =>
		Object.entries(transitionTable[status]).some(([event, transition]) =>
			transition.kind === 'refuse' ? transition.refusal === code : all || (guarded?.includes(event as LifecycleEventType) ?? false),
		),
	);
}

/** The events the table allows in a status, in the order of `eventRows` (their guards may still refuse). */
export function eventsAllowedIn(status: LifecycleStatus): LifecycleEventType[] {
	return (Object.keys(eventRows) as LifecycleEventType[]).filter((event) => transitionTable[status][event].kind === 'move');
}

// ---------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------

export interface Deadline {
	readonly kind: DeadlineKind;
	readonly date: string;
	/** The sentences that state the deadline; empty when it is the simulator's assumption. */
	readonly citations: readonly string[];
	/** The message saying what the simulator assumes, for an assumed deadline. */
	readonly assumption?: DeadlineAssumptionKey;
}

export type TimelineNote =
	/** Another partner claimed the same customer and workload/subscription on `date` (CAI#165–172). */
	| { readonly kind: 'competing-claim'; readonly date: string }
	/**
	 * The claim was submitted on `date` while another partner already claimed one of its products for the customer (the
	 * claim simulator's COMPETING_CLAIM warning, `ClaimFacts.competing`): it starts in arbitration (CAI#168).
	 */
	| { readonly kind: 'competing-at-submission'; readonly date: string }
	/**
	 * A new claim made on `date` after another partner won an arbitration of an earlier claim: that partner is now
	 * associated with the customer's product, and a claim on a product already associated with another partner goes
	 * through arbitration (CAI#166; #14 eleventh review).
	 */
	| { readonly kind: 'associated-elsewhere'; readonly date: string }
	/**
	 * A new claim made on `date` after a claim that competed with another partner's ended without an arbitration
	 * decision (a partner request, no partner response, the customer's decline): the simulator plays no decision on the
	 * other partner's claim, so the new claim competes with it (CAI#168; #14 twelfth review).
	 */
	| { readonly kind: 'competing-undecided'; readonly date: string }
	/**
	 * A new claim made on `date`, on or before the rejected claim's last day to dispute: the sources describe a new claim
	 * once the 30 days have passed (MCA#160), not before; the simulator allows it, its assumption, said where it happens.
	 */
	| { readonly kind: 'new-claim-in-dispute-window'; readonly date: string }
	/**
	 * The reviewer decided a dispute on `date` (approved it, or rejected it for a reason of theirs) while another
	 * partner's claim or association on the product stood: the sources don't say whether a dispute reopens the
	 * arbitration (`arbitration-not-reopened`); the simulator decides it without one, and an approval makes this partner
	 * the one associated from then on (OSA#131: one partner per workload or subscription). The simulator's assumption,
	 * said where it happens (#14 thirteenth review).
	 */
	| { readonly kind: 'decided-in-dispute'; readonly date: string }
	/**
	 * An event accepted on `date`, the last day of the deadline it had to meet (to respond, to dispute, to deny
	 * consent): the sources give the number of days, not how they are counted, so its acceptance rests on the
	 * simulator's count (`lifecycle.assumption.deadline.days`), said where it happens.
	 */
	| { readonly kind: 'deadline-day'; readonly date: string }
	/** The claimed Dynamics subscription ended on `date`: a new subscription needs a separate claim (CAI#164). */
	| { readonly kind: 'subscription-ended'; readonly date: string }
	/** The status lasted past its service-level deadline (Microsoft's own target): shown, not refused. */
	| { readonly kind: 'past-service-level'; readonly date: string }
	/**
	 * Rejected again after a dispute: the simulator offers another dispute, its assumption (the 2020 articles don't
	 * say how often a claim can be disputed; MCA2023 allows a single dispute, fact sheet §11).
	 */
	| { readonly kind: 'dispute-again'; readonly date: string };

/** One status of the claim's history. */
export interface TimelineEntry {
	/** 1 for the claim handed over; 2, 3… for each new claim that follows it. */
	readonly claimNumber: number;
	readonly status: LifecycleStatus;
	readonly since: string;
	/** The event that led here (`start` for the first entry). */
	readonly cause: LifecycleEventType | 'start';
	readonly reason: MoreProofReason | RejectionReason | null;
	readonly deadline: Deadline | null;
	/** The date the claim left this status; `null` for the current one. */
	readonly until: string | null;
	readonly notes: readonly TimelineNote[];
}

export type CommentKind =
	'submitted' | 'more-proof-requested' | 'partner-responded' | 'competing-claim' | 'arbitration-won' | 'arbitration-lost' | 'dispute';

/** One comment of the claim's comments section (MCA#197–200; CAI#172–173). */
export interface ClaimComment {
	readonly date: string;
	readonly author: 'partner' | 'microsoft';
	readonly kind: CommentKind;
	readonly reason: MoreProofReason | null;
	/** What the partner typed, if anything. */
	readonly text: string;
}

export interface LifecycleState {
	readonly status: LifecycleStatus;
	readonly claimNumber: number;
	readonly entries: readonly TimelineEntry[];
	readonly comments: readonly ClaimComment[];
	/** Another partner's claim on the same customer and workload/subscription is in arbitration. */
	readonly competing: boolean;
	/**
	 * What another partner still has on a product of this claim, whatever becomes of this claim: its `claim` (a competing
	 * start or a competing claim) until an arbitration decides, its `association` once it won one (CAI#166); `null` once
	 * this partner won, or if no other partner ever claimed. Every new claim starts from it (#14 twelfth review).
	 */
	readonly otherPartner: 'claim' | 'association' | null;
	/**
	 * True once a dispute was approved while another partner's claim or association stood: the simulator treats this
	 * partner as the one associated since then (its assumption, the `decided-in-dispute` note), until the next competing
	 * claim or arbitration (#14 fourteenth review).
	 */
	readonly setAside: boolean;
	readonly subscriptionEnded: string | null;
	/** The date of the latest event: no event can happen before it. */
	readonly lastDate: string;
	readonly events: readonly LifecycleEvent[];
	readonly facts: ClaimFacts;
	readonly holidays: readonly string[];
}

export type ApplyResult = { readonly ok: true; readonly state: LifecycleState } | { readonly ok: false; readonly refusal: Refusal };

/** The current entry of the timeline (the last one). */
export function currentEntry(state: LifecycleState): TimelineEntry {
	const entry = state.entries.at(-1);
	if (!entry) throw new Error('a lifecycle state always has an entry');
	return entry;
}

function deadlineFor(kind: DeadlineKind | null, since: string, holidays: readonly string[]): Deadline | null {
	if (kind === null) return null;
	const { citations, assumption } = deadlineRules[kind];
	return { kind, date: deadlineDate(kind, since, holidays), citations, ...(assumption ? { assumption } : {}) };
}

/** The deadline a status runs against when it begins, given what led to it. */
function deadlineKindOf(status: LifecycleStatus, cause: LifecycleEventType | 'start', competing: boolean): DeadlineKind | null {
	switch (status) {
		case 'editing':
			return null;
		case 'submitted':
			return 'review-start';
		case 'under-review':
			if (competing) return 'arbitration';
			return cause === 'dispute' ? 'dispute-review' : 'review-decision';
		case 'partner-action-required':
			return 'partner-response';
		case 'approved':
			return 'consent';
		case 'rejected':
			return 'dispute';
	}
}

/**
 * The lifecycle of a claim that starts in `start.status` on `start.date`. Throws a `RangeError` for a start
 * date or holiday that isn't `YYYY-MM-DD` (parse them with the schemas first).
 */
export function startLifecycle(start: LifecycleStart, facts: ClaimFacts, holidays: readonly string[] = []): LifecycleState {
	const competing = facts.competing === true;
	const comments: ClaimComment[] = [];
	const submittedComment = facts.submittedComment?.trim() ?? '';
	if (start.status === 'submitted' && submittedComment !== '') {
		comments.push({ date: start.date, author: 'partner', kind: 'submitted', reason: null, text: submittedComment });
	}
	return {
		status: start.status,
		claimNumber: 1,
		entries: [
			{
				claimNumber: 1,
				status: start.status,
				since: start.date,
				cause: 'start',
				reason: null,
				deadline: deadlineFor(deadlineKindOf(start.status, 'start', competing), start.date, holidays),
				until: null,
				notes: competing ? [{ kind: 'competing-at-submission', date: start.date }] : [],
			},
		],
		comments,
		competing,
		otherPartner: competing ? 'claim' : null,
		setAside: false,
		subscriptionEnded: null,
		lastDate: start.date,
		events: [],
		facts,
		holidays,
	};
}

function refuse(
	state: LifecycleState,
	event: LifecycleEventType | null,
	code: RefusalCode,
	params: Record<string, string> = {},
): ApplyResult {
	return { ok: false, refusal: { code, status: state.status, event, params, basis: refusalBasis(code) } };
}

/** The first date on which "the deadline passes" is true for a status with a deadline: the day after it. */
export function dayAfterDeadline(state: LifecycleState): string | null {
	const deadline = currentEntry(state).deadline;
	if (!deadline) return null;
	try {
		return addCalendarDays(deadline.date, 1);
	} catch {
		// Only past 9999-12-31, which no accepted date reaches (`isClaimDate`).
		return null;
	}
}

/**
 * The guards: the checks an allowed move still has to pass. `null` when it passes. Each code's basis (the
 * sentences that state it, or the simulator's assumption) is `refusalBasis(code)` (`bases.ts`).
 */
function guard(state: LifecycleState, event: LifecycleEvent): { code: RefusalCode; params?: Record<string, string> } | null {
	const entry = currentEntry(state);
	const deadline = entry.deadline?.date ?? '';
	switch (event.type) {
		case 'respond':
			return event.date > deadline ? { code: 'response-too-late', params: { deadline } } : null;
		case 'response-deadline-passes':
			return event.date <= deadline ? { code: 'deadline-not-passed', params: { deadline } } : null;
		case 'customer-denies-consent':
			return event.date > deadline ? { code: 'consent-window-over', params: { deadline } } : null;
		case 'dispute':
			return event.date > deadline ? { code: 'dispute-window-over', params: { deadline } } : null;
		case 'new-claim':
			// After a rejection, a new claim at any time: no sentence bars one during the 30 days to dispute (MCA#158–160);
			// one made before they have passed carries the `new-claim-in-dispute-window` note (the simulator's assumption).
			if (state.status !== 'approved') return null;
			// The simulator follows a subscription for a Dynamics 365 claim only: CAI#163 says such a claim shows its
			// subscription ID once approved, and says nothing of other claims (the simulator's assumption).
			if (!state.facts.dynamics) return { code: 'approved-no-subscription' };
			return state.subscriptionEnded === null ? { code: 'subscription-active' } : null;
		case 'reject':
			// The partner can request a rejection (MCA#170) in every open status, during an arbitration too.
			if (event.reason === 'partner-request') return null;
			// Another reason: the reviewer's decision, which the table refuses in Submitted and Partner action required.
			if (state.status !== 'under-review') return { code: reviewerRefusals[state.status as 'submitted' | 'partner-action-required'] };
			return state.competing ? { code: 'arbitration-pending' } : null;
		case 'approve':
			return state.competing ? { code: 'arbitration-pending' } : null;
		case 'arbitration-won':
		case 'arbitration-lost':
			// While another partner's claim or association stands, only a dispute reviews the claim without an arbitration:
			// the sources don't say whether a dispute reopens it (the simulator's assumption, `arbitration-not-reopened`).
			if (state.competing) return null;
			// Nor whether approving such a dispute sets the other partner aside (`other-partner-set-aside`).
			return { code: state.otherPartner ? 'arbitration-not-reopened' : state.setAside ? 'other-partner-set-aside' : 'no-competing-claim' };
		case 'competing-claim':
			// The claim simulator's rule (its assumption): another partner's claim on a claimed Dynamics 365 subscription
			// stops in the claim flow ("The subscription has already been claimed", CAI#123); arbitration for the others.
			if (state.facts.dynamicsOnly) return { code: 'dynamics-no-arbitration' };
			if (state.competing) return { code: 'already-competing' };
			// In a dispute's review while another partner's claim or association stands, no arbitration starts: the
			// simulator reviews a dispute without one (its assumption, `arbitration-not-reopened`).
			return state.otherPartner ? { code: 'arbitration-not-reopened' } : null;
		case 'subscription-ends':
			if (!state.facts.dynamics) return { code: 'not-dynamics' };
			return state.subscriptionEnded === null ? null : { code: 'subscription-already-ended', params: { date: state.subscriptionEnded } };
		default:
			return null;
	}
}

/** The comment an event leaves in the claim's comments section, if any. */
function commentOf(event: LifecycleEvent): ClaimComment | null {
	const base = { date: event.date, reason: null, text: '' };
	switch (event.type) {
		case 'request-more-proof':
			return { ...base, author: 'microsoft', kind: 'more-proof-requested', reason: event.reason };
		case 'respond':
			return { ...base, author: 'partner', kind: 'partner-responded', text: event.text?.trim() ?? '' };
		case 'dispute':
			return { ...base, author: 'partner', kind: 'dispute', text: event.text?.trim() ?? '' };
		case 'competing-claim':
			return { ...base, author: 'microsoft', kind: 'competing-claim' };
		case 'arbitration-won':
			return { ...base, author: 'microsoft', kind: 'arbitration-won' };
		case 'arbitration-lost':
			return { ...base, author: 'microsoft', kind: 'arbitration-lost' };
		default:
			return null;
	}
}

function reasonOf(event: LifecycleEvent): MoreProofReason | RejectionReason | null {
	switch (event.type) {
		case 'request-more-proof':
		case 'reject':
			return event.reason;
		case 'response-deadline-passes':
			return 'no-partner-response';
		case 'customer-denies-consent':
			return 'customer-decline';
		case 'arbitration-lost':
			return 'other-partner-chosen';
		default:
			return null;
	}
}

function withNote(entry: TimelineEntry, note: TimelineNote): TimelineEntry {
	return { ...entry, notes: [...entry.notes, note] };
}

/** The events that must happen by a deadline with a consequence, by that deadline's kind. */
const eventsByDeadline: Partial<Readonly<Record<DeadlineKind, LifecycleEventType>>> = {
	'partner-response': 'respond',
	consent: 'customer-denies-consent',
	dispute: 'dispute',
};

/**
 * The notes of the entry an accepted event begins, where the event's acceptance rests on the simulator's assumption
 * (#14 tenth review: said where it happens, not only in the page's list): a dispute after a disputed claim's new
 * rejection, a new claim before the 30 days to dispute have passed, an event on its deadline's last day, a dispute
 * decided while another partner's claim or association stands.
 */
function notesOf(state: LifecycleState, from: TimelineEntry, event: LifecycleEvent, to: LifecycleStatus): TimelineNote[] {
	const notes: TimelineNote[] = [];
	const disputedBefore = state.entries.some((earlier) => earlier.claimNumber === state.claimNumber && earlier.cause === 'dispute');
	if (to === 'rejected' && disputedBefore) notes.push({ kind: 'dispute-again', date: event.date });
	const reviewerDecision = event.type === 'approve' || (event.type === 'reject' && event.reason !== 'partner-request');
	if (reviewerDecision && disputedBefore && state.otherPartner) notes.push({ kind: 'decided-in-dispute', date: event.date });
	const deadline = from.deadline;
	if (event.type === 'new-claim' && from.status === 'rejected' && deadline && event.date <= deadline.date) {
		notes.push({ kind: 'new-claim-in-dispute-window', date: event.date });
	}
	if (deadline && eventsByDeadline[deadline.kind] === event.type && event.date === deadline.date) {
		notes.push({ kind: 'deadline-day', date: event.date });
	}
	return notes;
}

/**
 * The state after `event`, or why the event is refused. Never throws: an event that doesn't match the schema
 * (a tampered link) is refused as `event-invalid`.
 */
export function applyEvent(state: LifecycleState, input: unknown): ApplyResult {
	const event = readLifecycleEvent(input);
	if (!event) return refuse(state, null, 'event-invalid');
	const transition = transitionTable[state.status][event.type];
	if (transition.kind === 'refuse') return refuse(state, event.type, transition.refusal);
	if (event.date < state.lastDate) return refuse(state, event.type, 'date-before-status', { date: state.lastDate });
	try {
		const blocked = guard(state, event);
		if (blocked) return refuse(state, event.type, blocked.code, blocked.params);
		return { ok: true, state: next(state, event, transition.to) };
	} catch {
		// The schema keeps every date within `isClaimDate`, so no deadline runs past 9999-12-31; a state built by hand
		// from other dates still gets a refusal, never an exception.
		return refuse(state, event.type, 'event-invalid');
	}
}

function next(state: LifecycleState, event: LifecycleEvent, to: LifecycleStatus): LifecycleState {
	const comment = commentOf(event);
	const comments = comment ? [...state.comments, comment] : state.comments;
	const events = [...state.events, event];
	const previous = state.entries.slice(0, -1);
	let current = currentEntry(state);

	// Events that keep the status: a note on the current entry.
	if (event.type === 'competing-claim') {
		current = withNote(current, { kind: 'competing-claim', date: event.date });
		if (current.status === 'under-review') current = { ...current, deadline: deadlineFor('arbitration', current.since, state.holidays) };
		const otherPartner = state.otherPartner ?? 'claim';
		return {
			...state,
			entries: [...previous, current],
			comments,
			competing: true,
			otherPartner,
			setAside: false,
			lastDate: event.date,
			events,
		};
	}
	if (event.type === 'subscription-ends') {
		current = withNote(current, { kind: 'subscription-ended', date: event.date });
		return { ...state, entries: [...previous, current], comments, subscriptionEnded: event.date, lastDate: event.date, events };
	}

	const newClaim = event.type === 'new-claim';
	const claimNumber = newClaim ? state.claimNumber + 1 : state.claimNumber;
	// A competing claim is arbitrated while the claim is open: once it is decided (Approved, Rejected), the arbitration
	// is over, and a dispute starts without one. A new claim starts from what the other partner still has: its claim, if
	// no arbitration decided it (CAI#168), or its association, if it won one (CAI#166); nothing if this partner won.
	// An approval decides for this partner as a won arbitration does (in a dispute, the simulator's assumption: the
	// `decided-in-dispute` note): each workload or subscription has one partner (OSA#131).
	const otherPartner =
		event.type === 'arbitration-won' || event.type === 'approve'
			? null
			: event.type === 'arbitration-lost'
				? 'association'
				: state.otherPartner;
	const competing = newClaim ? otherPartner !== null : to !== 'approved' && to !== 'rejected' && state.competing;
	const decided = event.type === 'arbitration-won' || event.type === 'arbitration-lost';
	const setAside = event.type === 'approve' && state.otherPartner !== null ? true : decided ? false : state.setAside;
	const deadline = current.deadline;
	// An arbitration may keep the claim Under review past the five business days (CAI#170): not "longer than documented".
	if (deadline && deadlineRules[deadline.kind].kind === 'service-level' && deadline.kind !== 'arbitration' && event.date > deadline.date) {
		current = withNote(current, { kind: 'past-service-level', date: deadline.date });
	}
	const entry: TimelineEntry = {
		claimNumber,
		status: to,
		since: event.date,
		cause: event.type,
		reason: reasonOf(event),
		deadline: deadlineFor(deadlineKindOf(to, event.type, competing), event.date, state.holidays),
		until: null,
		notes: [
			...(newClaim && otherPartner
				? [{ kind: otherPartner === 'claim' ? ('competing-undecided' as const) : ('associated-elsewhere' as const), date: event.date }]
				: []),
			...notesOf(state, current, event, to),
		],
	};
	return {
		...state,
		status: to,
		claimNumber,
		entries: [...previous, { ...current, until: event.date }, entry],
		comments,
		competing,
		otherPartner,
		setAside,
		subscriptionEnded: newClaim ? null : state.subscriptionEnded,
		lastDate: event.date,
		events,
	};
}

export type ReplayResult =
	| { readonly ok: true; readonly state: LifecycleState }
	/** The events up to `index` applied (`state`), and why the one at `index` was refused. */
	| { readonly ok: false; readonly state: LifecycleState; readonly index: number; readonly refusal: Refusal };

/** Plays `events` in order from the start; stops at the first refused one. Never throws for a valid start. */
export function replay(
	start: LifecycleStart,
	events: readonly unknown[],
	facts: ClaimFacts,
	holidays: readonly string[] = [],
): ReplayResult {
	let state = startLifecycle(start, facts, holidays);
	for (const [index, event] of events.entries()) {
		const result = applyEvent(state, event);
		if (!result.ok) return { ok: false, state, index, refusal: result.refusal };
		state = result.state;
	}
	return { ok: true, state };
}
