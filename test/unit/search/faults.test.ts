import { afterEach, describe, expect, it, vi } from 'vitest';
import { IndexChunkError, SearchTimeoutError, SEARCH_TIMEOUT_MS, watchPagefindFetches, withTimeout } from '../../../src/search/faults.ts';
import { createSerializer, pagefindLocaleIndex, type PagefindInstance } from '../../../src/search/pagefind-api.ts';

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

	it('waits 8 s in the dialog', () => {
		expect(SEARCH_TIMEOUT_MS).toBe(8000);
	});
});

/** A `fetch` scope whose answers are chosen by URL. */
function scopeAnswering(answer: (url: string) => Response | Error) {
	return {
		fetch: (async (input: RequestInfo | URL) => {
			const result = answer(String(input));
			if (result instanceof Error) throw result;
			return result;
		}) as typeof fetch,
	};
}

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
		const scope = { fetch: (() => new Promise<Response>((_, reject) => (fail = reject))) as unknown as typeof fetch };
		const faults = watchPagefindFetches(scope);
		const hung = scope.fetch('/pagefind/ja/index/a.pf_index').catch(() => undefined);
		const mark = faults.mark();
		fail(new TypeError('aborted'));
		await hung;
		expect(faults.failedSince(mark, '/pagefind/ja/')).toEqual([]);
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
