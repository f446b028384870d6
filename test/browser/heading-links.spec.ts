/**
 * Heading anchor links on article pages (#16, `src/article/heading-links.ts`): every section and subsection heading of
 * an article has a link to itself, named in the reader's language, shown on hover and on keyboard focus, reached with
 * Tab, and putting the section's address in the URL.
 */
import type { Locator, Page } from '@playwright/test';
import { localePath, routes } from '../../src/routes.ts';
import { behaviourLocales as locales } from '../support/behaviour-locales.ts';
import { messagesTranslator } from '../support/catalog-messages.ts';
import { expect, test } from './fixtures.ts';

test.use({ viewport: { width: 1280, height: 800 } });

const ARTICLE = 'incentives-customer-association-issues';

/** Presses Tab until `target` has the focus (keyboard only; at most `limit` presses). */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
	}
	throw new Error(`Tab never reached ${target}`);
}

for (const locale of locales) {
	const t = messagesTranslator(locale.lang);

	test(`${locale.lang}: every h2 and h3 of the article links to itself, named in the page's language`, async ({ page }) => {
		await page.goto(localePath(locale, routes.article(ARTICLE)));
		// The article's own headings (a helper's title inside it is the helper's, not a section).
		await expect(page.locator('.sl-markdown-content > :is(h2, h3)'), 'no article heading left unwrapped').toHaveCount(0);
		const wrappers = page.locator('.sl-markdown-content > .sl-heading-wrapper');
		const count = await wrappers.count();
		expect(count).toBeGreaterThan(3);
		for (let index = 0; index < count; index++) {
			const heading = wrappers.nth(index).locator('> :is(h2, h3)');
			const link = wrappers.nth(index).locator('> a.sl-anchor-link');
			await expect(link).toHaveAttribute('href', `#${await heading.getAttribute('id')}`);
			await expect(link).toHaveAccessibleName(t('site.article.headingLink', { heading: (await heading.innerText()).trim() }));
		}
	});

	test(`${locale.lang}: a heading's anchor link shows on hover and on keyboard focus, and puts the section in the URL`, async ({
		page,
	}) => {
		await page.goto(localePath(locale, routes.article(ARTICLE)));
		const wrapper = page.locator('.sl-markdown-content .sl-heading-wrapper').filter({ has: page.locator('#domain-tenant-mismatch') });
		const link = wrapper.locator('> a.sl-anchor-link');
		await expect(link).toHaveCSS('opacity', '0');
		await wrapper.locator('h2').hover();
		await expect(link).toHaveCSS('opacity', '1');
		await page.mouse.move(0, 0);
		await expect(link).toHaveCSS('opacity', '0');

		await page.locator('main h1').click(); // Tab starts from the title
		await tabTo(page, link);
		await expect(link).toHaveCSS('opacity', '1');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#domain-tenant-mismatch$/);
	});
}
