/**
 * Recall@3 of the site's search on the built index, per locale: every query of
 * `queries.<lang>.ts` must find its page (and section) among the first 3 results, searched as a page
 * in that locale searches (Pagefind's own JS API, the site's normalization, ladder and cross-language
 * merge). Requires at least 95% per locale (both figures: `searchRecall` in `src/budgets.ts`) and prints each locale's figure and misses.
 * Needs `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchRecall } from '../../src/budgets.ts';
import { locales, type SiteLocale } from '../../src/i18n/locales.ts';
import type { SearchResult } from '../../src/search/engine.ts';
import { openSiteSearch, serveDist, type DistServer } from './pagefind-node.ts';
import { queries as en } from './queries.en.ts';
import { queries as ja } from './queries.ja.ts';
import { queries as zhTW } from './queries.zh-TW.ts';
import type { RecallQuery } from './query-set.ts';

const querySets: Record<string, RecallQuery[]> = { en, ja, 'zh-TW': zhTW };
const REQUIRED_RECALL = searchRecall.minRecall.value;
const TOP = searchRecall.topResults.value;

/** Whether a result is the page (and section) the query expects, for a reader of `locale`. */
export function satisfies(result: SearchResult, query: RecallQuery, locale: SiteLocale): boolean {
	if (result.key.replace(/#.*$/, '') !== query.page) return false;
	if (query.lang !== 'any' && result.page.lang !== locale.lang) return false;
	return query.section === undefined || result.page.subResults.slice(0, TOP).some((sub) => sub.anchor === query.section);
}

let server: DistServer;
beforeAll(async () => {
	server = await serveDist();
});
afterAll(async () => {
	await server.close();
});

describe.each(locales.map((locale) => [locale.lang, locale] as const))('recall@3 in %s', (_lang, locale) => {
	// A language added without a query set yet (see README, "Adding a language") is reported as skipped, not failed.
	it.skipIf(!querySets[locale.lang])(
		`finds the expected page in the top ${TOP} for at least ${REQUIRED_RECALL * 100}% of the queries`,
		async () => {
			const set = querySets[locale.lang] ?? [];
			expect(set.length, 'queries in the set').toBeGreaterThanOrEqual(20);
			const search = await openSiteSearch(locale, server);
			const misses: string[] = [];
			for (const query of set) {
				const outcome = await search.search(query.q);
				const top = outcome.results.slice(0, TOP);
				if (!top.some((result) => satisfies(result, query, locale))) {
					misses.push(
						`  ${query.kind}: "${query.q}" → expected ${query.page}${query.section ? `#${query.section}` : ''}, got ${
							top
								.map(
									(r) =>
										`${r.page.url}[${r.page.subResults
											.slice(0, TOP)
											.map((s) => s.anchor)
											.join(',')}]`,
								)
								.join(' ') || 'nothing'
						}`,
					);
				}
			}
			const recall = (set.length - misses.length) / set.length;
			console.log(
				`recall@${TOP} ${locale.lang}: ${(recall * 100).toFixed(1)}% (${set.length - misses.length}/${set.length})${misses.length ? `\n${misses.join('\n')}` : ''}`,
			);
			expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(REQUIRED_RECALL);
		},
	);
});
