import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chunkSizeFor, readPagefindFile, splitWords, writePagefindFile, type IndexWord } from '../../../src/search/index-chunks.ts';

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
]
	.sort(byBytes)
	.map((text) => word(text, 2, 3));

describe('splitWords', () => {
	it('cuts where the first character changes, into chunks of the size asked or more, while no first character’s words fill twice the size', () => {
		const chunks = splitWords(words, 24);
		expect(chunks.length).toBeGreaterThan(3);
		for (const [i, chunk] of chunks.entries()) {
			const size = chunk.words.reduce((sum, [, pages]) => sum + pages.reduce((n, [, locs]) => n + locs.length + 1, 0), 0);
			if (i < chunks.length - 1) expect(size).toBeGreaterThanOrEqual(24);
			const next = chunks[i + 1]?.words[0]?.[0];
			if (next) expect(next[0]).not.toBe(chunk.words.at(-1)?.[0][0]);
		}
		expect(chunks.flatMap((chunk) => chunk.words)).toEqual(words);
	});

	it('gives every word, and every longer word that begins like one, the chunk that holds it and all its extensions', () => {
		// The largest first character's words (`c`: 40 locations) fill less than twice the size: no cut within them.
		const chunks = splitWords(words, 21);
		expect(chunks.length).toBeGreaterThan(3);
		const ranges = chunks.map((chunk) => chunk.range);
		const terms = [...words.map(([text]) => text), 'cla', 'c', 'tenantsX', 'サ', '有', '有効期限切れ', 'customers'];
		for (const term of terms) {
			const extensions = words.map(([text]) => text).filter((text) => text.startsWith(term));
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
	});

	it('cuts a first character’s words once they fill eight times the size, where they share the fewest characters', () => {
		const many = Array.from({ length: 60 }, (_, i) => word(`c${String.fromCharCode(97 + (i % 26))}${String(i).padStart(2, '0')}`, 1, 5));
		const sorted = [word('a'), ...many.sort((a, b) => byBytes(a[0], b[0])), word('d')];
		const chunks = splitWords(sorted, 5);
		// `c`'s 60 words of six locations: cut where they share one character, once a chunk holds 40 locations.
		expect(chunks.length).toBeGreaterThan(4);
		for (const chunk of chunks) {
			const size = chunk.words.reduce((sum, [, pages]) => sum + pages.reduce((n, [, locs]) => n + locs.length + 1, 0), 0);
			expect(size).toBeLessThan(80);
		}
		const ranges = chunks.map((chunk) => chunk.range);
		for (const [i, chunk] of chunks.entries()) for (const [text] of chunk.words) expect(chunkFor(ranges, text), text).toBe(i);
		// A two-letter query word still loads every word it begins.
		for (const term of ['ca', 'cb', 'cz'])
			for (const [text] of sorted.filter(([w]) => w.startsWith(term)))
				expect(chunks[chunkFor(ranges, term)]?.words.map(([w]) => w)).toContain(text);
	});

	it('never cuts after a word the next one begins with', () => {
		// `ab`, `abc`: a cut between them, allowed by their size, would give `abc` a range before its chunk's.
		const chunks = splitWords([word('ab', 1, 50), word('abc', 1, 50), word('abd', 1, 50), word('b', 1, 50)], 1);
		expect(chunks.length).toBeGreaterThan(1);
		const ranges = chunks.map((chunk) => chunk.range);
		for (const [i, chunk] of chunks.entries()) for (const [text] of chunk.words) expect(chunkFor(ranges, text), text).toBe(i);
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
		expect(chunkSizeFor(110_000)).toBe(469);
		expect(chunkSizeFor(4_400_000)).toBe(2966);
	});
});
