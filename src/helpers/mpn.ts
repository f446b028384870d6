/**
 * The MPN helper's decision: the company's MPN IDs and what the reader knows about the work in, which MPN
 * to select and why out. It turns the article's section "Which MPN do I choose?" (CAI#154–161; §1 and §4
 * of the fact sheet `content/facts/cpor-facts.md`) into rules. Results are codes and article segment numbers;
 * the UI words each code with the message `helpers.mpn.<part>.<code>` (`helpers.mpn.reasons.enrolled`).
 *
 * The article says to choose "a company MPN that should be associated to the work you're claiming for"
 * (CAI#155), that the flow shows which MPNs are enrolled in an incentive program but not their partner type
 * (CAI#157), to ask the global admin when you don't know (CAI#160), and to enroll an MPN in the Incentives
 * overview (CAI#161). It does not say how to match an MPN to the work; the helper assumes the partner
 * location that did the work (the flow asks for "the MPN ID of the partner location", OSA#135) and the partner
 * type the work was done under, and the UI says so.
 *
 * No zod and no value import from `../claim/schema.ts` here: the island bundles this module.
 */
import { encodeJson } from '../claim/base64-json.ts';
import { MPN_ID_PATTERN } from '../claim/format.ts';
import type { ClaimErrorCode } from '../claim/errors.ts';
import type { MpnId, Sandbox } from '../claim/schema.ts';

/** One MPN ID as the reader lists it: free text, possibly blank or wrong (the helper says which). */
export interface MpnEntry {
	readonly id: string;
	readonly name: string;
	readonly enrolledInIncentives: boolean;
	/** Blank: no specific partner type. */
	readonly partnerType: string;
	readonly location: string;
}

/** What the reader knows about the work being claimed; `null` is "I don't know". */
export interface MpnWork {
	/** The partner location that did the work (one of the listed locations). */
	readonly location: string | null;
	/** The partner type the work was done under; `''` for "no specific partner type". */
	readonly partnerType: string | null;
}

export const unknownWork: MpnWork = { location: null, partnerType: null };

/**
 * - `incomplete`: no usable MPN ID listed yet.
 * - `pick`: exactly one enrolled MPN fits the work: `chosen`. When other, non-enrolled MPNs fit too, the pick rests on
 *   enrollment, and the advice says so (the `prefers-enrolled` assumption).
 * - `enroll-first`: the MPNs that fit the work aren't enrolled in an incentive program (Incentives overview).
 * - `ask-global-admin`: the helper can't decide (several enrolled MPNs fit, or none fits the work).
 */
export const mpnOutcomes = ['incomplete', 'pick', 'enroll-first', 'ask-global-admin'] as const;
type MpnOutcome = (typeof mpnOutcomes)[number];

/** What the helper says about each listed row. */
export const mpnRowVerdicts = [
	'chosen',
	'also-fits',
	'not-enrolled',
	'other-location',
	'other-partner-type',
	'invalid-id',
	'duplicate',
	'empty',
] as const;
export type MpnRowVerdict = (typeof mpnRowVerdicts)[number];

export const mpnReasons = [
	'enrolled',
	'only-enrolled',
	'matches-location',
	'matches-partner-type',
	'no-partner-type',
	'several-enrolled-fit',
	'none-fits-work',
	'fitting-not-enrolled',
	'no-mpn-listed',
] as const;
export type MpnReason = (typeof mpnReasons)[number];

export const mpnWarnings = ['flow-shows-enrollment-not-partner-type', 'chosen-has-partner-type', 'wrong-mpn-costs'] as const;
export type MpnWarning = (typeof mpnWarnings)[number];

/** What the reader can do next. */
export const mpnNextSteps = [
	'ask-global-admin',
	'enroll-in-incentives-overview',
	'answer-location',
	'answer-partner-type',
	'list-mpn-ids',
] as const;
type MpnNextStep = (typeof mpnNextSteps)[number];

/**
 * - `matches-work-by-location-and-partner-type`: the article doesn't say how to match an MPN to the work (CAI#155).
 * - `prefers-enrolled`: more than one listed MPN may fit the work and only one of them is enrolled; the helper picks
 *   the enrolled one. The article says to choose by the work (CAI#155) and to enroll the MPN you want to use
 *   (CAI#161), never to prefer an enrolled MPN.
 */
export const mpnAssumptions = ['matches-work-by-location-and-partner-type', 'prefers-enrolled'] as const;
type MpnAssumption = (typeof mpnAssumptions)[number];

export interface MpnAdvice {
	readonly outcome: MpnOutcome;
	/** The row to select (`pick`), or the one fitting row that needs enrolling (`enroll-first`). */
	readonly chosen: number | null;
	/** Per listed row, by index. */
	readonly rows: readonly MpnRowVerdict[];
	readonly reasons: readonly MpnReason[];
	readonly warnings: readonly MpnWarning[];
	readonly nextSteps: readonly MpnNextStep[];
	readonly assumptions: readonly MpnAssumption[];
	readonly errors: readonly ClaimErrorCode[];
	/** Article segments to quote, in order. */
	readonly segments: readonly number[];
}

export const mpnReasonSegments: Readonly<Record<MpnReason, readonly number[]>> = {
	// "…will identify which MPNs are enrolled in an incentive program, but it will not tell you if it is a specific partner type MPN."
	enrolled: [157],
	'only-enrolled': [157],
	// "…choose a company MPN that should be associated to the work you're claiming for at the end customer."
	'matches-location': [155],
	// "Your company may have many MPNs, some of which may be enrolled in incentive programs, and others associated with a partner type such as FRP FastTrack."
	'matches-partner-type': [156],
	'no-partner-type': [156],
	// "If you do not know which MPN to use, contact your global admin."
	'several-enrolled-fit': [160],
	'none-fits-work': [155, 160],
	// "If the MPN you're wanting to use isn't enrolled, you can manage that in the Incentives overview tab."
	'fitting-not-enrolled': [161],
	'no-mpn-listed': [160],
};

export const mpnWarningSegments: Readonly<Record<MpnWarning, readonly number[]>> = {
	'flow-shows-enrollment-not-partner-type': [157],
	'chosen-has-partner-type': [156],
	// "It's important to select the correct MPN, to avoid having to reclaim in the future." / "…missed eligibility and incentive earnings."
	'wrong-mpn-costs': [158, 159],
};

/** Every error reference the helper may link to. */
export const mpnHelperErrors: readonly ClaimErrorCode[] = ['MPN_NOT_ENROLLED', 'MPN_PARTNER_TYPE_NOT_SHOWN'];

/** The article's heading "Which MPN do I choose?" (its anchor and segment). */
export const MPN_SECTION = { anchor: 'which-mpn-do-i-choose', segment: 154 } as const;

/** Every segment the helper may quote. */
export const mpnHelperSegments: readonly number[] = unique([
	...Object.values(mpnReasonSegments).flat(),
	...Object.values(mpnWarningSegments).flat(),
]);

/** Comparing typed labels: case, width and spacing don't count. */
export function sameLabel(a: string, b: string): boolean {
	return normalizeLabel(a) === normalizeLabel(b);
}

function normalizeLabel(value: string): string {
	return value.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The distinct non-blank values of a field over the rows, first spelling kept, in listing order. */
export function distinctLabels(entries: readonly MpnEntry[], field: 'location' | 'partnerType'): string[] {
	const seen = new Map<string, string>();
	for (const entry of entries) {
		const value = entry[field].replace(/\s+/g, ' ').trim();
		if (value !== '' && !seen.has(normalizeLabel(value))) seen.set(normalizeLabel(value), value);
	}
	return [...seen.values()];
}

/** The advice for a list of MPN IDs. Total: any list and any answers give one of `mpnOutcomes`. */
export function adviseMpn(entries: readonly MpnEntry[], work: MpnWork): MpnAdvice {
	const verdicts: MpnRowVerdict[] = [];
	const seenIds = new Set<string>();
	const usable: number[] = [];
	entries.forEach((entry, index) => {
		const id = entry.id.trim();
		if (id === '' && entry.name.trim() === '' && entry.partnerType.trim() === '' && entry.location.trim() === '') verdicts.push('empty');
		else if (!MPN_ID_PATTERN.test(id)) verdicts.push('invalid-id');
		else if (seenIds.has(id)) verdicts.push('duplicate');
		else {
			seenIds.add(id);
			usable.push(index);
			verdicts.push('also-fits'); // settled below
		}
	});
	const assumptions: MpnAssumption[] =
		work.location !== null || work.partnerType !== null ? ['matches-work-by-location-and-partner-type'] : [];

	if (usable.length === 0) {
		return result({ outcome: 'incomplete', rows: verdicts, reasons: ['no-mpn-listed'], nextSteps: ['list-mpn-ids', 'ask-global-admin'] });
	}

	const fits: number[] = [];
	for (const index of usable) {
		const entry = entries[index]!;
		if (work.location !== null && !sameLabel(entry.location, work.location)) verdicts[index] = 'other-location';
		else if (work.partnerType !== null && !sameLabel(entry.partnerType, work.partnerType)) verdicts[index] = 'other-partner-type';
		else fits.push(index);
	}
	const enrolled = fits.filter((index) => entries[index]!.enrolledInIncentives);
	for (const index of fits) if (!entries[index]!.enrolledInIncentives) verdicts[index] = 'not-enrolled';

	// Questions that would narrow the choice down: still unanswered, and the listed MPNs differ on them.
	const narrowing: MpnNextStep[] = [
		...(work.location === null &&
		distinctLabels(
			fits.map((index) => entries[index]!),
			'location',
		).length > 1
			? (['answer-location'] as const)
			: []),
		...(work.partnerType === null && new Set(fits.map((index) => normalizeLabel(entries[index]!.partnerType))).size > 1
			? (['answer-partner-type'] as const)
			: []),
	];
	const matchReasons: MpnReason[] = [
		...(work.location !== null ? (['matches-location'] as const) : []),
		...(work.partnerType === null
			? []
			: work.partnerType.trim() === ''
				? (['no-partner-type'] as const)
				: (['matches-partner-type'] as const)),
	];

	if (fits.length === 0) {
		return result({
			outcome: 'ask-global-admin',
			rows: verdicts,
			reasons: ['none-fits-work'],
			nextSteps: ['ask-global-admin'],
			assumptions,
		});
	}
	if (enrolled.length === 1) {
		const chosen = enrolled[0]!;
		verdicts[chosen] = 'chosen';
		const hasPartnerType = entries[chosen]!.partnerType.trim() !== '';
		// Other MPNs fit what the reader said (or said nothing) and aren't enrolled: the pick rests on enrollment alone,
		// which the article never makes a rule of. Shown as the helper's assumption, with the questions and the global admin.
		const byEnrollment = fits.length > 1;
		return result({
			outcome: 'pick',
			chosen,
			rows: verdicts,
			reasons: [...matchReasons, usable.length > 1 && matchReasons.length === 0 ? 'only-enrolled' : 'enrolled'],
			warnings: [
				'flow-shows-enrollment-not-partner-type',
				...(hasPartnerType ? (['chosen-has-partner-type'] as const) : []),
				'wrong-mpn-costs',
			],
			nextSteps: [...narrowing, ...(byEnrollment || (hasPartnerType && work.partnerType === null) ? (['ask-global-admin'] as const) : [])],
			assumptions: [...assumptions, ...(byEnrollment ? (['prefers-enrolled'] as const) : [])],
			errors: hasPartnerType ? ['MPN_PARTNER_TYPE_NOT_SHOWN'] : [],
		});
	}
	if (enrolled.length > 1) {
		return result({
			outcome: 'ask-global-admin',
			rows: verdicts,
			reasons: [...matchReasons, 'several-enrolled-fit'],
			warnings: ['flow-shows-enrollment-not-partner-type', 'wrong-mpn-costs'],
			nextSteps: [...narrowing, 'ask-global-admin'],
			assumptions,
			errors: ['MPN_PARTNER_TYPE_NOT_SHOWN'],
		});
	}
	// Nothing that fits is enrolled.
	return result({
		outcome: 'enroll-first',
		chosen: fits.length === 1 ? fits[0]! : null,
		rows: verdicts,
		reasons: [...matchReasons, 'fitting-not-enrolled'],
		warnings: ['wrong-mpn-costs'],
		nextSteps: ['enroll-in-incentives-overview', ...(fits.length > 1 ? narrowing : []), 'ask-global-admin'],
		assumptions,
		errors: ['MPN_NOT_ENROLLED'],
	});
}

interface ResultParts {
	outcome: MpnOutcome;
	chosen?: number | null;
	rows: readonly MpnRowVerdict[];
	reasons: readonly MpnReason[];
	warnings?: readonly MpnWarning[];
	nextSteps?: readonly MpnNextStep[];
	assumptions?: readonly MpnAssumption[];
	errors?: readonly ClaimErrorCode[];
}

function result(parts: ResultParts): MpnAdvice {
	const warnings = parts.warnings ?? [];
	return {
		outcome: parts.outcome,
		chosen: parts.chosen ?? null,
		rows: parts.rows,
		reasons: unique(parts.reasons),
		warnings,
		nextSteps: unique(parts.nextSteps ?? []),
		assumptions: parts.assumptions ?? [],
		errors: parts.errors ?? [],
		segments: unique([
			...parts.reasons.flatMap((reason) => mpnReasonSegments[reason]),
			...warnings.flatMap((warning) => mpnWarningSegments[warning]),
		]),
	};
}

function unique<T>(values: readonly T[]): T[] {
	return [...new Set(values)];
}

/**
 * The listed MPN IDs as the simulator's sandbox holds them: the usable rows only (digits, first of each ID),
 * a blank name replaced by the ID (the sandbox requires one), blank partner type and location left out.
 */
export function sandboxMpnIds(entries: readonly MpnEntry[]): MpnId[] {
	const seen = new Set<string>();
	return entries.flatMap((entry): MpnId[] => {
		const id = entry.id.trim();
		if (!MPN_ID_PATTERN.test(id) || seen.has(id)) return [];
		seen.add(id);
		const name = entry.name.trim() || id;
		const partnerType = entry.partnerType.trim();
		const location = entry.location.trim();
		return [
			{
				id,
				name,
				enrolledInIncentives: entry.enrolledInIncentives,
				...(partnerType !== '' ? { partnerType } : {}),
				...(location !== '' ? { location } : {}),
			},
		];
	});
}

/** A sandbox MPN ID as a row of the helper's list ("load a sample"). */
export function entryOf(mpn: MpnId): MpnEntry {
	return {
		id: mpn.id,
		name: mpn.name,
		enrolledInIncentives: mpn.enrolledInIncentives,
		partnerType: mpn.partnerType ?? '',
		location: mpn.location ?? '',
	};
}

/**
 * The claim simulator's query for "Start a claim with this choice": a draft with the chosen MPN ID, on the
 * MPN step, and the reader's MPN IDs in place of the sandbox's (left out when they are the sandbox's own, as
 * `encodeState` does). `null` unless the outcome is `pick`. Decoded by the simulator's `decodeState`.
 */
export function mpnClaimQuery(entries: readonly MpnEntry[], result: MpnAdvice, baseSandbox: Sandbox): URLSearchParams | null {
	if (result.outcome !== 'pick' || result.chosen === null) return null;
	const chosen = entries[result.chosen];
	if (!chosen) return null;
	const mpnIds = sandboxMpnIds(entries);
	const params = new URLSearchParams({ draft: encodeJson({ mpnId: chosen.id.trim() }) });
	if (JSON.stringify(mpnIds) !== JSON.stringify(baseSandbox.mpnIds)) params.set('sandbox', encodeJson({ ...baseSandbox, mpnIds }));
	params.set('step', 'mpn');
	return params;
}

/** The answers about the work, without a location or partner type that no listed row has any more. */
export function reconcileWork(entries: readonly MpnEntry[], work: MpnWork): MpnWork {
	const keep = (value: string | null, field: 'location' | 'partnerType'): string | null => {
		if (value === null) return null;
		if (field === 'partnerType' && value.trim() === '') return ''; // no specific partner type
		return distinctLabels(entries, field).find((candidate) => sameLabel(candidate, value)) ?? null;
	};
	const location = keep(work.location, 'location');
	const partnerType = keep(work.partnerType, 'partnerType');
	return location === work.location && partnerType === work.partnerType ? work : { location, partnerType };
}
