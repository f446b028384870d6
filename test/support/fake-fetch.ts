/**
 * A stand-in for the page's `fetch` in unit tests of the code that wraps it (`src/search/intercept-fetch.ts` and its
 * users): `answer` chooses each request's outcome from its URL and its number (1 for the first request), a `Response`,
 * an `Error` to reject with, or a promise of one (which may never settle: a request that hangs). `requested` lists the
 * URLs asked for, in order.
 */
export function fakeFetchScope(answer: (url: string, n: number) => Response | Error | Promise<Response>): {
	scope: { fetch: typeof fetch };
	requested: string[];
} {
	const requested: string[] = [];
	const scope = {
		fetch: (async (input: RequestInfo | URL) => {
			const url = input instanceof Request ? input.url : String(input);
			requested.push(url);
			const result = answer(url, requested.length);
			if (result instanceof Error) throw result;
			return result;
		}) as typeof fetch,
	};
	return { scope, requested };
}
