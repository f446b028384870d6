/**
 * The one way the search code steps into the page's `fetch`: watching Pagefind's requests for failures
 * (`faults.ts`), sharing a WebAssembly module between bundles (`shared-wasm.ts`) and sharing a bundle's entry file
 * with the preload (`shared-entry.ts`) each wrap it here, for the requests whose URL they recognise. Plain TypeScript.
 */

type Fetch = typeof fetch;

/** What holds the `fetch` to wrap: the page's `globalThis`, or a test's stand-in. */
export interface FetchScope {
	fetch: Fetch;
}

/** The URL a `fetch` call asks for, as given (absolute or site-relative). */
export function requestUrl(input: RequestInfo | URL): string {
	return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

/**
 * Wraps `scope.fetch` so that a request whose URL `match` recognises (returns anything but undefined for) goes to
 * `handle`, with what `match` returned, the URL, and `next`: the `fetch` that was there before, for this same
 * request. Every other request goes to that `fetch` unchanged. Each call wraps once more: callers keep their own
 * once-per-scope guard.
 */
export function interceptFetch<Match>(
	scope: FetchScope,
	match: (url: string) => Match | undefined,
	handle: (request: { match: Match; url: string; next: () => Promise<Response> }) => Promise<Response>,
): void {
	const original = scope.fetch.bind(scope);
	scope.fetch = (input, init) => {
		const url = requestUrl(input);
		const found = match(url);
		if (found === undefined) return original(input, init);
		return handle({ match: found, url, next: () => original(input, init) });
	};
}
