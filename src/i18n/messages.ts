/**
 * The site's messages, read from `src/i18n/messages/<lang>/*.json` at build time (see `catalog.ts` for the
 * rules). Pages and endpoints call `translator(lang)` or `messagesFor(lang)`; a page hands an island only the
 * messages it renders with `pickMessages(lang, 'search.')`. Build-time only: islands never import this.
 *
 * A key a locale lacks shows in English; the build's `i18n` integration (`catalog-integration.ts`) warns
 * about it once per build, naming the locale and the keys.
 */
import { buildCatalogs, type KeysWithPrefix, type MessageKey, type Messages, type MessagesWithPrefix } from './catalog.ts';
import { createTranslator } from './message-format.ts';

const files = import.meta.glob<Record<string, string>>('./messages/*/*.json', { eager: true, import: 'default' });

/** Every locale's catalog (throws `CatalogError` at build time when a catalog is broken). */
export const catalogs = buildCatalogs(files);

/** A locale's messages, English for any key its catalog lacks. */
export function messagesFor(lang: string): Messages {
	return catalogs.messages(lang);
}

/** `t(key, values)` for one locale: the message formatted with ICU plurals and arguments. */
export function translator(lang: string): (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string {
	return createTranslator(catalogs.messages(lang), lang);
}

/** The messages whose keys start with one of the prefixes (`'search.'`): what an island receives as props. */
export function pickMessages<P extends string>(lang: string, ...prefixes: P[]): MessagesWithPrefix<P> {
	const all = catalogs.messages(lang);
	return Object.fromEntries(Object.entries(all).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix)))) as Record<
		KeysWithPrefix<P>,
		string
	>;
}
