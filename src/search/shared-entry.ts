/**
 * One download of a bundle's entry file (`pagefind-entry.json`) for a first search instead of two. The search opener
 * reads it at once, to preload the index metadata and WebAssembly module it names (`preloadIndex`,
 * `src/islands/search/preload-bundle.ts`); Pagefind then asks for the same file again, with a `?ts=` parameter that
 * no cache can answer (its guard against a stale index after a deploy): a second request, and a round trip on the
 * way to the first results. Here the request that follows a download of a bundle's entry file is answered with that
 * download's text, once (waiting for it a moment if it is still under way, `SHARED_WAIT_MS`: a request that never
 * answers holds up no other); every later request (a retry, another instance) goes to the network as Pagefind meant, so
 * no answer is older than the request before it. Plain TypeScript.
 */

import { interceptFetch, type FetchScope } from './intercept-fetch.ts';
import { withTimeout } from './timeout.ts';

/** A bundle's entry file, with or without a query: its folder (`/pagefind/ja/`), without the origin. */
const ENTRY_FILE = /^(?:[a-z]+:\/\/[^/]+)?(\/(?:[^?#]*\/)?)pagefind-entry\.json(?:[?#]|$)/i;

const installed = new WeakSet<object>();

/**
 * How long a request waits for the download of the same entry file under way before it goes out itself, in
 * milliseconds: Pagefind asks once its module has loaded, well after the preload's request for this small file.
 */
const SHARED_WAIT_MS = 1000;

/** The bundle folder of an entry file's URL (`/pagefind/ja/`), or undefined for any other URL. */
export function entryFolderOf(url: string): string | undefined {
	return ENTRY_FILE.exec(url)?.[1];
}

/**
 * Wraps the `fetch` of `scope` (the page's `globalThis`) so that the request for a bundle's entry file that follows a
 * download of it gets a new `Response` over that download's text instead of a second download; a download still under
 * way is waited for `SHARED_WAIT_MS` at most, then the request goes out as asked. A failed download (network error or
 * HTTP error status) is not kept. Every other request passes unchanged.
 * Installed once per scope.
 */
export function shareEntryFiles(scope: FetchScope = globalThis): void {
	if (installed.has(scope)) return;
	installed.add(scope);
	/** The latest download of each bundle's entry file not yet handed to a later request: its text, undefined if it failed. */
	const downloads = new Map<string, Promise<string | undefined>>();
	interceptFetch(scope, entryFolderOf, async ({ match: folder, next }) => {
		const earlier = downloads.get(folder);
		downloads.delete(folder);
		const text = earlier && (await withTimeout(earlier, SHARED_WAIT_MS).catch(() => undefined));
		if (text !== undefined) return new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
		const answer = next();
		// Registered before the caller's own reading: the copy is taken before the caller reads the body.
		downloads.set(
			folder,
			answer.then(
				(response) => (response.ok ? response.clone().text() : undefined),
				() => undefined,
			),
		);
		return answer;
	});
}
