import { describe, expect, it } from 'vitest';
import { entryFolderOf, shareEntryFiles } from '../../../src/search/shared-entry.ts';
import { fakeFetchScope } from '../../support/fake-fetch.ts';

/** A scope whose `fetch` answers every URL with its own text and a request number, or with 503 for the URLs of `failing`. */
function scope(failing: RegExp = /^$/) {
	const { scope: target, requested } = fakeFetchScope((url, n) =>
		failing.test(url) ? new Response('', { status: 503 }) : new Response(JSON.stringify({ url, n })),
	);
	shareEntryFiles(target);
	return { target, requested };
}

describe('shareEntryFiles', () => {
	it('answers Pagefind’s cache-busting request for an entry file with the download just made, once', async () => {
		const { target, requested } = scope();
		const preload = target.fetch('/pagefind/ja/pagefind-entry.json', { cache: 'no-cache' });
		// Pagefind may ask while the preload is still under way.
		const pagefind = target.fetch('/pagefind/ja/pagefind-entry.json?ts=1796278883994');
		expect(await (await preload).json()).toEqual({ url: '/pagefind/ja/pagefind-entry.json', n: 1 });
		expect(await (await pagefind).json()).toEqual({ url: '/pagefind/ja/pagefind-entry.json', n: 1 });
		expect(requested).toEqual(['/pagefind/ja/pagefind-entry.json']);
		// A later request (a retry after a failure, a new instance) downloads the file again.
		expect(await (await target.fetch('/pagefind/ja/pagefind-entry.json?ts=1796278899999')).json()).toMatchObject({ n: 2 });
	});

	it('waits a moment at most for a download under way: a request that never answers holds up no other', async () => {
		// The first request never answers; the next ones do.
		const { scope: target, requested } = fakeFetchScope((_, n) => (n === 1 ? new Promise<Response>(() => {}) : new Response('{}')));
		shareEntryFiles(target);
		void target.fetch('/pagefind/ja/pagefind-entry.json');
		expect((await target.fetch('/pagefind/ja/pagefind-entry.json?ts=1')).ok).toBe(true);
		expect(requested).toHaveLength(2);
	});

	it('keeps each bundle’s entry file apart, and passes every other file through', async () => {
		const { target, requested } = scope();
		await target.fetch('/pagefind/ja/pagefind-entry.json');
		await target.fetch('/pagefind/zh-tw/pagefind-entry.json?ts=1');
		expect(await (await target.fetch('/pagefind/ja/pagefind-entry.json?ts=2')).json()).toMatchObject({ n: 1 });
		await target.fetch('/pagefind/ja/pagefind.ja_1.pf_meta');
		await target.fetch('/pagefind/ja/pagefind.ja_1.pf_meta');
		expect(requested).toHaveLength(4);
	});

	it('keeps no failed download: the failure reaches its caller and the next request tries again', async () => {
		const { target, requested } = scope(/\/ja\//);
		expect((await target.fetch('/pagefind/ja/pagefind-entry.json')).status).toBe(503);
		expect((await target.fetch('/pagefind/ja/pagefind-entry.json?ts=1')).status).toBe(503);
		expect(requested).toHaveLength(2);
	});

	it('names the bundle folder of an entry file, with or without its origin', () => {
		expect(entryFolderOf('/pagefind/ja/pagefind-entry.json?ts=1')).toBe('/pagefind/ja/');
		expect(entryFolderOf('https://example.org/pagefind/zh-tw/pagefind-entry.json')).toBe('/pagefind/zh-tw/');
		expect(entryFolderOf('/pagefind/ja/pagefind.js')).toBeUndefined();
	});
});
