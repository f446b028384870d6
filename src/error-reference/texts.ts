/**
 * A claim error's texts in one locale, as the error reference pages and the simulator page show them:
 * title, cause, fix (with the shared sentences it places), assumption and the article's own sentence.
 * Build time only (`translator`); the simulator island formats the same messages itself.
 */
import { catalogEntry, errorTitleKey } from '../claim/catalog.ts';
import { errorMessageKey, sharedSentenceValues } from '../claim/error-messages.ts';
import type { ClaimErrorCode } from '../claim/errors.ts';
import { messagesFor, translator } from '../i18n/messages.ts';

export interface ErrorTexts {
	readonly title: string;
	/** The cause, in the article's words where it has them. */
	readonly cause: string;
	readonly fix: string;
	/** What the simulator assumes: the check itself where the sources are silent, or which of two documented outcomes applies (`reading`). */
	readonly assumption: string | null;
	/** The article's sentence for the condition, in English and in the locale. */
	readonly quote: { readonly en: string; readonly local: string } | null;
	/**
	 * Words readers search the error by that its page does not write (`invalid tenant ID` for `This doesn't look like a
	 * tenant ID`), where English has them (`errors.<CODE>.searchWords`): searched, never shown (`aliases` in the index).
	 */
	readonly searchWords: string | null;
}

/** `errorTexts(lang)(code)`: the texts of any code in `lang` (English for keys its catalog lacks). */
export function errorTexts(lang: string): (code: ClaimErrorCode) => ErrorTexts {
	const t = translator(lang);
	const english = translator('en');
	const englishMessages = messagesFor('en');
	const shared = sharedSentenceValues(t);
	return (code) => {
		const entry = catalogEntry(code);
		const quoteKey = errorMessageKey(code, 'quote');
		const searchWordsKey = errorMessageKey(code, 'searchWords');
		return {
			title: t(errorTitleKey(code)),
			cause: t(errorMessageKey(code, 'cause')),
			fix: t(errorMessageKey(code, 'fix'), shared),
			assumption: entry.assumption ? t(errorMessageKey(code, 'assumption')) : entry.reading ? t(errorMessageKey(code, 'reading')) : null,
			quote: entry.articleQuote ? { en: english(quoteKey), local: t(quoteKey) } : null,
			searchWords: searchWordsKey in englishMessages ? t(searchWordsKey) : null,
		};
	};
}

/**
 * The message that says the troubleshooting article has no section on a check (an entry without `anchor`): for a
 * documented entry, that it is one of the flow's required fields (OSA#114–127, #143–145); for an assumed one, that
 * Microsoft documents no such check. Never the required-field line for a format or list check the simulator adds.
 */
export function noArticleSectionKey(code: ClaimErrorCode): 'errors.noArticleSection' | 'errors.noArticleSectionAssumed' {
	return catalogEntry(code).basis === 'documented' ? 'errors.noArticleSection' : 'errors.noArticleSectionAssumed';
}
