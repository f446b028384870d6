import { describe, expect, it } from 'vitest';
import { buildCatalogs } from '../../../src/i18n/catalog.ts';
import { readCatalogs } from '../../../src/i18n/catalog-files.ts';
import { starlightStrings } from '../../../src/i18n/starlight-strings.ts';

describe("Starlight's strings from the catalogs", () => {
	it("gives each catalog locale its own 404 text, keyed by the BCP 47 tag Starlight's i18n collection uses", () => {
		const catalogs = readCatalogs();
		const strings = starlightStrings(catalogs);
		expect(Object.keys(strings)).toEqual(catalogs.langs);
		expect(strings['ja']!['404.text']).toBe(catalogs.messages('ja')['site.notFound.text']);
		expect(strings['ja']!['404.text']).not.toBe(strings['en']!['404.text']);
	});

	it('falls back to English for a locale whose catalog lacks the message', () => {
		const english = readCatalogs().messages('en');
		const catalogs = buildCatalogs({ 'en/site.json': { ...english }, 'ko/site.json': { 'site.title': 'CPOR' } });
		expect(starlightStrings(catalogs)['ko']!['404.text']).toBe(english['site.notFound.text']);
	});
});
