/**
 * What an article page carries besides its HTML: the frontmatter Starlight reads (title,
 * description) and the `article` block the translation notices and the attribution read.
 * The schema is the single definition of that block; the docs collection extends Starlight's
 * schema with it.
 */
import { z } from 'zod';
import type { ArticlePage } from './library.ts';
import { upstreamPageUrl, upstreamRepositoryUrl } from './upstream.ts';

export const articleMetaSchema = z.object({
	/** The article's file name, the same in every locale. */
	name: z.string(),
	/** `english` for the English original, otherwise the vendor's translation type. */
	translation: z.enum(['english', 'MT', 'HT']),
	/** The English page of the same article. */
	englishHref: z.string(),
	englishTitle: z.string(),
	/** The vendor file the page was built from, relative to the project root. */
	sourceFile: z.string(),
	sourceLocale: z.string(),
	/** `ms.sourcegitcommit`: the English source version the text was translated from. */
	sourceVersion: z.string(),
	/** `ms.date` of the article the page shows, `YYYY-MM-DD`. */
	articleDate: z.iso.date(),
	/** A translation's `ms.lasthandoff` (when the vendor received the English), `YYYY-MM-DD`; absent on the English page. */
	handoffDate: z.iso.date().optional(),
	/** False when the translation was made from an older English version than the English page. */
	current: z.boolean(),
	/**
	 * Sections whose English changed since the translation's version: the `id` to link to on the page and the heading
	 * the page shows there; `introduction` marks the text under the title (before the first section), linked as `_top`
	 * and labelled by the page's own word for it.
	 */
	changedSections: z.array(z.object({ anchor: z.string(), heading: z.string(), introduction: z.boolean().optional() })),
	untranslatedSegments: z.number().int().nonnegative(),
	upstreamPage: z.url(),
	upstreamRepository: z.url(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

/** The entry data of one article page, ready for the docs collection's schema. */
export function articleEntryData(page: ArticlePage): {
	title: string;
	description?: string;
	article: ArticleMeta;
} {
	const { view } = page;
	const sourceLocale = view.kind === 'english' ? 'en-US' : view.locale.sourceLocale;
	const localHeadings = new Map(page.headings.map((heading) => [heading.slug, heading.text]));
	return {
		title: view.title,
		...(view.description ? { description: view.description } : {}),
		article: {
			name: page.article,
			translation: view.kind === 'english' ? 'english' : (view.translationType ?? 'MT'),
			englishHref: `/${page.article}/`,
			englishTitle: page.englishTitle,
			sourceFile: view.file,
			sourceLocale,
			sourceVersion: view.sourceVersion.commit,
			articleDate: isoDate(view.sourceVersion.date),
			...(view.kind !== 'english' && view.sourceVersion.lastHandoff ? { handoffDate: isoDate(view.sourceVersion.lastHandoff) } : {}),
			current: view.current,
			changedSections: view.changedSections.map((section) =>
				section.depth <= 1
					? { anchor: '_top', heading: view.title, introduction: true }
					: { anchor: section.anchor, heading: localHeadings.get(section.anchor) ?? section.heading },
			),
			untranslatedSegments: view.untranslatedSegments.length,
			upstreamPage: upstreamPageUrl(sourceLocale, page.article),
			upstreamRepository: upstreamRepositoryUrl(sourceLocale),
		},
	};
}

/** A front-matter date (parsed at UTC midnight) as `YYYY-MM-DD`. */
function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
