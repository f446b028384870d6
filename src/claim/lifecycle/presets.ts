/**
 * Ready-made lifecycles: a claim from the claim simulator's presets (`../presets.ts`) and a script of events
 * whose dates count from the submission date on the reader's business-day calendar. The tests play each one
 * and check where it ends. Each preset's name is the message `presetKey(id)` (`message-keys.ts`).
 */
import { addBusinessDays, addCalendarDays } from '../business-days.ts';
import type { LifecycleEvent, LifecycleStatus } from './schema.ts';
import { currentEntry, dayAfterDeadline, replay, type ReplayResult } from './transitions.ts';
import type { ClaimFacts } from './schema.ts';

type EventWithoutDate = LifecycleEvent extends infer E ? (E extends LifecycleEvent ? Omit<E, 'date'> : never) : never;

/** When a scripted event happens, counted from the previous event (or the submission). */
type ScriptTiming = { readonly businessDays: number } | { readonly calendarDays: number } | 'day-after-deadline';

/** One step of a scenario's script: the event without its date, and when it happens. JSON as it is (`LaterTexts`). */
export interface ScriptStep {
	readonly event: EventWithoutDate;
	readonly after: ScriptTiming;
}

export const lifecyclePresetIds = [
	'happy-path',
	'more-proof-answered',
	'missed-deadline',
	'competing-claim',
	'consent-denied',
	'dispute',
	'subscription-ends',
] as const;
export type LifecyclePresetId = (typeof lifecyclePresetIds)[number];

/** Whether `id` names a lifecycle preset (the URL's `preset`). */
export function isLifecyclePresetId(id: string): id is LifecyclePresetId {
	return (lifecyclePresetIds as readonly string[]).includes(id);
}

export interface LifecyclePreset {
	readonly id: LifecyclePresetId;
	/** The claim: an id of the claim simulator's presets. */
	readonly claimPreset: string;
	readonly script: readonly ScriptStep[];
	/** Where the script ends: status and claim number (2 after a new claim). */
	readonly expected: { readonly status: LifecycleStatus; readonly claimNumber: number };
}

const bd = (businessDays: number) => ({ businessDays });
const days = (calendarDays: number) => ({ calendarDays });

export const lifecyclePresets: readonly LifecyclePreset[] = [
	{
		id: 'happy-path',
		claimPreset: 'happy-path',
		script: [
			{ event: { type: 'start-review' }, after: bd(2) },
			{ event: { type: 'approve' }, after: bd(3) },
		],
		expected: { status: 'approved', claimNumber: 1 },
	},
	{
		id: 'more-proof-answered',
		claimPreset: 'microsoft-365-usage',
		script: [
			{ event: { type: 'start-review' }, after: bd(1) },
			{ event: { type: 'request-more-proof', reason: 'missing-customer-acknowledgment' }, after: bd(2) },
			{ event: { type: 'respond' }, after: bd(2) },
			{ event: { type: 'approve' }, after: bd(3) },
		],
		expected: { status: 'approved', claimNumber: 1 },
	},
	{
		id: 'missed-deadline',
		claimPreset: 'happy-path',
		script: [
			{ event: { type: 'start-review' }, after: bd(1) },
			{ event: { type: 'request-more-proof', reason: 'missing-or-old-dates' }, after: bd(2) },
			{ event: { type: 'response-deadline-passes' }, after: 'day-after-deadline' },
		],
		expected: { status: 'rejected', claimNumber: 1 },
	},
	{
		id: 'competing-claim',
		// The claim simulator warns of the other partner's claim on this claim (COMPETING_CLAIM): the lifecycle starts with
		// it in arbitration (`ClaimFacts.competing`), so the script plays no `competing-claim` event of its own.
		claimPreset: 'competing-claim',
		script: [
			{ event: { type: 'start-review' }, after: bd(1) },
			{ event: { type: 'request-more-proof', reason: 'missing-partner-solution' }, after: bd(3) },
			{ event: { type: 'respond' }, after: bd(1) },
			{ event: { type: 'arbitration-won' }, after: bd(7) },
		],
		expected: { status: 'approved', claimNumber: 1 },
	},
	{
		id: 'consent-denied',
		claimPreset: 'revenue-association',
		script: [
			{ event: { type: 'start-review' }, after: bd(1) },
			{ event: { type: 'approve' }, after: bd(4) },
			{ event: { type: 'customer-denies-consent' }, after: days(3) },
		],
		expected: { status: 'rejected', claimNumber: 1 },
	},
	{
		id: 'dispute',
		claimPreset: 'happy-path',
		script: [
			{ event: { type: 'start-review' }, after: bd(1) },
			{ event: { type: 'reject', reason: 'insufficient-poe' }, after: bd(3) },
			{ event: { type: 'dispute' }, after: days(5) },
		],
		expected: { status: 'under-review', claimNumber: 1 },
	},
	{
		id: 'subscription-ends',
		claimPreset: 'happy-path',
		script: [
			{ event: { type: 'start-review' }, after: bd(1) },
			{ event: { type: 'approve' }, after: bd(3) },
			{ event: { type: 'subscription-ends' }, after: days(365) },
			{ event: { type: 'new-claim' }, after: days(0) },
		],
		expected: { status: 'editing', claimNumber: 2 },
	},
];

export function findLifecyclePreset(id: string): LifecyclePreset | undefined {
	return lifecyclePresets.find((preset) => preset.id === id);
}

/**
 * The script's events with their dates, for a claim submitted on `submitted`. Stops at the first refused step
 * (the replay result says which), which the tests rule out for the presets.
 */
export function presetEvents(
	preset: Pick<LifecyclePreset, 'script'>,
	submitted: string,
	facts: ClaimFacts,
	holidays: readonly string[] = [],
): { events: LifecycleEvent[]; result: ReplayResult } {
	const events: LifecycleEvent[] = [];
	let result: ReplayResult = replay({ status: 'submitted', date: submitted }, [], facts, holidays);
	for (const step of preset.script) {
		if (!result.ok) break;
		const previous = result.state.lastDate;
		const date =
			step.after === 'day-after-deadline'
				? (dayAfterDeadline(result.state) ?? previous)
				: 'businessDays' in step.after
					? addBusinessDays(previous, step.after.businessDays, holidays)
					: addCalendarDays(previous, step.after.calendarDays);
		const event = { ...step.event, date } as LifecycleEvent;
		events.push(event);
		result = replay({ status: 'submitted', date: submitted }, events, facts, holidays);
	}
	// The events as the engine keeps them (parsed, keys in schema order), so a URL written from them is stable.
	return { events: [...result.state.events], result };
}

/** The current status and claim number a replay ended in. */
export function outcome(result: ReplayResult): { status: LifecycleStatus; claimNumber: number } {
	return { status: currentEntry(result.state).status, claimNumber: result.state.claimNumber };
}
