/**
 * Quality gate: every page of the build, in every locale, found by crawling `dist/` (so a new article or
 * locale is covered without touching this file). One test per page, so Playwright spreads the pages
 * over its workers. Per page:
 * - served with 200, and no console error, page error, failed request or Content-Security-Policy
 *   violation (the auto fixture);
 * - `<html lang>` is the language of the locale its URL prefix names (`src/i18n/locales.ts`);
 * - every same-origin `a[href]` (cross-locale ones included) points to a file the build produced, and
 *   every `#fragment` to an element with that `id` (or an `<a name>`) in that file's HTML;
 * - no axe-core WCAG 2.2 AA violation.
 * Plus `404.html`: what any unknown URL, under every locale prefix, is answered with (status 404), and
 * the same page checks on it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { readCatalogs } from '../../src/i18n/catalog-files.ts';
import { localePrefix } from '../../src/routes.ts';
import { expect, expectNoAxeViolations, test } from '../browser/fixtures.ts';
import {
	builtPages,
	DIST_DIR,
	distFiles,
	fragmentResolves,
	fragmentTargetsOfFile,
	NOT_FOUND_FILE,
	resolveUrlPath,
	type BuiltPage,
} from '../support/built-pages.ts';

const files = new Set(distFiles());

interface PageLink {
	href: string;
	raw: string;
	text: string;
}

/** Every same-origin link of the page that does not land on a built file or on an existing fragment. */
async function brokenInternalLinks(page: Page, origin: string): Promise<string[]> {
	const links = await page.locator('a[href]').evaluateAll((anchors) =>
		anchors.map((anchor): PageLink => ({
			href: (anchor as HTMLAnchorElement).href,
			raw: anchor.getAttribute('href') ?? '',
			text: (anchor.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
		})),
	);
	const broken: string[] = [];
	const checked = new Set<string>();
	for (const link of links) {
		let url: URL;
		try {
			url = new URL(link.href);
		} catch {
			broken.push(`"${link.raw}" ("${link.text}"): not a valid URL`);
			continue;
		}
		if (url.origin !== origin) continue; // other sites, mailto:, javascript: …
		if (checked.has(url.href)) continue;
		checked.add(url.href);
		const target = resolveUrlPath(url.pathname, files);
		if (!target) {
			broken.push(`"${link.raw}" ("${link.text}"): nothing built at ${url.pathname}`);
			continue;
		}
		const fragment = url.hash.slice(1);
		if (url.hash === '' || !target.endsWith('.html')) continue;
		if (!fragmentResolves(fragment, fragmentTargetsOfFile(target))) {
			broken.push(`"${link.raw}" ("${link.text}"): no id or a[name] "${fragment}" in ${target}`);
		}
	}
	return broken;
}

async function checkPage(page: Page, built: BuiltPage, baseURL: string | undefined): Promise<void> {
	await expect
		.soft(page.locator('html'), `<html lang> is the language of ${localePrefix(built.locale)}`)
		.toHaveAttribute('lang', built.locale.lang);
	const origin = new URL(baseURL ?? page.url()).origin;
	expect.soft(await brokenInternalLinks(page, origin), 'internal links to pages or anchors the build does not have').toEqual([]);
	await expectNoAxeViolations(page);
}

// One browser context per worker (`sharedPage`), reused page after page: the gate only loads and reads.
for (const built of builtPages()) {
	test(`${built.url} (${built.locale.lang}, ${built.kind})`, async ({ sharedPage: page, baseURL }) => {
		const response = await page.goto(built.url);
		expect(response?.status(), `${built.url} is served`).toBe(200);
		await checkPage(page, built, baseURL);
	});
}

test.describe('the 404 page', () => {
	const notFound = builtPages({ includeNotFound: true }).find((built) => built.file === NOT_FOUND_FILE);

	test('answers unknown URLs under every locale prefix, with status 404 and its built content', async ({ request }) => {
		expect(notFound, `${NOT_FOUND_FILE} is built`).toBeDefined();
		const content = readFileSync(join(DIST_DIR, NOT_FOUND_FILE), 'utf8');
		for (const locale of locales) {
			for (const missing of ['no-such-page/', 'no-such-page', 'no/such/page.html']) {
				const url = `${localePrefix(locale)}${missing}`;
				const response = await request.get(url, { maxRedirects: 0 });
				expect.soft(response.status(), `status of ${url}`).toBe(404);
				expect.soft(await response.text(), `body of ${url} is ${NOT_FOUND_FILE}`).toBe(content);
			}
		}
	});

	test(`${NOT_FOUND_FILE} itself passes the page checks`, async ({ sharedPage: page, baseURL }) => {
		test.skip(!notFound, `${NOT_FOUND_FILE} is not built`);
		await page.goto(notFound!.url);
		await checkPage(page, notFound!, baseURL);
	});

	test(`${NOT_FOUND_FILE} says the English catalog's not-found text and the site title`, async ({ sharedPage: page }) => {
		test.skip(!notFound, `${NOT_FOUND_FILE} is not built`);
		const english = readCatalogs().messages('en');
		await page.goto(notFound!.url);
		await expect(page.locator('main')).toContainText(english['site.notFound.text']);
		await expect(page.locator('header .site-title')).toContainText(english['site.title']);
	});
});
