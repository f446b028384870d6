/**
 * The lifecycle simulator's state (`src/claim/lifecycle/simulator.ts`), without a browser: what a URL starts
 * from, what each action does to the data, notices and refusal, and the time left before a deadline.
 */
import { describe, expect, it } from 'vitest';
import { encodeJson } from '../../../../src/claim/base64-json.ts';
import {
	atEventLimit,
	claimSummary,
	currentEntry,
	decodeLifecycleParams,
	encodeLifecycleParams,
	findLifecyclePreset,
	initialSimulatorState,
	lifecycleOf,
	MAX_EVENTS,
	simulatorReducer,
	startFromUrl,
	timeLeft,
	type EventInputs,
	type LifecycleEventType,
	type PresetClaim,
	type SimulatorAction,
	type SimulatorState,
} from '../../../../src/claim/lifecycle/index.ts';
import { findPreset } from '../../../../src/claim/presets.ts';

function summaryOf(id: string) {
	const preset = findPreset(id);
	if (!preset) throw new Error(`no claim preset ${id}`);
	return claimSummary(preset.draft);
}

const presets: PresetClaim[] = [
	{ id: 'happy-path', summary: summaryOf('happy-path'), script: findLifecyclePreset('happy-path')!.script },
	{ id: 'missed-deadline', summary: summaryOf('happy-path'), script: findLifecyclePreset('missed-deadline')!.script },
];
const TODAY = '2024-06-03';

function started(query: string, handedOver = null as ReturnType<typeof summaryOf> | null): SimulatorState {
	const start = startFromUrl(decodeLifecycleParams(new URLSearchParams(query)), handedOver, presets, TODAY);
	if (!start) throw new Error('no start');
	return simulatorReducer(initialSimulatorState, { kind: 'loaded', ...start });
}

const inputs = (date: string, partnerText = ''): EventInputs => ({
	date,
	moreProofReason: 'missing-products',
	rejectionReason: 'insufficient-poe',
	partnerText,
});
const fire = (event: LifecycleEventType, date: string, partnerText = ''): SimulatorAction => ({
	kind: 'fire',
	event,
	inputs: inputs(date, partnerText),
});
const statusOf = (state: SimulatorState) => (state.data ? currentEntry(lifecycleOf(state.data)).status : null);

describe('the simulator’s start', () => {
	it('plays a preset’s script from today when the URL names only the preset', () => {
		const state = started('preset=happy-path');
		expect(state.data?.submitted).toBe(TODAY);
		expect(state.data?.events.map((event) => event.type)).toEqual(['start-review', 'approve']);
		expect(statusOf(state)).toBe('approved');
		expect(state.notices).toEqual([]);
	});

	it('starts a handed-over claim at Submitted, and an unreadable one clean with a notice', () => {
		const handedOver = summaryOf('microsoft-365-usage');
		const good = started(`claim=${encodeJson({})}&submitted=2024-05-01`, handedOver);
		expect(good.data).toMatchObject({ source: { kind: 'claim' }, summary: handedOver, submitted: '2024-05-01', events: [] });
		const bad = started(`claim=${encodeJson({})}&submitted=2024-05-01`, null);
		expect(bad.notices).toEqual([{ kind: 'tampered', params: ['claim'] }]);
		expect(bad.data).toMatchObject({ source: { kind: 'preset', id: 'happy-path' }, submitted: TODAY, events: [] });
	});

	it('names the parameters it dropped', () => {
		expect(started('preset=happy-path&tz=Mars/Base&events=W10').notices).toEqual([{ kind: 'tampered', params: ['tz'] }]);
	});
});

describe('the simulator’s actions', () => {
	const fresh = started('preset=happy-path&events=W10&submitted=2024-06-03');

	it('plays an accepted event, counts it and clears the refusal', () => {
		const refused = simulatorReducer(fresh, fire('approve', '2024-06-04'));
		expect(refused.refusal?.code).toBe('review-not-started');
		expect(refused.data).toBe(fresh.data);
		const accepted = simulatorReducer(refused, fire('start-review', '2024-06-04'));
		expect(accepted.refusal).toBeNull();
		expect(accepted.accepted).toBe(1);
		expect(statusOf(accepted)).toBe('under-review');
	});

	it('gives each event its reason, comment and date', () => {
		let state = simulatorReducer(fresh, fire('start-review', '2024-06-04'));
		state = simulatorReducer(state, fire('request-more-proof', '2024-06-05'));
		state = simulatorReducer(state, fire('respond', '2024-06-06', '  signed SOW  '));
		expect(state.data?.events.slice(1)).toEqual([
			{ type: 'request-more-proof', date: '2024-06-05', reason: 'missing-products' },
			{ type: 'respond', date: '2024-06-06', text: 'signed SOW' },
		]);
		// "The deadline passes" happens the day after the deadline, whatever date is picked.
		let waiting = simulatorReducer(simulatorReducer(fresh, fire('start-review', '2024-06-04')), fire('request-more-proof', '2024-06-05'));
		waiting = simulatorReducer(waiting, fire('response-deadline-passes', '2024-06-05'));
		expect(waiting.data?.events.at(-1)).toEqual({ type: 'response-deadline-passes', date: '2024-06-13' });
	});

	it('undoes the last event and goes back to Submitted', () => {
		const reviewed = simulatorReducer(simulatorReducer(fresh, fire('start-review', '2024-06-04')), fire('approve', '2024-06-05'));
		expect(statusOf(simulatorReducer(reviewed, { kind: 'undo' }))).toBe('under-review');
		const restarted = simulatorReducer(reviewed, { kind: 'restart' });
		expect(statusOf(restarted)).toBe('submitted');
		expect(restarted.data?.events).toEqual([]);
	});

	it('stops the timeline before an event a new holiday makes impossible, and says which', () => {
		const missed = started('preset=missed-deadline&submitted=2024-06-03');
		expect(statusOf(missed)).toBe('rejected');
		const passed = missed.data?.events.at(-1)?.date ?? '';
		// The last day to respond is the business day before "the deadline passes": a holiday on it moves the deadline.
		const lastDay = new Date(`${passed}T00:00:00Z`);
		do lastDay.setUTCDate(lastDay.getUTCDate() - 1);
		while (lastDay.getUTCDay() === 0 || lastDay.getUTCDay() === 6);
		const state = simulatorReducer(missed, { kind: 'calendar', change: { holidays: [lastDay.toISOString().slice(0, 10)] } });
		expect(state.notices).toMatchObject([
			{ kind: 'truncated', event: 'response-deadline-passes', refusal: { code: 'deadline-not-passed' } },
		]);
		expect(statusOf(state)).toBe('partner-action-required');
	});

	it('keeps holidays sorted and once each, and changes nothing before it is loaded', () => {
		const state = simulatorReducer(fresh, { kind: 'calendar', change: { holidays: ['2024-12-25', '2024-06-10', '2024-12-25'] } });
		expect(state.data?.holidays).toEqual(['2024-06-10', '2024-12-25']);
		expect(simulatorReducer(initialSimulatorState, { kind: 'undo' })).toBe(initialSimulatorState);
	});
});

describe('the events a link keeps (break-l L3)', () => {
	/** Review started, then more proof asked for and answered until the simulator takes no more. */
	function longest(): SimulatorState {
		let state = simulatorReducer(started('preset=happy-path&events=W10'), fire('start-review', TODAY));
		for (let round = 0; round < MAX_EVENTS; round++) {
			state = simulatorReducer(state, fire('request-more-proof', TODAY));
			state = simulatorReducer(state, fire('respond', TODAY));
		}
		return state;
	}

	it('records no event past the limit of a link, so what it shows restores from its own link', () => {
		const state = longest();
		expect(state.data?.events).toHaveLength(MAX_EVENTS);
		expect(atEventLimit(state.data!)).toBe(true);
		const reloaded = started(encodeLifecycleParams(state.data!).toString());
		expect(reloaded.notices).toEqual([]);
		expect(reloaded.data?.events).toEqual(state.data?.events);
	});

	it('at the limit, still says why an event not possible now is refused, and takes one again after an undo', () => {
		const full = longest();
		expect(simulatorReducer(full, fire('submit', TODAY)).refusal?.code).toBe('already-submitted');
		const undone = simulatorReducer(full, { kind: 'undo' });
		expect(atEventLimit(undone.data!)).toBe(false);
		expect(
			simulatorReducer(undone, fire(statusOf(undone) === 'under-review' ? 'request-more-proof' : 'respond', TODAY)).data?.events,
		).toHaveLength(MAX_EVENTS);
	});
});

describe('time left before a deadline', () => {
	const deadline = { kind: 'review-start', date: '2024-06-10', citations: [] } as const;
	it('counts business days, and says today or passed', () => {
		expect(timeLeft(deadline, '2024-06-07', [])).toEqual({ kind: 'business-days', count: 1 });
		expect(timeLeft(deadline, '2024-06-03', ['2024-06-05'])).toEqual({ kind: 'business-days', count: 4 });
		expect(timeLeft(deadline, '2024-06-10', [])).toEqual({ kind: 'today' });
		expect(timeLeft(deadline, '2024-06-11', [])).toEqual({ kind: 'passed' });
		expect(timeLeft({ ...deadline, kind: 'consent' }, '2024-06-07', [])).toBeNull();
		expect(timeLeft(null, '2024-06-07', [])).toBeNull();
	});
});
