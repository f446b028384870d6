/**
 * The lifecycle simulator's state without its UI: what the page's URL and the reader's clicks make of a claim's
 * lifecycle. A reducer (`simulatorReducer`) over the simulator's data (`SimulatorData`: the claim, the
 * submission date, the events, the calendar), which the island (`src/islands/claim-lifecycle/`) holds in a
 * Preact hook and renders. Plain TypeScript: no Preact, no DOM, no translated text (notices and refusals are
 * data the island puts into words).
 *
 * Every change replays the events from the submission (`replay`, `transitions.ts`): when a change of calendar
 * makes a recorded event impossible, the timeline stops before it and a `truncated` notice says which.
 */
import { businessDaysBetween } from '../business-days.ts';
import type { ClaimSummary } from './claim-summary.ts';
import { presetEvents, type ScriptStep } from './presets.ts';
import { deadlineRules } from './rules.ts';
import {
	claimFacts,
	MAX_EVENTS,
	type LifecycleEvent,
	type LifecycleEventType,
	type MoreProofReason,
	type ReviewerRejectionReason,
} from './schema.ts';
import { applyEvent, dayAfterDeadline, replay, type Deadline, type LifecycleState, type Refusal } from './transitions.ts';
import { normalizeHolidays, type ClaimSource, type DecodedLifecycleUrl, type LifecycleParam } from './url-state.ts';

/** Everything the URL keeps: a reload or a shared link replays the same timeline from it. */
export interface SimulatorData {
	readonly source: ClaimSource;
	readonly summary: ClaimSummary;
	/** The submission date, `YYYY-MM-DD`: the lifecycle starts at Submitted on it. */
	readonly submitted: string;
	readonly events: readonly LifecycleEvent[];
	readonly holidays: readonly string[];
	/** `null`: the browser's time zone decides "today". */
	readonly timeZone: string | null;
}

/** What the simulator tells the reader about the link or the last change. */
export type SimulatorNotice =
	/** Parameters of the link that could not be read, dropped by name. */
	| { readonly kind: 'tampered'; readonly params: readonly LifecycleParam[] }
	/** The recorded event that is no longer possible; the timeline stops before it. */
	/** A recorded event no longer possible, and why (its refusal: break-l C2, "the dates" alone misled). */
	| { readonly kind: 'truncated'; readonly event: LifecycleEventType; readonly refusal: Refusal };

/**
 * A preset claim the page offers, by lifecycle preset id, and its script (`presets.ts`), which a link to the preset
 * without events of its own plays; without it, such a link starts with no events.
 */
export interface PresetClaim {
	readonly id: string;
	readonly summary: ClaimSummary;
	readonly script?: readonly ScriptStep[];
}

export interface SimulatorState {
	/** `null` until the URL (and a handed-over claim) is read. */
	readonly data: SimulatorData | null;
	readonly notices: readonly SimulatorNotice[];
	/** Why the last event was refused; `null` after an accepted one or an undo. */
	readonly refusal: Refusal | null;
	/** How many events the reader fired and the engine accepted: the view moves focus when it grows. */
	readonly accepted: number;
}

/** What the reader chose around an event button: its date, the reasons in the selects, the comment typed. */
export interface EventInputs {
	readonly date: string;
	readonly moreProofReason: MoreProofReason;
	readonly rejectionReason: ReviewerRejectionReason;
	readonly partnerText: string;
}

export type SimulatorAction =
	| { readonly kind: 'loaded'; readonly data: SimulatorData; readonly notices: readonly SimulatorNotice[] }
	| { readonly kind: 'calendar'; readonly change: Partial<Pick<SimulatorData, 'holidays' | 'timeZone'>> }
	| { readonly kind: 'fire'; readonly event: LifecycleEventType; readonly inputs: EventInputs }
	| { readonly kind: 'undo' }
	| { readonly kind: 'restart' };

export const initialSimulatorState: SimulatorState = { data: null, notices: [], refusal: null, accepted: 0 };

/** The lifecycle the data describes: its events replayed from the submission (a refused one and what follows dropped). */
export function lifecycleOf(data: SimulatorData): LifecycleState {
	return replay({ status: 'submitted', date: data.submitted }, data.events, claimFacts(data.summary), data.holidays).state;
}

/** The data with its events kept up to the first one the calendar no longer allows, and a notice naming it. */
function replayed(data: SimulatorData): { data: SimulatorData; notices: SimulatorNotice[] } {
	const result = replay({ status: 'submitted', date: data.submitted }, data.events, claimFacts(data.summary), data.holidays);
	if (result.ok) return { data, notices: [] };
	return {
		data: { ...data, events: data.events.slice(0, result.index) },
		notices: [{ kind: 'truncated', event: data.events[result.index]?.type ?? 'submit', refusal: result.refusal }],
	};
}

/**
 * The data a decoded URL starts from. `handedOver` is the claim of a `claim` parameter, read by the island
 * (`null` when unreadable: the link is reported and starts clean with the first preset); `today` is the date in
 * the URL's time zone (or the browser's), the submission date when the URL has none; `presets` the claims a `preset`
 * may name, with the scripts a link without events plays. `null` when there is no claim at all (no presets).
 */
export function startFromUrl(
	decoded: DecodedLifecycleUrl,
	handedOver: ClaimSummary | null,
	presets: readonly PresetClaim[],
	today: string,
): { data: SimulatorData; notices: SimulatorNotice[] } | null {
	const rejected: LifecycleParam[] = [...decoded.rejected];
	let { source, submitted, events } = decoded.state;
	const { holidays, timeZone } = decoded.state;
	let summary: ClaimSummary | null = null;
	if (source.kind === 'claim') {
		summary = handedOver;
		if (summary === null) {
			rejected.push('claim');
			source = { kind: 'preset', id: 'happy-path' };
			submitted = null;
			events = [];
		}
	}
	const presetId = source.kind === 'preset' ? source.id : null;
	summary ??= presets.find((preset) => preset.id === presetId)?.summary ?? presets[0]?.summary ?? null;
	if (summary === null) return null;
	const start = submitted ?? today;
	const script = presetId === null ? undefined : presets.find((preset) => preset.id === presetId)?.script;
	const played = events ?? (script ? presetEvents({ script }, start, claimFacts(summary), holidays).events : []);
	const result = replayed({ source, summary, submitted: start, events: played, holidays, timeZone });
	const tampered: SimulatorNotice[] = rejected.length > 0 ? [{ kind: 'tampered', params: rejected }] : [];
	return { data: result.data, notices: [...tampered, ...result.notices] };
}

/** The event a button fires: the reason of its select, the comment for a response or dispute, and its date. */
function eventFor(lifecycle: LifecycleState, type: LifecycleEventType, inputs: EventInputs): LifecycleEvent {
	// "The deadline passes" happens on the day after the deadline, whatever date is picked.
	const date = type === 'response-deadline-passes' ? (dayAfterDeadline(lifecycle) ?? inputs.date) : inputs.date;
	const text = inputs.partnerText.trim();
	if (type === 'request-more-proof') return { type, date, reason: inputs.moreProofReason };
	if (type === 'reject') return { type, date, reason: inputs.rejectionReason };
	if ((type === 'respond' || type === 'dispute') && text !== '') return { type, date, text };
	return { type, date } as LifecycleEvent;
}

function withEvents(state: SimulatorState, data: SimulatorData, events: readonly LifecycleEvent[]): SimulatorState {
	const result = replayed({ ...data, events });
	return { ...state, data: result.data, notices: result.notices, refusal: null };
}

/** The simulator's state after an action. Never throws; an action before the data is loaded (other than `loaded`) changes nothing. */
export function simulatorReducer(state: SimulatorState, action: SimulatorAction): SimulatorState {
	if (action.kind === 'loaded') return { ...state, data: action.data, notices: action.notices };
	const { data } = state;
	if (data === null) return state;
	switch (action.kind) {
		case 'calendar': {
			const change = action.change.holidays ? { ...action.change, holidays: normalizeHolidays(action.change.holidays) } : action.change;
			const result = replayed({ ...data, ...change });
			return { ...state, data: result.data, notices: result.notices };
		}
		case 'fire': {
			const lifecycle = lifecycleOf(data);
			const result = applyEvent(lifecycle, eventFor(lifecycle, action.event, action.inputs));
			if (!result.ok) return { ...state, refusal: result.refusal };
			// One more would make a link its reader refuses (break-l L3): an impossible event above still says why.
			if (atEventLimit(data)) return state;
			return { ...withEvents(state, data, result.state.events), accepted: state.accepted + 1 };
		}
		case 'undo':
			return withEvents(state, data, data.events.slice(0, -1));
		case 'restart':
			return withEvents(state, data, []);
	}
}

/**
 * The timeline holds as many events as a link keeps (`MAX_EVENTS`): the reducer records no more, and the view says
 * so instead of offering them.
 */
export function atEventLimit(data: SimulatorData): boolean {
	return data.events.length >= MAX_EVENTS;
}

/** How long is left before the current status's deadline, as the timeline says it. */
export type TimeLeft =
	| { readonly kind: 'passed' }
	| { readonly kind: 'today' }
	/** Business days from today to the deadline (a calendar-day deadline only says passed or today). */
	| { readonly kind: 'business-days'; readonly count: number };

/** The time left on `today` before `deadline`, or `null` when there is nothing to say. */
export function timeLeft(deadline: Deadline | null, today: string, holidays: readonly string[]): TimeLeft | null {
	if (deadline === null) return null;
	if (today > deadline.date) return { kind: 'passed' };
	if (today === deadline.date) return { kind: 'today' };
	if (deadlineRules[deadline.kind].unit !== 'business') return null;
	return { kind: 'business-days', count: businessDaysBetween(today, deadline.date, holidays) };
}
