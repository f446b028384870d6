/**
 * What a built page weighs: its HTML, and the JS and CSS it loads, each raw and gzipped, read from
 * `dist/` without a browser. Pure Node, shared by the size-budget gate and `npm run bench`.
 *
 * A page loads:
 * - CSS: every `<link rel="stylesheet">` (print style sheets are listed apart: the browser fetches
 *   them at low priority and they block nothing, and Starlight's own CSS budget leaves them out);
 * - JS: every `<script src>`, `<link rel="modulepreload">`, `<link rel="preload" as="script|style">`,
 *   and every Astro island's `component-url`, `renderer-url` and `before-hydration-url`; then,
 *   recursively, every module those (and the page's inline module scripts) import statically.
 *   Dynamic `import()`s are loaded on demand, not with the page: they are listed, not counted. So are
 *   `client:visible` islands (the tools embedded in an article, folded or further down): they load
 *   when the reader scrolls to them, and the island gate holds each to its own budget.
 *
 * Sizes are gzip at level 9 (what size-limit, which Starlight's budgets use, measures), per file,
 * summed: each file travels compressed on its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { initSync, parse as parseModule } from 'es-module-lexer';
import { DIST_DIR } from './built-pages.ts';

/** How the page came to load a resource. */
type ResourceVia =
	| 'script'
	| 'stylesheet'
	| 'print-stylesheet'
	| 'modulepreload'
	| 'preload'
	| 'island-component'
	| 'island-renderer'
	| 'island-before-hydration'
	| 'static-import';

export interface Size {
	readonly bytes: number;
	readonly gzipBytes: number;
}

interface Resource extends Size {
	/** Same-origin URL path: `/_astro/page.cNngjUgL.js`. */
	readonly url: string;
	readonly type: 'js' | 'css';
	readonly via: ResourceVia;
	/** For a static import, the module that imports it. */
	readonly importedBy?: string;
}

export interface PageWeight {
	/** The HTML file inside dist: `ja/foo/index.html`. */
	readonly file: string;
	readonly html: Size;
	/** Inline `<script>` and `<style>` text, already inside `html`: shown, not counted again. */
	readonly inline: { readonly js: number; readonly css: number };
	/** JS the page loads (deduplicated), in discovery order. */
	readonly js: readonly Resource[];
	/** Screen CSS the page loads. */
	readonly css: readonly Resource[];
	/** `media="print"` style sheets, outside the CSS total. */
	readonly printCss: readonly Resource[];
	/** Modules imported dynamically (loaded on demand), not counted. */
	readonly dynamicImports: readonly string[];
	/** Components of `client:visible` islands (loaded when scrolled into view), not counted. */
	readonly deferredIslands: readonly string[];
	/** URLs on other origins, or missing from dist: nothing to measure (a budget gate should fail on them). */
	readonly unmeasurable: readonly string[];
	readonly totals: { readonly js: Size; readonly css: Size; readonly printCss: Size };
}

/** Gzipped size of some bytes (level 9). */
export function gzipSize(content: string | Uint8Array): number {
	return gzipSync(content, { level: 9 }).byteLength;
}

export function sizeOf(content: string | Uint8Array): Size {
	const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
	return { bytes, gzipBytes: gzipSize(content) };
}

const STATIC_IMPORT_TYPES = new Set([1, 4, 6]); // es-module-lexer ImportType: Static, StaticSourcePhase, StaticDeferPhase
const DYNAMIC_IMPORT_TYPES = new Set([2, 5, 7]);
const PAGE_ORIGIN = 'http://page.invalid';

let lexerReady = false;
/** The static and dynamic imports of an ES module's source (specifiers as written). */
export function moduleImports(source: string): { static: string[]; dynamic: string[] } {
	if (!lexerReady) {
		initSync();
		lexerReady = true;
	}
	const [imports] = parseModule(source);
	const result = { static: [] as string[], dynamic: [] as string[] };
	for (const specifier of imports) {
		if (specifier.n === undefined) continue; // a computed import(): cannot be followed statically
		if (STATIC_IMPORT_TYPES.has(specifier.t)) result.static.push(specifier.n);
		else if (DYNAMIC_IMPORT_TYPES.has(specifier.t)) result.dynamic.push(specifier.n);
	}
	return result;
}

function elements(root: Root): Element[] {
	const found: Element[] = [];
	const visit = (node: Root | RootContent): void => {
		if (node.type === 'element') found.push(node);
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(root);
	return found;
}

function attribute(element: Element, name: string): string | undefined {
	const value = element.properties[name];
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return value.join(' ');
	return undefined;
}

function tokens(element: Element, name: string): string[] {
	const value = element.properties[name];
	if (Array.isArray(value)) return value.map((token) => String(token).toLowerCase());
	return typeof value === 'string' ? value.toLowerCase().split(/\s+/) : [];
}

/**
 * Measures one built page. `pageUrl` is the URL path it is served at (relative references resolve
 * against it); `file` its path inside `distDir`.
 */
export function measurePage(file: string, pageUrl: string, distDir: string = DIST_DIR): PageWeight {
	const html = readFileSync(join(distDir, file), 'utf8');
	const tree = fromHtml(html);
	const base = new URL(pageUrl, PAGE_ORIGIN);

	const js: Resource[] = [];
	const css: Resource[] = [];
	const printCss: Resource[] = [];
	const dynamicImports = new Set<string>();
	const deferredIslands = new Set<string>();
	const unmeasurable = new Set<string>();
	const seen = new Set<string>();
	let inlineJs = 0;
	let inlineCss = 0;

	/** Resolves a reference to a dist file, or records it as unmeasurable. */
	const locate = (reference: string, from: URL): { url: string; path: string } | undefined => {
		const url = new URL(reference, from);
		if (url.origin !== PAGE_ORIGIN) {
			unmeasurable.add(url.href);
			return undefined;
		}
		const path = join(distDir, decodeURIComponent(url.pathname));
		if (!existsSync(path)) {
			unmeasurable.add(url.pathname);
			return undefined;
		}
		return { url: url.pathname, path };
	};

	const followImports = (source: string, from: URL, importer: string): void => {
		const imports = moduleImports(source);
		for (const specifier of imports.dynamic) dynamicImports.add(new URL(specifier, from).pathname);
		for (const specifier of imports.static) addScript(specifier, from, 'static-import', importer);
	};

	function addScript(reference: string, from: URL, via: ResourceVia, importedBy?: string): void {
		const located = locate(reference, from);
		if (!located || seen.has(located.url)) return;
		seen.add(located.url);
		const content = readFileSync(located.path);
		js.push({ url: located.url, type: 'js', via, ...sizeOf(content), ...(importedBy ? { importedBy } : {}) });
		followImports(content.toString('utf8'), new URL(located.url, PAGE_ORIGIN), located.url);
	}

	function addStyle(reference: string, via: ResourceVia): void {
		const located = locate(reference, base);
		if (!located || seen.has(located.url)) return;
		seen.add(located.url);
		const resource: Resource = { url: located.url, type: 'css', via, ...sizeOf(readFileSync(located.path)) };
		(via === 'print-stylesheet' ? printCss : css).push(resource);
	}

	for (const element of elements(tree)) {
		if (element.tagName === 'script') {
			const src = attribute(element, 'src');
			if (src) addScript(src, base, 'script');
			else {
				const text = toString(element);
				inlineJs += Buffer.byteLength(text);
				const type = attribute(element, 'type');
				if (type === 'module') followImports(text, base, `${pageUrl} (inline module)`);
			}
		} else if (element.tagName === 'style') {
			inlineCss += Buffer.byteLength(toString(element));
		} else if (element.tagName === 'link') {
			const rel = tokens(element, 'rel');
			const href = attribute(element, 'href');
			if (!href) continue;
			const as = attribute(element, 'as');
			if (rel.includes('stylesheet')) {
				const media = (attribute(element, 'media') ?? '').trim().toLowerCase();
				addStyle(href, media === 'print' ? 'print-stylesheet' : 'stylesheet');
			} else if (rel.includes('modulepreload')) addScript(href, base, 'modulepreload');
			else if (rel.includes('preload') && as === 'script') addScript(href, base, 'preload');
			else if (rel.includes('preload') && as === 'style') addStyle(href, 'preload');
		} else if (element.tagName === 'astro-island') {
			if (attribute(element, 'client') === 'visible') {
				const component = attribute(element, 'component-url');
				if (component) deferredIslands.add(component);
				continue;
			}
			const islandUrls: Array<[string, ResourceVia]> = [
				['before-hydration-url', 'island-before-hydration'],
				['renderer-url', 'island-renderer'],
				['component-url', 'island-component'],
			];
			for (const [name, via] of islandUrls) {
				const url = attribute(element, name);
				if (url) addScript(url, base, via);
			}
		}
	}

	const total = (resources: readonly Resource[]): Size => ({
		bytes: resources.reduce((sum, resource) => sum + resource.bytes, 0),
		gzipBytes: resources.reduce((sum, resource) => sum + resource.gzipBytes, 0),
	});
	return {
		file,
		html: sizeOf(html),
		inline: { js: inlineJs, css: inlineCss },
		js,
		css,
		printCss,
		dynamicImports: [...dynamicImports].filter((url) => !seen.has(url)),
		deferredIslands: [...deferredIslands],
		unmeasurable: [...unmeasurable],
		totals: { js: total(js), css: total(css), printCss: total(printCss) },
	};
}

/** `12.34 kB` (1 kB = 1000 bytes, as size-limit and Starlight's budgets count). */
export function formatKb(bytes: number): string {
	return `${(bytes / 1000).toFixed(2)} kB`;
}
