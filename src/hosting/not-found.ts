/**
 * Each locale's own not-found page on static hosts. Astro builds the default locale's as `/404.html`, which every
 * host answers unknown URLs with, and the others' as `/<locale>/404/` (`routes.notFound`). Two conventions send an
 * unknown `/ja/…` URL to the Japanese page instead:
 * - Netlify's `_redirects`: a rule per locale prefix, `/ja/* /ja/404/ 404` (the page's content, status 404);
 * - Cloudflare Pages serves the nearest `404.html` up the requested path's folders, so `/ja/404.html` is a copy of
 *   the Japanese page.
 * `astro preview` knows neither: it answers every unknown URL with the root `404.html` (README, "Hosting").
 * Plain TypeScript: the build step that writes them is `not-found-integration.ts`.
 */
import type { SiteLocale } from '../i18n/locales.ts';
import { localePath, localePrefix, routes } from '../routes.ts';

/** The locales served under a prefix of their own (`/ja/`), whose unknown URLs need a rule. */
function prefixedLocales(locales: readonly SiteLocale[]): SiteLocale[] {
	return locales.filter((locale) => localePrefix(locale) !== '/');
}

/** Netlify's `_redirects` lines, one per prefixed locale: `/ja/* /ja/404/ 404`. Ends with a newline. */
export function notFoundRedirects(locales: readonly SiteLocale[]): string {
	return prefixedLocales(locales)
		.map((locale) => `${localePrefix(locale)}* ${localePath(locale, routes.notFound())} 404\n`)
		.join('');
}

/**
 * The copies Cloudflare Pages looks for, as paths inside the build output: `ja/404/index.html` → `ja/404.html`, one per
 * prefixed locale.
 */
export function notFoundCopies(locales: readonly SiteLocale[]): Array<{ from: string; to: string }> {
	return prefixedLocales(locales).map((locale) => {
		const folder = localePrefix(locale).replace(/^\/|\/$/g, '');
		return { from: `${localePath(locale, routes.notFound()).replace(/^\//, '')}index.html`, to: `${folder}/404.html` };
	});
}
