/**
 * The message catalogs read with `node:fs`, for code that runs outside Vite: `astro.config.mjs` (Astro loads
 * a `.mjs` config with Node itself, where `import.meta.glob` does not exist) and Playwright's tests. Same
 * files, same rules: the catalogs are built by `buildCatalogs` (`catalog.ts`), as `messages.ts` builds them
 * from `import.meta.glob` inside Vite. One mechanism, two ways to read the files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCatalogs, type Catalogs } from './catalog.ts';

/** `src/i18n/messages/`: one folder per locale, one JSON file per area. */
export const MESSAGES_DIR = fileURLToPath(new URL('./messages/', import.meta.url));

/**
 * Every catalog file below `dir`, keyed `./messages/<lang>/<area>.json` (the keys `import.meta.glob` gives),
 * parsed from JSON. Throws on a file that is not JSON.
 */
export function readCatalogFiles(dir: string = MESSAGES_DIR): Record<string, unknown> {
	const files: Record<string, unknown> = {};
	for (const lang of readdirSync(dir, { withFileTypes: true })) {
		if (!lang.isDirectory()) continue;
		for (const file of readdirSync(`${dir}/${lang.name}`).filter((name) => name.endsWith('.json')).sort()) {
			files[`./messages/${lang.name}/${file}`] = JSON.parse(readFileSync(`${dir}/${lang.name}/${file}`, 'utf8')) as unknown;
		}
	}
	return files;
}

/** The catalogs of `dir` (the site's by default). Throws `CatalogError` as the build does. */
export function readCatalogs(dir: string = MESSAGES_DIR): Catalogs {
	return buildCatalogs(readCatalogFiles(dir));
}
