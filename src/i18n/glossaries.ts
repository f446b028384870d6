/**
 * The glossaries (`src/i18n/glossary/<lang>.json`), read at build time by the site's pages, as `readGlossaries`
 * (`catalog-files.ts`) reads them for Node tools and tests; parsed with the one schema (`parseGlossary`), so a malformed
 * file stops the build. Build-time only: islands never import this.
 */
import { parseGlossary, type Glossary } from './glossary.ts';

const files = import.meta.glob<unknown>('./glossary/*.json', { eager: true, import: 'default' });
const glossaries = new Map(
	Object.values(files).map((content) => {
		const glossary = parseGlossary(content);
		return [glossary.lang, glossary] as const;
	}),
);

/** A locale's glossary (`ja`, `zh-TW`), or `undefined` for a locale without one. */
export function glossaryFor(lang: string): Glossary | undefined {
	return glossaries.get(lang);
}
