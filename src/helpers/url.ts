/**
 * The helpers' answers in the page URL, so that a link reproduces an answer and a reload loses nothing.
 * Both helpers may sit on one page (the article), beside the claim simulator's own parameters (`draft`,
 * `sandbox`, `step`, `submitted`, `preset`), so each helper reads and writes only its own, prefixed ones:
 *
 * - `activity.area`, `activity.channel`, `activity.did`, `activity.incentives`: the activity helper's answers;
 * - `mpn.ids`: the listed MPN IDs (base64url JSON, as the simulator encodes its sandbox);
 *   `mpn.location`: the location that did the work; `mpn.type`: `none` (no specific partner type) or
 *   `is:<partner type>`. Location and partner type must be ones of the listed MPN IDs.
 *
 * Decoding never throws. When any parameter of a helper is malformed, tampered with or repeated, that helper
 * starts clean (`malformed: true`, so the page can say so) and the other helper is untouched.
 *
 * The checks are written out here rather than with zod/mini: they ship in both helper islands, where zod/mini
 * alone weighed 8 kB gzipped of their 22 kB budgets. They accept what the former schemas accepted: unknown
 * fields of a row are dropped, a missing name, partner type or location is blank.
 */
import { decodeJson, encodeJson } from '../claim/base64-json.ts';
import { areaAnswers, channelAnswers, didAnswers, incentivesAnswers, noActivityAnswers, type ActivityAnswers } from './activity.ts';
import { distinctLabels, sameLabel, unknownWork, type MpnEntry, type MpnWork } from './mpn.ts';

/** The activity helper's parameters, by answer. */
const activityParams = {
	area: 'activity.area',
	channel: 'activity.channel',
	did: 'activity.did',
	incentives: 'activity.incentives',
} as const satisfies Record<keyof ActivityAnswers, string>;

/** The MPN helper's parameters. */
const mpnParams = { ids: 'mpn.ids', location: 'mpn.location', type: 'mpn.type' } as const;

/** More rows than any partner has MPN IDs, or longer labels than any form shows, are refused. */
export const MAX_MPN_ROWS = 50;

/** The longest label (an MPN ID's name, partner type or location) a row may carry, in characters: longer ones are refused, and the helper's fields stop there. */
export const MAX_LABEL = 200;

/** `value` when it is one of `options`, `null` when absent; `undefined` when it is anything else. */
function oneOf<T extends string>(options: readonly T[], value: string | null): T | null | undefined {
	if (value === null) return null;
	return (options as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** A label of a row: a string of at most `MAX_LABEL` characters; blank when absent (`optional`); `undefined` when invalid. */
function labelOf(value: unknown, optional: boolean): string | undefined {
	if (value === undefined && optional) return '';
	return typeof value === 'string' && value.length <= MAX_LABEL ? value : undefined;
}

/** The listed rows of a decoded `mpn.ids`, or `undefined` when it isn't a list of at most `MAX_MPN_ROWS` rows. */
function mpnEntriesOf(json: unknown): MpnEntry[] | undefined {
	if (!Array.isArray(json) || json.length > MAX_MPN_ROWS) return undefined;
	const entries: MpnEntry[] = [];
	for (const row of json as unknown[]) {
		if (typeof row !== 'object' || row === null || Array.isArray(row)) return undefined;
		const fields = row as Record<string, unknown>;
		const entry = {
			id: labelOf(fields['id'], false),
			name: labelOf(fields['name'], true),
			enrolledInIncentives: fields['enrolledInIncentives'],
			partnerType: labelOf(fields['partnerType'], true),
			location: labelOf(fields['location'], true),
		};
		if (typeof entry.enrolledInIncentives !== 'boolean' || Object.values(entry).includes(undefined)) return undefined;
		entries.push(entry as MpnEntry);
	}
	return entries;
}

/** A helper's state read from the URL. */
export interface Decoded<T> {
	readonly value: T;
	/** True when the helper's parameters could not be used and it starts clean. */
	readonly malformed: boolean;
}

/** The single value of a parameter; `undefined` when absent, `false` when repeated. */
function single(params: URLSearchParams, name: string): string | undefined | false {
	const values = params.getAll(name);
	if (values.length === 0) return undefined;
	return values.length === 1 ? values[0]! : false;
}

/** The activity helper's answers in `params`; none (and `malformed`) when any of its parameters is unusable. */
export function decodeActivityAnswers(params: URLSearchParams): Decoded<ActivityAnswers> {
	const options: { readonly [K in keyof ActivityAnswers]: readonly NonNullable<ActivityAnswers[K]>[] } = {
		area: areaAnswers,
		channel: channelAnswers,
		did: didAnswers,
		incentives: incentivesAnswers,
	};
	const answers: Record<string, string | null> = {};
	for (const [key, name] of Object.entries(activityParams) as Array<[keyof ActivityAnswers, string]>) {
		const value = single(params, name);
		const answer = value === false ? undefined : oneOf<string>(options[key], value ?? null);
		if (answer === undefined) return { value: noActivityAnswers, malformed: true };
		answers[key] = answer;
	}
	return { value: answers as unknown as ActivityAnswers, malformed: false };
}

/** A copy of `params` with the activity helper's answers in place of its old ones; other parameters kept. */
export function encodeActivityAnswers(params: URLSearchParams, answers: ActivityAnswers): URLSearchParams {
	const next = new URLSearchParams(params);
	for (const [key, name] of Object.entries(activityParams)) {
		next.delete(name);
		const value = answers[key as keyof ActivityAnswers];
		if (value !== null) next.set(name, value);
	}
	return next;
}

/** What the MPN helper keeps in the URL: the listed rows and the answers about the work. */
export interface MpnState {
	readonly entries: readonly MpnEntry[];
	readonly work: MpnWork;
}

/** No row listed, nothing known about the work. */
export const emptyMpnState: MpnState = { entries: [], work: unknownWork };

const NO_PARTNER_TYPE = 'none';
const PARTNER_TYPE_PREFIX = 'is:';

/** The MPN helper's list and answers in `params`; empty (and `malformed`) when any of its parameters is unusable. */
export function decodeMpnState(params: URLSearchParams): Decoded<MpnState> {
	const clean = { value: emptyMpnState, malformed: true };
	const ids = single(params, mpnParams.ids);
	const location = single(params, mpnParams.location);
	const type = single(params, mpnParams.type);
	if (ids === false || location === false || type === false) return clean;
	if (ids === undefined) return location === undefined && type === undefined ? { value: emptyMpnState, malformed: false } : clean;

	const json = decodeJson(ids);
	if (!json.ok) return clean;
	const entries = mpnEntriesOf(json.value);
	if (entries === undefined) return clean;

	let workLocation: string | null = null;
	if (location !== undefined) {
		const match = distinctLabels(entries, 'location').find((candidate) => sameLabel(candidate, location));
		if (match === undefined) return clean;
		workLocation = match;
	}
	let workType: string | null = null;
	if (type === NO_PARTNER_TYPE) workType = '';
	else if (type !== undefined) {
		if (!type.startsWith(PARTNER_TYPE_PREFIX)) return clean;
		const wanted = type.slice(PARTNER_TYPE_PREFIX.length);
		const match = distinctLabels(entries, 'partnerType').find((candidate) => sameLabel(candidate, wanted));
		if (match === undefined) return clean;
		workType = match;
	}
	return { value: { entries, work: { location: workLocation, partnerType: workType } }, malformed: false };
}

/** A copy of `params` with the MPN helper's state in place of its old one; other parameters kept. */
export function encodeMpnState(params: URLSearchParams, state: MpnState): URLSearchParams {
	const next = new URLSearchParams(params);
	for (const name of Object.values(mpnParams)) next.delete(name);
	if (state.entries.length === 0) return next;
	next.set(mpnParams.ids, encodeJson(state.entries));
	if (state.work.location !== null) next.set(mpnParams.location, state.work.location);
	if (state.work.partnerType !== null) {
		next.set(mpnParams.type, state.work.partnerType.trim() === '' ? NO_PARTNER_TYPE : `${PARTNER_TYPE_PREFIX}${state.work.partnerType}`);
	}
	return next;
}
