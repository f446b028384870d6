/**
 * The versions of the vendor copies (`src/facts/copy-versions.ts`), which the sources page's "Reading a citation"
 * states: every copy was made from the cited English version 36a60f67 except three zh-TW copies (the seeds README):
 * CAI from c4f2561f (same English, same numbers), OSA from 37562b0e and FCD from 7153f0b8 (each numbers one lower).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citedArticles } from '../../../src/facts/cited-articles.ts';
import { copyLanguageName, copyVersions } from '../../../src/facts/copy-versions.ts';
import { catalogs, messagesFor } from '../../../src/i18n/messages.ts';
import { formatMessage } from '../../../src/i18n/message-format.ts';
import { readSourceFiles } from '../../../src/sources/library.ts';

const dir = new URL('../../../content/facts/articles/ja-JP/', import.meta.url);
const cited = citedArticles(
	readdirSync(dir).map((file) => [`content/facts/articles/ja-JP/${file}`, readFileSync(new URL(file, dir), 'utf8')] as const),
);

describe('the versions of the copies', () => {
	it('names the cited version and every copy made from another, with how it numbers the sentences', () => {
		expect(copyVersions(cited, readSourceFiles())).toEqual({
			version: '36a60f67',
			others: [
				// The English pages follow the newest copy of each article (#14 seventh review: FCD's words some sentences differently).
				{ key: 'CAI', sourceLocale: 'en-US', version: 'c4f2561f', numbering: { kind: 'same' } },
				{ key: 'CAI', sourceLocale: 'zh-TW', version: 'c4f2561f', numbering: { kind: 'same' } },
				{ key: 'OSA', sourceLocale: 'en-US', version: '37562b0e', numbering: { kind: 'shifted', by: -1 } },
				{ key: 'OSA', sourceLocale: 'zh-TW', version: '37562b0e', numbering: { kind: 'shifted', by: -1 } },
				{ key: 'FCD', sourceLocale: 'en-US', version: '7153f0b8', numbering: { kind: 'shifted', by: -1 } },
				{ key: 'FCD', sourceLocale: 'zh-TW', version: '7153f0b8', numbering: { kind: 'shifted', by: -1 } },
			],
		});
	});

	it('names a copy’s language by its script where the site has the language twice', () => {
		expect(copyLanguageName('zh-TW', 'en')).toBe('Traditional Chinese');
		expect(copyLanguageName('zh-CN', 'en')).toBe('Simplified Chinese');
		expect(copyLanguageName('ja-JP', 'en')).toBe('Japanese');
		expect(copyLanguageName('de-DE', 'fr')).toBe('allemand');
	});

	it('every locale says it with the computed values, hand-writing no version', () => {
		for (const lang of catalogs.langs) {
			const messages = messagesFor(lang);
			for (const key of [
				'facts.reading.segments',
				'facts.reading.copy.same',
				'facts.reading.copy.shifted',
				'facts.reading.copy.renumbered',
			] as const) {
				expect(messages[key], `${key} (${lang})`).toContain('{version}');
				expect(messages[key], `${key} (${lang})`).not.toMatch(/[0-9a-f]{8}/);
			}
			const segments = formatMessage(messages['facts.reading.segments'], { version: '36a60f67', others: 3 }, lang);
			expect(segments, lang).toContain('36a60f67');
			expect(segments, lang).toMatch(/3/);
			const shifted = formatMessage(
				messages['facts.reading.copy.shifted'],
				{ language: 'L', article: 'A', version: '37562b0e', shift: 1, direction: 'lower' },
				lang,
			);
			expect(shifted, lang).not.toMatch(/[{}]/);
		}
		expect(
			formatMessage(messagesFor('en')['facts.reading.copy.shifted'], {
				language: 'Traditional Chinese',
				article: 'X',
				version: 'v',
				shift: 1,
				direction: 'lower',
			}),
		).toBe('The Traditional Chinese copy of “X” was made from the English version v and numbers each sentence one lower.');
	});
});

describe('the basis count', () => {
	it('is an ICU plural in every locale', () => {
		for (const lang of catalogs.langs) {
			const message = messagesFor(lang)['facts.basis.count'];
			expect(message, lang).toMatch(/\{documented, plural,/);
			expect(message, lang).toMatch(/\{assumed, plural,/);
		}
		const count = (documented: number, assumed: number) => formatMessage(messagesFor('en')['facts.basis.count'], { documented, assumed });
		expect(count(1, 0)).toBe('1 rule is documented, none is assumed.');
		expect(count(40, 1)).toBe('40 rules are documented, 1 is assumed.');
	});
});
