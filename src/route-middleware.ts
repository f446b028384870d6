/**
 * Starlight route middleware (`routeMiddleware` in `astro.config.mjs`): drops the `<link rel="alternate" hreflang>`
 * tags Starlight writes into every page's head, eight per page (#19: what a reader does not need stays out of the
 * HTML). Search engines get the same alternates, for every page and locale, from the sitemap Starlight writes
 * (`sitemap-0.xml`, `<xhtml:link rel="alternate" hreflang>`), which the head still links (`<link rel="sitemap">`);
 * Google reads hreflang from either place alike.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.head = route.head.filter((tag) => !(tag.tag === 'link' && tag.attrs?.['rel'] === 'alternate' && tag.attrs['hreflang']));
});
