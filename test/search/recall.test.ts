/**
 * Recall@3 of the site's search on the built index, per locale: every query of
 * `queries.<lang>.ts` must find its page (and section) among the first 3 results, searched as a page
 * in that locale searches (Pagefind's own JS API, the site's normalization, ladder and cross-language
 * merge). Requires recall@3 and top-1 (the expected page first) per locale at least as high as `searchRecall` in
 * `src/budgets.ts` says, prints each locale's figures and misses, and checks that off-topic queries are not
 * presented as a confident answer, nor off-topic questions in another language as a partial one.
 * Needs `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchRecall } from '../../src/budgets.ts';
import { locales, type SiteLocale } from '../../src/i18n/locales.ts';
import type { SearchResult } from '../../src/search/engine.ts';
import { openSiteSearch, serveDist, type DistServer } from './pagefind-node.ts';
import { offTopic as enOffTopic, queries as en } from './queries.en.ts';
import { offTopic as jaOffTopic, queries as ja } from './queries.ja.ts';
import { offTopic as zhTWOffTopic, queries as zhTW } from './queries.zh-TW.ts';
import { offTopic as koOffTopic, queries as ko } from './queries.ko.ts';
import { offTopic as zhCNOffTopic, queries as zhCN } from './queries.zh-CN.ts';
import { offTopic as deOffTopic, queries as de } from './queries.de.ts';
import { offTopic as frOffTopic, queries as fr } from './queries.fr.ts';
import { foreignOffTopic, type OffTopicQuery, type RecallQuery } from './query-set.ts';

const querySets: Record<string, RecallQuery[]> = { en, ja, 'zh-TW': zhTW, ko, 'zh-CN': zhCN, de, fr };
const offTopicSets: Record<string, OffTopicQuery[]> = {
	en: enOffTopic,
	ja: jaOffTopic,
	'zh-TW': zhTWOffTopic,
	ko: koOffTopic,
	'zh-CN': zhCNOffTopic,
	de: deOffTopic,
	fr: frOffTopic,
};
const REQUIRED_RECALL = searchRecall.minRecall.value;
const REQUIRED_TOP_ONE = searchRecall.minTopOne.value;
const TOP = searchRecall.topResults.value;

/** Whether a result is the page (and section) the query expects, for a reader of `locale`. */
export function satisfies(result: SearchResult, query: RecallQuery, locale: SiteLocale): boolean {
	const path = result.key.replace(/#.*$/, '');
	if (query.lang !== 'any' && result.page.lang !== locale.lang) return false;
	if (query.alsoRight?.includes(path)) return true;
	if (path !== query.page) return false;
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
			const notFirst: string[] = [];
			for (const query of set) {
				const outcome = await search.search(query.q);
				const top = outcome.results.slice(0, TOP);
				if (!outcome.results[0] || !satisfies(outcome.results[0], query, locale))
					notFirst.push(`  ${query.kind}: "${query.q}" → first ${outcome.results[0]?.page.url ?? 'nothing'}`);
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
			const topOne = (set.length - notFirst.length) / set.length;
			console.log(
				`recall@${TOP} ${locale.lang}: ${(recall * 100).toFixed(1)}% (${set.length - misses.length}/${set.length})${misses.length ? `\n${misses.join('\n')}` : ''}`,
			);
			console.log(
				`top-1 ${locale.lang}: ${(topOne * 100).toFixed(1)}% (${set.length - notFirst.length}/${set.length})${notFirst.length ? `\n${notFirst.join('\n')}` : ''}`,
			);
			const confident: string[] = [];
			for (const { q } of offTopicSets[locale.lang] ?? []) {
				const outcome = await search.search(q);
				if (outcome.confidence === 'strong') confident.push(`  "${q}" → ${outcome.results[0]?.page.url ?? 'nothing'} (strong)`);
			}
			const claimed: string[] = [];
			for (const { q } of foreignOffTopic) {
				const outcome = await search.search(q);
				if (outcome.confidence !== 'weak') claimed.push(`  "${q}" → ${outcome.results[0]?.page.url ?? 'nothing'} (${outcome.confidence})`);
			}
			// A locale whose top-1 gap is recorded as open work (src/budgets.ts) is held to its measured floor.
			expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(REQUIRED_RECALL);
			expect(topOne, notFirst.join('\n')).toBeGreaterThanOrEqual(REQUIRED_TOP_ONE);
			expect(confident, 'off-topic queries answered with confidence').toEqual([]);
			expect(claimed, 'off-topic questions in another language called a match').toEqual([]);
		},
	);
});
