/**
 * The Simplified characters the zh-TW search folds (`src/search/variants/simplified-chars.json`) cover the built
 * zh-TW pages, and the Traditional characters the zh-CN search folds (`traditional-chars.json`) cover the built zh-CN
 * pages: a maintainer who publishes Chinese text with new characters is told to regenerate the files, or a reader
 * pasting the other script's words of that text would find nothing.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import simplifiedChars from '../../src/search/variants/simplified-chars.json';
import traditionalChars from '../../src/search/variants/traditional-chars.json';
import { builtPageTexts, simplifiedCharsOf, traditionalCharsOf } from '../../src/search/variants/simplified-chars.ts';

describe('Simplified and Traditional folding data', () => {
	it.each([
		['zh-TW', simplifiedCharsOf, simplifiedChars.chars],
		['zh-CN', traditionalCharsOf, traditionalChars.chars],
	] as const)('holds the other script’s form of every character on the built %s pages', (lang, charsOf, stored) => {
		const locale = locales.find((candidate) => candidate.lang === lang);
		if (!locale) return;
		const pages = builtPageTexts(`dist/${locale.slug}`);
		expect(pages.length, `no built ${lang} pages: run \`npm run build\` first`).toBeGreaterThan(0);
		const missing = [...charsOf(pages)].filter((char) => !stored.includes(char));
		expect(missing, `the ${lang} pages gained characters: run \`npm run search:chars\` and commit the file`).toEqual([]);
	});
});
