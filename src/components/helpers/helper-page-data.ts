/**
 * What a helper's Astro wrapper hands its island, computed at build time for one locale: the article
 * section and its quoted sentences, the error reference links, the claim simulator's address. Every path
 * comes from `src/routes.ts`.
 */
import type { ClaimErrorCode } from '../../claim/index.ts';
import { referencedErrorCodes } from '../../error-reference/codes.ts';
import { errorTexts } from '../../error-reference/texts.ts';
import { TROUBLESHOOTING_ARTICLE } from '../../error-reference/troubleshooting-article.ts';
import type { SiteLocale } from '../../i18n/locales.ts';
import type { ArticleQuotes, ArticleSection, ErrorLinks } from '../../islands/helpers/parts/types.ts';
import { localePath, routes } from '../../routes.ts';
import { articleQuotes } from './article-quotes.ts';

/** The link to a section of the troubleshooting article in the locale: `/ja/incentives-customer-association-issues/#anchor`. */
const sectionHref = (locale: SiteLocale, anchor: string): string =>
	`${localePath(locale, routes.article(TROUBLESHOOTING_ARTICLE))}#${anchor}`;

/** The article section (`which-activity-do-i-choose`), titled as the locale's article titles it (its heading segment). */
export function articleSection(locale: SiteLocale, anchor: string, headingSegment: number): ArticleSection {
	const heading = articleQuotes(locale.lang, [headingSegment])[headingSegment]!;
	return { href: sectionHref(locale, anchor), title: heading.text };
}

/** The sentences a helper about the section `anchor` quotes, each naming its own section when it lies in another. */
export function helperQuotes(locale: SiteLocale, anchor: string, numbers: readonly number[]): ArticleQuotes {
	return articleQuotes(locale.lang, numbers, { anchor, href: (other) => sectionHref(locale, other) });
}

/** Links to the reference pages of the codes a helper may name, in the locale. */
export function errorLinks(locale: SiteLocale, codes: readonly ClaimErrorCode[]): ErrorLinks {
	const texts = errorTexts(locale.lang);
	return Object.fromEntries(
		codes
			.filter((code) => referencedErrorCodes.includes(code))
			.map((code) => [code, { href: localePath(locale, routes.error(code)), title: texts(code).title }]),
	);
}

/** The claim simulator page of the locale: `/ja/claim-simulator/`. */
export function simulatorHref(locale: SiteLocale): string {
	return localePath(locale, routes.simulator());
}

/**
 * How far below the screen a helper starts (`client:visible`'s margin). Its questions stay inert until it has
 * started, so it starts before the reader reaches it, by scrolling or with Tab from the text above it.
 */
export const HELPER_START_MARGIN = '600px';
