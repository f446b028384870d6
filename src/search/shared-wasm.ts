/**
 * One download per Pagefind WebAssembly module, whatever the bundle. Every locale bundle of this site carries its
 * language's module under its own folder (`/pagefind/ja/wasm.unknown.pagefind`, `/pagefind/zh-tw/wasm.unknown.pagefind`),
 * byte for byte the same file when the name is the same (one Pagefind build wrote them all), and each Pagefind
 * instance fetches its own: a cross-language search on `/ja/` would download the 55 kB module a second time for
 * `zh-tw`. Pagefind's `mergeIndex` would avoid that by searching every merged index with the primary instance's
 * module, but then the English index would lose its stemmer and each language its own ranking, so the site keeps one
 * instance per language and shares the bytes instead: the first request of a module name goes out, later ones
 * (any bundle) are answered from its bytes. Plain TypeScript.
 */

import { interceptFetch, type FetchScope } from './intercept-fetch.ts';

/** Pagefind's WebAssembly module, named by its language (`wasm.en.pagefind`, `wasm.unknown.pagefind`). */
const WASM_FILE = /\/wasm\.([\w-]+)\.pagefind(?:[?#]|$)/;

const installed = new WeakSet<object>();

/** The module name of a Pagefind WebAssembly URL (`unknown`), or undefined for any other URL. */
export function wasmModuleOf(url: string): string | undefined {
	return WASM_FILE.exec(url)?.[1];
}

/**
 * Wraps the `fetch` of `scope` (the page's `globalThis`) so that a Pagefind WebAssembly module already downloaded,
 * or downloading, under one bundle is not downloaded again under another: the later request gets a new `Response`
 * over the same bytes. A failed download (network error or HTTP error status) is not kept: the next request tries
 * again. Every other request passes unchanged. Installed once per scope.
 */
export function shareWasmModules(scope: FetchScope = globalThis): void {
	if (installed.has(scope)) return;
	installed.add(scope);
	const modules = new Map<string, Promise<ArrayBuffer>>();
	interceptFetch(scope, wasmModuleOf, async ({ match: name, url, next }) => {
		const known = modules.get(name);
		if (known) {
			try {
				return new Response((await known).slice(0), { status: 200 });
			} catch {
				// The download that was shared failed: this request makes its own.
			}
		}
		const answer = next().then(async (response) => ({
			response,
			bytes: response.ok ? await response.arrayBuffer() : undefined,
		}));
		const bytes = answer.then(({ bytes: body }) => body ?? Promise.reject(new Error(`Pagefind module failed to load: ${url}`)));
		bytes.catch(() => modules.get(name) === bytes && modules.delete(name));
		modules.set(name, bytes);
		const { response, bytes: body } = await answer;
		return body
			? new Response(body.slice(0), { status: response.status, statusText: response.statusText, headers: response.headers })
			: response;
	});
}
