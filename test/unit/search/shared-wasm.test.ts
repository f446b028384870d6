import { describe, expect, it } from 'vitest';
import { shareWasmModules, wasmModuleOf } from '../../../src/search/shared-wasm.ts';
import { fakeFetchScope } from '../../support/fake-fetch.ts';

/** A scope whose `fetch` answers every URL with its own bytes, or with `status` for the URLs of `failing`, and counts requests. */
function scope(failing: RegExp = /^$/, status = 503) {
	const { scope: target, requested } = fakeFetchScope((url) =>
		failing.test(url) ? new Response('', { status }) : new Response(new TextEncoder().encode(url)),
	);
	shareWasmModules(target);
	return { target, requested };
}

describe('shareWasmModules', () => {
	it('downloads a module once for every bundle, and answers each request with the same bytes', async () => {
		const { target, requested } = scope();
		const [ja, zh] = await Promise.all([
			target.fetch('/pagefind/ja/wasm.unknown.pagefind'),
			target.fetch('/pagefind/zh-tw/wasm.unknown.pagefind'),
		]);
		expect(await ja.text()).toBe('/pagefind/ja/wasm.unknown.pagefind');
		expect(await zh.text()).toBe('/pagefind/ja/wasm.unknown.pagefind');
		expect(requested).toEqual(['/pagefind/ja/wasm.unknown.pagefind']);
	});

	it('downloads modules of other names, and every other file, as asked', async () => {
		const { target, requested } = scope();
		await target.fetch('/pagefind/ja/wasm.unknown.pagefind');
		await target.fetch('/pagefind/en/wasm.en.pagefind');
		await target.fetch('/pagefind/ja/pagefind.ja_1.pf_meta');
		await target.fetch('/pagefind/ja/pagefind.ja_1.pf_meta');
		expect(requested).toHaveLength(4);
	});

	it('keeps no failed download: the failure reaches its caller and the next request tries again', async () => {
		const { target, requested } = scope(/\/ja\//);
		expect((await target.fetch('/pagefind/ja/wasm.unknown.pagefind')).status).toBe(503);
		expect(await (await target.fetch('/pagefind/zh-tw/wasm.unknown.pagefind')).text()).toBe('/pagefind/zh-tw/wasm.unknown.pagefind');
		expect(requested).toHaveLength(2);
	});

	it('names a module by its language', () => {
		expect(wasmModuleOf('/pagefind/en/wasm.en.pagefind')).toBe('en');
		expect(wasmModuleOf('/pagefind/en/pagefind.js')).toBeUndefined();
	});
});
