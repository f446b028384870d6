import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogs } from '../../src/i18n/catalog-files.ts';
import { locales } from '../../src/i18n/locales.ts';
import { localePath, localePrefix, routes } from '../../src/routes.ts';
import { DIST_DIR } from '../support/built-pages.ts';
import { expect, test } from './fixtures.ts';

const catalogs = readCatalogs();
const homeTitles: Record<string, string> = Object.fromEntries(
	locales.map((locale) => [locale.lang, catalogs.messages(locale.lang)['site.home.title']]),
);

// No axe run here: the every-page gate (`test/gates/every-page.spec.ts`) runs axe on every locale's home page, as
// loaded, at desktop width in the light theme and at 320 px in the dark theme.
for (const locale of locales) {
	test.describe(`home page in ${locale.lang}`, () => {
		test('has the language, title and a language picker on the current language', async ({ page }) => {
			await page.goto(localePrefix(locale));
			await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
			await expect(page).toHaveTitle(new RegExp(`^${homeTitles[locale.lang]}`));
			await expect(page.locator('h1')).toHaveText(homeTitles[locale.lang]!);
			const picker = page.locator('header site-language-select select');
			await expect(picker).toBeVisible();
			await expect(picker.locator('option')).toHaveText(locales.map((l) => l.label));
			await expect(picker).toHaveValue(localePrefix(locale));
		});
	});
}

test.describe('language picker', () => {
	for (const [from, to] of [
		['root', 'ja'],
		['ja', 'zh-tw'],
		['zh-tw', 'root'],
	] as const) {
		test(`keeps the section when switching from ${from} to ${to}`, async ({ page }) => {
			const source = locales.find((l) => l.slug === from)!;
			const target = locales.find((l) => l.slug === to)!;
			await page.goto(`${localePrefix(source)}#sources-and-license`);
			await page.locator('header site-language-select select').selectOption({ label: target.label });
			await page.waitForURL(`**${localePrefix(target)}#sources-and-license`);
			await expect(page.locator('html')).toHaveAttribute('lang', target.lang);
			await expect(page.locator('#sources-and-license')).toBeInViewport();
		});
	}

	test('is usable with the keyboard alone', async ({ page }) => {
		await page.goto('/#languages');
		const picker = page.locator('header site-language-select select');
		await picker.focus();
		await expect(picker).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await page.waitForURL('**/ja/#languages');
		await expect(page.locator('#languages')).toBeInViewport();
	});
});

/** Where a locale's page-not-found page is served: Starlight's `/404.html` for the default locale, `/ja/404/` for the others. */
const notFoundUrl = (locale: (typeof locales)[number]): string =>
	localePrefix(locale) === '/' ? '/404.html' : localePath(locale, routes.notFound());

for (const locale of locales) {
	test(`${locale.lang}: the page-not-found page speaks the language, links home, to the error reference and says how to search; its language menu offers the home pages (#16)`, async ({
		page,
	}) => {
		const messages = catalogs.messages(locale.lang);
		await page.goto(notFoundUrl(locale));
		await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
		await expect(page.locator('header .site-title')).toContainText(messages['site.title']);
		const main = page.locator('main');
		await expect(main).toContainText(messages['site.notFound.text']);
		await expect(main).toContainText(messages['site.notFound.search']);
		const links = main.getByRole('navigation', { name: messages['site.notFound.linksLabel'] }).getByRole('link');
		await expect(links).toHaveText([messages['site.sidebar.home'], messages['errors.title']]);
		expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual([
			localePath(locale, routes.home()),
			localePath(locale, routes.errors()),
		]);
		const options = page.locator('header site-language-select select option');
		expect(await options.evaluateAll((all) => all.map((option) => (option as HTMLOptionElement).value))).toEqual(
			locales.map((other) => localePrefix(other)),
		);
		await expect(page.locator('header site-language-select select')).toHaveValue(localePrefix(locale));
		// Not a page to index, nor the canonical of an address (break-l L8: the English one had no noindex).
		await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await expect(page.locator('head link[rel="canonical"]')).toHaveCount(0);
	});
}

test('static hosts answer an unknown URL under a locale with that locale’s page-not-found page: Netlify’s _redirects and Cloudflare’s nearest 404.html (#16)', async ({
	page,
}) => {
	const redirects = readFileSync(join(DIST_DIR, '_redirects'), 'utf8').trim().split('\n');
	const prefixed = locales.filter((locale) => localePrefix(locale) !== '/');
	expect(redirects).toEqual(prefixed.map((locale) => `${localePrefix(locale)}* ${notFoundUrl(locale)} 404`));
	for (const locale of prefixed) {
		await page.goto(`${localePrefix(locale)}404.html`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
		await expect(page.locator('main')).toContainText(catalogs.messages(locale.lang)['site.notFound.text']);
	}
});
