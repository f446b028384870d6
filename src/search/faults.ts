/**
 * What can go wrong between the search dialog and Pagefind, made visible: a request that never answers fails
 * the search waiting on it after a bounded wait (`failOnHang`; the module import, which is no `fetch`, through
 * `withTimeout`), and an index chunk that failed to load, which Pagefind 1.6 swallows
 * (its `loadChunk` catches the error and searches without the chunk, so the reader would read "No results"),
 * is noticed by watching Pagefind's own requests (`watchPagefindFetches`). Plain TypeScript.
 */

import { interceptFetch, type FetchScope } from './intercept-fetch.ts';
import { REQUEST_TIMEOUT_MS, SearchTimeoutError } from './timeout.ts';

// The bounded wait lives in `timeout.ts` (the page's openers use it alone); the dialog reads it here with the rest.
export { REQUEST_TIMEOUT_MS, SearchTimeoutError, withTimeout } from './timeout.ts';

/** Part of an index (a chunk, a page's fragment, a filter) that failed to load: its answer is incomplete. */
export class IndexChunkError extends Error {
	constructor(urls: readonly string[]) {
		super(`Search index files failed to load: ${urls.join(', ')}`);
		this.name = 'IndexChunkError';
	}
}

/** Pagefind's files whose failure leaves a search incomplete: index and filter chunks, page fragments. */
const INDEX_FILE = /\.pf_(?:index|fragment|filter)(?:[?#]|$)/;
/** Every file Pagefind fetches: those, the metadata and the WebAssembly module. A hang of any stalls a search. */
const PAGEFIND_FILE = /\.pf_(?:index|fragment|filter|meta)(?:[?#]|$)|\/wasm\.[\w-]+\.pagefind(?:[?#]|$)/;

/** Whether `url` lies under the bundle folder `basePath` (both may be absolute or site-relative). */
const isUnder = (url: string, basePath: string): boolean =>
	new URL(url, 'http://x/').pathname.startsWith(new URL(basePath, 'http://x/').pathname);

/** The failed index files of Pagefind's requests, in the order they failed. */
export interface FetchFaults {
	/** A mark of the present: `failedSince(mark(), …)` lists failures after this call. */
	mark(): number;
	/**
	 * The index files under `basePath` whose request started after `mark` and failed (network error or an HTTP
	 * error status): a request abandoned earlier (one that hung before a retry) is not the present search's.
	 */
	failedSince(mark: number, basePath: string): string[];
	/**
	 * Calls `listener` with the URL of a Pagefind file under one of `basePaths`, requested after `mark`, that has
	 * gone `REQUEST_TIMEOUT_MS` without an answer: at once for one that already has, later for the next one.
	 * Returns the function that stops listening.
	 */
	onHang(mark: number, basePaths: readonly string[], listener: (url: string) => void): () => void;
}

const watched = new WeakMap<object, FetchFaults>();

/**
 * Watches the `fetch` of `scope` (the page's `globalThis`) for failed requests of Pagefind index files, which
 * Pagefind itself ignores. Installed once per scope (later calls return the same watcher); every other
 * request, and every answer, passes unchanged.
 */
export function watchPagefindFetches(scope: FetchScope = globalThis): FetchFaults {
	const existing = watched.get(scope);
	if (existing) return existing;
	const failures: Array<{ url: string; started: number }> = [];
	const hung: Array<{ url: string; started: number }> = [];
	const hangListeners = new Set<(request: { url: string; started: number }) => void>();
	let clock = 0;
	interceptFetch(
		scope,
		(url) => PAGEFIND_FILE.test(url) || undefined,
		async ({ url, next }) => {
			const request = { url, started: ++clock };
			const timer = setTimeout(() => {
				hung.push(request);
				for (const listener of hangListeners) listener(request);
			}, REQUEST_TIMEOUT_MS);
			try {
				const response = await next();
				if (!response.ok && INDEX_FILE.test(url)) failures.push(request);
				return response;
			} catch (error) {
				if (INDEX_FILE.test(url)) failures.push(request);
				throw error;
			} finally {
				clearTimeout(timer);
				const at = hung.indexOf(request);
				if (at >= 0) hung.splice(at, 1);
			}
		},
	);
	const faults: FetchFaults = {
		mark: () => clock,
		failedSince: (mark, basePath) =>
			failures.filter((failure) => failure.started > mark && isUnder(failure.url, basePath)).map((failure) => failure.url),
		onHang(mark, basePaths, listener) {
			const concerns = (request: { url: string; started: number }) =>
				request.started > mark && basePaths.some((basePath) => isUnder(request.url, basePath));
			const notify = (request: { url: string; started: number }) => concerns(request) && listener(request.url);
			const already = hung.find(concerns);
			if (already) listener(already.url);
			hangListeners.add(notify);
			return () => hangListeners.delete(notify);
		},
	};
	watched.set(scope, faults);
	return faults;
}

/**
 * `promise`, or a rejection with `SearchTimeoutError` as soon as one of Pagefind's requests under `basePaths`,
 * made after `mark`, goes unanswered for `REQUEST_TIMEOUT_MS` (see `FetchFaults.onHang`). Stops listening once
 * settled; a promise that settles later is left to itself (never unhandled).
 */
export function failOnHang<T>(promise: Promise<T>, faults: FetchFaults, mark: number, basePaths: readonly string[]): Promise<T> {
	let stop = () => {};
	const hang = new Promise<never>((_, reject) => {
		stop = faults.onHang(mark, basePaths, (url) => reject(new SearchTimeoutError(url)));
	});
	promise.catch(() => undefined);
	return Promise.race([promise, hang]).finally(() => stop());
}
