/**
 * The shapes of a parsed vendor ("side-by-side") file, as zod schemas.
 *
 * Every type of the localization model is inferred from the schema below it, so each shape is
 * defined exactly once. The schemas describe *parsed* data (no vendor markup survives in them);
 * the front-matter schema additionally validates and converts the raw YAML values.
 */
import { z } from 'zod';
import type { SiteLocale } from '../i18n/locales.ts';

// ---------------------------------------------------------------------------------------------
// Front matter
// ---------------------------------------------------------------------------------------------

/** Parses the vendor's `MM/DD/YYYY` dates (and ISO `YYYY-MM-DD`) to a UTC midnight `Date`. */
function toVendorDate(value: string): Date | undefined {
	const text = value.trim();
	const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	const [year, month, day] = us
		? [Number(us[3]), Number(us[1]), Number(us[2])]
		: iso
			? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
			: [Number.NaN, Number.NaN, Number.NaN];
	const date = new Date(Date.UTC(year, month - 1, day));
	const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return valid ? date : undefined;
}

/** A vendor date: `06/29/2020` (or `2020-06-29`, or an already-parsed `Date`). */
const vendorDateSchema = z.union([z.date(), z.string()]).transform((value, ctx) => {
	if (value instanceof Date) return value;
	const date = toVendorDate(value);
	if (date) return date;
	ctx.issues.push({ code: 'custom', input: value, message: `expected a date like 06/29/2020, got "${value}"` });
	return z.NEVER;
});

/** `ms.translationtype`: machine (MT) or human (HT) translation; accepted case-insensitively. */
export const translationTypeSchema = z.preprocess(
	(value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
	z.enum(['MT', 'HT']),
);

/**
 * The vendor front matter. Only the fields the importer relies on are checked; every other key
 * (`ms.topic`, `author`, `ms.locfileid`, ...) is kept as it is.
 */
export const frontMatterSchema = z.looseObject({
	title: z.string().trim().min(1),
	description: z.string(),
	'ms.date': vendorDateSchema,
	/** The vendor locale code, e.g. `ja-JP`; resolved against the site's locales by the parser. */
	'ms.contentlocale': z.string().trim().min(2),
	'ms.translationtype': translationTypeSchema,
	/** The English source version (git commit of the English article) the file was translated from. */
	'ms.sourcegitcommit': z
		.string()
		.trim()
		.regex(/^[0-9a-f]{7,40}$/i, 'expected a git commit hash'),
	'ms.lasthandoff': vendorDateSchema.optional(),
	'ms.openlocfilehash': z.string().optional(),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** The English source version a translation was made from. */
export const sourceVersionSchema = z.object({
	commit: z.string(),
	/** `ms.date`: the date of the English article. */
	date: z.date(),
	/** `ms.lasthandoff`: when the vendor received this version for translation. */
	lastHandoff: z.date().optional(),
});
export type SourceVersion = z.infer<typeof sourceVersionSchema>;

// ---------------------------------------------------------------------------------------------
// Inline content (inside one half of a segment)
// ---------------------------------------------------------------------------------------------

const textSchema = z.object({ type: z.literal('text'), value: z.string() });
const lineBreakSchema = z.object({ type: z.literal('break') });
const inlineCodeSchema = z.object({ type: z.literal('inlineCode'), value: z.string() });

const emphasisSchema = z.object({
	type: z.literal('emphasis'),
	get children(): z.ZodArray<typeof inlineSchema> {
		return z.array(inlineSchema);
	},
});
const strongSchema = z.object({
	type: z.literal('strong'),
	get children(): z.ZodArray<typeof inlineSchema> {
		return z.array(inlineSchema);
	},
});
const linkSchema = z.object({
	type: z.literal('link'),
	href: z.string(),
	title: z.string().optional(),
	get children(): z.ZodArray<typeof inlineSchema> {
		return z.array(inlineSchema);
	},
});

/** Inline Markdown inside the translation or the English half of a segment. */
export const inlineSchema = z.discriminatedUnion('type', [
	textSchema,
	lineBreakSchema,
	inlineCodeSchema,
	emphasisSchema,
	strongSchema,
	linkSchema,
]);
export type Inline = z.infer<typeof inlineSchema>;

// ---------------------------------------------------------------------------------------------
// Segments
// ---------------------------------------------------------------------------------------------

/** One translated sentence and the English sentence it was translated from. */
const segmentSchema = z.object({
	/** `NNN` of the id: stable across the locales of one source version. */
	number: z.number().int().nonnegative(),
	/** The full vendor id, e.g. `bd896-112` (the prefix is a per-file hash). */
	id: z.string(),
	translation: z.array(inlineSchema),
	english: z.array(inlineSchema),
	/** 1-based line of the file where the translation half starts. */
	line: z.number().int().positive(),
});
export type Segment = z.infer<typeof segmentSchema>;

// ---------------------------------------------------------------------------------------------
// Block content: segment references plus the text around them
// ---------------------------------------------------------------------------------------------

/** Where a segment sits in a block; the segment itself lives in `LocalizedDocument.segments`. */
const segmentRefSchema = z.object({ type: z.literal('segment'), number: z.number().int() });

const contentEmphasisSchema = z.object({
	type: z.literal('emphasis'),
	get children(): z.ZodArray<typeof contentPartSchema> {
		return z.array(contentPartSchema);
	},
});
const contentStrongSchema = z.object({
	type: z.literal('strong'),
	get children(): z.ZodArray<typeof contentPartSchema> {
		return z.array(contentPartSchema);
	},
});
const contentLinkSchema = z.object({
	type: z.literal('link'),
	href: z.string(),
	title: z.string().optional(),
	get children(): z.ZodArray<typeof contentPartSchema> {
		return z.array(contentPartSchema);
	},
});

/**
 * One piece of a block's content: a segment reference, or text and inline Markdown that sit
 * between or outside the segment pairs (whitespace, stray punctuation, untranslated code, a link
 * wrapping a whole segment, ...). Nothing between pairs is dropped.
 */
const contentPartSchema = z.discriminatedUnion('type', [
	segmentRefSchema,
	textSchema,
	lineBreakSchema,
	inlineCodeSchema,
	contentEmphasisSchema,
	contentStrongSchema,
	contentLinkSchema,
]);
export type ContentPart = z.infer<typeof contentPartSchema>;

// ---------------------------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------------------------

const calloutKindSchema = z.enum(['important', 'note', 'tip', 'warning', 'caution']);
export type CalloutKind = z.infer<typeof calloutKindSchema>;

const tableAlignSchema = z.enum(['left', 'right', 'center']).nullable();

const contentSchema = z.array(contentPartSchema);

const headingBlockSchema = z.object({
	type: z.literal('heading'),
	depth: z.number().int().min(1).max(6),
	/** The upstream English anchor (`<a name="...">`), identical in every locale. */
	anchor: z.string(),
	content: contentSchema,
	line: z.number().int().positive(),
});
const paragraphBlockSchema = z.object({
	type: z.literal('paragraph'),
	content: contentSchema,
	line: z.number().int().positive(),
});
const listBlockSchema = z.object({
	type: z.literal('list'),
	ordered: z.boolean(),
	/** First number of an ordered list. */
	start: z.number().int().optional(),
	/** Loose list (blank lines between items): items keep their paragraphs. */
	spread: z.boolean(),
	get items(): z.ZodArray<z.ZodArray<typeof blockSchema>> {
		return z.array(z.array(blockSchema));
	},
	line: z.number().int().positive(),
});
const tableBlockSchema = z.object({
	type: z.literal('table'),
	align: z.array(tableAlignSchema),
	/** One content per column; an empty cell is an empty array. */
	header: z.array(contentSchema),
	rows: z.array(z.array(contentSchema)),
	line: z.number().int().positive(),
});
const calloutBlockSchema = z.object({
	type: z.literal('callout'),
	kind: calloutKindSchema,
	get blocks(): z.ZodArray<typeof blockSchema> {
		return z.array(blockSchema);
	},
	line: z.number().int().positive(),
});
/** A block quote that is not a DocFX callout. */
const quoteBlockSchema = z.object({
	type: z.literal('quote'),
	get blocks(): z.ZodArray<typeof blockSchema> {
		return z.array(blockSchema);
	},
	line: z.number().int().positive(),
});
const codeBlockSchema = z.object({
	type: z.literal('code'),
	lang: z.string().optional(),
	value: z.string(),
	line: z.number().int().positive(),
});
const thematicBreakBlockSchema = z.object({
	type: z.literal('thematicBreak'),
	line: z.number().int().positive(),
});

export const blockSchema = z.discriminatedUnion('type', [
	headingBlockSchema,
	paragraphBlockSchema,
	listBlockSchema,
	tableBlockSchema,
	calloutBlockSchema,
	quoteBlockSchema,
	codeBlockSchema,
	thematicBreakBlockSchema,
]);
export type Block = z.infer<typeof blockSchema>;
export type TableBlock = z.infer<typeof tableBlockSchema>;

// ---------------------------------------------------------------------------------------------
// Document
// ---------------------------------------------------------------------------------------------

/** A heading of the document with its stable English anchor, in document order. */
const headingInfoSchema = z.object({
	depth: z.number().int().min(1).max(6),
	anchor: z.string(),
	/** Plain text of the translated heading. */
	translation: z.string(),
	/** Plain text of the English heading. */
	english: z.string(),
	line: z.number().int().positive(),
});
export type HeadingInfo = z.infer<typeof headingInfoSchema>;

export const siteLocaleSchema = z.custom<SiteLocale>(
	(value) =>
		typeof value === 'object' &&
		value !== null &&
		typeof (value as { sourceLocale?: unknown }).sourceLocale === 'string' &&
		typeof (value as { lang?: unknown }).lang === 'string',
	'expected a site locale',
);

/** One vendor file, parsed. */
export const localizedDocumentSchema = z.object({
	/** The file name the document was read from (used in error messages). */
	file: z.string(),
	frontMatter: frontMatterSchema,
	locale: siteLocaleSchema,
	sourceVersion: sourceVersionSchema,
	headings: z.array(headingInfoSchema),
	blocks: z.array(blockSchema),
	/** Every segment of the file, in document order. */
	segments: z.array(segmentSchema),
});
export type LocalizedDocument = z.infer<typeof localizedDocumentSchema>;
