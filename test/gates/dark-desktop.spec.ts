/**
 * Quality gate: the dark theme at desktop width (#16). The every-page gate (`every-page.spec.ts`) runs axe in the dark
 * theme on a 320 px phone, where the sidebar, the table of contents and the header's pickers are folded away; here one
 * page of each template per script's locale (home, article, error reference and one error page, each tool, the sources page,
 * the page not found) is loaded at 1280 px in the dark theme and must have no axe-core WCAG 2.2 AA violation. The
 * templates are found by crawling `dist/`, so a new locale or page type is covered without touching this file.
 */
import type { Page } from '@playwright/test';
import { pathWithoutLocale } from '../../src/routes.ts';
import { expect, expectNoAxeViolations, test } from '../browser/fixtures.ts';
import { behaviourLocales } from '../support/behaviour-locales.ts';
import { builtPages, type BuiltPage } from '../support/built-pages.ts';

const DESKTOP = { width: 1280, height: 800 };

/** The template a page is built from: its path without the locale, with an article's or an error's name left out. */
function template(built: BuiltPage): string {
	if (built.kind === 'article') return 'article';
	if (built.kind === 'home') return 'home';
	if (built.kind === 'not-found') return 'not-found';
	return pathWithoutLocale(built.url).replace(/^errors\/[^/]+\/$/, 'errors/*/');
}

/** The article with the most on it (the tools beside its sections) stands for the articles. */
const SAMPLE_ARTICLE = 'incentives-customer-association-issues';

/**
 * The first page of each template in each locale of one script (`behaviourLocales`: en, ja, zh-TW, ko): German,
 * French and Simplified Chinese pages share their templates, style sheets and fonts, and the every-page gate checks
 * every page of them in the dark theme at 320 px.
 */
function samplePages(): BuiltPage[] {
	const seen = new Set<string>();
	const pages = builtPages({ includeNotFound: true }).filter((built) => behaviourLocales.includes(built.locale));
	const first = [...pages.filter((built) => built.article === SAMPLE_ARTICLE), ...pages];
	return first.filter((built) => {
		const key = `${built.locale.lang} ${template(built)}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Waits (up to 10 s) until the islands in view have started: Astro removes `ssr` from a hydrated `astro-island`. */
async function islandsStarted(page: Page): Promise<void> {
	await page
		.waitForFunction(
			() =>
				[...document.querySelectorAll('astro-island')]
					.filter((island) => island.getAttribute('client') !== 'visible')
					.every((island) => !island.hasAttribute('ssr')),
			undefined,
			{ timeout: 10_000 },
		)
		.catch(() => undefined); // measured as it is; the every-page gate reports a page that fails to start
}

for (const built of samplePages()) {
	test(`${built.url} (${built.locale.lang}, ${template(built)}) in the dark theme at ${DESKTOP.width} px`, async ({ sharedPage: page }) => {
		await page.setViewportSize(DESKTOP);
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(built.url);
		await islandsStarted(page);
		await expect(page.locator('html'), 'Starlight shows the dark theme').toHaveAttribute('data-theme', 'dark');
		await expectNoAxeViolations(page);
	});
}
