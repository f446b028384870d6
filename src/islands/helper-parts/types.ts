/** What the helpers' pages hand to their islands besides the strings (plain data, serialized into the page). */
import type { ClaimErrorCode } from '../../claim/errors.ts';

export interface ArticleQuote {
	/** The sentence as the page's locale shows it (the English when the locale has no translation of it). */
	readonly text: string;
	readonly english: string;
	/** False when `text` is the English (English page, or an untranslated sentence). */
	readonly translated: boolean;
}

export type ArticleQuotes = Readonly<Record<number, ArticleQuote>>;

/** The article section a helper is about, for the source of its quotes. */
export interface ArticleSection {
	readonly href: string;
	readonly title: string;
}

/** An error reference page: `/ja/errors/mpn-not-enrolled/` and its title in the page's language. */
export type ErrorLinks = Readonly<Partial<Record<ClaimErrorCode, { readonly href: string; readonly title: string }>>>;
