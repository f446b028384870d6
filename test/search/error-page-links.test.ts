/**
 * The links every error page words the same ("try it in the simulator", "the quoted sentence", "all claim errors", how
 * to read its citations) are not in the search index (#19): they tell no error from another, and a search downloads
 * each error page's text. Needs `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presetMessageKey } from '../../src/claim/preset-names.ts';
import { locales } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/messages.ts';
import { openSiteSearch, serveDist, type DistServer } from './pagefind-node.ts';

let server: DistServer;
beforeAll(async () => {
	server = await serveDist();
});
afterAll(async () => {
	await server.close();
});

describe.each(['en', 'ja', 'zh-TW'])('on the %s pages', (lang) => {
	const locale = locales.find((candidate) => candidate.lang === lang)!;
	const t = translator(lang);

	it('an error page’s indexed text has its own words and the article section it belongs to, not the links every error page has', async () => {
		const search = await openSiteSearch(locale, server);
		// Found by its code (`This site's ID: MPN_UNKNOWN`), which only its own text holds.
		const { results } = await search.search('MPN_UNKNOWN', { crossLanguage: false });
		const page = results.find((result) => result.page.url.endsWith('/errors/mpn-unknown/'))?.page;
		expect(page, results.map((result) => result.page.url).join(' ')).toBeDefined();
		const text = (page!.text ?? '').replace(/\u200b/g, '').replace(/\s+/g, '');
		const squeezed = (phrase: string) => phrase.replace(/\s+/g, '');
		expect(text).toContain(squeezed(t('errors.learnMore.heading')));
		// Nor the labels every error page words the same: its ID's, whether Microsoft documents the check (the badge; the
		// section that says so stays), and the lead of a "changed later" note (its changes stay).
		const chromes = [
			t('errors.citations.explain'),
			t('errors.articleSentence'),
			t('errors.all'),
			t('simulator.page.tryIt'),
			t('errors.siteIdLabel'),
			t('errors.basis.documented'),
			t('errors.basis.assumed'),
			t('errors.basis.reading'),
			t('facts.changedLater.heading'),
		];
		for (const chrome of chromes) expect(text, chrome).not.toContain(squeezed(chrome));
		// Its example in the claim simulator is its own: indexed, and the page's `example`; the words around it are not.
		const example = t(presetMessageKey('mpn-unknown'));
		expect(text).toContain(squeezed(example));
		expect(page!.example).toBe(example);
		expect(text).not.toContain(squeezed(t('errors.cause.example', { example: '' })));
	});
});
