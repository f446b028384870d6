/**
 * The shapes of an assembled article: the English article and one view per locale, as zod
 * schemas with the types inferred from them.
 */
import { z } from 'zod';
import { blockSchema, inlineSchema, siteLocaleSchema, sourceVersionSchema, translationTypeSchema } from '../localization/schema.ts';

/** One segment as a view shows it. */
const viewSegmentSchema = z.object({
	number: z.number().int(),
	english: z.array(inlineSchema),
	/** The translation; `null` when the segment is untranslated (shown in English). Always `null` in the English view. */
	translation: z.array(inlineSchema).nullable(),
});
export type ViewSegment = z.infer<typeof viewSegmentSchema>;

/** A section of the article: a heading (by its stable English anchor) and the blocks up to the next heading. */
const sectionSummarySchema = z.object({
	/** The heading's English anchor; `''` for content before the first heading. */
	anchor: z.string(),
	/** English text of the heading. */
	heading: z.string(),
	depth: z.number().int().min(0).max(6),
});
export type SectionSummary = z.infer<typeof sectionSummarySchema>;

const articleViewSchema = z.object({
	/** `english`: the source article; `translation`: a locale's side-by-side view. */
	kind: z.enum(['english', 'translation']),
	locale: siteLocaleSchema,
	title: z.string(),
	/** Translated description from the vendor front matter; for the English view, the article's lead paragraph. */
	description: z.string().optional(),
	translationType: translationTypeSchema.optional(),
	/** The vendor file this view comes from (for the English view: the file its English was taken from). */
	file: z.string(),
	/** The source version the view's translations were made from. */
	sourceVersion: sourceVersionSchema,
	/** True when the view's translations are of the newest English source version. */
	current: z.boolean(),
	/** The article structure; segment references point into `segments` by number. */
	blocks: z.array(blockSchema),
	segments: z.array(viewSegmentSchema),
	/** Segments of the newest English that this locale has no translation for. */
	untranslatedSegments: z.array(z.number().int()),
	/** Sections whose English changed since the source version this locale was translated from. */
	changedSections: z.array(sectionSummarySchema),
});
export type ArticleView = z.infer<typeof articleViewSchema>;

export const articleSchema = z.object({
	/** The newest source version: it defines the English text and the structure. */
	sourceVersion: sourceVersionSchema,
	english: articleViewSchema,
	/** One view per locale, in the order of the site's locales. */
	translations: z.array(articleViewSchema),
});
export type Article = z.infer<typeof articleSchema>;
