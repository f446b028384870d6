/** Callout titles (Important, Note, …) in one language, from the site's UI strings. */
import type { CalloutLabels } from '../article/index.ts';
import type { UiStringKey } from '../i18n/ui-strings.ts';

export function calloutLabelsFor(t: (key: UiStringKey) => string): CalloutLabels {
	return {
		important: t('callout.important'),
		note: t('callout.note'),
		tip: t('callout.tip'),
		warning: t('callout.warning'),
		caution: t('callout.caution'),
	};
}
