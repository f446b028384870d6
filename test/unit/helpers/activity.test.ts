/**
 * The activity helper's rules: every combination of answers (answered or not) against the article's table
 * "Which activity do I choose?" (CAI#133–153), the sentences each outcome quotes, the claim links, and the
 * URL state.
 */
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../src/i18n/messages.ts';
import {
	activityAssumptions,
	activityHelperErrors,
	ACTIVITY_SECTION,
	activityClaimChoice,
	activityClaimKey,
	activityHelperSegments,
	activityLosses,
	activityOutcomes,
	activityQuestions,
	activityReasons,
	adviseActivity,
	areaAnswers,
	channelAnswers,
	didAnswers,
	incentivesAnswers,
	noActivityAnswers,
	type ActivityAnswers,
} from '../../../src/helpers/activity.ts';
import { activityClaimQueries } from '../../../src/helpers/claim-links.ts';
import { decodeActivityAnswers, encodeActivityAnswers } from '../../../src/helpers/url.ts';
import { isActivityOffered } from '../../../src/claim/activities.ts';
import { purchaseChannels, solutionAreas } from '../../../src/claim/schema.ts';
import { decodeState } from '../../../src/claim/url-state.ts';
import { seedDocument, segmentTexts } from '../claim/helpers.ts';

const withNull = <T>(values: readonly T[]): (T | null)[] => [null, ...values];

/** Every combination of answers, unanswered ones included: 3 × 5 × 4 × 3 = 180. */
const everyAnswerSet: ActivityAnswers[] = withNull(areaAnswers).flatMap((area) =>
	withNull(channelAnswers).flatMap((channel) =>
		withNull(didAnswers).flatMap((did) => withNull(incentivesAnswers).map((incentives) => ({ area, channel, did, incentives }))),
	),
);

/**
 * The expected answer to every fully answered combination, read off the article's table: area, channel,
 * what the partner did, incentives sought → outcome and activity.
 */
const table = `
microsoft-365 volume-licensing influenced-purchase yes → no-matching-activity
microsoft-365 volume-licensing influenced-purchase no → no-matching-activity
microsoft-365 volume-licensing drives-usage yes → recommend usage
microsoft-365 volume-licensing drives-usage no → recommend usage
microsoft-365 volume-licensing business-influencer yes → no-matching-activity
microsoft-365 volume-licensing business-influencer no → no-matching-activity
microsoft-365 web-direct influenced-purchase yes → no-matching-activity
microsoft-365 web-direct influenced-purchase no → no-matching-activity
microsoft-365 web-direct drives-usage yes → recommend usage
microsoft-365 web-direct drives-usage no → recommend usage
microsoft-365 web-direct business-influencer yes → no-matching-activity
microsoft-365 web-direct business-influencer no → no-matching-activity
microsoft-365 csp influenced-purchase yes → no-matching-activity
microsoft-365 csp influenced-purchase no → no-matching-activity
microsoft-365 csp drives-usage yes → recommend usage
microsoft-365 csp drives-usage no → recommend usage
microsoft-365 csp business-influencer yes → no-matching-activity
microsoft-365 csp business-influencer no → no-matching-activity
microsoft-365 unknown influenced-purchase yes → no-matching-activity
microsoft-365 unknown influenced-purchase no → no-matching-activity
microsoft-365 unknown drives-usage yes → recommend usage
microsoft-365 unknown drives-usage no → recommend usage
microsoft-365 unknown business-influencer yes → no-matching-activity
microsoft-365 unknown business-influencer no → no-matching-activity
business-applications volume-licensing influenced-purchase yes → recommend presales
business-applications volume-licensing influenced-purchase no → recommend presales
business-applications volume-licensing drives-usage yes → recommend usage
business-applications volume-licensing drives-usage no → recommend usage
business-applications volume-licensing business-influencer yes → no-incentive-activity revenue-association
business-applications volume-licensing business-influencer no → recommend revenue-association
business-applications web-direct influenced-purchase yes → recommend presales
business-applications web-direct influenced-purchase no → recommend presales
business-applications web-direct drives-usage yes → recommend usage
business-applications web-direct drives-usage no → recommend usage
business-applications web-direct business-influencer yes → no-incentive-activity revenue-association
business-applications web-direct business-influencer no → recommend revenue-association
business-applications csp influenced-purchase yes → not-claimable
business-applications csp influenced-purchase no → not-claimable
business-applications csp drives-usage yes → not-claimable
business-applications csp drives-usage no → not-claimable
business-applications csp business-influencer yes → not-claimable
business-applications csp business-influencer no → not-claimable
business-applications unknown influenced-purchase yes → ask-customer presales
business-applications unknown influenced-purchase no → ask-customer presales
business-applications unknown drives-usage yes → ask-customer usage
business-applications unknown drives-usage no → ask-customer usage
business-applications unknown business-influencer yes → ask-customer revenue-association
business-applications unknown business-influencer no → ask-customer revenue-association
`
	.trim()
	.split('\n')
	.map((line) => {
		const [answers, expected] = line.split(' → ') as [string, string];
		const [area, channel, did, incentives] = answers.split(' ');
		const [outcome, activity] = expected.split(' ');
		return { answers: { area, channel, did, incentives } as ActivityAnswers, outcome, activity: activity ?? null };
	});

describe('activity helper: the article’s table', () => {
	it('lists every fully answered combination once', () => {
		const keys = table.map((row) => JSON.stringify(row.answers));
		expect(new Set(keys).size).toBe(areaAnswers.length * channelAnswers.length * didAnswers.length * incentivesAnswers.length);
		expect(keys.sort()).toEqual(
			everyAnswerSet
				.filter((answers) => Object.values(answers).every((value) => value !== null))
				.map((answers) => JSON.stringify(answers))
				.sort(),
		);
	});

	for (const row of table) {
		it(`${Object.values(row.answers).join(' / ')} → ${row.outcome}${row.activity ? ` ${row.activity}` : ''}`, () => {
			const advice = adviseActivity(row.answers);
			expect(advice.outcome).toBe(row.outcome);
			expect(advice.activity).toBe(row.activity);
			expect(advice.missing).toEqual([]);
		});
	}

	it('covers every outcome, reason, loss and assumption somewhere', () => {
		const all = everyAnswerSet.map(adviseActivity);
		expect(new Set(all.map((advice) => advice.outcome))).toEqual(new Set(activityOutcomes));
		expect(new Set(all.flatMap((advice) => advice.reasons))).toEqual(new Set(activityReasons));
		expect(new Set(all.flatMap((advice) => advice.losses))).toEqual(new Set(activityLosses));
		expect(new Set(all.flatMap((advice) => advice.assumptions))).toEqual(new Set(activityAssumptions));
	});

	it('uses the engine’s solution areas and purchase channels', () => {
		expect([...areaAnswers].sort()).toEqual([...solutionAreas].sort());
		expect(channelAnswers.filter((channel) => channel !== 'unknown').sort()).toEqual([...purchaseChannels].sort());
	});
});

describe('activity helper: every combination of answers, answered or not', () => {
	for (const answers of everyAnswerSet) {
		const name = activityQuestions.map((question) => answers[question] ?? '·').join(' / ');
		it(name, () => {
			const advice = adviseActivity(answers);
			expect(activityOutcomes).toContain(advice.outcome);
			// Incomplete exactly when questions are open, and only unanswered ones are listed.
			expect(advice.outcome === 'incomplete').toBe(advice.missing.length > 0);
			for (const question of advice.missing) expect(answers[question]).toBeNull();
			if (answers.area === null) expect(advice.outcome).toBe('incomplete');
			// A Business Applications purchase through CSP is never claimable, whatever else is (un)answered.
			if (answers.area === 'business-applications' && answers.channel === 'csp') expect(advice.outcome).toBe('not-claimable');
			// An activity is only ever one the solution area offers.
			if (advice.activity !== null) expect(isActivityOffered(advice.solutionArea!, advice.activity)).toBe(true);
			// Revenue association pays no incentives: never the answer to a partner who wants them.
			// (Once the customer's purchase is known: before that, the answer is the question for the customer.)
			if (answers.incentives === 'yes' && advice.activity === 'revenue-association')
				expect(advice.outcome).toBe(advice.askCustomer.length > 0 ? 'ask-customer' : 'no-incentive-activity');
			if (advice.outcome === 'recommend') expect(answers.incentives === 'yes' && advice.activity === 'revenue-association').toBe(false);
			// "Don't know" how they bought (Business Applications): the customer is asked, never a plain recommendation.
			const askable = answers.area === 'business-applications' && answers.channel === 'unknown' && advice.activity !== null;
			expect(advice.askCustomer.length > 0).toBe(askable);
			if (askable) expect(advice.outcome).not.toBe('recommend');
			// Reasons and losses come with the article's sentences, and only the helper's.
			expect(advice.segments.every((segment) => activityHelperSegments.includes(segment))).toBe(true);
			if (advice.outcome !== 'incomplete') expect(advice.reasons.length).toBeGreaterThan(0);
			for (const code of advice.errors) expect(activityHelperErrors).toContain(code);
			// The simulator link only when there is an activity to select.
			const choice = activityClaimChoice(advice);
			// …and no question for the customer open: the purchase channel decides whether it applies (#14 twelfth review).
			expect(choice !== null).toBe(advice.outcome === 'recommend' || advice.outcome === 'no-incentive-activity');
			if (advice.askCustomer.length > 0) expect(choice).toBeNull();
		});
	}

	it('asks only what the answer depends on', () => {
		expect(adviseActivity(noActivityAnswers).missing).toEqual(['area', 'channel', 'did', 'incentives']);
		// Microsoft 365: no channel condition, a single activity; only what the partner did matters.
		expect(adviseActivity({ ...noActivityAnswers, area: 'microsoft-365' }).missing).toEqual(['did']);
		expect(adviseActivity({ ...noActivityAnswers, area: 'business-applications', did: 'drives-usage' }).missing).toEqual([
			'channel',
			'incentives',
		]);
	});

	it('says a CSP purchase is not claimable as soon as it is known, with the article’s channel condition', () => {
		const advice = adviseActivity({ ...noActivityAnswers, area: 'business-applications', channel: 'csp' });
		expect(advice.outcome).toBe('not-claimable');
		expect(advice.segments).toEqual([143, 121]);
		expect(advice.errors).toEqual(['ACTIVITY_CHANNEL_NOT_ELIGIBLE', 'SUBSCRIPTION_IS_CSP']);
	});

	it('justifies Pre-sales with its description and channel condition, and says what a wrong choice costs', () => {
		const advice = adviseActivity({ area: 'business-applications', channel: 'web-direct', did: 'influenced-purchase', incentives: 'yes' });
		expect(advice.reasons).toEqual(['presales-influenced-purchase', 'channel-volume-licensing-or-web-direct']);
		expect(advice.losses).toEqual(['missed-eligibility', 'reclaim', 'revenue-association-instead-no-incentives']);
		expect(advice.segments).toEqual([142, 143, 136, 135, 149]);
	});

	it('says what it assumes where the article is silent', () => {
		expect(adviseActivity({ area: 'microsoft-365', channel: 'csp', did: 'drives-usage', incentives: null }).assumptions).toEqual([
			'microsoft-365-no-channel-condition',
		]);
		expect(
			adviseActivity({ area: 'business-applications', channel: 'volume-licensing', did: 'drives-usage', incentives: 'no' }).assumptions,
		).toEqual(['incentives-not-sought']);
	});

	it('tells the reader who doesn’t know how the customer bought what to ask, with the answer for a qualifying purchase', () => {
		const advice = adviseActivity({ area: 'business-applications', channel: 'unknown', did: 'drives-usage', incentives: 'yes' });
		expect(advice.outcome).toBe('ask-customer');
		expect(advice.activity).toBe('usage');
		expect(advice.askCustomer).toEqual(['how-did-you-buy']);
		expect(activityClaimChoice(advice)).toBeNull();
		// The same for Revenue association, whether or not the partner wants incentives: the channel comes first.
		for (const incentives of ['yes', 'no'] as const) {
			const revenue = adviseActivity({ area: 'business-applications', channel: 'unknown', did: 'business-influencer', incentives });
			expect(revenue.outcome, incentives).toBe('ask-customer');
			expect(revenue.reasons, incentives).toContain('revenue-association-no-incentives');
			expect(activityClaimChoice(revenue), incentives).toBeNull();
		}
	});
});

describe('activity helper: quotes', () => {
	/** What each quoted sentence says, in English: catches a source version that renumbers the segments. */
	const englishGist: Record<number, string> = {
		121: 'The subscription provided is for CSP',
		135: 'avoid having to reclaim',
		136: 'incorrect activity may result in missed eligibility and incentive earnings',
		142: 'influenced their purchase',
		143: 'Volume Licensing agreement or Web-Direct',
		145: 'drive their adoption and usage',
		148: 'as a Business Influencer',
		149: 'not for incentive payments',
		153: 'drive their adoption and usage',
	};

	it('names the section it is about by the article’s own heading and anchor', () => {
		const document = seedDocument('ja-JP');
		const heading = document.headings.find((candidate) => candidate.anchor === ACTIVITY_SECTION.anchor);
		expect(heading?.english).toBe('Which activity do I choose?');
		expect(segmentTexts(document).get(ACTIVITY_SECTION.segment)?.english).toBe('Which activity do I choose?');
	});

	it('quotes sentences that exist, in every locale, and say what the helper claims they say', () => {
		expect([...activityHelperSegments].sort()).toEqual(Object.keys(englishGist).map(Number).sort());
		for (const locale of ['ja-JP', 'zh-TW'] as const) {
			const segments = segmentTexts(seedDocument(locale));
			for (const number of activityHelperSegments) {
				const segment = segments.get(number);
				expect(segment?.english, `${locale} segment ${number}`).toContain(englishGist[number]);
				expect(segment?.translation, `${locale} segment ${number}`).not.toBe('');
			}
		}
	});
});

describe('activity helper: start a claim with this choice', () => {
	it('opens the simulator on the activity step with the solution area and activity prefilled', () => {
		const queries = activityClaimQueries();
		for (const answers of everyAnswerSet) {
			const choice = activityClaimChoice(adviseActivity(answers));
			if (choice === null) continue;
			const query = queries[activityClaimKey(choice.solutionArea, choice.activity)];
			expect(query).toBeDefined();
			const decoded = decodeState(new URLSearchParams(query));
			expect(decoded.rejected).toEqual([]);
			expect(decoded.state.step).toBe('activity');
			expect(decoded.state.draft.solutionArea).toBe(choice.solutionArea);
			expect(decoded.state.draft.activity).toBe(choice.activity);
		}
		expect(Object.keys(queries).sort()).toEqual([
			'business-applications/presales',
			'business-applications/revenue-association',
			'business-applications/usage',
			'microsoft-365/usage',
		]);
	});
});

describe('activity helper: URL state', () => {
	it('round-trips every combination of answers and keeps the other parameters', () => {
		const others = new URLSearchParams({ draft: 'abc', step: 'mpn', 'mpn.ids': 'xyz' });
		for (const answers of everyAnswerSet) {
			const params = encodeActivityAnswers(others, answers);
			expect(params.get('draft')).toBe('abc');
			expect(params.get('mpn.ids')).toBe('xyz');
			expect(decodeActivityAnswers(params)).toEqual({ value: answers, malformed: false });
		}
		expect(encodeActivityAnswers(new URLSearchParams(), noActivityAnswers).toString()).toBe('');
	});

	it('starts clean and says so on a tampered or repeated parameter', () => {
		for (const query of [
			'activity.area=azure',
			'activity.channel=CSP',
			'activity.did=',
			'activity.area=microsoft-365&activity.area=microsoft-365',
			'activity.incentives=maybe',
		]) {
			expect(decodeActivityAnswers(new URLSearchParams(`activity.did=drives-usage&${query}`)), query).toEqual({
				value: noActivityAnswers,
				malformed: true,
			});
		}
		expect(decodeActivityAnswers(new URLSearchParams('draft=zzz&step=nope'))).toEqual({ value: noActivityAnswers, malformed: false });
	});
});

describe('activity helper: losses (#14 third review)', () => {
	it('says a wrong activity “may mean” claiming again, as CAI#135 only says “to avoid having to reclaim”', () => {
		expect(messagesFor('en')['helpers.activity.losses.reclaim']).toMatch(/\bmay mean\b/);
	});
});
