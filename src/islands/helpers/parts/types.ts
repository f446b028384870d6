/** What the helpers' pages hand to their islands (plain data, serialized into the page): messages, quotes, links. */
import type { ClaimErrorCode } from '../../../claim/errors.ts';
import type { HelperName } from '../../../routes.ts';
import type { KeysWithPrefix, MessagesWithPrefix } from '../../../i18n/catalog.ts';
import type { MessageValues } from '../../../i18n/message-format.ts';

/**
 * The message prefixes a helper's island renders: its own (`helpers.mpn.`), the ones both helpers share
 * (`helpers.common.`), and the error catalog's shared sentences (`errors.shared.`: CAI#160's "contact your global
 * admin" is written once, there).
 */
type HelperMessagePrefix<H extends HelperName> = `helpers.${H}.` | 'helpers.common.' | 'errors.shared.';
/** The message keys a helper's island renders. */
export type HelperMessageKey<H extends HelperName> = KeysWithPrefix<HelperMessagePrefix<H>>;
/** The messages a helper's island receives (`pickMessages(lang, 'helpers.mpn.', 'helpers.common.', 'errors.shared.')`). */
type HelperMessages<H extends HelperName> = MessagesWithPrefix<HelperMessagePrefix<H>>;
/** A `t` that knows at least the shared messages: what the parts both helpers use need. */
export type CommonTranslate = (key: KeysWithPrefix<'helpers.common.'>, values?: MessageValues) => string;

interface ArticleQuote {
	/** The sentence as the page's locale shows it (the English when the locale has no translation of it). */
	readonly text: string;
	readonly english: string;
	/** False when `text` is the English (English page, or an untranslated sentence). */
	readonly translated: boolean;
	/** The article section the sentence comes from, when it is not the helper's own (`ArticleSection`). */
	readonly section?: ArticleSection;
}

export type ArticleQuotes = Readonly<Record<number, ArticleQuote>>;

/** The article section a helper is about, for the source of its quotes. */
export interface ArticleSection {
	readonly href: string;
	readonly title: string;
}

/** An error reference page: `/ja/errors/mpn-not-enrolled/` and its title in the page's language. */
export type ErrorLinks = Readonly<Partial<Record<ClaimErrorCode, { readonly href: string; readonly title: string }>>>;

/**
 * What a helper's island shows beyond its fixed props, in one locale: its messages, the article's sentences it quotes,
 * the error reference links, and the helper's own data (`extra`). Served whole as `<locale>/helpers/<name>/data.json`
 * (`routes.helperData`); the page carries in the island's props only what its first render reads (`firstRead`), and the
 * island downloads the whole before it leaves its first state (`useHelperState`, #19).
 */
export type HelperData<H extends HelperName, Extra extends object = object> = {
	readonly messages: HelperMessages<H>;
	readonly quotes: ArticleQuotes;
	readonly errorLinks: ErrorLinks;
} & Extra;
