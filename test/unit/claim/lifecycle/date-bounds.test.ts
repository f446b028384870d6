/**
 * Dates at the edges of what the engine can count (issue #17): every decoder refuses a date outside
 * `FIRST_CLAIM_DATE`–`LAST_CLAIM_DATE`, and over the whole accepted range `applyEvent`, every guard, the deadlines,
 * `dayAfterDeadline`, `timeLeft` and the simulator's reducer never throw (property tests).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, FIRST_CLAIM_DATE, isClaimDate, LAST_CLAIM_DATE } from '../../../../src/claim/business-days.ts';
import {
	applyEvent,
	dayAfterDeadline,
	findLifecyclePreset,
	lifecycleEventTypes,
	moreProofReasons,
	replay,
	reviewerRejectionReasons,
	type LifecycleEvent,
} from '../../../../src/claim/lifecycle/index.ts';
import { initialSimulatorState, simulatorReducer, startFromUrl, timeLeft } from '../../../../src/claim/lifecycle/simulator.ts';
import { decodeLifecycleParams } from '../../../../src/claim/lifecycle/url-state.ts';
import { decodeState } from '../../../../src/claim/url-state.ts';
import type { ClaimSummary } from '../../../../src/claim/lifecycle/claim-summary.ts';

const DAY_MS = 86_400_000;
const first = Date.parse(`${FIRST_CLAIM_DATE}T00:00:00Z`) / DAY_MS;
const last = Date.parse(`${LAST_CLAIM_DATE}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Any accepted date, with the last weeks of the range weighted in. */
const acceptedDate = fc.oneof(
	fc.integer({ min: first, max: last }).map(dateOf),
	fc.integer({ min: last - 60, max: last }).map(dateOf),
	fc.integer({ min: first, max: first + 60 }).map(dateOf),
);

const event = fc.record({
	type: fc.constantFrom(...lifecycleEventTypes),
	date: acceptedDate,
	reason: fc.constantFrom(...moreProofReasons, ...reviewerRejectionReasons),
	text: fc.constantFrom(undefined, 'ok'),
});
/** The event as the schema takes it: a reason only where one is asked for, a text only for respond and dispute. */
function shaped(raw: { type: string; date: string; reason: string; text: string | undefined }): LifecycleEvent {
	const { type, date } = raw;
	if (type === 'request-more-proof')
		return { type, date, reason: moreProofReasons.includes(raw.reason as never) ? raw.reason : 'missing-products' } as LifecycleEvent;
	if (type === 'reject')
		return {
			type,
			date,
			reason: reviewerRejectionReasons.includes(raw.reason as never) ? raw.reason : 'insufficient-poe',
		} as LifecycleEvent;
	if ((type === 'respond' || type === 'dispute') && raw.text) return { type, date, text: raw.text } as LifecycleEvent;
	return { type, date } as LifecycleEvent;
}

const summary: ClaimSummary = {
	name: 'Fuzz',
	customer: 'Contoso',
	customerDomain: 'contoso.com',
	tenantId: '',
	products: [],
	dynamics: true,
	dynamicsOnly: false,
	competing: false,
	subscriptions: [],
	comments: '',
};

describe('claim dates', () => {
	it('accept 2000-01-01 to 9990-12-31 and nothing past them', () => {
		expect(isClaimDate(FIRST_CLAIM_DATE)).toBe(true);
		expect(isClaimDate(LAST_CLAIM_DATE)).toBe(true);
		for (const date of ['1999-12-31', '9991-01-01', '9999-12-27', '9999-12-31', '0001-01-01', '2024-02-30'])
			expect(isClaimDate(date), date).toBe(false);
	});

	it('are refused by the decoders past the bounds, with the parameter named', () => {
		for (const date of ['9999-12-27', '9999-12-20', '9991-01-01', '1999-12-31']) {
			const lifecycle = decodeLifecycleParams(new URLSearchParams({ preset: 'happy-path', submitted: date }));
			expect(lifecycle.rejected).toEqual(['submitted']);
			const claim = decodeState(new URLSearchParams({ step: 'submit', submitted: date }));
			expect(claim.rejected).toEqual(['submitted']);
			const holidays = decodeLifecycleParams(new URLSearchParams({ preset: 'happy-path', holidays: date }));
			expect(holidays.rejected).toEqual(['holidays']);
		}
	});

	it('say a link’s dates and events were set aside when the link names no claim (break-k C2)', () => {
		expect(decodeLifecycleParams(new URLSearchParams({ submitted: '9999-12-31' })).rejected).toEqual(['submitted']);
		expect(decodeLifecycleParams(new URLSearchParams({ submitted: '2026-12-01', events: 'W10' })).rejected).toEqual([
			'submitted',
			'events',
		]);
		expect(decodeLifecycleParams(new URLSearchParams({ tz: 'Asia/Tokyo' })).rejected).toEqual([]);
	});

	it('leave room for every deadline: the last accepted date plus 30 days plus 105 business days is still writable', () => {
		expect(addCalendarDays(LAST_CLAIM_DATE, 365)).toBe('9991-12-31');
	});
});

describe('the engine over the whole accepted date range (property)', () => {
	it('applyEvent, the guards, the deadlines and dayAfterDeadline never throw', () => {
		fc.assert(
			fc.property(
				acceptedDate,
				fc.array(event, { maxLength: 8 }),
				fc.array(acceptedDate, { maxLength: 5 }),
				fc.boolean(),
				(submitted, raws, holidays, dynamics) => {
					const events = raws.map(shaped).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
					const result = replay({ status: 'submitted', date: submitted }, events, { dynamics, dynamicsOnly: false }, holidays);
					const after = dayAfterDeadline(result.state);
					if (after !== null) expect(after.length).toBe(10);
					for (const type of lifecycleEventTypes) {
						const date = after ?? result.state.lastDate;
						applyEvent(result.state, shaped({ type, date, reason: 'missing-products', text: undefined }));
					}
					const deadline = result.state.entries.at(-1)?.deadline ?? null;
					timeLeft(deadline, result.state.lastDate, holidays);
				},
			),
			{ numRuns: 400 },
		);
	});

	it('the reducer starts from any accepted link and fires any event without throwing', () => {
		fc.assert(
			fc.property(acceptedDate, acceptedDate, fc.constantFrom(...lifecycleEventTypes), (submitted, date, type) => {
				const decoded = decodeLifecycleParams(new URLSearchParams({ preset: 'subscription-ends', submitted }));
				const started = startFromUrl(
					decoded,
					null,
					[{ id: 'subscription-ends', summary, script: findLifecyclePreset('subscription-ends')!.script }],
					submitted,
				);
				expect(started).not.toBeNull();
				if (!started) return;
				const state = simulatorReducer(initialSimulatorState, { kind: 'loaded', ...started });
				const inputs = { date, moreProofReason: 'missing-products', rejectionReason: 'insufficient-poe', partnerText: '' } as const;
				const fired = simulatorReducer(state, { kind: 'fire', event: type, inputs });
				expect(fired.data).not.toBeNull();
			}),
			{ numRuns: 300 },
		);
	});

	it('a date typed past the bounds (a date input lets one be typed) is refused, not thrown', () => {
		const state = replay({ status: 'submitted', date: LAST_CLAIM_DATE }, [], { dynamics: true, dynamicsOnly: false }).state;
		for (const date of ['9999-12-31', '9995-06-01']) {
			const result = applyEvent(state, { type: 'start-review', date });
			expect(result.ok).toBe(false);
		}
	});
});
