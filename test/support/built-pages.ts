/**
 * The pages of the built site, found by crawling `dist/`: every `.html` file is a page, served at the
 * URL Astro's `directory` build format gives it (`ja/foo/index.html` → `/ja/foo/`). Pure Node, so the
 * browser gates, other suites and a benchmark can share one list.
 *
 * Also answers the questions a link checker asks of the build without a browser: which built file a
 * URL path is served from, and which fragment targets (`id`, `a[name]`) a built page has.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultLocale, locales, type SiteLocale } from '../../src/i18n/locales.ts';
import { localePrefix } from '../../src/routes.ts';
import { articleNames } from '../../src/sources/library.ts';

export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The page Astro and Starlight build for any unknown URL; the preview server answers 404 with it. */
export const NOT_FOUND_FILE = '404.html';

/** What kind of page it is, for per-type budgets: a locale's home, an article from `content/sources`, or anything else. */
export type PageKind = 'home' | 'article' | 'not-found' | 'other';

export interface BuiltPage {
	/** Path inside `dist/`, with `/` separators: `ja/incentives-customer-association-issues/index.html`. */
	readonly file: string;
	/** Absolute path of the file. */
	readonly path: string;
	/** The URL path it is served at: `/ja/incentives-customer-association-issues/`, `/404.html`. */
	readonly url: string;
	/** The locale its URL prefix names (the default locale when no prefix matches). */
	readonly locale: SiteLocale;
	readonly kind: PageKind;
	/** For an article page, the article name (its `content/sources/<locale>/<name>.md` file name). */
	readonly article?: string;
}

class NoBuildError extends Error {
	constructor(distDir: string) {
		super(`No built site in ${distDir}: run \`npm run build\` (or \`npx astro build\`) first.`);
	}
}

/** Every file in `dist/`, relative, with `/` separators, sorted. */
export function distFiles(distDir: string = DIST_DIR): string[] {
	if (!existsSync(distDir) || !statSync(distDir).isDirectory()) throw new NoBuildError(distDir);
	const files: string[] = [];
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.isFile()) files.push(relative(distDir, path).split(sep).join('/'));
		}
	};
	walk(distDir);
	return files.sort();
}

/** The URL path a built HTML file is served at. */
function urlOfFile(file: string): string {
	if (file === 'index.html') return '/';
	if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
	return `/${file}`;
}

/** The locale a URL path belongs to: the one whose prefix (`/ja/`) it starts with, else the default locale. */
export function localeOfUrl(urlPath: string): SiteLocale {
	const firstSegment = urlPath.split('/')[1] ?? '';
	return locales.find((locale) => locale.slug !== defaultLocale.slug && locale.slug === firstSegment) ?? defaultLocale;
}

export interface BuiltPagesOptions {
	distDir?: string;
	/** Include `404.html` (served for unknown URLs; it has its own checks). Default false. */
	includeNotFound?: boolean;
}

/**
 * Every built page, sorted by URL. Throws `NoBuildError` when there is no build, and an error when the
 * build has no page at all (a gate that checks nothing must not pass).
 */
export function builtPages(options: BuiltPagesOptions = {}): BuiltPage[] {
	const distDir = options.distDir ?? DIST_DIR;
	const articles = new Set(articleNames());
	const pages = distFiles(distDir)
		.filter((file) => file.endsWith('.html'))
		.filter((file) => options.includeNotFound || file !== NOT_FOUND_FILE)
		// A locale's `404.html` is a copy of its `404/` page for static hosts (`src/hosting/not-found.ts`): that page is checked.
		.filter((file) => !file.endsWith(`/${NOT_FOUND_FILE}`))
		.map((file): BuiltPage => {
			const url = urlOfFile(file);
			const locale = localeOfUrl(url);
			const rest = url.slice(localePrefix(locale).length).replace(/\/$/, '');
			const base = { file, path: join(distDir, file), url, locale };
			if (file === NOT_FOUND_FILE) return { ...base, kind: 'not-found' };
			if (rest === '') return { ...base, kind: 'home' };
			if (articles.has(rest)) return { ...base, kind: 'article', article: rest };
			return { ...base, kind: 'other' };
		})
		.sort((a, b) => a.url.localeCompare(b.url));
	if (pages.length === 0) throw new Error(`No HTML page found in ${distDir}.`);
	return pages;
}

/**
 * The built file a same-origin URL path is served from, as `astro preview` (and any static host) serves
 * the `directory` build format: `/a/` → `a/index.html`; `/a` → `a`, `a.html` or `a/index.html`.
 * `files` is `distFiles()` as a set. Returns undefined when nothing built answers the path.
 */
export function resolveUrlPath(pathname: string, files: ReadonlySet<string>): string | undefined {
	let path: string;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const bare = path.replace(/^\/+/, '');
	const candidates =
		bare === '' ? ['index.html'] : bare.endsWith('/') ? [`${bare}index.html`] : [bare, `${bare}.html`, `${bare}/index.html`];
	return candidates.find((candidate) => files.has(candidate));
}

/** The fragment targets of an HTML document: every `id`, and the `name` of every `<a>`. */
function fragmentTargetsOf(html: string): Set<string> {
	const targets = new Set<string>();
	const visit = (node: Root | RootContent): void => {
		if (node.type === 'element') {
			const id = (node as Element).properties['id'];
			if (typeof id === 'string' && id !== '') targets.add(id);
			const name = node.tagName === 'a' ? node.properties['name'] : undefined;
			if (typeof name === 'string' && name !== '') targets.add(name);
			if (node.tagName === 'template') return; // template contents are inert
		}
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(fromHtml(html));
	return targets;
}

const fragmentCache = new Map<string, Set<string>>();

/** `fragmentTargetsOf` a built file, read and parsed once per process. */
export function fragmentTargetsOfFile(file: string, distDir: string = DIST_DIR): Set<string> {
	const path = join(distDir, file);
	let targets = fragmentCache.get(path);
	if (!targets) {
		targets = fragmentTargetsOf(readFileSync(path, 'utf8'));
		fragmentCache.set(path, targets);
	}
	return targets;
}

/**
 * Whether a fragment scrolls somewhere on a page with these targets, as the HTML spec resolves it: the
 * empty fragment and `top` (any case) mean the top of the document; otherwise an element whose `id` is
 * the fragment, raw or percent-decoded, or an `<a name>` of it.
 */
export function fragmentResolves(fragment: string, targets: ReadonlySet<string>): boolean {
	if (fragment === '' || fragment.toLowerCase() === 'top') return true;
	if (targets.has(fragment)) return true;
	try {
		const decoded = decodeURIComponent(fragment);
		return targets.has(decoded) || decoded === '' || decoded.toLowerCase() === 'top';
	} catch {
		return false;
	}
}
