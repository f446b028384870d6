import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateNatively, isCompressedPagefindFile } from '../../../src/search/native-inflate.ts';
import { fakeFetchScope } from '../../support/fake-fetch.ts';

const SIGNED = new TextEncoder().encode('pagefind_dcd{"url":"/ja/"}');
const signed = (bytes: ArrayBuffer) => new TextDecoder().decode(bytes);

/** A scope whose `fetch` answers each URL with `answer`, wrapped by `inflateNatively`. */
function scope(answer: (url: string) => Response | Error) {
	const fake = fakeFetchScope(answer);
	inflateNatively(fake.scope);
	return fake;
}

describe('inflateNatively', () => {
	it('hands Pagefind its index files and modules inflated, signature first, with their status and headers', async () => {
		const { scope: target } = scope(() => new Response(gzipSync(SIGNED), { headers: { 'x-bundle': 'ja' } }));
		for (const url of [
			'/pagefind/ja/fragment/ja_1.pf_fragment',
			'/pagefind/ja/index/ja_2.pf_index',
			'/pagefind/ja/wasm.unknown.pagefind?x=1',
		]) {
			const response = await target.fetch(url);
			expect(signed(await response.arrayBuffer()), url).toBe('pagefind_dcd{"url":"/ja/"}');
			expect(response.headers.get('x-bundle')).toBe('ja');
		}
	});

	it('passes as they came: other files, error statuses, failures, bodies already inflated or not gzip', async () => {
		const { scope: target } = scope((url) =>
			url.includes('missing')
				? new Response('gone', { status: 404 })
				: url.includes('offline')
					? new Error('offline')
					: url.includes('plain')
						? new Response(SIGNED)
						: url.includes('broken')
							? new Response(new Uint8Array([0x1f, 0x8b, 1, 2, 3]))
							: new Response(gzipSync(SIGNED)),
		);
		expect([...new Uint8Array(await (await target.fetch('/pagefind/ja/pagefind.js')).arrayBuffer()).slice(0, 2)]).toEqual([0x1f, 0x8b]);
		expect((await target.fetch('/pagefind/ja/missing.pf_meta')).status).toBe(404);
		await expect(target.fetch('/pagefind/ja/offline.pf_index')).rejects.toThrow('offline');
		expect(signed(await (await target.fetch('/pagefind/ja/plain.pf_fragment')).arrayBuffer())).toBe('pagefind_dcd{"url":"/ja/"}');
		expect([...new Uint8Array(await (await target.fetch('/pagefind/ja/broken.pf_index')).arrayBuffer())]).toEqual([0x1f, 0x8b, 1, 2, 3]);
	});

	it('recognises the files by name', () => {
		expect(isCompressedPagefindFile('/pagefind/ja/pagefind.ja_8dcaf58a6c.pf_meta')).toBe(true);
		expect(isCompressedPagefindFile('/pagefind/ja/filter/ja_be5aaea.pf_filter')).toBe(true);
		expect(isCompressedPagefindFile('/pagefind/ja/pagefind-entry.json')).toBe(false);
		expect(isCompressedPagefindFile('/pagefind/ja/headings.json?v=1')).toBe(false);
	});
});
