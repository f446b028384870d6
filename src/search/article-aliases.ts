/**
 * Words a reader searches an article by that the article itself does not write: the concepts (glossary ids,
 * `src/i18n/glossary/<lang>.json`) it is about under another name. Each article page carries them in the search index
 * as the Pagefind meta field `aliases` (searched, never shown), in the page's language and in English.
 *
 * `find-customer-domain-name`: the article tells how to find the customer's Directory ID; the claim flow and the
 * troubleshooting article call it the tenant ID (CAI#112, and the site's error pages say "Directory ID (tenant ID)"),
 * so "where do I find the tenant ID" in any language must find it (held-out search test, December 2026).
 */
import type { Glossary } from '../i18n/glossary.ts';

/** Glossary concept ids per article (the vendor file's name). */
export const articleAliases: Readonly<Record<string, readonly string[]>> = {
	'find-customer-domain-name': ['tenant-id'],
};

/**
 * The `aliases` meta of an article in a locale: the locale's term and the English term of each concept, joined by
 * spaces; `undefined` when the article has none. A concept the locale's glossary lacks gives its English term only.
 * Throws when an id is in no glossary (a typo here would silently drop the alias), or a term holds a comma.
 */
export function aliasesFor(article: string, glossary: Glossary | undefined, english: Glossary): string | undefined {
	const ids = articleAliases[article];
	if (!ids) return undefined;
	const terms = ids.flatMap((id) => {
		const concept = english.concepts.find((candidate) => candidate.id === id);
		if (!concept) throw new Error(`article-aliases.ts: ${article}: no glossary concept ${id}`);
		const local = glossary?.concepts.find((candidate) => candidate.id === id)?.term;
		return local && local !== concept.term ? [local, concept.term] : [concept.term];
	});
	const aliases = terms.join(' ');
	// Pagefind reads `data-pagefind-meta` as `key:value, key:value`: a comma would end the field.
	if (aliases.includes(',')) throw new Error(`article-aliases.ts: ${article}: a term holds a comma: ${aliases}`);
	return aliases;
}
