/**
 * What each page's style sheets carry (#19): the stylesheet every page loads holds the page frame and the search
 * button, not the styles of the search dialog (they come with its code, on the reader's intent) nor those of the tools
 * (linked once by the pages that show a tool). Each part is still styled where it appears, under the site's
 * Content-Security-Policy (the fixtures fail a test on any violation).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { dialog } from '../support/search-dialog.ts';

test.use({ viewport: { width: 1280, height: 800 } });

/**
 * The selectors of every style rule the document applies on screen: its style sheets' and the adopted ones', at any
 * depth, without the print style sheet and print rules (which hide the tools and the search from paper).
 */
function appliedSelectors(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const selectors: string[] = [];
		const walk = (rules: CSSRuleList) => {
			for (const rule of Array.from(rules)) {
				if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
				if (rule instanceof CSSMediaRule && /^print$/.test(rule.conditionText.trim())) continue;
				if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
			}
		};
		const sheets = [...Array.from(document.styleSheets), ...document.adoptedStyleSheets];
		for (const sheet of sheets) if (sheet.media.mediaText !== 'print') walk(sheet.cssRules);
		return selectors;
	});
}

/** Whether one of `selectors` names the class `className` itself (not `className-host`). */
const names = (selectors: readonly string[], className: string) =>
	selectors.some((selector) => new RegExp(`\\.${className}(?![\\w-])`).test(selector));

test('a page without a tool carries neither the tools’ nor the search dialog’s styles; the dialog brings its own', async ({ page }) => {
	for (const path of ['/', '/ja/errors/']) {
		await page.goto(path);
		await page.waitForLoadState('load');
		const before = await appliedSelectors(page);
		expect(names(before, 'site-search__button'), path).toBe(true);
		for (const className of ['site-search__results', 'claim-simulator', 'helper-box', 'helper-form'])
			expect(names(before, className), `${path}: .${className}`).toBe(false);
	}
	await page.locator('header .site-search__button').click();
	await expect(dialog(page)).toBeVisible();
	expect(names(await appliedSelectors(page), 'site-search__results')).toBe(true);
	// Styled: as wide as the dialog's own rule says (46rem at this width), not the browser's fit-to-content default.
	const width = await dialog(page).evaluate((element) => element.getBoundingClientRect().width);
	const rem = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
	expect(Math.round(width)).toBe(Math.round(46 * rem));
});

test('a tool’s styles are linked once by each page that shows it, and style the tool', async ({ page }) => {
	// The article shows the claim simulator beside several sections and both helpers.
	await page.goto('/incentives-customer-association-issues/');
	for (const file of ['claim-simulator', 'helpers'])
		await expect(page.locator(`link[rel="stylesheet"][href*="/${file}."]`), file).toHaveCount(1);
	const box = page.locator('.helper-box').first();
	await expect(box).toHaveCSS('border-top-style', 'solid');
	await page.goto('/claim-simulator/');
	await expect(page.locator('link[rel="stylesheet"][href*="/helpers."]')).toHaveCount(0);
	await expect(page.locator('.claim-simulator').first()).toHaveCSS('border-top-style', 'solid');
	await page.goto('/helpers/mpn/');
	await expect(page.locator('link[rel="stylesheet"][href*="/claim-simulator."]')).toHaveCount(0);
	await expect(page.locator('.helper-box').first()).toHaveCSS('border-top-style', 'solid');
});
