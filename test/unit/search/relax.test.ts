import { describe, expect, it } from 'vitest';
import { isPartial, mergeHits, relaxedSearch, type Hit } from '../../../src/search/relax.ts';

/**
 * A fake index with Pagefind's matching: each word is a prefix match, words that match nothing are
 * dropped, the rest are AND-ed. Pages are word lists.
 */
function fakeIndex(pages: Record<string, string[]>) {
	const calls: string[] = [];
	const search = async (query: string): Promise<Hit[]> => {
		calls.push(query);
		const words = query.toLowerCase().split(' ').filter(Boolean);
		const matches = (page: string[], word: string) => page.some((w) => w.startsWith(word));
		const known = words.filter((word) => Object.values(pages).some((page) => matches(page, word)));
		if (known.length === 0) return [];
		return Object.entries(pages)
			.filter(([, page]) => known.every((word) => matches(page, word)))
			.map(([id, page]) => ({ id, score: known.filter((word) => matches(page, word)).length / page.length }));
	};
	return { search, calls };
}

const pages = {
	expired: ['subscription', 'expired', 'grace', 'active'],
	csp: ['subscription', 'csp', 'provided'],
	timeout: ['timeout', 'network'],
};

describe('relaxedSearch', () => {
	it('answers exactly when every word matches and the whole query finds pages', async () => {
		const { search } = fakeIndex(pages);
		const outcome = await relaxedSearch('subscription grace', ['subscription', 'grace'], search);
		expect(outcome.stage).toBe('exact');
		expect(outcome.hits.map((hit) => hit.id)).toEqual(['expired']);
		expect(isPartial(outcome.stage)).toBe(false);
	});

	it('drops the words that match nothing and says the match is partial', async () => {
		const { search } = fakeIndex(pages);
		const outcome = await relaxedSearch('サブスクリプション csp', ['サブスクリプション', 'csp'], search);
		expect(outcome.stage).toBe('dropped');
		expect(outcome.unmatched).toEqual(['サブスクリプション']);
		expect(outcome.hits.map((hit) => hit.id)).toEqual(['csp']);
		expect(isPartial(outcome.stage)).toBe(true);
	});

	it('tries the longest words when a word exists only on another page (a reworded message)', async () => {
		const { search, calls } = fakeIndex(pages);
		const words = ['subscription', 'expired', 'timeout'];
		const outcome = await relaxedSearch(words.join(' '), words, search);
		expect(outcome.stage).toBe('longest');
		expect(outcome.query).toBe('subscription expired');
		expect(outcome.hits.map((hit) => hit.id)).toEqual(['expired']);
		expect(calls).toContain('subscription expired timeout');
	});

	it('takes the function words last among the longest words (`minor`: zh 是不是 says nothing of what is asked)', async () => {
		// Held-out probe 24 (December 2026): `…是不是有其他合作夥伴也宣告了` AND-ed `是不是` with `宣告`, and the pages on
		// competing claims, which don't write 是不是, were left out.
		const { search } = fakeIndex({
			competing: ['宣告', '夥伴', '檢閱'],
			faq: ['是不是', '宣告', '名稱'],
			other: ['是不是', '名稱'],
		});
		const words = ['是不是', '宣告', '夥伴', '停在'];
		const outcome = await relaxedSearch(words.join(' '), words, search, new Set(['是不是']));
		expect(outcome.stage).toBe('longest');
		expect(outcome.hits.map((hit) => hit.id)).toEqual(['competing']);
		// Without them, the longest words are taken as they come.
		expect((await relaxedSearch(words.join(' '), words, search)).hits.map((hit) => hit.id)).toEqual(['faq']);
	});

	it('merges per-word searches when no combination of words finds a page', async () => {
		const { search } = fakeIndex(pages);
		const words = ['csp', 'network'];
		const outcome = await relaxedSearch(words.join(' '), words, search);
		expect(outcome.stage).toBe('merged');
		expect(outcome.hits.map((hit) => hit.id).sort()).toEqual(['csp', 'timeout']);
	});

	it('finds nothing when no word matches', async () => {
		const { search } = fakeIndex(pages);
		const outcome = await relaxedSearch('xyzzy plugh', ['xyzzy', 'plugh'], search);
		expect(outcome).toMatchObject({ stage: 'none', hits: [], unmatched: ['xyzzy', 'plugh'] });
	});

	it('offers the pages matching some of the words after an exact answer', async () => {
		const { search } = fakeIndex(pages);
		const outcome = await relaxedSearch('subscription grace', ['subscription', 'grace'], search);
		expect(outcome.more.map((hit) => hit.id)).toEqual(['csp']);
	});

	it('searches each distinct query once', async () => {
		const { search, calls } = fakeIndex(pages);
		await relaxedSearch('csp', ['csp'], search);
		expect(calls).toEqual(['csp']);
	});
});

describe('mergeHits', () => {
	it('scores each page by the sum of its scores times the share of lists it is in', () => {
		const merged = mergeHits([
			[
				{ id: 'b', score: 3 },
				{ id: 'a', score: 1 },
			],
			[{ id: 'a', score: 1 }],
		]);
		expect(merged).toEqual([
			{ id: 'a', score: 2 },
			{ id: 'b', score: 1.5 },
		]);
	});

	it('lets a much better match of fewer words still win', () => {
		const merged = mergeHits([
			[
				{ id: 'b', score: 5 },
				{ id: 'a', score: 1 },
			],
			[{ id: 'a', score: 1 }],
		]);
		expect(merged.map((hit) => hit.id)).toEqual(['b', 'a']);
	});
});
