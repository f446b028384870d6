/**
 * The helpers' messages as the built pages show them, for the browser tests: the catalogs read from
 * `src/i18n/messages/<lang>/*.json` with the site's own rules (`buildCatalogs`: English per missing key) and
 * formatted with the site's formatter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { buildCatalogs, type MessageKey } from '../../src/i18n/catalog.ts';
import { createTranslator, type MessageValues } from '../../src/i18n/message-format.ts';

const root = new URL('../../src/i18n/messages/', import.meta.url);
const files = Object.fromEntries(
	readdirSync(root, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((folder) =>
			readdirSync(new URL(`${folder.name}/`, root))
				.filter((name) => name.endsWith('.json'))
				.map((name) => [`./messages/${folder.name}/${name}`, JSON.parse(readFileSync(new URL(`${folder.name}/${name}`, root), 'utf8')) as unknown]),
		),
);
const catalogs = buildCatalogs(files);

/** `t(key, values)` in a locale, as the site formats it. */
export function messagesIn(lang: string): (key: MessageKey, values?: MessageValues) => string {
	return createTranslator(catalogs.messages(lang), lang);
}
