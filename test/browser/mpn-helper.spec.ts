/**
 * The MPN helper on its own page, in every locale: the sample loaded and an MPN chosen with the keyboard
 * alone, an MPN ID typed in, the answer announced, the state in the URL (reload), a tampered link recovered,
 * the claim link prefilled with the reader's MPN IDs, focus kept on removal, no axe violation.
 */
import type { Locator, Page } from '@playwright/test';
import { presetMpnIds, presetSandbox } from '../../src/claim/presets.ts';
import { decodeState } from '../../src/claim/url-state.ts';
// The locales this spec drives: see behaviour-locales.ts (every page of every locale is the gates').
import { behaviourLocales as locales } from '../support/behaviour-locales.ts';
import { localePrefix } from '../../src/routes.ts';
import { messagesTranslator } from '../support/catalog-messages.ts';
import { expect, expectNoAxeViolations, reloadWritten, test } from './fixtures.ts';

/** Presses Tab until `target` has the focus (keyboard only; at most `limit` presses). */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
	}
	throw new Error(`Tab never reached ${target}`);
}
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

const helper = (page: Page) => page.locator('[data-helper="mpn"]');
const seattle = presetSandbox.mpnIds.find((mpn) => mpn.id === presetMpnIds.enrolled)!;
const fastTrack = presetSandbox.mpnIds.find((mpn) => mpn.id === presetMpnIds.fastTrack)!;

test.beforeAll(async () => {
	// "Start a claim with this choice" carries the reader's MPN IDs in the whole sandbox: a query long enough that the
	// helper loads the deflate codec and writes it deflated (as the tools' own links), so the link is read with it here.
	await import('../../src/claim/deflate.ts');
});

for (const locale of locales) {
	const prefix = localePrefix(locale);
	const t = messagesTranslator(locale.lang);
	const url = `${prefix}helpers/mpn/`;

	test.describe(`MPN helper in ${locale.lang}`, () => {
		test('loads the sample and picks an MPN with the keyboard alone, announces it, and keeps it across a reload', async ({ page }) => {
			await page.goto(url);
			await expect(page.locator('h1')).toHaveText(t('helpers.page.mpn.title'));
			const status = helper(page).getByRole('status');

			await tabTo(page, button(page, t('helpers.mpn.list.loadSample')));
			await expect(helper(page)).toHaveAttribute('data-ready', '');
			await page.keyboard.press('Enter');
			await expect(helper(page).locator('.helper-mpn-row')).toHaveCount(presetSandbox.mpnIds.length);
			// Two enrolled MPNs and nothing known about the work: the helper can't decide.
			await expect(status).toHaveText(t('helpers.mpn.outcomes.ask-global-admin'));
			await expect(helper(page).locator('[data-next="ask-global-admin"]')).toHaveText(t('errors.shared.askGlobalAdmin'));

			// The location question: nothing picked (issue #16), so Tab lands on its first option, Seattle, and Space picks it.
			await page.keyboard.press('Tab');
			await expect(helper(page).locator('input[type="radio"]:checked')).toHaveCount(0);
			await page.keyboard.press('Space');
			await expect(page.getByRole('radio', { name: seattle.location! })).toBeChecked();
			const expected = t('helpers.mpn.outcomes.pick', { mpn: `${seattle.id} (${seattle.name})` });
			await expect(status).toHaveText(expected);
			await expect(helper(page).locator('.helper-mpn-row[data-verdict="chosen"] input[id$="-id"]')).toHaveValue(seattle.id);
			await expect(helper(page).locator('[data-warning="flow-shows-enrollment-not-partner-type"]')).toContainText(
				t('helpers.mpn.warnings.flow-shows-enrollment-not-partner-type'),
			);

			await reloadWritten(page);
			await helper(page).scrollIntoViewIfNeeded();
			await expect(helper(page)).toHaveAttribute('data-ready', '');
			await expect(status).toHaveText(expected);
			await expect(page.getByRole('radio', { name: seattle.location! })).toBeChecked();

			// The sample's own MPN IDs: the simulator link carries only the draft.
			const href = new URL((await page.getByRole('link', { name: t('helpers.common.startClaim') }).getAttribute('href'))!, page.url());
			expect(href.pathname).toBe(`${prefix}claim-simulator/`);
			expect(href.searchParams.has('sandbox')).toBe(false);
			const decoded = decodeState(href.searchParams);
			expect(decoded.rejected).toEqual([]);
			expect(decoded.state).toMatchObject({ step: 'mpn', draft: { mpnId: seattle.id } });

			await expectNoAxeViolations(page);

			// "Start over" with the keyboard: the list empties, and the focus stays in the helper, on "Add an MPN ID" (it went
			// to the page with the button: break-it test, stop 59).
			await button(page, t('helpers.common.startOver')).focus();
			await page.keyboard.press('Enter');
			await expect(helper(page).locator('.helper-mpn-row')).toHaveCount(0);
			await expect(button(page, t('helpers.mpn.list.add'))).toBeFocused();
		});

		test('takes an MPN ID typed in with the keyboard, and the claim link carries it to the simulator', async ({ page }) => {
			await page.goto(url);
			await tabTo(page, button(page, t('helpers.mpn.list.add')));
			await expect(helper(page)).toHaveAttribute('data-ready', '');
			await page.keyboard.press('Enter');
			await expect(page.locator('#mpn-helper-row-0-id')).toBeFocused();
			await page.keyboard.type('55500x');
			await expect(helper(page).locator('#mpn-helper-row-0-verdict')).toHaveText(t('helpers.mpn.verdicts.invalid-id'));
			await expect(helper(page).getByRole('status')).toHaveText(t('helpers.mpn.outcomes.incomplete'));
			await page.keyboard.press('Backspace');
			// The last digit through an input method in full-width mode (break-k B1): the field takes it as 1.
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Input.imeSetComposition', { text: '１', selectionStart: 1, selectionEnd: 1 });
			await cdp.send('Input.insertText', { text: '１' });
			await expect(page.locator('#mpn-helper-row-0-id')).toHaveValue('555001');
			await page.keyboard.press('Tab');
			await page.keyboard.type('Contoso 東京');
			await page.keyboard.press('Tab'); // location
			await page.keyboard.press('Tab'); // partner type
			await page.keyboard.press('Tab'); // enrolled
			await page.keyboard.press('Space');
			await expect(helper(page).getByRole('status')).toHaveText(t('helpers.mpn.outcomes.pick', { mpn: '555001 (Contoso 東京)' }));

			const href = new URL((await page.getByRole('link', { name: t('helpers.common.startClaim') }).getAttribute('href'))!, page.url());
			const decoded = decodeState(href.searchParams);
			expect(decoded.rejected).toEqual([]);
			expect(decoded.state.draft.mpnId).toBe('555001');
			expect(decoded.state.sandbox.mpnIds).toEqual([{ id: '555001', name: 'Contoso 東京', enrolledInIncentives: true }]);

			// Removing a row keeps the keyboard user in place.
			await tabTo(page, button(page, t('helpers.mpn.list.remove', { n: 1 })));
			await page.keyboard.press('Enter');
			await expect(helper(page).locator('.helper-mpn-row')).toHaveCount(0);
			await expect(page.getByRole('button', { name: t('helpers.mpn.list.add') })).toBeFocused();
			expect(new URL(page.url()).searchParams.has('mpn.ids')).toBe(false);
		});

		test('at 320 px, the listed MPN IDs fit the phone (break-k A2: ja rows pushed the box 7 px past it)', async ({ page }) => {
			await page.setViewportSize({ width: 320, height: 700 });
			await page.goto(url);
			await expect(helper(page)).toHaveAttribute('data-ready', '');
			await button(page, t('helpers.mpn.list.loadSample')).click();
			await expect(helper(page).locator('.helper-mpn-row').first()).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		});

		for (const width of [390, 1280]) {
			test(`at ${width} px, answers nothing and picks nothing before the reader lists an MPN ID`, async ({ page }) => {
				await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
				await page.goto(url);
				await expect(helper(page)).toHaveAttribute('data-ready', '');
				await expect(helper(page).getByRole('status')).toHaveText('');
				await expect(helper(page).locator('.helper-reasons, .helper-next')).toHaveCount(0);
				await expect(helper(page).locator('input[type="radio"]:checked')).toHaveCount(0);
				await button(page, t('helpers.mpn.list.loadSample')).click();
				await expect(helper(page).getByRole('status')).toHaveText(t('helpers.mpn.outcomes.ask-global-admin'));
				// Still nothing picked for the reader: "I don't know" is checked only once chosen.
				await expect(helper(page).locator('input[type="radio"]:checked')).toHaveCount(0);
				const unknown = helper(page)
					.getByRole('radio', { name: t('helpers.mpn.work.unknown') })
					.first();
				await unknown.check();
				await expect(unknown).toBeChecked();
			});
		}

		test('warns about the partner type the flow won’t show, and a tampered link starts clean without touching other parameters', async ({
			page,
		}) => {
			const params = new URLSearchParams({ 'activity.area': 'microsoft-365' });
			await page.goto(`${url}?${params}`);
			await tabTo(page, button(page, t('helpers.mpn.list.loadSample')));
			await expect(helper(page)).toHaveAttribute('data-ready', '');
			await page.keyboard.press('Enter');
			await page.getByRole('radio', { name: fastTrack.partnerType! }).focus();
			await page.keyboard.press('Space');
			await expect(helper(page).getByRole('status')).toHaveText(
				t('helpers.mpn.outcomes.pick', { mpn: `${fastTrack.id} (${fastTrack.name})` }),
			);
			await expect(helper(page).locator('[data-warning="chosen-has-partner-type"]')).toContainText(
				t('helpers.mpn.warnings.chosen-has-partner-type', { type: fastTrack.partnerType! }),
			);
			await expect(helper(page).locator(`a[href="${prefix}errors/mpn-partner-type-not-shown/"]`)).toBeVisible();
			expect(new URL(page.url()).searchParams.get('activity.area')).toBe('microsoft-365');

			await page.goto(`${url}?activity.area=microsoft-365&mpn.ids=not-json&mpn.location=Seattle`);
			await helper(page).scrollIntoViewIfNeeded();
			await expect(helper(page)).toHaveAttribute('data-ready', '');
			await expect(helper(page).getByText(t('helpers.mpn.labels.malformed'))).toBeVisible();
			await expect(helper(page).locator('.helper-mpn-row')).toHaveCount(0);
			expect([...new URL(page.url()).searchParams]).toEqual([['activity.area', 'microsoft-365']]);
		});
	});
}

test('the home page of every locale links to the helper', async ({ page }) => {
	for (const locale of locales) {
		await page.goto(localePrefix(locale));
		await expect(page.locator(`.sl-markdown-content a[href="${localePrefix(locale)}helpers/mpn/"]`)).toHaveText(
			messagesTranslator(locale.lang)('helpers.page.mpn.title'),
		);
	}
});
