/**
 * The message keys of the error catalog's texts (`src/i18n/messages/<lang>/errors.json`): per code
 * `errors.<CODE>.title`, `.cause`, `.fix`, `.assumption` (entries that assume something), `.reading` (what the
 * simulator assumes about a documented error, `reading` in `catalog.ts`) and `.quote` (the
 * article's own sentence, verbatim in each locale); and the sentences several fixes share, which a fix
 * places with an argument of the same name (`{askGlobalAdmin}`).
 *
 * Every code has a cause and a fix: `errorMessageKey(code, 'cause')` is a `MessageKey` only while English
 * has them all, so the type check fails when one is missing. Titles, assumptions and quotes exist where
 * the catalog's facts say (`errorTitleKey`, `assumption`, `articleQuote` in `catalog.ts`); a unit test
 * checks them against the English messages.
 *
 * Plain TypeScript with type-only imports: the claim simulator island uses it too.
 */
import type { KeysWithPrefix, MessageKey } from '../i18n/catalog.ts';
import type { ClaimErrorCode } from './errors.ts';

/** The texts a code can have. */
export type ErrorTextPart = 'title' | 'cause' | 'fix' | 'assumption' | 'reading' | 'quote' | 'searchWords';

/** The sentences several fixes share: CAI#125–126 (every subscription error) and CAI#160 (which MPN). */
export type SharedErrorSentence = 'askGlobalAdmin' | 'checkSubscriptionWithCustomer';

/**
 * The article sentences each shared sentence restates: a page whose fix places one cites them among its citations or
 * its `fixCitations` (#14 ninth review: "contact your global admin", CAI#160, stood uncited on the MPN pages).
 */
export const sharedSentenceCitations: Readonly<Record<SharedErrorSentence, readonly string[]>> = {
	askGlobalAdmin: ['CAI#160'],
	checkSubscriptionWithCustomer: ['CAI#125', 'CAI#126'],
};

/** `errorMessageKey('MPN_REQUIRED', 'fix')` → `errors.MPN_REQUIRED.fix`. */
export function errorMessageKey<P extends ErrorTextPart>(
	code: ClaimErrorCode,
	part: P,
): P extends 'cause' | 'fix' ? `errors.${ClaimErrorCode}.${P}` : KeysWithPrefix<'errors.'> {
	return `errors.${code}.${part}` as never;
}

/** The keys of the shared sentences (`never` for one English lacks, so the call below fails the type check). */
type SharedSentenceKey = Extract<MessageKey, `errors.shared.${SharedErrorSentence}`>;

/** The values a fix is formatted with: each shared sentence, translated by `t`. */
export function sharedSentenceValues(t: (key: SharedSentenceKey) => string): Record<SharedErrorSentence, string> {
	return {
		askGlobalAdmin: t('errors.shared.askGlobalAdmin'),
		checkSubscriptionWithCustomer: t('errors.shared.checkSubscriptionWithCustomer'),
	};
}
