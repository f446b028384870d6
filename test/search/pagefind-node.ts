/**
 * Runs Pagefind's own browser JS API (`dist/pagefind/<lang>/pagefind.js`) in Node against the built
 * indexes, the way the search island runs it in a page: the bundle is served over http on 127.0.0.1,
 * `document` is stubbed with the page's `<html lang>` (Pagefind reads it to choose how to segment the
 * query), and each simulated page gets its own copy of the module (as each browser page does).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { locales, type SiteLocale } from '../../src/i18n/locales.ts';
import { BUNDLE_ENTRY, searchBundlePath } from '../../src/search/bundles.ts';
import { headingsUrlOf, loadPageHeadings, type HeadingsFile } from '../../src/search/page-headings.ts';
import { REQUEST_TIMEOUT_MS } from '../../src/search/timeout.ts';
import { searchSite, type CrossLanguage, type LocaleIndex } from '../../src/search/engine.ts';
import { createSerializer, openLocaleIndex, type PagefindModule } from '../../src/search/pagefind-api.ts';
import { DIST_DIR } from '../support/built-pages.ts';

export interface DistServer {
	url: string;
	/** Bytes served so far (the bundle files are served precompressed, as Pagefind writes them). */
	bytesServed(): number;
	close(): Promise<void>;
}

export async function serveDist(distDir: string = DIST_DIR): Promise<DistServer> {
	let served = 0;
	const server: Server = createServer((request, response) => {
		const path = normalize(join(distDir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
		if (!path.startsWith(distDir) || !existsSync(path) || !statSync(path).isFile()) {
			response.writeHead(404).end();
			return;
		}
		served += statSync(path).size;
		response.writeHead(200, { 'access-control-allow-origin': '*' });
		createReadStream(path).pipe(response);
	});
	// Node's fetch (undici) keeps an idle connection about 4 s and sends the next request on it; a server that closes it
	// first (Node's default: 5 s) can do so as a request arrives on a busy machine, which fails with ECONNRESET. The
	// client closes first.
	server.keepAliveTimeout = 60_000;
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		bytesServed: () => served,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

let pageCounter = 0;

/**
 * A fresh copy of `pagefind.js` from `page`'s bundle, as a page in `page`'s language loads it. Call
 * `.createInstance({ basePath })` with the served bundle's URL.
 */
async function loadPagefindAsPage(page: SiteLocale, distDir: string = DIST_DIR): Promise<PagefindModule> {
	const lang = page.lang;
	(globalThis as Record<string, unknown>)['document'] = {
		currentScript: null,
		querySelector: () => ({ getAttribute: () => lang }),
	};
	const file = pathToFileURL(join(distDir, searchBundlePath(page), 'pagefind.js'));
	file.search = `page=${++pageCounter}`;
	return (await import(file.href)) as PagefindModule;
}

/** A bundle's headings file, as the island finds it: named in the bundle's entry file (`page-headings.ts`). */
async function bundleHeadings(bundleUrl: string): Promise<HeadingsFile | undefined> {
	const entry: unknown = await (await fetch(`${bundleUrl}${BUNDLE_ENTRY}`)).json();
	const url = headingsUrlOf(bundleUrl, entry);
	if (!url) throw new Error(`${bundleUrl}${BUNDLE_ENTRY} names no headings file`);
	return loadPageHeadings(url, REQUEST_TIMEOUT_MS);
}

/**
 * The site's search as a page in `page`'s language runs it: the reader's index first, the others
 * opened one after the other (as the island opens them), and `searchSite` over them.
 */
export async function openSiteSearch(page: SiteLocale, server: DistServer, distDir: string = DIST_DIR) {
	const module = await loadPagefindAsPage(page, distDir);
	const serial = createSerializer();
	const bundle = server.url + searchBundlePath(page);
	const current = await openLocaleIndex(module, page.lang, bundle, serial, undefined, bundleHeadings(bundle));
	let others: Promise<LocaleIndex[]> | undefined;
	const openOthers = (): Promise<LocaleIndex[]> =>
		(others ??= (async () => {
			const opened: LocaleIndex[] = [];
			for (const locale of locales.filter((l) => l !== page))
				opened.push(
					await openLocaleIndex(
						module,
						locale.lang,
						server.url + searchBundlePath(locale),
						serial,
						undefined,
						bundleHeadings(server.url + searchBundlePath(locale)),
					),
				);
			return opened;
		})());
	return {
		search: (query: string, options: { crossLanguage?: CrossLanguage; kind?: string } = {}) =>
			searchSite({
				query,
				current,
				others: openOthers,
				crossLanguage: options.crossLanguage ?? 'auto',
				...(options.kind ? { kind: options.kind } : {}),
				// As the dialog asks (`use-search-dialog.ts`): the exact matches are shown first and stay listed (`keepShown`).
				onExactMatches: () => undefined,
			}),
	};
}
