/**
 * Vite plugin: the per-locale data files the search dialog loads in the browser (`src/search/variants/<lang>.json`,
 * `src/i18n/glossary/<lang>.json`) without what only their maintainers and the tests read: each entry's `source` and
 * `kind` (a variant's kind says why it exists; the search reads only its forms and term), a
 * glossary concept's `wrong` words, `allowedIn` phrases and `note` (#19: a first search downloads its locale's
 * variants; their sources were half of that chunk). The server's build and the tests read the files whole.
 */
import type { Plugin } from 'vite';

/** The files, by their path in the project, and the fields the browser does not read. */
const STRIPPED: ReadonlyArray<{ path: RegExp; fields: readonly string[] }> = [
	{ path: /\/src\/search\/variants\/(?!simplified-chars|traditional-chars)[^/]+\.json$/, fields: ['source', 'kind'] },
	{ path: /\/src\/i18n\/glossary\/[^/]+\.json$/, fields: ['source', 'wrong', 'allowedIn', 'note'] },
];

/** `value` without the `fields` of any object inside it, at any depth. */
export function withoutFields(value: unknown, fields: ReadonlySet<string>): unknown {
	if (Array.isArray(value)) return value.map((item) => withoutFields(item, fields));
	if (value === null || typeof value !== 'object') return value;
	return Object.fromEntries(
		Object.entries(value)
			.filter(([key]) => !fields.has(key))
			.map(([key, item]) => [key, withoutFields(item, fields)]),
	);
}

/**
 * The plugin, for Vite's client environment only (the browser's chunks): each file of `STRIPPED` is parsed as JSON and
 * re-serialized without its fields. Other modules pass through unchanged; a file that is not valid JSON throws, failing
 * the build.
 */
export function dataForTheBrowser(): Plugin {
	return {
		name: 'site:data-for-the-browser',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.name === 'client',
		transform(code, id) {
			const file = id.split('?')[0]!;
			const stripped = STRIPPED.find(({ path }) => path.test(file));
			if (!stripped) return null;
			return { code: JSON.stringify(withoutFields(JSON.parse(code), new Set(stripped.fields))), map: null };
		},
	};
}
