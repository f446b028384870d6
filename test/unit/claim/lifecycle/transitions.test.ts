/**
 * The lifecycle's transitions: every status × event pair played on the engine and checked against the
 * transitions the fact sheet documents (§7–§9, written out again below, independently of the table), every
 * refusal explained in every language with its citations, and every guard at its boundary dates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../../src/claim/business-days.ts';
import { messageArguments } from '../../../../src/i18n/message-format.ts';
import { catalogs, messagesFor } from '../../../../src/i18n/messages.ts';
import {
	applyEvent,
	currentEntry,
	dayAfterDeadline,
	deadlineRules,
	eventsAllowedIn,
	guardRefusalCodes,
	lifecycleEventTypes,
	lifecycleStatuses,
	reasonCitations,
	refusalKey,
	replay,
	startLifecycle,
	tableRefusalCodes,
	transitionTable,
	type ClaimFacts,
	type LifecycleEvent,
	type LifecycleEventType,
	type LifecycleState,
	type LifecycleStatus,
	type RefusalCode,
} from '../../../../src/claim/lifecycle/index.ts';

/** Fact sheet §7 (MCA#119–160), §8, §9 (CAI#165–173) and CAI#163–164: the moves a claim can make. */
const documentedMoves: Record<LifecycleStatus, Partial<Record<LifecycleEventType, LifecycleStatus>>> = {
	editing: { submit: 'submitted' },
	// A partner can request a rejection (MCA#170) in every open status; the other reasons are the reviewer's, Under review.
	submitted: { 'start-review': 'under-review', reject: 'rejected', 'competing-claim': 'submitted' },
	'under-review': {
		'request-more-proof': 'partner-action-required',
		approve: 'approved',
		reject: 'rejected',
		'competing-claim': 'under-review',
		'arbitration-won': 'approved',
		'arbitration-lost': 'rejected',
	},
	'partner-action-required': {
		respond: 'under-review',
		'response-deadline-passes': 'rejected',
		reject: 'rejected',
		'competing-claim': 'partner-action-required',
	},
	approved: { 'customer-denies-consent': 'rejected', 'subscription-ends': 'approved', 'new-claim': 'editing' },
	rejected: { dispute: 'under-review', 'new-claim': 'editing' },
};

const SUBMITTED = '2024-06-03'; // a Monday
const dynamics: ClaimFacts = { dynamics: true, dynamicsOnly: false };

function must(state: LifecycleState, event: LifecycleEvent): LifecycleState {
	const result = applyEvent(state, event);
	if (!result.ok) throw new Error(`${event.type} on ${event.date} refused: ${result.refusal.code}`);
	return result.state;
}

/** Follows events, each on the date of the previous one unless given. */
function play(state: LifecycleState, ...events: (LifecycleEvent | Omit<LifecycleEvent, 'date'>)[]): LifecycleState {
	return events.reduce((current, event) => must(current, { date: current.lastDate, ...event } as LifecycleEvent), state);
}

/** A claim in `status`, set up so that the guards of `event` pass when the table allows it. */
function stateIn(status: LifecycleStatus, event: LifecycleEventType, facts: ClaimFacts = dynamics): LifecycleState {
	if (status === 'editing') return startLifecycle({ status: 'editing', date: SUBMITTED }, facts);
	const submitted = startLifecycle({ status: 'submitted', date: SUBMITTED }, facts);
	switch (status) {
		case 'submitted':
			return submitted;
		case 'under-review': {
			const reviewing = play(submitted, { type: 'start-review' });
			return event === 'arbitration-won' || event === 'arbitration-lost' ? play(reviewing, { type: 'competing-claim' }) : reviewing;
		}
		case 'partner-action-required':
			return play(submitted, { type: 'start-review' }, { type: 'request-more-proof', reason: 'missing-products' });
		case 'approved': {
			const approved = play(submitted, { type: 'start-review' }, { type: 'approve' });
			return event === 'new-claim' ? play(approved, { type: 'subscription-ends' }) : approved;
		}
		case 'rejected':
			return play(submitted, { type: 'start-review' }, { type: 'reject', reason: 'insufficient-poe' });
	}
}

/** A well-formed event of `type` on a date its guards accept. */
function eventFor(state: LifecycleState, type: LifecycleEventType): LifecycleEvent {
	let date = state.lastDate;
	if (type === 'response-deadline-passes') date = dayAfterDeadline(state) ?? date;
	if (type === 'new-claim' && state.status === 'rejected') date = addCalendarDays(date, 31);
	if (type === 'request-more-proof') return { type, date, reason: 'missing-or-old-dates' };
	if (type === 'reject') return { type, date, reason: 'partner-request' };
	return { type, date } as LifecycleEvent;
}

describe('the transition table', () => {
	it('allows exactly the documented moves', () => {
		for (const status of lifecycleStatuses) {
			const moves = Object.fromEntries(
				lifecycleEventTypes.flatMap((event) => {
					const transition = transitionTable[status][event];
					return transition.kind === 'move' ? [[event, transition.to]] : [];
				}),
			);
			expect(moves, status).toEqual(documentedMoves[status]);
			expect(eventsAllowedIn(status).sort(), status).toEqual(Object.keys(documentedMoves[status]).sort());
		}
	});

	it('cites a source for every move, and explains every refusal in every language', () => {
		// A refusal's basis (citations or the simulator's assumption, never both) is checked in bases.test.ts.
		for (const status of lifecycleStatuses) {
			for (const event of lifecycleEventTypes) {
				const transition = transitionTable[status][event];
				if (transition.kind === 'move') expect(transition.citations.length, `${status} × ${event}`).toBeGreaterThan(0);
				if (transition.kind === 'refuse') {
					for (const lang of catalogs.langs)
						expect(messagesFor(lang)[refusalKey(transition.refusal)].trim(), `${transition.refusal} in ${lang}`).not.toBe('');
				}
			}
		}
	});
});

describe('every status × event on the engine', () => {
	for (const status of lifecycleStatuses) {
		for (const event of lifecycleEventTypes) {
			const documented = documentedMoves[status][event];
			const transition = transitionTable[status][event];
			it(`${status} × ${event} → ${documented ?? `refused (${transition.kind === 'refuse' ? transition.refusal : '?'})`}`, () => {
				const state = stateIn(status, event);
				expect(state.status).toBe(status);
				const result = applyEvent(state, eventFor(state, event));
				if (documented) {
					expect(result.ok, JSON.stringify(result)).toBe(true);
					if (!result.ok) return;
					expect(result.state.status).toBe(documented);
					expect(result.state.events.at(-1)?.type).toBe(event);
					// A move to another status opens a new timeline entry; staying keeps the entry.
					expect(result.state.entries.length).toBe(
						state.entries.length + (event === 'competing-claim' || event === 'subscription-ends' ? 0 : 1),
					);
				} else {
					expect(result.ok).toBe(false);
					if (result.ok || transition.kind !== 'refuse') return;
					expect(result.refusal.code).toBe(transition.refusal);
					expect(result.refusal.status).toBe(status);
					expect(result.refusal.event).toBe(event);
					expect(result.refusal.basis).toEqual(transition.basis);
					expect(tableRefusalCodes).toContain(result.refusal.code);
				}
			});
		}
	}
});

describe('guards', () => {
	const submitted = startLifecycle({ status: 'submitted', date: SUBMITTED }, dynamics);
	const reviewing = play(submitted, { type: 'start-review', date: '2024-06-04' });
	const waiting = play(reviewing, { type: 'request-more-proof', reason: 'missing-all-poe', date: '2024-06-05' });
	const approved = play(reviewing, { type: 'approve', date: '2024-06-07' });
	const rejected = play(reviewing, { type: 'reject', reason: 'insufficient-poe', date: '2024-06-07' });
	const competing = play(reviewing, { type: 'competing-claim' });

	const cases: {
		code: RefusalCode;
		state: LifecycleState;
		refused: unknown;
		accepted?: LifecycleEvent;
		params?: Record<string, string>;
	}[] = [
		{ code: 'event-invalid', state: reviewing, refused: { type: 'approve', date: '2024-02-30' } },
		{
			code: 'date-before-status',
			state: reviewing,
			refused: { type: 'approve', date: '2024-06-03' },
			accepted: { type: 'approve', date: '2024-06-04' },
			params: { date: '2024-06-04' },
		},
		// Wednesday 2024-06-05 + 5 business days = Wednesday 2024-06-12.
		{
			code: 'response-too-late',
			state: waiting,
			refused: { type: 'respond', date: '2024-06-13' },
			accepted: { type: 'respond', date: '2024-06-12' },
			params: { deadline: '2024-06-12' },
		},
		{
			code: 'deadline-not-passed',
			state: waiting,
			refused: { type: 'response-deadline-passes', date: '2024-06-12' },
			accepted: { type: 'response-deadline-passes', date: '2024-06-13' },
		},
		{
			code: 'consent-window-over',
			state: approved,
			refused: { type: 'customer-denies-consent', date: '2024-06-15' },
			accepted: { type: 'customer-denies-consent', date: '2024-06-14' },
			params: { deadline: '2024-06-14' },
		},
		{
			code: 'dispute-window-over',
			state: rejected,
			refused: { type: 'dispute', date: '2024-07-08' },
			accepted: { type: 'dispute', date: '2024-07-07' },
			params: { deadline: '2024-07-07' },
		},
		{
			code: 'arbitration-pending',
			state: competing,
			refused: { type: 'approve', date: '2024-06-05' },
			accepted: { type: 'arbitration-won', date: '2024-06-05' },
		},
		{
			code: 'arbitration-pending',
			state: competing,
			refused: { type: 'reject', reason: 'insufficient-poe', date: '2024-06-05' },
			accepted: { type: 'arbitration-lost', date: '2024-06-05' },
		},
		{
			code: 'no-competing-claim',
			state: reviewing,
			refused: { type: 'arbitration-won', date: '2024-06-05' },
			accepted: { type: 'approve', date: '2024-06-05' },
		},
		// A dispute of a lost arbitration is reviewed without one while the other partner's association stands: the
		// simulator's assumption, not "there is no competing claim" (#14 twelfth review).
		{
			code: 'arbitration-not-reopened',
			state: play(competing, { type: 'arbitration-lost' }, { type: 'dispute' }),
			refused: { type: 'arbitration-won', date: '2024-06-05' },
			accepted: { type: 'approve', date: '2024-06-05' },
		},
		// Approved in that dispute, the claim's partner is the one associated: a later claim's "your claim is chosen" is
		// refused on the simulator's assumption, not as "there is no competing claim" (#14 fourteenth review).
		{
			code: 'other-partner-set-aside',
			state: play(
				competing,
				{ type: 'arbitration-lost' },
				{ type: 'dispute' },
				{ type: 'approve' },
				{ type: 'customer-denies-consent' },
				{ type: 'new-claim' },
				{ type: 'submit' },
				{ type: 'start-review' },
			),
			refused: { type: 'arbitration-won', date: '2024-07-30' },
			accepted: { type: 'approve', date: '2024-07-30' },
		},
		{ code: 'already-competing', state: competing, refused: { type: 'competing-claim', date: '2024-06-05' } },
		{
			code: 'dynamics-no-arbitration',
			state: { ...reviewing, facts: { dynamics: true, dynamicsOnly: true } },
			refused: { type: 'competing-claim', date: '2024-06-05' },
			accepted: { type: 'approve', date: '2024-06-05' },
		},
		{
			code: 'not-dynamics',
			state: { ...approved, facts: { dynamics: false, dynamicsOnly: false } },
			refused: { type: 'subscription-ends', date: '2025-06-07' },
		},
		{ code: 'subscription-active', state: approved, refused: { type: 'new-claim', date: '2025-06-07' } },
		// Issue #14: an approved Microsoft 365 claim has no subscription, so "still active" can't be the answer.
		{
			code: 'approved-no-subscription',
			state: { ...approved, facts: { dynamics: false, dynamicsOnly: false } },
			refused: { type: 'new-claim', date: '2025-06-07' },
		},
		{
			code: 'subscription-already-ended',
			state: play(approved, { type: 'subscription-ends', date: '2025-06-07' }),
			refused: { type: 'subscription-ends', date: '2025-06-08' },
			params: { date: '2025-06-07' },
		},
	];

	for (const { code, state, refused, accepted, params } of cases) {
		it(`${code}: refuses ${JSON.stringify(refused)}${accepted ? `, accepts ${accepted.type} on ${accepted.date}` : ''}`, () => {
			const result = applyEvent(state, refused);
			expect(result.ok).toBe(false);
			if (result.ok) return;
			expect(result.refusal.code).toBe(code);
			if (params) expect(result.refusal.params).toEqual(params);
			for (const lang of catalogs.langs) {
				for (const name of Object.keys(params ?? {}))
					expect(messageArguments(messagesFor(lang)[refusalKey(code)]), `{${name}} in ${lang}`).toContain(name);
			}
			if (accepted) expect(applyEvent(state, accepted).ok).toBe(true);
		});
	}

	it('covers every guard', () => {
		expect(new Set(cases.map((c) => c.code))).toEqual(new Set(guardRefusalCodes));
	});
});

describe('the lifecycle', () => {
	it('counts each status’s deadline on the business-day calendar, holidays included', () => {
		// Friday 2024-12-20; holidays on Wednesday 12-25 and Wednesday 01-01.
		const holidays = ['2024-12-25', '2025-01-01'];
		let state = startLifecycle({ status: 'submitted', date: '2024-12-20' }, dynamics, holidays);
		expect(currentEntry(state).deadline).toMatchObject({ kind: 'review-start', date: '2024-12-30' });
		state = must(state, { type: 'start-review', date: '2024-12-23' });
		expect(currentEntry(state).deadline).toMatchObject({ kind: 'review-decision', date: '2024-12-31' });
		state = must(state, { type: 'request-more-proof', reason: 'missing-products', date: '2024-12-24' });
		expect(currentEntry(state).deadline).toMatchObject({ kind: 'partner-response', date: '2025-01-02' });
		state = must(state, { type: 'respond', date: '2025-01-02' });
		expect(currentEntry(state).deadline).toMatchObject({ kind: 'review-decision', date: '2025-01-09' });
		state = must(state, { type: 'approve', date: '2025-01-10' });
		expect(currentEntry(state).deadline).toMatchObject({ kind: 'consent', date: '2025-01-17' });
		// The response came on its deadline's last day: the simulator's count, noted (#14 tenth review). The review took
		// longer than its 5 business days: noted, not refused.
		expect(state.entries.at(-2)?.notes).toEqual([
			{ kind: 'deadline-day', date: '2025-01-02' },
			{ kind: 'past-service-level', date: '2025-01-09' },
		]);
		state = must(state, { type: 'customer-denies-consent', date: '2025-01-17' });
		expect(currentEntry(state)).toMatchObject({
			status: 'rejected',
			reason: 'customer-decline',
			deadline: { kind: 'dispute', date: '2025-02-16' },
		});
		state = must(state, { type: 'dispute', date: '2025-02-16' });
		expect(currentEntry(state)).toMatchObject({ status: 'under-review', deadline: { kind: 'dispute-review', date: '2025-02-21' } });
		expect(state.entries.map((entry) => entry.until)).toEqual([
			'2024-12-23',
			'2024-12-24',
			'2025-01-02',
			'2025-01-10',
			'2025-01-17',
			'2025-02-16',
			null,
		]);
	});

	it('keeps a claim with a competing claim Under review with a soft deadline, and posts to the comments', () => {
		let state = startLifecycle({ status: 'submitted', date: SUBMITTED }, { dynamics: false, dynamicsOnly: false });
		state = must(state, { type: 'competing-claim', date: SUBMITTED });
		expect(state.comments.map((comment) => comment.kind)).toEqual(['competing-claim']);
		state = must(state, { type: 'start-review', date: '2024-06-04' });
		expect(currentEntry(state).deadline?.kind).toBe('arbitration');
		state = must(state, { type: 'request-more-proof', reason: 'missing-partner-solution', date: '2024-06-05' });
		state = must(state, { type: 'respond', date: '2024-06-06', text: '  Signed SOW attached.  ' });
		expect(currentEntry(state).deadline?.kind).toBe('arbitration');
		state = must(state, { type: 'arbitration-lost', date: '2024-06-20' });
		expect(currentEntry(state)).toMatchObject({ status: 'rejected', reason: 'other-partner-chosen' });
		expect(state.competing).toBe(false);
		expect(state.comments.map((comment) => [comment.author, comment.kind, comment.reason, comment.text])).toEqual([
			['microsoft', 'competing-claim', null, ''],
			['microsoft', 'more-proof-requested', 'missing-partner-solution', ''],
			['partner', 'partner-responded', null, 'Signed SOW attached.'],
			['microsoft', 'arbitration-lost', null, ''],
		]);
	});

	it('starts claim 2 in Editing after a subscription ends, and submits it again', () => {
		let state = play(startLifecycle({ status: 'submitted', date: SUBMITTED }, dynamics), { type: 'start-review' }, { type: 'approve' });
		state = must(state, { type: 'subscription-ends', date: '2025-06-03' });
		expect(currentEntry(state).notes).toEqual([{ kind: 'subscription-ended', date: '2025-06-03' }]);
		state = must(state, { type: 'new-claim', date: '2025-06-04' });
		expect(currentEntry(state)).toMatchObject({ claimNumber: 2, status: 'editing', deadline: null });
		expect(state.subscriptionEnded).toBeNull();
		state = must(state, { type: 'submit', date: '2025-06-05' });
		expect(currentEntry(state)).toMatchObject({
			claimNumber: 2,
			status: 'submitted',
			deadline: { kind: 'review-start', date: '2025-06-12' },
		});
	});

	it('shows the comment added at submit first', () => {
		const state = startLifecycle(
			{ status: 'submitted', date: SUBMITTED },
			{ dynamics: false, dynamicsOnly: false, submittedComment: ' Kick-off on 2024-05-20. ' },
		);
		expect(state.comments).toEqual([
			{ date: SUBMITTED, author: 'partner', kind: 'submitted', reason: null, text: 'Kick-off on 2024-05-20.' },
		]);
	});

	it('replays events and stops at the first refused one', () => {
		const events = [
			{ type: 'start-review', date: '2024-06-04' },
			{ type: 'approve', date: '2024-06-05' },
			{ type: 'dispute', date: '2024-06-06' },
			{ type: 'customer-denies-consent', date: '2024-06-07' },
		];
		const result = replay({ status: 'submitted', date: SUBMITTED }, events, dynamics);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.index).toBe(2);
		expect(result.refusal.code).toBe('dispute-only-rejected');
		expect(result.state.status).toBe('approved');
	});

	it('never throws and never changes status on a refusal, whatever the event (property)', () => {
		const states = lifecycleStatuses.map((status) => stateIn(status, 'approve'));
		const event = fc.oneof(
			fc.anything(),
			fc.record({
				type: fc.constantFrom(...lifecycleEventTypes, 'nope'),
				date: fc.oneof(fc.constantFrom('2024-06-03', '2024-06-30', '9999-12-31', '0001-01-01', '2024-13-01'), fc.string()),
				reason: fc.constantFrom('missing-products', 'partner-request', 'customer-decline', undefined),
			}),
		);
		fc.assert(
			fc.property(fc.constantFrom(...states), event, (state, input) => {
				const result = applyEvent(state, input);
				if (!result.ok) expect(result.refusal.status).toBe(state.status);
				else expect(lifecycleStatuses).toContain(result.state.status);
			}),
			{ numRuns: 1000 },
		);
	});
});

describe('#14 fifth review: each refusal documented only where a sentence states the rule', () => {
	const submitted = startLifecycle({ status: 'submitted', date: SUBMITTED }, dynamics);
	const reviewing = play(submitted, { type: 'start-review', date: '2024-06-04' });
	const waiting = play(reviewing, { type: 'request-more-proof', reason: 'missing-all-poe', date: '2024-06-05' });
	const competing = play(reviewing, { type: 'competing-claim' });
	const refusalOf = (state: LifecycleState, event: LifecycleEvent) => {
		const result = applyEvent(state, event);
		if (result.ok) throw new Error(`${event.type} accepted in ${state.status}`);
		return result.refusal;
	};

	it('finding 1: a partner’s request to reject is accepted in every open status, during an arbitration too (MCA#170)', () => {
		for (const state of [submitted, reviewing, waiting, competing]) {
			const rejected = must(state, { type: 'reject', reason: 'partner-request', date: '2024-06-06' });
			expect(currentEntry(rejected), state.status).toMatchObject({ status: 'rejected', reason: 'partner-request' });
			expect(reasonCitations('rejected', 'partner-request')).toEqual(['MCA#170–172']);
		}
		expect(
			refusalOf(startLifecycle({ status: 'editing', date: SUBMITTED }, dynamics), {
				type: 'reject',
				reason: 'partner-request',
				date: SUBMITTED,
			}).code,
		).toBe('not-submitted');
	});

	it('finding 1: another reason is still refused in Submitted and in Partner action required, as the simulator’s assumption', () => {
		// #14 seventh review: MCA#120–121 and #136 describe Submitted, not that a reviewer can't decide then (OSA#109–110).
		const early = refusalOf(submitted, { type: 'reject', reason: 'insufficient-poe', date: '2024-06-04' });
		expect(early).toMatchObject({
			code: 'review-not-started',
			basis: { kind: 'assumed', assumption: 'lifecycle.assumption.review-not-started' },
		});
		const meanwhile = refusalOf(waiting, { type: 'reject', reason: 'poe-unavailable', date: '2024-06-06' });
		expect(meanwhile).toMatchObject({
			code: 'waiting-for-partner',
			basis: { kind: 'assumed', assumption: 'lifecycle.assumption.waiting-for-partner' },
		});
	});

	it('finding 1 (kind): no reviewer decision in Partner action required, and nothing on a Rejected claim but a dispute or a new claim, is refused as documented', () => {
		const reviewerEvents: LifecycleEvent[] = [
			{ type: 'start-review', date: '2024-06-06' },
			{ type: 'request-more-proof', reason: 'missing-products', date: '2024-06-06' },
			{ type: 'approve', date: '2024-06-06' },
			{ type: 'reject', reason: 'insufficient-poe', date: '2024-06-06' },
			{ type: 'arbitration-won', date: '2024-06-06' },
			{ type: 'arbitration-lost', date: '2024-06-06' },
		];
		for (const event of reviewerEvents) expect(refusalOf(waiting, event).basis.kind, event.type).toBe('assumed');
		const rejected = play(reviewing, { type: 'reject', reason: 'insufficient-poe', date: '2024-06-05' });
		for (const type of lifecycleEventTypes.filter((type) => type !== 'dispute' && type !== 'new-claim')) {
			const transition = transitionTable.rejected[type];
			expect(transition.kind === 'refuse' && transition.basis.kind, type).toBe('assumed');
			expect(refusalOf(rejected, eventFor(rejected, type)).basis.kind, type).toBe('assumed');
		}
	});

	it('finding 2: a claim of Dynamics 365 products only meets no arbitration (the claim simulator stops the other claim), as the simulator’s assumption', () => {
		const dynamicsOnly = startLifecycle({ status: 'submitted', date: SUBMITTED }, { dynamics: true, dynamicsOnly: true });
		for (const state of [dynamicsOnly, play(dynamicsOnly, { type: 'start-review' })]) {
			const refusal = refusalOf(state, { type: 'competing-claim', date: '2024-06-05' });
			expect(refusal).toMatchObject({
				code: 'dynamics-no-arbitration',
				basis: { kind: 'assumed', assumption: 'lifecycle.assumption.dynamics-no-arbitration' },
			});
		}
		const en = messagesFor('en');
		expect(en['lifecycle.refusal.dynamics-no-arbitration']).toContain('“The subscription has already been claimed”');
		expect(en['lifecycle.assumption.dynamics-no-arbitration']).toMatch(/arbitration for every other product/);
		// A claim with another product keeps arbitration; so does one without Dynamics 365.
		for (const facts of [dynamics, { dynamics: false, dynamicsOnly: false }]) {
			const state = startLifecycle({ status: 'submitted', date: SUBMITTED }, facts);
			expect(applyEvent(state, { type: 'competing-claim', date: SUBMITTED }).ok).toBe(true);
		}
	});

	it('finding 3: a competing claim ends with the rejection; the dispute gets its own review time and can be rejected', () => {
		let state = play(reviewing, { type: 'competing-claim' }, { type: 'request-more-proof', reason: 'missing-partner-solution' });
		expect(state.competing).toBe(true);
		state = must(state, { type: 'response-deadline-passes', date: dayAfterDeadline(state)! });
		expect(state.status).toBe('rejected');
		expect(state.competing).toBe(false);
		state = must(state, { type: 'dispute', date: state.lastDate });
		expect(currentEntry(state).deadline).toMatchObject({ kind: 'dispute-review', citations: ['MCA#167'] });
		expect(deadlineRules[currentEntry(state).deadline!.kind].statusAssumption).toBe('lifecycle.assumption.status.after-dispute');
		expect(must(state, { type: 'reject', reason: 'insufficient-poe', date: state.lastDate }).status).toBe('rejected');
		// Approved after winning: no competing claim is left either.
		expect(play(competing, { type: 'arbitration-won' }).competing).toBe(false);
	});
});
