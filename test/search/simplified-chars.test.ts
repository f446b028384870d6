/**
 * The Simplified characters the zh-TW search folds (`src/search/variants/simplified-chars.json`) cover the built
 * zh-TW pages: a maintainer who publishes Traditional Chinese text with new characters is told to regenerate the
 * file, or a reader pasting the Simplified words of that text would find nothing.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import simplifiedChars from '../../src/search/variants/simplified-chars.json';
import { builtPageTexts, simplifiedCharsOf } from '../../src/search/variants/simplified-chars.ts';

describe('Simplified folding data', () => {
	it('holds the Simplified form of every Traditional character on the built zh-TW pages', () => {
		const slug = locales.find((locale) => locale.lang === 'zh-TW')!.slug;
		const pages = builtPageTexts(`dist/${slug}`);
		expect(pages.length, 'no built zh-TW pages: run `npm run build` first').toBeGreaterThan(0);
		const missing = [...simplifiedCharsOf(pages)].filter((char) => !simplifiedChars.chars.includes(char));
		expect(missing, 'the zh-TW pages gained characters: run `npm run search:chars` and commit the file').toEqual([]);
	});
});
