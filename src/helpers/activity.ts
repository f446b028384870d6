/**
 * The activity helper's decision: the reader's answers in, a reasoned recommendation out. It turns the
 * article's section "Which activity do I choose?" (CAI#133–153; §6 of the fact sheet
 * `content/facts/cpor-facts.md`) into rules, and explains each outcome with codes and the article's own
 * sentences (segment numbers), never with text: the UI words each code with the message
 * `helpers.activity.<part>.<code>` (`helpers.activity.reasons.usage-drives-adoption`).
 *
 * No zod and no value import from `../claim/schema.ts` here: the island bundles this module (types only are fine).
 */
import { activitiesBySolutionArea, eligibleChannelsBySolutionArea } from '../claim/activities.ts';
import type { ClaimErrorCode } from '../claim/errors.ts';
import type { Activity, PurchaseChannel, SolutionArea } from '../claim/schema.ts';

// ---------------------------------------------------------------------------------------------
// Questions and answers
// ---------------------------------------------------------------------------------------------

/** The questions, in the order the helper asks them. */
export const activityQuestions = ['area', 'channel', 'did', 'incentives'] as const;
type ActivityQuestion = (typeof activityQuestions)[number];

/** The solution areas, in the article's order (the keys of the engine's table). */
export const areaAnswers = Object.keys(activitiesBySolutionArea) as SolutionArea[];

/** How the customer bought the products: the engine's purchase channels, or "I don't know". */
export const channelAnswers = ['volume-licensing', 'web-direct', 'csp', 'unknown'] as const satisfies readonly (
	PurchaseChannel | 'unknown'
)[];
type ChannelAnswer = (typeof channelAnswers)[number];

/**
 * What the partner did for the customer, worded as the article's descriptions of the activities:
 * influenced their purchase (CAI#142), drives their adoption and usage (CAI#145, #153), influenced their
 * selection as a Business Influencer (CAI#148).
 */
export const didAnswers = ['influenced-purchase', 'drives-usage', 'business-influencer'] as const;
type DidAnswer = (typeof didAnswers)[number];

/** Whether the partner wants incentive payments for this customer. */
export const incentivesAnswers = ['yes', 'no'] as const;
type IncentivesAnswer = (typeof incentivesAnswers)[number];

/** The reader's answers; `null` is not answered yet. */
export interface ActivityAnswers {
	readonly area: SolutionArea | null;
	readonly channel: ChannelAnswer | null;
	readonly did: DidAnswer | null;
	readonly incentives: IncentivesAnswer | null;
}

export const noActivityAnswers: ActivityAnswers = { area: null, channel: null, did: null, incentives: null };

// ---------------------------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------------------------

/**
 * - `incomplete`: a question the answer depends on is still open (`missing`).
 * - `recommend`: `activity` is the one to select.
 * - `ask-customer`: the answer depends on how the customer bought, which the reader doesn't know; `activity`
 *   is the one to select if it was a Volume Licensing agreement or Web-Direct.
 * - `not-claimable`: a Business Applications purchase through CSP; no activity applies.
 * - `no-matching-activity`: Microsoft 365 offers only Usage, and the reader did something else.
 * - `no-incentive-activity`: Revenue association fits what the reader did, but it pays no incentives, which
 *   the reader wants; `activity` is Revenue association.
 */
export const activityOutcomes = [
	'incomplete',
	'recommend',
	'ask-customer',
	'not-claimable',
	'no-matching-activity',
	'no-incentive-activity',
] as const;
type ActivityOutcome = (typeof activityOutcomes)[number];

/** Why: each reason is worded by the UI and backed by the article's sentences in `activityReasonSegments`. */
export const activityReasons = [
	'presales-influenced-purchase',
	'usage-drives-adoption',
	'revenue-association-business-influencer',
	'revenue-association-no-incentives',
	'channel-volume-licensing-or-web-direct',
	'csp-not-applicable',
	'microsoft-365-usage-only',
] as const;
export type ActivityReason = (typeof activityReasons)[number];

/** What choosing another activity than the answer costs. */
export const activityLosses = [
	'missed-eligibility',
	'reclaim',
	'revenue-association-instead-no-incentives',
	'incentive-activity-without-the-work',
] as const;
export type ActivityLoss = (typeof activityLosses)[number];

/** Where the article is silent and the helper decides anyway (the UI says so). */
export const activityAssumptions = ['microsoft-365-no-channel-condition', 'incentives-not-sought'] as const;
type ActivityAssumption = (typeof activityAssumptions)[number];

/** Questions for the customer, when the reader doesn't know the answer. */
export const customerQuestions = ['how-did-you-buy'] as const;
type CustomerQuestion = (typeof customerQuestions)[number];

export interface ActivityAdvice {
	readonly outcome: ActivityOutcome;
	/** Open questions the answer depends on (`incomplete` only), in asking order. */
	readonly missing: readonly ActivityQuestion[];
	readonly solutionArea: SolutionArea | null;
	/** The activity to select (`recommend`), to select if the channel qualifies (`ask-customer`), or that fits without incentives (`no-incentive-activity`). */
	readonly activity: Activity | null;
	readonly reasons: readonly ActivityReason[];
	readonly losses: readonly ActivityLoss[];
	readonly assumptions: readonly ActivityAssumption[];
	readonly askCustomer: readonly CustomerQuestion[];
	/** Error reference pages about this outcome. */
	readonly errors: readonly ClaimErrorCode[];
	/** Article segments to quote, in order (reasons first, then losses). */
	readonly segments: readonly number[];
}

// ---------------------------------------------------------------------------------------------
// The article's sentences behind each code (CAI segment numbers; the same in every locale of a version)
// ---------------------------------------------------------------------------------------------

export const activityReasonSegments: Readonly<Record<ActivityReason, readonly number[]>> = {
	// "Select if you influenced their purchase of an eligible product, and want to apply for pre-sale incentives."
	'presales-influenced-purchase': [142],
	// "Select if you drive their adoption and usage of an eligible workload, and want to apply for usage incentives."
	'usage-drives-adoption': [145],
	// "Select if you influenced their selection of an eligible product as a Business Influencer."
	'revenue-association-business-influencer': [148],
	// "This option is for revenue association only, not for incentive payments."
	'revenue-association-no-incentives': [149],
	// "This option is only applicable if the customer purchased these products via Volume Licensing agreement or Web-Direct."
	'channel-volume-licensing-or-web-direct': [143],
	'csp-not-applicable': [143, 121],
	// The table's only Microsoft 365 row, Usage: "Select if you drive their adoption and usage of an eligible workload, and want to apply for usage incentives."
	'microsoft-365-usage-only': [153],
};

export const activityLossSegments: Readonly<Record<ActivityLoss, readonly number[]>> = {
	// "Claiming with an incorrect activity may result in missed eligibility and incentive earnings."
	'missed-eligibility': [136],
	// "Select the correct activity based on the descriptions to avoid having to reclaim in the future."
	reclaim: [135],
	'revenue-association-instead-no-incentives': [149],
	'incentive-activity-without-the-work': [136],
};

/** Every error reference the helper may link to. */
export const activityHelperErrors: readonly ClaimErrorCode[] = [
	'ACTIVITY_CHANNEL_NOT_ELIGIBLE',
	'SUBSCRIPTION_IS_CSP',
	'ACTIVITY_NOT_FOR_SOLUTION_AREA',
];

/** The article's heading "Which activity do I choose?" (its anchor and segment). */
export const ACTIVITY_SECTION = { anchor: 'which-activity-do-i-choose', segment: 132 } as const;

/** Every segment the helper may quote (for the page to look up at build time). */
export const activityHelperSegments: readonly number[] = unique([
	...Object.values(activityReasonSegments).flat(),
	...Object.values(activityLossSegments).flat(),
]);

// ---------------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------------

/** The activity whose description matches what the partner did (CAI#142, #145, #148). */
const activityFor: Readonly<Record<DidAnswer, Activity>> = {
	'influenced-purchase': 'presales',
	'drives-usage': 'usage',
	'business-influencer': 'revenue-association',
};

const reasonFor: Readonly<Record<Exclude<Activity, 'revenue-association'>, ActivityReason>> = {
	presales: 'presales-influenced-purchase',
	usage: 'usage-drives-adoption',
};

/** The advice for a set of answers. Total: every combination, answered or not, gives one outcome. */
export function adviseActivity(answers: ActivityAnswers): ActivityAdvice {
	const { area } = answers;
	if (area === null) return incomplete(answers);
	const offered = activitiesBySolutionArea[area];
	// `null` for Microsoft 365: the article states no channel condition for it.
	const channels = eligibleChannelsBySolutionArea[area];

	// Business Applications: CSP rules every activity out, whatever the partner did (CAI#143, #146, #150).
	if (channels !== null && answers.channel === 'csp') {
		return advice({
			outcome: 'not-claimable',
			solutionArea: area,
			reasons: ['csp-not-applicable'],
			errors: ['ACTIVITY_CHANNEL_NOT_ELIGIBLE', 'SUBSCRIPTION_IS_CSP'],
		});
	}
	const missing = missingQuestions(answers);
	if (missing.length > 0 || answers.did === null) return incomplete(answers);

	const activity = activityFor[answers.did];
	if (!offered.includes(activity)) {
		return advice({
			outcome: 'no-matching-activity',
			solutionArea: area,
			reasons: ['microsoft-365-usage-only'],
			losses: ['incentive-activity-without-the-work'],
			errors: ['ACTIVITY_NOT_FOR_SOLUTION_AREA'],
		});
	}

	const channelKnown = channels !== null && answers.channel !== 'unknown';
	const channelReasons: ActivityReason[] = channelKnown ? ['channel-volume-licensing-or-web-direct'] : [];
	const askCustomer: CustomerQuestion[] = channels !== null && !channelKnown ? ['how-did-you-buy'] : [];
	const channelErrors: ClaimErrorCode[] = channels !== null ? ['ACTIVITY_CHANNEL_NOT_ELIGIBLE'] : [];

	if (activity === 'revenue-association') {
		return advice({
			// The customer's answer first: before the channel is known, CAI#150's condition is open, and the answer waits for it
			// whatever the partner hopes for (its reasons say Revenue association pays no incentives; #14 twelfth review).
			outcome: askCustomer.length > 0 ? 'ask-customer' : answers.incentives === 'yes' ? 'no-incentive-activity' : 'recommend',
			solutionArea: area,
			activity,
			reasons: ['revenue-association-business-influencer', 'revenue-association-no-incentives', ...channelReasons],
			losses: ['incentive-activity-without-the-work', 'reclaim'],
			askCustomer,
			errors: channelErrors,
		});
	}
	return advice({
		outcome: askCustomer.length > 0 ? 'ask-customer' : 'recommend',
		solutionArea: area,
		activity,
		// Microsoft 365 has one row in the table: its own Usage sentence (CAI#153) is the reason.
		reasons: offered.length === 1 ? ['microsoft-365-usage-only'] : [reasonFor[activity], ...channelReasons],
		losses: offered.includes('revenue-association')
			? ['missed-eligibility', 'reclaim', 'revenue-association-instead-no-incentives']
			: ['missed-eligibility', 'reclaim'],
		assumptions: [
			...(channels === null ? (['microsoft-365-no-channel-condition'] as const) : []),
			...(answers.incentives === 'no' ? (['incentives-not-sought'] as const) : []),
		],
		askCustomer,
		errors: channelErrors,
	});
}

/**
 * The open questions the answer depends on: all of them until the solution area is known; then how the
 * customer bought only where a channel condition exists, and whether incentives are sought only where
 * there is more than one activity (it decides Revenue association).
 */
function missingQuestions(answers: ActivityAnswers): ActivityQuestion[] {
	const area = answers.area;
	return activityQuestions.filter((question) => {
		if (answers[question] !== null) return false;
		if (area === null) return true;
		if (question === 'channel') return eligibleChannelsBySolutionArea[area] !== null;
		if (question === 'incentives') return activitiesBySolutionArea[area].length > 1;
		return true;
	});
}

function incomplete(answers: ActivityAnswers): ActivityAdvice {
	return { ...advice({ outcome: 'incomplete', solutionArea: answers.area }), missing: missingQuestions(answers) };
}

interface AdviceParts {
	outcome: ActivityOutcome;
	solutionArea: SolutionArea | null;
	activity?: Activity | null;
	reasons?: readonly ActivityReason[];
	losses?: readonly ActivityLoss[];
	assumptions?: readonly ActivityAssumption[];
	askCustomer?: readonly CustomerQuestion[];
	errors?: readonly ClaimErrorCode[];
}

function advice(parts: AdviceParts): ActivityAdvice {
	const reasons = parts.reasons ?? [];
	const losses = parts.losses ?? [];
	return {
		outcome: parts.outcome,
		missing: [],
		solutionArea: parts.solutionArea,
		activity: parts.activity ?? null,
		reasons,
		losses,
		assumptions: parts.assumptions ?? [],
		askCustomer: parts.askCustomer ?? [],
		errors: parts.errors ?? [],
		segments: unique([
			...reasons.flatMap((reason) => activityReasonSegments[reason]),
			...losses.flatMap((loss) => activityLossSegments[loss]),
		]),
	};
}

function unique<T>(values: readonly T[]): T[] {
	return [...new Set(values)];
}

/**
 * How the 2020 create flow offers the answer's activity: for Business Applications, Pre-sales and Usage are one option,
 * "Usage and/or Pre-sales" (OSA#139), where the troubleshooting article's table lists them apart (CAI#141, #144). The
 * answer's headline says so (`helpers.activity.outcomes.*`, argument `option`).
 */
export function createFlowOption(result: ActivityAdvice): 'combined' | 'own' {
	return result.solutionArea === 'business-applications' && (result.activity === 'presales' || result.activity === 'usage')
		? 'combined'
		: 'own';
}

/**
 * The claim the answer leads to, for "Start a claim with this choice": only when there is an activity to select and no
 * question for the customer is open (how they bought decides whether the activity applies: CAI#143, #146, #150).
 */
export function activityClaimChoice(result: ActivityAdvice): { solutionArea: SolutionArea; activity: Activity } | null {
	if (
		(result.outcome === 'recommend' || result.outcome === 'no-incentive-activity') &&
		result.askCustomer.length === 0 &&
		result.solutionArea !== null &&
		result.activity !== null
	) {
		return { solutionArea: result.solutionArea, activity: result.activity };
	}
	return null;
}

/** The key of a solution area and activity in the page's table of claim links (`claim-links.ts`). */
export function activityClaimKey(solutionArea: SolutionArea, activity: Activity): string {
	return `${solutionArea}/${activity}`;
}
