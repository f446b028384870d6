/**
 * The lifecycle simulator's state in the page URL (reload-safe, shareable), and the hand-over link from the
 * claim simulator.
 *
 * Parameters (all optional):
 * - `claim`: a claim handed over by the claim simulator: the compacted draft as base64url JSON (as the claim
 *   simulator's `draft` parameter). Read by `handover.ts` with `parseDraft`.
 * - `sandbox`: with `claim`, the claim simulator's sandbox the claim was checked against, when the reader edited it
 *   (the claim simulator's `sandbox` parameter); read by `handover.ts` with `parseSandbox`.
 * - `preset`: a lifecycle preset id (`presets.ts`), when there is no `claim`.
 * - `submitted`: the submission date (`YYYY-MM-DD`); the lifecycle starts at Submitted on it. Default: today.
 * - `events`: the events after submission, base64url JSON checked by `readLifecycleEvents`. Without it a preset
 *   plays its script, a handed-over claim waits at Submitted.
 * - `holidays`: extra non-business days, comma-separated `YYYY-MM-DD`.
 * - `tz`: the IANA time zone that decides "today". Default: the browser's.
 *
 * Decoding never throws: each parameter that is malformed or tampered with is reported by name and dropped.
 * No zod here (`schema.ts` checks the events and holidays with plain code): the island imports this module.
 */
import { decodeJson, encodeJson } from '../base64-json.ts';
import { isClaimDate, isTimeZone } from '../business-days.ts';
import { isLifecyclePresetId, type LifecyclePresetId } from './presets.ts';
import { readHolidays, readLifecycleEvents, type LifecycleEvent } from './schema.ts';

export { lifecycleQuery } from './handover-link.ts';

/** The query parameters of the lifecycle simulator's URL. */
export type LifecycleParam = 'claim' | 'preset' | 'submitted' | 'events' | 'holidays' | 'tz';

export type ClaimSource =
	| { readonly kind: 'preset'; readonly id: LifecyclePresetId }
	| { readonly kind: 'claim'; readonly param: string; readonly sandbox?: string };

export interface LifecycleUrlState {
	readonly source: ClaimSource;
	/** `null`: today in the reader's time zone. */
	readonly submitted: string | null;
	/** `null`: the preset's script (no events for a handed-over claim). */
	readonly events: readonly LifecycleEvent[] | null;
	readonly holidays: readonly string[];
	/** `null`: the browser's time zone. */
	readonly timeZone: string | null;
}

/** The start when there is nothing (usable) in the URL: the happy-path claim, just submitted, no events. */
function defaultUrlState(): LifecycleUrlState {
	return { source: { kind: 'preset', id: 'happy-path' }, submitted: null, events: [], holidays: [], timeZone: null };
}

export interface DecodedLifecycleUrl {
	readonly state: LifecycleUrlState;
	readonly rejected: readonly LifecycleParam[];
}

/** The state a query describes, and the parameters that had to be dropped. Never throws. */
export function decodeLifecycleParams(params: URLSearchParams): DecodedLifecycleUrl {
	const rejected: LifecycleParam[] = [];
	const fallback = defaultUrlState();

	let source: ClaimSource | null = null;
	const claimParam = params.get('claim');
	const presetParam = params.get('preset');
	if (claimParam !== null) {
		// The draft itself is checked by `handover.ts`; here only that it can be one.
		const sandbox = params.get('sandbox');
		if (decodeJson(claimParam).ok) source = { kind: 'claim', param: claimParam, ...(sandbox !== null ? { sandbox } : {}) };
		else rejected.push('claim');
	} else if (presetParam !== null) {
		if (isLifecyclePresetId(presetParam)) source = { kind: 'preset', id: presetParam };
		else rejected.push('preset');
	}

	let submitted: string | null = null;
	let events: readonly LifecycleEvent[] | null = null;
	if (source === null) {
		// Without its claim, the dates and events of a link mean nothing: start clean. A link that names no claim at all
		// is told its dates and events were set aside (break-k C2: `?submitted=9999-12-31` alone restarted at today
		// without a word); an unreadable claim is reported as such.
		source = fallback.source;
		events = fallback.events;
		if (rejected.length === 0) for (const param of ['submitted', 'events'] as const) if (params.get(param) !== null) rejected.push(param);
	} else {
		const submittedParam = params.get('submitted');
		if (submittedParam !== null) {
			if (isClaimDate(submittedParam)) submitted = submittedParam;
			else rejected.push('submitted');
		}
		const eventsParam = params.get('events');
		if (eventsParam !== null) {
			const decoded = decodeJson(eventsParam);
			const parsed = decoded.ok ? readLifecycleEvents(decoded.value) : null;
			if (parsed) events = parsed;
			else {
				rejected.push('events');
				events = [];
			}
		}
	}

	let holidays: readonly string[] = [];
	const holidaysParam = params.get('holidays');
	if (holidaysParam !== null && holidaysParam !== '') {
		const parsed = readHolidays(holidaysParam.split(','));
		if (parsed) holidays = normalizeHolidays(parsed);
		else rejected.push('holidays');
	}

	let timeZone: string | null = null;
	const tzParam = params.get('tz');
	if (tzParam !== null) {
		if (isTimeZone(tzParam)) timeZone = tzParam;
		else rejected.push('tz');
	}

	return { state: { source, submitted, events, holidays, timeZone }, rejected };
}

/** The query of a state; `submitted` and `events` are always written so a reload replays the same dates. */
export function encodeLifecycleParams(
	state: LifecycleUrlState & { readonly submitted: string; readonly events: readonly LifecycleEvent[] },
): URLSearchParams {
	const params = new URLSearchParams();
	if (state.source.kind === 'claim') {
		params.set('claim', state.source.param);
		if (state.source.sandbox !== undefined) params.set('sandbox', state.source.sandbox);
	} else params.set('preset', state.source.id);
	params.set('submitted', state.submitted);
	params.set('events', encodeJson(state.events));
	if (state.holidays.length > 0) params.set('holidays', state.holidays.join(','));
	if (state.timeZone !== null) params.set('tz', state.timeZone);
	return params;
}

/** Each holiday once, in date order. */
export function normalizeHolidays(holidays: readonly string[]): string[] {
	return [...new Set(holidays)].sort();
}
