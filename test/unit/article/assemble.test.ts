import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleArticle } from '../../../src/article/assemble.ts';
import { inlineText } from '../../../src/localization/inline.ts';
import { SourceFormatError } from '../../../src/localization/errors.ts';
import { articleSchema, type ArticleView } from '../../../src/article/schema.ts';
import { articleText } from '../../../src/article/text.ts';
import { compareSourceVersions } from '../../../src/article/versions.ts';
import { json, pair, parseSeed, parseText, readSeed, seedPath, vendorFile, VENDOR_MARKUP } from '../localization/helpers.ts';
import {
	ADDED_SENTENCE,
	NEWER_COMMIT,
	newerVersionChangingCompetingClaims,
	newerVersionReorderingAndRemoving,
	REWORDED_171,
} from './fixtures.ts';

const ja = parseSeed('ja-JP');
const zh = parseSeed('zh-TW');

describe('assembling the two seeds', () => {
	const article = assembleArticle([ja, zh]);

	it('takes the newest source version (same ms.date, later ms.lasthandoff: zh-TW)', () => {
		expect(article.sourceVersion.commit).toBe(zh.sourceVersion.commit);
		expect(article.english.file).toBe(seedPath('zh-TW'));
	});

	it('derives the English article from the English halves', () => {
		expect(article.english.kind).toBe('english');
		expect(article.english.locale.lang).toBe('en');
		expect(article.english.title).toBe('Customer association issues');
		expect(article.english.segments).toHaveLength(71);
		expect(article.english.segments.map((segment) => segment.english)).toEqual(zh.segments.map((segment) => segment.english));
	});

	it('describes the English page with the article’s lead (the vendor files carry only translated descriptions)', () => {
		expect(article.english.description).toBe(
			'The content below will help you solve issues that can come up when you work with customer associations.',
		);
		expect(article.translations.find((view) => view.locale.lang === 'ja')?.description).toBe(ja.frontMatter.description);
	});

	// #19: Lighthouse's SEO audit found the English FCD page without a description: its article is a title and steps.
	it('describes an English page without a lead paragraph by its title', () => {
		const file = 'find-customer-domain-name.md';
		const fcd = assembleArticle(
			(['ja-JP', 'zh-TW'] as const).map((locale) =>
				parseText(readFileSync(new URL(`../../../content/sources/${locale}/${file}`, import.meta.url), 'utf8'), `${locale}/${file}`),
			),
		);
		expect(fcd.english.description).toBe(fcd.english.title);
		expect(fcd.english.description).toMatch(/^Find your customer's domain name and directory ID/);
	});

	it('has one view per locale in the order of the site locales, none outdated', () => {
		expect(article.translations.map((view) => view.locale.sourceLocale)).toEqual(['ja-JP', 'zh-TW']);
		for (const view of article.translations) {
			expect(view).toMatchObject({ kind: 'translation', current: true, untranslatedSegments: [], changedSections: [] });
			expect(view.segments).toHaveLength(71);
			expect(view.segments.every((segment) => segment.translation !== null)).toBe(true);
		}
		expect(article.translations[0]?.title).toBe('顧客の関連付けに関する問題');
		expect(article.translations[1]?.description).toContain('CPOR');
	});

	it('does not depend on the order of the documents', () => {
		expect(json(assembleArticle([zh, ja]))).toEqual(json(article));
	});

	it('keeps no vendor markup and matches its schema', () => {
		for (const markup of VENDOR_MARKUP) expect(json(article)).not.toContain(markup);
		expect(articleSchema.safeParse(article).success).toBe(true);
	});
});

describe('English spacing', () => {
	it('separates segments by one space in English, however the source spaced them, and keeps the source spacing in the translation', () => {
		const body = `${pair('a1b2c-101', '一。', 'One.')}${pair('a1b2c-102', '二。', 'Two.')}\u00A0 \n${pair('a1b2c-103', '三。', 'Three.')}\n`;
		const article = assembleArticle([parseText(vendorFile(body), 'ja-JP/spacing.md')]);
		expect(articleText(article.english, 'english')).toBe('One. Two. Three.');
		// Markdown drops the ASCII space before the line break (a soft break), the NBSP stays.
		expect(articleText(article.translations[0] as ArticleView, 'translation')).toBe('一。二。\u00A0\n三。');
	});
});

describe('documents of the same source version', () => {
	it('must have the same English, else the error names both files, the segment and the line', () => {
		const altered = readSeed('zh-TW')
			.replace('ms.sourcegitcommit: c4f2561fb7f224554c31e3af491de4ad65644158', `ms.sourcegitcommit: ${ja.sourceVersion.commit}`)
			.replace('>Global admin<', '>Global administrator<');
		const zhSameVersion = parseText(altered, seedPath('zh-TW'));
		let error: unknown;
		try {
			assembleArticle([ja, zhSameVersion]);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(SourceFormatError);
		const message = (error as SourceFormatError).message;
		expect(message).toContain(`${seedPath('ja-JP')}:29 (segment bd896-109)`);
		expect(message).toContain(`${seedPath('zh-TW')}:29 (segment e1530-109)`);
		expect(message).toContain('Global administrator');
	});

	it('two files of one locale and one version are an error', () => {
		expect(() => assembleArticle([ja, parseText(readSeed('ja-JP'), 'copy/ja.md')])).toThrow(/two files for locale ja-JP/);
	});

	it('no documents at all is an error', () => {
		expect(() => assembleArticle([])).toThrow(/at least one/);
	});
});

describe('source version ordering', () => {
	const version = (date: string, lastHandoff?: string, commit = 'aaaaaaa') => ({
		commit,
		date: new Date(date),
		...(lastHandoff ? { lastHandoff: new Date(lastHandoff) } : {}),
	});
	it('orders by ms.date, then ms.lasthandoff, then commit', () => {
		expect(compareSourceVersions(version('2020-07-01', undefined, 'b'), version('2020-06-29', '2020-12-01', 'c'))).toBeGreaterThan(0);
		expect(compareSourceVersions(version('2020-06-29', '2020-07-23', 'b'), version('2020-06-29', '2020-07-03', 'c'))).toBeGreaterThan(0);
		expect(compareSourceVersions(version('2020-06-29', undefined, 'b'), version('2020-06-29', '2020-07-03', 'c'))).toBeLessThan(0);
		expect(compareSourceVersions(version('2020-06-29', undefined, 'b'), version('2020-06-29', undefined, 'c'))).toBeLessThan(0);
	});
});

describe('an older locale against a newer English version', () => {
	const newer = parseText(newerVersionChangingCompetingClaims(), 'zh-TW/newer.md');
	const article = assembleArticle([ja, newer]);
	const jaView = article.translations.find((view) => view.locale.sourceLocale === 'ja-JP');
	const segment = (number: number) => jaView?.segments.find((candidate) => candidate.number === number);
	const jaSeed = (number: number) => ja.segments.find((candidate) => candidate.number === number);

	it('takes the English and the structure from the newer version', () => {
		expect(article.sourceVersion.commit).toBe(NEWER_COMMIT);
		expect(article.english.segments).toHaveLength(72);
		expect(inlineText(article.english.segments.find((candidate) => candidate.number === 271)?.english ?? [])).toBe(REWORDED_171);
		expect(jaView?.blocks).toEqual(article.english.blocks);
	});

	it('marks the added and the reworded segment untranslated', () => {
		expect(jaView?.current).toBe(false);
		expect(jaView?.untranslatedSegments).toEqual([271, 300]);
		expect(segment(300)).toMatchObject({ translation: null, english: [{ type: 'text', value: ADDED_SENTENCE }] });
	});

	it('names only the competing-claims section as changed', () => {
		expect(jaView?.changedSections).toEqual([{ anchor: 'competing-claims', heading: 'Competing claims', depth: 2 }]);
	});

	it('keeps the translations of moved segments, matched by English text (numbers differ)', () => {
		expect(segment(267)?.translation).toEqual(jaSeed(167)?.translation);
		expect(segment(268)?.translation).toEqual(jaSeed(168)?.translation);
		for (const viewSegment of jaView?.segments ?? []) {
			if (viewSegment.number === 271 || viewSegment.number === 300) continue;
			expect(viewSegment.translation).toEqual(jaSeed(viewSegment.number - 100)?.translation);
		}
	});

	it('the newer locale itself is current', () => {
		expect(article.translations.find((view) => view.locale.sourceLocale === 'zh-TW')).toMatchObject({
			current: true,
			changedSections: [],
			untranslatedSegments: [],
		});
	});

	it('reports reordered and removed segments in their sections, and only there', () => {
		const other = assembleArticle([ja, parseText(newerVersionReorderingAndRemoving(), 'zh-TW/newer.md')]);
		const view = other.translations.find((candidate) => candidate.locale.sourceLocale === 'ja-JP');
		expect(view?.changedSections.map((section) => section.anchor)).toEqual([
			'subscription-errors-in-the-cpor-association-claim-flow',
			'which-mpn-do-i-choose',
		]);
		expect(view?.untranslatedSegments).toEqual([]);
	});
});
