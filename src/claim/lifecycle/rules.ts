/**
 * The lifecycle's deadlines and the one rule the simulator follows where its sources disagree.
 *
 * Every figure comes from fact sheet §7, §9 and §10 (`content/facts/cpor-facts.md`). Business days skip
 * Saturdays, Sundays and the reader's holidays (`../business-days.ts`); calendar days don't.
 */
import { addBusinessDays, addCalendarDays } from '../business-days.ts';
import type { LifecycleEventType, LifecycleStatus } from './schema.ts';

/** The deadline a status runs against. */
export const deadlineKinds = [
	/** Submitted: Microsoft starts the review within 5 business days. */
	'review-start',
	/** Under review: the review SLA, 5 business days. */
	'review-decision',
	/** Under review with a competing claim: still reviewed within 5 business days, but may stay Under review longer. */
	'arbitration',
	/** After a dispute: reviewers respond within 5 working days (MCA#167); the simulator shows Under review meanwhile (its assumption). */
	'dispute-review',
	/** Partner action required: respond within 5 business days or the claim is rejected. */
	'partner-response',
	/** Approved: the customer may deny consent within 7 days of the approval. */
	'consent',
	/** Rejected: dispute within 30 days (MCA#158); after that, a new association with updated proof (MCA#160). */
	'dispute',
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

/** The message of an assumed deadline (`src/i18n/messages/<lang>/lifecycle.json`). */
export type DeadlineAssumptionKey = 'lifecycle.assumption.deadline.consent';

/**
 * The message of an assumed status: the status the simulator shows while a deadline runs, where no sentence names
 * one. After a dispute, MCA#167 says when the reviewers respond, not which status the claim has meanwhile; the
 * simulator shows Under review (MCA2023 adds a Dispute status: fact sheet §11).
 */
export type StatusAssumptionKey = 'lifecycle.assumption.status.after-dispute' | 'lifecycle.assumption.status.after-response';

/**
 * The status each status assumption is about, and the event after which the claim has it. After a response, the status
 * and the review's new 5 business days (#14 third review): MCA#150 asks the partner to "resubmit your claim", not which
 * status it has then or that the review starts again; the simulator shows Under review and counts the review's deadline
 * (MCA#121, #140) from the response. After a dispute, Under review while the dispute is reviewed
 * (`deadlineRules['dispute-review'].statusAssumption`). The timeline says so beside the entry, a documented refusal
 * given in that status too, and the sources page beside each documented refusal that can be (#14 tenth review).
 */
export const statusAssumptions: Readonly<
	Record<StatusAssumptionKey, { readonly after: LifecycleEventType; readonly status: LifecycleStatus }>
> = {
	'lifecycle.assumption.status.after-response': { after: 'respond', status: 'under-review' },
	'lifecycle.assumption.status.after-dispute': { after: 'dispute', status: 'under-review' },
};

/**
 * The simulator's assumption behind a timeline entry's status, where no sentence names it: the entry follows a
 * response or a dispute (`statusAssumptions`), whatever its deadline (a competing claim after a dispute replaces the
 * dispute's deadline with the arbitration's, not the assumption: #14 tenth review); `undefined` for a status the
 * sources state. A documented refusal given in such a status shows it too (#14 ninth review: "the review has already
 * started", MCA#120 and #138, after a response or a dispute).
 */
export function statusAssumptionOf(entry: { readonly cause: LifecycleEventType | 'start' }): StatusAssumptionKey | undefined {
	return (Object.keys(statusAssumptions) as StatusAssumptionKey[]).find((key) => statusAssumptions[key].after === entry.cause);
}

/**
 * Which version of the rules a deadline follows: every deadline follows the 2020 articles. MCA2023 (fact sheet §11)
 * "uses 14-business-day windows" without the sheet saying which deadlines they replace, so every deadline of MCA gets
 * the note that names MCA2023 (#14 third review); the dispute's deadlines also name the Dispute and Rejected final
 * statuses and the single dispute. The consent window, where the 2020 articles disagree (MCA#126 seven days, OSA#112
 * five business days), gets a note that says so rather than calling it the articles' deadline. A deadline of CAI only
 * (arbitration, CAI#170) gets no windows note: the sheet gives the windows to MCA2023, not to EN2023.
 */
export type DeadlineVersionKey =
	'lifecycle.ui.version.deadline' | 'lifecycle.ui.version.dispute' | 'lifecycle.ui.version.consent' | 'lifecycle.ui.version.article';

export interface DeadlineRule {
	readonly days: number;
	readonly unit: 'business' | 'calendar';
	/**
	 * `consequence`: passing it changes the claim (Partner action required → Rejected) or closes a window (consent,
	 * dispute). `service-level`: Microsoft's own target; the claim may take longer and nothing happens by itself.
	 */
	readonly kind: 'consequence' | 'service-level';
	/** The sentences that state it (`KEY#n`); empty for a deadline the simulator assumes. */
	readonly citations: readonly string[];
	/** For an assumed deadline, the message that tells the reader what the simulator assumes (never with citations). */
	readonly assumption?: DeadlineAssumptionKey;
	/** The status the claim shows meanwhile, where it is the simulator's assumption (shown beside the cited deadline). */
	readonly statusAssumption?: StatusAssumptionKey;
	/** The note that says the deadline is the 2020 articles' and what the 2023 revision changed. */
	readonly version: DeadlineVersionKey;
}

/**
 * Each deadline's length, kind and the sentences that state it (exact segments, not the section around them). Where the
 * sources disagree, on the consent window (fact sheet §10), the deadline is the simulator's assumption, shown as such:
 * it follows MCA (the customer is notified after the approval and may deny consent within 7 days, counted as calendar
 * days); the claim shows Approved meanwhile. MCA is the article about managing associations and states the rule three times
 * (MCA#126, MCA#146, MCA#194) and its timing twice (MCA#125, MCA#193). OSA says "five business days" (OSA#112) and
 * notifies the customer on submit (OSA#111, OSA#149).
 */
export const deadlineRules: Readonly<Record<DeadlineKind, DeadlineRule>> = {
	'review-start': { days: 5, unit: 'business', kind: 'service-level', citations: ['MCA#120'], version: 'lifecycle.ui.version.deadline' },
	'review-decision': {
		days: 5,
		unit: 'business',
		kind: 'service-level',
		citations: ['MCA#121', 'MCA#140'],
		version: 'lifecycle.ui.version.deadline',
	},
	arbitration: { days: 5, unit: 'business', kind: 'service-level', citations: ['CAI#170'], version: 'lifecycle.ui.version.article' },
	'dispute-review': {
		days: 5,
		unit: 'business',
		kind: 'service-level',
		citations: ['MCA#167'],
		statusAssumption: 'lifecycle.assumption.status.after-dispute',
		version: 'lifecycle.ui.version.dispute',
	},
	'partner-response': {
		days: 5,
		unit: 'business',
		kind: 'consequence',
		citations: ['MCA#122', 'MCA#150'],
		version: 'lifecycle.ui.version.deadline',
	},
	consent: {
		days: 7,
		unit: 'calendar',
		kind: 'consequence',
		citations: [],
		assumption: 'lifecycle.assumption.deadline.consent',
		version: 'lifecycle.ui.version.consent',
	},
	dispute: { days: 30, unit: 'calendar', kind: 'consequence', citations: ['MCA#158', 'MCA#160'], version: 'lifecycle.ui.version.dispute' },
};

/** The status each deadline runs in, in the simulator (the page lists the deadlines by status; after a dispute the status is its assumption). */
export const statusOfDeadline: Readonly<Record<DeadlineKind, LifecycleStatus>> = {
	'review-start': 'submitted',
	'review-decision': 'under-review',
	arbitration: 'under-review',
	'dispute-review': 'under-review',
	'partner-response': 'partner-action-required',
	consent: 'approved',
	dispute: 'rejected',
};

/** The date a deadline of `kind` falls on for a status that began on `since`. */
export function deadlineDate(kind: DeadlineKind, since: string, holidays: readonly string[]): string {
	const rule = deadlineRules[kind];
	return rule.unit === 'business' ? addBusinessDays(since, rule.days, holidays) : addCalendarDays(since, rule.days);
}
