/**
 * The page frame on a desktop screen, as the HTML arrives. The browser may paint a frame before the whole
 * page is parsed (about one load in ten here); nothing on screen may move when the rest arrives.
 */
import type { Locator } from '@playwright/test';
import { localeOfPath } from '../../src/routes.ts';
import { messagesTranslator } from '../support/catalog-messages.ts';
import { expect, test } from './fixtures.ts';

test.use({ viewport: { width: 1280, height: 800 } });

test('German and French headings hyphenate by syllable; Japanese ones are left alone (break-k E2)', async ({ page }) => {
	for (const [path, expected] of [
		['/de/', 'auto'],
		['/fr/incentives-manage-customer-associations/', 'auto'],
		['/ja/', 'manual'],
	] as const) {
		await page.goto(path);
		expect(
			await page
				.locator('h1')
				.first()
				.evaluate((h1) => getComputedStyle(h1).hyphens),
			path,
		).toBe(expected);
	}
});

test('the table of contents keeps its place while the page’s content is still arriving', async ({ page }) => {
	// An error page: it has a table of contents, shown beside the content at this width.
	await page.goto('/errors/tenant-id-required/');
	const toc = page.locator('.right-sidebar');
	await expect(toc).toBeVisible();
	const settled = await toc.boundingBox();
	// Starlight's HTML has the table of contents before the content: a frame painted between the two has
	// it alone in its row. Take the content out to see that frame.
	await page.locator('.main-pane').evaluate((content) => content.remove());
	expect((await toc.boundingBox())?.x).toBe(settled?.x);
	expect(settled!.x).toBeGreaterThan(1280 / 2);
});

test('the header’s theme and language pickers are parsed together, so no frame shows one without the other', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
	await page.goto('/errors/tenant-id-required/');
	// A classic script stops the parser, and Chromium may paint there (about one load in two, measured by the bench's
	// layout-shift figure): the header then grew by the language picker's width when the rest arrived.
	const between = await page.locator('starlight-theme-select').evaluateAll((pickers) =>
		pickers.map((picker) => {
			const scripts: string[] = [];
			for (let next = picker.nextElementSibling; next && next.localName !== 'site-language-select'; next = next.nextElementSibling)
				if (next instanceof HTMLScriptElement && next.type !== 'module') scripts.push(next.outerHTML.slice(0, 80));
			return scripts;
		}),
	);
	expect(between.length, 'pickers in the header and the mobile menu').toBe(2);
	expect(between).toEqual([[], []]);
	// The theme picker still shows the reader's theme.
	await expect(page.locator('starlight-theme-select select').first()).toHaveValue('dark');
});

/** One line of the element's text: its height is under 1.6 line heights. */
async function isOneLine(locator: Locator): Promise<boolean> {
	return locator.evaluate((element) => {
		const style = getComputedStyle(element);
		const line = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.5;
		return (
			element.getBoundingClientRect().height - Number.parseFloat(style.paddingTop) - Number.parseFloat(style.paddingBottom) < line * 1.6
		);
	});
}

for (const prefix of ['/', '/ja/', '/zh-tw/']) {
	test.describe(`phones and CJK text (#16), ${prefix}`, () => {
		for (const width of [320, 390]) {
			test(`at ${width} px the header's search label stays on one line and the site title ends in an ellipsis`, async ({ page }) => {
				await page.setViewportSize({ width, height: 740 });
				await page.goto(`${prefix}incentives-customer-association-issues/`);
				const button = page.locator('header .site-search__button');
				await expect(button).toBeVisible();
				expect(await isOneLine(button), 'search button label on one line').toBe(true);
				const title = page.locator('header .site-title span').first();
				await expect(title).toHaveCSS('text-overflow', 'ellipsis');
				await expect(title).toHaveCSS('white-space', 'nowrap');
				const box = await button.boundingBox();
				expect(box!.x + box!.width, 'the search button is inside the screen').toBeLessThanOrEqual(width);
			});
		}

		test('at 390 px the article table stacks, every cell under its column’s name', async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(`${prefix}incentives-customer-association-issues/`);
			const table = page.locator('main .article-table').first();
			await expect(table.locator('td').first()).toHaveCSS('display', 'block');
			const label = await table.locator('td[data-label]').first().getAttribute('data-label');
			expect(label?.length).toBeGreaterThan(0);
			const before = await table
				.locator('td[data-label]')
				.first()
				.evaluate((cell) => getComputedStyle(cell, '::before').content);
			expect(before).toBe(JSON.stringify(label));
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		});

		test('at 1280 px the article table’s label columns keep their words whole', async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto(`${prefix}incentives-customer-association-issues/`);
			const table = page.locator('main .article-table').first();
			// Activity column: アクティビティ, 活動; its body cells 使用方式, プリセールス.
			const broken = await table.locator('thead th, tbody td:not(:last-child)').evaluateAll((cells) =>
				cells.flatMap((cell) => {
					// Each space-separated word, set on one line in the cell's font, fits the cell's content box.
					const inner =
						cell.clientWidth -
						Number.parseFloat(getComputedStyle(cell).paddingLeft) -
						Number.parseFloat(getComputedStyle(cell).paddingRight);
					return (cell as HTMLElement).innerText // the shown text: not the hidden English original
						.split(/\s+/)
						.filter(Boolean)
						.filter((word) => {
							const probe = document.createElement('span');
							probe.style.whiteSpace = 'nowrap';
							probe.textContent = word;
							cell.append(probe);
							const width = probe.getBoundingClientRect().width;
							probe.remove();
							return width > inner + 0.5;
						});
				}),
			);
			expect(broken, 'label words wider than their column (broken inside the word)').toEqual([]);
		});

		test('at 390 px the MPN helper puts each label above its field', async ({ page }) => {
			const t = messagesTranslator(localeOfPath(prefix).lang);
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(`${prefix}helpers/mpn/`);
			const helper = page.locator('[data-helper="mpn"]');
			await expect(helper).toHaveAttribute('data-ready', '');
			// No MPN row is shown before the reader adds one (#16): add the row to measure.
			await helper.getByRole('button', { name: t('helpers.mpn.list.add'), exact: true }).click();
			const fields = helper.locator('.helper-mpn-fields').first();
			await expect(fields).toBeVisible();
			const columns = await fields.evaluate((element) => getComputedStyle(element).gridTemplateColumns.split(' ').length);
			expect(columns).toBe(1);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		});
	});
}

test('in forced colours the search button’s magnifier and the disclosures’ chevrons stay visible (break-l L5)', async ({ page }) => {
	await page.emulateMedia({ forcedColors: 'active' });
	await page.goto('/claim-lifecycle/');
	const search = page.locator('.site-search__button');
	const others = page.locator('.lc-others > summary');
	await expect(search).toBeVisible();
	await expect(others).toBeVisible();
	/** The element's pixels, then with its icon (the `::before`, drawn through a mask) hidden: they differ if the icon shows. */
	const iconShows = async (element: Locator) => {
		const drawn = await element.screenshot({ animations: 'disabled' });
		await element.evaluate((node) => node.setAttribute('data-icon-hidden', ''));
		const hidden = await element.screenshot({ animations: 'disabled' });
		await element.evaluate((node) => node.removeAttribute('data-icon-hidden'));
		return !drawn.equals(hidden);
	};
	// Through the CSS object model (the page's Content-Security-Policy refuses a <style> element), in a screen style sheet.
	await page.evaluate(() =>
		[...document.styleSheets]
			.find((sheet) => sheet.media.mediaText === '')
			?.insertRule('[data-icon-hidden]::before { visibility: hidden !important; }'),
	);
	expect(await iconShows(search), 'the magnifier').toBe(true);
	expect(await iconShows(others), 'the chevron of “Events not possible now”').toBe(true);
});
