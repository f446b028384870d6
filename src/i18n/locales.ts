/**
 * The site's locales: the single place where a language is declared.
 *
 * Adding a locale means adding one entry here (plus, optionally, its message catalog in
 * `src/i18n/messages/<lang>/`) and dropping the vendor file into `content/sources/<sourceLocale>/`.
 * This module has no Astro or Preact imports, so the config, the importer and the tests share it.
 */
import type { Catalogs } from './catalog.ts';

export interface SiteLocale {
	/** URL segment under which the locale is served; `root` is served at `/`. */
	readonly slug: string;
	/** BCP 47 tag written to `<html lang>` and used by Pagefind to pick the index. */
	readonly lang: string;
	/** Locale code used by the vendor files' `ms.contentlocale` (e.g. `ja-JP`). */
	readonly sourceLocale: string;
	/** The language's own name, shown in the language picker. */
	readonly label: string;
	readonly dir?: 'ltr' | 'rtl';
}

export const defaultLocale: SiteLocale = {
	slug: 'root',
	lang: 'en',
	sourceLocale: 'en-US',
	label: 'English',
};

export const locales: readonly SiteLocale[] = [
	defaultLocale,
	{
		slug: 'ja',
		lang: 'ja',
		sourceLocale: 'ja-JP',
		label: '日本語',
	},
	{
		slug: 'zh-tw',
		lang: 'zh-TW',
		sourceLocale: 'zh-TW',
		label: '繁體中文',
	},
	{
		slug: 'ko',
		lang: 'ko',
		sourceLocale: 'ko-KR',
		label: '한국어',
	},
	{
		slug: 'zh-cn',
		lang: 'zh-CN',
		sourceLocale: 'zh-CN',
		label: '简体中文',
	},
	{
		slug: 'de',
		lang: 'de',
		sourceLocale: 'de-DE',
		label: 'Deutsch',
	},
	{
		slug: 'fr',
		lang: 'fr',
		sourceLocale: 'fr-FR',
		label: 'Français',
	},
];

/** Finds the site locale of a vendor `ms.contentlocale` code, case-insensitively. */
export function findLocaleBySourceCode(code: string): SiteLocale | undefined {
	const wanted = code.trim().toLowerCase();
	return locales.find((locale) => locale.sourceLocale.toLowerCase() === wanted);
}

/** Starlight's `locales` option, derived from the list above. */
export function starlightLocales(): Record<string, { label: string; lang: string; dir?: 'ltr' | 'rtl' }> {
	return Object.fromEntries(
		locales.map((locale) => [locale.slug, { label: locale.label, lang: locale.lang, ...(locale.dir ? { dir: locale.dir } : {}) }]),
	);
}

/**
 * Starlight's per-language `title` option: each locale's `site.title` message, by BCP 47 tag (English for a
 * locale whose catalog lacks it). `catalogs` come from `readCatalogs()` (`catalog-files.ts`).
 */
export function localizedSiteTitles(catalogs: Pick<Catalogs, 'messages'>): Record<string, string> {
	return Object.fromEntries(locales.map((locale) => [locale.lang, catalogs.messages(locale.lang)['site.title']]));
}
