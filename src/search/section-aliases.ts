/**
 * Names a reader searches one section of an article by that the section lists rather than heads: the claim statuses
 * (`Action de partenaire requise`, `レビュー中`) are items of the status section's list, so a status typed as a query
 * should bring that section first, not the shortest page that mentions the status. An article page carries its
 * sections' names as the Pagefind meta field `sectionAliases` (never shown), written and read here; which sections and
 * which glossary concepts is data (`article-aliases.ts`). Pagefind indexes a meta field's words as the page's, so a
 * status in another word than the article's (`審査中` for `レビュー中`) finds the article; it places them in no
 * particular section, so the engine puts the named section first itself (`namedSections` in `engine.ts`).
 *
 * The field: `anchor=name|name|…`, sections separated by `;`, e.g.
 * `view-the-status-of-your-cpor-association-claim=Bearbeiten|Eingereicht|…`. Plain TypeScript.
 */

/** A page's section names: the names of each section, by its heading's `id`. */
export type SectionAliases = Readonly<Record<string, readonly string[]>>;

/** Characters a name cannot hold: the field's separators and Pagefind's (`key:value, key:value`). */
const RESERVED = /[=|;,]/;

/**
 * The `sectionAliases` meta value of `aliases`; undefined when no section has a name. Throws when an anchor or a name
 * holds a separator (`=`, `|`, `;`, or Pagefind's `,`): it would silently cut the field.
 */
export function formatSectionAliases(aliases: SectionAliases): string | undefined {
	const sections = Object.entries(aliases).filter(([, names]) => names.length > 0);
	for (const [anchor, names] of sections)
		for (const text of [anchor, ...names])
			if (RESERVED.test(text) || text.trim() === '')
				throw new Error(`section aliases: "${text}" (of #${anchor}) is empty or holds = | ; or ,`);
	return sections.length === 0 ? undefined : sections.map(([anchor, names]) => `${anchor}=${names.join('|')}`).join(';');
}

/** The section names in a `sectionAliases` meta value; parts without an anchor or a name are skipped. */
export function parseSectionAliases(field: string | undefined): SectionAliases | undefined {
	if (!field) return undefined;
	const aliases: Record<string, string[]> = {};
	for (const part of field.split(';')) {
		const at = part.indexOf('=');
		const anchor = part.slice(0, at).trim();
		const names = part
			.slice(at + 1)
			.split('|')
			.map((name) => name.trim())
			.filter(Boolean);
		if (at > 0 && anchor && names.length > 0) aliases[anchor] = names;
	}
	return Object.keys(aliases).length > 0 ? aliases : undefined;
}
