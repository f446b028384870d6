/**
 * Faults and limits in the browser (#17): storage blocked, full or corrupt; requests that fail or never answer
 * (`page.route`); dates near 9999; states at the tools' own maximums, reloaded from `astro preview`. Every test
 * fails on an uncaught page error; the requests a test aborts on purpose (and the console errors they cause) are
 * the only problems it accepts.
 */
import type { Page } from '@playwright/test';
import { encodeJson } from '../../src/claim/base64-json.ts';
import { lifecycleQuery } from '../../src/claim/lifecycle/index.ts';
import { findPreset } from '../../src/claim/presets.ts';
import { encodeState, initialState } from '../../src/claim/url-state.ts';
import { encodeMpnState, MAX_LABEL, MAX_MPN_ROWS } from '../../src/helpers/url.ts';
// The locales this spec drives: see behaviour-locales.ts (every page of every locale is the gates').
import { behaviourLocales as locales } from '../support/behaviour-locales.ts';
import { localePath, localePrefix, routes, withQuery } from '../../src/routes.ts';
import { messagesTranslator } from '../support/catalog-messages.ts';
import { ARTICLE } from '../fixtures/seed-article.ts';
import { expect, test, type ProblemLog } from './fixtures.ts';

const english = locales.find((locale) => locale.slug === 'root')!;
const t = messagesTranslator(english.lang);
const simulatorUrl = (query = '') => `${localePath(english, routes.simulator())}${query}`;
const lifecycleUrl = (query = '') => `${localePath(english, routes.lifecycle())}${query}`;

/** Takes the problems logged so far and keeps only those `expected` doesn't explain: the test fails on them. */
function unexpected(problemLog: ProblemLog, expected: RegExp): string[] {
	return problemLog.take().filter((problem) => !expected.test(problem));
}

/** Storage as a browser that blocks site data has it: the getters throw `SecurityError`. */
async function blockStorage(page: Page): Promise<void> {
	await page.addInitScript(() => {
		for (const name of ['localStorage', 'sessionStorage']) {
			Object.defineProperty(window, name, {
				configurable: true,
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
		}
	});
}

/** Storage that is full: every write throws `QuotaExceededError`. */
async function fillStorage(page: Page): Promise<void> {
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
}

/** Opens the article's first embedded claim simulator and types a claim name into it. */
async function typeInEmbeddedSimulator(page: Page, name: string): Promise<void> {
	await page.goto(localePath(english, routes.article(ARTICLE)));
	const tool = page.locator('details.section-tool[data-tool="claim-simulator"]').first();
	await tool.locator('summary').click();
	const simulator = tool.locator('.claim-simulator');
	await expect(simulator).toBeVisible();
	await expect(simulator).not.toHaveAttribute('aria-busy');
	const step = simulator.getByRole('button', { name: new RegExp(t('simulator.step.activity')) });
	await step.click();
	await simulator.getByLabel(t('simulator.claimName'), { exact: true }).fill(name);
}

test.describe('storage blocked, full or corrupt', () => {
	test('blocked site data: no page throws, the embedded simulator keeps the claim in memory and says so once', async ({ page }) => {
		await blockStorage(page);
		for (const path of [localePrefix(english), simulatorUrl(), lifecycleUrl(), `${localePrefix(english)}helpers/mpn/`]) {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
		}
		await typeInEmbeddedSimulator(page, 'Kept in memory');
		await expect(page.getByText(t('simulator.storage.unavailable'))).toHaveCount(1);
		await page.getByLabel(t('simulator.claimName'), { exact: true }).first().fill('Kept in memory, again');
		await expect(page.getByText(t('simulator.storage.unavailable'))).toHaveCount(1);
	});

	test('a corrupt theme value is reset quietly', async ({ page }) => {
		await page.addInitScript(() => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem('starlight-theme', '"]) x[');
				sessionStorage.setItem('seeded', '1');
			}
		});
		await page.goto(localePrefix(english));
		await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
		expect(await page.evaluate(() => localStorage.getItem('starlight-theme'))).not.toBe('"]) x[');
	});

	test('full storage: the embedded simulator says once that the claim is no longer saved', async ({ page }) => {
		await fillStorage(page);
		await typeInEmbeddedSimulator(page, 'One');
		await page.getByLabel(t('simulator.claimName'), { exact: true }).first().fill('Two');
		await expect(page.getByText(t('simulator.storage.full'))).toHaveCount(1);
	});

	test('a corrupt session value restarts the embedded simulator quietly, not as a damaged link', async ({ page }) => {
		await typeInEmbeddedSimulator(page, 'Soon corrupt');
		await page.evaluate(() => {
			for (const key of Object.keys(sessionStorage))
				if (key.startsWith('claim-simulator:')) sessionStorage.setItem(key, 'draft=%%%&step=nope');
		});
		await page.reload();
		const tool = page.locator('details.section-tool[data-tool="claim-simulator"]').first();
		await tool.locator('summary').click();
		await expect(tool.locator('.claim-simulator')).not.toHaveAttribute('aria-busy');
		await expect(tool.locator('.cs-steps')).toBeVisible();
		await expect(tool.getByRole('alert')).toHaveCount(0);
	});
});

test.describe('requests that fail or never answer', () => {
	test('the hand-over worker failing to load is named a network failure, keeps the URL, and recovers on retry', async ({
		page,
		problemLog,
	}) => {
		const query = lifecycleQuery(findPreset('happy-path')!.draft, '2024-06-03');
		await page.route(/handover\.worker/, (route) => route.abort('internetdisconnected'));
		const url = lifecycleUrl(`?${query}`);
		await page.goto(url);
		await expect(page.getByText(t('lifecycle.ui.handoverFailed'))).toBeVisible();
		expect(new URL(page.url()).search).toBe(`?${query}`);
		await page.unroute(/handover\.worker/);
		await page.getByRole('button', { name: t('lifecycle.ui.retry') }).click();
		await expect(page.locator('.lc-status')).toBeVisible();
		await expect(page.getByText(t('lifecycle.ui.handedOver'))).toBeVisible();
		expect(unexpected(problemLog, /handover\.worker|Failed to fetch|net::ERR|worker/i)).toEqual([]);
	});

	test('the sandbox editor failing offline says so, keeps the claim, and loads on retry', async ({ page, problemLog }) => {
		await page.goto(simulatorUrl('?preset=happy-path&step=activity'));
		await expect(page.locator('.claim-simulator')).not.toHaveAttribute('inert');
		const before = page.url();
		await page.route(/SandboxEditor/, (route) => route.abort('internetdisconnected'));
		await page.locator('.cs-sandbox summary').click();
		await expect(page.getByText(t('simulator.partLoadFailed'))).toBeVisible();
		expect(page.url()).toBe(before);
		await page.unroute(/SandboxEditor/);
		await page.getByRole('button', { name: t('simulator.page.retry') }).click();
		await page.locator('.cs-sandbox summary').click();
		await expect(page.getByRole('group', { name: t('simulator.editor.addTenant') })).toBeVisible();
		expect(unexpected(problemLog, /SandboxEditor|Failed to fetch dynamically imported module|net::ERR/i)).toEqual([]);
	});

	test('the simulator data never answering ends its loading state with a retry', async ({ page, problemLog }) => {
		test.slow();
		await page.route(/claim-simulator\/data\.json/, () => undefined);
		await page.goto(localePath(english, routes.article(ARTICLE)));
		const tool = page.locator('details.section-tool[data-tool="claim-simulator"]').first();
		await tool.locator('summary').click();
		await expect(tool.getByText(t('simulator.page.loadFailedRetry'))).toBeVisible({ timeout: 40_000 });
		await page.unroute(/claim-simulator\/data\.json/);
		await tool.getByRole('button', { name: t('simulator.page.retry') }).click();
		await expect(tool.locator('.claim-simulator')).toBeVisible();
		expect(unexpected(problemLog, /data\.json|net::ERR/i)).toEqual([]);
	});
});

test.describe('dates near 9999', () => {
	test('the lifecycle refuses a submission date past what it can count, with the note', async ({ page }) => {
		await page.goto(lifecycleUrl('?preset=happy-path&submitted=9999-12-27'));
		await expect(page.locator('.lc-status')).toBeVisible();
		await expect(page.locator('.lc-notice').first()).toBeVisible();
		expect(new URL(page.url()).searchParams.get('submitted')).not.toBe('9999-12-27');
		await expect(page.locator('#lc-date')).toHaveAttribute('max', '9990-12-31');
	});

	test('the claim simulator refuses such a submission date, with the note', async ({ page }) => {
		await page.goto(simulatorUrl('?step=submit&submitted=9999-12-20'));
		await expect(page.getByText(t('simulator.linkRejected', { params: t('simulator.param.submitted') }))).toBeVisible();
	});
});

test.describe('states at the tools’ own maximums reload without loss', () => {
	test('a claim name of 10,000 CJK characters', async ({ page }) => {
		const name = '請求名'.repeat(3333) + '終';
		await page.goto(simulatorUrl('?preset=happy-path&step=activity'));
		await expect(page.locator('.claim-simulator')).not.toHaveAttribute('inert');
		await page.getByLabel(t('simulator.claimName'), { exact: true }).fill(name);
		await expect(page).toHaveURL(/draft=\./);
		expect(page.url().length).toBeLessThan(8200);
		await page.reload();
		await expect(page.getByLabel(t('simulator.claimName'), { exact: true })).toHaveValue(name);
	});

	test('the MPN helper with 50 rows of 200-character labels', async ({ page }) => {
		await import('../../src/claim/deflate.ts');
		const label = (row: number, what: string) => `${what}${row}`.padEnd(MAX_LABEL, '東');
		const entries = Array.from({ length: MAX_MPN_ROWS }, (_, row) => ({
			id: String(1_000_000 + row),
			name: label(row, 'n'),
			enrolledInIncentives: row % 2 === 0,
			partnerType: label(row, 't'),
			location: label(row, 'l'),
		}));
		const query = encodeMpnState(new URLSearchParams(), { entries, work: { location: null, partnerType: null } });
		expect(query.toString().length).toBeLessThan(8000);
		await page.goto(withQuery(`${localePrefix(english)}helpers/mpn/`, query));
		const rows = page.locator('[data-helper="mpn"] .helper-mpn-row');
		await expect(rows).toHaveCount(MAX_MPN_ROWS);
		await page.locator('#mpn-helper-row-49-id').fill('7654321');
		await page.reload();
		await expect(rows).toHaveCount(MAX_MPN_ROWS);
		await expect(page.locator('#mpn-helper-row-49-id')).toHaveValue('7654321');
		await expect(page.locator('#mpn-helper-row-0-id')).toHaveValue('1000000');
	});

	test('an old, plain link still opens', async ({ page }) => {
		const state = { ...initialState(), draft: { ...initialState().draft, claimName: 'Plain link' }, step: 'activity' as const };
		const plain = encodeState(state);
		expect(plain.get('draft')).toBe(encodeJson({ claimName: 'Plain link' }));
		await page.goto(simulatorUrl(`?${plain}`));
		await expect(page.getByLabel(t('simulator.claimName'), { exact: true })).toHaveValue('Plain link');
	});
});
