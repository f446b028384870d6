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
 * zod/mini, not the zod the claim schemas use: these schemas ship in the islands' bundles.
 */
import * as z from 'zod/mini';
import { decodeJson, encodeJson } from '../claim/base64-json.ts';
import { areaAnswers, channelAnswers, didAnswers, incentivesAnswers, noActivityAnswers, type ActivityAnswers } from './activity.ts';
import { distinctLabels, sameLabel, unknownWork, type MpnEntry, type MpnWork } from './mpn.ts';

export const activityParams = {
	area: 'activity.area',
	channel: 'activity.channel',
	did: 'activity.did',
	incentives: 'activity.incentives',
} as const satisfies Record<keyof ActivityAnswers, string>;

export const mpnParams = { ids: 'mpn.ids', location: 'mpn.location', type: 'mpn.type' } as const;

/** More rows than any partner has MPN IDs, or longer labels than any form shows, are refused. */
export const MAX_MPN_ROWS = 50;
const MAX_LABEL = 200;

const activityAnswersSchema = z.object({
	area: z.nullable(z.enum(areaAnswers as [string, ...string[]])),
	channel: z.nullable(z.enum(channelAnswers)),
	did: z.nullable(z.enum(didAnswers)),
	incentives: z.nullable(z.enum(incentivesAnswers)),
});

const label = z.string().check(z.maxLength(MAX_LABEL));
const mpnEntrySchema = z.object({
	id: label,
	name: z._default(label, ''),
	enrolledInIncentives: z.boolean(),
	partnerType: z._default(label, ''),
	location: z._default(label, ''),
});
const mpnEntriesSchema = z.array(mpnEntrySchema).check(z.maxLength(MAX_MPN_ROWS));

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

export function decodeActivityAnswers(params: URLSearchParams): Decoded<ActivityAnswers> {
	const raw: Record<string, string | null> = {};
	for (const [key, name] of Object.entries(activityParams)) {
		const value = single(params, name);
		if (value === false) return { value: noActivityAnswers, malformed: true };
		raw[key] = value ?? null;
	}
	const parsed = activityAnswersSchema.safeParse(raw);
	return parsed.success ? { value: parsed.data as ActivityAnswers, malformed: false } : { value: noActivityAnswers, malformed: true };
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

export interface MpnState {
	readonly entries: readonly MpnEntry[];
	readonly work: MpnWork;
}

export const emptyMpnState: MpnState = { entries: [], work: unknownWork };

const NO_PARTNER_TYPE = 'none';
const PARTNER_TYPE_PREFIX = 'is:';

export function decodeMpnState(params: URLSearchParams): Decoded<MpnState> {
	const clean = { value: emptyMpnState, malformed: true };
	const ids = single(params, mpnParams.ids);
	const location = single(params, mpnParams.location);
	const type = single(params, mpnParams.type);
	if (ids === false || location === false || type === false) return clean;
	if (ids === undefined) return location === undefined && type === undefined ? { value: emptyMpnState, malformed: false } : clean;

	const json = decodeJson(ids);
	if (!json.ok) return clean;
	const parsed = mpnEntriesSchema.safeParse(json.value);
	if (!parsed.success) return clean;
	const entries: MpnEntry[] = parsed.data;

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
