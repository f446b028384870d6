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
 * The chunks are cut only where the words' `boundaryKey` changes: their first character, or their first two where one
 * character begins hundreds of words (a Latin letter; a Korean leading consonant, since Pagefind indexes Korean
 * decomposed). So every word that begins with a query word of two characters or more (Pagefind's prefix matches) is in
 * the one chunk the query word loads. A chunk's range is given as keys (`from` the key of its first word, `to` the key of
 * its last word followed by U+10FFFF, above every other), so that any query word beginning with one of the chunk's keys
 * finds it: Pagefind's own ranges are prefixes of the boundary words, which a longer word past the last one's prefix
 * falls outside of. Cut at the first letter only, a German or French first search loaded 13 chunks of 2–8 kB (40 kB of
 * its 173); at two, about half of that (December 2026).
 *
 * File format (read from the files Pagefind 1.6 writes, which cborg decodes and encodes again byte for byte):
 * gzip of the ASCII signature `pagefind_dcd` followed by CBOR; a word index is `[[word, pages, variants], …]`
 * (`IndexWord`; one-element array around the list); the metadata's third field is the list of chunks, each
 * `[from, to, hash]`. The bundle's entry file (`pagefind-entry.json`) names the metadata file by its hash
 * (`languages.<lang>.hash`), which changes with its content, so a cached copy of the old one is never used with
 * the new chunks.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { BUNDLE_ENTRY } from './bundles.ts';

const SIGNATURE = 'pagefind_dcd';

/** A page of a word: `[page_number, locations, …]`. */
type WordPage = [number, number[], ...unknown[]];

/**
 * One word of a word index: `[word, pages, variants]`, each variant `[original_form, pages]`: a word whose written
 * forms differ from the indexed one (every Korean word, accented German and French ones) keeps its pages there, its
 * own `pages` empty.
 */
export type IndexWord = [string, WordPage[], [string, WordPage[]][]?, ...unknown[]];

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

/** Pagefind's measure of a word's share of a chunk: its locations plus one per page, its variants' included. */
export function wordSize([, pages, variants = []]: IndexWord): number {
	const size = (list: readonly WordPage[]): number => list.reduce((sum, page) => sum + page[1].length + 1, 0);
	return size(pages) + variants.reduce((sum, [, variantPages]) => sum + size(variantPages), 0);
}

function firstCharacter(word: string): string {
	return String.fromCodePoint(word.codePointAt(0) ?? 0);
}

/**
 * The first character of a word that several of its words share, so a boundary looks at the next one too: a letter of
 * an alphabet with case (Latin, Greek, Cyrillic), lower-cased by Pagefind, or a Korean syllable's leading consonant
 * (Pagefind indexes Korean decomposed, NFD: 19 leading consonants begin every Korean word).
 */
const SHARED_FIRST = /^[\p{Ll}\u1100-\u115F]/u;

/**
 * What a chunk boundary looks at in `word`: its first two characters when it begins with a `SHARED_FIRST` character (a
 * reader searches for no lone Latin letter or consonant, and `ab`, `ac` … split the long run of words of one letter), its
 * first character otherwise (a Japanese or Chinese word may be one character long: `有`).
 */
export function boundaryKey(word: string): string {
	const [first = '', second = ''] = Array.from(word);
	return SHARED_FIRST.test(first) ? first + second : first;
}

/**
 * Cuts `words` (in Pagefind's order, by UTF-8 bytes) into chunks of at least `size` locations, each ending where the
 * words' `boundaryKey` changes; a chunk holds all the words of its keys, however many. Returns the chunks with their
 * ranges (hashes left empty): `from` the first word's key (its first character alone in the first chunk of that
 * character, so a one-letter query word still loads a chunk, with the word it may be), `to` the last word's key followed
 * by U+10FFFF.
 */
export function splitWords(words: readonly IndexWord[], size: number): { range: Omit<ChunkRange, 'hash'>; words: IndexWord[] }[] {
	const chunks: { range: Omit<ChunkRange, 'hash'>; words: IndexWord[] }[] = [];
	let current: IndexWord[] = [];
	let filled = 0;
	const close = (): void => {
		const first = current[0]?.[0];
		const last = current.at(-1)?.[0];
		if (first === undefined || last === undefined) return;
		const before = chunks.at(-1)?.words.at(-1)?.[0];
		const opens = before === undefined || firstCharacter(before) !== firstCharacter(first);
		chunks.push({
			range: { from: opens ? firstCharacter(first) : boundaryKey(first), to: `${boundaryKey(last)}\u{10FFFF}` },
			words: current,
		});
		current = [];
		filled = 0;
	};
	words.forEach((word, i) => {
		current.push(word);
		filled += wordSize(word);
		const next = words[i + 1];
		if (filled >= size && next && boundaryKey(next[0]) !== boundaryKey(word[0])) close();
	});
	close();
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
 * The chunk size, in word locations (`wordSize`), for an index of `locations` in all: the square root of twice the
 * total, and 300 at least. Every first search loads the metadata, which lists every chunk (about 12 bytes gzipped
 * each), and about one chunk per word of the query (1.25–1.7 gzipped bytes a location): for `n` chunks and a query of
 * eight words, 12·n + 8 × 1.25 × locations / n is least at chunks of √(1.2 × locations). Measured on the ja and zh-TW
 * first searches, 300 to 500 locations made no difference to the index's part (ja 26.6–27.7 kB), 1,000 a little
 * (29.2): the larger `√(2 × locations)` keeps the metadata smaller. This site's Japanese index gets chunks of about
 * 480 locations.
 */
export function chunkSizeFor(locations: number): number {
	return Math.max(300, Math.round(Math.sqrt(locations * 2)));
}

/**
 * Rewrites the word index of the one-language Pagefind bundle in `bundleDir` into chunks of `chunkSizeFor` the index
 * or a little more (`splitWords`), writes its new metadata file and points the entry file at it; the old chunks and
 * metadata are deleted. Returns how many chunks the index had before and after. Throws when the bundle is not in
 * Pagefind 1.6's format (`readPagefindFile`).
 */
export function splitBundleIndex(bundleDir: string): { before: number; after: number } {
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
	const chunks = splitWords(words, chunkSizeFor(total)).map(({ range, words: chunk }) => {
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
