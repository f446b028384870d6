/**
 * The troubleshooting article's page in a locale, as the error reference and the claim simulator need it:
 * its URL, its section headings in that language, and its attribution data; any other article's the same way.
 */
import { getEntry } from 'astro:content';
import { defaultLocale, type SiteLocale } from '../i18n/locales.ts';
import { articleByKey } from '../facts/articles.ts';
import { contentEntryId, localePath, routes } from '../routes.ts';

export const TROUBLESHOOTING_ARTICLE = 'incentives-customer-association-issues';

export async function troubleshootingArticle(locale: SiteLocale) {
	return articlePage(locale, TROUBLESHOOTING_ARTICLE);
}

/**
 * An article's page in a locale (`name`: its file name, `incentives-manage-customer-associations`), with the same
 * data: a locale without its own translation gets the English article, as Starlight shows it. Throws when the article
 * is missing from `content/sources`.
 */
export async function articlePage(locale: SiteLocale, name: string) {
	// Looked up by id: a page asks for one to three articles, and filtering the whole collection each time made the
	// build's rendering grow with the square of the number of articles.
	const entryIn = (inLocale: SiteLocale) => getEntry('docs', contentEntryId(inLocale, name));
	// A locale without its own translation shows the English article, as Starlight does.
	const entry = (await entryIn(locale)) ?? (await entryIn(defaultLocale));
	if (!entry?.data.article) throw new Error(`The article ${name} is missing from content/sources.`);
	// The loader stores the table of contents as the rendered entry's `headings` metadata.
	const toc = (entry.rendered?.metadata?.['headings'] ?? []) as ReadonlyArray<{ slug: string; text: string }>;
	const headings = new Map(toc.map((heading) => [heading.slug, heading.text]));
	return {
		href: localePath(locale, routes.article(name)),
		title: entry.data.title,
		meta: entry.data.article,
		sectionTitle: (anchor: string) => headings.get(anchor) ?? anchor,
	};
}

/**
 * The attribution data (`Attribution.astro`'s `sources`) of the articles with the fact sheet's `keys` (`CAI`), in that
 * order, each in the locale's language (or English where it has none).
 */
export async function attributionSources(locale: SiteLocale, keys: readonly string[]) {
	const pages = await Promise.all(keys.map((key) => articlePage(locale, articleByKey(key).file)));
	return pages.map((page) => ({ article: page.meta, title: page.title }));
}
