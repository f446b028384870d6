import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSerializer, pagefindLocaleIndex, whenLoaded, type PagefindInstance } from '../../../src/search/pagefind-api.ts';

/**
 * An instance that waits for its loading as Pagefind 1.6 does: each call looks whether the index is
 * ready and, if not, sleeps 50 ms before looking again.
 */
function pagefindLike(state: { ready: boolean; error?: Error | undefined }): PagefindInstance & { calls: number } {
	const instance = {
		calls: 0,
		options: async () => {},
		init: async () => {},
		destroy: async () => {},
		async search(_term: string) {
			instance.calls++;
			while (!state.ready) {
				if (state.error) throw state.error;
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			return { results: [] };
		},
	};
	return instance;
}

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('whenLoaded', () => {
	it('resolves within 10 ms of the index being ready, where a lone Pagefind call would wait up to 50', async () => {
		const state = { ready: false };
		let loadedAt: number | undefined;
		const started = Date.now();
		void whenLoaded(pagefindLike(state)).then(() => (loadedAt = Date.now() - started));
		let loneAt: number | undefined;
		void pagefindLike(state)
			.search('')
			.then(() => (loneAt = Date.now() - started));
		await vi.advanceTimersByTimeAsync(61);
		expect(loadedAt).toBeUndefined();
		state.ready = true;
		await vi.advanceTimersByTimeAsync(60);
		expect(loadedAt).toBeLessThanOrEqual(71);
		expect(loneAt).toBe(100);
	});

	it('resolves at once when the index is already loaded, with a single probe', async () => {
		const instance = pagefindLike({ ready: true });
		let loaded = false;
		void whenLoaded(instance).then(() => (loaded = true));
		await vi.advanceTimersByTimeAsync(0);
		expect(loaded).toBe(true);
		await vi.advanceTimersByTimeAsync(100);
		expect(instance.calls).toBe(1);
	});

	it('rejects with the loading error instead of waiting forever', async () => {
		const state = { ready: false, error: undefined as Error | undefined };
		const waiting = whenLoaded(pagefindLike(state));
		const outcome = waiting.then(
			() => 'resolved',
			(error: Error) => error.message,
		);
		state.error = new Error('Failed to load the Pagefind WASM');
		await vi.advanceTimersByTimeAsync(100);
		expect(await outcome).toBe('Failed to load the Pagefind WASM');
	});
});

describe('pagefindLocaleIndex', () => {
	it('asks Pagefind for a result’s page once, however often the engine loads it', async () => {
		vi.useRealTimers();
		let dataCalls = 0;
		const instance = {
			...pagefindLike({ ready: true }),
			async search() {
				return {
					results: [
						{
							id: 'en_1',
							score: 1,
							data: async () => {
								dataCalls++;
								return { url: '/errors/csp/', excerpt: 'The <mark>subscription</mark>', meta: { title: 'CSP' } };
							},
						},
					],
				};
			},
		};
		const [hit] = await pagefindLocaleIndex('en', instance, createSerializer()).search('subscription');
		const [first, second] = await Promise.all([hit!.load(), hit!.load()]);
		expect(first).toBe(second);
		expect(first).toMatchObject({ url: '/errors/csp/', title: 'CSP', lang: 'en' });
		expect(dataCalls).toBe(1);
	});
});
