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
	it('asks Pagefind for every page of a kind, with no words, as a filter-only search', async () => {
		vi.useRealTimers();
		const asked: Array<[string | null, unknown]> = [];
		const instance = {
			...pagefindLike({ ready: true }),
			async search(term: string | null, options?: unknown) {
				asked.push([term, options]);
				return { results: [] };
			},
		};
		const index = pagefindLocaleIndex('en', instance, createSerializer());
		await index.search('', 'reference');
		await index.search('errors', 'reference');
		expect(asked).toEqual([
			[null, { filters: { kind: 'reference' } }],
			['errors', { filters: { kind: 'reference' } }],
		]);
	});

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

describe('pagefindLocaleIndex pages', () => {
	/** An instance with one page whose fragment has headings, its raw text, and `aliases`, `sectionAliases` and `example` metas. */
	const withPage = (): PagefindInstance => ({
		options: async () => {},
		init: async () => {},
		destroy: async () => {},
		search: async () => ({
			results: [
				{
					id: 'p',
					score: 1,
					data: async () => ({
						url: '/p/',
						content: 'Article. Competing claims. Two partners. Subscription errors in the flow. Six reasons follow.',
						raw_content: 'Article. Competing claims. Two partners. Subscription errors in the flow. Six reasons follow.',
						excerpt: '',
						meta: {
							title: 'Article',
							aliases: 'tenant ID',
							sectionAliases: 'errors=Subscription problems|Claim errors',
							example: 'The domain typed into the tenant ID field',
						},
						anchors: [
							{ element: 'h1', id: '_top', text: 'Article', location: 0 },
							{ element: 'h2', id: 'competing', text: 'Competing claims.', location: 1 },
							{ element: 'h2', id: 'errors', text: 'Subscription errors in the flow.', location: 5 },
							{ element: 'span', id: 's-1', text: 'Two partners.', location: 3 },
						],
					}),
				},
			],
		}),
	});

	it('lists every heading of the page, with the words after it on an English page, and counts the aliases as its words', async () => {
		vi.useRealTimers();
		const [hit] = await pagefindLocaleIndex('en', withPage(), createSerializer()).search('claims');
		const page = await hit!.load();
		expect(page.headings?.map((heading) => [heading.anchor, heading.excerpt])).toEqual([
			// The words after the heading, up to the next one.
			['competing', 'Two partners.'],
			['errors', 'Six reasons follow.'],
		]);
		expect(page.text).toContain('tenant ID');
		expect(page.aliases).toBe('tenant ID');
		expect(page.example).toBe('The domain typed into the tenant ID field');
		expect(page.sectionAliases).toEqual({ errors: ['Subscription problems', 'Claim errors'] });
		// A translated page's text interleaves the hidden English originals: no excerpt cut by position.
		const [translated] = await pagefindLocaleIndex('ja', withPage(), createSerializer()).search('claims');
		expect((await translated!.load()).headings?.every((heading) => heading.excerpt === '')).toBe(true);
	});
});
