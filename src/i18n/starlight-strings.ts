/**
 * Starlight's own UI strings that the site words itself, from the message catalogs: a content loader for
 * Starlight's `i18n` collection, so these strings live in `src/i18n/messages/<lang>/` like every other word
 * the site shows, and not in a second set of files. Starlight keeps its built-in strings for the rest.
 */
import type { Loader } from 'astro/loaders';
import type { Catalogs, MessageKey } from './catalog.ts';
import { MESSAGES_DIR, readCatalogs } from './catalog-files.ts';

/** Starlight's UI string (`404.text`, see `@astrojs/starlight/schemas/i18n`) → the catalog key that words it. */
const STARLIGHT_STRINGS = {
	'404.text': 'site.notFound.text',
} as const satisfies Record<string, MessageKey>;

/**
 * Each locale's Starlight strings, by BCP 47 tag (the ids Starlight reads its `i18n` collection by):
 * `{ ja: { '404.text': 'ページが見つかりません。…' }, … }`. English for a key a locale's catalog lacks.
 */
export function starlightStrings(catalogs: Catalogs): Record<string, Record<string, string>> {
	return Object.fromEntries(
		catalogs.langs.map((lang) => {
			const messages = catalogs.messages(lang);
			return [lang, Object.fromEntries(Object.entries(STARLIGHT_STRINGS).map(([starlightKey, key]) => [starlightKey, messages[key]]))];
		}),
	);
}

/** The `i18n` collection's loader: one entry per catalog locale; reloads when a catalog file changes in `astro dev`. */
export function starlightStringsLoader(): Loader {
	return {
		name: 'catalog-starlight-strings',
		load: async ({ store, parseData, watcher }) => {
			watcher?.add(MESSAGES_DIR);
			store.clear();
			for (const [id, strings] of Object.entries(starlightStrings(readCatalogs()))) {
				store.set({ id, data: await parseData({ id, data: strings }) });
			}
		},
	};
}
