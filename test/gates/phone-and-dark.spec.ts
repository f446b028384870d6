/**
 * Quality gate: every built page (and every `404.html`), in every locale, on the narrowest phone (320 CSS px wide)
 * in dark mode. One page load per page, then:
 * - no horizontal scroll: `document.documentElement.scrollWidth` is at most its `clientWidth` once the page's
 *   islands have started (the failure names the elements that reach past the right edge);
 * - no axe-core WCAG 2.2 AA violation in Starlight's dark theme (`data-theme="dark"` on `<html>`, which Starlight
 *   sets from `prefers-color-scheme` when the reader has not picked a theme).
 * The light theme at desktop width is `every-page.spec.ts`'s.
 */
import type { Browser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test as base, type ProblemLog } from '../browser/fixtures.ts';
import { builtPages } from '../support/built-pages.ts';

/** The narrowest phone screens in use (iPhone SE 1st generation, small Android phones). */
export const PHONE_WIDTH = 320;

/** A page of the worker's own context (320 × 640, dark colour scheme), reused page after page. */
const test = base.extend<object, { phoneDarkPage: Page }>({
	phoneDarkPage: [
		async ({ browser, problemLog }: { browser: Browser; problemLog: ProblemLog }, use) => {
			const baseURL = process.env['SITE_URL']; // set by the browser tests' global setup
			const context = await browser.newContext({
				...(baseURL ? { baseURL } : {}),
				viewport: { width: PHONE_WIDTH, height: 640 },
				colorScheme: 'dark',
			});
			const page = await context.newPage();
			await problemLog.watch(page);
			await use(page);
			await context.close();
		},
		{ scope: 'worker' },
	],
});

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

/** Waits (up to 10 s) until every island on the page has started: Astro removes `ssr` from a hydrated `astro-island`. */
async function islandsStarted(page: Page): Promise<void> {
	await page
		.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')), undefined, {
			timeout: 10_000,
		})
		.catch(() => undefined); // a client:visible island below the fold stays server-rendered: measured as it is
}

for (const built of builtPages({ includeNotFound: true })) {
	test(`${built.url} at ${PHONE_WIDTH} px, dark (${built.locale.lang})`, async ({ phoneDarkPage: page }) => {
		const response = await page.goto(built.url);
		expect(response?.status(), `${built.url} is served`).toBe(200);
		await islandsStarted(page);
		await expect.soft(page.locator('html'), 'Starlight shows the dark theme').toHaveAttribute('data-theme', 'dark');
		const width = await page.evaluate(() => ({
			scroll: document.documentElement.scrollWidth,
			client: document.documentElement.clientWidth,
		}));
		if (width.scroll > width.client) {
			expect.soft(await overflowingElements(page), `${built.url} scrolls sideways (${width.scroll} > ${width.client} px)`).toEqual([]);
		}
		expect.soft(width.scroll, `${built.url}: documentElement.scrollWidth at ${PHONE_WIDTH} px`).toBeLessThanOrEqual(width.client);
		await expectNoAxeViolations(page);
	});
}
