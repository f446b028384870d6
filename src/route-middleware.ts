/**
 * Starlight route middleware (`routeMiddleware` in `astro.config.mjs`), what each page's head carries (#19: what a
 * reader does not need stays out of the HTML):
 * - no `<link rel="alternate" hreflang>` tags, eight per page: search engines get the same alternates, for every page
 *   and locale, from the sitemap Starlight writes (`sitemap-0.xml`, `<xhtml:link rel="alternate" hreflang>`), which
 *   the head still links (`<link rel="sitemap">`); Google reads hreflang from either place alike;
 * - the script that applies the reader's English-original choice before the first paint
 *   (`applyShowOriginalScript`) only on translated articles, the only pages with originals to show;
 * - on a page-not-found page, `noindex` and no canonical link.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { applyShowOriginalScript } from './islands/english-original/show-original.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.head = route.head.filter((tag) => !(tag.tag === 'link' && tag.attrs?.['rel'] === 'alternate' && tag.attrs['hreflang']));
	// A page-not-found page is neither a page to index nor the canonical of an address (break-l L8: Starlight's English
	// 404 had no `noindex`, and every 404 named a `/404/` page, itself answered 404, as its canonical).
	if (route.id === '404' || route.id.endsWith('/404')) {
		route.head = route.head.filter((tag) => !(tag.tag === 'link' && tag.attrs?.['rel'] === 'canonical'));
		if (!route.head.some((tag) => tag.tag === 'meta' && tag.attrs?.['name'] === 'robots'))
			route.head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
	}
	const article = route.entry.data.article;
	if (article && article.translation !== 'english') route.head.push({ tag: 'script', attrs: {}, content: applyShowOriginalScript });
});
