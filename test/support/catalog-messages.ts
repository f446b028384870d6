/**
 * The message catalogs (`src/i18n/messages/<lang>/*.json`) for tests that run outside Vite (Playwright):
 * the site's own rules (`readCatalogs`: English per missing key, and the article's quotes the build adds).
 */
import type { MessageKey } from '../../src/i18n/catalog.ts';
import { readCatalogs } from '../../src/i18n/catalog-files.ts';
import { createTranslator, type MessageValues } from '../../src/i18n/message-format.ts';

const catalogs = readCatalogs();

/** `t(key, values)` in a locale, as the site formats it. */
export function messagesTranslator(lang: string): (key: MessageKey, values?: MessageValues) => string {
	return createTranslator(catalogs.messages(lang), lang);
}
