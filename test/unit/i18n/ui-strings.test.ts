import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { uiStringsSchema } from '../../../src/i18n/ui-strings.ts';

const dir = new URL('../../../src/content/i18n/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, string>;

describe('UI strings', () => {
	const english = read('en.json');

	it('defines every key of the schema in English, the fallback language', () => {
		expect(Object.keys(english).sort()).toEqual(Object.keys(uiStringsSchema.shape).sort());
	});

	const translatedFiles = readdirSync(dir).filter((file) => file.endsWith('.json') && file !== 'en.json');

	// A locale may have no strings file yet: it then falls back to English (see README).
	for (const file of translatedFiles) {
		it(`translates every English string in ${file}`, () => {
			const translated = read(file);
			expect(uiStringsSchema.strict().safeParse(translated).success).toBe(true);
			for (const key of Object.keys(english)) {
				expect(translated[key], key).toBeTruthy();
				expect(translated[key], key).not.toBe(english[key]);
			}
		});
	}

	it('has strings files only for configured locales', () => {
		const configured = locales.map((l) => `${l.lang}.json`);
		expect(translatedFiles.filter((file) => !configured.includes(file))).toEqual([]);
	});
});
