import { describe, expect, it } from 'vitest';
import {
	findLocaleBySourceCode,
	localePathPrefix,
	locales,
	localizedSiteTitles,
	starlightLocales,
} from '../../../src/i18n/locales.ts';

describe('site locales', () => {
	it('serves English at / and the others under their own prefix', () => {
		expect(locales.map(localePathPrefix)).toEqual(['/', '/ja/', '/zh-tw/']);
	});

	it('maps vendor locale codes to site locales whatever their case', () => {
		expect(findLocaleBySourceCode('ja-JP')?.slug).toBe('ja');
		expect(findLocaleBySourceCode('zh-tw')?.lang).toBe('zh-TW');
		expect(findLocaleBySourceCode('ko-KR')).toBeUndefined();
	});

	it('gives Starlight one locale and one site title per language', () => {
		expect(Object.keys(starlightLocales())).toEqual(['root', 'ja', 'zh-tw']);
		expect(starlightLocales()['zh-tw']).toEqual({ label: '繁體中文', lang: 'zh-TW' });
		expect(Object.keys(localizedSiteTitles())).toEqual(['en', 'ja', 'zh-TW']);
	});

	it('has unique slugs, languages and vendor codes', () => {
		for (const key of ['slug', 'lang', 'sourceLocale'] as const) {
			const values = locales.map((locale) => locale[key].toLowerCase());
			expect(new Set(values).size).toBe(values.length);
		}
	});
});
