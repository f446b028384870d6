/**
 * The site's sidebar for Starlight: links from `routes.ts`, labels from the message catalogs
 * (`site.sidebar.*`), one translation per non-default locale. `astro.config.mjs` calls it with the
 * catalogs read by `readCatalogs()` (`i18n/catalog-files.ts`) and the article names.
 */
import type { Catalogs, MessageKey } from './i18n/catalog.ts';
import { defaultLocale, locales } from './i18n/locales.ts';
import { helperNames, localePath, routes } from './routes.ts';
import { inReadingOrder } from './sources/reading-order.ts';

/** A sidebar entry as Starlight's `sidebar` option takes it (the subset the site uses). */
export type SidebarItem =
	| { label: string; translations: Record<string, string>; link: string }
	| { label: string; translations: Record<string, string>; items: Array<SidebarItem | { slug: string }> };

/** English label and its translations, keyed by `<html lang>`, as Starlight wants them. */
function labelled(catalogs: Catalogs, key: MessageKey): { label: string; translations: Record<string, string> } {
	const others = locales.filter((locale) => locale !== defaultLocale);
	return {
		label: catalogs.messages(defaultLocale.lang)[key],
		translations: Object.fromEntries(others.map((locale) => [locale.lang, catalogs.messages(locale.lang)[key]])),
	};
}

/** A page of the default locale: Starlight localizes the sidebar's links itself. */
const link = (path: string): string => localePath(defaultLocale, path);

/** The sidebar: home, Microsoft's articles (by slug, in the order a partner meets them), the tools, the helpers and the sources behind `KEY#n`. */
export function siteSidebar(catalogs: Catalogs, articleNames: readonly string[]): SidebarItem[] {
	return [
		{ ...labelled(catalogs, 'site.sidebar.home'), link: link(routes.home()) },
		{ ...labelled(catalogs, 'site.sidebar.articles'), items: inReadingOrder(articleNames).map((slug) => ({ slug })) },
		{ ...labelled(catalogs, 'site.sidebar.simulator'), link: link(routes.simulator()) },
		{ ...labelled(catalogs, 'site.sidebar.errors'), link: link(routes.errors()) },
		{ ...labelled(catalogs, 'site.sidebar.lifecycle'), link: link(routes.lifecycle()) },
		{
			...labelled(catalogs, 'site.sidebar.helpers'),
			items: helperNames.map((name) => ({ ...labelled(catalogs, `site.sidebar.helper.${name}`), link: link(routes.helper(name)) })),
		},
		{ ...labelled(catalogs, 'facts.title'), link: link(routes.facts()) },
	];
}
