/**
 * Builds the search indexes of the built site with Pagefind's Node API, as the last step of the pass over the built
 * pages (`src/build/built-pages.ts`), after the Content-Security-Policy's, so the index reads the final HTML: one Pagefind bundle per locale (`dist/pagefind/<lang>/`, see `bundles.ts`), each
 * made of that locale's pages only. Pagefind reads each page's `<html lang>` (`en`, `ja`, `zh-TW`) and
 * segments Japanese and Chinese text; `forceLanguage` is never set, because it would turn that
 * segmentation off.
 *
 * What enters a locale's index:
 * - every page under the locale's URL prefix, except 404 (nothing to find) and `NOT_INDEXED`;
 * - the hidden English originals of translated sentences, at half weight (`render.ts`), so an English
 *   message pasted on `/ja/` finds the Japanese explanation while Japanese words rank first; a heading's
 *   original is moved out of the heading first (`moveHeadingOriginals`), so section titles are localized only;
 *   once indexed, the originals leave the served page for a fragment file beside it (`page-originals.ts`), which
 *   the English-original toggle loads on first use;
 * - not the sentences' anchors (`withoutSentenceAnchors`): the search uses the headings' alone, and Pagefind would
 *   copy each sentence's text into the page's fragment a second time;
 * - of each page, Pagefind is sent the head and the `<main>` only (`indexed-html.ts`): the sidebar, which lists every
 *   article of the locale, would make the index's input grow with the square of the site; the index is the same;
 * - English fallback pages (Starlight serves an untranslated page under the locale's prefix with the
 *   locale's `<html lang>`): they are the page a reader of that locale should land on, in the
 *   locale's navigation; the search island drops the English original of the same page from the
 *   cross-language results, so it is never listed twice.
 *
 * The locales' indexes are built together, while the pass keeps several pages in flight, so Pagefind's process parses
 * pages while this one reads and writes others; they reach Pagefind in file order (`inTurn`), which decides its page
 * numbers.
 *
 * Once written, each bundle's word index is cut into smaller chunks than Pagefind's (`index-chunks.ts`),
 * so a first search downloads the chunks of its words only, and its pages' titles and headings are written to the
 * bundle's headings file (`page-headings.ts`), named with its digest in the bundle's entry file, so a search ranks its
 * candidates by their headings before it loads any page's fragment. Pagefind's script is minified (`bundle-script.ts`).
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { PageStep } from '../build/built-pages.ts';
import { locales, type SiteLocale } from '../i18n/locales.ts';
import { localeOfPath, pathWithoutLocale, rootRoutes, routes } from '../routes.ts';
import { minifyBundleScript } from './bundle-script.ts';
import { BUNDLE_ENTRY, searchBundlePath } from './bundles.ts';
import { splitBundleIndex } from './index-chunks.ts';
import { indexedHtml, PAGEFIND_ATTRIBUTE } from './indexed-html.ts';
import { HEADINGS_FILE, headingsOf, type FragmentData, type HeadingsFile } from './page-headings.ts';
import { headingsFileSchema } from './page-headings-schema.ts';
import { splitOriginals } from './page-originals.ts';
import { ORIGINALS_FILE } from '../islands/english-original/show-original.ts';

/**
 * Pages left out of the index, by their path below the locale prefix: the page-not-found page. (The error reference's
 * index is indexed by its title and lead only: its list of every error's title is `data-pagefind-ignore`, since each
 * error's own page is the answer and the list would push it out of the first three.)
 */
const NOT_INDEXED = new Set([routes.notFound()]);

/** Pagefind's prebuilt UIs, which the site's own search island replaces: not shipped. */
const UNUSED_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

/** The text before the JSON of a Pagefind 1.6 fragment, once un-gzipped. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Writes a bundle's headings file (`page-headings.ts`) from its fragments, and names it with the digest of its
 * content in the bundle's entry file (`headings`: Pagefind reads only the entry's other keys).
 */
function writeHeadingsFile(bundleDir: string): void {
	const file: HeadingsFile = { pages: {} };
	const folder = join(bundleDir, 'fragment');
	for (const name of readdirSync(folder).sort()) {
		const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
		if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${name}: not a Pagefind 1.6 fragment`);
		file.pages[name.replace(/\.pf_fragment$/, '')] = headingsOf(JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as FragmentData);
	}
	const json = JSON.stringify(headingsFileSchema.parse(file));
	writeFileSync(join(bundleDir, HEADINGS_FILE), json);
	const digest = createHash('sha256').update(json).digest('hex').slice(0, 12);
	const entryPath = join(bundleDir, BUNDLE_ENTRY);
	const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as Record<string, unknown>;
	writeFileSync(entryPath, JSON.stringify({ ...entry, headings: `${HEADINGS_FILE}?v=${digest}` }));
}

async function createLocaleIndex(): Promise<pagefind.PagefindIndex> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	return index;
}

/** `ja/foo/index.html` → `/ja/foo/`. */
function urlOf(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Whether a built page enters its locale's index: not a 404 page nor one of `NOT_INDEXED`. */
function isIndexed(file: string): boolean {
	return file !== '404.html' && !NOT_INDEXED.has(pathWithoutLocale(urlOf(file)));
}

/**
 * The step: sends each indexed page to its locale's Pagefind index, in file order (Pagefind numbers pages in the order
 * it receives them, so every build writes the same bundles), and serves it without its English originals; then writes
 * each locale's bundle, cuts its word index into chunks and writes its headings file.
 */
export function searchIndexStep(): PageStep {
	let indexes: Promise<pagefind.PagefindIndex[]> | undefined;
	let outDir = '';
	const added = new Map<SiteLocale, number>();
	return {
		name: 'Search index',
		start(dir) {
			outDir = dir;
			rmSync(join(outDir, rootRoutes.search()), { recursive: true, force: true });
			added.clear();
			indexes = Promise.all(locales.map(createLocaleIndex));
			indexes.catch(() => {}); // reported where a page or `finish` awaits it
		},
		async page(content, { file, inTurn, chrome }) {
			if (!isIndexed(file)) return content;
			const url = urlOf(file);
			const locale = localeOfPath(url);
			const index = (await indexes!)[locales.indexOf(locale)]!;
			// The page as written, for Pagefind to read: its chrome is left out (`indexedHtml`) unless it holds an attribute
			// Pagefind reads, which the chrome's bytes tell without decoding them.
			const input = indexedHtml(chrome.includes(PAGEFIND_ATTRIBUTE) ? chrome.restore(content) : content);
			const result = await inTurn(() => index.addHTMLFile({ url, content: input }));
			if (result.errors.length) throw new Error(`Pagefind could not index ${url}: ${result.errors.join('; ')}`);
			added.set(locale, (added.get(locale) ?? 0) + 1);
			// Indexed with its English originals; served without them (the toggle loads them on first use).
			const { html, originals } = splitOriginals(content);
			if (html !== content) await writeFile(join(outDir, dirname(file), ORIGINALS_FILE), JSON.stringify(originals));
			return html;
		},
		async finish() {
			const counts: string[] = [];
			for (const [position, locale] of locales.entries()) {
				const outputPath = join(outDir, searchBundlePath(locale));
				const written = await (await indexes!)[position]!.writeFiles({ outputPath });
				if (written.errors.length) throw new Error(`Pagefind could not write the ${locale.lang} index: ${written.errors.join('; ')}`);
				for (const name of UNUSED_FILES) rmSync(join(outputPath, name), { force: true });
				minifyBundleScript(outputPath);
				const { after } = splitBundleIndex(outputPath);
				writeHeadingsFile(outputPath);
				counts.push(`${added.get(locale) ?? 0} ${locale.lang} (${after} index chunks)`);
			}
			return `indexed ${counts.join(', ')} pages`;
		},
		// Pagefind's process, ended whether the pass finished or failed: left running, it would keep the build from ending.
		async close() {
			await pagefind.close();
		},
	};
}
