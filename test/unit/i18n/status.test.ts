import { describe, expect, it } from 'vitest';
import { buildCatalogs } from '../../../src/i18n/catalog.ts';
import { defaultLocale, locales as siteLocales, type SiteLocale } from '../../../src/i18n/locales.ts';
import { articleStatus, displayWidth, formatStatus, messageStatus, renderTable } from '../../../src/i18n/status.ts';
import { NEWER_COMMIT, newerVersionChangingCompetingClaims } from '../article/fixtures.ts';
import { parseSeed, parseText } from '../localization/helpers.ts';

/** The locales of the two seeds (the site has more; these tests count what each of them has). */
const locales = siteLocales.filter((locale) => ['en', 'ja', 'zh-TW'].includes(locale.lang));
/** A locale with no vendor file and no catalog. */
const korean: SiteLocale = { slug: 'ko', lang: 'ko', sourceLocale: 'ko-KR', label: '한국어' };
const ARTICLE = 'incentives-customer-association-issues';

describe('messageStatus', () => {
	const en = { 'search.button': 'Search', 'search.close': 'Close', 'search.none': 'Nothing found' };
	const catalogs = buildCatalogs({ 'en/search.json': en, 'ja/search.json': { 'search.button': '検索' } });

	it('counts translated and falling-back messages per site locale, a locale with no catalog included', () => {
		expect(messageStatus(catalogs, [defaultLocale, locales[1]!, korean])).toEqual([
			{ lang: 'en', label: 'English', hasCatalog: true, total: 3, translated: 3, fallback: 0 },
			{ lang: 'ja', label: '日本語', hasCatalog: true, total: 3, translated: 1, fallback: 2 },
			{ lang: 'ko', label: '한국어', hasCatalog: false, total: 3, translated: 0, fallback: 3 },
		]);
	});
});

describe('articleStatus', () => {
	it('counts every segment of the two seeds as translated', () => {
		const rows = articleStatus(ARTICLE, [parseSeed('ja-JP'), parseSeed('zh-TW')], locales);
		expect(
			rows.map(({ lang, current, segments, translated, stale, untranslated }) => ({
				lang,
				current,
				segments,
				translated,
				stale,
				untranslated,
			})),
		).toEqual([
			{ lang: 'ja', current: true, segments: 71, translated: 71, stale: 0, untranslated: 0 },
			{ lang: 'zh-TW', current: true, segments: 71, translated: 71, stale: 0, untranslated: 0 },
		]);
	});

	it('counts the segments whose English changed since a locale’s older version as stale', () => {
		const newer = parseText(newerVersionChangingCompetingClaims(), 'zh-TW/newer.md');
		const [ja, zh] = articleStatus(ARTICLE, [parseSeed('ja-JP'), newer], locales);
		expect(ja).toMatchObject({ lang: 'ja', current: false, segments: 72, translated: 70, stale: 2, untranslated: 0 });
		expect(ja?.changedSections).toHaveLength(1);
		expect(zh).toMatchObject({ lang: 'zh-TW', current: true, translated: 72, stale: 0, sourceVersion: { commit: NEWER_COMMIT } });
	});

	it('counts every segment untranslated for a site locale with no vendor file', () => {
		const [, , ko] = articleStatus(ARTICLE, [parseSeed('ja-JP'), parseSeed('zh-TW')], [...locales, korean]);
		expect(ko).toEqual({
			article: ARTICLE,
			lang: 'ko',
			current: false,
			segments: 71,
			translated: 0,
			stale: 0,
			untranslated: 71,
			changedSections: [],
		});
	});
});

describe('the printed report', () => {
	it('aligns columns, counting CJK characters two wide and right-aligning numbers', () => {
		expect(displayWidth('日本語 ja')).toBe(9);
		expect(
			renderTable(
				['lang', 'n'],
				[
					['日本語', '1'],
					['en', '12'],
				],
			).split('\n'),
		).toEqual(['lang     n', '──────  ──', '日本語   1', 'en      12']);
	});

	it('prints both tables and the changed sections', () => {
		const newer = parseText(newerVersionChangingCompetingClaims(), 'zh-TW/newer.md');
		const catalogs = buildCatalogs({ 'en/search.json': { 'search.button': 'Search' } });
		const text = formatStatus(messageStatus(catalogs, locales), articleStatus(ARTICLE, [parseSeed('ja-JP'), newer], locales));
		expect(text).toContain('Messages: 1 English message keys');
		expect(text).toMatch(/ja\s+日本語\s+none\s+0 \(0%\)\s+1/);
		expect(text).toMatch(new RegExp(`${ARTICLE}\\s+ja\\s+older 36a60f6 2020-06-29\\s+70/72\\s+2\\s+0`));
		expect(text).toMatch(/English changed in "Competing claims"/i);
		// The catalogs' translations are the project's own machine translations, and the status says so.
		expect(text).toContain('machine-made by the project');
	});
});
