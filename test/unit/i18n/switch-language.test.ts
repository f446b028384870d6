import { describe, expect, it } from 'vitest';
import { switchLanguageUrl } from '../../../src/i18n/switch-language.ts';

describe('switchLanguageUrl', () => {
	it('keeps the #section when moving to another locale', () => {
		expect(switchLanguageUrl('https://site.test/#sources-and-license', '/ja/')).toBe('https://site.test/ja/#sources-and-license');
	});

	it('keeps the query and the section together', () => {
		expect(switchLanguageUrl('https://site.test/ja/guide/?claim=abc#competing-claims', '/zh-tw/guide/')).toBe(
			'https://site.test/zh-tw/guide/?claim=abc#competing-claims',
		);
	});

	it('lands on the plain page when there is no section', () => {
		expect(switchLanguageUrl('https://site.test/zh-tw/', '/')).toBe('https://site.test/');
	});
});
