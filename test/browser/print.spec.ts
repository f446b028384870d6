/**
 * Printing (#16, `src/styles/print.css`): a page prints as its text. Chromium's own PDF output, on A4: the
 * troubleshooting article fits on three pages in every locale (seven before), no control or site chrome is visible in
 * print media, the addresses of links that leave the page are printed after them, and error and tool pages print
 * without the tools' controls (the IDs' copy buttons included), a tool page with a note that its tool works on screen
 * at the page's address.
 */
import type { Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { localePath, routes } from '../../src/routes.ts';
import { messagesTranslator } from '../support/catalog-messages.ts';
import { expect, test } from './fixtures.ts';

const ARTICLE = 'incentives-customer-association-issues';
const MAX_ARTICLE_PAGES = 3;

/** The number of pages of the PDF Chromium prints the page to, on A4 with the page's own margins. */
async function printedPages(page: Page): Promise<number> {
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	// One `/Type /Page` dictionary per page (`/Type /Pages` is the page tree).
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/**
 * What a reader would take for a control or the site's chrome and that shows in print media: form controls, buttons,
 * the header, sidebars, search, the language and theme pickers, the tools, the heading anchor links.
 */
async function visibleControls(page: Page): Promise<string[]> {
	await page.emulateMedia({ media: 'print' });
	return page.evaluate(() => {
		const selector = [
			'button',
			'input',
			'select',
			'textarea',
			'form',
			'dialog',
			'[role="button"]',
			'.page > .header',
			'nav.sidebar',
			'.right-sidebar',
			'site-search',
			'starlight-lang-select',
			'starlight-theme-select',
			'.claim-simulator-host',
			'.helper-box',
			'.lc-island',
			'.sl-anchor-link',
		].join(', ');
		return [...document.querySelectorAll(selector)]
			.filter((element) => {
				const box = element.getBoundingClientRect();
				return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
			})
			.map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
	});
}

/** What the print sheet writes after a link (`::after`), `none` if nothing. */
const afterContent = (page: Page, selector: string): Promise<string> =>
	page
		.locator(selector)
		.first()
		.evaluate((link) => getComputedStyle(link, '::after').content);

for (const locale of locales) {
	test(`${locale.lang}: the troubleshooting article prints on at most ${MAX_ARTICLE_PAGES} A4 pages, with no control`, async ({ page }) => {
		await page.goto(localePath(locale, routes.article(ARTICLE)));
		await expect(page.locator('main .sl-markdown-content')).toBeVisible();
		expect(await visibleControls(page), 'controls and chrome visible in print').toEqual([]);
		expect(await printedPages(page), 'A4 pages').toBeLessThanOrEqual(MAX_ARTICLE_PAGES);
	});
}

test('a printed article gives the address of each link that leaves the page, not of anchors within it', async ({ page }) => {
	await page.goto(
		localePath(
			locales.find((locale) => locale.lang === 'ja')!,
			routes.article(ARTICLE),
		),
	);
	await page.emulateMedia({ media: 'print' });
	const external = page.locator('.sl-markdown-content a[href^="https://"]').first();
	const href = await external.getAttribute('href');
	expect(await afterContent(page, '.sl-markdown-content a[href^="https://"]')).toBe(`" (${href})"`);
	const internal = await page.locator('.sl-markdown-content a[href^="/"]').first().getAttribute('href');
	expect(await afterContent(page, '.sl-markdown-content a[href^="/"]')).toBe(`" (${internal})"`);
	const inPage = await page
		.locator('main a[href^="#"]')
		.evaluateAll((links) => links.map((link) => getComputedStyle(link, '::after').content).filter((content) => content.includes('(')));
	expect(inPage, 'addresses printed after links within the page').toEqual([]);
	// Nothing cut off: the table is laid out in the flow, inside the printed width.
	const table = page.locator('.sl-markdown-content table').first();
	await expect(table).toHaveCSS('display', 'table');
	const widths = await table.evaluate((element) => ({ table: element.scrollWidth, content: element.parentElement!.clientWidth }));
	expect(widths.table).toBeLessThanOrEqual(widths.content);
	// A heading stays with the text that follows it.
	await expect(page.locator('.sl-markdown-content h2').first()).toHaveCSS('break-after', 'avoid');
});

test('a printed article shows the English originals when the reader has them on', async ({ page }) => {
	await page.goto(
		localePath(
			locales.find((locale) => locale.lang === 'ja')!,
			routes.article(ARTICLE),
		),
	);
	await page.locator('button.english-original-toggle').click();
	await expect(page.locator('.sxs-original').first()).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.sxs-original').first()).toBeVisible();
	await expect(page.locator('button.english-original-toggle')).toBeHidden();
});

for (const lang of ['en', 'ja']) {
	const locale = locales.find((candidate) => candidate.lang === lang)!;
	const pages = {
		'an error page': routes.error('subscription-is-csp'),
		'the simulator page': routes.simulator(),
		'the lifecycle page': routes.lifecycle(),
		'the activity helper page': routes.helper('activity'),
	};
	for (const [name, path] of Object.entries(pages)) {
		const tool = path !== pages['an error page'];
		test(`${lang}: ${name} prints its text without the tools' controls${tool ? ', saying where the tool works' : ''}`, async ({ page }) => {
			await page.goto(localePath(locale, path));
			await expect(page.locator('main h1')).toBeVisible();
			// The lifecycle writes its submission date to the query once it runs: printed after that, as a reader would.
			if (path === pages['the lifecycle page']) await expect(page).toHaveURL(/[?&]submitted=/);
			// On paper, a tool page says its tool works on screen, and at which address; on screen the note is not shown.
			const note = page.locator('main .print-tool-note');
			await expect(note).toHaveCount(tool ? 1 : 0);
			if (tool) await expect(note).toBeHidden();
			expect(await visibleControls(page), 'controls and chrome visible in print').toEqual([]);
			await expect(page.locator('main h1')).toBeVisible();
			if (tool) {
				const address = await page.locator('link[rel="canonical"]').getAttribute('href');
				expect(address, "the page's address").toMatch(new RegExp(`^https?://[^/]+${localePath(locale, path)}$`));
				await expect(note).toBeVisible();
				// With the state the tool keeps in the query, if any (the lifecycle writes its submission date at once).
				const query = new URL(page.url()).search;
				await expect(note).toHaveText(messagesTranslator(lang)('site.print.toolNote', { address: address! + query }));
			}
			expect(await printedPages(page)).toBeGreaterThan(0);
		});
	}
}

for (const lang of ['en', 'ja']) {
	const locale = locales.find((candidate) => candidate.lang === lang)!;
	test(`${lang}: a printed lifecycle gives the address that restores its timeline, on the public origin, on one line of paper`, async ({
		page,
	}) => {
		await page.goto(localePath(locale, routes.lifecycle()));
		const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
		await page.locator('button[data-event="start-review"]').click();
		const current = page.locator('.lc-timeline > li[aria-current="step"]');
		await expect(current).toHaveAttribute('data-status', 'under-review');
		// The lifecycle writes its timeline to the query (`?events=…`): that query is what the printed address carries.
		await expect(page).toHaveURL(/[?&]events=/);
		const query = new URL(page.url()).search;
		await page.emulateMedia({ media: 'print' });
		const note = page.locator('main .print-tool-note');
		await expect(note).toHaveText(messagesTranslator(lang)('site.print.toolNote', { address: canonical + query }));
		const overflow = await note.evaluate((element) => element.scrollWidth - element.clientWidth);
		expect(overflow, 'the address runs off the paper').toBeLessThanOrEqual(0);
		// A later event, printed again: the newer address.
		await page.emulateMedia({ media: 'screen' });
		await page.locator('button[data-event="approve"]').click();
		await expect(current).toHaveAttribute('data-status', 'approved');
		const later = new URL(page.url()).search;
		expect(later).not.toBe(query);
		await page.emulateMedia({ media: 'print' });
		await expect(note).toHaveText(messagesTranslator(lang)('site.print.toolNote', { address: canonical + later }));
	});
}

test('ja: the page not found prints its links, not the site', async ({ page }) => {
	// Served as `/ja/404/` (the default locale's is Starlight's `/404.html`, answered with HTTP 404).
	await page.goto(
		localePath(
			locales.find((locale) => locale.lang === 'ja')!,
			routes.notFound(),
		),
	);
	expect(await visibleControls(page), 'controls and chrome visible in print').toEqual([]);
	await expect(page.locator('main .not-found-links a').first()).toBeVisible();
});
