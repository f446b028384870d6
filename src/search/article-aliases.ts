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
import { lifecycleStatuses } from '../claim/lifecycle/schema.ts';
import { formatSectionAliases } from './section-aliases.ts';

/** Glossary concept ids per article (the vendor file's name). */
export const articleAliases: Readonly<Record<string, readonly string[]>> = {
	'find-customer-domain-name': ['tenant-id'],
};

/**
 * Glossary concept ids per section (by heading id) of an article: the names a section lists rather than heads
 * (`section-aliases.ts`).
 *
 * `incentives-manage-customer-associations`: the section "View the status of your CPOR association claim" lists
 * every claim status with its meaning (MCA status list, MCA#132–MCA#148), so a reader who types a status the portal
 * shows must find that section first (recall set, kind `status`: `Action de partenaire requise`, `파트너 작업 필요`).
 */
export const sectionAliases: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
	'incentives-manage-customer-associations': {
		// The six statuses of the fact sheet (§7), each the glossary concept `status-<status>`.
		'view-the-status-of-your-cpor-association-claim': lifecycleStatuses.map((status) => `status-${status}`),
	},
};

/** The concept `id` of `glossary`, or of the English glossary; throws when no glossary has it (a typo in the data). */
function conceptOf(id: string, glossary: Glossary | undefined, english: Glossary, where: string) {
	const concept = english.concepts.find((candidate) => candidate.id === id);
	if (!concept) throw new Error(`article-aliases.ts: ${where}: no glossary concept ${id}`);
	return { english: concept, local: glossary?.concepts.find((candidate) => candidate.id === id) };
}

/**
 * The `sectionAliases` meta of an article in a locale (`section-aliases.ts`'s field), undefined when it has none.
 * Each concept gives its names as a reader meets or types them: the locale's term, the variants the glossary lists
 * for it (`wrong`: the site never writes them, but some are Microsoft's own, as MCA#186's Action du partenaire requise,
 * and readers type others, as zh-TW 審核中 for 檢閱中), and the English term. Throws when an id is in no glossary or a
 * name holds a separator.
 */
export function sectionAliasesFor(article: string, glossary: Glossary | undefined, english: Glossary): string | undefined {
	const sections = sectionAliases[article];
	if (!sections) return undefined;
	const names = Object.fromEntries(
		Object.entries(sections).map(([anchor, ids]) => [
			anchor,
			[
				...new Set(
					ids.flatMap((id) => {
						const { english: concept, local } = conceptOf(id, glossary, english, article);
						return [...(local ? [local.term, ...local.wrong] : []), concept.term];
					}),
				),
			],
		]),
	);
	return formatSectionAliases(names);
}

/**
 * The `aliases` meta of an article in a locale: the locale's term and the English term of each concept, joined by
 * spaces; `undefined` when the article has none. A concept the locale's glossary lacks gives its English term only.
 * Throws when an id is in no glossary (a typo here would silently drop the alias), or a term holds a comma.
 */
export function aliasesFor(article: string, glossary: Glossary | undefined, english: Glossary): string | undefined {
	const ids = articleAliases[article];
	if (!ids) return undefined;
	const terms = ids.flatMap((id) => {
		const { english: concept, local } = conceptOf(id, glossary, english, article);
		return local && local.term !== concept.term ? [local.term, concept.term] : [concept.term];
	});
	const aliases = terms.join(' ');
	// Pagefind reads one `key:value` per `data-pagefind-meta` (the aliases have their own: `MarkdownContent.astro`); a term
	// with a comma is refused all the same, as no glossary term has one.
	if (aliases.includes(',')) throw new Error(`article-aliases.ts: ${article}: a term holds a comma: ${aliases}`);
	return aliases;
}
