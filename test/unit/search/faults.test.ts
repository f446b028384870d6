import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	failOnHang,
	IndexChunkError,
	REQUEST_TIMEOUT_MS,
	SearchTimeoutError,
	watchPagefindFetches,
	withTimeout,
} from '../../../src/search/faults.ts';
import { createSerializer, pagefindLocaleIndex, type PagefindInstance } from '../../../src/search/pagefind-api.ts';
import { fakeFetchScope } from '../../support/fake-fetch.ts';

afterEach(() => {
	vi.useRealTimers();
});

describe('withTimeout', () => {
	it('rejects a promise that never settles after the wait, and not before', async () => {
		vi.useFakeTimers();
		let outcome: unknown;
		void withTimeout(new Promise(() => {}), 100).catch((error: unknown) => (outcome = error));
		await vi.advanceTimersByTimeAsync(99);
		expect(outcome).toBeUndefined();
		await vi.advanceTimersByTimeAsync(1);
		expect(outcome).toBeInstanceOf(SearchTimeoutError);
	});

	it('passes an answer or an error through, and leaves no timer behind', async () => {
		vi.useFakeTimers();
		expect(await withTimeout(Promise.resolve(3), 100)).toBe(3);
		await expect(withTimeout(Promise.reject(new Error('down')), 100)).rejects.toThrow('down');
		expect(vi.getTimerCount()).toBe(0);
	});
});

/** A `fetch` scope whose answers are chosen by URL. */
const scopeAnswering = (answer: (url: string) => Response | Error) => fakeFetchScope(answer).scope;

describe('watchPagefindFetches', () => {
	it('records failed index files of a bundle (HTTP errors and network errors), after a mark', async () => {
		const scope = scopeAnswering((url) =>
			url.includes('bad') ? new Response('', { status: 404 }) : url.includes('down') ? new TypeError('offline') : new Response('ok'),
		);
		const faults = watchPagefindFetches(scope);
		expect(watchPagefindFetches(scope)).toBe(faults);
		await scope.fetch('/pagefind/ja/index/bad.pf_index');
		const mark = faults.mark();
		await scope.fetch('/pagefind/ja/index/good.pf_index');
		await scope.fetch('/pagefind/ja/fragment/bad.pf_fragment');
		await expect(scope.fetch('/pagefind/en/index/down.pf_index')).rejects.toThrow('offline');
		await scope.fetch('/other/bad.json');
		expect(faults.failedSince(mark, '/pagefind/ja/')).toEqual(['/pagefind/ja/fragment/bad.pf_fragment']);
		expect(faults.failedSince(mark, 'http://127.0.0.1:4321/pagefind/en/')).toEqual(['/pagefind/en/index/down.pf_index']);
		expect(faults.failedSince(0, '/pagefind/ja/')).toHaveLength(2);
	});

	it('does not count a request started before the mark (one abandoned by a retry) that fails after it', async () => {
		let fail: (error: Error) => void = () => undefined;
		const { scope } = fakeFetchScope(() => new Promise<Response>((_, reject) => (fail = reject)));
		const faults = watchPagefindFetches(scope);
		const hung = scope.fetch('/pagefind/ja/index/a.pf_index').catch(() => undefined);
		const mark = faults.mark();
		fail(new TypeError('aborted'));
		await hung;
		expect(faults.failedSince(mark, '/pagefind/ja/')).toEqual([]);
	});
});

/** A `fetch` scope whose Pagefind requests answer only when `answer(url)` is called. */
function scopeHolding() {
	const pending = new Map<string, (response: Response) => void>();
	const { scope } = fakeFetchScope((url) => new Promise<Response>((resolve) => pending.set(url, resolve)));
	return { scope, answer: (url: string) => pending.get(url)?.(new Response('ok')) };
}

describe('failOnHang', () => {
	it('fails a search once a request of its bundle has gone 8 s without an answer, however long the search itself takes', async () => {
		vi.useFakeTimers();
		const { scope } = scopeHolding();
		const faults = watchPagefindFetches(scope);
		let outcome: unknown;
		const slowSearch = new Promise(() => {});
		void failOnHang(slowSearch, faults, faults.mark(), ['/pagefind/ja/']).catch((error: unknown) => (outcome = error));
		// A slow machine: a minute of work with no request outstanding is not a hang.
		await vi.advanceTimersByTimeAsync(60_000);
		expect(outcome).toBeUndefined();
		void scope.fetch('/pagefind/ja/index/ja_1.pf_index');
		await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS - 1);
		expect(outcome).toBeUndefined();
		await vi.advanceTimersByTimeAsync(1);
		expect(outcome).toBeInstanceOf(SearchTimeoutError);
		expect(String(outcome)).toContain('/pagefind/ja/index/ja_1.pf_index');
	});

	it('ignores a request answered in time, another bundle’s hang, and one started before the mark (abandoned by a retry)', async () => {
		vi.useFakeTimers();
		const { scope, answer } = scopeHolding();
		const faults = watchPagefindFetches(scope);
		void scope.fetch('/pagefind/ja/pagefind.ja_abc.pf_meta');
		const mark = faults.mark();
		let outcome: unknown = 'pending';
		void failOnHang(new Promise(() => {}), faults, mark, ['/pagefind/ja/']).catch((error: unknown) => (outcome = error));
		void scope.fetch('/pagefind/ja/index/ja_1.pf_index');
		void scope.fetch('/pagefind/en/index/en_1.pf_index');
		await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS - 1);
		answer('/pagefind/ja/index/ja_1.pf_index');
		await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS * 2);
		expect(outcome).toBe('pending');
	});

	it('fails at once when a request it waits on has already hung, and passes answers through without a timer left', async () => {
		vi.useFakeTimers();
		const { scope, answer } = scopeHolding();
		const faults = watchPagefindFetches(scope);
		void scope.fetch('/pagefind/zh-tw/wasm.zh-tw.pagefind');
		await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS);
		await expect(failOnHang(new Promise(() => {}), faults, 0, ['/pagefind/zh-tw/'])).rejects.toBeInstanceOf(SearchTimeoutError);
		answer('/pagefind/zh-tw/wasm.zh-tw.pagefind');
		expect(await failOnHang(Promise.resolve(3), faults, faults.mark(), ['/pagefind/zh-tw/'])).toBe(3);
		expect(vi.getTimerCount()).toBe(0);
	});
});

describe('pagefindLocaleIndex with failed index files', () => {
	it('fails a search during which an index chunk failed (Pagefind answers it as if nothing matched)', async () => {
		const scope = scopeAnswering(() => new Response('', { status: 500 }));
		const faults = watchPagefindFetches(scope);
		const instance: PagefindInstance = {
			options: async () => {},
			init: async () => {},
			destroy: async () => {},
			async search() {
				await scope.fetch('/pagefind/zh-tw/index/zh-tw_1.pf_index').catch(() => undefined);
				return { results: [] };
			},
		};
		const index = pagefindLocaleIndex('zh-TW', instance, createSerializer(), { faults, basePath: '/pagefind/zh-tw/' });
		await expect(index.search('不相符')).rejects.toBeInstanceOf(IndexChunkError);
		// Another bundle's failures are not this index's.
		const other = pagefindLocaleIndex('ja', instance, createSerializer(), { faults, basePath: '/pagefind/ja/' });
		await expect(other.search('テナント')).resolves.toEqual([]);
	});
});
