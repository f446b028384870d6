/**
 * Search figures for `npm run bench`, measured in the system Chromium against the built site on the
 * bench's static host (`static-server.ts`: what a reader of the deployed site gets, as for the other
 * browser figures), in each locale, on a fresh page (empty cache):
 * - first search: from the first keystroke (Ctrl+K, which also starts loading the index) to the first
 *   results of a typed query on screen, index load included, on a page that has finished loading
 *   (no request for 500 ms: Playwright's `networkidle`). The dialog shows the exact matches as soon
 *   as they are ready and adds the partial matches below them; the time to the complete list is
 *   reported too. Also reported, without a budget: the first search typed the moment the search
 *   button appears, while the page's own start-up work still runs (on this 2-core machine that work,
 *   not the search, adds about 100 ms), and over a 40 ms round trip (it shows what
 *   the parallel start-up downloads save where the network, not the processor, is the limit);
 * - later queries: the median time from typing a query to its complete results on screen;
 * - bytes fetched for the first search: every response from the first keystroke to the complete
 *   results, gzipped (level 9) as a static host would serve them (Pagefind's index files are
 *   already compressed, so gzip barely changes them).
 * The dialog marks its state (`data-state`: `more` while partial matches load, then `done`; and
 * `data-query`), which is what the page-side timers watch.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { searchBudgets } from '../../src/budgets.ts';
import { locales } from '../../src/i18n/locales.ts';
import { localePrefix } from '../../src/routes.ts';
import { normalizeQuery } from '../../src/search/normalize.ts';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../support/chromium.ts';
import { DIST_DIR } from '../support/built-pages.ts';
import { serveStatic } from './static-server.ts';

export interface SearchFigure {
	name: string;
	value: number;
	unit: 'ms' | 'KB';
	budget?: number;
}

/** The search budgets of `src/budgets.ts`, as plain figures. */
const SEARCH_BUDGETS = {
	firstSearchMs: searchBudgets.firstSearchMs.value,
	laterQueryMs: searchBudgets.laterQueryMs.value,
	firstSearchKb: searchBudgets.firstSearchKb.value,
};

const queries: Record<string, { first: string; later: string[] }> = {
	en: {
		first: 'subscription not active',
		later: [
			'tenant id',
			'DOMAIN_TENANT_MISMATCH',
			'The subscription provided is for CSP',
			'proof of execution',
			'which MPN',
			'competing claims',
			'Dynamics',
			'grace',
			'ｐｒｏｏｆ',
			'another partner claimed',
		],
	},
	ja: {
		first: 'サブスクリプションの有効期限が切れています',
		later: [
			'テナント ID',
			'SUBSCRIPTION_IS_CSP',
			'指定されたサブスクリプションが CSP を対象としている',
			'実行証明',
			'どの MPN',
			'競合',
			'ｻﾌﾞｽｸﾘﾌﾟｼｮﾝ',
			'猶予状態',
			'ドメイン',
			'The subscription provided is for CSP',
		],
	},
	'zh-TW': {
		first: '訂用帳戶不是使用中',
		later: [
			'租用戶識別碼',
			'COMPETING_CLAIM',
			'提供的訂閱適用於 CSP',
			'執行證明',
			'哪一種 MPN',
			'競爭宣告',
			'寬限期',
			'網域',
			'訂用帳戶ＩＤ',
			'The subscription has already been claimed',
		],
	},
};

/** What the page-side timer waits for: the first results (exact matches may come first) or the complete list. */
type Shown = 'first' | 'complete';

/** Resolves, in the page, with the time (performance.now) the dialog shows results of `query`. */
function whenResultsShown(page: Page, query: string, shown: Shown): Promise<number> {
	return page.evaluate(
		([wanted, states]) =>
			new Promise<number>((resolve) => {
				// The dialog is in the page only once the reader's intent loaded it (Ctrl+K here): watched from then on.
				const done = () => {
					const dialog = document.querySelector<HTMLElement>('dialog.site-search');
					return !!dialog && states.includes(dialog.dataset['state'] ?? '') && dialog.dataset['query'] === wanted;
				};
				if (done()) return resolve(performance.now());
				const observer = new MutationObserver(() => {
					if (done()) {
						observer.disconnect();
						resolve(performance.now());
					}
				});
				observer.observe(document.body, {
					subtree: true,
					childList: true,
					attributes: true,
					attributeFilter: ['data-state', 'data-query'],
				});
			}),
		[normalizeQuery(query), shown === 'first' ? ['more', 'done'] : ['done']] as const,
	);
}

const FIRST_SEARCH_RUNS = 5;
/** The round trip of the "slow network" first search, and its bandwidth (10 Mbit/s), in bytes per second. */
const SLOW_NETWORK = { latency: 40, throughput: 1_250_000 };

interface FirstSearch {
	/** Keystroke to first results. */
	ms: number;
	/** Keystroke to the complete list. */
	completeMs: number;
	bytes: number;
}

/**
 * Loads `path` (and waits until it has settled, unless `early`), then times Ctrl+K and typing
 * `query` until its results show; counts the bytes fetched meanwhile.
 */
async function firstSearch(page: Page, path: string, query: string, early = false): Promise<FirstSearch> {
	await page.goto(path);
	await page.locator('.site-search__button').waitFor({ state: 'visible' });
	if (!early) await page.waitForLoadState('networkidle');
	const fetched: Promise<number>[] = [];
	let counting = false;
	page.on('response', (response) => {
		if (counting)
			fetched.push(
				response.body().then(
					(body) => gzipSync(body, { level: 9 }).byteLength,
					() => 0,
				),
			);
	});
	await page.evaluate(() => {
		addEventListener('keydown', () => ((window as unknown as { firstKey?: number }).firstKey ??= performance.now()), { capture: true });
	});
	const first = whenResultsShown(page, query, 'first');
	const complete = whenResultsShown(page, query, 'complete');
	counting = true;
	await page.keyboard.press('Control+k');
	await page.keyboard.insertText(query);
	const [firstAt, completeAt] = await Promise.all([first, complete]);
	counting = false;
	const start = await page.evaluate(() => (window as unknown as { firstKey: number }).firstKey);
	const bytes = (await Promise.all(fetched)).reduce((sum, size) => sum + size, 0);
	return { ms: firstAt - start, completeMs: completeAt - start, bytes };
}

/** The first search on fresh pages, `runs` times; the run with the median time to first results. */
async function medianFirstSearch(
	browser: Browser,
	url: string,
	path: string,
	query: string,
	runs: number,
	{ slow = false, early = false }: { slow?: boolean; early?: boolean } = {},
): Promise<FirstSearch> {
	const results: FirstSearch[] = [];
	for (let run = 0; run < runs; run++) {
		const context = await browser.newContext({ baseURL: url });
		const page = await context.newPage();
		if (slow) {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', {
				offline: false,
				latency: SLOW_NETWORK.latency,
				downloadThroughput: SLOW_NETWORK.throughput,
				uploadThroughput: SLOW_NETWORK.throughput,
			});
		}
		results.push(await firstSearch(page, path, query, early));
		await context.close();
	}
	return results.sort((a, b) => a.ms - b.ms)[Math.floor(results.length / 2)]!;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function benchSearch(): Promise<SearchFigure[]> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
	const server = await serveStatic(DIST_DIR);
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	const figures: SearchFigure[] = [];
	try {
		for (const locale of locales) {
			const set = queries[locale.lang]!;
			const home = localePrefix(locale);
			const first = await medianFirstSearch(browser, server.url, home, set.first, FIRST_SEARCH_RUNS);
			const early = await medianFirstSearch(browser, server.url, home, set.first, FIRST_SEARCH_RUNS, { early: true });
			const slow = await medianFirstSearch(browser, server.url, home, set.first, 3, { slow: true });
			figures.push({
				name: `search (${locale.lang}): first search, keystroke to results`,
				value: Math.round(first.ms),
				unit: 'ms',
				budget: SEARCH_BUDGETS.firstSearchMs,
			});
			figures.push({
				name: `search (${locale.lang}): first search, to the complete list`,
				value: Math.round(first.completeMs),
				unit: 'ms',
			});
			figures.push({ name: `search (${locale.lang}): first search, page still starting`, value: Math.round(early.ms), unit: 'ms' });
			figures.push({
				name: `search (${locale.lang}): first search, ${SLOW_NETWORK.latency} ms round trip`,
				value: Math.round(slow.ms),
				unit: 'ms',
			});
			figures.push({
				name: `search (${locale.lang}): bytes for the first search`,
				value: Math.round(first.bytes / 10) / 100,
				unit: 'KB',
				budget: SEARCH_BUDGETS.firstSearchKb,
			});

			const context = await browser.newContext({ baseURL: server.url });
			const page = await context.newPage();
			await firstSearch(page, home, set.first);

			const times: number[] = [];
			const field = page.locator('dialog.site-search input[role="combobox"]');
			for (const query of set.later) {
				const later = whenResultsShown(page, query, 'complete');
				const typed = await page.evaluate(() => performance.now());
				await field.fill(query);
				times.push((await later) - typed);
			}
			figures.push({
				name: `search (${locale.lang}): later queries, median`,
				value: Math.round(median(times) * 10) / 10,
				unit: 'ms',
				budget: SEARCH_BUDGETS.laterQueryMs,
			});
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return figures;
}
