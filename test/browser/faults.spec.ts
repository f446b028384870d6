/**
 * Faults and limits in the browser (#17): storage blocked, full or corrupt; requests that fail or never answer
 * (`page.route`); dates near 9999; states at the tools' own maximums, reloaded from `astro preview`; states too long
 * for a link, saved as a file and opened again. Every test fails on an uncaught page error; the requests a test aborts
 * on purpose (and the console errors they cause) are the only problems it accepts.
 *
 * What the reader is told (the notes, "Try again", the file controls) is checked in every behaviour locale
 * (`behaviour-locales.ts`), in the catalog's words (`catalog-messages.ts`); what says nothing (a corrupt value reset
 * quietly, a state reloaded whole) in English only.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { encodeJson, LINK_LIMIT } from '../../src/claim/base64-json.ts';
import { mulberry32 } from '../../src/claim/bench.ts';
import { encodeLifecycleParams, lifecycleQuery } from '../../src/claim/lifecycle/url-state.ts';
import { errorTitleKey } from '../../src/claim/catalog.ts';
import { findPreset } from '../../src/claim/presets.ts';
import { encodeState, initialState } from '../../src/claim/url-state.ts';
import { decodeMpnState, encodeMpnState, MAX_LABEL, MAX_MPN_ROWS } from '../../src/helpers/url.ts';
import type { SiteLocale } from '../../src/i18n/locales.ts';
import type { MessageKey } from '../../src/i18n/catalog.ts';
import type { MessageValues } from '../../src/i18n/message-format.ts';
// The locales this spec drives: see behaviour-locales.ts (every page of every locale is the gates').
import { behaviourLocales as locales } from '../support/behaviour-locales.ts';
import { LOAD_TIMEOUT_MS } from '../../src/islands/loading/download.ts';
import { localePath, localePrefix, routes, withQuery } from '../../src/routes.ts';
import { messagesTranslator } from '../support/catalog-messages.ts';
import { ARTICLE } from '../fixtures/seed-article.ts';
import { expect, reloadWritten, test, type ProblemLog } from './fixtures.ts';

type Translate = ReturnType<typeof messagesTranslator>;

const english = locales.find((locale) => locale.slug === 'root')!;
const simulatorUrl = (locale: SiteLocale, query = '') => `${localePath(locale, routes.simulator())}${query}`;
const lifecycleUrl = (locale: SiteLocale, query = '') => `${localePath(locale, routes.lifecycle())}${query}`;
const mpnUrl = (locale: SiteLocale) => localePath(locale, routes.helper('mpn'));

/** Takes the problems logged so far and keeps only those `expected` doesn't explain: the test fails on them. */
function unexpected(problemLog: ProblemLog, expected: RegExp): string[] {
	return problemLog.take().filter((problem) => !expected.test(problem));
}

/** A message of the catalog as a pattern, each value named in `any` matching whatever number the page put there. */
function messagePattern(t: Translate, key: MessageKey, values: MessageValues, any: readonly string[]): RegExp {
	const marks = Object.fromEntries(any.map((name, index) => [name, `\ue000${index}\ue000`]));
	const text = t(key, { ...values, ...marks }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(text.replace(/\ue000\d+\ue000/g, '[\\d\\s.,\u00a0\u202f]+'));
}

/** The note of a state too long for a link, as `StateFile.tsx` says it in `locale`: any size, the limit formatted. */
function tooLongNote(locale: SiteLocale, t: Translate, key: MessageKey): RegExp {
	return messagePattern(t, key, { limit: new Intl.NumberFormat(locale.lang).format(LINK_LIMIT) }, ['size']);
}

/** `length` CJK ideographs from a seeded draw: text that deflate can hardly shorten. */
function ideographs(seed: number, length: number): string {
	const next = mulberry32(seed);
	return Array.from({ length }, () => String.fromCodePoint(0x4e00 + Math.floor(next() * 0x5000))).join('');
}

/** The longest state `build(n)` whose query stays at most `LINK_LIMIT - margin` characters (n from 1 to `max`). */
function justUnderLimit(build: (n: number) => URLSearchParams, max: number, margin: number): URLSearchParams {
	let best: URLSearchParams | null = null;
	for (let low = 1, high = max; low <= high;) {
		const middle = Math.floor((low + high) / 2);
		const query = build(middle);
		if (query.toString().length <= LINK_LIMIT - margin) {
			best = query;
			low = middle + 1;
		} else high = middle - 1;
	}
	if (!best) throw new Error('no state fits');
	return best;
}

/** Saves the tool's state through its "Save … as a file" button; the file's text. */
async function saveFile(page: Page, save: Locator): Promise<{ tool: string; query: string }> {
	const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), save.click()]);
	return JSON.parse(await readFile((await download.path())!, 'utf8')) as { tool: string; query: string };
}

/** A file as the reader picks it. */
const jsonFile = (name: string, content: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });

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
async function typeInEmbeddedSimulator(page: Page, locale: SiteLocale, t: Translate, name: string): Promise<void> {
	await page.goto(localePath(locale, routes.article(ARTICLE)));
	const tool = page.locator('details.section-tool[data-tool="claim-simulator"]').first();
	await tool.locator('summary').click();
	const simulator = tool.locator('.claim-simulator');
	await expect(simulator).toBeVisible();
	await expect(simulator).not.toHaveAttribute('aria-busy');
	const step = simulator.getByRole('button', { name: new RegExp(t('simulator.step.activity')) });
	await step.click();
	await simulator.getByLabel(t('simulator.claimName'), { exact: true }).fill(name);
}

test.beforeAll(async () => {
	// The tools write long states deflated: the states below are measured as they write them.
	await import('../../src/claim/deflate.ts');
});

for (const locale of locales) {
	const t = messagesTranslator(locale.lang);

	test.describe(`${locale.lang}: storage blocked or full`, () => {
		test('blocked site data: no page throws, the embedded simulator keeps the claim in memory and says so once', async ({ page }) => {
			await blockStorage(page);
			for (const path of [localePrefix(locale), simulatorUrl(locale), lifecycleUrl(locale), mpnUrl(locale)]) {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
			}
			await typeInEmbeddedSimulator(page, locale, t, 'Kept in memory');
			await expect(page.getByText(t('simulator.storage.unavailable'))).toHaveCount(1);
			await page.getByLabel(t('simulator.claimName'), { exact: true }).first().fill('Kept in memory, again');
			await expect(page.getByText(t('simulator.storage.unavailable'))).toHaveCount(1);
		});

		test('full storage: the embedded simulator says once that the claim is no longer saved', async ({ page }) => {
			await fillStorage(page);
			await typeInEmbeddedSimulator(page, locale, t, 'One');
			await page.getByLabel(t('simulator.claimName'), { exact: true }).first().fill('Two');
			await expect(page.getByText(t('simulator.storage.full'))).toHaveCount(1);
		});
	});

	test.describe(`${locale.lang}: requests that fail or never answer`, () => {
		test('the hand-over worker failing to load is named a network failure, keeps the URL, and recovers on retry', async ({
			page,
			problemLog,
		}) => {
			const query = lifecycleQuery(findPreset('happy-path')!.draft, '2024-06-03');
			await page.route(/handover\.worker/, (route) => route.abort('internetdisconnected'));
			await page.goto(lifecycleUrl(locale, `?${query}`));
			await expect(page.getByText(t('lifecycle.ui.handoverFailed'))).toBeVisible();
			expect(new URL(page.url()).search).toBe(`?${query}`);
			await page.unroute(/handover\.worker/);
			await page.getByRole('button', { name: t('lifecycle.ui.retry') }).click();
			await expect(page.locator('.lc-status')).toBeVisible();
			await expect(page.getByText(t('lifecycle.ui.handedOver'))).toBeVisible();
			expect(unexpected(problemLog, /handover\.worker|Failed to fetch|net::ERR|worker/i)).toEqual([]);
		});

		// #19: the lifecycle downloads the texts of events on the reader's intent (`use-later-texts.ts`).
		test('the lifecycle’s texts of events failing to load: a link waits with a retry, an event waits and says so, both go on once they load', async ({
			page,
			problemLog,
		}) => {
			let fail = true;
			await page.route(/claim-lifecycle\/texts\.json/, (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
			// A scenario's link shows a claim with events.
			await page.goto(lifecycleUrl(locale, '?preset=dispute'));
			await expect(page.getByRole('alert')).toContainText(t('lifecycle.ui.textsFailed'));
			await expect(page.locator('.lc-status')).toHaveCount(0);
			fail = false;
			await page.getByRole('button', { name: t('lifecycle.ui.retry') }).click();
			await expect(page.locator('.lc-status')).toBeVisible();
			await expect(page.locator('.lc')).not.toContainText('lifecycle.');

			fail = true;
			await page.goto(lifecycleUrl(locale));
			await expect(page.locator('.lc-status')).toBeVisible();
			await page.locator('button[data-event="start-review"]').click();
			await expect(page.getByRole('alert')).toContainText(t('lifecycle.ui.textsFailed'));
			await expect(page.locator('.lc-timeline > li[aria-current="step"]')).toHaveAttribute('data-status', 'submitted');
			// Said beside the events, with a retry that applies the event the reader chose.
			await expect(page.locator('.lc-notice[role="alert"] + #lc-next-heading')).toBeVisible();
			fail = false;
			await page
				.getByRole('alert')
				.getByRole('button', { name: t('lifecycle.ui.retry') })
				.click();
			await expect(page.locator('.lc-timeline > li[aria-current="step"]')).toHaveAttribute('data-status', 'under-review');
			await expect(page.getByText(t('lifecycle.ui.textsFailed'))).toHaveCount(0);
			expect(unexpected(problemLog, /texts\.json|Failed to fetch|net::ERR/i)).toEqual([]);
		});

		test('the sandbox editor failing offline says so, keeps the claim, and loads on retry', async ({ page, problemLog }) => {
			await page.goto(simulatorUrl(locale, '?preset=happy-path&step=activity'));
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

		// #19: the editor's texts download with its chunk (`SandboxPanel.tsx`, `editor-texts.ts`).
		test('the sandbox editor’s texts failing to load say so, keep the claim, and the editor opens with them on retry', async ({
			page,
			problemLog,
		}) => {
			let fail = true;
			await page.route(/claim-simulator\/editor-texts\.json/, (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
			await page.goto(simulatorUrl(locale, '?preset=happy-path&step=activity'));
			await expect(page.locator('.claim-simulator')).not.toHaveAttribute('inert');
			const before = page.url();
			await page.locator('.cs-sandbox summary').click();
			await expect(page.getByRole('alert')).toContainText(t('simulator.partLoadFailed'));
			// The editor is not shown without its texts: the panel still says it is loading, under the failure.
			await expect(page.locator('.cs-editor')).toHaveCount(0);
			await expect(page.locator('.claim-simulator')).not.toContainText(/simulator\.[a-z]/i);
			expect(page.url()).toBe(before);
			fail = false;
			await page.getByRole('button', { name: t('simulator.page.retry') }).click();
			await expect(page.getByText(t('simulator.partLoadFailed'))).toHaveCount(0);
			await page.locator('.cs-sandbox summary').click();
			await expect(page.getByRole('group', { name: t('simulator.editor.addTenant') })).toBeVisible();
			await expect(page.locator('.cs-editor')).toContainText(t('simulator.editor.intro'));
			await expect(page.locator('.claim-simulator')).not.toContainText(/simulator\.[a-z]/i);
			expect(page.url()).toBe(before);
			expect(unexpected(problemLog, /editor-texts\.json|Failed to fetch|net::ERR/i)).toEqual([]);
		});

		// #19: what the first render does not show downloads on the reader's intent (`later-texts.ts`, `wait-for-later.ts`).
		test('the simulator’s later texts failing to load say so, keep the claim, and the step shows with them on retry', async ({
			page,
			problemLog,
		}) => {
			let fail = true;
			await page.route(/claim-simulator\/later-texts\.json/, (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
			await page.goto(simulatorUrl(locale, '?preset=happy-path&step=activity'));
			await expect(page.getByRole('alert')).toContainText(t('simulator.partLoadFailed'));
			// The step is not shown without its texts: the loading line stays, under the failure, and no key.
			await expect(page.locator('form.cs-step')).toHaveCount(0);
			await expect(page.locator('.claim-simulator .cs-loading')).toHaveText(t('simulator.page.loading'));
			await expect(page.locator('.claim-simulator')).not.toContainText(/simulator\.[a-z]/i);
			const before = page.url();
			fail = false;
			await page.getByRole('button', { name: t('simulator.page.retry') }).click();
			await expect(page.getByText(t('simulator.partLoadFailed'))).toHaveCount(0);
			await expect(page.getByLabel(t('simulator.claimName'), { exact: true })).toBeVisible();
			await expect(page.locator('.claim-simulator')).not.toContainText(/simulator\.[a-z]/i);
			expect(page.url()).toBe(before);
			expect(unexpected(problemLog, /later-texts\.json|Failed to fetch|net::ERR/i)).toEqual([]);
		});

		// #19: a helper's data beyond its first render downloads on the reader's intent (`use-helper-state.ts`). What a link
		// or the reader asked for is kept while it can't load: a failed download loses no answer (break-it test, stop 59).
		test('the activity helper’s data failing to load: a link’s answers stay, and a change after it builds on them', async ({
			page,
			problemLog,
		}) => {
			let fail = true;
			await page.route(/helpers\/activity\/data\.json/, (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
			await page.goto(`${localePath(locale, routes.helper('activity'))}?activity.area=business-applications&activity.channel=csp`);
			const helper = page.locator('[data-helper="activity"]');
			await expect(helper.getByRole('alert')).toContainText(t('helpers.activity.partLoadFailed'));
			// The questions are usable and show the link's answers; no key shows; the link is kept.
			await expect(helper.locator('form')).not.toHaveAttribute('inert');
			await expect(page.getByRole('radio', { name: t('helpers.activity.areas.business-applications.label') })).toBeChecked();
			await expect(page.getByRole('radio', { name: t('helpers.activity.channels.csp') })).toBeChecked();
			await expect(helper).not.toContainText(/helpers\.[a-z]/);
			expect(new URL(page.url()).searchParams.get('activity.channel')).toBe('csp');
			// The network back, the reader changes an answer instead of retrying: the link's other answer stays.
			fail = false;
			await page.getByRole('radio', { name: t('helpers.activity.channels.web-direct') }).check();
			await expect(helper.getByRole('alert')).toHaveCount(0);
			await expect(page.getByRole('radio', { name: t('helpers.activity.areas.business-applications.label') })).toBeChecked();
			// Written once the data is there.
			await expect
				.poll(() => {
					const query = new URL(page.url()).searchParams;
					return [query.get('activity.area'), query.get('activity.channel')];
				})
				.toEqual(['business-applications', 'web-direct']);
			expect(unexpected(problemLog, /data\.json|Failed to fetch|net::ERR/i)).toEqual([]);
		});

		test('the activity helper’s data failing to load: an answer picked stays picked, and shows on retry', async ({ page, problemLog }) => {
			let fail = true;
			await page.route(/helpers\/activity\/data\.json/, (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
			await page.goto(localePath(locale, routes.helper('activity')));
			const helper = page.locator('[data-helper="activity"]');
			await expect(helper).toHaveAttribute('data-ready', '');
			const csp = page.getByRole('radio', { name: t('helpers.activity.channels.csp') });
			await csp.check();
			await expect(helper.getByRole('alert')).toContainText(t('helpers.activity.partLoadFailed'));
			await expect(csp).toBeChecked();
			// "Try again" while still offline tries again, and says so again.
			await helper.getByRole('button', { name: t('helpers.common.retry') }).click();
			await expect(helper.getByRole('alert')).toContainText(t('helpers.activity.partLoadFailed'));
			await expect(csp).toBeChecked();
			fail = false;
			await helper.getByRole('button', { name: t('helpers.common.retry') }).click();
			await expect(helper.getByRole('alert')).toHaveCount(0);
			await expect(helper.locator('.helper-pending')).toBeFocused();
			await expect(csp).toBeChecked();
			await expect.poll(() => new URL(page.url()).searchParams.get('activity.channel')).toBe('csp');
			await expect(helper).not.toContainText(/helpers\.[a-z]/);
			expect(unexpected(problemLog, /data\.json|Failed to fetch|net::ERR/i)).toEqual([]);
		});

		test('the MPN helper’s data failing to load: adding a row says so, keeps the list, and adds it on retry', async ({
			page,
			problemLog,
		}) => {
			let fail = true;
			await page.route(/helpers\/mpn\/data\.json/, (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
			await page.goto(mpnUrl(locale));
			const helper = page.locator('[data-helper="mpn"]');
			await expect(helper).toHaveAttribute('data-ready', '');
			await helper.getByRole('button', { name: t('helpers.mpn.list.add') }).click();
			await expect(helper.getByRole('alert')).toContainText(t('helpers.mpn.partLoadFailed'));
			await expect(helper.locator('#mpn-helper-row-0-id')).toHaveCount(0);
			await expect(helper).not.toContainText(/helpers\.[a-z]/);
			fail = false;
			await helper.getByRole('button', { name: t('helpers.common.retry') }).click();
			await expect(helper.getByRole('alert')).toHaveCount(0);
			// The row asked for is added, and takes the focus.
			await expect(helper.locator('#mpn-helper-row-0-id')).toBeFocused();
			await expect(helper.locator('#mpn-helper-row-1-id')).toHaveCount(0);
			expect(new URL(page.url()).search).not.toBe('');
			expect(unexpected(problemLog, /data\.json|Failed to fetch|net::ERR/i)).toEqual([]);
		});

		test('the error texts failing offline on a check say so, keep the claim, and the check shows its errors on retry', async ({
			page,
			problemLog,
		}) => {
			await page.goto(simulatorUrl(locale));
			await expect(page.locator('.claim-simulator')).not.toHaveAttribute('inert');
			const before = page.url();
			await page.route(/claim-simulator\/error-texts\.json/, (route) => route.abort('internetdisconnected'));
			await page.getByRole('button', { name: t('simulator.next') }).click();
			await expect(page.getByText(t('simulator.partLoadFailed'))).toBeVisible();
			expect(page.url()).toBe(before);
			await page.unroute(/claim-simulator\/error-texts\.json/);
			await page.getByRole('button', { name: t('simulator.page.retry') }).focus();
			await page.keyboard.press('Enter');
			// "Try again" is gone: the focus is on the step's heading, not the page (break-l M3).
			await expect(page.getByRole('button', { name: t('simulator.page.retry') })).toHaveCount(0);
			await expect(page.locator('form.cs-step h3')).toBeFocused();
			await page.getByRole('button', { name: t('simulator.next') }).click();
			const summary = page.getByRole('group', { name: t('simulator.errorsHeading') });
			await expect(summary.getByRole('link', { name: t(errorTitleKey('MPN_REQUIRED')) })).toBeVisible();
			expect(unexpected(problemLog, /error-texts\.json|Failed to fetch|net::ERR/i)).toEqual([]);
		});

		// #19: the presets' drafts download when a preset is loaded (`Toolbar.tsx`, `load.ts`).
		test('the preset drafts failing to load: the scenario menu and a preset’s link say so, keep the claim, and load on retry', async ({
			page,
			problemLog,
		}) => {
			let fail = true;
			let aborted = 0;
			await page.route(/claim-simulator\/preset-drafts\.json/, (route) => {
				if (!fail) return route.continue();
				aborted += 1;
				return route.abort('internetdisconnected');
			});
			await page.goto(simulatorUrl(locale, '?step=activity'));
			await expect(page.locator('.claim-simulator')).not.toHaveAttribute('inert');
			const name = page.getByLabel(t('simulator.claimName'), { exact: true });
			await name.fill('Kept');
			const menu = page.getByLabel(t('simulator.presetLabel'));
			await menu.selectOption('domain-tenant-mismatch');
			await page.getByRole('button', { name: t('simulator.loadPreset') }).click();
			await expect(page.getByRole('alert')).toContainText(t('simulator.partLoadFailed'));
			await expect(name).toHaveValue('Kept');
			fail = false;
			await page.getByRole('button', { name: t('simulator.page.retry') }).click();
			await expect(page.getByText(t('simulator.partLoadFailed'))).toHaveCount(0);
			// The preset is applied once its draft arrives: the button is no longer busy.
			await expect(page.getByRole('button', { name: t('simulator.loadPreset') })).not.toHaveAttribute('aria-busy');
			await page
				.locator('.cs-steps')
				.getByRole('button', { name: new RegExp(t('simulator.step.customer')) })
				.click();
			await expect(page.getByLabel(t('simulator.customerDomain'), { exact: true })).toHaveValue('northwindtraders.com');

			fail = true;
			const link = simulatorUrl(locale, '?preset=domain-tenant-mismatch&step=customer');
			await page.goto(link);
			await expect(page.getByRole('alert')).toContainText(t('simulator.page.loadFailedRetry'));
			fail = false;
			await page.getByRole('button', { name: t('simulator.page.retry') }).click();
			await expect(page.getByLabel(t('simulator.customerDomain'), { exact: true })).toHaveValue('northwindtraders.com');
			await expect(page.getByLabel(t('simulator.presetLabel'))).toHaveValue('domain-tenant-mismatch');
			expect(page.url()).toContain('preset=domain-tenant-mismatch');
			// Each aborted download is logged (an intent's download, the pointer over the menu, may be heard of late).
			const problems: string[] = [];
			await expect
				.poll(() => {
					problems.push(...problemLog.take());
					return problems.filter((problem) => /request failed: .*preset-drafts\.json/.test(problem)).length;
				})
				.toBe(aborted);
			expect(problems.filter((problem) => !/preset-drafts\.json|Failed to fetch|net::ERR/i.test(problem))).toEqual([]);
		});

		test('the simulator data never answering ends its loading state with a retry', async ({ page, problemLog }) => {
			// The page's clock jumps past the bounded wait (`LOAD_TIMEOUT_MS`) once the request is out, rather than the
			// test waiting for it: 4 × 20 s of CI.
			await page.clock.install();
			let asked = () => {};
			const requested = new Promise<void>((resolve) => (asked = resolve));
			await page.route(/claim-simulator\/data\.json/, () => asked());
			await page.goto(localePath(locale, routes.article(ARTICLE)));
			const tool = page.locator('details.section-tool[data-tool="claim-simulator"]').first();
			await tool.locator('summary').click();
			await requested;
			await expect(tool.getByText(t('simulator.page.loadFailedRetry'))).toHaveCount(0);
			await page.clock.fastForward(LOAD_TIMEOUT_MS);
			await expect(tool.getByText(t('simulator.page.loadFailedRetry'))).toBeVisible();
			await page.unroute(/claim-simulator\/data\.json/);
			await tool.getByRole('button', { name: t('simulator.page.retry') }).press('Enter');
			await expect(tool.locator('.claim-simulator')).toBeVisible();
			// The retry button is gone: the focus is on the step's heading once the simulator shows it, not on the page.
			await expect(tool.locator('form.cs-step h3')).toBeFocused();
			expect(unexpected(problemLog, /data\.json|net::ERR/i)).toEqual([]);
		});
	});

	test.describe(`${locale.lang}: dates near 9999`, () => {
		test('the lifecycle refuses a submission date past what it can count, with the note', async ({ page }) => {
			await page.goto(lifecycleUrl(locale, '?preset=happy-path&submitted=9999-12-27'));
			await expect(page.locator('.lc-status')).toBeVisible();
			await expect(page.locator('.lc-notice').first()).toHaveText(t('lifecycle.ui.tampered', { params: 'submitted' }));
			expect(new URL(page.url()).searchParams.get('submitted')).not.toBe('9999-12-27');
			await expect(page.locator('#lc-date')).toHaveAttribute('max', '9990-12-31');
		});

		test('the claim simulator refuses such a submission date, with the note', async ({ page }) => {
			await page.goto(simulatorUrl(locale, '?step=submit&submitted=9999-12-20'));
			await expect(page.getByText(t('simulator.linkRejected', { params: t('simulator.param.submitted') }))).toBeVisible();
		});
	});

	test.describe(`${locale.lang}: a state too long for a link is saved as a file and opened again`, () => {
		test('the claim simulator', async ({ page }) => {
			const name = ideographs(0x17_c1a1, 4000);
			await page.goto(simulatorUrl(locale, '?preset=happy-path&step=activity'));
			await expect(page.locator('.claim-simulator')).not.toHaveAttribute('inert');
			const field = page.getByLabel(t('simulator.claimName'), { exact: true });
			await field.fill('Fits');
			await expect(page).toHaveURL(/draft=/);
			const fitted = page.url();
			await field.fill(name);
			const note = page.getByRole('status').filter({ hasText: tooLongNote(locale, t, 'simulator.linkTooLong') });
			await expect(note).toBeVisible();
			expect(page.url()).toBe(fitted);
			const saved = await saveFile(page, note.getByRole('button', { name: t('simulator.saveFile') }));
			expect(saved.tool).toBe('claim-simulator');

			await page.goto(simulatorUrl(locale));
			await expect(page.locator('.claim-simulator')).not.toHaveAttribute('inert');
			const open = page.getByLabel(t('simulator.openFile'));
			await open.setInputFiles(jsonFile('timeline.json', { tool: 'claim-lifecycle', query: '' }));
			await expect(page.getByRole('alert').filter({ hasText: t('simulator.fileUnreadable') })).toBeVisible();
			await open.setInputFiles(jsonFile('claim.json', saved));
			await expect(page.getByLabel(t('simulator.claimName'), { exact: true })).toHaveValue(name);
			await expect(page.getByRole('alert').filter({ hasText: t('simulator.fileUnreadable') })).toHaveCount(0);
			await expect(note).toBeVisible();
		});

		test('the lifecycle simulator', async ({ page }) => {
			const pool = ideographs(0x17_1ec7, 6000);
			const build = (n: number) =>
				encodeLifecycleParams({
					source: {
						kind: 'claim',
						param: lifecycleQuery({ ...findPreset('happy-path')!.draft, claimName: pool.slice(0, n) }, '2024-06-03').get('claim')!,
					},
					submitted: '2024-06-03',
					events: [],
					holidays: [],
					timeZone: null,
				});
			// One holiday more ("&holidays=2030-01-07", 20 characters) takes it past the limit.
			const query = justUnderLimit(build, pool.length, 0);
			expect(query.toString().length).toBeGreaterThan(LINK_LIMIT - 20);
			await page.goto(lifecycleUrl(locale, `?${query}`));
			await expect(page.getByText(t('lifecycle.ui.handedOver'))).toBeVisible();
			await expect(page).toHaveURL(/events=/);
			const fitted = page.url();
			await page.locator('.lc-calendar > summary').click();
			await page.locator('#lc-holiday').fill('2030-01-07');
			await page.getByRole('button', { name: t('lifecycle.ui.addHoliday') }).click();
			const note = page.getByRole('status').filter({ hasText: tooLongNote(locale, t, 'lifecycle.ui.linkTooLong') });
			await expect(note).toBeVisible();
			expect(page.url()).toBe(fitted);
			const saved = await saveFile(page, note.getByRole('button', { name: t('lifecycle.ui.saveFile') }));
			expect(saved.tool).toBe('claim-lifecycle');
			expect(new URLSearchParams(saved.query).get('holidays')).toBe('2030-01-07');

			await page.goto(lifecycleUrl(locale));
			await expect(page.locator('.lc-status')).toBeVisible();
			const open = page.getByLabel(t('lifecycle.ui.openFile'));
			await open.setInputFiles(jsonFile('mpn-ids.json', { tool: 'mpn-helper', query: '' }));
			await expect(page.getByRole('alert').filter({ hasText: t('lifecycle.ui.fileUnreadable') })).toBeVisible();
			await open.setInputFiles(jsonFile('claim-lifecycle.json', saved));
			await expect(page.getByText(t('lifecycle.ui.handedOver'))).toBeVisible();
			await expect(page.locator('.lc-calendar > summary')).toContainText(t('lifecycle.ui.holidayCount', { count: 1 }));
			await expect(note).toBeVisible();
		});

		test('the MPN helper', async ({ page }) => {
			const pool = ideographs(0x17_3b9, MAX_MPN_ROWS * MAX_LABEL);
			const build = (n: number) => {
				const entries = Array.from({ length: Math.ceil(n / MAX_LABEL) }, (_, row) => ({
					id: String(1_000_000 + row),
					name: pool.slice(row * MAX_LABEL, Math.min(n, (row + 1) * MAX_LABEL)),
					enrolledInIncentives: row % 2 === 0,
					partnerType: '',
					location: '',
				}));
				return encodeMpnState(new URLSearchParams(), { entries, work: { location: null, partnerType: null } });
			};
			// The reader then types a location of MAX_LABEL ideographs: far more than 100 characters once deflated.
			const query = justUnderLimit(build, pool.length, 100);
			const rows = page.locator('[data-helper="mpn"] .helper-mpn-row');
			await page.goto(withQuery(mpnUrl(locale), query));
			const count = decodeMpnState(query).value.entries.length;
			expect(count).toBeGreaterThan(5);
			await expect(rows).toHaveCount(count);
			const fitted = page.url();
			const location = ideographs(0x17_10c, MAX_LABEL);
			await page.locator('#mpn-helper-row-0-location').fill(location);
			const note = page.getByRole('status').filter({ hasText: tooLongNote(locale, t, 'helpers.mpn.file.tooLong') });
			await expect(note).toBeVisible();
			expect(page.url()).toBe(fitted);
			const saved = await saveFile(page, note.getByRole('button', { name: t('helpers.mpn.file.save') }));
			expect(saved.tool).toBe('mpn-helper');

			await page.goto(mpnUrl(locale));
			await expect(page.locator('[data-helper="mpn"]')).toHaveAttribute('data-ready', '');
			const open = page.getByLabel(t('helpers.mpn.file.open'));
			await open.setInputFiles(jsonFile('claim.json', { tool: 'claim-simulator', query: 'step=activity' }));
			await expect(page.getByRole('alert').filter({ hasText: t('helpers.mpn.file.unreadable') })).toBeVisible();
			await open.setInputFiles(jsonFile('mpn-ids.json', saved));
			await expect(rows).toHaveCount(count);
			await expect(page.locator('#mpn-helper-row-0-location')).toHaveValue(location);
			await expect(note).toBeVisible();
		});
	});
}

// A link from one tool to another is never offered past the limit (#17): English and one CJK locale (the note's numbers
// and quotes in the reader's language; the other behaviour locales share the view).
for (const locale of locales.filter((candidate) => candidate.lang === 'en' || candidate.lang === 'ja')) {
	const t = messagesTranslator(locale.lang);

	test(`${locale.lang}: a submitted claim too long for a link to the lifecycle simulator is saved as its file and opens there`, async ({
		page,
	}) => {
		const name = ideographs(0x17_4a0d, 4000);
		await page.setViewportSize({ width: 320, height: 800 });
		await page.goto(simulatorUrl(locale, '?preset=happy-path&step=activity'));
		await expect(page.locator('.claim-simulator')).not.toHaveAttribute('inert');
		await page.getByLabel(t('simulator.claimName'), { exact: true }).fill(name);
		await expect(page.getByRole('status').filter({ hasText: tooLongNote(locale, t, 'simulator.linkTooLong') })).toBeVisible();
		await page
			.getByRole('navigation', { name: t('simulator.stepsLabel') })
			.getByRole('button', { name: new RegExp(t('simulator.step.submit')) })
			.click();
		await page
			.locator('form.cs-step')
			.getByRole('button', { name: t('simulator.submit') })
			.click();
		await expect(page.locator('.cs-submitted h3')).toHaveText(t('simulator.submittedHeading'));

		const limit = new Intl.NumberFormat(locale.lang).format(LINK_LIMIT);
		const note = page
			.getByRole('status')
			.filter({ hasText: messagePattern(t, 'simulator.handover.tooLong', { limit, open: t('lifecycle.ui.openFile') }, ['size']) });
		await expect(note).toBeVisible();
		await expect(page.getByRole('link', { name: t('simulator.followReview') })).toHaveCount(0);
		await expect(page.locator('.cs-submitted a[href*="claim="]')).toHaveCount(0);
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
		const saved = await saveFile(page, note.getByRole('button', { name: t('simulator.handover.save') }));
		expect(saved.tool).toBe('claim-lifecycle');

		const goTo = note.getByRole('link', { name: t('simulator.handover.goTo') });
		await expect(goTo).toHaveAttribute('href', lifecycleUrl(locale));
		await goTo.click();
		await expect(page.locator('.lc-status')).toBeVisible();
		await page.getByLabel(t('lifecycle.ui.openFile')).setInputFiles(jsonFile('claim-lifecycle.json', saved));
		await expect(page.getByText(t('lifecycle.ui.handedOver'))).toBeVisible();
		await expect(page.locator('main')).toContainText(name);
		await expect(page.locator('.lc-status')).toContainText(t('lifecycle.status.submitted.name'));
	});
}

test.describe('storage corrupt', () => {
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

	test('a corrupt session value restarts the embedded simulator quietly, not as a damaged link', async ({ page }) => {
		await typeInEmbeddedSimulator(page, english, messagesTranslator(english.lang), 'Soon corrupt');
		await page.evaluate(() => {
			for (const key of Object.keys(sessionStorage))
				if (key.startsWith('claim-simulator:')) sessionStorage.setItem(key, 'draft=%%%&step=nope');
		});
		await reloadWritten(page);
		const tool = page.locator('details.section-tool[data-tool="claim-simulator"]').first();
		await tool.locator('summary').click();
		await expect(tool.locator('.claim-simulator')).not.toHaveAttribute('aria-busy');
		await expect(tool.locator('.cs-steps')).toBeVisible();
		await expect(tool.getByRole('alert')).toHaveCount(0);
	});
});

test.describe('states at the tools’ own maximums reload without loss', () => {
	const t = messagesTranslator(english.lang);

	test('a claim name of 10,000 CJK characters', async ({ page }) => {
		const name = '請求名'.repeat(3333) + '終';
		await page.goto(simulatorUrl(english, '?preset=happy-path&step=activity'));
		await expect(page.locator('.claim-simulator')).not.toHaveAttribute('inert');
		await page.getByLabel(t('simulator.claimName'), { exact: true }).fill(name);
		await expect(page).toHaveURL(/draft=\./);
		expect(page.url().length).toBeLessThan(8200);
		await reloadWritten(page);
		await expect(page.getByLabel(t('simulator.claimName'), { exact: true })).toHaveValue(name);
	});

	test('the MPN helper with 50 rows of 200-character labels', async ({ page }) => {
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
		await page.goto(withQuery(mpnUrl(english), query));
		const rows = page.locator('[data-helper="mpn"] .helper-mpn-row');
		await expect(rows).toHaveCount(MAX_MPN_ROWS);
		await page.locator('#mpn-helper-row-49-id').fill('7654321');
		await reloadWritten(page);
		await expect(rows).toHaveCount(MAX_MPN_ROWS);
		await expect(page.locator('#mpn-helper-row-49-id')).toHaveValue('7654321');
		await expect(page.locator('#mpn-helper-row-0-id')).toHaveValue('1000000');
	});

	test('an old, plain link still opens', async ({ page }) => {
		const state = { ...initialState(), draft: { ...initialState().draft, claimName: 'Plain link' }, step: 'activity' as const };
		const plain = encodeState(state);
		expect(plain.get('draft')).toBe(encodeJson({ claimName: 'Plain link' }));
		await page.goto(simulatorUrl(english, `?${plain}`));
		await expect(page.getByLabel(t('simulator.claimName'), { exact: true })).toHaveValue('Plain link');
	});
});
