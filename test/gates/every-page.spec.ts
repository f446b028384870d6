/**
 * Quality gate: every page of the build, in every locale, found by crawling `dist/` (so a new article or
 * locale is covered without touching this file). One test per page, so Playwright spreads the pages
 * over its workers, and one load per view. Per page:
 * - at desktop width in the light theme: served with 200, and no console error, page error, failed request or
 *   Content-Security-Policy violation (the auto fixture); `<html lang>` is the language of the locale its URL
 *   prefix names (`src/i18n/locales.ts`); every same-origin `a[href]` (cross-locale ones included) points to a
 *   file the build produced, and every `#fragment` to an element with that `id` (or an `<a name>`) in that file's
 *   HTML; no axe-core WCAG 2.2 AA violation;
 * - reloaded on the narrowest phone (320 CSS px wide) in the dark theme (Starlight's `data-theme="dark"`, which it
 *   sets from `prefers-color-scheme` when the reader has not picked a theme): no horizontal scroll
 *   (`document.documentElement.scrollWidth` at most its `clientWidth` once the page's islands have started; the
 *   failure names the elements that reach past the right edge), and no axe-core violation in the dark theme.
 *   Both axe runs cover every page but the error pages of the other locales, where they cover the first one only:
 *   an error page differs from the others of its locale only in its words, never in its markup, labels or style
 *   sheet, and the English ones are all covered (182 of the 287 pages are error pages; this keeps `npm test` within
 *   its time with seven locales). Every page still gets every other check.
 * - loaded with JavaScript off (a second browser context per worker, also reused page after page), the page works
 *   for a reader without JavaScript: its `main` has readable text and a visible, non-empty `h1`; no text of `main`
 *   that the reader with JavaScript sees (the desktop load above, compared element by element) is hidden (text that
 *   scripts add is an enhancement and not compared); no `.noscript-note` shows when JavaScript runs; every island
 *   follows the island convention (`test/support/no-javascript.ts`: its own content, or a visible note beside it,
 *   and no dead control); on a translated page, the translation notice's link to the English page is visible and
 *   leads to a built English page, while the English-original toggle (a button that needs JavaScript) is not shown.
 *   (This was a gate of its own, which loaded every page twice more: once with JavaScript off, once on.)
 * Plus `404.html`: what any unknown URL, under every locale prefix, is answered with (status 404), and
 * the same page checks on it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { readCatalogs } from '../../src/i18n/catalog-files.ts';
import { defaultLocale } from '../../src/i18n/locales.ts';
import { localePrefix, pathWithoutLocale } from '../../src/routes.ts';
import { expect, expectNoAxeViolations, test } from '../browser/fixtures.ts';
import {
	builtPages,
	DIST_DIR,
	distFiles,
	fragmentResolves,
	fragmentTargetsOfFile,
	localeOfUrl,
	NOT_FOUND_FILE,
	resolveUrlPath,
	type BuiltPage,
} from '../support/built-pages.ts';
import { hiddenWithoutJavaScript, islands, mainTextElements, visibleCount, type TextElement } from '../support/no-javascript.ts';

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

/**
 * The desktop, light-theme half of a page's checks, on the page just loaded with JavaScript on. Returns the texts
 * of `main` as that reader gets them, read before anything else runs in the page (for the no-JavaScript half).
 */
async function checkPage(page: Page, built: BuiltPage, baseURL: string | undefined): Promise<TextElement[]> {
	const withJs = await mainTextElements(page);
	await expect
		.soft(page.locator('html'), `<html lang> is the language of ${localePrefix(built.locale)}`)
		.toHaveAttribute('lang', built.locale.lang);
	const origin = new URL(baseURL ?? page.url()).origin;
	expect.soft(await brokenInternalLinks(page, origin), 'internal links to pages or anchors the build does not have').toEqual([]);
	expect.soft(await visibleCount(page.locator('.noscript-note')), 'visible .noscript-note with JavaScript on').toBe(0);
	if (axeChecked(built)) await expectNoAxeViolations(page);
	return withJs;
}

/** The no-JavaScript half of a page's checks, on the worker's page with JavaScript off (see the header). */
async function checkWithoutJavaScript(page: Page, built: BuiltPage, withJs: readonly TextElement[]): Promise<void> {
	await page.goto(built.url);

	await test.step('without JavaScript: main text is readable', async () => {
		const main = page.locator('main');
		await expect(main).toBeVisible();
		expect((await main.innerText()).trim(), 'text of main').not.toBe('');
		await expect.soft(main.locator('h1').first()).toBeVisible();
		expect.soft((await main.locator('h1').first().innerText()).trim(), 'text of the h1').not.toBe('');
	});

	await test.step('without JavaScript: no text of main is hidden that shows with JavaScript', async () => {
		const hidden = hiddenWithoutJavaScript(await mainTextElements(page), withJs);
		expect.soft(hidden, 'content hidden without JavaScript but shown with it').toEqual([]);
	});

	await test.step('without JavaScript: every island shows its content or a noscript note', async () => {
		const found = await islands(page);
		const bad = found
			.filter((island) => !island.hasVisibleContent && island.note === '')
			.map((island) => `${island.name}: shows nothing without JavaScript and has no visible .noscript-note beside it`);
		expect.soft(bad, 'islands that leave a reader without JavaScript with nothing').toEqual([]);
		const dead = found.filter((island) => island.controls > 0).map((island) => `${island.name}: ${island.controls} controls`);
		expect.soft(dead, 'islands that show controls without JavaScript (they do nothing)').toEqual([]);
	});

	await test.step('without JavaScript: the translation notice’s English link shows, the English-original toggle does not', async () => {
		const notice = page.locator('.translation-notice');
		if ((await notice.count()) === 0) return;
		await expect.soft(page.locator('button.english-original-toggle')).toBeHidden();
		const englishLink = notice.locator('a[href][hreflang="en"]');
		await expect.soft(englishLink.first(), 'the link to the English page').toBeVisible();
		const href = await englishLink.first().getAttribute('href');
		const target = new URL(href ?? '', page.url());
		expect.soft(resolveUrlPath(target.pathname, files), `${href} is a built page`).toBeDefined();
		expect.soft(localeOfUrl(target.pathname).lang, `${href} is an English page`).toBe(defaultLocale.lang);
	});
}

/** The narrowest phone screens in use (iPhone SE 1st generation, small Android phones). */
const PHONE_WIDTH = 320;
const DESKTOP = { width: 1280, height: 720 };

/** The elements (as `tag.class#id`, with their right edge) that reach past the viewport's right edge, outermost first. */
function overflowingElements(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const limit = document.documentElement.clientWidth;
		const found: string[] = [];
		for (const element of document.body.querySelectorAll('*')) {
			const box = element.getBoundingClientRect();
			if (box.width === 0 || box.right <= limit + 0.5) continue;
			// The outermost element that reaches past the edge names the place; its descendants add nothing.
			if (element.parentElement?.closest('[data-overflow-reported]')) continue;
			element.setAttribute('data-overflow-reported', '');
			const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
				typeof element.className === 'string' && element.className.trim() ? `.${element.className.trim().split(/\s+/).join('.')}` : ''
			}`;
			found.push(
				`${name} (right edge ${Math.round(box.right)} px): "${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}"`,
			);
			if (found.length >= 8) break;
		}
		return found;
	});
}

/**
 * Waits (up to 10 s) until every island on the page that can start has started: Astro removes `ssr` from a hydrated
 * `astro-island`. A `client:visible` island starts once one of its children comes within its `rootMargin` of the
 * screen (Astro's IntersectionObserver); one below the fold, or folded in a closed `<details>`, stays server-rendered
 * and is measured as it is, without waiting out the 10 s for it (seven article pages have such islands).
 */
async function islandsStarted(page: Page): Promise<void> {
	await page
		.waitForFunction(
			() =>
				[...document.querySelectorAll('astro-island[ssr]')].every((island) => {
					if (island.getAttribute('client') !== 'visible') return false;
					let margin = 0;
					try {
						const options = JSON.parse(island.getAttribute('opts') ?? '{}') as { value?: { rootMargin?: string } };
						margin = Number.parseFloat(options.value?.rootMargin ?? '0') || 0;
					} catch {
						// no margin
					}
					const couldStart = [...island.children].some((child) => {
						const box = child.getBoundingClientRect();
						return (
							child.checkVisibility() &&
							box.bottom >= -margin &&
							box.top <= innerHeight + margin &&
							box.right >= -margin &&
							box.left <= innerWidth + margin
						);
					});
					return !couldStart;
				}),
			undefined,
			{ timeout: 10_000 },
		)
		.catch(() => undefined); // an island that never starts is measured as it is (its own failure shows in the logs)
}

/** The first error page of each locale; the others of that locale share its template (see the header). */
const isErrorPage = (built: BuiltPage): boolean => /^errors\/[^/]+\/$/.test(pathWithoutLocale(built.url));
const firstErrorPages = new Set<string>();
const localesSeen = new Set<string>();
for (const built of builtPages().filter(isErrorPage)) {
	if (localesSeen.has(built.locale.lang)) continue;
	localesSeen.add(built.locale.lang);
	firstErrorPages.add(built.url);
}
const axeChecked = (built: BuiltPage): boolean => built.locale === defaultLocale || !isErrorPage(built) || firstErrorPages.has(built.url);

/** The phone and dark-theme half of a page's checks: reloads it at 320 px in the dark theme. */
async function checkPhoneDark(page: Page, built: BuiltPage): Promise<void> {
	await page.setViewportSize({ width: PHONE_WIDTH, height: 640 });
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.reload();
	await islandsStarted(page);
	await expect.soft(page.locator('html'), 'Starlight shows the dark theme').toHaveAttribute('data-theme', 'dark');
	const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
	if (width.scroll > width.client) {
		expect.soft(await overflowingElements(page), `${built.url} scrolls sideways (${width.scroll} > ${width.client} px)`).toEqual([]);
	}
	expect.soft(width.scroll, `${built.url}: documentElement.scrollWidth at ${PHONE_WIDTH} px`).toBeLessThanOrEqual(width.client);
	if (axeChecked(built)) await expectNoAxeViolations(page);
}

// Two browser contexts per worker, JavaScript on (`sharedPage`) and off (`sharedNoJsPage`), reused page after page:
// the gate only loads and reads.
for (const built of builtPages()) {
	test(`${built.url} (${built.locale.lang}, ${built.kind})`, async ({ sharedPage: page, sharedNoJsPage: noJsPage, baseURL }) => {
		await page.setViewportSize(DESKTOP);
		await page.emulateMedia({ colorScheme: 'light' });
		const response = await page.goto(built.url);
		expect(response?.status(), `${built.url} is served`).toBe(200);
		const withJs = await checkPage(page, built, baseURL);
		await checkPhoneDark(page, built);
		await checkWithoutJavaScript(noJsPage, built, withJs);
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

	test(`${NOT_FOUND_FILE} itself passes the page checks`, async ({ sharedPage: page, sharedNoJsPage: noJsPage, baseURL }) => {
		test.skip(!notFound, `${NOT_FOUND_FILE} is not built`);
		await page.setViewportSize(DESKTOP);
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(notFound!.url);
		const withJs = await checkPage(page, notFound!, baseURL);
		await checkPhoneDark(page, notFound!);
		await checkWithoutJavaScript(noJsPage, notFound!, withJs);
	});

	test(`${NOT_FOUND_FILE} says the English catalog's not-found text and the site title`, async ({ sharedPage: page }) => {
		test.skip(!notFound, `${NOT_FOUND_FILE} is not built`);
		const english = readCatalogs().messages('en');
		await page.goto(notFound!.url);
		await expect(page.locator('main')).toContainText(english['site.notFound.text']);
		await expect(page.locator('header .site-title')).toContainText(english['site.title']);
	});
});
