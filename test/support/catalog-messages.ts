/**
 * The message catalogs (`src/i18n/messages/<lang>/*.json`) for tests that run outside Vite (Playwright):
 * the same rules as the site's `src/i18n/messages.ts` (`buildCatalogs`), files read with `fs`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogs, type MessageKey } from '../../src/i18n/catalog.ts';
import { createTranslator, type MessageValues } from '../../src/i18n/message-format.ts';

const MESSAGES_DIR = fileURLToPath(new URL('../../src/i18n/messages/', import.meta.url));

const files: Record<string, unknown> = {};
for (const lang of readdirSync(MESSAGES_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
	for (const file of readdirSync(join(MESSAGES_DIR, lang.name)).filter((name) => name.endsWith('.json'))) {
		files[`./messages/${lang.name}/${file}`] = JSON.parse(readFileSync(join(MESSAGES_DIR, lang.name, file), 'utf8'));
	}
}

const catalogs = buildCatalogs(files);

/** `t(key, values)` in a locale, as the site formats it. */
export function messagesTranslator(lang: string): (key: MessageKey, values?: MessageValues) => string {
	return createTranslator(catalogs.messages(lang), lang);
}
