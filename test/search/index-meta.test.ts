/**
 * The search index's metadata of the error pages and articles, as the built headings files hold it (one entry per page,
 * from Pagefind's fragments): an error page's `code` is its code alone and the words readers search it by that it does
 * not write (`errors.<CODE>.searchWords`) are its `aliases`. Pagefind reads one `key:value` per `data-pagefind-meta`, so
 * `code:TENANT_ID_NOT_GUID, aliases:invalid tenant ID` on one element made a code of `TENANT_ID_NOT_GUID, aliases:invalid
 * tenant ID` and no aliases. Needs `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimErrorCodes, type ClaimErrorCode } from '../../src/claim/errors.ts';
import { errorTexts } from '../../src/error-reference/texts.ts';
import { locales } from '../../src/i18n/locales.ts';
import { searchBundlePath } from '../../src/search/bundles.ts';
import type { HeadingsFile } from '../../src/search/page-headings.ts';
import { DIST_DIR } from '../support/built-pages.ts';

const headingsOf = (lang: string): HeadingsFile => {
	const locale = locales.find((candidate) => candidate.lang === lang)!;
	return JSON.parse(readFileSync(join(DIST_DIR, searchBundlePath(locale), 'headings.json'), 'utf8')) as HeadingsFile;
};

describe.each(locales.map((locale) => locale.lang))('the %s index', (lang) => {
	it('gives each error page its code alone, and its search words as its aliases', () => {
		const pages = Object.values(headingsOf(lang).pages).filter((page) => page.kind === 'error');
		const texts = errorTexts(lang);
		expect(pages.length).toBeGreaterThan(0);
		for (const page of pages) {
			expect(claimErrorCodes, `"${page.code}" is no error code`).toContain(page.code);
			expect(page.aliases, page.code).toBe(texts(page.code as ClaimErrorCode).searchWords ?? undefined);
		}
		// The one error page whose search words every locale has (the tenant ID's format): the case that was broken.
		expect(pages.find((page) => page.code === 'TENANT_ID_NOT_GUID')?.aliases).toBeTruthy();
	});
});
