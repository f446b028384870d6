/**
 * Every URL of the site, in one place: the locale prefix, the pages of each feature below it, and the
 * locale of a path. Pages under `src/pages/[...locale]/` must live at these paths (a test builds the
 * site and checks each route resolves to a page); code never writes a site path by hand.
 *
 * Paths below a locale are relative (`claim-simulator/`); `localePath` puts the prefix in front
 * (`/ja/claim-simulator/`). Plain TypeScript: the config, pages, islands' data and tests share it.
 */
import { defaultLocale, locales, type SiteLocale } from './i18n/locales.ts';
import { withQuery, type Query } from './url-query.ts';

export { withQuery, type Query } from './url-query.ts';

/** The decision helpers, by the folder of their page. */
export const helperNames = ['activity', 'mpn'] as const;
export type HelperName = (typeof helperNames)[number];

/** `DOMAIN_TENANT_MISMATCH` → `domain-tenant-mismatch`: an error code as a URL segment. */
export function errorSlug(code: string): string {
	return code.toLowerCase().replaceAll('_', '-');
}

/** Each page's path below a locale prefix. */
export const routes = {
	home: (): string => '',
	/** A Microsoft article, by its upstream file name without `.md`. */
	article: (slug: string): string => `${slug}/`,
	errors: (): string => 'errors/',
	/** One error's reference page. */
	error: (code: string): string => `errors/${errorSlug(code)}/`,
	simulator: (): string => 'claim-simulator/',
	/** The claim simulator's per-locale texts, presets' names and sandbox (JSON). */
	simulatorData: (): string => 'claim-simulator/data.json',
	/** The claim simulator's preset drafts (JSON, the same in every locale), loaded when a preset is. */
	simulatorPresetDrafts: (): string => 'claim-simulator/preset-drafts.json',
	/** The claim simulator's per-locale error texts (JSON), loaded with its checks. */
	simulatorErrorTexts: (): string => 'claim-simulator/error-texts.json',
	/** The claim simulator's per-locale sandbox editor texts (JSON), loaded with the editor. */
	simulatorEditorTexts: (): string => 'claim-simulator/editor-texts.json',
	/** The claim simulator's per-locale texts its first render does not show (JSON), loaded on the reader's intent. */
	simulatorLaterTexts: (): string => 'claim-simulator/later-texts.json',
	/** The search dialog's `search.*` messages for one locale (JSON), loaded with the dialog on the reader's intent. */
	searchMessages: (): string => 'search-messages.json',
	lifecycle: (): string => 'claim-lifecycle/',
	/** The lifecycle's per-locale texts a claim with events shows (JSON), loaded on the reader's intent. */
	lifecycleTexts: (): string => 'claim-lifecycle/texts.json',
	helper: (name: HelperName): string => `helpers/${name}/`,
	/** A helper's per-locale messages, quotes and links (JSON), loaded before it leaves its first state. */
	helperData: (name: HelperName): string => `helpers/${name}/data.json`,
	/** The Microsoft articles behind the `KEY#n` citations, and how to read one. */
	facts: (): string => 'sources/',
	/**
	 * A locale's page-not-found page (`/ja/404/`). The default locale's is Starlight's `/404.html`, which hosts and
	 * `astro preview` answer every unknown URL with.
	 */
	notFound: (): string => '404/',
} as const;

/** Paths at the site root, outside every locale prefix. */
export const rootRoutes = {
	/** The folder of Pagefind's search bundles, one per language (`searchBundlePath` in `src/search/bundles.ts`). */
	search: (): string => '/pagefind/',
} as const;

/** URL prefix of a locale's pages: `/` for the default locale, `/ja/` for Japanese. */
export function localePrefix(locale: SiteLocale): string {
	return locale.slug === 'root' ? '/' : `/${locale.slug}/`;
}

/**
 * A page's absolute path in a locale: `localePath(ja, routes.simulator())` → `/ja/claim-simulator/`, with a
 * query when given (`withQuery`): `localePath(ja, routes.simulator(), { preset: 'x' })` → `/ja/claim-simulator/?preset=x`.
 */
export function localePath(locale: SiteLocale, path: string, query?: Query): string {
	return withQuery(`${localePrefix(locale)}${path.replace(/^\//, '')}`, query);
}

/**
 * The id of a page's entry in the `docs` content collection: its path below the site root, without slashes
 * around it, as Starlight names the entries of a locale's folder: `contentEntryId(ja, 'incentives-customer-association-issues')`
 * → `ja/incentives-customer-association-issues`; the default locale's entries have no prefix (`incentives-customer-association-issues`).
 */
export function contentEntryId(locale: SiteLocale, name: string): string {
	return localePath(locale, name).slice(1);
}

/** The `[...locale]` route parameter of a locale's pages: none for the default locale. */
export function localeRouteParam(locale: SiteLocale): string | undefined {
	return locale.slug === 'root' ? undefined : locale.slug;
}

/** The locale a `[...locale]` route parameter names (the default locale when there is none). */
export function localeOfRouteParam(param: string | undefined): SiteLocale {
	return locales.find((locale) => locale.slug === (param ?? 'root')) ?? defaultLocale;
}

/** The locale whose prefix a path or URL (`/ja/errors/x/#fix`, `https://host/ja/`) starts with; the default locale otherwise. */
export function localeOfPath(path: string): SiteLocale {
	const first = path.replace(/^https?:\/\/[^/]+/, '').split('/')[1] ?? '';
	return locales.find((locale) => locale !== defaultLocale && locale.slug === first) ?? defaultLocale;
}

/**
 * The same page in every language: the path without origin and locale prefix, hash and query kept:
 * `/ja/errors/x/#fix` and `/errors/x/#fix` both give `errors/x/#fix`.
 */
export function pathWithoutLocale(path: string): string {
	const bare = path.replace(/^https?:\/\/[^/]+/, '');
	return bare.slice(localePrefix(localeOfPath(bare)).length);
}
