/**
 * Copy buttons beside the IDs readers copy (#16): this site's ID of an error on its page, the tenant and subscription
 * IDs in the claim simulator (the sandbox, the subscriptions to pick, the claim as it will be submitted) and the
 * subscription ID in the lifecycle's claim. In each behaviour locale, on a phone (390 px) and a desktop (1280 px): the
 * button's accessible name says what it copies in the catalog's words, a click puts exactly that ID on the clipboard
 * and the status says so politely. When the browser has no Clipboard API or refuses, the failure note says how to copy
 * and the ID is selected. Without JavaScript the error page shows the ID and no button.
 */
import type { Page } from '@playwright/test';
import { presetSubscriptions, presetTenants } from '../../src/claim/presets.ts';
import type { SiteLocale } from '../../src/i18n/locales.ts';
import { localePath, routes } from '../../src/routes.ts';
import { behaviourLocales } from '../support/behaviour-locales.ts';
import { messagesTranslator } from '../support/catalog-messages.ts';
import { expect, test } from './fixtures.ts';

const ERROR_CODE = 'DOMAIN_TENANT_MISMATCH';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** What the clipboard holds. */
const clipboard = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());

/**
 * Clicks the copy button named `name` inside `scope` and checks that exactly `id` is on the clipboard and that the
 * button's status says "Copied" in the catalog's words (the status is a polite live region: `role="status"`).
 */
async function copies(page: Page, scope: ReturnType<Page['locator']>, name: string, id: string, copied: string): Promise<void> {
	await page.evaluate(() => navigator.clipboard.writeText('(before)'));
	const button = scope.getByRole('button', { name, exact: true }).first();
	await button.click();
	const status = button.locator('xpath=following-sibling::*[@role="status"][1]');
	await expect(status).toHaveText(copied);
	await expect(status).toHaveAttribute('role', 'status');
	expect(await clipboard(page)).toBe(id);
}

const noHorizontalScroll = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test.describe('copy buttons', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	for (const locale of behaviourLocales) {
		const t = messagesTranslator(locale.lang);
		const copied = t('site.copy.copied');
		const simulator = (query: string) => `${localePath(locale, routes.simulator())}${query}`;

		test(`${locale.lang}: each ID's button copies exactly that ID and says so, on a phone and a desktop`, async ({ page }) => {
			await test.step('390 px: the error page and the claim as it will be submitted', async () => {
				await page.setViewportSize(PHONE);
				await page.goto(localePath(locale, routes.error(ERROR_CODE)));
				const summary = page.locator('.error-code');
				await expect(summary.getByRole('button', { name: t('site.copy.errorId') })).toHaveText(t('site.copy.button'));
				await copies(page, summary, t('site.copy.errorId'), ERROR_CODE, copied);
				expect(await noHorizontalScroll(page), 'no horizontal scroll with the status shown').toBe(true);

				await page.goto(simulator('?preset=happy-path&step=submit'));
				const claim = page.locator('.cs-summary');
				await copies(page, claim, t('site.copy.tenantId'), presetTenants.contoso, copied);
				await copies(page, claim, t('site.copy.subscriptionId'), presetSubscriptions.contosoSalesVolumeLicensing, copied);
				expect(await noHorizontalScroll(page), 'no horizontal scroll with the statuses shown').toBe(true);
			});

			await test.step('1280 px: the subscriptions to pick, the sandbox and the lifecycle', async () => {
				await page.setViewportSize(DESKTOP);
				await page.goto(simulator('?preset=happy-path&step=subscription'));
				const pick = page.locator('.cs-pick');
				// The copy button stands beside the radio button's label: the radio button is still named by its ID.
				await expect(pick.getByRole('radio', { name: presetSubscriptions.contosoSalesVolumeLicensing })).toBeChecked();
				await copies(page, pick, t('site.copy.subscriptionId'), presetSubscriptions.contosoSalesVolumeLicensing, copied);

				await page.locator('.cs-sandbox summary').click();
				const tenants = page.locator('.cs-editor li').filter({ hasText: presetTenants.northwind });
				await copies(page, tenants, t('site.copy.tenantId'), presetTenants.northwind, copied);

				await page.goto(`${localePath(locale, routes.lifecycle())}?preset=happy-path`);
				await copies(
					page,
					page.locator('.lc-claim'),
					t('site.copy.subscriptionId'),
					presetSubscriptions.contosoSalesVolumeLicensing,
					copied,
				);
			});
		});
	}
});

test.describe('copy buttons without a clipboard', () => {
	const ja = behaviourLocales.find((locale) => locale.lang === 'ja')!;
	const t = messagesTranslator(ja.lang);
	const selection = (page: Page) => page.evaluate(() => getSelection()?.toString() ?? '');

	test('ja: with no Clipboard API, or one that refuses, the note says how to copy and the ID is selected', async ({ page }) => {
		// The error page's script without the API (an address that is not secure, an old browser) …
		await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
		await page.goto(localePath(ja, routes.error(ERROR_CODE)));
		const summary = page.locator('.error-code');
		await summary.getByRole('button', { name: t('site.copy.errorId') }).click();
		await expect(summary.getByRole('status')).toHaveText(t('site.copy.failed'));
		expect(await selection(page)).toBe(ERROR_CODE);

		// … and the tools' buttons when the browser refuses (permission denied).
		await page.goto(`${localePath(ja, routes.lifecycle())}?preset=happy-path`);
		await page.evaluate(() => {
			Object.defineProperty(Navigator.prototype, 'clipboard', {
				get: () => ({ writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }),
			});
		});
		const claim = page.locator('.lc-claim');
		await claim.getByRole('button', { name: t('site.copy.subscriptionId') }).click();
		await expect(claim.getByRole('status')).toHaveText(t('site.copy.failed'));
		expect(await selection(page)).toBe(presetSubscriptions.contosoSalesVolumeLicensing);
	});
});

test.describe('copy buttons without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('an error page shows its ID and no copy button that would do nothing', async ({ page }) => {
		const english: SiteLocale = behaviourLocales.find((locale) => locale.lang === 'en')!;
		await page.goto(localePath(english, routes.error(ERROR_CODE)));
		await expect(page.locator('.error-code code')).toHaveText(ERROR_CODE);
		await expect(page.locator('.error-code button')).toBeHidden();
	});
});

// #19: the script that shows the copy button ran after the first paint, and a wrapping ID line grew by a line: every
// load of such an error page shifted the rest of it down.
test('showing an error page’s copy button moves nothing on the page', async ({ browser, baseURL }) => {
	const english: SiteLocale = behaviourLocales.find((locale) => locale.lang === 'en')!;
	const url = localePath(english, routes.error('ACTIVITY_CHANNEL_NOT_ELIGIBLE'));
	const positions = async (javaScriptEnabled: boolean): Promise<number[]> => {
		const context = await browser.newContext({ baseURL: baseURL ?? '', javaScriptEnabled, viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.goto(url);
		const button = page.locator('.error-code button');
		if (javaScriptEnabled) await expect(button).toBeVisible();
		else await expect(button).toBeHidden();
		const tops = await page.locator('main h2').evaluateAll((headings) => headings.map((h) => h.getBoundingClientRect().top));
		await context.close();
		return tops;
	};
	const withoutScript = await positions(false);
	expect(withoutScript.length).toBeGreaterThan(0);
	expect(await positions(true)).toEqual(withoutScript);
});
