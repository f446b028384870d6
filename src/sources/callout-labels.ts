/**
 * Callout titles (Important, Note, …) and heading anchor link names in a locale's language, from the message catalogs
 * (`site.callout.*`, `site.article.headingLink`).
 * The importer (plain Node) and the article loader call it outside Vite, so it reads the catalogs with
 * `readCatalogs` (`node:fs`) rather than through `src/i18n/messages.ts` (`import.meta.glob`).
 */
import type { CalloutLabels } from '../article/index.ts';
import type { Catalogs } from '../i18n/catalog.ts';
import { readCatalogs } from '../i18n/catalog-files.ts';
import type { SiteLocale } from '../i18n/locales.ts';
import { createTranslator } from '../i18n/message-format.ts';

let catalogs: Catalogs | undefined;

function translatorFor(locale: SiteLocale) {
	catalogs ??= readCatalogs();
	return createTranslator(catalogs.messages(locale.lang), locale.lang);
}

/** The five DocFX callout titles in the locale's language (English for a key its catalog lacks). */
export function calloutLabelsFor(locale: SiteLocale): CalloutLabels {
	const t = translatorFor(locale);
	return {
		important: t('site.callout.important'),
		note: t('site.callout.note'),
		tip: t('site.callout.tip'),
		warning: t('site.callout.warning'),
		caution: t('site.callout.caution'),
	};
}

/** The accessible name of a heading's anchor link in the locale's language (`site.article.headingLink`). */
export function headingLinkLabelFor(locale: SiteLocale): (heading: string) => string {
	const t = translatorFor(locale);
	return (heading) => t('site.article.headingLink', { heading });
}
