/**
 * The dates an article page states near its title (issue #14): the article's `ms.date` and, for a translation,
 * its hand-off date (`ms.lasthandoff`). Plain TypeScript; the words are the `site.article.date*` messages.
 */
import { memoize } from '../memoize.ts';

/** `YYYY-MM-DD` as a long date in `lang` (e.g. `June 29, 2020`, `2020年6月29日`), counted in UTC like the front matter. */
export function formatArticleDate(isoDate: string, lang: string): string {
	return longDateFormat(lang).format(new Date(`${isoDate}T00:00:00Z`));
}

/** One formatter per language: making one is costly (every article page of a build formats two dates). */
const longDateFormat = memoize((lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }));
