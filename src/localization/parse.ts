/**
 * `parseLocalizedFile`: one vendor side-by-side Markdown file in, one `LocalizedDocument` out.
 *
 * Accepts a UTF-8 BOM, CRLF line endings and non-breaking spaces. Every problem with the file is
 * a `SourceFormatError` naming the file, the line and (when known) the segment id.
 */
import type { Definition, Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findLocaleBySourceCode, locales, type SiteLocale } from '../i18n/locales.ts';
import { readBlocks } from './blocks.ts';
import { SourceFormatError } from './errors.ts';
import { parseFrontMatter, splitFrontMatter } from './frontmatter.ts';
import { contentText, inlineText } from './inline.ts';
import { localizedDocumentSchema, type Block, type HeadingInfo, type LocalizedDocument, type Segment } from './schema.ts';
import { SegmentCollector } from './segments.ts';

export interface ParseOptions {
	/**
	 * The locales a file may declare in `ms.contentlocale`. Defaults to the site's locales
	 * (`src/i18n/locales.ts`, looked up with `findLocaleBySourceCode`).
	 */
	readonly locales?: readonly SiteLocale[];
}

/** Removes a BOM and turns CRLF / CR line endings into LF (line numbers are unchanged). */
function normalizeSourceText(text: string): string {
	const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
	return withoutBom.replaceAll('\r\n', '\n').replaceAll('\r', '\n');
}

function resolveLocale(code: string, options: ParseOptions): SiteLocale | undefined {
	const wanted = code.trim().toLowerCase();
	const locale = options.locales
		? options.locales.find((candidate) => candidate.sourceLocale.toLowerCase() === wanted)
		: findLocaleBySourceCode(code);
	// The default (English) locale is what the translations are translated from, not a target.
	return locale?.slug === 'root' ? undefined : locale;
}

/** The vendor codes a file may declare, for the unknown-locale message. */
function configuredLocaleCodes(options: ParseOptions): string {
	return (options.locales ?? locales)
		.filter((locale) => locale.slug !== 'root')
		.map((locale) => locale.sourceLocale)
		.join(', ');
}

function collectDefinitions(node: Nodes, into: Map<string, Definition>): Map<string, Definition> {
	if (node.type === 'definition' && !into.has(node.identifier)) into.set(node.identifier, node);
	if ('children' in node) for (const child of node.children) collectDefinitions(child, into);
	return into;
}

function collectHeadings(blocks: readonly Block[], segments: ReadonlyMap<number, Segment>, into: HeadingInfo[] = []): HeadingInfo[] {
	for (const block of blocks) {
		if (block.type === 'heading') {
			const text = (half: 'translation' | 'english'): string =>
				contentText(block.content, (number) => inlineText(segments.get(number)?.[half] ?? [])).trim();
			into.push({ depth: block.depth, anchor: block.anchor, translation: text('translation'), english: text('english'), line: block.line });
		} else if (block.type === 'list') {
			for (const item of block.items) collectHeadings(item, segments, into);
		} else if (block.type === 'callout' || block.type === 'quote') {
			collectHeadings(block.blocks, segments, into);
		}
	}
	return into;
}

/**
 * The last document parsed per file name in this process, with the text and options it was parsed from. A build
 * reads the same vendor file in several places (the article loader, the catalogs' quotes, the citation targets, the
 * sources page, the localized titles); each gets the one parse. Documents are never mutated, so sharing one is safe.
 */
const parsedFiles = new Map<string, { text: string; locales: ParseOptions['locales']; document: LocalizedDocument }>();

/**
 * Parses one vendor side-by-side file. `file` is only used to name the file in errors. The same text under the same
 * name (and the same `options.locales`) gives the same document, parsed once per process; a file that fails to parse
 * throws each time.
 */
export function parseLocalizedFile(text: string, file: string, options: ParseOptions = {}): LocalizedDocument {
	const known = parsedFiles.get(file);
	if (known && known.text === text && known.locales === options.locales) return known.document;
	const document = parseUncached(text, file, options);
	parsedFiles.set(file, { text, locales: options.locales, document });
	return document;
}

/**
 * Takes a document parsed from `text` in another thread (`parse-on-all-cores.ts`) as the parse of `file` with the
 * default options: the next `parseLocalizedFile(text, file)` returns it. A structured clone copies the locale, so the
 * document gets the site's own locale object back (code compares locales by identity).
 */
export function adoptParsedFile(text: string, file: string, document: LocalizedDocument): void {
	const locale = findLocaleBySourceCode(document.locale.sourceLocale);
	if (locale?.lang !== document.locale.lang) throw new Error(`${file}: parsed with a locale the site does not have`);
	parsedFiles.set(file, { text, locales: undefined, document: { ...document, locale } });
}

function parseUncached(text: string, file: string, options: ParseOptions): LocalizedDocument {
	const source = normalizeSourceText(text);
	if (source.trim() === '') throw new SourceFormatError({ file, line: 1 }, 'the file is empty');

	const split = splitFrontMatter(source, file);
	const { frontMatter, lineOf } = parseFrontMatter(split, file);

	const code = frontMatter['ms.contentlocale'];
	const locale = resolveLocale(code, options);
	if (
		code.trim().toLowerCase() === (options.locales ?? locales).find((candidate) => candidate.slug === 'root')?.sourceLocale.toLowerCase()
	) {
		throw new SourceFormatError(
			{ file, line: lineOf('ms.contentlocale') },
			`"${code}" in front matter field "ms.contentlocale" is the site's source language; a vendor file must be a translation (configured locales: ${configuredLocaleCodes(options)})`,
		);
	}
	if (!locale) {
		throw new SourceFormatError(
			{ file, line: lineOf('ms.contentlocale') },
			`unknown locale "${code}" in front matter field "ms.contentlocale"; configured locales: ${configuredLocaleCodes(options)} (add the locale to src/i18n/locales.ts)`,
		);
	}

	if (split.body.trim() === '') {
		throw new SourceFormatError({ file, line: split.bodyStartLine }, 'the file has no content after the front matter');
	}
	if (!/data-ttu-id\s*=/.test(split.body)) {
		throw new SourceFormatError(
			{ file, line: split.bodyStartLine },
			'not a side-by-side file: the body has no translated segment (<span data-ttu-id>…</span> followed by its <span class="sxs-lookup"> English); a plain translated article has no English to check it against and cannot be published',
		);
	}
	const tree = unified().use(remarkParse).use(remarkGfm).parse(split.body);
	const segments = new SegmentCollector(file);
	const blocks = readBlocks(tree.children, {
		file,
		lineOffset: split.bodyStartLine - 1,
		definitions: collectDefinitions(tree, new Map()),
		segments,
	});
	const byNumber = new Map(segments.segments.map((segment) => [segment.number, segment]));

	return localizedDocumentSchema.parse({
		file,
		frontMatter,
		locale,
		sourceVersion: {
			commit: frontMatter['ms.sourcegitcommit'].toLowerCase(),
			date: frontMatter['ms.date'],
			...(frontMatter['ms.lasthandoff'] ? { lastHandoff: frontMatter['ms.lasthandoff'] } : {}),
		},
		headings: collectHeadings(blocks, byNumber),
		blocks,
		segments: segments.segments,
	} satisfies LocalizedDocument);
}
