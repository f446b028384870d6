/**
 * The bounded wait of the search's requests, in a module of its own, without the rest of `faults.ts`: the page's
 * search openers (`src/islands/search/mount.ts`) bound the dialog's own load by `REQUEST_TIMEOUT_MS`, which the page
 * gives them (`src/components/Search.astro`), so that the page's script shares no chunk with the dialog. Plain TypeScript.
 */

/**
 * How long one of Pagefind's requests may go unanswered before the search waiting on it fails, in milliseconds.
 * The wait is per request, from its start: a slow machine compiling the index or ranking a long query is not a
 * hung request, and a search queued behind others is not either (only the network can hang).
 */
export const REQUEST_TIMEOUT_MS = 8000;

/** A request (or the module import) that did not answer within its bounded wait. */
export class SearchTimeoutError extends Error {
	constructor(what: string) {
		super(`No answer within ${REQUEST_TIMEOUT_MS} ms: ${what}`);
		this.name = 'SearchTimeoutError';
	}
}

/**
 * `promise`, or a rejection with `SearchTimeoutError` when it has not settled after `ms` milliseconds. The
 * timer is cleared when the promise settles; a promise that settles late is left to itself (never unhandled).
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what = 'a request'): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new SearchTimeoutError(what)), ms);
	});
	promise.catch(() => undefined);
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
