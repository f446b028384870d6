import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalogs } from '../../../src/i18n/catalog.ts';
import { MESSAGES_DIR, ownMessages, readCatalogFiles } from '../../../src/i18n/catalog-files.ts';
import { locales } from '../../../src/i18n/locales.ts';

/** The site's own catalogs (what `src/i18n/messages.ts` builds the pages from). */
describe('the message catalogs', () => {
	const files = readCatalogFiles();
	const own = ownMessages(files);
	const english = own.get('en')!;

	it('build: every key is English’s, every message parses, every translation keeps English’s arguments', () => {
		expect(() => buildCatalogs(files)).not.toThrow();
		expect(Object.keys(english).length).toBeGreaterThan(500);
	});

	it('have the same area files in every locale folder', () => {
		const areas = (lang: string) => readdirSync(`${MESSAGES_DIR}${lang}`).sort();
		for (const lang of own.keys()) expect(areas(lang), lang).toEqual(areas('en'));
	});

	it('translate every English message in Japanese and Traditional Chinese (a new locale may start with none)', () => {
		for (const lang of ['ja', 'zh-TW']) {
			const translated = own.get(lang)!;
			expect(
				Object.keys(english).filter((key) => !translated[key]?.trim()),
				lang,
			).toEqual([]);
		}
	});

	it('exist only for configured locales', () => {
		const configured = locales.map((locale) => locale.lang);
		expect([...own.keys()].filter((lang) => !configured.includes(lang))).toEqual([]);
	});
});
