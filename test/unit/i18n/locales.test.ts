import { describe, expect, it } from 'vitest';
import { readCatalogs } from '../../../src/i18n/catalog-files.ts';
import { findLocaleBySourceCode, locales, localizedSiteTitles, starlightLocales } from '../../../src/i18n/locales.ts';
import { localeOfRouteParam, localePrefix, localeRouteParam } from '../../../src/routes.ts';

describe('site locales', () => {
	it('serves English at / and the others under their own prefix', () => {
		expect(locales.map(localePrefix)).toEqual(['/', '/ja/', '/zh-tw/']);
	});

	it('round-trips the [...locale] route parameter, with none for English', () => {
		expect(locales.map(localeRouteParam)).toEqual([undefined, 'ja', 'zh-tw']);
		for (const locale of locales) expect(localeOfRouteParam(localeRouteParam(locale))).toBe(locale);
	});

	it('maps vendor locale codes to site locales whatever their case', () => {
		expect(findLocaleBySourceCode('ja-JP')?.slug).toBe('ja');
		expect(findLocaleBySourceCode('zh-tw')?.lang).toBe('zh-TW');
		expect(findLocaleBySourceCode('ko-KR')).toBeUndefined();
	});

	it('gives Starlight one locale and one site title per language', () => {
		expect(Object.keys(starlightLocales())).toEqual(['root', 'ja', 'zh-tw']);
		expect(starlightLocales()['zh-tw']).toEqual({ label: '繁體中文', lang: 'zh-TW' });
		const titles = localizedSiteTitles(readCatalogs());
		expect(Object.keys(titles)).toEqual(['en', 'ja', 'zh-TW']);
		expect(titles).toMatchObject({ en: 'CPOR claim troubleshooting', ja: 'CPOR 関連付け要求のトラブルシューティング' });
	});

	it('has unique slugs, languages and vendor codes', () => {
		for (const key of ['slug', 'lang', 'sourceLocale'] as const) {
			const values = locales.map((locale) => locale[key].toLowerCase());
			expect(new Set(values).size).toBe(values.length);
		}
	});
});
