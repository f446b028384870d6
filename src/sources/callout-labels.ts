/** Callout titles (Important, Note, …) in a locale's language, from the message catalogs (`site.callout.*`). */
import type { CalloutLabels } from '../article/index.ts';
import type { SiteLocale } from '../i18n/locales.ts';
import { translator } from '../i18n/messages.ts';

/** The five DocFX callout titles in the locale's language (English for a key its catalog lacks). */
export function calloutLabelsFor(locale: SiteLocale): CalloutLabels {
	const t = translator(locale.lang);
	return {
		important: t('site.callout.important'),
		note: t('site.callout.note'),
		tip: t('site.callout.tip'),
		warning: t('site.callout.warning'),
		caution: t('site.callout.caution'),
	};
}
