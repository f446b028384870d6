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
import { parseLocalizedFile, type LocalizedDocument } from '../localization/index.ts';
import { contentEntryId } from '../routes.ts';

/**
 * Where the vendor files are read from: `content/sources/`, or the directory named by the
 * `CPOR_SOURCES_DIR` environment variable (relative to the working directory). `npm run bench` uses
 * it to build synthetic corpora; nothing else should.
 */
export const SOURCES_DIR = process.env['CPOR_SOURCES_DIR']
	? join(resolve(process.env['CPOR_SOURCES_DIR']), sep)
	: fileURLToPath(new URL('../../content/sources/', import.meta.url));

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
}

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Lists `<dir>/<locale>/<article>.md`, sorted, so every run sees the files in the same order. */
export function readSourceFiles(dir: string = SOURCES_DIR): SourceFile[] {
	if (!existsSync(dir)) return [];
	const localeDirs = readdirSync(dir)
		.filter((entry) => statSync(join(dir, entry)).isDirectory())
		.sort();
	return localeDirs.flatMap((localeDir) =>
		readdirSync(join(dir, localeDir))
			.filter((file) => file.endsWith('.md'))
			.sort()
			.map((file) => {
				const path = join(dir, localeDir, file);
				return { name: relative(projectRoot, path), path, article: basename(file, '.md'), text: readFileSync(path, 'utf8') };
			}),
	);
}

/** The article names present in the sources, for the sidebar. */
export function articleNames(files: readonly SourceFile[] = readSourceFiles()): string[] {
	return [...new Set(files.map((file) => file.article))];
}

/** Callout titles in one language, looked up by the caller (UI strings live outside this module). */
export type CalloutLabelsFor = (locale: SiteLocale) => CalloutLabels;

/**
 * Parses every file, assembles each article across its locales and renders every view.
 * Throws a `SourceFormatError` naming file, line and segment on the first bad input.
 */
export function buildArticlePages(files: readonly SourceFile[], calloutLabelsFor: CalloutLabelsFor): ArticlePage[] {
	const documentsByArticle = new Map<string, LocalizedDocument[]>();
	for (const file of files) {
		const document = parseLocalizedFile(file.text, file.name);
		documentsByArticle.set(file.article, [...(documentsByArticle.get(file.article) ?? []), document]);
	}
	return [...documentsByArticle].flatMap(([article, documents]) => {
		const assembled = assembleArticle(documents);
		return allViews(assembled).map((view): ArticlePage => {
			const { html, headings } = renderArticle(view, { calloutLabels: calloutLabelsFor(view.locale) });
			const id = contentEntryId(view.locale, article);
			const toc = headings.map((heading) => ({ ...heading }));
			return { article, locale: view.locale, id, view, englishTitle: assembled.english.title, html, headings: toc };
		});
	});
}
