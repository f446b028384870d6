/** Callout titles (Important, Note, …) in a locale's language, from the site's UI strings. */
import type { CalloutLabels } from '../article/index.ts';
import type { SiteLocale } from '../i18n/locales.ts';
import { uiStringsFor } from '../i18n/ui-strings.ts';

export function calloutLabelsFor(locale: SiteLocale): CalloutLabels {
	const t = uiStringsFor(locale.lang);
	return {
		important: t('callout.important'),
		note: t('callout.note'),
		tip: t('callout.tip'),
		warning: t('callout.warning'),
		caution: t('callout.caution'),
	};
}
