import { describe, expect, it } from 'vitest';
import { articleText, englishCalloutLabels } from '../../../src/article/index.ts';
import { translator } from '../../../src/i18n/messages.ts';
import { articleEntryData, articleMetaSchema } from '../../../src/sources/article-entry.ts';
import { articleNames, buildArticlePages, readSourceFiles, type SourceFile } from '../../../src/sources/library.ts';
import { newerVersionChangingCompetingClaims } from '../article/fixtures.ts';

const labels = () => englishCalloutLabels;

describe('the published library', () => {
	const pages = buildArticlePages(readSourceFiles(), labels);

	it('publishes the article in English and in every locale that has a file', () => {
		expect(articleNames()).toEqual(['incentives-customer-association-issues']);
		expect(pages.map((page) => [page.id, page.locale.lang])).toEqual([
			['incentives-customer-association-issues', 'en'],
			['ja/incentives-customer-association-issues', 'ja'],
			['zh-tw/incentives-customer-association-issues', 'zh-TW'],
		]);
	});

	it('derives the English page from the English halves of the segments', () => {
		const [english, japanese] = pages;
		// The same English, apart from the space between two sentences, which the Japanese view drops where its
		// translations meet CJK to CJK (`cjkSpacing` in src/article/assemble.ts); each original is shown per sentence.
		const sentences = (text: string) => text.replace(/([.:!?])\s+/g, '$1');
		expect(sentences(articleText(english!.view, 'english'))).toBe(sentences(articleText(japanese!.view, 'english')));
		expect(articleText(english!.view, 'english')).toContain('subdomain. If you receive an error');
		expect(english!.view.title).toBe('Customer association issues');
	});

	it('gives every page what the notices and the attribution need', () => {
		for (const page of pages) {
			const data = articleEntryData(page);
			expect(articleMetaSchema.parse(data.article)).toEqual(data.article);
			expect(data.article.englishHref).toBe('/incentives-customer-association-issues/');
			expect(data.article.englishTitle).toBe('Customer association issues');
		}
		const [english, japanese] = pages.map(articleEntryData);
		expect(english!.article).toMatchObject({ translation: 'english', upstreamPage: expect.stringContaining('/en-us/partner-center/') });
		expect(japanese!.article).toMatchObject({
			translation: 'MT',
			sourceLocale: 'ja-JP',
			current: true,
			changedSections: [],
			upstreamRepository: 'https://github.com/MicrosoftDocs/partner-center-pr.ja-jp',
		});
	});

	it('names the changed sections of an outdated translation by their heading in its language', () => {
		const files = readSourceFiles().map((file): SourceFile =>
			file.name.includes('zh-TW') ? { ...file, text: newerVersionChangingCompetingClaims() } : file,
		);
		const japanese = buildArticlePages(files, labels).find((page) => page.id.startsWith('ja/'))!;
		const { article } = articleEntryData(japanese);
		expect(article.current).toBe(false);
		expect(article.changedSections).toEqual([{ anchor: 'competing-claims', heading: '競合している要求' }]);
		expect(article.untranslatedSegments).toBeGreaterThan(0);
	});
});

describe('UI strings outside pages', () => {
	it('fall back to English for a locale without a strings file', () => {
		expect(translator('ko')('site.article.showOriginal')).toBe('Show the English original');
		expect(translator('ja')('site.article.showOriginal')).toBe('英語の原文を表示');
	});
});
