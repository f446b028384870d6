import { describe, expect, it } from 'vitest';
import { readCatalogs } from '../../../src/i18n/catalog-files.ts';
import { findLocaleBySourceCode, locales, localizedSiteTitles, starlightLocales } from '../../../src/i18n/locales.ts';
import { localeOfRouteParam, localePrefix, localeRouteParam } from '../../../src/routes.ts';

describe('site locales', () => {
	it('serves English at / and the others under their own prefix', () => {
		const [english, ...others] = locales;
		expect(localePrefix(english!)).toBe('/');
		for (const locale of others) expect(localePrefix(locale)).toBe(`/${locale.slug}/`);
		expect(locales.map(localePrefix)).toEqual(expect.arrayContaining(['/', '/ja/', '/zh-tw/', '/ko/', '/zh-cn/', '/de/', '/fr/']));
	});

	it('round-trips the [...locale] route parameter, with none for English', () => {
		expect(locales.map(localeRouteParam)).toEqual([undefined, ...locales.slice(1).map((locale) => locale.slug)]);
		for (const locale of locales) expect(localeOfRouteParam(localeRouteParam(locale))).toBe(locale);
	});

	it('maps vendor locale codes to site locales whatever their case', () => {
		expect(findLocaleBySourceCode('ja-JP')?.slug).toBe('ja');
		expect(findLocaleBySourceCode('zh-tw')?.lang).toBe('zh-TW');
		expect(findLocaleBySourceCode('ko-kr')?.lang).toBe('ko');
		expect(findLocaleBySourceCode('xx-XX')).toBeUndefined();
	});

	it('gives Starlight one locale and one site title per language', () => {
		expect(Object.keys(starlightLocales())).toEqual(locales.map((locale) => locale.slug));
		expect(starlightLocales()['zh-tw']).toEqual({ label: '繁體中文', lang: 'zh-TW' });
		expect(starlightLocales()['zh-cn']).toEqual({ label: '简体中文', lang: 'zh-CN' });
		const titles = localizedSiteTitles(readCatalogs());
		expect(Object.keys(titles)).toEqual(locales.map((locale) => locale.lang));
		expect(titles).toMatchObject({ en: 'CPOR claim troubleshooting', ja: 'CPOR 関連付け要求のトラブルシューティング' });
	});

	it('has unique slugs, languages and vendor codes', () => {
		for (const key of ['slug', 'lang', 'sourceLocale'] as const) {
			const values = locales.map((locale) => locale[key].toLowerCase());
			expect(new Set(values).size).toBe(values.length);
		}
	});
});
