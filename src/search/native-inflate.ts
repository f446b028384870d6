/**
 * Pagefind's files decompressed by the browser, not by Pagefind's JavaScript. Every index file (`.pf_meta`,
 * `.pf_index`, `.pf_filter`, `.pf_fragment`) and WebAssembly module (`wasm.*.pagefind`) is gzip over a
 * `pagefind_dcd` signature, and Pagefind 1.6 inflates each in JavaScript on the main thread (on a first Japanese
 * search on a 2-core machine: about 50 ms of main-thread time, for the metadata, the module and 11 index chunks) unless
 * the bytes already start with the signature (what a host that serves them with `Content-Encoding: gzip` gives it).
 * Here each such response is inflated by the browser's `DecompressionStream` (zlib, native) and handed to Pagefind
 * with the signature first, which it then only strips. Plain TypeScript.
 */

import { interceptFetch, type FetchScope } from './intercept-fetch.ts';

/** A Pagefind index file or WebAssembly module (with or without a query). */
const PAGEFIND_FILE = /(?:\.pf_(?:meta|index|filter|fragment)|\/wasm\.[\w-]+\.pagefind)(?:[?#]|$)/;

const installed = new WeakSet<object>();

/** Whether `url` names a Pagefind index file or WebAssembly module. */
export function isCompressedPagefindFile(url: string): boolean {
	return PAGEFIND_FILE.test(url);
}

/** Whether `bytes` start as gzip does (`1f 8b`). */
function isGzip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * `bytes` inflated by the browser; rejects if they are no valid gzip. Written to the stream at once (a `Blob`'s
 * stream piped through it took 4–13 ms for the 55 kB module, this 1.6 ms).
 */
async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
	const stream = new DecompressionStream('gzip');
	const writer = stream.writable.getWriter();
	// Their failures are the reading's, which rejects with them.
	writer.write(bytes).catch(() => undefined);
	writer.close().catch(() => undefined);
	return new Response(stream.readable).arrayBuffer();
}

/**
 * Wraps the `fetch` of `scope` (the page's `globalThis`) so that a successful response for a Pagefind index file or
 * WebAssembly module whose body is gzip comes back inflated, with its status and headers. Anything else passes as it
 * came: a failed request or error status (for `faults.ts` to report), a body that is not gzip (already inflated by the
 * host), or one the browser cannot inflate (Pagefind's own inflater then reports it, as it would have). Does nothing
 * where the browser has no `DecompressionStream`. Installed once per scope.
 */
export function inflateNatively(scope: FetchScope = globalThis): void {
	if (installed.has(scope) || typeof DecompressionStream !== 'function') return;
	installed.add(scope);
	interceptFetch(
		scope,
		(url) => (isCompressedPagefindFile(url) ? true : undefined),
		async ({ next }) => {
			const response = await next();
			if (!response.ok) return response;
			const bytes = new Uint8Array(await response.arrayBuffer());
			const init = { status: response.status, statusText: response.statusText, headers: response.headers };
			if (!isGzip(bytes)) return new Response(bytes, init);
			try {
				return new Response(await inflate(bytes), init);
			} catch {
				return new Response(bytes, init);
			}
		},
	);
}
