/**
 * Splits a Pagefind 1.6 bundle's word index into smaller chunks, after Pagefind wrote it, so that a
 * first search downloads the few chunks holding its words rather than most of the index.
 *
 * Pagefind cuts its word index (`index/<hash>.pf_index`) into chunks of a fixed 20,000 word locations
 * (`chunk_index(word_map, 20000)` in `pagefind/src/index/mod.rs`, not an option), and the browser loads,
 * for each word of a query, the one chunk whose range (`from`–`to` in the bundle's `pf_meta`) holds it
 * (`try_request_indexes` in `pagefind_web/src/lib.rs`). This site's locales hold 2–6 such chunks, 20–30 kB
 * gzipped each; a Japanese or Chinese sentence has words across the whole range and loaded all six (138 kB
 * of the ja bundle's first search).
 *
 * The chunks are cut only where the first character of the words changes, so every word that begins
 * with a query word (Pagefind's prefix matches) is in the one chunk the query word loads. A chunk's range
 * is given as first characters (`from` the first character of its first word, `to` the first character
 * of its last word followed by U+10FFFF, above every other), so that any query word beginning with one
 * of the chunk's characters finds it: Pagefind's own ranges are prefixes of the boundary words, which a
 * longer word past the last one's prefix falls outside of.
 *
 * File format (read from the files Pagefind 1.6 writes; decoded and re-encoded byte for byte, as the unit
 * test checks): gzip of the ASCII signature `pagefind_dcd` followed by CBOR; a word index is
 * `[[word, pages, meta_pages], …]` (one-element array around the list), each page `[page_number, locations,
 * …]`; the metadata is `[version, pages, chunks, filters]`, each chunk `[from, to, hash]`. The bundle's entry
 * file (`pagefind-entry.json`) names the metadata file by its hash (`languages.<lang>.hash`), which changes
 * with its content, so a cached copy of the old one is never used with the new chunks.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { BUNDLE_ENTRY } from './bundles.ts';

const SIGNATURE = 'pagefind_dcd';

/** One word of a word index: `[word, pages, meta_pages]`, each page `[page_number, locations, …]`. */
export type IndexWord = [string, [number, number[], ...unknown[]][], ...unknown[]];

/** One chunk of the metadata's `index_chunks`: the range of words it holds and its file's hash. */
export interface ChunkRange {
	from: string;
	to: string;
	hash: string;
}

/** Reads one of Pagefind's compressed files (`.pf_index`, `.pf_meta`): throws on a file of another format. */
export function readPagefindFile(bytes: Uint8Array): unknown {
	const raw = gunzipSync(bytes);
	if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error('not a Pagefind index file');
	return decode(raw.subarray(SIGNATURE.length));
}

/** The bytes of a Pagefind compressed file holding `value`, as `readPagefindFile` reads them. */
export function writePagefindFile(value: unknown): Buffer {
	return gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), encode(value)]), { level: 9 });
}

/** Pagefind's measure of a word's share of a chunk: its locations plus one per page. */
function wordSize([, pages]: IndexWord): number {
	return pages.reduce((sum, page) => sum + page[1].length + 1, 0);
}

/** The first `count` characters (code points) of `word`. */
function beginning(word: string, count: number): string {
	return [...word].slice(0, count).join('');
}

/** How many characters (code points) `a` and `b` begin with in common. */
function sharedLength(a: string, b: string): number {
	const left = [...a];
	const right = [...b];
	let n = 0;
	while (n < left.length && n < right.length && left[n] === right[n]) n++;
	return n;
}

/**
 * Cuts `words` (in Pagefind's order, by UTF-8 bytes) into chunks of at least `size` locations, each ending where
 * the words' first character changes, so that all the words a query word begins (Pagefind's prefix matches) are in
 * the chunk it loads. A first character's words that fill eight times `size` are cut where the words share one
 * character only, sixteen times `size` where they share two, and so on: a query word that short then misses the words
 * of its beginning past the cut, as in Pagefind's own chunks, and a large Latin index, whose words begin with 26
 * letters, still gets chunks of a few times `size`. Each chunk's range is given by the beginnings its cuts leave apart: `from` the first
 * word's beginning one character longer than it shares with the word before the cut, `to` the same of the last word
 * followed by U+10FFFF (above every character), so that every word that begins so, held or not, falls in its range.
 * Returns the chunks with their ranges (hashes left empty).
 */
export function splitWords(words: readonly IndexWord[], size: number): { range: Omit<ChunkRange, 'hash'>; words: IndexWord[] }[] {
	const chunks: { range: Omit<ChunkRange, 'hash'>; words: IndexWord[] }[] = [];
	let current: IndexWord[] = [];
	let filled = 0;
	/** The characters the words before the last cut shared with those after it. */
	let sharedBefore = 0;
	const close = (sharedAfter: number): void => {
		const first = current[0]?.[0];
		const last = current.at(-1)?.[0];
		if (first === undefined || last === undefined) return;
		const range = { from: beginning(first, sharedBefore + 1), to: `${beginning(last, sharedAfter + 1)}\u{10FFFF}` };
		chunks.push({ range, words: current });
		current = [];
		filled = 0;
		sharedBefore = sharedAfter;
	};
	words.forEach((word, i) => {
		current.push(word);
		filled += wordSize(word);
		const next = words[i + 1];
		if (!next || filled < size) return;
		const shared = sharedLength(word[0], next[0]);
		// 0 from `size`, 1 from eight times `size`, 2 from sixteen times: how many characters a cut may fall within; never
		// after a word the next one begins with (`claim`, `claims`), whose range would hold the next one's beginning too.
		const within = Math.max(0, Math.floor(Math.log2(filled / size)) - 2);
		if (shared <= within && shared < [...word[0]].length) close(shared);
	});
	close(0);
	return chunks;
}

function shortHash(bytes: Uint8Array, prefix: string, length: number, taken: Set<string>): string {
	const hash = createHash('sha256').update(bytes).digest('hex');
	let name = `${prefix}_${hash.slice(0, length)}`;
	for (let n = length + 1; taken.has(name) && n <= hash.length; n++) name = `${prefix}_${hash.slice(0, n)}`;
	taken.add(name);
	return name;
}

/**
 * The chunk size, in word locations, for an index of `locations` in all: the square root of twice the total, and
 * 300 at least. Every first search loads the metadata, which lists every chunk (about 12 bytes gzipped each), and
 * about one chunk per word of the query (a gzipped location costs about 1.25 bytes): for `n` chunks and a query of
 * eight words, 12·n + 8 × 1.25 × locations / n is least at chunks of about √(2 × locations) locations. This site's
 * Japanese index (110,000 locations) gets chunks of about 470; a site 40 times larger, of about 3,000.
 */
export function chunkSizeFor(locations: number): number {
	return Math.max(300, Math.round(Math.sqrt(locations * 2)));
}

/**
 * Rewrites the word index of the one-language Pagefind bundle in `bundleDir` into chunks of `size` word
 * locations or a little more (`splitWords`; by default `chunkSizeFor` the index), writes its new metadata
 * file and points the entry file at it; the old chunks and metadata are deleted. Returns how many chunks
 * the index had before and after. Throws when the bundle is not in Pagefind 1.6's format (`readPagefindFile`).
 */
export function splitBundleIndex(bundleDir: string, size?: number): { before: number; after: number } {
	const entryPath = join(bundleDir, BUNDLE_ENTRY);
	const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as { languages: Record<string, { hash: string }> };
	const [language] = Object.values(entry.languages);
	if (!language || Object.keys(entry.languages).length !== 1) throw new Error(`${entryPath}: expected one language`);
	const metaPath = join(bundleDir, `pagefind.${language.hash}.pf_meta`);
	const meta = readPagefindFile(readFileSync(metaPath)) as [string, unknown[], [string, string, string][], unknown];
	const prefix = language.hash.slice(0, language.hash.lastIndexOf('_'));
	const indexDir = join(bundleDir, 'index');
	const oldFiles = meta[2].map(([, , hash]) => join(indexDir, `${hash}.pf_index`));
	const words = oldFiles.flatMap((file) => (readPagefindFile(readFileSync(file)) as [IndexWord[]])[0]);
	const taken = new Set<string>();
	const total = words.reduce((sum, word) => sum + wordSize(word), 0);
	const chunks = splitWords(words, size ?? chunkSizeFor(total)).map(({ range, words: chunk }) => {
		const bytes = writePagefindFile([chunk]);
		return { range, bytes, hash: shortHash(bytes, prefix, 7, taken) };
	});
	for (const file of oldFiles) rmSync(file);
	for (const { hash, bytes } of chunks) writeFileSync(join(indexDir, `${hash}.pf_index`), bytes);
	meta[2] = chunks.map(({ range, hash }) => [range.from, range.to, hash]);
	const metaBytes = writePagefindFile(meta);
	language.hash = shortHash(metaBytes, prefix, 10, new Set());
	rmSync(metaPath);
	writeFileSync(join(bundleDir, `pagefind.${language.hash}.pf_meta`), metaBytes);
	writeFileSync(entryPath, JSON.stringify(entry));
	return { before: oldFiles.length, after: chunks.length };
}
