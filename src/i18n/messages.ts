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
import { memoize } from '../memoize.ts';
import { articleQuoteMessages, QUOTED_ARTICLE } from '../error-reference/quote-messages.ts';
import { parseLocalizedFile } from '../localization/index.ts';

const files = import.meta.glob<Record<string, string>>('./messages/*/*.json', { eager: true, import: 'default' });
// The vendor files of the quoted article, for the article's own sentences (`errors.<CODE>.quote`, `quote-messages.ts`).
// (and the cited copy, whose numbers the quotes' citations follow).
const sources = import.meta.glob<string>('/content/{sources,facts/articles}/*/*.md', { query: '?raw', import: 'default', eager: true });
const documents = Object.entries(sources)
	.filter(([path]) => path.endsWith(`/${QUOTED_ARTICLE}.md`))
	.map(([path, text]) => ({ path, document: parseLocalizedFile(text, path.slice(1)) }));
const quoted = documents.filter(({ path }) => path.startsWith('/content/sources/')).map(({ document }) => document);
const cited = documents.find(({ path }) => path.startsWith('/content/facts/articles/'))?.document;

/** Every locale's catalog, with the article's quotes (throws `CatalogError` at build time when a catalog is broken). */
export const catalogs = buildCatalogs({ ...files, ...articleQuoteMessages(quoted, cited) });

/** A locale's messages, English for any key its catalog lacks. */
export function messagesFor(lang: string): Messages {
	return catalogs.messages(lang);
}

/** `t(key, values)` for one locale: the message formatted with ICU plurals and arguments. */
export function translator(lang: string): (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string {
	return createTranslator(catalogs.messages(lang), lang);
}

/**
 * The messages whose keys start with one of the prefixes (`'search.'`): what an island receives as props. The same
 * object (frozen) for the same language and prefixes: every page asks for the search's, and `versionedJsonUrl` digests
 * an object once.
 */
export function pickMessages<P extends string>(lang: string, ...prefixes: P[]): MessagesWithPrefix<P> {
	return picks(`${lang}\n${prefixes.join('\n')}`) as Record<KeysWithPrefix<P>, string>;
}

/** By `lang` and the prefixes, one per line. */
const picks = memoize((key: string): Readonly<Record<string, string>> => {
	const [lang, ...prefixes] = key.split('\n');
	const all = catalogs.messages(lang!);
	return Object.freeze(Object.fromEntries(Object.entries(all).filter(([name]) => prefixes.some((prefix) => name.startsWith(prefix)))));
});
