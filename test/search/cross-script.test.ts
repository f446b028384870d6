/**
 * Chinese across scripts (issue #18 §4), on the built index: a Simplified query on `/zh-tw/` finds the zh-TW page and,
 * with other languages searched, the zh-CN copy too; a Traditional query on `/zh-cn/` finds the zh-CN page and the zh-TW
 * copy. The copies share one result (listed in the reader's language); `foundIn` names every index that found it.
 * Needs `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { openSiteSearch, serveDist, type DistServer } from './pagefind-node.ts';
import { ARTICLE } from './query-set.ts';

let server: DistServer;
beforeAll(async () => {
	server = await serveDist();
});
afterAll(async () => {
	await server.close();
});

const cases = [
	// Each article's heading typed in the other script: the zh-TW one in Simplified characters, the zh-CN one in
	// Traditional ones, and the zh-CN heading as a Simplified reader types it on /zh-tw/.
	{ page: 'zh-TW', q: '网域-租使用者不符', other: 'zh-CN', section: 'domain-tenant-mismatch' },
	{ page: 'zh-CN', q: '競爭聲明', other: 'zh-TW', section: 'competing-claims' },
	{ page: 'zh-TW', q: '竞争声明', other: 'zh-CN', section: 'competing-claims' },
	// A portal message as the zh-CN article quotes it, typed with a Traditional input method.
	{ page: 'zh-CN', q: '客戶的租戶上不存在所選產品', other: 'zh-TW', section: 'subscription-errors-in-the-cpor-association-claim-flow' },
] as const;

describe.each(cases)('$q on /$page/', (query) => {
	const locale = locales.find((candidate) => candidate.lang === query.page)!;

	it('finds the page in the reader’s script in the top 3, and its copy in the other script with other languages searched', async () => {
		const search = await openSiteSearch(locale, server);
		const own = await search.search(query.q, { crossLanguage: false });
		const found = own.results.slice(0, 3).find((candidate) => candidate.key.replace(/#.*$/, '') === ARTICLE);
		expect(found?.page.lang, own.results.map((r) => r.page.url).join(' ')).toBe(query.page);
		expect(found?.page.subResults.slice(0, 3).map((sub) => sub.anchor)).toContain(query.section);

		const both = await search.search(query.q, { crossLanguage: true });
		const result = both.results.slice(0, 3).find((candidate) => candidate.key.replace(/#.*$/, '') === ARTICLE);
		expect(result?.page.lang).toBe(query.page);
		expect(result?.foundIn).toEqual(expect.arrayContaining([query.page, query.other]));
	});
});
