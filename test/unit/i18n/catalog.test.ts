import { describe, expect, it } from 'vitest';
import { buildCatalogs, CatalogError, fallbackWarnings } from '../../../src/i18n/catalog.ts';

const en = {
	'search.button': 'Search',
	'search.resultCount': '{count, plural, one {# result} other {# results}}',
	'search.close': 'Close',
};

function problems(files: Record<string, unknown>): string[] {
	try {
		buildCatalogs(files);
		return [];
	} catch (error) {
		if (error instanceof CatalogError) return [...error.problems];
		throw error;
	}
}

describe('buildCatalogs', () => {
	it('falls back to English key by key, and reports what is missing', () => {
		const catalogs = buildCatalogs({ './messages/en/search.json': en, './messages/ja/search.json': { 'search.button': '検索' } });
		expect(catalogs.messages('ja')['search.button' as never]).toBe('検索');
		expect(catalogs.messages('ja')['search.close' as never]).toBe('Close');
		expect(catalogs.report('ja')).toEqual({ lang: 'ja', translated: 1, missing: ['search.close', 'search.resultCount'] });
		expect(catalogs.langs).toEqual(['en', 'ja']);
	});

	it('gives English for a locale with no catalog at all', () => {
		const catalogs = buildCatalogs({ './messages/en/search.json': en });
		expect(catalogs.messages('ko')['search.button' as never]).toBe('Search');
		expect(catalogs.report('ko').missing).toHaveLength(3);
	});

	it('merges the area files of a locale', () => {
		const catalogs = buildCatalogs({ 'en/search.json': en, 'en/site.json': { 'site.title': 'Title' } });
		expect(Object.keys(catalogs.messages('en'))).toHaveLength(4);
	});

	it('refuses keys English lacks, other arguments, bad syntax and duplicates, naming each', () => {
		const found = problems({
			'en/search.json': en,
			'en/site.json': { 'search.button': 'Again' },
			'de/search.json': { 'search.buton': 'Suche', 'search.resultCount': '{n, plural, other {# Treffer}}', 'search.close': '{' },
			'fr/search.json': { 'search.button': 42 },
		});
		expect(found).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/search\.button is defined twice in en/),
				expect.stringMatching(/^de search\.buton: English has no such key/),
				expect.stringMatching(/^de search\.resultCount: arguments \{n\} differ from English's \{count\}/),
				expect.stringMatching(/^de search\.close: .* at character/),
				expect.stringMatching(/fr\/search\.json: search\.button/),
			]),
		);
	});

	it('words the build warning for each locale that falls back, naming the keys', () => {
		const catalogs = buildCatalogs({
			'en/search.json': en,
			'ja/search.json': { 'search.button': '検索', 'search.close': '閉じる', 'search.resultCount': '{count, plural, other {# 件}}' },
		});
		expect(fallbackWarnings(catalogs, ['en', 'ja', 'ko'])).toEqual([
			'ko: 3 message(s) fall back to English: search.button, search.close, search.resultCount',
		]);
	});
});
