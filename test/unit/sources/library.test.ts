import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceFormatError } from '../../../src/localization/index.ts';
import { articleText, englishCalloutLabels } from '../../../src/article/index.ts';
import { translator } from '../../../src/i18n/messages.ts';
import { articleEntryData, articleMetaSchema } from '../../../src/sources/article-entry.ts';
import { articleNames, buildArticlePages, readSourceFiles, SOURCES_DIR, type SourceFile } from '../../../src/sources/library.ts';
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

describe('the checks the build shares with the importer', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'cpor-library-'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('refuses a file with an invalid UTF-8 byte, naming file and line, instead of publishing U+FFFD', () => {
		const seed = readFileSync(join(SOURCES_DIR, 'de-DE', `${CAI}.md`));
		const at = seed.indexOf('Wenn');
		mkdirSync(join(dir, 'de-DE'));
		writeFileSync(join(dir, 'de-DE', `${CAI}.md`), Buffer.concat([seed.subarray(0, at + 5), Buffer.from([0xff]), seed.subarray(at + 5)]));
		const line = seed.subarray(0, at).toString('utf8').split('\n').length;
		expect(() => readSourceFiles(dir)).toThrow(SourceFormatError);
		expect(() => readSourceFiles(dir)).toThrow(new RegExp(`de-DE/${CAI}\\.md:${line}: the file is not valid UTF-8`));
	});

	it('recognizes an article delivered under another file name, by its content, and names it', () => {
		const korean = caiFiles().find((file) => file.name.includes('/ko-KR/'))!;
		const renamed = {
			...korean,
			name: 'content/sources/ko-KR/customer-association-issues.ko-kr.md',
			article: 'customer-association-issues.ko-kr',
		};
		const others = readSourceFiles().filter((file) => file.path !== korean.path);
		expect(() => buildArticlePages([...others, renamed], labels)).toThrow(
			new RegExp(`customer-association-issues\\.ko-kr\\.md:1: this is the article "${CAI}" .*name the file ${CAI}\\.md`),
		);
		// The same English under another name, without the hash and the title anchor that would also give it away.
		const disguised = {
			...renamed,
			text: korean.text
				.replace(/^ms\.openlocfilehash:.*$/m, 'ms.openlocfilehash: deadbeef')
				.replace(/<a name="[^"]+"><\/a>/, '<a name="other"></a>'),
		};
		expect(() => buildArticlePages([...others, disguised], labels)).toThrow(/the same English of source version 36a60f67/);
	});
});

describe('UI strings outside pages', () => {
	it('fall back to English for a locale without a strings file', () => {
		expect(translator('it')('site.article.showOriginal')).toBe('Show the English original');
		expect(translator('ja')('site.article.showOriginal')).toBe('英語の原文を表示');
	});
});
