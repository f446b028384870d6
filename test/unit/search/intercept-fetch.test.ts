import { describe, expect, it } from 'vitest';
import { interceptFetch, requestUrl } from '../../../src/search/intercept-fetch.ts';
import { fakeFetchScope } from '../../support/fake-fetch.ts';

describe('interceptFetch', () => {
	it('hands the requests it recognises to its handler, with what it recognised, and passes every other through', async () => {
		const { scope, requested } = fakeFetchScope((url) => new Response(url));
		const seen: string[] = [];
		interceptFetch(
			scope,
			(url) => /\/(\w+)\.pf_meta$/.exec(url)?.[1],
			async ({ match, url, next }) => {
				seen.push(`${match} ${url}`);
				const response = await next();
				return new Response(`handled ${await response.text()}`);
			},
		);
		expect(await (await scope.fetch('/pagefind/ja/pagefind.pf_meta')).text()).toBe('handled /pagefind/ja/pagefind.pf_meta');
		expect(await (await scope.fetch(new URL('https://example.org/other.json'))).text()).toBe('https://example.org/other.json');
		expect(seen).toEqual(['pagefind /pagefind/ja/pagefind.pf_meta']);
		expect(requested).toEqual(['/pagefind/ja/pagefind.pf_meta', 'https://example.org/other.json']);
	});

	it('lets a handler answer without a request, and a second wrap sees the first one’s answers', async () => {
		const { scope, requested } = fakeFetchScope(() => new Response('network'));
		interceptFetch(
			scope,
			(url) => url.endsWith('.wasm') || undefined,
			async () => new Response('kept'),
		);
		interceptFetch(
			scope,
			() => true,
			async ({ next }) => new Response(`outer(${await (await next()).text()})`),
		);
		expect(await (await scope.fetch('/a.wasm')).text()).toBe('outer(kept)');
		expect(await (await scope.fetch('/b.json')).text()).toBe('outer(network)');
		expect(requested).toEqual(['/b.json']);
	});

	it('passes the request’s own options on to the fetch it wraps', async () => {
		let init: RequestInit | undefined;
		const scope = {
			fetch: (async (_: RequestInfo | URL, given?: RequestInit) => {
				init = given;
				return new Response('');
			}) as typeof fetch,
		};
		interceptFetch(
			scope,
			() => true,
			({ next }) => next(),
		);
		await scope.fetch('/pagefind/ja/pagefind-entry.json', { cache: 'no-cache' });
		expect(init).toEqual({ cache: 'no-cache' });
	});
});

describe('requestUrl', () => {
	it('reads the URL of a string, a URL and a Request alike', () => {
		expect(requestUrl('/pagefind/ja/pagefind.js')).toBe('/pagefind/ja/pagefind.js');
		expect(requestUrl(new URL('https://example.org/a?b=1'))).toBe('https://example.org/a?b=1');
		expect(requestUrl(new Request('https://example.org/c'))).toBe('https://example.org/c');
	});
});
