/**
 * Ready-made lifecycles: a claim from the claim simulator's presets (`../presets.ts`) and a script of events
 * whose dates count from the submission date on the reader's business-day calendar. The tests play each one
 * and check where it ends.
 */
import { addBusinessDays, addCalendarDays } from '../business-days.ts';
import type { Localized } from '../localized.ts';
import type { LifecycleEvent, LifecycleStatus } from './schema.ts';
import { currentEntry, dayAfterDeadline, replay, type ReplayResult } from './transitions.ts';
import type { ClaimFacts } from './schema.ts';

type EventWithoutDate = LifecycleEvent extends infer E ? (E extends LifecycleEvent ? Omit<E, 'date'> : never) : never;

/** When a scripted event happens, counted from the previous event (or the submission). */
export type ScriptTiming = { readonly businessDays: number } | { readonly calendarDays: number } | 'day-after-deadline';

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

export interface LifecyclePreset {
	readonly id: LifecyclePresetId;
	readonly label: Localized<string>;
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
		label: { en: 'Happy path: reviewed and approved', ja: '正常な流れ: レビューされて承認される', 'zh-TW': '正常流程：審核後核准' },
		claimPreset: 'happy-path',
		script: [
			{ event: { type: 'start-review' }, after: bd(2) },
			{ event: { type: 'approve' }, after: bd(3) },
		],
		expected: { status: 'approved', claimNumber: 1 },
	},
	{
		id: 'more-proof-answered',
		label: {
			en: 'Partner action required, then answered in time',
			ja: 'パートナーの対応が必要になり、期限内に対応する',
			'zh-TW': '需要合作夥伴採取動作，並在期限內回應',
		},
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
		label: {
			en: 'Missed deadline: no response within 5 business days',
			ja: '期限切れ: 5 営業日以内に応答しない',
			'zh-TW': '錯過期限：五個工作天內未回應',
		},
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
		label: {
			en: 'Competing claim: arbitration with another partner',
			ja: '競合している要求: 別のパートナーとの調停',
			'zh-TW': '競爭宣告：與另一個合作夥伴仲裁',
		},
		claimPreset: 'competing-claim',
		script: [
			{ event: { type: 'start-review' }, after: bd(1) },
			{ event: { type: 'competing-claim' }, after: bd(1) },
			{ event: { type: 'request-more-proof', reason: 'missing-partner-solution' }, after: bd(2) },
			{ event: { type: 'respond' }, after: bd(1) },
			{ event: { type: 'arbitration-won' }, after: bd(7) },
		],
		expected: { status: 'approved', claimNumber: 1 },
	},
	{
		id: 'consent-denied',
		label: { en: 'Customer denies consent after approval', ja: '承認後に顧客が同意を拒否する', 'zh-TW': '客戶在核准後拒絕同意' },
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
		label: { en: 'Rejected, then disputed within 30 days', ja: '却下され、30 日以内に異議を申し立てる', 'zh-TW': '遭拒絕後，在 30 天內提出爭議' },
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
		label: {
			en: 'Approved Dynamics 365 claim whose subscription ends: a separate claim',
			ja: '承認された Dynamics 365 の要求のサブスクリプションが終了: 別の要求が必要',
			'zh-TW': '已核准之 Dynamics 365 宣告的訂用帳戶結束：需要另一個宣告',
		},
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
export function presetEvents(preset: LifecyclePreset, submitted: string, facts: ClaimFacts, holidays: readonly string[] = []): { events: LifecycleEvent[]; result: ReplayResult } {
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
