/**
 * Search figures for `npm run bench`, measured in the system Chromium against `astro preview` of the
 * built site, in each locale, on a fresh page (empty cache):
 * - first search: from the first keystroke (Ctrl+K, which also starts loading the index) to the
 *   results of a typed query on screen, index load included;
 * - later queries: the median time from typing a query to its results on screen;
 * - bytes fetched for the first search: every response from the first keystroke to the results,
 *   gzipped (level 9) as a static host would serve them (Pagefind's index files are already
 *   compressed, so gzip barely changes them).
 * The dialog marks its state (`data-state`, `data-query`), which is what the page-side timers watch.
 */
import { chromium, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { localePathPrefix, locales } from '../../src/i18n/locales.ts';
import { normalizeQuery } from '../../src/search/normalize.ts';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../support/chromium.ts';
import { startPreview } from '../support/preview-server.ts';

export interface SearchFigure {
	name: string;
	value: number;
	unit: 'ms' | 'KB';
	budget?: number;
}

export const SEARCH_BUDGETS = { firstSearchMs: 300, laterQueryMs: 50, firstSearchKb: 150 };

const queries: Record<string, { first: string; later: string[] }> = {
	en: {
		first: 'subscription not active',
		later: ['tenant id', 'DOMAIN_TENANT_MISMATCH', 'The subscription provided is for CSP', 'proof of execution', 'which MPN', 'competing claims', 'Dynamics', 'grace', 'ｐｒｏｏｆ', 'another partner claimed'],
	},
	ja: {
		first: 'サブスクリプションの有効期限が切れています',
		later: ['テナント ID', 'SUBSCRIPTION_IS_CSP', '指定されたサブスクリプションが CSP を対象としている', '実行証明', 'どの MPN', '競合', 'ｻﾌﾞｽｸﾘﾌﾟｼｮﾝ', '猶予状態', 'ドメイン', 'The subscription provided is for CSP'],
	},
	'zh-TW': {
		first: '訂用帳戶不是使用中',
		later: ['租用戶識別碼', 'COMPETING_CLAIM', '提供的訂閱適用於 CSP', '執行證明', '哪一種 MPN', '競爭宣告', '寬限期', '網域', '訂用帳戶ＩＤ', 'The subscription has already been claimed'],
	},
};

/** Resolves, in the page, with the time (performance.now) the dialog shows the results of `query`. */
function whenResultsShown(page: Page, query: string): Promise<number> {
	return page.evaluate(
		(wanted) =>
			new Promise<number>((resolve) => {
				const dialog = document.querySelector('dialog.site-search') as HTMLElement;
				const done = () => dialog.dataset['state'] === 'done' && dialog.dataset['query'] === wanted;
				if (done()) return resolve(performance.now());
				const observer = new MutationObserver(() => {
					if (done()) {
						observer.disconnect();
						resolve(performance.now());
					}
				});
				observer.observe(dialog, { attributes: true, attributeFilter: ['data-state', 'data-query'] });
			}),
		normalizeQuery(query),
	);
}

const FIRST_SEARCH_RUNS = 3;

/** Loads `path`, then times Ctrl+K and typing `query` until its results show; counts the bytes fetched meanwhile. */
async function firstSearch(page: Page, path: string, query: string): Promise<{ ms: number; bytes: number }> {
	await page.goto(path);
	await page.locator('.site-search__button').waitFor({ state: 'visible' });
	const fetched: Promise<number>[] = [];
	let counting = false;
	page.on('response', (response) => {
		if (counting) fetched.push(response.body().then((body) => gzipSync(body, { level: 9 }).byteLength, () => 0));
	});
	await page.evaluate(() => {
		addEventListener('keydown', () => ((window as unknown as { firstKey?: number }).firstKey ??= performance.now()), { capture: true });
	});
	const shown = whenResultsShown(page, query);
	counting = true;
	await page.keyboard.press('Control+k');
	await page.keyboard.insertText(query);
	const end = await shown;
	counting = false;
	const start = await page.evaluate(() => (window as unknown as { firstKey: number }).firstKey);
	const bytes = (await Promise.all(fetched)).reduce((sum, size) => sum + size, 0);
	return { ms: end - start, bytes };
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function benchSearch(): Promise<SearchFigure[]> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
	const server = await startPreview();
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	const figures: SearchFigure[] = [];
	try {
		for (const locale of locales) {
			const set = queries[locale.lang]!;
			// The first search, on a fresh page with an empty cache, FIRST_SEARCH_RUNS times; the median is reported.
			const firsts: Array<{ ms: number; bytes: number }> = [];
			for (let run = 0; run < FIRST_SEARCH_RUNS; run++) {
				const context = await browser.newContext({ baseURL: server.url });
				const page = await context.newPage();
				firsts.push(await firstSearch(page, localePathPrefix(locale), set.first));
				await context.close();
			}
			const first = firsts.sort((a, b) => a.ms - b.ms)[Math.floor(firsts.length / 2)]!;
			figures.push({ name: `search (${locale.lang}): first search, keystroke to results`, value: Math.round(first.ms), unit: 'ms', budget: SEARCH_BUDGETS.firstSearchMs });
			figures.push({ name: `search (${locale.lang}): bytes for the first search`, value: Math.round(first.bytes / 10) / 100, unit: 'KB', budget: SEARCH_BUDGETS.firstSearchKb });

			const context = await browser.newContext({ baseURL: server.url });
			const page = await context.newPage();
			await firstSearch(page, localePathPrefix(locale), set.first);

			const times: number[] = [];
			const field = page.locator('dialog.site-search input[role="combobox"]');
			for (const query of set.later) {
				const later = whenResultsShown(page, query);
				const typed = await page.evaluate(() => performance.now());
				await field.fill(query);
				times.push((await later) - typed);
			}
			figures.push({ name: `search (${locale.lang}): later queries, median`, value: Math.round(median(times) * 10) / 10, unit: 'ms', budget: SEARCH_BUDGETS.laterQueryMs });
			await context.close();
		}
	} finally {
		await browser.close();
		await server.stop();
	}
	return figures;
}
