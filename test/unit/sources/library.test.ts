import { describe, expect, it } from 'vitest';
import { articleText, englishCalloutLabels } from '../../../src/article/index.ts';
import { translator } from '../../../src/i18n/messages.ts';
import { articleEntryData, articleMetaSchema } from '../../../src/sources/article-entry.ts';
import { articleNames, buildArticlePages, readSourceFiles, type SourceFile } from '../../../src/sources/library.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { newerVersionChangingCompetingClaims } from '../article/fixtures.ts';

/** The troubleshooting article (CAI), the one these tests read closely. */
const CAI = 'incentives-customer-association-issues';
const caiFiles = () => readSourceFiles().filter((file) => file.article === CAI);

const labels = () => englishCalloutLabels;

describe('the published library', () => {
	const files = readSourceFiles();
	const pages = buildArticlePages(caiFiles(), labels);

	it('publishes every article in English and in every locale that has a file', () => {
		expect(articleNames()).toEqual(
			expect.arrayContaining([CAI, 'submit-osa-claim', 'incentives-manage-customer-associations', 'find-customer-domain-name']),
		);
		const ids = buildArticlePages(files, labels).map((page) => `${page.id} ${page.locale.lang}`);
		const expected = articleNames(files).flatMap((article) => [
			`${article} en`,
			...files
				.filter((file) => file.article === article)
				.map((file) => locales.find((locale) => file.name.includes(`/${locale.sourceLocale}/`))!)
				.map((locale) => `${locale.slug}/${article} ${locale.lang}`),
		]);
		expect(ids.sort()).toEqual(expected.sort());
		expect(pages.map((page) => page.id)).toEqual(expect.arrayContaining([CAI, `ja/${CAI}`, `zh-tw/${CAI}`, `ko/${CAI}`]));
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
		const files = caiFiles().map((file): SourceFile =>
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
		expect(translator('it')('site.article.showOriginal')).toBe('Show the English original');
		expect(translator('ja')('site.article.showOriginal')).toBe('英語の原文を表示');
	});
});
