/**
 * The helpers’ words: every code the rules return has its message in English (`helpers.json`), and the
 * translations have every helper message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activitiesBySolutionArea } from '../../../src/claim/activities.ts';
import { activities } from '../../../src/claim/schema.ts';
import {
	activityAssumptions,
	activityLosses,
	activityOutcomes,
	activityQuestions,
	activityReasons,
	channelAnswers,
	createFlowOption,
	customerQuestions,
	didAnswers,
	incentivesAnswers,
} from '../../../src/helpers/activity.ts';
import { mpnAssumptions, mpnNextSteps, mpnOutcomes, mpnReasons, mpnRowVerdicts, mpnWarnings } from '../../../src/helpers/mpn.ts';
import { helperNames } from '../../../src/routes.ts';
import { partnerFactsOn } from '../../../src/facts/partner-facts.ts';
import { formatMessage } from '../../../src/i18n/message-format.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';

const catalog = (lang: string): Record<string, string> =>
	JSON.parse(readFileSync(new URL(`../../../src/i18n/messages/${lang}/helpers.json`, import.meta.url), 'utf8')) as Record<string, string>;
const english = catalog('en');

/** Every key the helpers' code builds from a code. */
const expectedKeys = [
	...helperNames.flatMap((name) => ['title', 'intro', 'noscript'].map((part) => `helpers.box.${name}.${part}`)),
	...helperNames.flatMap((name) => ['title', 'description', 'lead', 'sectionLink'].map((part) => `helpers.page.${name}.${part}`)),
	...activityQuestions.flatMap((question) => [
		`helpers.activity.questions.${question}.legend`,
		`helpers.activity.questions.${question}.short`,
	]),
	...Object.keys(activitiesBySolutionArea).flatMap((area) => [
		`helpers.activity.areas.${area}.label`,
		`helpers.activity.areas.${area}.hint`,
	]),
	...channelAnswers.map((value) => `helpers.activity.channels.${value}`),
	...didAnswers.map((value) => `helpers.activity.did.${value}`),
	...incentivesAnswers.map((value) => `helpers.activity.incentives.${value}`),
	...activities.map((value) => `helpers.activity.activities.${value}`),
	...activityOutcomes.flatMap((value) => [`helpers.activity.outcomes.${value}`, `helpers.activity.outcomeDetails.${value}`]),
	...activityReasons.map((value) => `helpers.activity.reasons.${value}`),
	...activityLosses.map((value) => `helpers.activity.losses.${value}`),
	...activityAssumptions.map((value) => `helpers.activity.assumptions.${value}`),
	...customerQuestions.map((value) => `helpers.activity.askCustomer.${value}`),
	...mpnOutcomes.map((value) => `helpers.mpn.outcomes.${value}`),
	...mpnRowVerdicts.map((value) => `helpers.mpn.verdicts.${value}`),
	...mpnReasons.map((value) => `helpers.mpn.reasons.${value}`),
	...mpnWarnings.map((value) => `helpers.mpn.warnings.${value}`),
	// 'ask-global-admin' is CAI#160's sentence, written once in the error catalog (`errors.shared.askGlobalAdmin`).
	...mpnNextSteps.filter((value) => value !== 'ask-global-admin').map((value) => `helpers.mpn.nextSteps.${value}`),
	...mpnAssumptions.map((value) => `helpers.mpn.assumptions.${value}`),
];

describe('the helpers’ messages', () => {
	it('word every code the rules return, in English', () => {
		expect(expectedKeys.filter((key) => english[key] === undefined)).toEqual([]);
	});

	it('are all translated into Japanese and Traditional Chinese', () => {
		for (const lang of ['ja', 'zh-TW'])
			expect(
				Object.keys(english).filter((key) => catalog(lang)[key] === undefined),
				lang,
			).toEqual([]);
	});

	it('all start with helpers. and keep the translators’ arguments', () => {
		expect(Object.keys(english).filter((key) => !key.startsWith('helpers.'))).toEqual([]);
		expect(english['helpers.mpn.list.row']).toContain('{n}');
		expect(english['helpers.activity.outcomes.recommend']).toContain('{activity}');
	});
});

describe('what the helpers say about incentives (review #14, finding 9)', () => {
	it('never says Pre-sales or Usage pay incentives: CAI#142 and #145 say “want to apply for”, and the program guide decides (MCA#115–116)', () => {
		const english = JSON.parse(readFileSync(new URL('../../../src/i18n/messages/en/helpers.json', import.meta.url), 'utf8')) as Record<
			string,
			string
		>;
		for (const [key, text] of Object.entries(english)) expect(text, key).not.toMatch(/(Pre-sales|Usage)[^.]*\bpays? incentives\b/);
		expect(english['helpers.activity.outcomeDetails.no-incentive-activity']).toMatch(/applying for incentives.*program guide/s);
	});
});

describe('what the helpers tell the partner to do, no more than the article (review 14b, findings 2, 3, 4, 6)', () => {
	const english = messagesFor('en');

	it('for Business Applications Pre-sales or Usage, says the 2020 create flow offers one option “Usage and/or Pre-sales” (OSA#139)', () => {
		const flowOption = (solutionArea: 'business-applications' | 'microsoft-365', activity: 'presales' | 'usage' | 'revenue-association') =>
			createFlowOption({ solutionArea, activity } as Parameters<typeof createFlowOption>[0]);
		expect(flowOption('business-applications', 'presales')).toBe('combined');
		expect(flowOption('business-applications', 'usage')).toBe('combined');
		expect(flowOption('business-applications', 'revenue-association')).toBe('own');
		expect(flowOption('microsoft-365', 'usage')).toBe('own');
		const recommend = (option: string) => formatMessage(english['helpers.activity.outcomes.recommend'], { option, activity: 'Pre-sales' });
		expect(recommend('combined')).toMatch(/“Usage and\/or Pre-sales” \(OSA#139\)/);
		expect(recommend('own')).toBe('Select Pre-sales.');
		expect(partnerFactsOn.activityHelper).toContain('usage-and-or-presales');
	});

	it('names only Dynamics 365 as the article’s Business Applications example (CAI#115); the other products are the simulator’s list', () => {
		expect(english['helpers.activity.areas.business-applications.hint']).toMatch(
			/Dynamics 365 \(CAI#115\); the simulator’s product list adds Power BI/,
		);
		expect(english['helpers.activity.areas.microsoft-365.hint']).toMatch(/^in the simulator’s product list/);
	});

	it('never tells the partner to enroll an MPN or to switch to an enrolled one: CAI#161 says “you can manage that”', () => {
		for (const [key, text] of Object.entries(english)) {
			if (!key.startsWith('helpers.mpn.') && key !== 'errors.MPN_NOT_ENROLLED.fix') continue;
			expect(text, key).not.toMatch(/\b[Ee]nroll the MPN\b|\bto enroll\b|select an enrolled MPN/);
		}
		expect(english['helpers.mpn.outcomes.enroll-first']).toMatch(/Manage the MPN’s enrollment .*\(CAI#161\)/);
		expect(english['errors.MPN_NOT_ENROLLED.fix']).not.toMatch(/select an enrolled/);
	});
});
