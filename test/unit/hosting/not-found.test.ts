import { describe, expect, it } from 'vitest';
import { notFoundCopies, notFoundRedirects } from '../../../src/hosting/not-found.ts';
import { locales } from '../../../src/i18n/locales.ts';

describe('not-found pages on static hosts', () => {
	const ja = locales.find((locale) => locale.lang === 'ja')!;
	const root = locales.find((locale) => locale.slug === 'root')!;

	it('sends every prefixed locale’s unknown URLs to its own 404 page, and leaves the default locale to the host', () => {
		expect(notFoundRedirects([root, ja])).toBe('/ja/* /ja/404/ 404\n');
		expect(notFoundRedirects([root])).toBe('');
		const lines = notFoundRedirects(locales).trim().split('\n');
		expect(lines).toHaveLength(locales.length - 1);
		expect(lines).toContain('/zh-tw/* /zh-tw/404/ 404');
	});

	it('copies each prefixed locale’s 404 page to the 404.html a nearest-404 host looks for', () => {
		expect(notFoundCopies([root, ja])).toEqual([{ from: 'ja/404/index.html', to: 'ja/404.html' }]);
	});
});
