/**
 * The activity helper on its own page, in every locale: answered with the keyboard alone, the answer
 * announced, the article's sentences quoted in the page's language with the English original, the answer in
 * the URL (reload and shared links), a tampered link recovered, the claim link prefilled, no axe violation.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { activityClaimKey, activityClaimQueries } from '../../src/helpers/index.ts';
import { decodeState } from '../../src/claim/url-state.ts';
import { stepMessageKey } from '../../src/claim/index.ts';
// The locales this spec drives: see behaviour-locales.ts (every page of every locale is the gates').
import { behaviourLocales as locales } from '../support/behaviour-locales.ts';
import { localePrefix, withQuery } from '../../src/routes.ts';
import { messagesTranslator } from '../support/catalog-messages.ts';
import { inlineText } from '../../src/localization/inline.ts';
import { parseLocalizedFile } from '../../src/localization/parse.ts';
import { ARTICLE } from '../fixtures/seed-article.ts';
import { sectionOfSegments } from '../../src/article/sections.ts';
import { expect, expectNoAxeViolations, holdRequests, reloadWritten, test } from './fixtures.ts';

/** The article's sentence `number` in a locale (the English half for English) and its English. */
function articleSentence(sourceLocale: string, number: number): { text: string; english: string } {
	const file = sourceLocale === 'en-US' ? 'ja-JP' : sourceLocale;
	const document = parseLocalizedFile(readFileSync(new URL(`../../content/sources/${file}/${ARTICLE}.md`, import.meta.url), 'utf8'), file);
	const segment = document.segments.find((candidate) => candidate.number === number)!;
	const english = inlineText(segment.english).trim();
	return { text: sourceLocale === 'en-US' ? english : inlineText(segment.translation).trim(), english };
}

/** Presses Tab until the focused element matches `selector` (keyboard only; at most `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
	}
	throw new Error(`Tab never reached ${selector}`);
}

const helper = (page: Page) => page.locator('[data-helper="activity"]');

/** The section (its heading's anchor) of each sentence of the article. */
const sectionAnchors = sectionOfSegments(
	parseLocalizedFile(readFileSync(new URL(`../../content/sources/ja-JP/${ARTICLE}.md`, import.meta.url), 'utf8'), 'ja-JP').blocks,
);

/** Every quote of the helper's answer is captioned with, and links to, the section its sentences come from (#14 tenth review). */
async function expectQuotesCaptionedBySection(page: Page): Promise<void> {
	const figures = helper(page).locator('figure.helper-quote');
	expect(await figures.count()).toBeGreaterThan(0);
	for (const figure of await figures.all()) {
		const anchor = new URL((await figure.locator('figcaption a').getAttribute('href'))!, 'http://x').hash.slice(1);
		for (const segment of await figure.locator(':scope > blockquote > p[data-segment]').all()) {
			const number = Number(await segment.getAttribute('data-segment'));
			expect({ number, anchor: sectionAnchors.get(number)?.anchor }).toEqual({ number, anchor });
		}
	}
}

for (const locale of locales) {
	const prefix = localePrefix(locale);
	const t = messagesTranslator(locale.lang);
	const url = `${prefix}helpers/activity/`;

	test.describe(`activity helper in ${locale.lang}`, () => {
		test('is answered with the keyboard alone, announces the answer and keeps it in the URL across a reload', async ({ page }) => {
			await page.goto(url);
			await expect(page.locator('h1')).toHaveText(t('helpers.page.activity.title'));

			const historyBefore = await page.evaluate(() => history.length);
			await tabTo(page, 'input[name="activity-helper-area"]');
			await expect(helper(page)).toHaveAttribute('data-ready', '');
			await page.keyboard.press('Space'); // Business Applications
			await page.keyboard.press('Tab');
			await page.keyboard.press('Space'); // Volume Licensing agreement
			await page.keyboard.press('ArrowDown'); // Web-Direct
			await page.keyboard.press('Tab');
			await page.keyboard.press('Space'); // influenced the purchase
			await page.keyboard.press('ArrowDown'); // drives adoption and usage
			await page.keyboard.press('Tab');
			await page.keyboard.press('Space'); // incentives: yes

			const announced = helper(page).getByRole('status');
			// Business Applications Usage: the 2020 create flow offers it as one option, “Usage and/or Pre-sales” (OSA#139).
			const expected = t('helpers.activity.outcomes.recommend', { activity: t('helpers.activity.activities.usage'), option: 'combined' });
			await expect(announced).toHaveText(expected);
			await expect(announced).toContainText('OSA#139');
			await expect(page.getByRole('radio', { name: t('helpers.activity.channels.web-direct') })).toBeChecked();
			await expect(page.getByRole('radio', { name: t('helpers.activity.did.drives-usage') })).toBeChecked();
			// The reason is the article's own sentence, in the page's language.
			await expect(helper(page).locator('.helper-reasons blockquote:not([lang]) p[data-segment="145"]').first()).toHaveText(
				articleSentence(locale.sourceLocale, 145).text,
			);

			const query = new URL(page.url()).searchParams;
			expect(Object.fromEntries([...query].filter(([name]) => name.startsWith('activity.')))).toEqual({
				'activity.area': 'business-applications',
				'activity.channel': 'web-direct',
				'activity.did': 'drives-usage',
				'activity.incentives': 'yes',
			});
			expect(await page.evaluate(() => history.length), 'answers replace the URL instead of adding history entries').toBe(historyBefore);

			await reloadWritten(page);
			await helper(page).scrollIntoViewIfNeeded();
			await expect(helper(page)).toHaveAttribute('data-ready', '');
			await expect(announced).toHaveText(expected);
			await expect(page.getByRole('radio', { name: t('helpers.activity.areas.business-applications.label') })).toBeChecked();
			await expect(page.getByRole('radio', { name: t('helpers.activity.incentives.yes'), exact: true })).toBeChecked();

			// "Start a claim with this choice": the simulator, prefilled, on the activity step.
			const start = page.getByRole('link', { name: t('helpers.common.startClaim') });
			const href = new URL((await start.getAttribute('href'))!, page.url());
			expect(href.pathname).toBe(`${prefix}claim-simulator/`);
			const decoded = decodeState(href.searchParams);
			expect(decoded.rejected).toEqual([]);
			expect(decoded.state.step).toBe('activity');
			expect(decoded.state.draft).toMatchObject({ solutionArea: 'business-applications', activity: 'usage' });
			expect(href.search).toBe(withQuery('', activityClaimQueries()[activityClaimKey('business-applications', 'usage')]));

			await expectNoAxeViolations(page);

			// Followed: the simulator opens on the activity step with the choice made.
			await start.click();
			await expect(page.locator('form.cs-step h3')).toContainText(messagesTranslator(locale.lang)(stepMessageKey('activity')));
			await expect(page.getByRole('radio', { name: messagesTranslator(locale.lang)('simulator.choice.activity.usage') })).toBeChecked();
		});

		test('tells the reader who doesn’t know how the customer bought what to ask, and shows the English original', async ({ page }) => {
			await page.goto(
				`${url}?activity.area=business-applications&activity.channel=unknown&activity.did=business-influencer&activity.incentives=no`,
			);
			await helper(page).scrollIntoViewIfNeeded();
			await expect(helper(page)).toHaveAttribute('data-ready', '');
			await expect(helper(page).getByRole('status')).toHaveText(
				t('helpers.activity.outcomes.ask-customer', { activity: t('helpers.activity.activities.revenue-association'), option: 'own' }),
			);
			await expect(helper(page).getByText(t('helpers.activity.askCustomer.how-did-you-buy'))).toBeVisible();
			await expect(page.getByRole('link', { name: t('helpers.common.startClaim') })).toHaveCount(0);

			const sentence = articleSentence(locale.sourceLocale, 149);
			const reason = helper(page).locator('[data-reason="revenue-association-no-incentives"]');
			await expect(reason.locator('blockquote:not([lang]) p')).toHaveText(sentence.text);
			if (locale.lang === 'en') {
				await expect(reason.locator('details')).toHaveCount(0);
			} else {
				const original = reason.locator('blockquote[lang="en"] p');
				await expect(original).toBeHidden();
				await reason.getByText(t('helpers.common.englishOriginal')).focus();
				await page.keyboard.press('Enter');
				await expect(original).toHaveText(sentence.english);
			}
			await expectNoAxeViolations(page);
		});

		test('says CSP purchases can’t be claimed, and a tampered link starts clean without touching other parameters', async ({ page }) => {
			await page.goto(`${url}?activity.area=business-applications&activity.channel=csp`);
			await helper(page).scrollIntoViewIfNeeded();
			await expect(helper(page).getByRole('status')).toHaveText(t('helpers.activity.outcomes.not-claimable'));
			await expect(helper(page).locator(`a[href="${prefix}errors/subscription-is-csp/"]`)).toBeVisible();
			// CAI#143 (which activity) and CAI#121 (a subscription error) are quoted under their own sections.
			await expect(helper(page).locator('figure.helper-quote > blockquote > p[data-segment="121"]')).toHaveCount(1);
			await expectQuotesCaptionedBySection(page);

			await page.goto(`${url}?draft=keep&activity.area=azure&activity.did=drives-usage#top`);
			await helper(page).scrollIntoViewIfNeeded();
			await expect(helper(page)).toHaveAttribute('data-ready', '');
			await expect(helper(page).getByText(t('helpers.activity.labels.malformed'))).toBeVisible();
			await expect(helper(page).getByRole('radio', { checked: true })).toHaveCount(0);
			const after = new URL(page.url());
			expect([...after.searchParams]).toEqual([['draft', 'keep']]);
			expect(after.hash).toBe('#top');
			// The first answer clears the message.
			await tabTo(page, 'input[name="activity-helper-area"]');
			await page.keyboard.press('Space');
			await expect(helper(page).getByText(t('helpers.activity.labels.malformed'))).toHaveCount(0);
		});
	});
}

test('keeps its questions inert until its script starts (a click before it would be undone), then answers', async ({ page }) => {
	const t = messagesTranslator('en');
	// A slow connection: the questions are on screen, the helper's script is not there yet.
	const { release } = await holdRequests(page, /ActivityHelper\.[\w-]+\.js$/);
	await page.goto('/helpers/activity/');
	const form = helper(page).locator('form');
	await form.scrollIntoViewIfNeeded();
	await expect(form).toHaveAttribute('inert', '');
	await expect(form).toHaveAttribute('aria-busy', 'true');
	release();
	await expect(form).not.toHaveAttribute('inert');
	await expect(form).not.toHaveAttribute('aria-busy');
	await page.locator('input[name="activity-helper-area"][value="business-applications"]').check();
	await page.getByRole('radio', { name: t('helpers.activity.channels.csp') }).check();
	await expect(page.getByRole('radio', { name: t('helpers.activity.channels.csp') })).toBeChecked();
	await expect(helper(page).getByRole('status')).toHaveText(t('helpers.activity.outcomes.not-claimable'));
});

test('in the article, the helper has started before the reader scrolls to it', async ({ page }) => {
	await page.goto(`/${ARTICLE}/`);
	const embedded = helper(page);
	// Far below the first screen, it has not started: its script loads as it nears the screen.
	await expect(embedded).not.toHaveAttribute('data-ready');
	// Scrolled to 300 px above it: not on screen yet, and already answerable when it is.
	await page.evaluate(() => {
		const top = document.querySelector('[data-helper="activity"]')!.getBoundingClientRect().top + scrollY;
		scrollTo(0, top - innerHeight - 300);
	});
	await expect(embedded).not.toBeInViewport();
	await expect(embedded).toHaveAttribute('data-ready', '');
	await expect(embedded.locator('form')).not.toHaveAttribute('inert');
});

test('the home page of every locale links to the helper', async ({ page }) => {
	for (const locale of locales) {
		await page.goto(localePrefix(locale));
		await expect(page.locator(`.sl-markdown-content a[href="${localePrefix(locale)}helpers/activity/"]`)).toHaveText(
			messagesTranslator(locale.lang)('helpers.page.activity.title'),
		);
	}
});
