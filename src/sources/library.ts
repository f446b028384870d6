/**
 * The article library: every vendor file under `content/sources/<locale>/<article>.md`, parsed,
 * assembled per article and rendered for every locale. The single way pages, the importer and
 * the tests turn source files into published articles.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allViews, assembleArticle, type ArticleView, type CalloutLabels, renderArticle } from '../article/index.ts';
import type { SiteLocale } from '../i18n/locales.ts';
import { parseLocalizedFile, SourceFormatError, type LocalizedDocument } from '../localization/index.ts';
import { contentEntryId, localePath, routes } from '../routes.ts';
import { articleLinkHref } from '../article/links.ts';
import type { SectionBounds } from '../article/html-sections.ts';
import { refuseRenamedArticles } from './article-identity.ts';

/**
 * Where the vendor files are read from: `content/sources/`, or the directory named by the
 * `CPOR_SOURCES_DIR` environment variable (relative to the working directory). `npm run bench` uses
 * it to build synthetic corpora; nothing else should.
 */
export const SOURCES_DIR = process.env['CPOR_SOURCES_DIR']
	? join(resolve(process.env['CPOR_SOURCES_DIR']), sep)
	: projectDir('content/sources/');

/**
 * A folder of the project: found relative to this module, or, where this module runs bundled (the build's
 * prerendered pages live in `dist/`), relative to the working directory, which is the project for `astro build`.
 */
function projectDir(path: string): string {
	const beside = fileURLToPath(new URL(`../../${path}`, import.meta.url));
	return existsSync(fileURLToPath(new URL('../../content/', import.meta.url))) ? beside : join(process.cwd(), path);
}

/** One vendor file as read from disk. */
export interface SourceFile {
	/** Path relative to the project root, as shown in messages: `content/sources/ja-JP/a.md`. */
	readonly name: string;
	/** Absolute path, or where the file will be written. */
	readonly path: string;
	/** The article it belongs to: the file name without `.md`, the same in every locale. */
	readonly article: string;
	readonly text: string;
}

/** One published page of an article in one locale. */
export interface ArticlePage {
	readonly article: string;
	readonly locale: SiteLocale;
	/** Content-collection id: `<article>` for English, `<locale slug>/<article>` otherwise. */
	readonly id: string;
	readonly view: ArticleView;
	/** The title of the English original, named in the attribution of every locale. */
	readonly englishTitle: string;
	readonly html: string;
	readonly headings: ReadonlyArray<{ depth: number; slug: string; text: string }>;
	/** Where each top-level section lies in `html` (`html-sections.ts`). */
	readonly sections: readonly SectionBounds[];
}

const projectRoot = projectDir('');

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A vendor file's bytes as text. Throws a `SourceFormatError` naming `file` when the bytes are not valid UTF-8: read
 * leniently, one bad byte would be published as U+FFFD (`Wenn �Sie…`). The importer and the build both read
 * through here, so they refuse the same files.
 */
export function decodeSourceBytes(bytes: Uint8Array, file: string): string {
	try {
		return utf8.decode(bytes);
	} catch {
		const at = firstInvalidByte(bytes);
		throw new SourceFormatError(
			{ file, line: at.line },
			`the file is not valid UTF-8 text (byte ${at.offset} is not part of a UTF-8 character)`,
		);
	}
}

/** The 0-based offset and 1-based line of the first byte that breaks UTF-8. */
function firstInvalidByte(bytes: Uint8Array): { offset: number; line: number } {
	let line = 1;
	for (let offset = 0; offset < bytes.length;) {
		const byte = bytes[offset]!;
		const length =
			byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
		if (length === 0) return { offset, line };
		try {
			utf8.decode(bytes.subarray(offset, offset + length));
		} catch {
			return { offset, line };
		}
		if (byte === 0x0a) line++;
		offset += length;
	}
	return { offset: bytes.length, line };
}

/**
 * Lists `<dir>/<locale>/<article>.md`, sorted, so every run sees the files in the same order. With `article`, only that
 * article's files are read (the catalogs quote one article; a thousand-article corpus need not be read for it).
 */
export function readSourceFiles(dir: string = SOURCES_DIR, article?: string): SourceFile[] {
	if (!existsSync(dir)) return [];
	const localeDirs = readdirSync(dir)
		.filter((entry) => statSync(join(dir, entry)).isDirectory())
		.sort();
	return localeDirs.flatMap((localeDir) =>
		readdirSync(join(dir, localeDir))
			.filter((file) => file.endsWith('.md') && (article === undefined || file === `${article}.md`))
			.sort()
			.map((file) => {
				const path = join(dir, localeDir, file);
				const name = relative(projectRoot, path);
				return { name, path, article: basename(file, '.md'), text: decodeSourceBytes(readFileSync(path), name) };
			}),
	);
}

/** The article names present in the sources, for the sidebar. */
export function articleNames(files: readonly SourceFile[] = readSourceFiles()): string[] {
	return [...new Set(files.map((file) => file.article))];
}

/**
 * An article's first heading as its vendor files translate it: `ms.contentlocale` code (`ko-KR`) → the H1 segment's
 * translation. Read once per article and process from `content/sources/`, only that article's files (throws a
 * `SourceFormatError` on a bad one, as the build does).
 */
export function localizedTitles(article: string): ReadonlyMap<string, string> {
	const cached = localizedTitlesCache.get(article);
	if (cached) return cached;
	const titles = new Map<string, string>();
	for (const file of readSourceFiles(SOURCES_DIR, article)) {
		const document = parseLocalizedFile(file.text, file.name);
		const title = document.headings.find((heading) => heading.depth === 1)?.translation;
		if (title) titles.set(document.locale.sourceLocale, title);
	}
	localizedTitlesCache.set(article, titles);
	return titles;
}
const localizedTitlesCache = new Map<string, ReadonlyMap<string, string>>();

/** Callout titles in one language, looked up by the caller (UI strings live outside this module). */
export type CalloutLabelsFor = (locale: SiteLocale) => CalloutLabels;
/** A heading anchor link's accessible name in one language, from the heading's text, looked up by the caller. */
export type HeadingLinkLabelFor = (locale: SiteLocale) => (heading: string) => string;

/**
 * Parses every file and groups the documents by article, in the order of `files`. Throws a `SourceFormatError` naming
 * file, line and segment on the first bad file.
 */
export function parseArticleFiles(files: readonly SourceFile[]): Map<string, LocalizedDocument[]> {
	const documentsByArticle = new Map<string, LocalizedDocument[]>();
	for (const file of files) {
		const document = parseLocalizedFile(file.text, file.name);
		documentsByArticle.set(file.article, [...(documentsByArticle.get(file.article) ?? []), document]);
	}
	return documentsByArticle;
}

/**
 * Assembles one article across its locales' `documents` and renders every view; `published` (every article's name)
 * decides which links between articles stay on the site. Throws a `SourceFormatError` when the documents disagree.
 */
export function renderArticlePages(
	article: string,
	documents: readonly LocalizedDocument[],
	published: ReadonlySet<string>,
	calloutLabelsFor: CalloutLabelsFor,
	headingLinkLabelFor?: HeadingLinkLabelFor,
): ArticlePage[] {
	const assembled = assembleArticle(documents);
	return allViews(assembled).map((view): ArticlePage => {
		const linkHref = (href: string): string =>
			articleLinkHref(href, {
				published,
				articleHref: (name) => localePath(view.locale, routes.article(name)),
				sourceLocale: view.kind === 'english' ? 'en-US' : view.locale.sourceLocale,
			});
		const { html, headings, sections } = renderArticle(view, {
			calloutLabels: calloutLabelsFor(view.locale),
			linkHref,
			...(headingLinkLabelFor ? { headingLinkLabel: headingLinkLabelFor(view.locale) } : {}),
		});
		const id = contentEntryId(view.locale, article);
		const toc = headings.map((heading) => ({ ...heading }));
		return { article, locale: view.locale, id, view, englishTitle: assembled.english.title, html, headings: toc, sections };
	});
}

/**
 * Parses every file, assembles each article across its locales and renders every view; with `headingLinkLabelFor`, the
 * h2 and h3 headings get anchor links (the site's pages; the importer only checks that every file renders).
 * Throws a `SourceFormatError` naming file, line and segment on the first bad input.
 */
export function buildArticlePages(
	files: readonly SourceFile[],
	calloutLabelsFor: CalloutLabelsFor,
	headingLinkLabelFor?: HeadingLinkLabelFor,
): ArticlePage[] {
	const documentsByArticle = parseArticleFiles(files);
	refuseRenamedArticles(documentsByArticle);
	const published: ReadonlySet<string> = new Set(documentsByArticle.keys());
	return [...documentsByArticle].flatMap(([article, documents]) =>
		renderArticlePages(article, documents, published, calloutLabelsFor, headingLinkLabelFor),
	);
}
