/**
 * The bundles the dialog of a page searches, for the dialog (`load-dialog.ts`) and for the index it warms on the
 * reader's intent (`warm-index.ts`): not in every page's props (#19: 0.3 kB of each page's HTML).
 */
import { locales } from '../../i18n/locales.ts';
import { searchBundlePath } from '../../search/bundles.ts';
import type { SearchIslandProps } from './SearchIsland.tsx';

/** The bundles the dialog of a page in `lang` searches: the reader's locale first, then the others, with the labels its results show. */
export function bundlesFor(lang: string): SearchIslandProps['bundles'] {
	const own = locales.find((locale) => locale.lang === lang);
	return [...(own ? [own] : []), ...locales.filter((locale) => locale !== own)].map((locale) => ({
		lang: locale.lang,
		label: locale.label,
		path: searchBundlePath(locale),
	}));
}
