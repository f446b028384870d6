import { describe, expect, it } from 'vitest';
import { defaultLocale, locales } from '../../../src/i18n/locales.ts';
import {
	contentEntryId,
	errorSlug,
	localeOfPath,
	localeOfRouteParam,
	localePath,
	localePrefix,
	localeRouteParam,
	pathWithoutLocale,
	rootRoutes,
	routes,
	withQuery,
} from '../../../src/routes.ts';

const ja = locales.find((locale) => locale.lang === 'ja')!;
const zhTw = locales.find((locale) => locale.lang === 'zh-TW')!;

describe('routes', () => {
	it('puts every page below its locale prefix', () => {
		expect(localePath(defaultLocale, routes.simulator())).toBe('/claim-simulator/');
		expect(localePath(ja, routes.simulator())).toBe('/ja/claim-simulator/');
		expect(localePath(zhTw, routes.error('DOMAIN_TENANT_MISMATCH'))).toBe('/zh-tw/errors/domain-tenant-mismatch/');
		expect(localePath(ja, routes.helper('mpn'))).toBe('/ja/helpers/mpn/');
		expect(localePath(zhTw, routes.facts())).toBe('/zh-tw/sources/');
		expect(localePath(ja, routes.home())).toBe('/ja/');
		expect(localePath(defaultLocale, routes.article('incentives-customer-association-issues'))).toBe(
			'/incentives-customer-association-issues/',
		);
		expect(localePath(ja, routes.simulatorData())).toBe('/ja/claim-simulator/data.json');
		expect(localePath(ja, routes.simulatorErrorTexts())).toBe('/ja/claim-simulator/error-texts.json');
		expect(localePath(ja, routes.simulatorPresetDrafts())).toBe('/ja/claim-simulator/preset-drafts.json');
		expect(localePath(ja, routes.simulatorEditorTexts())).toBe('/ja/claim-simulator/editor-texts.json');
		expect(localePath(ja, routes.simulatorLaterTexts())).toBe('/ja/claim-simulator/later-texts.json');
	});

	it('puts a query on a path, from URLSearchParams or a record, and no `?` when there is none', () => {
		expect(localePath(ja, routes.simulator(), { preset: 'happy-path', step: 'submit' })).toBe(
			'/ja/claim-simulator/?preset=happy-path&step=submit',
		);
		expect(localePath(defaultLocale, routes.lifecycle(), new URLSearchParams({ claim: 'eyJ9', submitted: '2024-06-03' }))).toBe(
			'/claim-lifecycle/?claim=eyJ9&submitted=2024-06-03',
		);
		expect(withQuery('', { preset: 'happy-path' })).toBe('?preset=happy-path');
		expect(withQuery('/claim-simulator/', { note: 'a b&c=d/é' })).toBe('/claim-simulator/?note=a+b%26c%3Dd%2F%C3%A9');
		expect(withQuery('/claim-simulator/')).toBe('/claim-simulator/');
		expect(withQuery('/claim-simulator/', new URLSearchParams())).toBe('/claim-simulator/');
		expect(localePath(ja, routes.simulator(), {})).toBe('/ja/claim-simulator/');
	});

	it('names content entries as Starlight does: the locale folder, then the page', () => {
		expect(contentEntryId(defaultLocale, 'incentives-customer-association-issues')).toBe('incentives-customer-association-issues');
		expect(contentEntryId(ja, 'incentives-customer-association-issues')).toBe('ja/incentives-customer-association-issues');
		expect(contentEntryId(zhTw, 'submit-osa-claim')).toBe('zh-tw/submit-osa-claim');
	});

	it('keeps the search bundles at the site root, outside every locale', () => {
		expect(rootRoutes.search()).toBe('/pagefind/');
	});

	it('writes error codes as lower-case, hyphenated URL segments', () => {
		expect(errorSlug('SUBSCRIPTION_NOT_DYNAMICS')).toBe('subscription-not-dynamics');
	});

	it('finds the locale of a path, a URL or a route parameter', () => {
		expect(localeOfPath('/ja/errors/x/#fix')).toBe(ja);
		expect(localeOfPath('https://example.com/zh-tw/')).toBe(zhTw);
		expect(localeOfPath('/errors/')).toBe(defaultLocale);
		expect(localeOfPath('/japan/')).toBe(defaultLocale);
		expect(localeOfRouteParam('ja')).toBe(ja);
		expect(localeOfRouteParam(undefined)).toBe(defaultLocale);
		for (const locale of locales) expect(localeOfRouteParam(localeRouteParam(locale))).toBe(locale);
		for (const locale of locales) expect(localeOfPath(localePrefix(locale))).toBe(locale);
	});

	it('gives the same key for the same page in every locale', () => {
		expect(pathWithoutLocale('/ja/errors/x/#fix')).toBe('errors/x/#fix');
		expect(pathWithoutLocale('https://example.com/errors/x/#fix')).toBe('errors/x/#fix');
		expect(pathWithoutLocale('/zh-tw/')).toBe('');
	});
});
