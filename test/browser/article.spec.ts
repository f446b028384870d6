import { formatArticleDate } from '../../src/article/dates.ts';
import { readCatalogs } from '../../src/i18n/catalog-files.ts';
// The locales this spec drives: see behaviour-locales.ts (every page of every locale is the gates').
import { behaviourLocales as locales } from '../support/behaviour-locales.ts';
import { createTranslator } from '../../src/i18n/message-format.ts';
import { localePath, localePrefix, routes } from '../../src/routes.ts';
import { ARTICLE, SECTION_ANCHORS as SECTIONS, SUPPORT_URL as SUPPORT } from '../fixtures/seed-article.ts';
import { SHOW_ORIGINAL_STORAGE_KEY } from '../../src/islands/english-original/show-original.ts';
import { expect, expectNoAxeViolations, holdRequests, reloadWritten, test } from './fixtures.ts';

const articleUrl = (slug: string) =>
	localePath(
		locales.find((l) => l.slug === slug)!,
		routes.article(ARTICLE),
	);
const catalogs = readCatalogs();
/** `t(key)` over the site's messages in a language (`site.article.*`, `site.callout.*`, …). */
const translatorFor = (lang: string) => createTranslator(catalogs.messages(lang), lang);
const translated = locales.filter((locale) => locale.slug !== 'root');

for (const locale of locales) {
	const url = articleUrl(locale.slug);
	const t = translatorFor(locale.lang);

	test.describe(`article in ${locale.lang}`, () => {
		test('has every upstream section anchor, in the table of contents too', async ({ page }) => {
			await page.goto(url);
			await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
			for (const anchor of SECTIONS) await expect(page.locator(`main h2#${anchor}`)).toHaveCount(1);
			const tocLinks = page.locator('starlight-toc nav a[href^="#"]:not([href="#_top"])');
			await expect(tocLinks).toHaveCount(SECTIONS.length);
			expect(await tocLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
				SECTIONS.map((anchor) => `#${anchor}`),
			);
		});

		test('a deep link opens the section', async ({ page }) => {
			await page.goto(`${url}#competing-claims`);
			await expect(page.locator('#competing-claims')).toBeInViewport();
		});

		test('renders the table, lists, emphasis, callout and real support links', async ({ page }) => {
			await page.goto(url);
			const content = page.locator('.sl-markdown-content');
			await expect(content.locator('table thead th')).toHaveCount(3);
			await expect(content.locator('table tbody tr')).toHaveCount(4);
			await expect(content.locator('ol > li')).toHaveCount(4);
			await expect(content.locator('ol em').first()).toBeVisible();
			await expect(content.locator('aside.starlight-aside')).toContainText(t('site.callout.important'));
			const support = content.locator(`a[href="${SUPPORT}"]:visible`);
			await expect(support).toHaveCount(2);
			await expect(content).not.toContainText('data-ttu-id');
			await expect(content).not.toContainText('sxs-lookup');
		});

		test('carries the CC BY 4.0 attribution', async ({ page }) => {
			await page.goto(url);
			const attribution = page.getByRole('complementary', { name: t('site.attribution.label') });
			// The article first, then the articles its embedded tools adapt (the claim simulator's OSA and MCA sentences).
			const own = attribution.locator('p[data-article]').first();
			await expect(own).toHaveAttribute('data-article', ARTICLE.replace(/\/$/, ''));
			await expect(own.locator('a[rel="license"]')).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
			await expect(own.locator('a[href*="learn.microsoft.com"]')).toBeVisible();
			await expect(own.locator('a[href*="github.com/MicrosoftDocs/partner-center-pr"]')).toBeVisible();
			await expect(attribution.locator('p[data-article="submit-osa-claim"]')).toHaveCount(1);
			await expect(attribution).toContainText('© Microsoft Corporation');
			await expect(attribution).toContainText(
				locale.slug === 'root' ? t('site.attribution.english') : t('site.attribution.machineTranslated'),
			);
		});

		// The article as loaded gets its axe runs from the every-page gate (every locale, light and dark): not repeated here.

		test('states the article’s date, and a translation’s hand-off date, under the title (issue #14)', async ({ page }) => {
			await page.goto(url);
			const dates = page.locator('main .article-dates');
			await expect(dates).toHaveAttribute('data-article-date', '2020-06-29');
			const date = formatArticleDate('2020-06-29', locale.lang);
			if (locale.slug === 'root') {
				await expect(dates).toHaveText(t('site.article.dated', { date }));
			} else {
				const handoff = await dates.getAttribute('data-handoff-date');
				expect(handoff).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				await expect(dates).toHaveText(t('site.article.datedHandedOff', { date, handoff: formatArticleDate(handoff!, locale.lang) }));
			}
		});
	});
}

for (const lang of ['en', 'ja']) {
	test(`${lang}: the articles show Microsoft's later changes at the sections they change, outside the sentences (#14 second review)`, async ({
		page,
	}) => {
		const locale = locales.find((candidate) => candidate.lang === lang)!;
		const t = translatorFor(lang);
		/** The later change's note whose nearest heading above is the section's `<h2>`, between two of the article's sentences. */
		const noteIn = (section: string, change: string, after: string, before: string) =>
			page.locator(
				`xpath=//aside[contains(@class,"changed-later")][preceding::h2[1][@id="${section}"]]` +
					`[preceding::*[@id="${after}"]][following::*[@id="${before}"]][not(ancestor::p)]//li[@data-change="${change}"]`,
			);

		// The troubleshooting article: the support link of 2020 (CAI#126) and the reasons of CAI#118–124 are followed by
		// the 2023 changes, before the next section.
		await page.goto(localePath(locale, routes.article(ARTICLE)));
		const subscriptionErrors = 'subscription-errors-in-the-cpor-association-claim-flow';
		const supportNote = noteIn(subscriptionErrors, 'support-link-moved', 's-126', 'when-subscriptions-will-be-available-to-claim');
		await expect(supportNote).toContainText(t('facts.changedLater.support-link-moved'));
		await expect(supportNote.locator('xpath=ancestor::aside')).toContainText(t('facts.changedLater.heading'));
		await expect(
			noteIn(subscriptionErrors, 'already-claimed-dropped', 's-126', 'when-subscriptions-will-be-available-to-claim'),
		).toContainText(t('facts.changedLater.already-claimed-dropped'));

		// Manage customer associations: the dispute note stands at the start of the dispute section, before "30 days" (MCA#158).
		await page.goto(localePath(locale, routes.article('incentives-manage-customer-associations')));
		const disputeNote = noteIn('dispute-the-status-of-a-cpor-association-claim', 'dispute-statuses', 's-157', 's-158');
		await expect(disputeNote).toContainText(t('facts.changedLater.dispute-statuses'));
		await expect(disputeNote).toBeVisible();
		await expectNoAxeViolations(page);
	});
}

test('the English original has no translation notice', async ({ page }) => {
	await page.goto(articleUrl('root'));
	await expect(page.locator('.translation-notice')).toHaveCount(0);
	await expect(page.locator('.sxs-original')).toHaveCount(0);
});

for (const locale of translated) {
	const t = translatorFor(locale.lang);

	test(`${locale.lang}: the notice says it is machine-translated and links to the English page`, async ({ page }) => {
		await page.goto(articleUrl(locale.slug));
		const notice = page.locator('.translation-notice');
		await expect(notice).toContainText(t('site.article.machineTranslated'));
		await notice.getByRole('link', { name: t('site.article.readOriginal') }).click();
		await page.waitForURL(`**${articleUrl('root')}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});

	test(`${locale.lang}: the English original toggle works by keyboard, says what it will do, and is remembered`, async ({ page }) => {
		await page.goto(articleUrl(locale.slug));
		const toggle = page.locator('button.english-original-toggle');
		const firstOriginal = page.locator('.sl-heading-wrapper:has(> #domain-tenant-mismatch) + p .sxs-original').first();
		// Named apart from the link to the English page (#16): the link reads the page in English, the toggle shows the original.
		expect(t('site.article.showOriginal')).not.toBe(t('site.article.readOriginal'));
		await expect(toggle).toHaveAccessibleName(t('site.article.showOriginal'));
		await expect(firstOriginal).toBeHidden();

		await page.locator('.translation-notice a').focus();
		await page.keyboard.press('Tab');
		await expect(toggle).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(toggle).toHaveAccessibleName(t('site.article.hideOriginal'));
		await expect(firstOriginal).toBeVisible();
		await expect(firstOriginal).toHaveAttribute('lang', 'en');
		await expect(firstOriginal).toContainText('Claimed Partner of Record');
		await expectNoAxeViolations(page);

		// Remembered on the next page, in another language too.
		const other = translated.find((l) => l.slug !== locale.slug)!;
		await page.goto(articleUrl(other.slug));
		await expect(page.getByRole('button', { name: translatorFor(other.lang)('site.article.hideOriginal') })).toBeVisible();
		await expect(page.locator('.sxs-original').first()).toBeVisible();

		await page.keyboard.press('Tab'); // move focus into the page, then use Space on the toggle
		await page.getByRole('button', { name: translatorFor(other.lang)('site.article.hideOriginal') }).focus();
		await page.keyboard.press('Space');
		await expect(page.locator('.sxs-original').first()).toBeHidden();
		await expect(page.getByRole('button', { name: translatorFor(other.lang)('site.article.showOriginal') })).toBeFocused();
		await reloadWritten(page);
		await expect(page.locator('.sxs-original').first()).toBeHidden();
	});

	test(`${locale.lang}: the English originals are not in the page until the reader asks for them`, async ({ page }) => {
		const fragments: string[] = [];
		page.on('request', (request) => request.url().endsWith('/originals.json') && fragments.push(request.url()));
		await page.goto(articleUrl(locale.slug));
		await expect(page.locator('.sxs-original')).toHaveCount(0);
		expect(fragments).toEqual([]);
		await page.locator('button.english-original-toggle').click();
		await expect(page.locator('.sxs-original').first()).toBeVisible();
		expect(fragments).toHaveLength(1);
	});

	test(`${locale.lang}: switching language keeps the article section`, async ({ page }) => {
		await page.goto(`${articleUrl(locale.slug)}#which-mpn-do-i-choose`);
		await page.locator('header site-language-select select').selectOption({ label: 'English' });
		await page.waitForURL(`**${articleUrl('root')}#which-mpn-do-i-choose`);
		await expect(page.locator('#which-mpn-do-i-choose')).toBeInViewport();
	});
}

test('the English original toggle is there from the first paint, as the reader left it: the toggle does not change when its script starts', async ({
	page,
}) => {
	const t = translatorFor('ja');
	await page.addInitScript(([key]) => localStorage.setItem(key!, 'true'), [SHOW_ORIGINAL_STORAGE_KEY]);
	// A slow connection: the page is on screen, the originals' fragment is not there yet.
	const { release } = await holdRequests(page, /\/originals\.json$/);
	await page.goto(articleUrl('ja'));
	const toggle = page.locator('button.english-original-toggle');
	await expect(toggle).toBeVisible();
	await expect(toggle).toHaveAccessibleName(t('site.article.hideOriginal'));
	const pressedLook = await toggle.evaluate((button) => getComputedStyle(button).backgroundColor);
	const notice = await page.locator('.translation-notice').boundingBox();
	release();
	// The originals the reader left on arrive with their fragment (the text below the notice grows then).
	await expect(page.locator('.sxs-original').first()).toBeVisible();
	await expect(toggle).toHaveAccessibleName(t('site.article.hideOriginal'));
	expect(await toggle.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe(pressedLook);
	expect(pressedLook).not.toBe('rgba(0, 0, 0, 0)');
	expect(await page.locator('.translation-notice').boundingBox()).toEqual(notice);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the notice still links to the English page and no dead toggle is shown', async ({ page }) => {
		await page.goto(articleUrl('ja'));
		const t = translatorFor('ja');
		await expect(page.getByRole('link', { name: t('site.article.readOriginal') })).toHaveAttribute('href', articleUrl('root'));
		await expect(page.getByRole('button', { name: t('site.article.showOriginal') })).toHaveCount(0);
		await expect(page.locator('.sxs-original').first()).toBeHidden();
	});
});

test('the home page links to the article in every language', async ({ page }) => {
	for (const locale of locales) {
		await page.goto(localePrefix(locale));
		await expect(page.locator(`.sl-markdown-content a[href="${articleUrl(locale.slug)}"]`)).toBeVisible();
	}
});
