/**
 * Reading the message catalogs and glossaries from disk, for code that runs outside Vite: Node scripts and
 * tests (`npm run i18n:status`, the glossary test, Playwright's specs) and `astro.config.mjs` (Astro loads a
 * `.mjs` config with Node itself, where `import.meta.glob` does not exist; the sidebar's labels come from
 * here). The site reads the same files through `import.meta.glob` (`messages.ts`); both build the catalogs
 * with `buildCatalogs` (`catalog.ts`): one mechanism, two ways to read the files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogs, type Catalogs } from './catalog.ts';
import { parseGlossary, type Glossary } from './glossary.ts';
import type { TranslationStamps } from './translation-stamps.ts';
import { articleQuoteMessages, QUOTED_ARTICLE } from '../error-reference/quote-messages.ts';
import { parseLocalizedFile } from '../localization/index.ts';
import { readSourceFiles } from '../sources/library.ts';

/** `src/i18n/messages/`: one folder per locale, one JSON file per area. */
export const MESSAGES_DIR = fileURLToPath(new URL('./messages/', import.meta.url));
/** `content/facts/articles/`: the cited copies of the articles (the quotes' citations follow their numbers). */
const CITED_DIR = fileURLToPath(new URL('../../content/facts/articles/', import.meta.url));
/** `src/i18n/translated-from.json`: the English each message's translations follow (`translation-stamps.ts`). */
export const STAMPS_FILE = fileURLToPath(new URL('./translated-from.json', import.meta.url));
/** `src/i18n/glossary/`: one `<lang>.json` per locale. */
const GLOSSARY_DIR = fileURLToPath(new URL('./glossary/', import.meta.url));

/**
 * Every catalog file under `dir`, keyed `<lang>/<area>.json` (the form `buildCatalogs` takes), parsed
 * from JSON: the project's own words, without the article's quotes (`readCatalogs` adds those). Throws a
 * `SyntaxError` naming the file when one is not JSON.
 */
export function readCatalogFiles(dir: string = MESSAGES_DIR): Record<string, unknown> {
	if (!existsSync(dir)) return {};
	const files: Record<string, unknown> = {};
	for (const lang of readdirSync(dir).sort()) {
		if (!statSync(join(dir, lang)).isDirectory()) continue;
		for (const file of readdirSync(join(dir, lang))
			.filter((name) => name.endsWith('.json'))
			.sort()) {
			const text = readFileSync(join(dir, lang, file), 'utf8');
			try {
				files[`${lang}/${file}`] = JSON.parse(text);
			} catch (error) {
				throw new SyntaxError(`${join(dir, lang, file)}: ${(error as Error).message}`, { cause: error });
			}
		}
	}
	return files;
}

/**
 * The catalogs of `dir` (the site's by default), with English per missing key and the article's quotes
 * (`errors.<CODE>.quote`, from the vendor files in `content/sources/`, as `messages.ts` adds them). Throws
 * `CatalogError` as the build does.
 */
export function readCatalogs(dir: string = MESSAGES_DIR): Catalogs {
	const quoted = readSourceFiles(undefined, QUOTED_ARTICLE).map((file) => parseLocalizedFile(file.text, file.name));
	const citedPath = join(CITED_DIR, 'ja-JP', `${QUOTED_ARTICLE}.md`);
	const cited = existsSync(citedPath) ? parseLocalizedFile(readFileSync(citedPath, 'utf8'), citedPath) : undefined;
	return buildCatalogs({ ...readCatalogFiles(dir), ...articleQuoteMessages(quoted, cited) });
}

/** The messages each locale's own files hold (no English fallback), by locale. */
export function ownMessages(files: Readonly<Record<string, unknown>>): Map<string, Record<string, string>> {
	const byLang = new Map<string, Record<string, string>>();
	for (const [path, content] of Object.entries(files)) {
		const lang = path.split('/')[0]!;
		byLang.set(lang, { ...byLang.get(lang), ...(content as Record<string, string>) });
	}
	return byLang;
}

/** Every glossary under `dir`, by locale (`en`, `ja`, `zh-TW`); throws a `ZodError` for a malformed one. */
export function readGlossaries(dir: string = GLOSSARY_DIR): Map<string, Glossary> {
	const glossaries = new Map<string, Glossary>();
	for (const file of readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.sort()) {
		const glossary = parseGlossary(JSON.parse(readFileSync(join(dir, file), 'utf8')));
		if (`${glossary.lang}.json` !== file)
			throw new Error(`${join(dir, file)}: says lang ${glossary.lang}, expected ${file.replace(/\.json$/, '')}`);
		glossaries.set(glossary.lang, glossary);
	}
	return glossaries;
}

/** The project's English messages (`messages/en/*.json`, without the article's quotes), by key. */
export function englishMessages(dir: string = MESSAGES_DIR): Record<string, string> {
	const files = readCatalogFiles(dir);
	return Object.assign(
		{},
		...Object.entries(files)
			.filter(([path]) => path.startsWith('en/'))
			.map(([, content]) => content as Record<string, string>),
	);
}

/** The stamps of `STAMPS_FILE` (none when it doesn't exist yet). */
export function readStamps(file: string = STAMPS_FILE): TranslationStamps {
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as TranslationStamps) : {};
}
