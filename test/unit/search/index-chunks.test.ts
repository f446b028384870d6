import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	boundaryKey,
	chunkSizeFor,
	readPagefindFile,
	splitWords,
	wordSize,
	writePagefindFile,
	type IndexWord,
} from '../../../src/search/index-chunks.ts';

/** A word found on `pages` pages, with `locations` locations on each. */
function word(text: string, pages = 1, locations = 1): IndexWord {
	return [text, Array.from({ length: pages }, (_, page) => [page, Array.from({ length: locations }, (_, i) => i)]), []];
}

/** Pagefind's order: by UTF-8 bytes (Rust's `String` order), which is not JavaScript's for every character. */
function byBytes(a: string, b: string): number {
	return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** The chunk Pagefind's browser code loads for a query word (`try_request_indexes`: the first whose range holds it). */
function chunkFor(ranges: { from: string; to: string }[], term: string): number {
	return ranges.findIndex(({ from, to }) => byBytes(term, from) >= 0 && byBytes(term, to) <= 0);
}

const words = [
	'audit',
	'claim',
	'claimed',
	'claims',
	'clarify',
	'customer',
	'domain',
	'tenant',
	'tenants',
	'サブスクリプション',
	'サポート',
	'有効',
	'有効期限',
	'期限',
	'顧客',
	'𠮷野家',
	'𠮷',
]
	.sort(byBytes)
	.map((text) => word(text, 2, 3));

describe('splitWords', () => {
	it('cuts only where the boundary key changes, into chunks of the size asked or more', () => {
		const chunks = splitWords(words, 10);
		expect(chunks.length).toBeGreaterThan(4);
		for (const [i, chunk] of chunks.entries()) {
			const size = chunk.words.reduce((sum, [, pages]) => sum + pages.reduce((n, [, locs]) => n + locs.length + 1, 0), 0);
			if (i < chunks.length - 1) expect(size).toBeGreaterThanOrEqual(10);
			const next = chunks[i + 1]?.words[0]?.[0];
			if (next) expect(boundaryKey(next)).not.toBe(boundaryKey(chunk.words.at(-1)![0]));
		}
		expect(chunks.flatMap((chunk) => chunk.words)).toEqual(words);
	});

	it('gives every word, and every longer word that begins like one, the chunk that holds it, its extensions and the words that begin it', () => {
		const chunks = splitWords(words, 1);
		const ranges = chunks.map((chunk) => chunk.range);
		const terms = [...words.map(([text]) => text), 'cla', 'cl', 'tenantsX', 'サ', '有', '有効期限切れ', 'customers', '𠮷野', '𠮷野家の'];
		for (const term of terms) {
			// Pagefind matches the words a query word begins, and falls back to the longest word that begins it (`customers`
			// → `customer`, and the stemmer's `customer`): both must be in the one chunk the query word loads.
			const extensions = words.map(([text]) => text).filter((text) => text.startsWith(term) || term.startsWith(text));
			const chunk = chunkFor(ranges, term);
			if (extensions.length === 0) continue;
			expect(chunk, term).toBeGreaterThanOrEqual(0);
			for (const text of extensions)
				expect(
					chunks[chunk]?.words.map(([w]) => w),
					`${term} → ${text}`,
				).toContain(text);
		}
		// A word that begins with a character no word of the index begins with loads nothing.
		expect(chunkFor(ranges, 'zebra')).toBe(-1);
		// One Latin letter loads the first chunk of its words: a query word `c` is no search, but it must not load nothing.
		expect(chunks[chunkFor(ranges, 'c')]?.words[0]?.[0]).toBe('claim');
	});

	it('splits the words of one Latin letter, or of one Korean leading consonant, by their first two characters', () => {
		const latin = ['claim', 'claimed', 'clarify', 'customer', 'customers'].map((text) => word(text, 2, 3));
		expect(splitWords(latin, 1).map((chunk) => chunk.words.map(([text]) => text))).toEqual([
			['claim', 'claimed', 'clarify'],
			['customer', 'customers'],
		]);
		// Pagefind indexes Korean decomposed (NFD): every word of 고객 and 구독 begins with the same leading consonant ᄀ.
		const korean = ['고객', '고객의', '구독', '구독이']
			.map((text) => word(text.normalize('NFD'), 1, 4))
			.sort((a, b) => byBytes(a[0], b[0]));
		const chunks = splitWords(korean, 1);
		expect(chunks.map((chunk) => chunk.words.map(([text]) => text.normalize('NFC')))).toEqual([
			['고객', '고객의'],
			['구독', '구독이'],
		]);
		for (const term of ['구독', '구독이', '고'])
			expect(
				chunks[
					chunkFor(
						chunks.map((chunk) => chunk.range),
						term.normalize('NFD'),
					)
				]?.words.map(([text]) => text),
			).toContain(korean.find(([text]) => text.startsWith(term.normalize('NFD')))![0]);
	});

	it('keeps one character alone as the boundary of Japanese and Chinese words, which may be one character long', () => {
		expect(boundaryKey('有効期限')).toBe('有');
		expect(boundaryKey('サブスクリプション')).toBe('サ');
		expect(boundaryKey('365')).toBe('3');
		expect(boundaryKey('abonnement')).toBe('ab');
		expect(boundaryKey('a')).toBe('a');
	});

	it('keeps the words of one boundary key together in one chunk however many they are', () => {
		const many = Array.from({ length: 30 }, (_, i) => word(`cl${String(i).padStart(2, '0')}`, 1, 5));
		const chunks = splitWords([word('a'), ...many, word('d')], 10);
		expect(chunks.map((chunk) => chunk.words.length)).toEqual([31, 1]);
	});
});

describe('wordSize', () => {
	it('counts the pages of a word’s variants, where Pagefind keeps every Korean word’s', () => {
		// Review stop 35: counted without them, Korean words weighed nothing and the whole Korean index was one chunk.
		const korean: IndexWord = [
			'클레임',
			[],
			[
				[
					'클레임',
					[
						[3, [-25, 198], []],
						[9, [-25, 33, 40], []],
					],
				],
			],
		];
		expect(wordSize(korean)).toBe(7);
		expect(wordSize(word('claim', 2, 3))).toBe(8);
		const chunks = splitWords([korean, ['클릭', [], [['클릭', [[1, [5, 6], []]]]]], ['테넌트', [], [['테넌트', [[2, [7], []]]]]]], 5);
		expect(chunks.map((chunk) => chunk.words.length)).toEqual([2, 1]);
	});
});

describe('Pagefind files', () => {
	it('reads back what it writes, and refuses a file of another format', () => {
		const value = [words, 'x'];
		expect(readPagefindFile(writePagefindFile(value))).toEqual(value);
		expect(() => readPagefindFile(gzipSync('<html>not an index</html>'))).toThrow('not a Pagefind index file');
	});
});

describe('chunkSizeFor', () => {
	it('grows with the square root of the index, from 300 locations', () => {
		expect(chunkSizeFor(10_000)).toBe(300);
		expect(chunkSizeFor(117_000)).toBe(484);
		expect(chunkSizeFor(4_400_000)).toBe(2966);
	});
});
