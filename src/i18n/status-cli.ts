/**
 * `npm run i18n:status`: prints the translation status of every locale (see `status.ts`) and exits 0.
 * Reads the catalogs in `src/i18n/messages/` and the vendor files in `content/sources/`. A broken catalog
 * or vendor file (which would stop the build too) is reported and exits 1.
 */
import { buildCatalogs, CatalogError } from './catalog.ts';
import { englishMessages, readCatalogFiles, readStamps } from './catalog-files.ts';
import { changedSinceTranslated } from './translation-stamps.ts';
import { locales } from './locales.ts';
import { articleStatus, formatStatus, messageStatus } from './status.ts';
import { parseLocalizedFile, SourceFormatError, type LocalizedDocument } from '../localization/index.ts';
import { readSourceFiles } from '../sources/library.ts';

try {
	const catalogs = buildCatalogs(readCatalogFiles());
	const documents = new Map<string, LocalizedDocument[]>();
	for (const file of readSourceFiles())
		documents.set(file.article, [...(documents.get(file.article) ?? []), parseLocalizedFile(file.text, file.name)]);
	const articles = [...documents].flatMap(([article, forArticle]) => articleStatus(article, forArticle, locales));
	const known = new Set(locales.map((locale) => locale.lang));
	const notes = catalogs.langs
		.filter((lang) => !known.has(lang))
		.map((lang) => `src/i18n/messages/${lang}/ has no locale entry in src/i18n/locales.ts: nothing uses it.`);
	const changed = changedSinceTranslated(englishMessages(), readStamps());
	if (changed.length > 0)
		notes.push(
			`${changed.length} English message(s) changed since their translations were last checked (update every locale, then npm run i18n:stamp): ${changed.join(', ')}`,
		);
	console.log(formatStatus(messageStatus(catalogs, locales), articles, notes));
} catch (error) {
	if (error instanceof CatalogError || error instanceof SourceFormatError) {
		console.error(`i18n:status: ${error.message}`);
		process.exit(1);
	}
	throw error;
}
