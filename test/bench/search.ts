/**
 * Search figures for `npm run bench`, measured in the system Chromium against the built site on the
 * bench's static host (`static-server.ts`: what a reader of the deployed site gets, as for the other
 * browser figures), in each locale, on a fresh page (empty cache); a locale without a hand-picked
 * query set below takes its queries from `test/search/queries.<lang>.ts`. Each timed figure is the
 * median of its runs, with their min and max:
 * - first search: from the first keystroke (Ctrl+K, which also starts loading the dialog and the index;
 *   the query is typed once the dialog's field has the focus) to the first results on screen, index
 *   load included, on a page that has finished loading (no request for 500 ms: Playwright's `networkidle`). The dialog shows the exact matches as soon
 *   as they are ready and adds the partial matches below them; the time to the complete list is
 *   reported too. Also reported, without a budget: the first search started the moment the search
 *   button appears, while the page's own start-up work still runs (on this 2-core machine that work,
 *   not the search, adds about 100 ms), and over a 40 ms round trip (it shows what
 *   the parallel start-up downloads save where the network, not the processor, is the limit);
 * - later queries: the median time from a query's `input` event in the field (typed or pasted at once) to its
 *   complete results on screen (one pass over the locale's queries, on a fresh page after its first search, is one
 *   run: each query is new to the page);
 * - bytes fetched for the first search: every response from the first keystroke to the complete
 *   results, gzipped (level 9) as a static host would serve them (Pagefind's index files are
 *   already compressed, so gzip barely changes them).
 * The dialog marks its state (`data-state`: `more` while partial matches load, then `done`; and
 * `data-query`), which is what the page-side timers watch.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { searchBudgets } from '../../src/budgets.ts';
import type { SiteLocale } from '../../src/i18n/locales.ts';
import { localePrefix } from '../../src/routes.ts';
import { normalizeQuery } from '../../src/search/normalize.ts';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../support/chromium.ts';
import { DIST_DIR } from '../support/built-pages.ts';
import { serveStatic } from './static-server.ts';
import { kb, progress, type BenchFigure } from './shared.ts';
import { median, repeat, spreadFigure } from './stats.ts';
import type { RecallQuery } from '../search/query-set.ts';
import { queries as ko } from '../search/queries.ko.ts';
import { queries as zhCN } from '../search/queries.zh-CN.ts';
import { queries as de } from '../search/queries.de.ts';
import { queries as fr } from '../search/queries.fr.ts';

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

/** The recall sets of `test/search/`, for the locales without a hand-picked set above. */
const recallSets: Record<string, readonly RecallQuery[]> = { ko, 'zh-CN': zhCN, de, fr };

/**
 * A locale's queries: the hand-picked set above, or, from the locale's recall set, its first pasted portal message
 * as the first search and the next ten queries as the later ones.
 */
function queriesOf(lang: string): { first: string; later: string[] } {
	const picked = queries[lang];
	if (picked) return picked;
	const set = recallSets[lang];
	if (!set) throw new Error(`search bench: no queries for ${lang} (add a set to test/bench/search.ts)`);
	const first = set.find((query) => query.kind === 'pasted') ?? set[0]!;
	const later = [...new Set(set.map((query) => query.q))].filter((q) => q !== first.q).slice(0, 10);
	return { first: first.q, later };
}

/** How long a search may take before the bench gives up on it (a busy machine is slow, not stuck). */
const RESULTS_TIMEOUT_MS = 30_000;

/** What the page-side timer waits for: the first results (exact matches may come first) or the complete list. */
type Shown = 'first' | 'complete';

/** Resolves, in the page, with the time (performance.now) the dialog shows results of `query`. */
function whenResultsShown(page: Page, query: string, shown: Shown): Promise<number> {
	return page.evaluate(
		([wanted, states, timeout]) =>
			new Promise<number>((resolve, reject) => {
				// The dialog is in the page only once the reader's intent loaded it (Ctrl+K here): watched from then on.
				const done = () => {
					const dialog = document.querySelector<HTMLElement>('dialog.site-search');
					return !!dialog && states.includes(dialog.dataset['state'] ?? '') && dialog.dataset['query'] === wanted;
				};
				if (done()) return resolve(performance.now());
				setTimeout(() => reject(new Error(`no results for "${wanted}" within ${timeout} ms`)), timeout);
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
		[normalizeQuery(query), shown === 'first' ? ['more', 'done'] : ['done'], RESULTS_TIMEOUT_MS] as const,
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
	// The dialog loads on that intent: text typed before its field has the focus is lost (a reader sees the field
	// first), so the query is typed once it has; the time still runs from Ctrl+K.
	await page.waitForFunction(() => document.activeElement?.matches('dialog.site-search input[role="combobox"]'), undefined, {
		timeout: RESULTS_TIMEOUT_MS,
	});
	await page.keyboard.insertText(query);
	const [firstAt, completeAt] = await Promise.all([first, complete]);
	counting = false;
	const start = await page.evaluate(() => (window as unknown as { firstKey: number }).firstKey);
	const bytes = (await Promise.all(fetched)).reduce((sum, size) => sum + size, 0);
	return { ms: firstAt - start, completeMs: completeAt - start, bytes };
}

/** The first search on fresh pages, `runs` times. */
async function firstSearches(
	browser: Browser,
	url: string,
	path: string,
	query: string,
	runs: number,
	{ slow = false, early = false }: { slow?: boolean; early?: boolean } = {},
): Promise<FirstSearch[]> {
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
	return results;
}

/**
 * One pass over a locale's later queries on a fresh page, after its first search: the median time from a query's
 * `input` event to its complete results. Each query is new to the page, as a reader's next query is.
 */
async function laterQueries(browser: Browser, url: string, path: string, set: { first: string; later: string[] }): Promise<number> {
	const context = await browser.newContext({ baseURL: url });
	try {
		const page = await context.newPage();
		await firstSearch(page, path, set.first);
		const field = page.locator('dialog.site-search input[role="combobox"]');
		// The time runs from the field's `input` event (the query as the page receives it), not from a timestamp
		// taken before Playwright's `fill`: its round trips and checks (10–12 ms here) are the harness's, not the site's.
		await page.evaluate(() => {
			addEventListener('input', (event) => ((window as unknown as { typedAt?: number }).typedAt = event.timeStamp), { capture: true });
		});
		const times: number[] = [];
		for (const query of set.later) {
			const later = whenResultsShown(page, query, 'complete');
			await field.fill(query);
			const shownAt = await later;
			times.push(shownAt - (await page.evaluate(() => (window as unknown as { typedAt: number }).typedAt)));
		}
		return median(times);
	} finally {
		await context.close();
	}
}

/**
 * The search figures in each of `searchLocales`: the first searches (5 fresh pages each, 3 over the slow network),
 * and `passes` passes over the later queries (each pass's median is one run of the later-query figure). Each timed
 * figure is the median of its runs, with their min and max.
 */
export async function benchSearch(searchLocales: readonly SiteLocale[], passes: number): Promise<BenchFigure[]> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
	const server = await serveStatic(DIST_DIR);
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	const figures: BenchFigure[] = [];
	try {
		for (const locale of searchLocales) {
			progress(`search (${locale.lang})…`);
			const set = queriesOf(locale.lang);
			const home = localePrefix(locale);
			const first = await firstSearches(browser, server.url, home, set.first, FIRST_SEARCH_RUNS);
			const early = await firstSearches(browser, server.url, home, set.first, FIRST_SEARCH_RUNS, { early: true });
			const slow = await firstSearches(browser, server.url, home, set.first, 3, { slow: true });
			const name = (what: string) => `search (${locale.lang}): ${what}`;
			figures.push(
				spreadFigure(
					{ name: name('first search, keystroke to results'), unit: 'ms', budget: SEARCH_BUDGETS.firstSearchMs },
					first.map((run) => run.ms),
				),
				spreadFigure(
					{ name: name('first search, to the complete list'), unit: 'ms' },
					first.map((run) => run.completeMs),
				),
				spreadFigure(
					{ name: name('first search, page still starting'), unit: 'ms' },
					early.map((run) => run.ms),
				),
				spreadFigure(
					{ name: name(`first search, ${SLOW_NETWORK.latency} ms round trip`), unit: 'ms' },
					slow.map((run) => run.ms),
				),
				{
					name: name('bytes for the first search'),
					value: kb(median(first.map((run) => run.bytes))),
					unit: 'KB',
					budget: SEARCH_BUDGETS.firstSearchKb,
				},
			);

			// Each pass on a fresh page, after its first search: a pass on the page of the one before would ask the same
			// queries again, with their index chunks and pages already loaded, which no reader's next query finds.
			const passMedians = await repeat(passes, () => laterQueries(browser, server.url, home, set));
			figures.push(
				spreadFigure(
					{ name: name(`later queries, median of ${set.later.length}`), unit: 'ms', budget: SEARCH_BUDGETS.laterQueryMs },
					passMedians,
					1,
				),
			);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return figures;
}
