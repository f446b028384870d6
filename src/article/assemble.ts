/**
 * `assembleArticle`: all locale documents of one article in, the English article and one view
 * per locale out.
 *
 * - Documents of the same source version must have the same English (else `SourceFormatError`).
 * - The newest source version (see `versions.ts` for the ordering) defines the English text and the
 *   structure. A locale of that version (or of an older version with identical English) keeps its
 *   own blocks, so the text between segments is exactly its source's, except that two CJK sentences are not
 *   separated by the ASCII space the vendor files put between them (`cjkSpacing`).
 * - A locale translated from an older version is shown in the newest structure (with the English
 *   view's spacing): each segment takes the translation of the older segment with the same English
 *   (whitespace-normalized; numbers may differ between versions), segments without one are
 *   untranslated (shown in English), and the sections whose English changed are listed.
 */
import { defaultLocale, locales, type SiteLocale } from '../i18n/locales.ts';
import { SourceFormatError } from '../localization/errors.ts';
import type { Block, ContentPart, Inline, LocalizedDocument, Segment } from '../localization/schema.ts';
import type { Article, ArticleView, ViewSegment } from './schema.ts';
import { changedSections } from './sections.ts';
import { contentText, inlineText } from '../localization/inline.ts';
import { englishKey, normalizeWhitespace } from './text.ts';
import { checkSameEnglish, compareSourceVersions, groupBySourceVersion } from './versions.ts';

export interface AssembleOptions {
	/** The locale of the English view. Defaults to the site's default locale. */
	readonly englishLocale?: SiteLocale;
}

/**
 * English spacing: whitespace between and around segments becomes a single space, and two
 * segments with nothing between them (CJK files may omit the space) get one.
 */
function englishSpacing(parts: readonly ContentPart[]): ContentPart[] {
	return parts.flatMap((part, index): ContentPart[] => {
		const space: ContentPart[] = part.type === 'segment' && parts[index - 1]?.type === 'segment' ? [{ type: 'text', value: ' ' }] : [];
		if (part.type === 'text') return [{ type: 'text', value: part.value.replace(/\s+/g, ' ') }];
		if ('children' in part) return [{ ...part, children: englishSpacing(part.children) }];
		return [...space, part];
	});
}

function withEnglishSpacing(blocks: readonly Block[]): Block[] {
	return blocks.map((block): Block => {
		switch (block.type) {
			case 'heading':
			case 'paragraph':
				return { ...block, content: englishSpacing(block.content) };
			case 'list':
				return { ...block, items: block.items.map(withEnglishSpacing) };
			case 'table':
				return { ...block, header: block.header.map(englishSpacing), rows: block.rows.map((row) => row.map(englishSpacing)) };
			case 'callout':
			case 'quote':
				return { ...block, blocks: withEnglishSpacing(block.blocks) };
			default:
				return block;
		}
	});
}

/** A CJK character or full-width punctuation (。、「」), at the end or start of a sentence. */
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** The languages written without spaces between sentences. */
const isCjkLocale = (locale: SiteLocale): boolean => /^(ja|zh|ko)\b/i.test(locale.lang);

/**
 * CJK spacing: the vendor files put an ASCII space between two segments (`。 このオプション`), which Japanese and
 * Chinese text does not have. A text of ASCII spaces only between two segments whose translations meet CJK to CJK
 * goes (a no-break space or a line break the source put there stays).
 */
function cjkSpacing(parts: readonly ContentPart[], translation: (number: number) => string): ContentPart[] {
	return parts.flatMap((part, index): ContentPart[] => {
		if ('children' in part) return [{ ...part, children: cjkSpacing(part.children, translation) }];
		const before = parts[index - 1];
		const after = parts[index + 1];
		if (part.type !== 'text' || !/^ +$/.test(part.value) || before?.type !== 'segment' || after?.type !== 'segment') return [part];
		const joinsCjk = CJK.test(translation(before.number).slice(-1)) && CJK.test(translation(after.number).charAt(0));
		return joinsCjk ? [] : [part];
	});
}

function withCjkSpacing(blocks: readonly Block[], translation: (number: number) => string): Block[] {
	const spaced = (parts: readonly ContentPart[]): ContentPart[] => cjkSpacing(parts, translation);
	return blocks.map((block): Block => {
		switch (block.type) {
			case 'heading':
			case 'paragraph':
				return { ...block, content: spaced(block.content) };
			case 'list':
				return { ...block, items: block.items.map((item) => withCjkSpacing(item, translation)) };
			case 'table':
				return { ...block, header: block.header.map(spaced), rows: block.rows.map((row) => row.map(spaced)) };
			case 'callout':
			case 'quote':
				return { ...block, blocks: withCjkSpacing(block.blocks, translation) };
			default:
				return block;
		}
	});
}

/** A view's blocks with CJK spacing when its language has no spaces between sentences. */
function localeSpacing(blocks: readonly Block[], locale: SiteLocale, segments: readonly ViewSegment[]): Block[] {
	if (!isCjkLocale(locale)) return [...blocks];
	const texts = new Map(segments.map((segment) => [segment.number, segment.translation ? inlineText(segment.translation).trim() : '']));
	return withCjkSpacing(blocks, (number) => texts.get(number) ?? '');
}

const byNumber = (segments: readonly Segment[]): Map<number, Segment> => new Map(segments.map((segment) => [segment.number, segment]));

function englishTitle(document: LocalizedDocument): string {
	const title = document.headings.find((heading) => heading.depth === 1);
	return title?.english || document.frontMatter.title;
}

/**
 * A translated page's title: the translation of its first heading. The vendor's front-matter `title` is an SEO title
 * that can differ from the heading and would hide the H1 segment's translation; it is used only when the file has no
 * H1. Where the newer English heading has no translation yet, `fallback` (the locale file's own H1) is the title.
 */
function translatedTitle(blocks: readonly Block[], segments: readonly ViewSegment[], fallback: string): string {
	const heading = blocks.find((block) => block.type === 'heading' && block.depth === 1);
	if (heading?.type !== 'heading') return fallback;
	const byNumber = new Map(segments.map((segment) => [segment.number, segment]));
	let untranslated = false;
	const text = contentText(heading.content, (number) => {
		const translation = byNumber.get(number)?.translation;
		if (!translation) untranslated = true;
		return inlineText(translation ?? []);
	});
	// A title whose newer English the translation lacks keeps the locale's own (older) heading: a page title in the
	// reader's language, which the notice says is of an older version, finds and names the page better than English.
	return untranslated ? fallback : normalizeWhitespace(text) || fallback;
}

function localeOrder(locale: SiteLocale): number {
	const index = locales.findIndex((candidate) => candidate.sourceLocale.toLowerCase() === locale.sourceLocale.toLowerCase());
	return index === -1 ? locales.length : index;
}

/** Keeps the newest document of each locale; two documents of one locale and one version are an error. */
function newestPerLocale(documents: readonly LocalizedDocument[]): LocalizedDocument[] {
	const chosen = new Map<string, LocalizedDocument>();
	for (const document of documents) {
		const code = document.locale.sourceLocale.toLowerCase();
		const other = chosen.get(code);
		const order = other ? compareSourceVersions(document.sourceVersion, other.sourceVersion) : 1;
		if (other && order === 0) {
			throw new SourceFormatError(
				{ file: document.file, line: 1 },
				`two files for locale ${document.locale.sourceLocale} of the same source version ${document.sourceVersion.commit}: ${other.file} and ${document.file}`,
			);
		}
		if (order > 0) chosen.set(code, document);
	}
	return [...chosen.values()].sort(
		(a, b) => localeOrder(a.locale) - localeOrder(b.locale) || a.locale.sourceLocale.localeCompare(b.locale.sourceLocale),
	);
}

/** True when two documents have the same headings and the same English sentences in the same order. */
function hasSameEnglish(a: LocalizedDocument, b: LocalizedDocument): boolean {
	const english = (document: LocalizedDocument): string =>
		JSON.stringify([document.headings.map((heading) => heading.anchor), document.segments.map((segment) => englishKey(segment.english))]);
	return english(a) === english(b);
}

/** The translation of each newest-English segment, looked up by English text in an older document. */
function translationsFromOlder(reference: readonly Segment[], older: readonly Segment[]): ViewSegment[] {
	const candidates = new Map<string, Inline[][]>();
	for (const segment of older) {
		const key = englishKey(segment.english);
		candidates.set(key, [...(candidates.get(key) ?? []), segment.translation]);
	}
	const used = new Map<string, number>();
	return reference.map((segment) => {
		const key = englishKey(segment.english);
		const found = candidates.get(key) ?? [];
		const occurrence = used.get(key) ?? 0;
		used.set(key, occurrence + 1);
		// The n-th occurrence of a repeated sentence takes the n-th translation of it (or the last one).
		const translation = found[Math.min(occurrence, found.length - 1)] ?? null;
		return { number: segment.number, english: segment.english, translation };
	});
}

/** Assembles the English article and one view per locale from all locale documents of one article. */
export function assembleArticle(documents: readonly LocalizedDocument[], options: AssembleOptions = {}): Article {
	const groups = groupBySourceVersion(documents);
	const newest = groups.at(-1);
	const reference = newest?.documents[0];
	if (!newest || !reference) throw new Error('assembleArticle needs at least one localized document');

	for (const group of groups) {
		const [first, ...others] = group.documents;
		if (first) for (const other of others) checkSameEnglish(first, other);
	}

	const referenceSegments = byNumber(reference.segments);
	const englishBlocks = withEnglishSpacing(reference.blocks);

	const english: ArticleView = {
		kind: 'english',
		locale: options.englishLocale ?? defaultLocale,
		title: englishTitle(reference),
		...englishDescription(reference),
		file: reference.file,
		sourceVersion: newest.version,
		current: true,
		blocks: englishBlocks,
		segments: reference.segments.map((segment) => ({ number: segment.number, english: segment.english, translation: null })),
		untranslatedSegments: [],
		changedSections: [],
	};

	const translations = newestPerLocale(documents).map((document): ArticleView => {
		// An older version whose English is identical (as for the two seed files) is as good as current.
		const current = document.sourceVersion.commit === newest.version.commit || hasSameEnglish(reference, document);
		const common = {
			kind: 'translation' as const,
			locale: document.locale,
			description: document.frontMatter.description,
			translationType: document.frontMatter['ms.translationtype'],
			file: document.file,
			sourceVersion: document.sourceVersion,
			current,
		};
		if (current) {
			const segments = document.segments.map(({ number, english: text, translation }) => ({ number, english: text, translation }));
			return {
				...common,
				title: translatedTitle(document.blocks, segments, document.frontMatter.title),
				blocks: localeSpacing(document.blocks, document.locale, segments),
				segments,
				untranslatedSegments: [],
				changedSections: [],
			};
		}
		const segments = translationsFromOlder(reference.segments, document.segments);
		return {
			...common,
			title: translatedTitle(
				englishBlocks,
				segments,
				document.headings.find((heading) => heading.depth === 1)?.translation || document.frontMatter.title,
			),
			blocks: englishBlocks,
			segments,
			untranslatedSegments: segments.filter((segment) => segment.translation === null).map((segment) => segment.number),
			changedSections: changedSections(
				{ blocks: reference.blocks, segments: referenceSegments },
				{ blocks: document.blocks, segments: byNumber(document.segments) },
			),
		};
	});

	return { sourceVersion: newest.version, english, translations };
}

/** The English view and every locale view, English first. */
export function allViews(article: Article): ArticleView[] {
	return [article.english, ...article.translations];
}

/** A paragraph this long is the article's lead rather than a label such as "Applies to:". */
const LEAD_MIN_LENGTH = 60;

/**
 * The English page's description (search engines' snippet): the vendor files carry only a translated one, so
 * it is the article's own lead, its first top-level paragraph of a sentence or more; an article without one (FCD: a
 * title, then steps) is described by its title, the first heading (#19: Lighthouse's SEO audit wants a description on
 * every page).
 */
function englishDescription(document: LocalizedDocument): { description?: string } {
	const segments = new Map(document.segments.map((segment) => [segment.number, segment]));
	const english = (content: readonly ContentPart[]) =>
		normalizeWhitespace(contentText(content, (number) => inlineText(segments.get(number)?.english ?? [])));
	for (const block of document.blocks) {
		if (block.type !== 'paragraph') continue;
		const text = english(block.content);
		if (text.length >= LEAD_MIN_LENGTH) return { description: text };
	}
	const title = document.blocks.find((block) => block.type === 'heading');
	const text = title?.type === 'heading' ? english(title.content) : '';
	return text ? { description: text } : {};
}
