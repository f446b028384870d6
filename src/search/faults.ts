/**
 * What can go wrong between the search dialog and Pagefind, made visible: a request that never answers ends
 * after a bounded wait (`withTimeout`), and an index chunk that failed to load, which Pagefind 1.6 swallows
 * (its `loadChunk` catches the error and searches without the chunk, so the reader would read "No results"),
 * is noticed by watching Pagefind's own requests (`watchPagefindFetches`). Plain TypeScript.
 */

/** How long the dialog waits for a search (index loading included) before it shows the failure note, in milliseconds. */
export const SEARCH_TIMEOUT_MS = 8000;

/** A search, or a load it waits for, that did not answer within its bounded wait. */
export class SearchTimeoutError extends Error {
	constructor(ms: number) {
		super(`No answer within ${ms} ms`);
		this.name = 'SearchTimeoutError';
	}
}

/** Part of an index (a chunk, a page's fragment, a filter) that failed to load: its answer is incomplete. */
export class IndexChunkError extends Error {
	constructor(urls: readonly string[]) {
		super(`Search index files failed to load: ${urls.join(', ')}`);
		this.name = 'IndexChunkError';
	}
}

/**
 * `promise`, or a rejection with `SearchTimeoutError` when it has not settled after `ms` milliseconds. The
 * timer is cleared when the promise settles; a promise that settles late is left to itself (never unhandled).
 */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new SearchTimeoutError(ms)), ms);
	});
	promise.catch(() => undefined);
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Pagefind's files whose failure leaves a search incomplete: index and filter chunks, page fragments. */
const INDEX_FILE = /\.pf_(?:index|fragment|filter)(?:[?#]|$)/;

/** The failed index files of Pagefind's requests, in the order they failed. */
export interface FetchFaults {
	/** A mark of the present: `failedSince(mark(), …)` lists failures after this call. */
	mark(): number;
	/**
	 * The index files under `basePath` whose request started after `mark` and failed (network error or an HTTP
	 * error status): a request abandoned earlier (one that hung before a retry) is not the present search's.
	 */
	failedSince(mark: number, basePath: string): string[];
}

type Fetch = typeof fetch;
const watched = new WeakMap<object, FetchFaults>();

/**
 * Watches the `fetch` of `scope` (the page's `globalThis`) for failed requests of Pagefind index files, which
 * Pagefind itself ignores. Installed once per scope (later calls return the same watcher); every other
 * request, and every answer, passes unchanged.
 */
export function watchPagefindFetches(scope: { fetch: Fetch } = globalThis): FetchFaults {
	const existing = watched.get(scope);
	if (existing) return existing;
	const failures: Array<{ url: string; started: number }> = [];
	let clock = 0;
	const original = scope.fetch.bind(scope);
	scope.fetch = async (input, init) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		if (!INDEX_FILE.test(url)) return original(input, init);
		const started = ++clock;
		try {
			const response = await original(input, init);
			if (!response.ok) failures.push({ url, started });
			return response;
		} catch (error) {
			failures.push({ url, started });
			throw error;
		}
	};
	const faults: FetchFaults = {
		mark: () => clock,
		failedSince: (mark, basePath) =>
			failures
				.filter(
					(failure) =>
						failure.started > mark && new URL(failure.url, 'http://x/').pathname.startsWith(new URL(basePath, 'http://x/').pathname),
				)
				.map((failure) => failure.url),
	};
	watched.set(scope, faults);
	return faults;
}
