/**
 * Each locale's punctuation, in the site's own words (Microsoft's quoted sentences and `.quote` keys aside):
 * - French: a no-break space before ; : ! ? (the space never breaks the line before the sign);
 * - Chinese (zh-TW, zh-CN): full-width parentheses （） around or beside Chinese text, not (…) with Latin spacing
 *   (a new-user test found both forms for the same phrase on one page, break-k E1).
 */
import { describe, expect, it } from 'vitest';
import { readCatalogFiles } from '../../../src/i18n/catalog-files.ts';

/** Every message of a locale's catalog files, but the article's quotes. */
function messagesOf(lang: string): Array<[string, string]> {
	return Object.entries(readCatalogFiles())
		.filter(([path]) => path.startsWith(`${lang}/`))
		.flatMap(([, content]) => Object.entries(content as Record<string, string>))
		.filter(([key]) => !key.endsWith('.quote'));
}

/** `text` without its quotations of other texts (「…」, “…”, and « … » around English), and without URLs. */
const ownWords = (text: string): string =>
	text
		.replace(/「[^」]*」|“[^”]*”/g, '')
		.replace(/«[\s\u00a0]*[\x20-\x7e\u00a0]*[\s\u00a0]*»/g, '')
		.replace(/https?:\/\/\S+/g, '');

describe('punctuation', () => {
	it('fr: a no-break space before ; : ! ?', () => {
		const wrong = messagesOf('fr').flatMap(([key, text]) =>
			[...ownWords(text).matchAll(/(.)([;:!?])(?=[\s\u00a0]|$)/g)]
				.filter((match) => match[1] !== '\u00a0' && match[1] !== '\u202f')
				.map((match) => `${key}: “${match[0]}”`),
		);
		expect(wrong).toEqual([]);
	});

	it.each(['zh-TW', 'zh-CN'])('%s: full-width parentheses around or beside Chinese text', (lang) => {
		const han = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff60]/;
		const wrong = messagesOf(lang).flatMap(([key, text]) => {
			const own = ownWords(text);
			return [...own.matchAll(/ ?\(([^()]*)\) ?/g)]
				.filter((match) => {
					const before = own[match.index - 1] ?? '';
					const after = own[match.index + match[0].length] ?? '';
					return han.test(match[1]!) || han.test(before) || han.test(after);
				})
				.map((match) => `${key}: “${match[0]}”`);
		});
		expect(wrong).toEqual([]);
	});
});
